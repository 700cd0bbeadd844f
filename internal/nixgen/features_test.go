package nixgen

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/testenv"
)

// unitOf returns the id of the first unit of package name and kind.
func unitOf(t *testing.T, p *plan.Plan, name, kind string) string {
	t.Helper()
	for _, u := range p.Units {
		if p.Packages[u.Package].Name == name && u.Kind == kind {
			return u.ID
		}
	}
	t.Fatalf("no %s unit of %s in the plan", kind, name)
	return ""
}

// evalJSON evaluates expr (with `e` bound to the emitted entry) to JSON.
func evalJSON(t *testing.T, out, args, expr string, v any) {
	t.Helper()
	full := "let e = import (" + absPath(out) + ") { " + args + " }; in " + expr
	data := nix(t, "nix-instantiate", "--eval", "--strict", "--json", "--read-write-mode", "-E", full)
	if err := json.Unmarshal([]byte(data), v); err != nil {
		t.Fatalf("%s: %v", data, err)
	}
}

// evalError evaluates expr and returns nix's error output; it must fail.
func evalError(t *testing.T, out, expr string) string {
	t.Helper()
	full := "let e = import (" + absPath(out) + ") { }; in " + expr
	b, err := exec.Command("nix-instantiate", "--eval", "--strict", "--read-write-mode", "-E", full).CombinedOutput()
	if err == nil {
		t.Fatalf("evaluating %s succeeded: %s", expr, b)
	}
	return string(b)
}

const hostileText = `desc "quoted" ${builtins.currentTime} $(touch /tmp/libnix-pwned) ` + "`id`" + ` back\slash
second line	tab '' ''${x}`

// TestHostileStringsKeepTheirBytes: descriptions, [env] values and paths with
// quotes, interpolations, backslashes and newlines reach the derivations
// byte for byte, and the project still builds.
func TestHostileStringsKeepTheirBytes(t *testing.T) {
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	src := testenv.CopyFixture(t, "workspace")
	dir := filepath.Join(t.TempDir(), `a "dir" with $pace, 'quotes' and ${x}`)
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "app", "Cargo.toml")
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	tomlStr, _ := json.Marshal(hostileText) // a JSON string is a valid TOML basic string here
	data = []byte(strings.Replace(string(data), "[package]\n", "[package]\nreadme = false\n", 1))
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "description") {
			l = "description = " + string(tomlStr)
		}
		lines = append(lines, l)
	}
	if err := os.WriteFile(manifest, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	appendFile(t, filepath.Join(dir, ".cargo", "config.toml"), "\n[env]\nLIBNIX_HOSTILE = "+string(tomlStr)+"\n")

	p := makePlan(t, dir)
	out := emit(t, dir, p, Options{})
	id := unitOf(t, p, "app", plan.KindLib)
	var env map[string]string
	evalJSON(t, out, "", "e.units.\""+id+"\".drvAttrs.unitEnv", &env)
	for _, k := range []string{"CARGO_PKG_DESCRIPTION", "LIBNIX_HOSTILE"} {
		if env[k] != hostileText {
			t.Errorf("%s = %q, want %q", k, env[k], hostileText)
		}
	}
	nixBuild(t, out, p, "all")
	if _, err := os.Stat("/tmp/libnix-pwned"); err == nil {
		t.Errorf("a value ran as shell code")
	}
}

// badPlanBase is a valid two-unit plan: a bin that depends on a lib.
func badPlanBase() *plan.Plan {
	profile := testProfile(`{"name":"dev","opt_level":"0"}`)
	lib := plan.Target{Name: "a", CrateName: "a", Kind: []string{"lib"}, CrateTypes: []string{"lib"}, SrcPath: "src/lib.rs", Edition: "2021"}
	bin := plan.Target{Name: "a", CrateName: "a", Kind: []string{"bin"}, CrateTypes: []string{"bin"}, SrcPath: "src/main.rs", Edition: "2021"}
	return &plan.Plan{
		Version:   plan.Version,
		Toolchain: plan.Toolchain{Release: "1.95.0", Rustc: "/opt/rust/bin/rustc", Sysroot: "/opt/rust"},
		Platforms: map[string]*plan.Platform{"host": {Triple: "x86_64-unknown-linux-gnu",
			FileNames: map[string]*cargo.FileName{"rlib": {Prefix: "lib", Suffix: ".rlib"}, "bin": {}}}},
		Workspace: plan.Workspace{Root: "/src/a", Members: []int{0}, Profile: "dev", ProfileDir: "debug"},
		Packages:  []*plan.Package{{Name: "a", Version: "1.0.0", Source: plan.Source{Kind: "path"}, ManifestDir: ".", Local: true}},
		Units: []*plan.Unit{
			{ID: "0123456789abcdef0123456789abcdef", Kind: plan.KindLib, Mode: "build", Target: lib, Profile: profile, CompileKind: "host"},
			{ID: "fedcba9876543210fedcba9876543210", Kind: plan.KindBin, Mode: "build", Target: bin, Profile: profile, CompileKind: "host",
				Deps: []plan.Dep{{Index: 0, ID: "0123456789abcdef0123456789abcdef", ExternCrateName: "a"}}, Root: true},
		},
		Roots: []int{1},
	}
}

