package plan

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/golden"
	"github.com/libnix/libnix/internal/jq"
	"github.com/libnix/libnix/internal/testenv"
)

var fixtures = testenv.Fixtures

func copyFixture(t testing.TB, name string) string { return testenv.CopyFixture(t, name) }

func makePlan(t testing.TB, dir string, f cargo.BuildFlags) *Plan {
	t.Helper()
	p, err := Make(context.Background(), Options{Flags: f, Dir: dir, Tools: cargo.Tools{Stderr: os.Stderr}})
	if err != nil {
		t.Fatalf("Make(%s): %v", dir, err)
	}
	return p
}

// cargoGraph is cargo's own unit graph for the same flags, the reference.
func cargoGraph(t testing.TB, dir string, f cargo.BuildFlags) *cargo.UnitGraph {
	t.Helper()
	g, err := cargo.Tools{Dir: dir}.UnitGraph(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFixturesMatchCargo(t *testing.T) {
	testenv.NeedCargo(t)
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			a, b := copyFixture(t, name), copyFixture(t, name)
			pa, pb := makePlan(t, a, cargo.BuildFlags{}), makePlan(t, b, cargo.BuildFlags{})
			g := cargoGraph(t, a, cargo.BuildFlags{})
			if len(pa.Units) != len(g.Units) {
				t.Errorf("plan has %d units, cargo's graph %d", len(pa.Units), len(g.Units))
			}
			lock, err := cargo.ReadLockfile(filepath.Join(a, "Cargo.lock"))
			if err != nil {
				t.Fatal(err)
			}
			for i, u := range pa.Units {
				pkg := pa.Packages[u.Package]
				if pkg.Source.Kind == "registry" {
					lp, ok := lock.Find(pkg.Name, pkg.Version, pkg.Source.ID)
					if !ok || pkg.Source.Checksum == nil || *pkg.Source.Checksum != lp.Checksum || lp.Checksum == "" {
						t.Errorf("unit %d (%s): checksum %v, Cargo.lock has %q", i, pkg.Name, pkg.Source.Checksum, lp.Checksum)
					}
				}
				if u.ID != pb.Units[i].ID {
					t.Errorf("unit %d (%s %s): id %s in %s but %s in %s", i, pkg.Name, u.Target.Name, u.ID, a, pb.Units[i].ID, b)
				}
			}
		})
	}
}

