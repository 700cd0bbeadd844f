package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/nixgen"
)

// tempPrefix starts the names of libnix-build's temporary files; a run that
// was killed (SIGKILL, power loss) leaves them behind, the next removes them.
const tempPrefix = ".libnix-tmp-"

// link is one symlink under target/: Path is relative to that directory,
// Target is a file in the Nix store.
type link struct {
	Path   string `json:"path"`
	Target string `json:"target"`
	Unit   int    `json:"unit"` // the plan's unit it is an output of
}

// rootLinks lists where cargo would put the outputs of the roots, built
// at outs, in each root's directory dir(root) (target/<profile>, relative
// to target/): a binary NAME becomes NAME, an example examples/NAME, a test
// deps/NAME-<hash>, and the library files of a crate become
// lib<crate>.rlib, .so, .a (without the -<hash> rustc was given).
func rootLinks(roots []nixgen.Root, outs []string, dir func(nixgen.Root) string) ([]link, error) {
	var links []link
	for i, r := range roots {
		out, d := outs[i], dir(r)
		add := func(path, target string) { links = append(links, link{filepath.Join(d, path), target, r.Unit}) }
		switch r.Group {
		case "bins":
			add(r.Name, filepath.Join(out, "bin", r.Name))
		case "examples":
			add("examples/"+r.Name, filepath.Join(out, "bin", r.Name))
		case "tests":
			add("deps/"+r.Name, filepath.Join(out, "bin", r.Name))
		case "libs":
			files, err := os.ReadDir(filepath.Join(out, "lib"))
			if err != nil {
				return nil, err
			}
			re := regexp.MustCompile(`^(lib)?` + regexp.QuoteMeta(r.Name) + `(-[0-9a-f]+)?\.(rlib|so|a|dylib|dll|lib)$`)
			for _, f := range files {
				if m := re.FindStringSubmatch(f.Name()); m != nil {
					add(m[1]+r.Name+"."+m[3], filepath.Join(out, "lib", f.Name()))
				}
			}
		}
	}
	return links, nil
}

// depLinks lists, for --message-format json, the library files of the
// other units as cargo leaves them in deps/ (dir(unit) relative to target/),
// so that each compiler-artifact names files under target/, as cargo's
// do; outs are their outputs, in the order of units.
func depLinks(units []int, outs []string, dir func(int) string) []link {
	var links []link
	for i, u := range units {
		entries, _ := os.ReadDir(filepath.Join(outs[i], "lib"))
		for _, e := range entries {
			if artifactFile.MatchString(e.Name()) {
				links = append(links, link{filepath.Join(dir(u), "deps", e.Name()), filepath.Join(outs[i], "lib", e.Name()), u})
			}
		}
	}
	return links
}

// updateLinks makes dir's links those of links, each replaced atomically
// (a symlink under a temporary name renamed over the old file), and
// returns the paths it made. As cargo never deletes what a narrower build
// (-p, --bin) does not make, the links earlier builds made (old, the last
// build's, and kept, those kept before) stay where this build makes none,
// as long as each is still libnix-build's symlink to an existing file (a
// file there now is cargo's; a dangling link is removed): those are
// returned as stillKept, for the caller to keep their targets alive.
func updateLinks(dir string, links []link, old []string, kept []link) (paths []string, stillKept []link, err error) {
	made := map[string]bool{}
	for _, l := range links {
		if made[l.Path] {
			return nil, nil, fmt.Errorf("%s: two outputs want this name", filepath.Join(dir, l.Path))
		}
		made[l.Path] = true
		paths = append(paths, l.Path)
		p := filepath.Join(dir, l.Path)
		if cur, err := os.Readlink(p); err == nil && cur == l.Target {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, nil, err
		}
		tmp := filepath.Join(filepath.Dir(p), tempPrefix+filepath.Base(p))
		os.Remove(tmp)
		if err := os.Symlink(l.Target, tmp); err != nil {
			return nil, nil, err
		}
		if err := os.Rename(tmp, p); err != nil {
			os.Remove(tmp)
			return nil, nil, err
		}
	}
	earlier := slices.Clone(kept)
	for _, o := range old {
		earlier = append(earlier, link{Path: o, Unit: -1})
	}
	for _, l := range earlier {
		if made[l.Path] {
			continue
		}
		made[l.Path] = true
		p := filepath.Join(dir, l.Path)
		target, err := os.Readlink(p)
		if err != nil || l.Target != "" && target != l.Target {
			continue // not ours any more
		}
		if _, err := os.Stat(p); err != nil {
			if err := os.Remove(p); err != nil {
				return nil, nil, err
			}
			continue
		}
		stillKept = append(stillKept, link{Path: l.Path, Target: target, Unit: -1})
	}
	return paths, stillKept, nil
}

// linkedStorePaths are the store paths the links' targets are in, sorted,
// once each: /nix/store/…-app/bin/app is in /nix/store/…-app.
func linkedStorePaths(links []link) []string {
	const store = "/nix/store/"
	var paths []string
	for _, l := range links {
		if rest, ok := strings.CutPrefix(l.Target, store); ok {
			name, _, _ := strings.Cut(rest, "/")
			paths = append(paths, store+name)
		}
	}
	slices.Sort(paths)
	return slices.Compact(paths)
}

// removeTemps deletes temporary files a killed run left in dirs.
func removeTemps(dirs ...string) {
	for _, d := range dirs {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), tempPrefix) {
				os.Remove(filepath.Join(d, e.Name()))
			}
		}
	}
}