// TestBadPlan: every plan a consumer cannot rely on is rejected with one
// line naming the input and the unit, before anything is written.
func TestBadPlan(t *testing.T) {
	cases := []struct {
		name, raw string
		edit      func(p *plan.Plan)
		want      string
	}{
		{name: "not json", raw: `{"version":1,`, want: "not a valid plan: unexpected EOF"},
		{name: "trailing data", raw: "{\"version\":1}\n{}", want: "not a valid plan: data after the plan's closing brace"},
		{name: "trailing garbage", raw: `{"version":1} x`, want: "data after the plan's closing brace"},
		{name: "wrong version", raw: `{"version":7}`, want: "plan version 7 is not supported"},
		{name: "no toolchain", raw: `{"version":1}`, want: "the plan has no toolchain"},
		{name: "no workspace", edit: func(p *plan.Plan) { p.Workspace = plan.Workspace{} }, want: "the plan has no workspace"},
		{name: "relative workspace", edit: func(p *plan.Plan) { p.Workspace.Root = "src/a" }, want: "the plan has no workspace"},
		{name: "member", edit: func(p *plan.Plan) { p.Workspace.Members = []int{1} }, want: "workspace.members: 1 is not a package index (1 packages)"},
		{name: "default member", edit: func(p *plan.Plan) { p.Workspace.DefaultMembers = []int{-1} }, want: "workspace.default_members: -1 is not a package index"},
		{name: "null package", edit: func(p *plan.Plan) { p.Packages = append(p.Packages, nil) }, want: "package 1 is null"},
		{name: "null unit", edit: func(p *plan.Plan) { p.Units = append(p.Units, nil) }, want: "unit 2 is null"},
		{name: "missing unit", edit: func(p *plan.Plan) { p.Units[1].Deps[0].Index = 3 }, want: "unit 1 (fedcba9876543210fedcba9876543210): references missing unit 3"},
		{name: "missing package", edit: func(p *plan.Plan) { p.Units[0].Package = 2 }, want: "unit 0 (0123456789abcdef0123456789abcdef): references missing package 2"},
		{name: "self dependency", edit: func(p *plan.Plan) {
			p.Units[0].Deps = []plan.Dep{{Index: 0, ID: p.Units[0].ID, ExternCrateName: "a"}}
		}, want: "unit 0 (0123456789abcdef0123456789abcdef): depends on itself"},
		{name: "cycle", edit: func(p *plan.Plan) {
			p.Units[0].Deps = []plan.Dep{{Index: 1, ID: p.Units[1].ID, ExternCrateName: "a"}}
		}, want: "unit 0 (0123456789abcdef0123456789abcdef): the unit graph has a cycle: 0 -> 1 -> 0"},
		{name: "duplicate id", edit: func(p *plan.Plan) { p.Units[1].ID = p.Units[0].ID; p.Units[1].Deps = nil },
			want: "unit 1 (0123456789abcdef0123456789abcdef): has the same id as unit 0"},
		{name: "path in id", edit: func(p *plan.Plan) { p.Units[0].ID = "../../../../etc/passwd0123456789ab" },
			want: `unit 0 (../../../../etc/passwd0123456789ab): id "../../../../etc/passwd0123456789ab" is not a plan unit id`},
		{name: "edge id", edit: func(p *plan.Plan) { p.Units[1].Deps[0].ID = "x" }, want: "edge to unit 0 names id x"},
		{name: "unknown kind", edit: func(p *plan.Plan) { p.Units[1].Kind = "binary" }, want: `unit 1 (fedcba9876543210fedcba9876543210): unknown kind "binary"`},
		{name: "unknown mode", edit: func(p *plan.Plan) { p.Units[0].Mode = "Build" }, want: `unit 0 (0123456789abcdef0123456789abcdef): unknown mode "Build"`},
		{name: "no profile", edit: func(p *plan.Plan) { p.Units[0].Profile = plan.Profile{} }, want: "unit 0 (0123456789abcdef0123456789abcdef): has no profile"},
		{name: "compile kind", edit: func(p *plan.Plan) { p.Units[0].CompileKind = "wasm32" }, want: `has compile kind "wasm32", which is not in platforms`},
		{name: "empty extern name", edit: func(p *plan.Plan) { p.Units[1].Deps[0].ExternCrateName = "" },
			want: `unit 1 (fedcba9876543210fedcba9876543210): edge to unit 0 has extern crate name "", which is not a crate name`},
		{name: "extern name with =", edit: func(p *plan.Plan) { p.Units[1].Deps[0].ExternCrateName = "a=/etc/x" }, want: `extern crate name "a=/etc/x"`},
		{name: "missing root", edit: func(p *plan.Plan) { p.Roots = []int{5} }, want: "root 5 references a missing unit (2 units)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := tc.raw
			if tc.edit != nil {
				p := badPlanBase()
				tc.edit(p)
				data, err := json.Marshal(p)
				if err != nil {
					t.Fatal(err)
				}
				raw = string(data)
			}
			out := filepath.Join(t.TempDir(), "out")
			bin := filepath.Join(t.TempDir(), "buildrs-parse")
			os.WriteFile(bin, []byte("x"), 0o755)
			err := EmitPlan(Config{Options: Options{Out: out}, BuildrsParse: bin}, strings.NewReader(raw), "plan.json")
			if err == nil || !strings.HasPrefix(err.Error(), "plan.json: ") || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line naming plan.json and containing %q", err, tc.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was created", out)
			}
			// libnix-build's in-process emit is guarded by the same checks.
			if tc.edit != nil {
				p := badPlanBase()
				tc.edit(p)
				if _, err := Emit(p, Options{}); err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Emit: error %v, want one containing %q", err, tc.want)
				}
			}
		})
	}
	if _, err := Emit(badPlanBase(), Options{}); err != nil {
		t.Errorf("the base plan is rejected: %v", err)
	}
}