// TestFlagsFollowCargo checks that cargo flags change the plan exactly as
// they change cargo's unit graph.
func TestFlagsFollowCargo(t *testing.T) {
	testenv.NeedCargo(t)
	testenv.Short(t)
	host := hostTriple(t)
	dir := copyFixture(t, "workspace")
	base := makePlan(t, dir, cargo.BuildFlags{})
	tests := []struct {
		name  string
		flags cargo.BuildFlags
		check func(t *testing.T, p *Plan)
	}{
		{name: "release", flags: cargo.BuildFlags{Release: true}, check: func(t *testing.T, p *Plan) {
			if p.Workspace.Profile != "release" || p.Workspace.ProfileRoot != "release" {
				t.Errorf("workspace profile %s/%s", p.Workspace.Profile, p.Workspace.ProfileRoot)
			}
		}},
		{name: "package", flags: cargo.BuildFlags{Packages: []string{"text-utils"}}},
		{name: "no default features", flags: cargo.BuildFlags{Packages: []string{"app"}, NoDefaultFeatures: true}},
		{name: "features", flags: cargo.BuildFlags{Packages: []string{"app"}, NoDefaultFeatures: true, Features: []string{"fancy"}}},
		{name: "bin and example", flags: cargo.BuildFlags{Bins: []string{"app-tool"}, Examples: []string{"hello"}}},
		{name: "target", flags: cargo.BuildFlags{Target: host}, check: func(t *testing.T, p *Plan) {
			if _, ok := p.Platforms[host]; !ok || len(p.Platforms) != 2 {
				t.Errorf("platforms %v, want host and %s", keys(p.Platforms), host)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := makePlan(t, dir, tt.flags)
			sameUnits(t, p, cargoGraph(t, dir, tt.flags))
			if reflect.DeepEqual(unitIDs(p), unitIDs(base)) {
				t.Errorf("flags did not change the plan")
			}
			if tt.check != nil {
				tt.check(t, p)
			}
		})
	}
}

// sameUnits checks that the plan has cargo's units, in cargo's order, with
// cargo's roots.
func sameUnits(t *testing.T, p *Plan, g *cargo.UnitGraph) {
	t.Helper()
	if len(p.Units) != len(g.Units) {
		t.Fatalf("plan has %d units, cargo's graph %d", len(p.Units), len(g.Units))
	}
	for i, u := range p.Units {
		c := g.Units[i]
		if p.Packages[u.Package].ID != c.PkgID || u.Target.Name != c.Target.Name || u.Mode != c.Mode ||
			!reflect.DeepEqual(u.Platform, c.Platform) || strings.Join(u.Features, ",") != strings.Join(c.Features, ",") ||
			!bytes.Equal(u.Profile.raw, c.Profile) || len(u.Deps) != len(c.Dependencies) {
			t.Errorf("unit %d differs from cargo's: %s %s %s", i, c.PkgID, c.Target.Name, c.Mode)
		}
	}
	if !reflect.DeepEqual(p.Roots, g.Roots) {
		t.Errorf("roots %v, cargo %v", p.Roots, g.Roots)
	}
}

// TestTestPlanMatchesCargo plans cargo test on the testsuite fixture with
// cargo test's selection flags: the plan has cargo's units, counted here
// by the plan's kind and cargo's mode, and its own command and profile.
func TestTestPlanMatchesCargo(t *testing.T) {
	testenv.NeedCargo(t)
	dir := copyFixture(t, "testsuite")
	test := func(f cargo.BuildFlags) cargo.BuildFlags { f.Command = cargo.CommandTest; return f }
	tests := []struct {
		name    string
		flags   cargo.BuildFlags
		profile string
		// counts are the plan's units by "kind/mode".
		counts map[string]int
	}{
		{name: "default", flags: test(cargo.BuildFlags{}), profile: "test", counts: map[string]int{
			// lib, bin, tests/cli.rs and the proc-macro as tests; the lib
			// and the bin (for CARGO_BIN_EXE_) built for them; the example
			// only built; one doctest unit per library.
			"test/test": 4, "lib/build": 1, "bin/build": 1, "example/build": 1, "proc-macro/build": 1, "doctest/doctest": 2}},
		{name: "doc", flags: test(cargo.BuildFlags{Doc: true}), profile: "test", counts: map[string]int{
			"lib/build": 1, "proc-macro/build": 1, "doctest/doctest": 2}},
		{name: "TESTNAME: every test target, no doc tests", flags: test(cargo.BuildFlags{TestName: "counts"}), profile: "test", counts: map[string]int{
			"test/test": 4, "lib/build": 1, "bin/build": 1, "proc-macro/build": 1}},
		{name: "one integration test", flags: test(cargo.BuildFlags{Tests: []string{"cli"}}), profile: "test", counts: map[string]int{
			"test/test": 1, "lib/build": 1, "bin/build": 1, "proc-macro/build": 1}},
		{name: "all targets", flags: test(cargo.BuildFlags{AllTargets: true}), profile: "test", counts: map[string]int{
			"test/test": 5, "lib/build": 1, "bin/build": 1, "proc-macro/build": 1}},
		// Selected by a flag, examples are tests too (cargo's --examples).
		{name: "bins and examples", flags: test(cargo.BuildFlags{AllBins: true, AllExamples: true}), profile: "test", counts: map[string]int{
			"test/test": 2, "lib/build": 1, "proc-macro/build": 1}},
		{name: "exclude", flags: test(cargo.BuildFlags{Workspace: true, Exclude: []string{"counter"}}), profile: "test", counts: map[string]int{
			"test/test": 1, "proc-macro/build": 1, "doctest/doctest": 1}},
		{name: "release", flags: test(cargo.BuildFlags{Release: true, Lib: true, Packages: []string{"counter"}}), profile: "release", counts: map[string]int{
			"test/test": 1, "proc-macro/build": 1}},
		{name: "build --tests", flags: cargo.BuildFlags{AllTests: true}, profile: "dev", counts: map[string]int{
			"test/test": 4, "lib/build": 1, "bin/build": 1, "proc-macro/build": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCounts(t, dir, tt.flags, tt.profile, tt.counts) })
	}
}

// checkCounts plans a command and checks that the plan has cargo's units,
// counted by the plan's kind and mode ("kind/mode"), and its own command
// and profile.
func checkCounts(t *testing.T, dir string, flags cargo.BuildFlags, profile string, want map[string]int) *Plan {
	t.Helper()
	p := makePlan(t, dir, flags)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	g := cargoGraph(t, dir, flags)
	sameUnits(t, p, g)
	counts, cargoCounts := map[string]int{}, map[string]int{}
	for i, u := range p.Units {
		counts[u.Kind+"/"+u.Mode]++
		cargoCounts[g.Units[i].Target.Kind[0]+"/"+g.Units[i].Mode]++
		if (u.Kind == KindDoctest) != (g.Units[i].Mode == "doctest") {
			t.Errorf("unit %d (%s): kind %s, cargo's mode %s", i, u.Target.Name, u.Kind, g.Units[i].Mode)
		}
	}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("units by kind/mode %v, want %v (cargo's by target kind/mode: %v)", counts, want, cargoCounts)
	}
	if want := planCommand(flags.CommandName()); p.Command != want {
		t.Errorf("command %q, want %q", p.Command, want)
	}
	if p.Workspace.Profile != profile {
		t.Errorf("workspace.profile %s, want %s", p.Workspace.Profile, profile)
	}
	return p
}

