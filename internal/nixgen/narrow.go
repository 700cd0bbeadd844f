package nixgen

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/plan"
)

// Narrowed sources (docs/nix-emit.md, "Narrowed sources"): a local unit
// whose inputs libnix-build knows from its last build reads only those
// files, so an edit of any other file leaves its derivation, and so its
// output, as it was, as cargo's fingerprint leaves the unit fresh.

// narrowKeys are the attributes of sources.nix that hold the narrowed
// sources by unit id; no package key (NAME-VERSION) can be one of them.
const (
	keepKey = "units" // Options.Keep
	dropKey = "runs"  // Options.Drop
)

// checkNarrowing refuses Keep and Drop entries that are not clean relative
// paths inside a package, or name a unit that is not of a path package in
// the workspace: the filters are Nix strings compared with the paths
// builtins.path hands them.
func (e *emitter) checkNarrowing() error {
	byID := map[string]*unitInfo{}
	for _, ui := range e.units {
		byID[ui.u.ID] = ui
	}
	for _, m := range []struct {
		what  string
		paths map[string][]string
	}{{"keep", e.o.Keep}, {"drop", e.o.Drop}} {
		for id, paths := range m.paths {
			ui := byID[id]
			if ui == nil {
				return fmt.Errorf("narrowed source (%s) of unit %s: no such unit in the plan", m.what, id)
			}
			if RelDir(ui.pkg) == "" {
				return fmt.Errorf("narrowed source (%s) of unit %s: package %s is not a path package inside the workspace", m.what, id, ui.pkg.Name)
			}
			if m.what == "keep" && len(paths) == 0 {
				return fmt.Errorf("narrowed source (keep) of unit %s: no file", id)
			}
			for _, p := range paths {
				if p == "" || p == "." || path.Clean(p) != p || path.IsAbs(p) || p == ".." || strings.HasPrefix(p, "../") {
					return fmt.Errorf("narrowed source (%s) of unit %s: %q is not a clean path inside the package", m.what, id, p)
				}
			}
		}
	}
	return nil
}

// unitSrc is the expression of the source a unit's file binds to src.
func (e *emitter) unitSrc(ui *unitInfo) string {
	if _, ok := e.o.Keep[ui.u.ID]; ok && ui.u.Kind != plan.KindDoctest {
		return "sources." + keepKey + "." + Ident(ui.u.ID)
	}
	if _, ok := e.o.Drop[ui.u.ID]; ok && ui.u.Kind == plan.KindDoctest {
		return "sources." + dropKey + "." + Ident(ui.u.ID)
	}
	return "sources." + Ident(e.srcKeys[ui.u.Package])
}

// runSrc is the source a test binary of unit ui runs in.
func (e *emitter) runSrc(ui *unitInfo) string {
	if _, ok := e.o.Drop[ui.u.ID]; ok {
		return "sources." + dropKey + "." + Ident(ui.u.ID)
	}
	return "sources." + Ident(e.srcKeys[ui.u.Package])
}

// narrowedSources writes the Keep and Drop sources of sources.nix, each
// named by unit id.
func (e *emitter) narrowedSources(w *nixWriter) {
	for _, m := range []struct {
		key   string
		paths map[string][]string
	}{{keepKey, e.o.Keep}, {dropKey, e.o.Drop}} {
		if len(m.paths) == 0 {
			continue
		}
		w.line("%s = {", Ident(m.key))
		w.indent++
		for _, ui := range e.units {
			paths, ok := m.paths[ui.u.ID]
			if !ok {
				continue
			}
			pkg := ui.pkg
			w.comment("%s %s: %s `%s`", pkg.Name, pkg.Version, ui.u.Kind, ui.u.Target.Name)
			name := quote(storeName(pkg.Name + "-" + pkg.Version))
			if m.key == keepKey {
				keep := slices.Sorted(slices.Values(paths))
				w.check(keep...)
				w.attr(ui.u.ID, fmt.Sprintf("lib.filesSrc { path = %s; name = %s; keep = %s; dirs = %s; }",
					wsPath(pkg.ManifestDir), name, quoteList(keep), quoteList(parentDirs(keep))))
				continue
			}
			w.check(paths...)
			exclude := append(e.nestedPackages(pkg), paths...)
			slices.Sort(exclude)
			w.attr(ui.u.ID, fmt.Sprintf("lib.localSrc { path = %s; name = %s; exclude = %s; }",
				wsPath(pkg.ManifestDir), name, quoteList(slices.Compact(exclude))))
		}
		w.indent--
		w.line("};")
	}
}

// parentDirs are the directories leading to paths (builtins.path's filter
// must keep a directory to look inside it), sorted.
func parentDirs(paths []string) []string {
	var dirs []string
	for _, p := range paths {
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			dirs = append(dirs, d)
		}
	}
	slices.Sort(dirs)
	return slices.Compact(dirs)
}

func quoteList(list []string) string {
	if len(list) == 0 {
		return "[ ]"
	}
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = quote(s)
	}
	return "[ " + strings.Join(q, " ") + " ]"
}
