package install

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/libnix/libnix/internal/cargomsg"
)

// spec is a package ID specification as `cargo uninstall` takes it:
// "name", "name@1.2", "name:1.2.3", or a URL "[kind+]url[#name][@version]".
type spec struct {
	raw     string
	name    string
	version *partialVersion
	kind    string // "" when not given
	url     string // "" when not given; without kind+, query and fragment
}

type partialVersion struct {
	raw          string
	major        uint64
	minor, patch *uint64
	pre, build   *[]string
}

func parseSpec(s string) (spec, error) {
	bad := fmt.Errorf("invalid package ID specification: `%s`", s)
	if strings.Contains(s, "://") {
		return parseURLSpec(s, bad)
	}
	sp := spec{raw: s, name: s}
	if name, ver, ok := splitVersion(s); ok {
		v, err := parsePartial(ver)
		if err != nil {
			return spec{}, bad
		}
		sp.name, sp.version = name, &v
	}
	if !validName(sp.name) {
		return spec{}, bad
	}
	return sp, nil
}

// splitVersion splits at the last '@', else at the last ':' not part of "::".
func splitVersion(s string) (name, ver string, ok bool) {
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		return s[:i], s[i+1:], true
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.HasSuffix(s[:i], ":") {
		return s[:i], s[i+1:], true
	}
	return "", "", false
}

func parseURLSpec(s string, bad error) (spec, error) {
	sp := spec{raw: s}
	u, frag, hasFrag := strings.Cut(s, "#")
	scheme, _, _ := strings.Cut(u, "://")
	if kind, _, ok := strings.Cut(scheme, "+"); ok {
		if _, known := kindOrder[kind]; !known {
			return spec{}, bad
		}
		sp.kind = kind
		if kind != "sparse" {
			u = u[len(kind)+1:]
		}
	}
	if sp.kind != "git" && strings.Contains(u, "?") {
		return spec{}, bad
	}
	u, _, _ = strings.Cut(u, "?")
	sp.url = u
	segs := strings.Split(strings.TrimRight(u, "/"), "/")
	last := segs[len(segs)-1]
	switch {
	case !hasFrag:
		sp.name = last
	default:
		if name, ver, ok := splitVersion(frag); ok {
			v, err := parsePartial(ver)
			if err != nil {
				return spec{}, bad
			}
			sp.name, sp.version = name, &v
		} else if frag != "" && unicode.IsLetter([]rune(frag)[0]) {
			sp.name = frag
		} else {
			v, err := parsePartial(frag)
			if err != nil {
				return spec{}, bad
			}
			sp.name, sp.version = last, &v
		}
	}
	if !validName(sp.name) {
		return spec{}, bad
	}
	return sp, nil
}

// validName is the part of cargo's package-name rules a spec can break.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) && i > 0 || r == '_' || r == '-' && i > 0) {
			return false
		}
	}
	return true
}

func parsePartial(s string) (partialVersion, error) {
	v := partialVersion{raw: s}
	core, build, hasBuild := strings.Cut(s, "+")
	core, pre, hasPre := strings.Cut(core, "-")
	nums := strings.Split(core, ".")
	if len(nums) > 3 || (hasPre || hasBuild) && len(nums) != 3 {
		return v, errors.New("invalid version")
	}
	full, err := parseVersion(strings.Join(append(nums, "0", "0")[:3], "."))
	if err != nil {
		return v, err
	}
	v.major = full.major
	if len(nums) > 1 {
		v.minor = &full.minor
	}
	if len(nums) > 2 {
		v.patch = &full.patch
	}
	if hasPre {
		ids, err := idents(pre, s)
		if err != nil {
			return v, err
		}
		v.pre = &ids
	}
	if hasBuild {
		ids, err := idents(build, s)
		if err != nil {
			return v, err
		}
		v.build = &ids
	}
	return v, nil
}