// TestRewriteNothing: emitting the same plan twice writes no file the second time.
func TestRewriteNothing(t *testing.T) {
	testenv.NeedCargo(t)
	dir := testenv.CopyFixture(t, "workspace")
	p := makePlan(t, dir)
	files, err := Emit(p, Options{Out: filepath.Join(dir, "out")})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if w, err := WriteDir(out, files); err != nil || len(w) != len(files) {
		t.Fatalf("first write: %v, %d of %d files", err, len(w), len(files))
	}
	again, _ := Emit(p, Options{Out: out})
	if w, err := WriteDir(out, again); err != nil || len(w) != 0 {
		t.Errorf("second write rewrote %v (err %v)", w, err)
	}
	// A directory nix-emit did not write is refused.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "precious"), []byte("x"), 0o644)
	if _, err := WriteDir(other, files); err == nil {
		t.Errorf("wrote into a foreign non-empty directory")
	}
}

// TestCargoDependencies: Cargo.dependencies.nix adds environment and inputs
// per crate, "name@version" wins over "name", and an unknown name is an
// evaluation error naming it.
func TestCargoDependencies(t *testing.T) {
	dir, p, out := emitFixture(t, "workspace")
	deps := filepath.Join(dir, "Cargo.dependencies.nix")
	os.WriteFile(deps, []byte(`{ pkgs, ... }: {
  itoa = { env = { FROM_NAME = "all versions"; BOTH = "name"; }; };
  "itoa@1.0.1" = { env = { BOTH = "version"; }; buildInputs = [ "/opt/fake" ]; };
}`), 0o644)
	var env map[string]string
	evalJSON(t, out, "", `e.units."`+unitOf(t, p, "itoa", plan.KindLib)+`".drvAttrs.unitEnv`, &env)
	if env["BOTH"] != "version" || env["FROM_NAME"] != "" || env["PKG_CONFIG_PATH"] != "/opt/fake/lib/pkgconfig:/opt/fake/share/pkgconfig" {
		t.Errorf("itoa's env: %v", env)
	}
	os.WriteFile(deps, []byte(`{ itoa = { env.X = "1"; }; }`), 0o644)
	evalJSON(t, out, "", `e.units."`+unitOf(t, p, "itoa", plan.KindLib)+`".drvAttrs.unitEnv.X`, new(string))

	os.WriteFile(deps, []byte(`{ no-such-crate = { }; }`), 0o644)
	if msg := evalError(t, out, `e.all.drvPath`); !strings.Contains(msg, "Cargo.dependencies.nix: no-such-crate: no such crate in the build plan") {
		t.Errorf("unknown crate: %s", msg)
	}
}

