package driver

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/buildscript"
	"github.com/libnix/libnix/internal/depinfo"
	"github.com/libnix/libnix/internal/nixcli"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/nixlog"
	"github.com/libnix/libnix/internal/plan"
)

// Narrowed sources (docs/libnix-build.md, "What an edit rebuilds"): cargo
// rebuilds a unit when a file of its last dep-info changed, and reruns a
// build script when a rerun-if-changed path did. libnix-build learns the
// same lists from each unit's last build and gives nix-emit a unit's
// source as just those files (nixgen.Options.Keep), so an edit of any
// other file leaves the unit's derivation as it was.

// storePaths matches the store paths in a text.
var storePaths = regexp.MustCompile(`/nix/store/[0-9a-z]{32}-[0-9A-Za-z+._?=-]*`)

// sandboxOutDir is where a compile in Nix's sandbox sees its build
// script's OUT_DIR (builder.sh).
const sandboxOutDir = "/build/out/"

// unitInputs is what a local unit read in its last build.
type unitInputs struct {
	Package string `json:"package"` // its package's directory, relative to the workspace
	Kind    string `json:"kind"`    // the plan's unit kind
	// TestOnly: an integration test, bench or example, which only cargo
	// test and bench runs read.
	TestOnly bool `json:"test_only,omitempty"`
	// Files are the package's files (relative to it) that the unit read:
	// a compile's dep-info, a build-script run's rerun-if-changed paths.
	// None: it depends on the whole package (a run without a
	// rerun-if-changed line).
	Files []string `json:"files,omitempty"`
	// Whole: the unit is never narrowed. It compiled in its source's path
	// (env!("CARGO_MANIFEST_DIR"), which must name every file of the
	// package), read a file outside its package, or failed narrowed.
	Whole bool `json:"whole,omitempty"`
}

// narrowing is what emit passes to nix-emit for this build.
type narrowing struct {
	keep, drop map[string][]string
}

// decideNarrowing decides which units, test runs and doc tests are built
// from narrowed sources. One built whole so far switches when its package
// changed since it was last emitted, as its derivation is new then anyway:
// switching sooner would rebuild units nothing was changed for. Once
// switched, it stays so.
func (b *builder) decideNarrowing(trees map[string]string) narrowing {
	n := narrowing{keep: map[string][]string{}, drop: map[string][]string{}}
	st := b.state
	root := b.p.Workspace.Root
	decide := func(key, dir string, narrow func() bool) {
		if st.Narrowed[key] || st.Seen[key] != "" && st.Seen[key] != trees[dir] {
			if narrow() {
				st.Narrowed[key] = true
				return
			}
		}
		delete(st.Narrowed, key)
		st.Seen[key] = trees[dir]
	}
	for _, u := range b.p.Units {
		pkg := b.p.Packages[u.Package]
		dir := nixgen.RelDir(pkg)
		if dir == "" {
			continue
		}
		if u.Kind == plan.KindDoctest || u.Mode == plan.ModeTest {
			key := u.ID
			if u.Kind != plan.KindDoctest {
				key = "run " + u.ID
			}
			decide(key, dir, func() bool {
				drop := st.testOnlyFiles(dir, u)
				if len(drop) > 0 {
					n.drop[u.ID] = drop
				}
				return len(drop) > 0
			})
		}
		if u.Kind == plan.KindDoctest {
			continue
		}
		decide(u.ID, dir, func() bool {
			in := st.Inputs[u.ID]
			// A file gone since (removed, renamed): the list is stale, and
			// the build must see the package as it is.
			if in == nil || in.Whole || len(in.Files) == 0 || !allExist(filepath.Join(root, dir), in.Files) {
				return false
			}
			n.keep[u.ID] = in.Files
			return true
		})
	}
	return n
}

// narrowedTooFar reports whether a unit built narrowed now needs its whole
// package (a build script that started to hand out its source's path):
// what it built must not be used.
func (b *builder) narrowedTooFar() bool {
	for id := range b.narrow.keep {
		if in := b.state.Inputs[id]; in != nil && in.Whole {
			return true
		}
	}
	return false
}

