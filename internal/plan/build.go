package plan

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/libnix/libnix/internal/cargo"
)

// Inputs is everything a plan is assembled from; Make gathers it by
// running cargo and rustc, tests may build it from recorded data.
type Inputs struct {
	// Command is the cargo command the graph is of ("" or "build", "test",
	// "check", "doc").
	Command string
	// Flags are the command's flags: their target selection tells cargo
	// check's units apart, and cargo doc's --document-private-items is the
	// plan's.
	Flags     cargo.BuildFlags
	Graph     *cargo.UnitGraph
	Metadata  *cargo.Metadata
	Lock      *cargo.Lockfile
	Config    *cargo.Config
	Rustc     *cargo.RustcVersion
	Sysroot   string
	Platforms map[string]*Platform // "host" and every triple the graph uses
	// Manifests holds each package's Cargo.toml, by manifest path.
	Manifests map[string]*cargo.Manifest
	Profile   string
}

// Assemble joins the inputs into a plan.
func Assemble(in *Inputs) (*Plan, error) {
	root := in.Metadata.WorkspaceRoot
	wsManifest := in.Manifests[filepath.Join(root, "Cargo.toml")]
	profileRoot, err := ProfileRoot(in.Profile, in.Config, wsManifest)
	if err != nil {
		return nil, err
	}
	p := newPlan(in, profileRoot)
	meta := map[string]*cargo.Package{}
	for i := range in.Metadata.Packages {
		meta[in.Metadata.Packages[i].ID] = &in.Metadata.Packages[i]
	}
	pkgIndex, err := p.addPackages(in, meta, wsManifest)
	if err != nil {
		return nil, err
	}
	p.Workspace.Members = memberIndices(in.Metadata.WorkspaceMembers, pkgIndex)
	p.Workspace.DefaultMembers = memberIndices(in.Metadata.DefaultMembers, pkgIndex)
	roots := map[int]bool{}
	for _, r := range in.Graph.Roots {
		roots[r] = true
	}
	checkTests := checkedAsTests(in.Graph, roots, in.Flags)
	for i, u := range in.Graph.Units {
		unit, err := planUnit(in, i, u, meta[u.PkgID], pkgIndex[u.PkgID])
		if err != nil {
			return nil, err
		}
		unit.Root = roots[i]
		if checkTests[i] {
			unit.Kind = KindTest
		}
		if unit.Kind == KindBuildScriptRun {
			unit.ProfileRoot = profileRoot
		}
		p.Units = append(p.Units, unit)
	}
	if err := assignIDs(p); err != nil {
		return nil, err
	}
	return p, nil
}

// newPlan is the plan without its packages and units: toolchain,
// platforms, workspace and config.
func newPlan(in *Inputs, profileRoot string) *Plan {
	p := &Plan{
		Version:              Version,
		Command:              planCommand(in.Command),
		DocumentPrivateItems: in.Flags.DocumentPrivateItems,
		Toolchain: Toolchain{
			Release:        in.Rustc.Release,
			CommitHash:     in.Rustc.CommitHash,
			CommitDate:     in.Rustc.CommitDate,
			Host:           in.Rustc.Host,
			LLVMVersion:    in.Rustc.LLVM,
			VerboseVersion: in.Rustc.Verbose,
			Sysroot:        in.Sysroot,
			Rustc:          filepath.Join(in.Sysroot, "bin", "rustc"),
		},
		Platforms: in.Platforms,
		Workspace: Workspace{
			Root:            in.Metadata.WorkspaceRoot,
			TargetDirectory: in.Metadata.TargetDirectory,
			Profile:         in.Profile,
			ProfileRoot:     profileRoot,
			ProfileDir:      ProfileDir(in.Profile),
		},
		Config: Config{
			Files:          in.Config.Files,
			Env:            in.Config.Env,
			LinksOverrides: linksOverrides(in.Config),
		},
		Roots: in.Graph.Roots,
	}
	if p.Config.Files == nil {
		p.Config.Files = []string{}
	}
	return p
}