// TestIncrementalUnitsStayLocal: the units with an incremental cache (local
// packages' compiles) neither go to the build hook nor to the substituters,
// so an edit costs no hook process and no network round trip; every other
// unit stays substitutable and may build remotely.
func TestIncrementalUnitsStayLocal(t *testing.T) {
	_, p, out := emitFixture(t, "workspace")
	type attrs struct {
		Incremental bool `json:"incremental"`
		Local       bool `json:"preferLocalBuild"`
		Subst       bool `json:"allowSubstitutes"`
	}
	var got map[string]attrs
	evalJSON(t, out, "", `builtins.mapAttrs (id: u: {
	  incremental = u.drvAttrs ? incremental;
	  preferLocalBuild = u.drvAttrs.preferLocalBuild or false;
	  allowSubstitutes = u.drvAttrs.allowSubstitutes or true;
	}) e.units`, &got)
	if len(got) != len(p.Units) {
		t.Fatalf("%d units evaluated, the plan has %d", len(got), len(p.Units))
	}
	for id, a := range got {
		if a.Local != a.Incremental || a.Subst == a.Incremental {
			t.Errorf("unit %s: %+v: preferLocalBuild and no substitutes must go with an incremental cache", id, a)
		}
	}
	if app := got[unitOf(t, p, "app", plan.KindBin)]; !app.Incremental || !app.Local {
		t.Errorf("app's binary, a local crate: %+v", app)
	}
	if itoa := got[unitOf(t, p, "itoa", plan.KindLib)]; itoa.Incremental || itoa.Local || !itoa.Subst {
		t.Errorf("itoa, a registry crate: %+v", itoa)
	}
}

// TestPkgsToolchainEvaluates: with toolchain = "pkgs" every unit evaluates
// against a nixpkgs-shaped package set (a stub here: no nixpkgs offline),
// using its rustc, bash and tools and none of the host's.
func TestPkgsToolchainEvaluates(t *testing.T) {
	_, p, out := emitFixture(t, "links")
	stub := `{ lib.makeBinPath = ps: builtins.concatStringsSep ":" (map (x: "${x}/bin") ps);
	  stdenv = { hostPlatform.system = builtins.currentSystem; cc = "/stub/cc"; };
	  bash = "/stub/bash"; coreutils = "/stub/coreutils"; gnutar = "/stub/tar"; gzip = "/stub/gzip";
	  gnused = "/stub/sed"; gnugrep = "/stub/grep"; findutils = "/stub/find"; gnumake = "/stub/make";
	  pkg-config = "/stub/pkg-config"; go = "/stub/go";
	  rustc = { version = "` + p.Toolchain.Release + `"; outPath = "/stub/rustc"; };
	  cargo = { outPath = "/stub/cargo"; }; }`
	var drv map[string]any
	id := unitOf(t, p, "cmath", plan.KindLib)
	evalJSON(t, out, `toolchain = "pkgs"; pkgs = `+stub+`;`, `e.units."`+id+`".drvAttrs // { drvPath = e.units."`+id+`".drvPath; }`, &drv)
	if drv["builder"] != "/stub/bash/bin/bash" || drv["rustc"] != "/stub/rustc/bin/rustc" || !strings.HasPrefix(drv["toolPath"].(string), "/stub/coreutils/bin:") {
		t.Errorf("pkgs toolchain not used: builder=%v rustc=%v path=%v", drv["builder"], drv["rustc"], drv["toolPath"])
	}
	if !strings.HasSuffix(drv["drvPath"].(string), ".drv") {
		t.Errorf("no derivation: %v", drv["drvPath"])
	}
	// A different rustc version than the plan's is refused at evaluation.
	bad := strings.Replace(stub, p.Toolchain.Release, "0.1.0", 1)
	full := "(import (" + absPath(out) + `) { toolchain = "pkgs"; pkgs = ` + bad + `; }).all.drvPath`
	b, err := exec.Command("nix-instantiate", "--eval", "--strict", "-E", full).CombinedOutput()
	if err == nil || !strings.Contains(string(b), "the plan was made with rustc "+p.Toolchain.Release) {
		t.Errorf("mismatched rustc accepted: %s", b)
	}
}

// TestCrateMirror: with --crate-mirror, registry crates are fixed-output
// fetches checked against Cargo.lock's sha256 (a file:// mirror offline),
// and a wrong checksum fails the build.
func TestCrateMirror(t *testing.T) {
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	dir := testenv.CopyFixture(t, "workspace")
	p := makePlan(t, dir)
	mirror := t.TempDir()
	openPath(mirror, 0o755) // builtin:fetchurl reads it as a build user
	packCrates(t, p, mirror)
	out := emit(t, dir, p, Options{CrateMirror: "file://" + mirror})
	sources, _ := os.ReadFile(filepath.Join(out, "sources.nix"))
	if !strings.Contains(string(sources), "lib.registrySrc") {
		t.Fatalf("no registry fetch in sources.nix:\n%s", sources)
	}
	result := nixBuild(t, out, p, "all", mirror)
	if got := run(t, filepath.Join(result, "bin", "app")); !strings.Contains(got, "optional itoa=12345") {
		t.Errorf("app from mirrored crates prints %q", got)
	}

	for _, pkg := range p.Packages {
		if pkg.Name == "itoa" {
			bad := strings.Repeat("0", 64)
			pkg.Source.Checksum = &bad
		}
	}
	out = emit(t, dir, p, Options{CrateMirror: "file://" + mirror})
	cmd := exec.Command("nix-build", append([]string{out, "-A", "all", "--no-out-link"}, nixOptions(t, p, out, mirror)...)...)
	if b, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(b), "hash mismatch") {
		t.Errorf("a wrong checksum did not fail the fetch: %v\n%s", err, b)
	}
}