// testOnlyFiles are the files of the package's tests, benches and examples
// other than u's own, and not also read by its library, binaries or build
// script: what cannot change how u's test binary, or its doc tests, run.
func (st *buildState) testOnlyFiles(dir string, u *plan.Unit) []string {
	own := map[string]bool{}
	var other []string
	for id, in := range st.Inputs {
		if in.Package != dir {
			continue
		}
		switch {
		case id == u.ID, u.Kind == plan.KindDoctest && in.Kind == plan.KindLib:
			for _, f := range in.Files {
				own[f] = true
			}
		case in.TestOnly:
			other = append(other, in.Files...)
		default:
			for _, f := range in.Files {
				own[f] = true
			}
		}
	}
	var drop []string
	for _, f := range other {
		if !own[f] {
			drop = append(drop, f)
		}
	}
	slices.Sort(drop)
	return slices.Compact(drop)
}

func testOnly(u *plan.Unit) bool {
	return slices.ContainsFunc(u.Target.Kind, func(k string) bool { return k == "test" || k == "bench" || k == "example" })
}

func allExist(dir string, files []string) bool {
	for _, f := range files {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			return false
		}
	}
	return true
}

// learnInputs records what the local units built in this log read, from
// their outputs; and that a unit which failed for want of a file (stale)
// is built from its whole package from now on.
func (b *builder) learnInputs(sum *nixlog.Summary) error {
	if sum == nil {
		return nil
	}
	byID := map[string]*plan.Unit{}
	for _, u := range b.p.Units {
		byID[u.ID] = u
	}
	for _, bd := range sum.Builds {
		if bd.Unit == nil || !bd.Unit.Local {
			continue
		}
		u := byID[bd.Unit.ID]
		if u == nil {
			continue
		}
		dir := nixgen.RelDir(b.p.Packages[u.Package])
		if dir == "" {
			continue
		}
		if bd.Unit.Stale {
			b.state.Inputs[u.ID] = &unitInputs{Package: dir, Kind: u.Kind, TestOnly: testOnly(u), Whole: true}
			continue
		}
		if bd.Status != nixlog.Built || u.Kind == plan.KindDoctest || u.Mode == plan.ModeDoc {
			continue
		}
		outs, err := nixcli.DrvOutputs(bd.Drv)
		if err != nil {
			return err
		}
		in, err := readInputs(outs["out"], dir, u.Kind)
		if err != nil {
			// Built, but not as the builder builds: never narrowed.
			b.sh.warn(fmt.Sprintf("%s: its inputs are unknown (%v); it is built from its whole package", bd.Unit.Crate, err))
			in = &unitInputs{Package: dir, Kind: u.Kind, Whole: true}
		}
		in.TestOnly = testOnly(u)
		if old := b.state.Inputs[u.ID]; old != nil && old.Whole {
			in.Whole = true // a unit that failed narrowed is not narrowed again
		}
		b.state.Inputs[u.ID] = in
	}
	return nil
}

// learnCached records, after a successful build, what the local units
// whose inputs are not known yet read, from their outputs in the store:
// units built by another checkout, or before the build record was lost,
// which this run did not build.
func (b *builder) learnCached(units []int, outs []string) {
	for i, ui := range units {
		u := b.p.Units[ui]
		dir := nixgen.RelDir(b.p.Packages[u.Package])
		if dir == "" || b.state.Inputs[u.ID] != nil || u.Kind == plan.KindDoctest || u.Mode == plan.ModeDoc {
			continue
		}
		in, err := readInputs(outs[i], dir, u.Kind)
		if err != nil {
			in = &unitInputs{Package: dir, Kind: u.Kind, Whole: true}
		}
		in.TestOnly = testOnly(u)
		b.state.Inputs[u.ID] = in
	}
}