// TestCheckPlanMatchesCargo plans cargo check on the testsuite fixture.
// Cargo prints a check as a test (rustc --test) and a plain check of the
// same target alike; the plan's kind "test" tells them apart.
func TestCheckPlanMatchesCargo(t *testing.T) {
	testenv.NeedCargo(t)
	dir := copyFixture(t, "testsuite")
	check := func(f cargo.BuildFlags) cargo.BuildFlags { f.Command = cargo.CommandCheck; return f }
	tests := []struct {
		name   string
		flags  cargo.BuildFlags
		counts map[string]int
	}{
		// The proc-macro is built for its user and checked as a member.
		{name: "default", flags: check(cargo.BuildFlags{}), counts: map[string]int{
			"lib/check": 1, "bin/check": 1, "proc-macro/build": 1, "proc-macro/check": 1}},
		// Lib, bin and proc-macro checked both ways, the example plainly.
		{name: "all targets", flags: check(cargo.BuildFlags{AllTargets: true}), counts: map[string]int{
			"lib/check": 1, "bin/check": 1, "example/check": 1, "test/check": 4, "proc-macro/build": 1, "proc-macro/check": 1}},
		// The bin and the proc-macro only as tests; the lib plainly for its users too.
		{name: "tests", flags: check(cargo.BuildFlags{AllTests: true}), counts: map[string]int{
			"lib/check": 1, "test/check": 4, "proc-macro/build": 1}},
		{name: "benches", flags: check(cargo.BuildFlags{AllBenches: true}), counts: map[string]int{
			"lib/check": 1, "test/check": 3, "proc-macro/build": 1}},
		{name: "lib and tests", flags: check(cargo.BuildFlags{Lib: true, AllTests: true}), counts: map[string]int{
			"lib/check": 1, "test/check": 4, "proc-macro/build": 1, "proc-macro/check": 1}},
		{name: "examples", flags: check(cargo.BuildFlags{AllExamples: true}), counts: map[string]int{
			"lib/check": 1, "example/check": 1, "proc-macro/build": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCounts(t, dir, tt.flags, "dev", tt.counts) })
	}
}

// TestCheckPlanIDs checks that a check unit's id is neither its build
// unit's nor, checked as a test, its plain check's.
func TestCheckPlanIDs(t *testing.T) {
	testenv.NeedCargo(t)
	dir := copyFixture(t, "testsuite")
	build := map[string]bool{}
	for _, id := range unitIDs(makePlan(t, dir, cargo.BuildFlags{AllTargets: true})) {
		build[id] = true
	}
	p := makePlan(t, dir, cargo.BuildFlags{Command: cargo.CommandCheck, AllTargets: true})
	plain := map[string]string{}
	for _, u := range p.Units {
		if u.Mode != ModeCheck {
			continue
		}
		if build[u.ID] {
			t.Errorf("check unit %s (%s) has a build unit's id", u.Target.Name, u.Kind)
		}
		if u.Kind != KindTest {
			plain[u.Target.Name] = u.ID
		}
	}
	for _, u := range p.Units {
		if u.Mode == ModeCheck && u.Kind == KindTest && plain[u.Target.Name] == u.ID {
			t.Errorf("%s: the test check has the plain check's id", u.Target.Name)
		}
	}
}

