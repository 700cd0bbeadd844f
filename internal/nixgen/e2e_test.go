package nixgen

// End-to-end tests: real cargo plans the fixtures, real nix evaluates and
// builds what Emit writes, and the results are compared with cargo's.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/testenv"
)

// toolsDir holds the buildrs-parse binary the emitted builds use.
var toolsDir string

func TestMain(m *testing.M) {
	testenv.MainWithTools(m, &toolsDir, "buildrs-parse")
}

func buildrsParse(t *testing.T) []byte {
	t.Helper()
	if toolsDir == "" {
		t.Skip("-short builds no tools")
	}
	data, err := os.ReadFile(filepath.Join(toolsDir, "buildrs-parse"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func makePlan(t *testing.T, dir string) *plan.Plan {
	t.Helper()
	p, err := plan.Make(context.Background(), plan.Options{Dir: dir, Tools: cargo.Tools{Stderr: os.Stderr}})
	if err != nil {
		t.Fatalf("plan of %s: %v", dir, err)
	}
	return p
}

// emit writes the build system for p into dir's target/debug/nix.
func emit(t *testing.T, dir string, p *plan.Plan, o Options) string {
	t.Helper()
	o.Out = filepath.Join(dir, "target", "debug", "nix")
	o.LinkerVersion = HostLinkerVersion()
	o.BuildrsParse = buildrsParse(t)
	files, err := Emit(p, o)
	if err != nil {
		t.Fatalf("Emit: %v", err)
	}
	if _, err := WriteDir(o.Out, files); err != nil {
		t.Fatal(err)
	}
	return o.Out
}

// emitFixture copies a fixture, plans it and emits its build system.
func emitFixture(t *testing.T, fixture string) (dir string, p *plan.Plan, out string) {
	t.Helper()
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	dir = testenv.CopyFixture(t, fixture)
	p = makePlan(t, dir)
	return dir, p, emit(t, dir, p, Options{})
}

// openPath makes dir and its parents below /tmp readable by the build users.
func openPath(dir string, mode os.FileMode) {
	for d := dir; d != "/tmp" && d != "/"; d = filepath.Dir(d) {
		os.Chmod(d, mode)
	}
}

// nixOptions are nix-build's options for the host toolchain of the build
// system in out; extra adds sandbox paths (a file:// crate mirror).
func nixOptions(t testing.TB, p *plan.Plan, out string, extra ...string) []string {
	t.Helper()
	stored, err := exec.Command("nix-store", "--add", filepath.Join(out, "buildrs-parse")).Output()
	if err != nil {
		t.Fatalf("nix-store --add buildrs-parse: %v", err)
	}
	paths := append(append(SandboxPaths(p), BuildrsParsePath+"="+strings.TrimSpace(string(stored))), extra...)
	return []string{"--option", "substituters", "", "--option", "sandbox", "true",
		"--option", "sandbox-fallback", "false",
		"--option", "sandbox-paths", strings.Join(paths, " ")}
}

// nix runs a nix command and returns its stdout; a failure shows stderr's tail.
func nix(t *testing.T, name string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tail := stderr.String()
		if len(tail) > 6000 {
			tail = tail[len(tail)-6000:]
		}
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, tail)
	}
	return stdout.String()
}

func nixBuild(t *testing.T, out string, p *plan.Plan, attr string, sandbox ...string) string {
	t.Helper()
	args := append([]string{out, "-A", attr, "--no-out-link", "--max-jobs", "2", "--cores", "2"}, nixOptions(t, p, out, sandbox...)...)
	return strings.TrimSpace(nix(t, "nix-build", args...))
}

// drvPaths maps every unit id to its .drv path.
func drvPaths(t *testing.T, out string, args ...string) map[string]string {
	t.Helper()
	expr := "builtins.mapAttrs (id: u: u.drvPath) (import (" + absPath(out) + ") { " + strings.Join(args, " ") + " }).units"
	var m map[string]string
	if err := json.Unmarshal([]byte(nix(t, "nix-instantiate", "--eval", "--strict", "--json", "--read-write-mode", "-E", expr)), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// cargoBuild builds a fresh copy of fixture with cargo (build -v unless
// args say otherwise) and returns it and cargo's stderr.
func cargoBuild(t *testing.T, fixture string, args ...string) (string, string) {
	t.Helper()
	dir := testenv.CopyFixture(t, fixture)
	if len(args) == 0 {
		args = []string{"build", "-v"}
	}
	var stderr bytes.Buffer
	cmd := exec.Command("cargo", args...)
	cmd.Dir, cmd.Stderr = dir, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("cargo %v: %v\n%s", args, err, stderr.String())
	}
	return dir, stderr.String()
}

// TestFixturesBuildLikeCargo builds every fixture through nix and checks
// that evaluation needs no import-from-derivation, that every binary prints
// what cargo's prints, and that every rustc call has cargo's arguments.
func TestFixturesBuildLikeCargo(t *testing.T) {
	testenv.Short(t)
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	for _, fixture := range testenv.Fixtures {
		t.Run(fixture, func(t *testing.T) {
			dir := testenv.CopyFixture(t, fixture)
			p := makePlan(t, dir)
			out := emit(t, dir, p, Options{})
			nix(t, "nix-instantiate", append([]string{out, "-A", "all", "--option", "allow-import-from-derivation", "false"}, nixOptions(t, p, out)...)...)
			result := nixBuild(t, out, p, "all")

			cargoDir, cargoLog := cargoBuild(t, fixture)
			bins, err := os.ReadDir(filepath.Join(result, "bin"))
			if err != nil || len(bins) == 0 {
				t.Fatalf("no binaries in %s/bin: %v", result, err)
			}
			for _, b := range bins {
				got := run(t, filepath.Join(result, "bin", b.Name()))
				want := run(t, filepath.Join(cargoDir, "target", "debug", b.Name()))
				if got != want {
					t.Errorf("%s prints\n%s\ncargo's prints\n%s", b.Name(), got, want)
				}
			}
			compareRustcArgs(t, p, cargoLog, builtArgs(t, out))
		})
	}
}

func run(t *testing.T, exe string) string {
	t.Helper()
	out, err := exec.Command(exe).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", exe, err, out)
	}
	return string(out)
}

// builtArgs gives each unit's rustc arguments as the builder saved them in
// the unit's nix-support/rustc-args.
func builtArgs(t *testing.T, out string) unitArgs {
	t.Helper()
	outs := map[string]string{}
	if err := json.Unmarshal([]byte(nix(t, "nix-instantiate", "--eval", "--strict", "--json", "--read-write-mode", "-E",
		"builtins.mapAttrs (id: u: u.outPath) (import ("+absPath(out)+") {}).units")), &outs); err != nil {
		t.Fatal(err)
	}
	return func(u *plan.Unit) ([]string, bool, error) {
		data, err := os.ReadFile(filepath.Join(outs[u.ID], "nix-support", "rustc-args"))
		if err != nil {
			return nil, false, err
		}
		return strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00"), false, nil
	}
}

// TestDrvPathsIndependentOfCheckout: the same project in two directories
// (one with spaces and quotes in its path) gives the same derivations.
func TestDrvPathsIndependentOfCheckout(t *testing.T) {
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	a := testenv.CopyFixture(t, "workspace")
	b := filepath.Join(t.TempDir(), `odd "dir" $x`, "ws")
	if err := os.CopyFS(b, os.DirFS(a)); err != nil {
		t.Fatal(err)
	}
	da := drvPaths(t, emit(t, a, makePlan(t, a), Options{}))
	db := drvPaths(t, emit(t, b, makePlan(t, b), Options{}))
	if len(da) == 0 || !equalMaps(da, db) {
		t.Errorf("derivations differ between checkouts:\n%v\n%v", da, db)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestEditChangesOnlyDependents: editing one member changes the derivations
// of that member's units and of the units that depend on them, nothing else;
// editing a file outside every package changes nothing.
func TestEditChangesOnlyDependents(t *testing.T) {
	dir, p, out := emitFixture(t, "workspace")
	before := drvPaths(t, out)

	appendFile(t, filepath.Join(dir, "README.md"), "a workspace README, in no package\n")
	if after := drvPaths(t, out); !equalMaps(before, after) {
		t.Errorf("editing the workspace README changed derivations")
	}

	appendFile(t, filepath.Join(dir, "text-utils", "src", "lib.rs"), "\n// an edit\n")
	after := drvPaths(t, out)
	var changed, want []string
	for id, d := range after {
		if before[id] != d {
			changed = append(changed, id)
		}
	}
	edited := -1
	for i, pkg := range p.Packages {
		if pkg.Name == "text-utils" {
			edited = i
		}
	}
	affected := map[int]bool{}
	var reaches func(i int) bool
	reaches = func(i int) bool {
		if p.Units[i].Package == edited {
			return true
		}
		for _, d := range p.Units[i].Deps {
			if reaches(d.Index) {
				return true
			}
		}
		return false
	}
	for i, u := range p.Units {
		if reaches(i) {
			affected[i] = true
			want = append(want, u.ID)
		}
	}
	sort.Strings(changed)
	sort.Strings(want)
	if strings.Join(changed, " ") != strings.Join(want, " ") {
		t.Errorf("editing text-utils changed %v, want %v", changed, want)
	}
	if len(want) == len(p.Units) {
		t.Errorf("the fixture should have units that do not depend on text-utils")
	}
}

func appendFile(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestIncrementalCache: with a cache directory mapped into the sandbox,
// local crates compile incrementally; edits, a corrupted cache and a deleted
// cache all give binaries that behave as after a clean build.
func TestIncrementalCache(t *testing.T) {
	dir, p, out := emitFixture(t, "workspace")
	cache := filepath.Join(t.TempDir(), "incremental")
	os.MkdirAll(cache, 0o777)
	openPath(cache, 0o777)
	mapping := IncrementalRoot + "=" + cache
	build := func(step string) {
		t.Helper()
		var result string
		if _, err := os.Stat(cache); err == nil {
			result = nixBuild(t, out, p, "all", mapping)
		} else { // opted out: nothing mapped
			result = nixBuild(t, out, p, "all")
		}
		for bin, want := range map[string]string{
			"app":      "app: RENAMED DEP | generated=42 | macro=42 | optional itoa=12345\napp: unix c_int bytes=4\n",
			"app-tool": "app-tool: hello from include_str\n",
		} {
			if got := run(t, filepath.Join(result, "bin", bin)); got != want {
				t.Errorf("%s: %s prints %q, want %q", step, bin, got, want)
			}
		}
	}
	// A nonce makes this run's app units new to the store, so they compile.
	nonce := time.Now().UnixNano()
	edit := func(n int) {
		appendFile(t, filepath.Join(dir, "app", "src", "main.rs"), fmt.Sprintf("\n// edit %d of run %d\n", n, nonce))
	}
	edit(0)
	build("first build")
	entries, _ := os.ReadDir(cache)
	if len(entries) == 0 {
		t.Fatalf("no incremental cache was written to %s", cache)
	}
	edit(1)
	build("after an edit")

	// Corrupt every file of the cache.
	filepath.WalkDir(cache, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.WriteFile(path, []byte("garbage"), 0o666)
		}
		return nil
	})
	edit(2)
	build("with a corrupted cache")

	os.RemoveAll(cache)
	os.MkdirAll(cache, 0o777)
	os.Chmod(cache, 0o777)
	edit(3)
	build("with a deleted cache")

	os.RemoveAll(cache) // opted out: no cache directory, builds from scratch
	edit(4)
	build("without a cache directory")
}

// TestDerivationsIndependentOfBuild: buildrs-parse built with different Go
// flags (other bytes) gives the same derivations for a fixture: they
// depend on its source, so caches are shared between differently built
// libnix binaries of one source revision.
func TestDerivationsIndependentOfBuild(t *testing.T) {
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	testenv.NeedTool(t, "go")
	dir := testenv.CopyFixture(t, "links")
	p := makePlan(t, dir)
	var binaries [][]byte
	for _, flags := range [][]string{{"-trimpath"}, {"-ldflags=-s"}} {
		bin := filepath.Join(t.TempDir(), "buildrs-parse")
		cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", bin, "./cmd/buildrs-parse")...)
		cmd.Dir = filepath.Join("..", "..")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %v: %v\n%s", flags, err, out)
		}
		data, err := os.ReadFile(bin)
		if err != nil {
			t.Fatal(err)
		}
		binaries = append(binaries, data)
	}
	if bytes.Equal(binaries[0], binaries[1]) {
		t.Fatal("the two builds of buildrs-parse are the same bytes: the test proves nothing")
	}
	var drvs []map[string]string
	for i, bin := range binaries {
		out := filepath.Join(dir, "target", "debug", fmt.Sprintf("nix-%d", i))
		files, err := Emit(p, Options{Out: out, LinkerVersion: HostLinkerVersion(), BuildrsParse: bin})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := WriteDir(out, files); err != nil {
			t.Fatal(err)
		}
		drvs = append(drvs, drvPaths(t, out))
	}
	if len(drvs[0]) == 0 || !maps.Equal(drvs[0], drvs[1]) {
		t.Errorf("derivations differ with buildrs-parse's build:\n%v\n%v", drvs[0], drvs[1])
	}
}