// TestExport: an exported build system, copied away from the project, fetches
// the project by URL and hash, builds without import-from-derivation, and
// its binaries print what the project's do; flake.nix parses.
func TestExport(t *testing.T) {
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	dir := testenv.CopyFixture(t, "workspace")
	p := makePlan(t, dir)
	shared := t.TempDir()
	openPath(shared, 0o755)
	tarball := filepath.Join(shared, "src.tar.gz")
	if b, err := exec.Command("tar", "-czf", tarball, "-C", filepath.Dir(dir), filepath.Base(dir)).CombinedOutput(); err != nil {
		t.Fatalf("tar: %v\n%s", err, b)
	}
	url := "file://" + tarball
	sha := strings.TrimSpace(nix(t, "nix-prefetch-url", "--unpack", url))
	// Registry crates come from a mirror: offline here, and Debian's
	// directory registry is not reachable from an export.
	mirror := filepath.Join(shared, "crates")
	packCrates(t, p, mirror)
	const rev, narHash = "0123456789abcdef0123456789abcdef01234567", "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
	files, err := Emit(p, Options{Export: true, SrcURL: url, SrcSHA256: sha, CrateMirror: "file://" + mirror, LinkerVersion: HostLinkerVersion(), BuildrsParse: buildrsParse(t),
		NixpkgsRev: rev, NixpkgsNarHash: narHash})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "exported")
	if _, err := WriteDir(out, files); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(dir); err != nil { // the export must not need the checkout
		t.Fatal(err)
	}
	nix(t, "nix-instantiate", "--parse", filepath.Join(out, "flake.nix"))
	if flake := string(files["flake.nix"]); !strings.Contains(flake, "\n# Source: "+url+" (") {
		t.Errorf("flake.nix does not name its source:\n%s", flake)
	}
	// The flake's outputs, called as Nix calls them, with a nixpkgs that has
	// nothing (only names are asked for): the host's system alone, the
	// binaries as packages and apps, the build as a check; nixpkgs pinned.
	outputs := `let f = import ` + filepath.Join(out, "flake.nix") + `; o = f.outputs { self = f; nixpkgs = { legacyPackages = { }; }; }; names = builtins.mapAttrs (s: builtins.attrNames); in
		{ input = f.inputs.nixpkgs; packages = names o.packages; apps = names o.apps; checks = names o.checks; }`
	want := `{ apps = { x86_64-linux = [ "app" "app-tool" ]; }; checks = { x86_64-linux = [ "build" ]; }; input = { narHash = "` + narHash + `"; owner = "NixOS"; repo = "nixpkgs"; rev = "` + rev + `"; type = "github"; }; packages = { x86_64-linux = [ "app" "app-tool" "default" ]; }; }`
	if got := strings.TrimSpace(nix(t, "nix-instantiate", "--eval", "--strict", "-E", outputs)); got != want {
		t.Errorf("the flake's outputs:\n%s\nwant\n%s", got, want)
	}
	// As Nix shows a flake, offline, nixpkgs given as an empty flake.
	stub := t.TempDir()
	os.WriteFile(filepath.Join(stub, "flake.nix"), []byte("{ outputs = _: { legacyPackages = { }; }; }\n"), 0o644)
	show := nix(t, "nix", "--extra-experimental-features", "nix-command flakes", "flake", "show", "--offline", "--no-write-lock-file", "--json",
		"--override-input", "nixpkgs", "path:"+stub, "path:"+out)
	var shown struct {
		Apps     map[string]map[string]struct{ Type string }
		Packages map[string]map[string]struct{ Type, Name string }
		Checks   map[string]map[string]struct{ Type string }
	}
	if err := json.Unmarshal([]byte(show), &shown); err != nil {
		t.Fatalf("nix flake show --json: %v\n%s", err, show)
	}
	if len(shown.Apps["x86_64-linux"]) != 2 || shown.Packages["x86_64-linux"]["app"].Type != "derivation" || shown.Checks["x86_64-linux"]["build"].Type != "derivation" {
		t.Errorf("nix flake show:\n%s", show)
	}
	nix(t, "nix-instantiate", append([]string{out, "-A", "all", "--option", "allow-import-from-derivation", "false"}, nixOptions(t, p, out)...)...)
	result := nixBuild(t, out, p, "all", shared)
	if got := run(t, filepath.Join(result, "bin", "app-tool")); got != "app-tool: hello from include_str\n" {
		t.Errorf("exported app-tool prints %q", got)
	}
}

