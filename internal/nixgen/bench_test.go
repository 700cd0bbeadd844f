package nixgen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
)

// syntheticPlan is a plan of n library units, one per path package of a
// workspace in dir, each depending on up to three earlier ones, all roots.
// Every call writes sources of its own, so that a first evaluation copies
// them into the store as a first build of a checkout does.
func syntheticPlan(tb testing.TB, dir string, n int) *plan.Plan {
	tb.Helper()
	profile := testProfile(`{"name":"dev","opt_level":"0","lto":"false","debuginfo":2,"debug_assertions":true,"overflow_checks":true,"panic":"unwind","strip":{"deferred":"None"}}`)
	p := &plan.Plan{
		Version:   plan.Version,
		Toolchain: plan.Toolchain{Release: "1.95.0", Host: "x86_64-unknown-linux-gnu", VerboseVersion: "rustc 1.95.0", Sysroot: "/opt/rust", Rustc: "/opt/rust/bin/rustc"},
		Platforms: map[string]*plan.Platform{"host": {Triple: "x86_64-unknown-linux-gnu",
			FileNames: map[string]*cargo.FileName{"rlib": {Prefix: "lib", Suffix: ".rlib"}, "bin": {}}}},
		Workspace: plan.Workspace{Root: dir, Profile: "dev", ProfileRoot: "debug", ProfileDir: "debug"},
	}
	salt := time.Now().UnixNano()
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("crate%04d", i)
		rel := filepath.Join("crates", name)
		if err := os.MkdirAll(filepath.Join(dir, rel, "src"), 0o755); err != nil {
			tb.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, rel, "src", "lib.rs"), []byte(fmt.Sprintf("pub fn f() {}\n// %d\n", salt)), 0o644)
		p.Packages = append(p.Packages, &plan.Package{Name: name, Version: "0.1.0", ManifestDir: rel, Local: true,
			Source: plan.Source{Kind: "path", Path: rel}, Edition: "2021",
			Env: map[string]string{"CARGO_PKG_NAME": name, "CARGO_PKG_VERSION": "0.1.0"}})
		target := plan.Target{Name: name, CrateName: name, Kind: []string{"lib"}, CrateTypes: []string{"lib"}, SrcPath: "src/lib.rs", Edition: "2021", Harness: true}
		u := &plan.Unit{ID: fmt.Sprintf("%032x", i+1), Package: i, Kind: plan.KindLib, Target: target, Mode: "build",
			Profile: profile, CompileKind: "host", Root: true}
		for _, d := range []int{i - 1, i / 2, i / 3} {
			if d >= 0 && d < i && (len(u.Deps) == 0 || u.Deps[len(u.Deps)-1].Index != d) {
				u.Deps = append(u.Deps, plan.Dep{Index: d, ID: p.Units[d].ID, ExternCrateName: p.Units[d].Target.CrateName})
			}
		}
		p.Units = append(p.Units, u)
		p.Roots = append(p.Roots, i)
	}
	return p
}

// BenchmarkEmit2000 emits and writes a 2,000-unit build system (goal < 1 s)
// and, with nix, instantiates every unit (goal < 3 s).
func BenchmarkEmit2000(b *testing.B) {
	dir := b.TempDir()
	p := syntheticPlan(b, dir, 2000)
	out := filepath.Join(dir, "target", "debug", "nix")
	b.Run("emit", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			os.RemoveAll(out)
			b.StartTimer()
			files, err := Emit(p, Options{Out: out, LinkerVersion: "cc 1", BuildrsParse: []byte("stub")})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := WriteDir(out, files); err != nil {
				b.Fatal(err)
			}
		}
	})
	if _, err := exec.LookPath("nix-instantiate"); err != nil {
		b.Skip("nix-instantiate not found")
	}
	// The first evaluation also copies the 2,000 new package directories
	// into the store; later ones find them there, as a rebuild does.
	for _, name := range []string{"nix-instantiate-first", "nix-instantiate-again"} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				start := time.Now()
				cmd := exec.Command("nix-instantiate", out, "-A", "all", "--option", "allow-import-from-derivation", "false")
				if o, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, o)
				}
				b.ReportMetric(time.Since(start).Seconds(), "s/instantiate")
			}
		})
	}
}