// TestDocPlanMatchesCargo plans cargo doc on the workspace fixture:
// documented packages in mode doc, the libs they use checked, build
// scripts and proc-macros built.
func TestDocPlanMatchesCargo(t *testing.T) {
	testenv.NeedCargo(t)
	dir := copyFixture(t, "workspace")
	doc := func(f cargo.BuildFlags) cargo.BuildFlags { f.Command = cargo.CommandDoc; return f }
	scripts := map[string]int{"build-script-compile/build": 2, "build-script-run/run-custom-build": 2, "proc-macro/build": 1}
	with := func(m map[string]int) map[string]int {
		for k, v := range scripts {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		name   string
		flags  cargo.BuildFlags
		counts map[string]int
	}{
		// app's bin shares the lib's name and is not documented.
		{name: "default", flags: doc(cargo.BuildFlags{}), counts: with(map[string]int{
			"lib/check": 4, "lib/doc": 4, "bin/doc": 1, "proc-macro/doc": 1})},
		{name: "no deps", flags: doc(cargo.BuildFlags{NoDeps: true}), counts: with(map[string]int{
			"lib/check": 4, "lib/doc": 2, "bin/doc": 1, "proc-macro/doc": 1})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCounts(t, dir, tt.flags, "dev", tt.counts) })
	}
	t.Run("document private items", func(t *testing.T) {
		public := map[string]bool{}
		for _, id := range unitIDs(makePlan(t, dir, doc(cargo.BuildFlags{}))) {
			public[id] = true
		}
		p := makePlan(t, dir, doc(cargo.BuildFlags{DocumentPrivateItems: true}))
		if !p.DocumentPrivateItems {
			t.Errorf("document_private_items not set")
		}
		for _, u := range p.Units {
			if public[u.ID] == (u.Mode == ModeDoc) {
				t.Errorf("%s/%s: id shared with the plan without the flag: %v", u.Target.Name, u.Mode, public[u.ID])
			}
		}
	})
}

// TestTestPlanSharesBuildUnits checks that cargo test's units equal to
// cargo build's but for the profile's name (cargo gives them the same
// hashes) keep the build plan's ids: the workspace fixture's registry
// crates, libc's build script and the lib with its build script.
func TestTestPlanSharesBuildUnits(t *testing.T) {
	testenv.NeedCargo(t)
	dir := copyFixture(t, "workspace")
	ids := map[string]bool{}
	for _, id := range unitIDs(makePlan(t, dir, cargo.BuildFlags{})) {
		ids[id] = true
	}
	var shared []string
	for _, u := range makePlan(t, dir, cargo.BuildFlags{Command: cargo.CommandTest}).Units {
		if ids[u.ID] {
			shared = append(shared, u.Target.Name+"/"+u.Mode)
		}
	}
	want := []string{"itoa/build", "libc/build", "build-script-build/build", "build-script-build/run-custom-build",
		"textutils/build", "build-script-main/build", "build-script-main/run-custom-build"}
	if !reflect.DeepEqual(shared, want) {
		t.Errorf("units shared with the build plan %v, want %v", shared, want)
	}
}

func TestGolden(t *testing.T) {
	testenv.NeedCargo(t)
	type plan struct {
		golden, fixture string
		flags           cargo.BuildFlags
	}
	var plans []plan
	for _, name := range fixtures {
		plans = append(plans, plan{golden: name, fixture: name})
	}
	plans = append(plans,
		plan{golden: "testsuite-test", fixture: "testsuite", flags: cargo.BuildFlags{Command: cargo.CommandTest}},
		plan{golden: "testsuite-check", fixture: "testsuite", flags: cargo.BuildFlags{Command: cargo.CommandCheck, AllTargets: true}},
		plan{golden: "workspace-doc", fixture: "workspace", flags: cargo.BuildFlags{Command: cargo.CommandDoc}})
	for _, tt := range plans {
		t.Run(tt.golden, func(t *testing.T) {
			dir := copyFixture(t, tt.fixture)
			p := makePlan(t, dir, tt.flags)
			var buf bytes.Buffer
			if err := Write(&buf, p, nil); err != nil {
				t.Fatal(err)
			}
			got := normalize(t, buf.Bytes(), p)
			golden.Check(t, filepath.Join("testdata", tt.golden+".golden.json"), got)
		})
	}
}