// TestExportInTree: an export written into the workspace (nix/, committed
// with the code) takes the source from the flake's own tree. Nix shows the
// flake of the git repository's subdirectory, evaluates its build in pure
// mode, where only the flake's copy of the repository is reachable, and the
// build system builds from the checkout too, its binaries printing what the
// project's do.
func TestExportInTree(t *testing.T) {
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	testenv.NeedTool(t, "git")
	dir := testenv.CopyFixture(t, "workspace")
	p := makePlan(t, dir)
	shared := t.TempDir()
	openPath(shared, 0o755)
	mirror := filepath.Join(shared, "crates")
	packCrates(t, p, mirror)
	out := filepath.Join(dir, "nix")
	files, err := Emit(p, Options{Export: true, Out: out, CrateMirror: "file://" + mirror, LinkerVersion: HostLinkerVersion(), BuildrsParse: buildrsParse(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteDir(out, files); err != nil {
		t.Fatal(err)
	}
	if entry := string(files["default.nix"]); !strings.Contains(entry, "\n  ws = ./..;\n") {
		t.Errorf("default.nix does not take the workspace from its tree:\n%s", entry)
	}
	if flake := string(files["flake.nix"]); !strings.Contains(flake, "\n# Source: this flake's own tree, workspace root ./.. (") {
		t.Errorf("flake.nix does not name its source:\n%s", flake)
	}
	// A repository as make-repo.sh makes one: fixed identity, no user config.
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"commit", "-q", "-m", "workspace"}} {
		git := exec.Command("git", append([]string{"-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"}, args...)...)
		git.Dir = dir
		git.Env = append(os.Environ(), "GIT_AUTHOR_NAME=libnix", "GIT_AUTHOR_EMAIL=libnix@example.org", "GIT_COMMITTER_NAME=libnix",
			"GIT_COMMITTER_EMAIL=libnix@example.org", "GIT_AUTHOR_DATE=2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE=2024-01-01T00:00:00Z",
			"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null")
		if b, err := git.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, b)
		}
	}
	flake := "git+file://" + dir + "?dir=nix"
	// nixpkgs is a flake whose package set only names things (evaluation
	// asks for no more).
	stub := t.TempDir()
	pkgs := `{ lib.makeBinPath = ps: builtins.concatStringsSep ":" (map (x: "${x}/bin") ps);
	  stdenv = { hostPlatform.system = "x86_64-linux"; cc = "/stub/cc"; };
	  bash = "/stub/bash"; coreutils = "/stub/coreutils"; gnutar = "/stub/tar"; gzip = "/stub/gzip";
	  gnused = "/stub/sed"; gnugrep = "/stub/grep"; findutils = "/stub/find"; gnumake = "/stub/make";
	  pkg-config = "/stub/pkg-config"; go = "/stub/go";
	  rustc = { version = "` + p.Toolchain.Release + `"; outPath = "/stub/rustc"; };
	  cargo = "/stub/cargo"; clippy = "/stub/clippy"; }`
	os.WriteFile(filepath.Join(stub, "flake.nix"), []byte("{ outputs = _: { legacyPackages.x86_64-linux = "+pkgs+"; }; }\n"), 0o644)
	flakeCmd := func(args ...string) string {
		return nix(t, "nix", append([]string{"--extra-experimental-features", "nix-command flakes"}, append(args,
			"--offline", "--no-write-lock-file", "--override-input", "nixpkgs", "path:"+stub, flake)...)...)
	}
	show := flakeCmd("flake", "show", "--json")
	var shown struct {
		Packages map[string]map[string]struct{ Type string }
	}
	if err := json.Unmarshal([]byte(show), &shown); err != nil {
		t.Fatalf("nix flake show --json: %v\n%s", err, show)
	}
	if pk := shown.Packages["x86_64-linux"]; len(pk) != 3 || pk["app"].Type != "derivation" || pk["app-tool"].Type != "derivation" || pk["default"].Type != "derivation" {
		t.Errorf("nix flake show:\n%s", show)
	}
	// Every unit's source, read from the flake's copy: pure evaluation
	// refuses any path outside it.
	const attr = "#packages.x86_64-linux.default.drvPath"
	flake += attr
	if drv := strings.TrimSpace(flakeCmd("eval", "--raw", "--option", "allow-import-from-derivation", "false")); !strings.HasSuffix(drv, ".drv") {
		t.Errorf("the flake's build evaluates to %q", drv)
	}
	// path: of nix/ alone copies only that directory, so the check above
	// would fail if the workspace were read from anywhere but the copy.
	alone := exec.Command("nix", "--extra-experimental-features", "nix-command flakes", "eval", "--raw", "--offline", "--no-write-lock-file",
		"--override-input", "nixpkgs", "path:"+stub, "path:"+out+attr)
	if b, err := alone.CombinedOutput(); err == nil || !strings.Contains(string(b), "forbidden in pure eval mode") {
		t.Errorf("path:%s evaluated without the workspace: %v\n%s", out, err, b)
	}
	nix(t, "nix-instantiate", append([]string{out, "-A", "all", "--option", "allow-import-from-derivation", "false"}, nixOptions(t, p, out)...)...)
	result := nixBuild(t, out, p, "all", shared)
	if got := run(t, filepath.Join(result, "bin", "app-tool")); got != "app-tool: hello from include_str\n" {
		t.Errorf("app-tool exported in the tree prints %q", got)
	}
}