// checkedAsTests finds the check units of libs, bins, examples and
// proc-macros that cargo checks as tests (rustc --test, its mode
// Check { test: true }), which the unit graph prints as mode "check" like
// the others. Cargo lists its units sorted, the plain check of a target
// before its test check, so of two units that agree on everything printed
// the second is the test; a root alone of its kind is whichever the target
// selection asked for, and any other unit is a plain check a dependent needs.
func checkedAsTests(g *cargo.UnitGraph, roots map[int]bool, f cargo.BuildFlags) map[int]bool {
	type key struct{ pkg, kind, name, profile, platform, features string }
	keyOf := func(u cargo.Unit) key {
		k := key{pkg: u.PkgID, name: u.Target.Name, profile: string(u.Profile), features: strings.Join(u.Features, ",")}
		if len(u.Target.Kind) > 0 {
			k.kind = u.Target.Kind[0]
		}
		if u.Platform != nil {
			k.platform = *u.Platform
		}
		return k
	}
	count := map[key]int{}
	for _, u := range g.Units {
		if u.Mode == ModeCheck {
			count[keyOf(u)]++
		}
	}
	tests, seen := map[int]bool{}, map[key]bool{}
	for i, u := range g.Units {
		if u.Mode != ModeCheck {
			continue
		}
		k := keyOf(u)
		switch k.kind {
		case "lib", "bin", "example", "proc-macro":
		default:
			continue // test and bench targets are tests by their kind
		}
		switch {
		case seen[k]:
			tests[i] = true
		case count[k] == 1 && roots[i]:
			tests[i] = !f.ChecksPlain(k.kind, k.name)
		}
		seen[k] = true
	}
	return tests
}

// planCommand is the plan's command key: build is implied.
func planCommand(c string) string {
	if c == cargo.CommandBuild {
		return ""
	}
	return c
}

// addPackages adds the packages the graph uses, in the graph's (cargo's)
// order, and returns their indices by package id. meta holds cargo
// metadata's packages by id.
func (p *Plan) addPackages(in *Inputs, meta map[string]*cargo.Package, wsManifest *cargo.Manifest) (map[string]int, error) {
	pkgIndex := map[string]int{}
	for _, u := range in.Graph.Units {
		if _, ok := pkgIndex[u.PkgID]; ok {
			continue
		}
		mp, ok := meta[u.PkgID]
		if !ok {
			return nil, fmt.Errorf("cargo metadata: no package %s, which the unit graph uses", u.PkgID)
		}
		pkg, err := buildPackage(in, mp, wsManifest)
		if err != nil {
			return nil, err
		}
		pkgIndex[u.PkgID] = len(p.Packages)
		p.Packages = append(p.Packages, pkg)
	}
	return pkgIndex, nil
}

// planUnit converts unit i of the graph, of package mp (the plan's package
// pi); the caller sets what depends on the whole graph (Root, ProfileRoot).
func planUnit(in *Inputs, i int, u cargo.Unit, mp *cargo.Package, pi int) (*Unit, error) {
	t, err := planTarget(u.Target, mp, in.Manifests[mp.ManifestPath])
	if err != nil {
		return nil, err
	}
	var prof Profile
	if err := json.Unmarshal(u.Profile, &prof); err != nil {
		return nil, fmt.Errorf("unit %d (%s): %v", i, mp.Name, err)
	}
	unit := &Unit{
		Package:     pi,
		Kind:        unitKind(u),
		Target:      t,
		Mode:        u.Mode,
		Profile:     prof,
		Platform:    u.Platform,
		CompileKind: "host",
		Features:    u.Features,
		IsStd:       u.IsStd,
		Deps:        []Dep{},
	}
	if unit.Features == nil {
		unit.Features = []string{}
	}
	if u.Platform != nil {
		unit.CompileKind = *u.Platform
	}
	if _, ok := in.Platforms[unit.CompileKind]; !ok {
		return nil, fmt.Errorf("unit %d (%s): no platform info for %s", i, mp.Name, unit.CompileKind)
	}
	for _, d := range u.Dependencies {
		unit.Deps = append(unit.Deps, Dep{Index: d.Index, ExternCrateName: d.ExternCrateName, Public: d.Public, Noprelude: d.Noprelude})
	}
	return unit, nil
}