// normalize replaces machine-specific values with placeholders: the
// workspace root, cargo's home, the toolchain and the registry directory.
func normalize(t *testing.T, data []byte, p *Plan) []byte {
	t.Helper()
	home := os.Getenv("CARGO_HOME")
	if home == "" {
		h, _ := os.UserHomeDir()
		home = filepath.Join(h, ".cargo")
	}
	r := strings.NewReplacer(
		p.Workspace.Root, "$WORKSPACE",
		p.Toolchain.Sysroot, "$SYSROOT",
		home, "$CARGO_HOME",
		"/usr/share/cargo/registry", "$REGISTRY",
	)
	var v map[string]any
	if err := json.Unmarshal([]byte(r.Replace(string(data))), &v); err != nil {
		t.Fatal(err)
	}
	// The toolchain identity changes with every rustc update and no id depends on it.
	v["toolchain"] = "$TOOLCHAIN"
	cfgFiles := v["config"].(map[string]any)["files"].([]any)
	for i, f := range cfgFiles {
		if !strings.HasPrefix(f.(string), "$WORKSPACE") {
			cfgFiles[i] = "$OUTSIDE"
		}
	}
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

func TestErrors(t *testing.T) {
	testenv.NeedCargo(t)
	empty := t.TempDir()
	broken := copyFixture(t, "gitdep")
	if err := os.WriteFile(filepath.Join(broken, "Cargo.toml"), []byte("[package]\nname = \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stale := copyFixture(t, "workspace")
	appendFile(t, filepath.Join(stale, "macros", "Cargo.toml"), "\n[dependencies]\ncfg-if = \"1\"\n")
	ws := copyFixture(t, "workspace")
	noTools := t.TempDir()
	tests := []struct {
		name  string
		dir   string
		flags cargo.BuildFlags
		tools cargo.Tools
		want  string
	}{
		{name: "no Cargo.toml", dir: empty, want: "could not find `Cargo.toml` in `" + empty + "` or any parent directory"},
		{name: "missing manifest path", dir: ws, flags: cargo.BuildFlags{ManifestPath: "nope/Cargo.toml"}, want: "manifest path `nope/Cargo.toml` does not exist"},
		{name: "broken manifest", dir: broken, want: filepath.Join(broken, "Cargo.toml") + ": cargo build failed: string values must be quoted, expected literal string"},
		{name: "cargo missing", dir: ws, tools: cargo.Tools{Cargo: filepath.Join(noTools, "cargo")}, want: filepath.Join(noTools, "cargo") + ": not found on PATH (is the Rust toolchain installed?)"},
		{name: "rustc missing", dir: ws, tools: cargo.Tools{Rustc: filepath.Join(noTools, "rustc")}, want: filepath.Join(noTools, "rustc") + ": not found on PATH (is the Rust toolchain installed?)"},
		{name: "locked and stale", dir: stale, flags: cargo.BuildFlags{Locked: true}, want: filepath.Join(stale, "Cargo.toml") + ": cargo build failed: cannot update the lock file " + filepath.Join(stale, "Cargo.lock") + " because --locked was passed to prevent this"},
		{name: "unknown package", dir: ws, flags: cargo.BuildFlags{Packages: []string{"nope"}}, want: filepath.Join(ws, "Cargo.toml") + ": cargo build failed: package ID specification `nope` did not match any packages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Make(context.Background(), Options{Flags: tt.flags, Dir: tt.dir, Tools: tt.tools})
			if err == nil {
				t.Fatal("Make succeeded")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestJQ(t *testing.T) {
	code, err := jq.Compile(".roots | length")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, &Plan{Version: 1, Roots: []int{3, 4}}, code); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "2\n" {
		t.Errorf("filter output %q, want 2", buf.String())
	}
}

// BenchmarkPlanVsCargo times Make on the demo against running the cargo
// commands it calls one after the other, and reports the ratio (goal < 1.5).
func BenchmarkPlanVsCargo(b *testing.B) {
	testenv.NeedCargo(b)
	dir := copyFixture(b, "demo")
	tools := cargo.Tools{Dir: dir}
	ctx := context.Background()
	makePlan(b, dir, cargo.BuildFlags{}) // warm caches
	var planNS, cargoNS int64
	for b.Loop() {
		t0 := nowNS()
		makePlan(b, dir, cargo.BuildFlags{})
		t1 := nowNS()
		if _, err := tools.UnitGraph(ctx, cargo.BuildFlags{}); err != nil {
			b.Fatal(err)
		}
		if _, err := tools.Metadata(ctx, cargo.BuildFlags{}); err != nil {
			b.Fatal(err)
		}
		t2 := nowNS()
		planNS += t1 - t0
		cargoNS += t2 - t1
	}
	b.ReportMetric(float64(planNS)/float64(cargoNS), "x-cargo")
	b.ReportMetric(float64(planNS)/float64(b.N)/1e6, "plan-ms/op")
	b.ReportMetric(float64(cargoNS)/float64(b.N)/1e6, "cargo-ms/op")
}

func hostTriple(t *testing.T) string {
	v, err := cargo.Tools{}.RustcVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v.Host
}

func unitIDs(p *Plan) []string {
	var ids []string
	for _, u := range p.Units {
		ids = append(ids, u.ID)
	}
	return ids
}

func keys[V any](m map[string]V) []string {
	var k []string
	for s := range m {
		k = append(k, s)
	}
	return k
}

func appendFile(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}
