package driver

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/plan"
)

// program is what `run` execs once the build is done: the executable's
// path, its argv (the first as cargo shows it) and its environment.
type program struct {
	path string
	argv []string
	env  []string
}

// runTarget picks the executable cargo run would run among the built roots
// as cargo run chooses it: the --bin or --example given,
// else the one default-run of the selected packages, else their only bin.
func (b *builder) runTarget() (nixgen.Root, error) {
	var bins []nixgen.Root
	pkgs := map[int]bool{}
	for _, r := range b.roots {
		if r.Group == "bins" || r.Group == "examples" {
			bins = append(bins, r)
			pkgs[b.p.Units[r.Unit].Package] = true
		}
	}
	f := b.o.Cargo
	if len(f.Bins) == 0 && len(f.Examples) == 0 {
		var defaults []string
		for i := range pkgs {
			if name, err := defaultRun(b.p, b.p.Packages[i]); err != nil {
				return nixgen.Root{}, err
			} else if name != "" {
				defaults = append(defaults, name)
			}
		}
		if len(defaults) == 1 {
			bins = slices.DeleteFunc(bins, func(r nixgen.Root) bool { return r.Group != "bins" || r.Name != defaults[0] })
		}
	}
	switch len(bins) {
	case 1:
		return bins[0], nil
	case 0:
		return nixgen.Root{}, errors.New("a bin target must be available for `cargo run`")
	}
	var names []string
	for _, r := range bins {
		names = append(names, r.Name)
	}
	return nixgen.Root{}, fmt.Errorf("`cargo run` could not determine which binary to run; use --bin to name one, or the default-run manifest key (available binaries: %s)", strings.Join(names, ", "))
}

// defaultRun is package.default-run of pkg's Cargo.toml, "" when unset.
func defaultRun(p *plan.Plan, pkg *plan.Package) (string, error) {
	m, err := cargo.ReadManifest(filepath.Join(packageDir(p, pkg), "Cargo.toml"))
	if err != nil {
		return "", err
	}
	return m.DefaultRun, nil
}

// runProgram is the program run execs for root r: its link under target/,
// shown relative to the working directory when below it as cargo shows it,
// with the arguments after -- and cargo's environment for it.
func (b *builder) runProgram(r nixgen.Root) program {
	rel := r.Name
	if r.Group == "examples" {
		rel = filepath.Join("examples", r.Name)
	}
	path := filepath.Join(b.pr.TargetDir, b.rootDir(r), rel)
	shown := shownPath(b.pr.Cwd, path)
	if !strings.Contains(shown, "/") {
		shown = "./" + shown
	}
	pkg := b.p.Packages[b.p.Units[r.Unit].Package]
	return program{path: path, argv: append([]string{shown}, b.o.Args...), env: b.cargoEnv(pkg)}
}

// packageDir is the directory of pkg's Cargo.toml.
func packageDir(p *plan.Plan, pkg *plan.Package) string {
	if filepath.IsAbs(pkg.ManifestDir) {
		return pkg.ManifestDir
	}
	return filepath.Join(p.Workspace.Root, pkg.ManifestDir)
}

// cargoEnv is the user's environment plus what cargo sets for a program
// of pkg it runs: CARGO_PKG_*, CARGO_MANIFEST_DIR, CARGO_MANIFEST_PATH and
// LD_LIBRARY_PATH (target/<profile>, its deps/ and the toolchain's
// libraries, where a proc macro's test finds libstd, before the user's).
func (b *builder) cargoEnv(pkg *plan.Package) []string {
	env := os.Environ()
	for _, k := range slices.Sorted(maps.Keys(pkg.Env)) {
		env = append(env, k+"="+pkg.Env[k])
	}
	dir := packageDir(b.p, pkg)
	tc := b.p.Toolchain
	libs := []string{b.profileDir, filepath.Join(b.profileDir, "deps"), filepath.Join(tc.Sysroot, "lib", "rustlib", tc.Host, "lib")}
	if old := os.Getenv("LD_LIBRARY_PATH"); old != "" {
		libs = append(libs, old)
	}
	return append(env, "CARGO_MANIFEST_DIR="+dir, "CARGO_MANIFEST_PATH="+filepath.Join(dir, "Cargo.toml"),
		"LD_LIBRARY_PATH="+strings.Join(libs, ":"))
}
