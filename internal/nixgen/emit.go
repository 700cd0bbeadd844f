// Package nixgen turns a plan (docs/plan.md) into a Nix build system with
// one derivation per cargo unit: an entry file, one readable file per unit,
// the sources, the toolchain, and the fixed builder library (lib/).
package nixgen

import (
	"embed"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/libnix/libnix/internal/plan"
)

//go:embed lib/lib.nix lib/builder.sh lib/testrun.sh
var libFiles embed.FS

// DefaultCrateURL is where crates.io serves .crate files.
const DefaultCrateURL = "https://static.crates.io/crates"

// Options control what Emit writes besides the plan's content.
type Options struct {
	// Out is the directory the files are written to; the workspace root is
	// referred to relative to it when it lies above Out.
	Out string
	// CrateMirror replaces DefaultCrateURL and makes registry crates be
	// fetched even when a directory source replaces crates.io.
	CrateMirror string
	// Toolchain is the entry file's default toolchain: "host" or "pkgs".
	Toolchain string
	// Export makes a build system that works on other machines: registry
	// crates are fetched by URL even where a local directory replaces
	// crates.io, packages that only this machine has are refused, and a
	// flake.nix wrapper is written. The project source is the tarball of
	// SrcURL, or else the tree Out lies in: the workspace root relative to
	// Out, which a flake resolves within its own copy of the repository.
	Export bool
	// SrcURL and SrcSHA256 are an export's project source: a tarball,
	// checked against the sha256 of its unpacked contents, as
	// builtins.fetchTarball wants it. They are needed when Out is outside
	// the workspace.
	SrcURL, SrcSHA256 string
	// NixpkgsRev and NixpkgsNarHash, when set, pin the exported flake's
	// nixpkgs input: a commit of github:NixOS/nixpkgs and the SRI hash of
	// its contents.
	NixpkgsRev, NixpkgsNarHash string
	// BuildrsParse is the buildrs-parse binary the build-script runs use
	// with the host toolchain; it is written as the file buildrs-parse.
	BuildrsParse []byte
	// LinkerVersion identifies the host linker (`cc --version`); it becomes
	// part of the toolchain identity of every derivation.
	LinkerVersion string
	// DirHash is the sha256 (hex) sources.nix records for a source
	// directory outside the workspace (a registry's crate); nil: the hash of
	// its Nix archive, read from this machine. The golden tests, which must
	// not read this machine's registry, pass a stand-in.
	DirHash func(dir string) (string, error)
	// LocalHashes are LocalSource.Hash of path packages, by manifest_dir,
	// computed by a caller that knows which directories did not change.
	LocalHashes map[string]string
	// Keep narrows the source of a local unit (by id) to these files and
	// directories of its package, relative to it: the files of its last
	// dep-info, a build script's rerun-if-changed paths.
	Keep map[string][]string
	// Drop leaves these files (relative to the package) out of what a
	// test-mode unit's binary runs in, or a doc-test unit's source: the
	// sources of the package's other tests, which cannot affect it.
	Drop map[string][]string
}

// unitInfo is what the emitter derives once per unit.
type unitInfo struct {
	idx     int // index in the plan's units
	u       *plan.Unit
	pkg     *plan.Package
	plat    *plan.Platform
	prof    *plan.Profile
	drvName string
	meta    string // -C metadata
	extra   string // -C extra-filename, "" when the file names carry no hash
	lto     ltoAction
}

type emitter struct {
	p        *plan.Plan
	o        Options
	units    []*unitInfo
	srcKeys  []string      // per package: its attribute in sources.nix
	primary  map[int]bool  // packages whose units see CARGO_PRIMARY_PACKAGE
	selected map[int]bool  // packages of the roots: cargo's primary packages
	member   map[int]bool  // the workspace members, by package index
	toLinks  map[int][]int // memo of toLink
	pathDirs []string      // sorted directories of the path packages
}