// readInputs reads what a unit's output says it read: a build-script run's
// rerun-if-changed paths (docs/buildrs-output.md), a compile's dep-info.
func readInputs(out, dir, kind string) (*unitInputs, error) {
	in := &unitInputs{Package: dir, Kind: kind}
	var files []string
	if kind == plan.KindBuildScriptRun {
		o, data, err := buildscript.ReadJSON(filepath.Join(out, "args", "output.json"))
		if err != nil {
			return nil, err
		}
		// A path into the store other than the run's own output (its
		// source: CARGO_MANIFEST_DIR joined with something, in links
		// metadata or rustc-env) hands dependents its source: that must be
		// the whole package, as cargo's package directory is.
		for _, p := range storePaths.FindAll(data, -1) {
			if string(p) != out {
				in.Whole = true
			}
		}
		for _, f := range o.RerunIfChanged {
			// An absolute path is outside the narrowed source (a system
			// header; a file under the store path CARGO_MANIFEST_DIR,
			// which a failed narrowed run then rebuilds whole).
			if !path.IsAbs(f) {
				files = append(files, f)
			}
		}
	} else {
		ds, err := filepath.Glob(filepath.Join(out, "lib", "*.d"))
		if err != nil || len(ds) != 1 {
			return nil, errors.New(out + ": expected one dep-info file (.d) in lib/, found " + strings.Join(ds, ", "))
		}
		info, err := depinfo.ParseFile(ds[0])
		if err != nil {
			return nil, err
		}
		for _, e := range info.Env {
			if e.Name == "CARGO_MANIFEST_DIR" || e.Name == "CARGO_MANIFEST_PATH" {
				in.Whole = true
			}
		}
		for _, f := range info.Files {
			if strings.HasPrefix(f, "/nix/store/") || strings.HasPrefix(f, sandboxOutDir) {
				continue // a dependency's, or generated into OUT_DIR: an input already
			}
			if path.IsAbs(f) {
				in.Whole = true // somewhere the package's source does not reach
				continue
			}
			// rustc ran in the workspace root (builder.sh).
			f = path.Clean(f)
			if dir != "." {
				rel, ok := strings.CutPrefix(f, dir+"/")
				if !ok {
					in.Whole = true
					continue
				}
				f = rel
			}
			files = append(files, f)
		}
	}
	for _, f := range files {
		f = path.Clean(f)
		if f == "." || f == ".." || strings.HasPrefix(f, "../") {
			in.Whole = true // the package itself, or outside it
			continue
		}
		in.Files = append(in.Files, f)
	}
	slices.Sort(in.Files)
	in.Files = slices.Compact(in.Files)
	return in, nil
}

// sourceHashes hashes sources for nix-emit, so that evaluation reads none
// of them: the path packages' (nixgen.Options.LocalHashes) and the replaced
// registries' outside the workspace (Options.DirHash). Only a directory
// whose fingerprint (dirs, by absolute path) changed is hashed again; a racy
// one (changed while scanned) is not recorded, so the next run hashes it
// again.
type sourceHashes struct {
	b    *builder
	dirs map[string]*fingerprint
}

// sum is dir's hash as hash computes it, from the record when dir did not
// change.
func (h sourceHashes) sum(dir string, hash func() (string, error)) (string, error) {
	tree := ""
	if f := h.dirs[filepath.Clean(dir)]; f != nil {
		tree = f.sum()
	}
	if r, ok := h.b.state.Hashes[dir]; ok && tree != "" && r.Tree == tree {
		return r.Sum, nil
	}
	sum, err := hash()
	if err != nil {
		return "", err
	}
	if tree != "" && !h.b.src.racy(h.b.scanStart) {
		h.b.state.Hashes[dir] = sourceHash{Tree: tree, Sum: sum}
	}
	return sum, nil
}

// local are the path packages' hashes, by manifest_dir.
func (h sourceHashes) local() (map[string]string, error) {
	hashes := map[string]string{}
	for manifestDir, src := range nixgen.LocalSources(h.b.p) {
		sum, err := h.sum(src.Dir, src.Hash)
		if err != nil {
			return nil, err
		}
		hashes[manifestDir] = sum
	}
	return hashes, nil
}

// dir is nixgen.Options.DirHash.
func (h sourceHashes) dir(dir string) (string, error) {
	return h.sum(dir, func() (string, error) { return nixgen.LocalSource{Dir: dir}.Hash() })
}

// packageTrees fingerprints each path package's directory inside the
// workspace as lib.localSrc copies it.
func packageTrees(p *plan.Plan, dirs map[string]*fingerprint) map[string]string {
	trees := map[string]string{}
	for _, pkg := range p.Packages {
		if rd := nixgen.RelDir(pkg); rd != "" {
			if f := dirs[filepath.Clean(packageDir(p, pkg))]; f != nil {
				trees[rd] = f.sum()
			}
		}
	}
	return trees
}