// matches is cargo's PartialVersion::matches: a pre-release matches only
// a spec that names one.
func (p partialVersion) matches(v version) bool {
	if len(v.pre) > 0 && p.pre == nil {
		return false
	}
	return p.major == v.major &&
		(p.minor == nil || *p.minor == v.minor) &&
		(p.patch == nil || *p.patch == v.patch) &&
		(p.pre == nil || equalIdents(*p.pre, v.pre)) &&
		(p.build == nil || equalIdents(*p.build, v.build))
}

func equalIdents(a, b []string) bool {
	return strings.Join(a, ".") == strings.Join(b, ".")
}

func (s spec) matches(id pkgID) bool {
	if s.name != id.name || s.version != nil && !s.version.matches(id.version) {
		return false
	}
	if s.url != "" {
		u, _, _ := strings.Cut(id.url, "#")
		u, _, _ = strings.Cut(u, "?")
		if s.url != u {
			return false
		}
	}
	return s.kind == "" || s.kind == id.kind
}

// String is cargo's Display of the spec in its messages.
func (s spec) String() string {
	if s.url != "" {
		return s.raw
	}
	if s.version != nil {
		return s.name + "@" + s.version.raw
	}
	return s.name
}

// query is cargo's PackageIdSpec::query: exactly one of ids matches, or
// cargo's error with its suggestions.
func (s spec) query(ids []pkgID) (pkgID, error) {
	var found []pkgID
	for _, id := range ids {
		if s.matches(id) {
			found = append(found, id)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		var help string
		try := func(alt spec) {
			var similar []pkgID
			for _, id := range ids {
				if alt.matches(id) {
					similar = append(similar, id)
				}
			}
			if len(similar) > 0 {
				help = "\nhelp: there are similar package ID specifications:\n" + minimize(similar, s.name)
			}
		}
		if s.url != "" {
			try(spec{name: s.name, version: s.version})
		}
		if help == "" && s.version != nil && s.version.patch != nil {
			try(spec{name: s.name})
		}
		if help == "" {
			help = closestMsg(s.name, ids)
		}
		return pkgID{}, fmt.Errorf("package ID specification `%s` did not match any packages%s", s, help)
	default:
		// "specificationm" is cargo 1.95's spelling.
		return pkgID{}, fmt.Errorf("specificationm `%s` is ambiguous\nhelp: re-run this command with one of the following specifications\n%s", s, minimize(found, s.name))
	}
}

// minimize lists ids as the shortest specs that tell them apart.
func minimize(ids []pkgID, name string) string {
	count := map[string]int{}
	for _, id := range ids {
		count[id.version.raw]++
	}
	var lines []string
	for _, id := range ids {
		if count[id.version.raw] == 1 {
			lines = append(lines, "  "+name+"@"+id.version.raw)
		} else {
			lines = append(lines, "  "+id.toSpec())
		}
	}
	return strings.Join(lines, "\n")
}

// toSpec is the full spec of id, as cargo's PackageId::to_spec displays.
func (a pkgID) toSpec() string {
	src, _, _ := strings.Cut(a.url, "#")
	if u, q, ok := strings.Cut(src, "?"); ok && a.kind == "git" {
		if q, err := url.QueryUnescape(q); err == nil {
			src = u + "?" + q // PackageID encodes it again
		}
	}
	return cargomsg.PackageID(a.kind, src, a.name, a.version.raw)
}

// closestMsg is cargo's "a package with a similar name exists" help.
func closestMsg(choice string, ids []pkgID) string {
	best, dist := "", -1
	for _, id := range ids {
		if d := editDistance(choice, id.name, 3); d >= 0 && (dist < 0 || d < dist) {
			best, dist = id.name, d
		}
	}
	if dist < 0 {
		return ""
	}
	return fmt.Sprintf("\n\nhelp: a package with a similar name exists: `%s`", best)
}

// editDistance is cargo's: case-insensitive optimal string alignment
// distance, or -1 above limit.
func editDistance(x, y string, limit int) int {
	a, b := []rune(strings.ToLower(x)), []rune(strings.ToLower(y))
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > limit {
		return -1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if d := prev[len(b)]; d <= limit {
		return d
	}
	return -1
}
