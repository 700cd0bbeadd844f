package install

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/libnix/libnix/internal/cargomsg"
)

// PathID is the key cargo tracks a path package by, "wc-demo 0.4.0
// (path+file:///home/dev/dl)", for the package in the absolute dir.
func PathID(name, version, dir string) string {
	src, _, _ := strings.Cut(cargomsg.PackageID("path", dir, name, version), "#")
	return name + " " + version + " (" + src + ")"
}

// pkgID is a parsed key of the tracking files, cargo's serialized
// PackageId "name version (kind+url)".
type pkgID struct {
	raw     string
	name    string
	version version
	kind    string // "git", "path", "registry", "sparse"
	url     string // without the kind+ prefix
}

// kinds in the order of cargo's SourceKind, which sorts package ids.
var kindOrder = map[string]int{"git": 0, "path": 1, "registry": 2, "sparse": 3}

func parseID(s string) (pkgID, error) {
	name, rest, ok1 := strings.Cut(s, " ")
	ver, src, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || name == "" {
		return pkgID{}, fmt.Errorf("invalid serialized PackageId %q", s)
	}
	v, err := parseVersion(ver)
	if err != nil {
		return pkgID{}, fmt.Errorf("invalid serialized PackageId %q: %v", s, err)
	}
	src, ok := strings.CutPrefix(src, "(")
	if src, ok = strings.CutSuffix(src, ")"); !ok {
		return pkgID{}, fmt.Errorf("invalid serialized PackageId %q", s)
	}
	kind, u, ok := strings.Cut(src, "+")
	if _, known := kindOrder[kind]; !ok || !known {
		return pkgID{}, fmt.Errorf("unsupported source protocol in %q", s)
	}
	if kind == "sparse" {
		u = src // cargo keeps sparse+ in the URL
	}
	if _, err := url.Parse(u); err != nil {
		return pkgID{}, fmt.Errorf("invalid url in %q: %v", s, err)
	}
	return pkgID{raw: s, name: name, version: v, kind: kind, url: u}, nil
}

// compare is cargo's PackageId order: name, version, source kind, URL.
func (a pkgID) compare(b pkgID) int {
	if c := strings.Compare(a.name, b.name); c != 0 {
		return c
	}
	if c := a.version.compare(b.version); c != 0 {
		return c
	}
	if c := kindOrder[a.kind] - kindOrder[b.kind]; c != 0 {
		return c
	}
	return strings.Compare(a.url, b.url)
}

// String is cargo's Display of a PackageId: "name v1.0.0 (source)", the
// source left out for crates.io.
func (a pkgID) String() string {
	s := a.name + " v" + a.version.raw
	if src := a.sourceDisplay(); src != "" {
		s += " (" + src + ")"
	}
	return s
}

func (a pkgID) sourceDisplay() string {
	switch a.kind {
	case "path":
		if u, err := url.Parse(a.url); err == nil && u.Scheme == "file" {
			return u.Path
		}
		return a.url
	case "git":
		// The URL, its ?reference and the first 8 characters of the commit.
		u, frag, ok := strings.Cut(a.url, "#")
		if ok && len(frag) > 8 {
			frag = frag[:8]
		}
		if ok {
			return u + "#" + frag
		}
		return u
	default:
		if a.url == "https://github.com/rust-lang/crates.io-index" || a.url == "sparse+https://index.crates.io/" {
			return ""
		}
		return a.url
	}
}

// version is a semver version, kept as written and compared as semver.
type version struct {
	raw                 string
	major, minor, patch uint64
	pre, build          []string
}

func parseVersion(s string) (version, error) {
	v := version{raw: s}
	core, build, hasBuild := strings.Cut(s, "+")
	core, pre, hasPre := strings.Cut(core, "-")
	nums := strings.Split(core, ".")
	if len(nums) != 3 {
		return v, fmt.Errorf("invalid version %q", s)
	}
	for i, p := range []*uint64{&v.major, &v.minor, &v.patch} {
		n, err := strconv.ParseUint(nums[i], 10, 64)
		if err != nil || nums[i] != strconv.FormatUint(n, 10) {
			return v, fmt.Errorf("invalid version %q", s)
		}
		*p = n
	}
	var err error
	if hasPre {
		if v.pre, err = idents(pre, s); err != nil {
			return v, err
		}
	}
	if hasBuild {
		if v.build, err = idents(build, s); err != nil {
			return v, err
		}
	}
	return v, nil
}

func idents(s, v string) ([]string, error) {
	ids := strings.Split(s, ".")
	for _, id := range ids {
		if id == "" || strings.Trim(id, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") != "" {
			return nil, fmt.Errorf("invalid version %q", v)
		}
	}
	return ids, nil
}

func (a version) compare(b version) int {
	for _, c := range [][2]uint64{{a.major, b.major}, {a.minor, b.minor}, {a.patch, b.patch}} {
		if c[0] != c[1] {
			if c[0] < c[1] {
				return -1
			}
			return 1
		}
	}
	// A release sorts after its pre-releases; build metadata after none.
	switch {
	case len(a.pre) == 0 && len(b.pre) > 0:
		return 1
	case len(a.pre) > 0 && len(b.pre) == 0:
		return -1
	}
	if c := compareIdents(a.pre, b.pre); c != 0 {
		return c
	}
	return compareIdents(a.build, b.build)
}

// compareIdents is semver's order of dot-separated identifiers: numeric
// ones numerically and before alphanumeric ones, a prefix first.
func compareIdents(a, b []string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, errX := strconv.ParseUint(a[i], 10, 64)
		y, errY := strconv.ParseUint(b[i], 10, 64)
		switch {
		case errX == nil && errY == nil && x != y:
			if x < y {
				return -1
			}
			return 1
		case errX == nil && errY != nil:
			return -1
		case errX != nil && errY == nil:
			return 1
		case errX != nil:
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
	}
	return len(a) - len(b)
}