func memberIndices(ids []string, pkgIndex map[string]int) []int {
	out := []int{}
	for _, id := range ids {
		if i, ok := pkgIndex[id]; ok {
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}

func buildPackage(in *Inputs, mp *cargo.Package, wsManifest *cargo.Manifest) (*Package, error) {
	dir := filepath.Dir(mp.ManifestPath)
	pkg := &Package{
		ID:          mp.ID,
		Name:        mp.Name,
		Version:     mp.Version,
		ManifestDir: dir,
		Links:       mp.Links,
		RustVersion: mp.RustVersion,
		Edition:     mp.Edition,
		Features:    []string{},
		Env:         pkgEnv(mp),
	}
	for f := range mp.Features {
		pkg.Features = append(pkg.Features, f)
	}
	sort.Strings(pkg.Features)
	man := in.Manifests[mp.ManifestPath]
	if man == nil {
		return nil, fmt.Errorf("%s: manifest was not read", mp.ManifestPath)
	}
	lints, err := man.LintFlags(wsManifest)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", mp.ManifestPath, err)
	}
	pkg.Lints = lints
	for _, t := range mp.Targets {
		pt, err := planTarget(t, mp, man)
		if err != nil {
			return nil, err
		}
		pkg.Targets = append(pkg.Targets, pt)
	}

	src, err := packageSource(in, mp)
	if err != nil {
		return nil, err
	}
	pkg.Source = src
	if src.Kind == "path" {
		pkg.Local = true
		pkg.ManifestDir = src.Path
	}
	return pkg, nil
}

// packageSource classifies a package's source and finds its lock data.
func packageSource(in *Inputs, mp *cargo.Package) (Source, error) {
	dir := filepath.Dir(mp.ManifestPath)
	if mp.Source == nil {
		rel, err := filepath.Rel(in.Metadata.WorkspaceRoot, dir)
		if err != nil {
			return Source{}, fmt.Errorf("%s: %v", mp.ManifestPath, err)
		}
		return Source{Kind: "path", Path: filepath.ToSlash(rel)}, nil
	}
	id := *mp.Source
	locked, ok := in.Lock.Find(mp.Name, mp.Version, id)
	if !ok {
		return Source{}, fmt.Errorf("Cargo.lock: no entry for %s %s (%s)", mp.Name, mp.Version, id)
	}
	repl, err := in.Config.Replacement(id)
	if err != nil {
		return Source{}, err
	}
	kind, rest, _ := strings.Cut(id, "+")
	switch kind {
	case "registry", "sparse":
		if locked.Checksum == "" {
			return Source{}, fmt.Errorf("Cargo.lock: %s %s has no checksum", mp.Name, mp.Version)
		}
		sum := locked.Checksum
		return Source{Kind: "registry", ID: id, URL: rest, Checksum: &sum, Replaced: repl}, nil
	case "git":
		u, err := url.Parse(locked.Source[len("git+"):])
		if err != nil || u.Fragment == "" {
			return Source{}, fmt.Errorf("Cargo.lock: %s %s: git source %q has no locked revision", mp.Name, mp.Version, locked.Source)
		}
		src := Source{Kind: "git", ID: stripGitFragment(id), Rev: u.Fragment, Replaced: repl}
		ref := map[string]string{}
		for k, v := range u.Query() {
			ref[k] = v[0]
		}
		if len(ref) > 0 {
			src.Reference = ref
		}
		u.RawQuery, u.Fragment = "", ""
		src.URL = u.String()
		if repl == nil {
			sub, err := gitSubdir(dir)
			if err != nil {
				return Source{}, fmt.Errorf("%s: %v", mp.ManifestPath, err)
			}
			src.Subdir = &sub
		}
		return src, nil
	}
	return Source{}, fmt.Errorf("%s %s: unsupported source %q", mp.Name, mp.Version, id)
}

func stripGitFragment(id string) string {
	if i := strings.IndexByte(id, '#'); i >= 0 {
		return id[:i]
	}
	return id
}

// gitSubdir is the package directory relative to its git checkout's root
// (the nearest ancestor holding .git).
func gitSubdir(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			rel, err := filepath.Rel(d, dir)
			return filepath.ToSlash(rel), err
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("not inside a git checkout")
		}
	}
}