// TestTreeRoot: the workspace root relative to an output directory inside
// it, which an export without a tarball needs.
func TestTreeRoot(t *testing.T) {
	for out, want := range map[string]string{
		"/w/ws/nix":     "./..",
		"/w/ws/a/b/nix": "./../../..",
		"/w/ws":         "",
		"/w/ws2/nix":    "",
		"/w":            "",
		"":              "",
	} {
		if got := treeRoot(out, "/w/ws"); got != want {
			t.Errorf("treeRoot(%q, /w/ws) = %q, want %q", out, got, want)
		}
	}
}

// packCrates packs p's registry crates into mirror as crates.io serves
// them (<name>/<name>-<version>.crate, a tarball of <name>-<version>/) and
// sets each package's checksum to its tarball's: Debian's checksums are
// crates.io's, not these tarballs'.
func packCrates(t *testing.T, p *plan.Plan, mirror string) {
	t.Helper()
	for _, pkg := range p.Packages {
		if pkg.Source.Kind != "registry" {
			continue
		}
		crate := filepath.Join(mirror, pkg.Name, pkg.Name+"-"+pkg.Version+".crate")
		os.MkdirAll(filepath.Dir(crate), 0o755)
		tar := exec.Command("tar", "--sort=name", "--owner=0", "--group=0", "--mtime=@0", "-czf", crate,
			"-C", filepath.Dir(pkg.ManifestDir), filepath.Base(pkg.ManifestDir))
		if b, err := tar.CombinedOutput(); err != nil {
			t.Fatalf("tar: %v\n%s", err, b)
		}
		data, err := os.ReadFile(crate)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		h := hex.EncodeToString(sum[:])
		pkg.Source.Checksum = &h
	}
}

// TestPkgsToolchainBuilds builds a fixture for real with toolchain = "pkgs",
// using a package set whose packages are this machine's directories (no
// nixpkgs offline): the units build and run, and buildrs-parse is built
// from the source the build system carries, as on any other platform.
func TestPkgsToolchainBuilds(t *testing.T) {
	dir, p, out := emitFixture(t, "links")
	testenv.NeedTool(t, "go")
	gorootOut, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	goroot := strings.TrimSpace(string(gorootOut))
	sysroot := p.Toolchain.Sysroot
	host := `{ lib.makeBinPath = ps: builtins.concatStringsSep ":" (map (x: "${x}/bin") ps);
	  stdenv = { hostPlatform.system = builtins.currentSystem; cc = "/usr"; };
	  bash = "/usr"; coreutils = "/usr"; gnutar = "/usr"; gzip = "/usr"; gnused = "/usr";
	  gnugrep = "/usr"; findutils = "/usr"; gnumake = "/usr"; pkg-config = "/usr";
	  go = "` + goroot + `";
	  rustc = { version = "` + p.Toolchain.Release + `"; outPath = "` + sysroot + `"; };
	  cargo = "` + sysroot + `"; }`
	exprFile := filepath.Join(dir, "pkgs-build.nix")
	os.WriteFile(exprFile, []byte(`(import (`+absPath(out)+`) { toolchain = "pkgs"; pkgs = `+host+`; }).all`), 0o644)
	result := strings.TrimSpace(nix(t, "nix-build", append([]string{exprFile, "--no-out-link"}, nixOptions(t, p, out, goroot)...)...))
	got := run(t, filepath.Join(result, "bin", "user"))
	if !strings.Contains(got, "DEP_CMATH_ANSWER = 42") {
		t.Errorf("user built with the pkgs toolchain prints %q", got)
	}
}

// injection is Nix code after a newline, as a directory or source name:
// written raw into a comment, it would run as root when Nix evaluates.
const injection = "x\nassert builtins.trace \"INJECTED\" true; #"