// Emit returns the files of the build system for p, by path relative to the
// output directory. It writes nothing; see WriteDir.
func Emit(p *plan.Plan, o Options) (map[string][]byte, error) {
	if o.Toolchain == "" {
		o.Toolchain = "host"
	}
	if o.DirHash == nil {
		o.DirHash = func(dir string) (string, error) { return narHash(dir, nil) }
	}
	if (o.SrcURL == "") != (o.SrcSHA256 == "") {
		return nil, fmt.Errorf("export needs both the source URL and its sha256")
	}
	if o.SrcURL != "" && !o.Export {
		return nil, fmt.Errorf("the source URL and sha256 are for an export only")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if o.Export && o.SrcURL == "" && treeRoot(o.Out, p.Workspace.Root) == "" {
		return nil, errNeedsSrc
	}
	e := &emitter{p: p, o: o, primary: map[int]bool{}, selected: map[int]bool{}, member: map[int]bool{}, toLinks: map[int][]int{}}
	for _, m := range p.Workspace.Members {
		e.member[m] = true
	}
	if err := e.prepare(); err != nil {
		return nil, err
	}
	if err := e.checkNarrowing(); err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, name := range []string{"lib/lib.nix", "lib/builder.sh", "lib/testrun.sh"} {
		data, err := libFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		files[strings.TrimPrefix(name, "lib/")] = data
	}
	for _, ui := range e.units {
		text, err := e.unitFile(ui)
		if err != nil {
			return nil, fmt.Errorf("unit %s (%s): %w", ui.u.ID, ui.drvName, err)
		}
		files["units/"+ui.u.ID+".nix"] = []byte(text)
	}
	sources, err := e.sourcesFile()
	if err != nil {
		return nil, err
	}
	files["sources.nix"] = []byte(sources)
	toolchain, err := e.toolchainFile()
	if err != nil {
		return nil, err
	}
	files["toolchain.nix"] = []byte(toolchain)
	files["default.nix"] = []byte(e.entryFile())
	if err := buildrsParseSource(files); err != nil {
		return nil, err
	}
	if o.BuildrsParse != nil {
		files["buildrs-parse"] = o.BuildrsParse
	}
	if e.export() {
		flake, err := e.flakeFile()
		if err != nil {
			return nil, err
		}
		files["flake.nix"] = []byte(flake)
	} else {
		files[WrapperName] = []byte(e.wrapperFile())
	}
	return files, nil
}

func (e *emitter) prepare() error {
	p := e.p
	keyCount := map[string]int{}
	for _, pkg := range p.Packages {
		key := pkg.Name + "-" + pkg.Version
		keyCount[key]++
		if n := keyCount[key]; n > 1 {
			key = fmt.Sprintf("%s-%d", key, n)
		}
		e.srcKeys = append(e.srcKeys, key)
	}
	nodes := make([]ltoNode, len(p.Units))
	depth := depths(p)
	for i, u := range p.Units {
		pkg := p.Packages[u.Package]
		prof := &u.Profile
		ui := &unitInfo{
			idx: i, u: u, pkg: pkg, plat: p.Platforms[u.CompileKind], prof: prof,
			drvName: drvName(pkg, u, prof, depth[i]),
			meta:    u.ID[:16],
			extra:   extraFilename(pkg, u),
		}
		// cargo sets CARGO_PRIMARY_PACKAGE for the packages selected on
		// the command line, but leaves it out of its fingerprint: a member
		// built as primary from the root is fresh when built from another
		// member's directory. Here the variable is in the derivation, so it
		// is set for every workspace member, and a build from a member's
		// directory reuses the units built from the root.
		if u.Root || e.member[u.Package] {
			e.primary[u.Package] = true
		}
		if u.Root {
			e.selected[u.Package] = true
		}
		e.units = append(e.units, ui)
		types := u.Target.CrateTypes
		if u.Mode == plan.ModeTest {
			types = []string{"bin"}
		}
		n := ltoNode{crateTypes: types, forHost: forHost(u), profileLTO: prof.LTO}
		for _, d := range u.Deps {
			n.deps = append(n.deps, d.Index)
		}
		nodes[i] = n
	}
	for i, a := range computeLTO(nodes, p.Roots) {
		e.units[i].lto = a
	}
	return nil
}

func (e *emitter) export() bool { return e.o.Export }

// errNeedsSrc is Emit's error for an export that cannot take the project
// source from the tree it is written into; nix-emit reports it as a usage
// error.
var errNeedsSrc = errors.New("--src-url and --src-sha256 are needed when the output directory is outside the workspace")

// treeRoot is the workspace root as a Nix path relative to the output
// directory out ("./..", "./../.."), or "" when out does not lie inside it.
func treeRoot(out, root string) string {
	if out == "" {
		return ""
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(abs, root)
	if err != nil || !onlyParents.MatchString(filepath.ToSlash(rel)) {
		return ""
	}
	return "./" + filepath.ToSlash(rel)
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// forHost: proc-macros and build scripts run on the host (cargo's for_host).
func forHost(u *plan.Unit) bool {
	return u.Kind == plan.KindProcMacro || u.Kind == plan.KindBuildScriptCompile || u.Kind == plan.KindBuildScriptRun
}

// drvName names a unit's derivation: package, version, kind and the start
// of the unit id, after a prefix "C-DD-" that orders the build. Nix starts
// the derivations that are ready in the order of their names (its goals
// are sorted by name), and the order cargo would use, the critical path,
// depends on a unit's dependents, which must not change its store path.
// So the prefix says what the unit itself tells:
//   - C is 0 for build-time units, 1 for the rest. Build scripts, proc
//     macros and the libraries built for them (cargo's build-override
//     profile: no optimisation, no debuginfo) gate what comes after, as the
//     proc-macro2 -> syn -> serde_derive chain does.
//   - DD is the unit's depth, the longest chain of dependencies below it:
//     shallow units first, so small leaves (termcolor for clap, say) are
//     not left to the end of the alphabet.
//
// Replaying a recorded cold build of the demo (74 units, 2 slots), this
// order finishes within 0.1 s of the critical-path order and 1.3 s before
// plain names do (docs/performance.md).
func drvName(pkg *plan.Package, u *plan.Unit, prof *plan.Profile, depth int) string {
	class := 1
	switch {
	case u.Kind == plan.KindBuildScriptCompile, u.Kind == plan.KindBuildScriptRun, u.Kind == plan.KindProcMacro,
		u.Kind == plan.KindLib && prof.OptLevel == "0" && prof.Debuginfo == "":
		class = 0
	}
	name := fmt.Sprintf("%d-%02d-%s-%s-%s-%s", class, min(depth, 99), pkg.Name, pkg.Version, u.Kind, u.ID[:8])
	return storeName(name)
}

// depths are the lengths of the longest dependency chains below each unit
// (0 for a unit without dependencies). Emit has validated p, so the walk
// meets no cycle.
func depths(p *plan.Plan) []int {
	d := make([]int, len(p.Units))
	_ = p.DepsFirst(func(i int) error {
		for _, dep := range p.Units[i].Deps {
			d[i] = max(d[i], d[dep.Index]+1)
		}
		return nil
	})
	return d
}

func isLibKind(u *plan.Unit) bool { return u.Kind == plan.KindLib || u.Kind == plan.KindProcMacro }

// targetIsLib: the unit's target is the package's library (also in test mode).
func targetIsLib(t plan.Target) bool {
	for _, k := range t.Kind {
		switch k {
		case "lib", "rlib", "dylib", "cdylib", "staticlib", "proc-macro":
			return true
		}
	}
	return false
}

// targetKind is the target's kind as cargo orders a package's targets:
// "lib", "bin", "test", "bench" or "example"; "" for any other (a build
// script).
func targetKind(t plan.Target) string {
	switch {
	case targetIsLib(t):
		return "lib"
	case has(t.Kind, "bin"):
		return "bin"
	case has(t.Kind, "test"):
		return "test"
	case has(t.Kind, "bench"):
		return "bench"
	case has(t.Kind, "example"):
		return "example"
	}
	return ""
}

// fileName is the name rustc gives the output of crate type ct.
func (ui *unitInfo) fileName(ct string) (string, error) {
	if ct == "lib" {
		ct = "rlib"
	}
	fn := ui.plat.FileNames[ct]
	if fn == nil {
		return "", fmt.Errorf("platform %s cannot build crate type %s", ui.plat.Triple, ct)
	}
	return fn.Prefix + ui.u.Target.CrateName + ui.extra + fn.Suffix, nil
}

// onlyRlib: every crate type is lib/rlib and the unit is not a test, so it
// needs no upstream object code (cargo's "requires upstream objects" is false).
func onlyRlib(u *plan.Unit) bool {
	if u.Mode == plan.ModeTest || u.Mode == plan.ModeDoctest {
		return false
	}
	for _, t := range u.Target.CrateTypes {
		if t != "lib" && t != "rlib" {
			return false
		}
	}
	return true
}

// externFiles are the files of child passed to parent as --extern
// (docs/cargo-semantics.md §3.6).
func (e *emitter) externFiles(parent, child *unitInfo) ([]string, error) {
	if onlyRlib(parent.u) && onlyRlib(child.u) || child.u.Mode == plan.ModeCheck {
		return []string{"lib" + child.u.Target.CrateName + child.extra + ".rmeta"}, nil
	}
	var files []string
	for _, ct := range child.u.Target.CrateTypes {
		switch ct {
		case "lib", "rlib", "dylib", "proc-macro":
			f, err := child.fileName(ct)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
	}
	return files, nil
}

// exeFile is the executable rustc writes for a bin, test or build script.
func (ui *unitInfo) exeFile() string {
	fn := ui.plat.FileNames["bin"]
	if fn == nil {
		return ui.u.Target.CrateName + ui.extra
	}
	return fn.Prefix + ui.u.Target.CrateName + ui.extra + fn.Suffix
}

// toLink is cargo's to_link(U) (docs/cargo-semantics.md §5.5): the
// build-script runs whose results reach U's link line, in order, without
// duplicates.
func (e *emitter) toLink(i int) []int {
	if r, ok := e.toLinks[i]; ok {
		return r
	}
	e.toLinks[i] = nil // cycles cannot occur in a unit graph; this guards anyway
	u := e.p.Units[i]
	var out []int
	seen := map[int]bool{}
	add := func(j int) {
		if !seen[j] {
			seen[j] = true
			out = append(out, j)
		}
	}
	if u.Kind != plan.KindBuildScriptCompile && u.Kind != plan.KindBuildScriptRun {
		for _, d := range u.Deps {
			c := e.p.Units[d.Index]
			if c.Kind == plan.KindBuildScriptRun && c.Package == u.Package {
				add(d.Index)
			}
		}
	}
	deps := make([]int, 0, len(u.Deps))
	for _, d := range u.Deps {
		deps = append(deps, d.Index)
	}
	// cargo walks dependencies in package-id order: name, then version, then source.
	sort.SliceStable(deps, func(a, b int) bool {
		pa, pb := e.p.Packages[e.p.Units[deps[a]].Package], e.p.Packages[e.p.Units[deps[b]].Package]
		if pa.Name != pb.Name {
			return pa.Name < pb.Name
		}
		return compareVersions(pa.Version, pb.Version) < 0
	})
	for _, j := range deps {
		c := e.p.Units[j]
		if forHost(c) || c.Kind != plan.KindLib {
			continue
		}
		for _, r := range e.toLink(j) {
			add(r)
		}
	}
	e.toLinks[i] = out
	return out
}

// compareVersions orders semver versions by their numeric parts, then text.
func compareVersions(a, b string) int {
	pa, pb := strings.SplitN(a, ".", 3), strings.SplitN(b, ".", 3)
	for k := 0; k < 3 && k < len(pa) && k < len(pb); k++ {
		na, nb := leadingNumber(pa[k]), leadingNumber(pb[k])
		if na != nb {
			if na < nb {
				return -1
			}
			return 1
		}
	}
	return strings.Compare(a, b)
}

func leadingNumber(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// RelDir is the package directory relative to the workspace root for path
// packages inside it (rustc then runs in the workspace root with a relative
// source path, as cargo does); "" otherwise.
func RelDir(pkg *plan.Package) string {
	if pkg.Source.Kind != "path" {
		return ""
	}
	d := path.Clean(filepath.ToSlash(pkg.ManifestDir))
	if d == ".." || strings.HasPrefix(d, "../") {
		return ""
	}
	return d
}