// planTarget converts a cargo target; the source path becomes relative to the package root.
func planTarget(t cargo.Target, mp *cargo.Package, man *cargo.Manifest) (Target, error) {
	dir := filepath.Dir(mp.ManifestPath)
	rel, err := filepath.Rel(dir, t.SrcPath)
	if err != nil {
		return Target{}, fmt.Errorf("%s: target %s: %v", mp.ManifestPath, t.Name, err)
	}
	kind := ""
	if len(t.Kind) > 0 {
		kind = t.Kind[0]
	}
	return Target{
		Name:             t.Name,
		CrateName:        strings.ReplaceAll(t.Name, "-", "_"),
		Kind:             t.Kind,
		CrateTypes:       t.CrateTypes,
		SrcPath:          filepath.ToSlash(rel),
		Edition:          t.Edition,
		Harness:          man == nil || man.Harness(kind, t.Name),
		RequiredFeatures: t.RequiredFeatures,
		Doc:              t.Doc,
		Doctest:          t.Doctest,
		Test:             t.Test,
	}, nil
}

// unitKind names what a unit is from nix-emit's point of view.
func unitKind(u cargo.Unit) string {
	kind := ""
	if len(u.Target.Kind) > 0 {
		kind = u.Target.Kind[0]
	}
	switch {
	case u.Mode == ModeDoctest:
		return KindDoctest
	case u.Mode == ModeRunCustomBuild:
		return KindBuildScriptRun
	case kind == "custom-build":
		return KindBuildScriptCompile
	case kind == "bench":
		return KindBench
	case u.Mode == ModeTest || kind == "test":
		return KindTest
	case kind == "bin" || kind == "example" || kind == "proc-macro":
		return kind
	}
	return KindLib
}

// pkgEnv is the CARGO_PKG_* environment cargo sets for every unit of a package.
func pkgEnv(mp *cargo.Package) map[string]string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	core, pre, _ := strings.Cut(mp.Version, "-")
	core, _, _ = strings.Cut(core, "+")
	parts := strings.SplitN(core, ".", 3)
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	if i := strings.IndexByte(pre, '+'); i >= 0 {
		pre = pre[:i]
	}
	return map[string]string{
		"CARGO_PKG_NAME":          mp.Name,
		"CARGO_PKG_VERSION":       mp.Version,
		"CARGO_PKG_VERSION_MAJOR": parts[0],
		"CARGO_PKG_VERSION_MINOR": parts[1],
		"CARGO_PKG_VERSION_PATCH": parts[2],
		"CARGO_PKG_VERSION_PRE":   pre,
		"CARGO_PKG_AUTHORS":       strings.Join(mp.Authors, ":"),
		"CARGO_PKG_DESCRIPTION":   s(mp.Description),
		"CARGO_PKG_HOMEPAGE":      s(mp.Homepage),
		"CARGO_PKG_REPOSITORY":    s(mp.Repository),
		"CARGO_PKG_LICENSE":       s(mp.License),
		"CARGO_PKG_LICENSE_FILE":  s(mp.LicenseFile),
		"CARGO_PKG_README":        s(mp.Readme),
		"CARGO_PKG_RUST_VERSION":  s(mp.RustVersion),
	}
}

// ProfileRoot is "debug" or "release": the root a profile inherits from,
// following `inherits` in config and the workspace manifest.
func ProfileRoot(profile string, cfg *cargo.Config, ws *cargo.Manifest) (string, error) {
	seen := map[string]bool{}
	for name := profile; ; {
		switch name {
		case "dev", "test":
			return "debug", nil
		case "release", "bench":
			return "release", nil
		}
		if seen[name] {
			return "", fmt.Errorf("profile %s: `inherits` forms a cycle", profile)
		}
		seen[name] = true
		next := cfg.Inherits[name]
		if ws != nil && ws.Inherits[name] != "" {
			next = ws.Inherits[name]
		}
		if next == "" {
			return "", fmt.Errorf("profile %s: custom profile without `inherits`", name)
		}
		name = next
	}
}

// ProfileDir is the directory under target/ a profile's outputs go to.
func ProfileDir(profile string) string {
	switch profile {
	case "dev", "test":
		return "debug"
	case "bench":
		return "release"
	}
	return profile
}

func linksOverrides(c *cargo.Config) map[string]map[string]map[string]any {
	out := map[string]map[string]map[string]any{}
	for key, t := range c.Targets {
		if len(t.Links) > 0 && !strings.HasPrefix(key, "cfg(") {
			out[key] = t.Links
		}
	}
	return out
}