// TestInjectionVectors: the three ways the probe found for a project string
// to reach a comment of the generated Nix (the workspace directory's name, a
// path dependency's directory, a replaced source's name in
// .cargo/config.toml) evaluate no code, and the project builds as cargo
// builds it.
func TestInjectionVectors(t *testing.T) {
	testenv.Short(t)
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	toml, _ := json.Marshal(injection) // a JSON string is a TOML basic string here
	edit := func(t *testing.T, file, old, new string) {
		t.Helper()
		data, err := os.ReadFile(file)
		if err != nil || !strings.Contains(string(data), old) {
			t.Fatalf("%s: %v, or no %q in it", file, err, old)
		}
		if err := os.WriteFile(file, []byte(strings.ReplaceAll(string(data), old, new)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, prepare := range map[string]func(t *testing.T, dir string) string{
		"workspace directory": func(t *testing.T, dir string) string {
			to := filepath.Join(filepath.Dir(dir), injection)
			if err := os.Rename(dir, to); err != nil {
				t.Fatal(err)
			}
			return to
		},
		"path dependency": func(t *testing.T, dir string) string {
			if err := os.Rename(filepath.Join(dir, "text-utils"), filepath.Join(dir, injection)); err != nil {
				t.Fatal(err)
			}
			edit(t, filepath.Join(dir, "Cargo.toml"), `"text-utils"`, string(toml))
			edit(t, filepath.Join(dir, "app", "Cargo.toml"), `path = "../text-utils"`, "path = "+strings.Replace(string(toml), `"x`, `"../x`, 1))
			return dir
		},
		"replaced source": func(t *testing.T, dir string) string {
			edit(t, filepath.Join(dir, ".cargo", "config.toml"), `"debian"`, string(toml))
			edit(t, filepath.Join(dir, ".cargo", "config.toml"), `[source.debian]`, "[source."+string(toml)+"]")
			return dir
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := prepare(t, testenv.CopyFixture(t, "workspace"))
			p := makePlan(t, dir)
			out := emit(t, dir, p, Options{})
			args := append([]string{out, "-A", "all", "--no-out-link", "--max-jobs", "2", "--cores", "2"}, nixOptions(t, p, out)...)
			var stdout, stderr bytes.Buffer
			cmd := exec.Command("nix-build", args...)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if strings.Contains(stderr.String(), "trace: INJECTED") {
				t.Fatalf("Nix evaluated project text as code:\n%s", stderr.String())
			}
			if err != nil {
				t.Fatalf("nix-build: %v\n%s", err, stderr.String())
			}
			result := strings.TrimSpace(stdout.String())
			cargo := exec.Command("cargo", "build", "-q")
			cargo.Dir = dir
			cargo.Env = append(os.Environ(), "CARGO_TARGET_DIR="+filepath.Join(t.TempDir(), "target"))
			if out, err := cargo.CombinedOutput(); err != nil {
				t.Fatalf("cargo build: %v\n%s", err, out)
			}
			for _, bin := range []string{"app", "app-tool"} {
				got := run(t, filepath.Join(result, "bin", bin))
				want := run(t, filepath.Join(strings.TrimPrefix(cargo.Env[len(cargo.Env)-1], "CARGO_TARGET_DIR="), "debug", bin))
				if got != want {
					t.Errorf("%s prints\n%s\ncargo's prints\n%s", bin, got, want)
				}
			}
		})
	}
}

// TestExportDirExcluded: an export written into the package at the
// workspace root leaves its own directory out of that package's source,
// and only there: a member's source has no such exclusion.
func TestExportDirExcluded(t *testing.T) {
	testenv.NeedCargo(t)
	dir := filepath.Join(t.TempDir(), "rootpkg")
	testenv.WriteTree(t, dir, map[string]string{
		"Cargo.toml":         "[package]\nname = \"rootpkg\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\nmembers = [\"member\"]\n\n[dependencies]\nmember = { path = \"member\" }\n",
		"src/main.rs":        "fn main() { println!(\"{}\", member::f()); }\n",
		"member/Cargo.toml":  "[package]\nname = \"member\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
		"member/src/lib.rs":  "pub fn f() -> u32 { 1 }\n",
		".cargo/config.toml": "[net]\noffline = true\n",
	})
	p := makePlan(t, dir)
	for _, tt := range []struct {
		out, root, member string
	}{
		{"deploy/nix", `exclude = [ "member" "deploy/nix" ];`, `exclude = [ ];`},
		{"member/nix", `exclude = [ "member" "member/nix" ];`, `exclude = [ "nix" ];`},
	} {
		files, err := Emit(p, Options{Export: true, Out: filepath.Join(dir, tt.out), BuildrsParse: []byte("x")})
		if err != nil {
			t.Fatal(err)
		}
		src := string(files["sources.nix"])
		for _, want := range []string{`name = "rootpkg-0.1.0"; ` + tt.root, `name = "member-0.1.0"; ` + tt.member} {
			if !strings.Contains(src, want) {
				t.Errorf("--out %s: sources.nix lacks %s:\n%s", tt.out, want, src)
			}
		}
	}
}
