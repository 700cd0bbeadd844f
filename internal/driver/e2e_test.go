package driver_test

// End-to-end tests of libnix-build: the real binary, real cargo, real nix.
// The Nix store persists between tests and runs, so a unit built once (by
// any test or any earlier run) is not built again.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/libnix/libnix/internal/testenv"
)

// toolsDir holds libnix-build and the tools it runs (buildrs-parse, logone).
var toolsDir string

func TestMain(m *testing.M) {
	testenv.MainWithTools(m, &toolsDir, "libnix-build", "cargo-libnix", "buildrs-parse", "logone")
}

func need(t *testing.T) {
	t.Helper()
	testenv.Short(t)
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
}

// syncBuffer is a buffer a test reads while a command writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// result is one finished command.
type result struct {
	out    string // stdout and stderr
	status int
}

// command runs libnix-build (or another program: name with a slash or a
// PATH name) in dir with extra environment.
func command(dir string, env []string, name string, args ...string) *exec.Cmd {
	if !strings.Contains(name, "/") && (name == "libnix-build" || name == "cargo-libnix") {
		name = filepath.Join(toolsDir, name)
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	var out bytes.Buffer
	cmd := command(dir, env, name, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	status := 0
	if exit, ok := err.(*exec.ExitError); ok {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return result{out.String(), status}
}

// build runs libnix-build and fails the test unless it succeeds.
func build(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	r := run(t, dir, env, "libnix-build", args...)
	if r.status != 0 {
		t.Fatalf("libnix-build %s: exit %d\n%s", strings.Join(args, " "), r.status, r.out)
	}
	return r.out
}

// output runs an executable and returns what it prints.
func output(t *testing.T, exe string) string {
	t.Helper()
	out, err := exec.Command(exe).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", exe, err, out)
	}
	return string(out)
}

// fixture copies a fixture and dates its files an hour back, as a checkout
// is: a file changed in the second before a run is one libnix-build
// cannot trust (it re-checks it next time), which is not what these tests
// are about.
func fixture(t *testing.T, name string) string {
	t.Helper()
	dir := testenv.CopyFixture(t, name)
	backdate(t, dir)
	return dir
}

func backdate(t *testing.T, dir string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Chtimes(p, old, old)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// nixArgs are extra nix-build arguments for a fixture: gitdep leaves cargo
// online (it fetches its file:// repository), so libnix-build would ask the
// unreachable binary cache; the others are offline in their cargo config.
func nixArgs(name string) []string {
	if name == "gitdep" {
		return []string{"--nix-option", "substituters", ""}
	}
	return nil
}

// checkTarget fails on anything an interrupted or finished run must not
// leave under dir: temporary files and symlinks to nothing.
func checkTarget(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if strings.Contains(d.Name(), ".tmp") || strings.HasPrefix(d.Name(), ".libnix-tmp-") {
			t.Errorf("temporary file left: %s", p)
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if _, err := os.Stat(p); err != nil {
				t.Errorf("dangling symlink: %s: %v", p, err)
			}
		}
		return nil
	})
}

// cargoOutputs builds dir with cargo into its own target directory and
// returns what each binary prints.
func cargoOutputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	target := t.TempDir()
	if r := run(t, dir, nil, "cargo", "build", "--target-dir", target); r.status != 0 {
		t.Fatalf("cargo build: %s", r.out)
	}
	outs := map[string]string{}
	entries, _ := os.ReadDir(filepath.Join(target, "debug"))
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.Contains(e.Name(), ".") {
			if st, _ := e.Info(); st.Mode()&0o100 != 0 {
				outs[e.Name()] = output(t, filepath.Join(target, "debug", e.Name()))
			}
		}
	}
	return outs
}

// TestFixtures builds every fixture and checks that each binary cargo
// builds is linked into target/debug and prints what cargo's prints.
func TestFixtures(t *testing.T) {
	need(t)
	for _, name := range testenv.Fixtures {
		t.Run(name, func(t *testing.T) {
			dir := fixture(t, name)
			out := build(t, dir, nil, nixArgs(name)...)
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if last := lines[len(lines)-1]; !strings.HasPrefix(last, "    Finished `dev` profile [unoptimized + debuginfo] target(s) in ") {
				t.Errorf("last line %q is not cargo's Finished line", last)
			}
			want := cargoOutputs(t, dir)
			if len(want) == 0 {
				t.Fatal("cargo built no binaries")
			}
			for bin, w := range want {
				exe := filepath.Join(dir, "target", "debug", bin)
				if got := output(t, exe); got != w {
					t.Errorf("%s prints\n%s\ncargo's prints\n%s", bin, got, w)
				}
			}
			checkGCRoots(t, filepath.Join(dir, "target", "debug", "nix"))
			checkTarget(t, filepath.Join(dir, "target"))
		})
	}
}

// checkGCRoots checks that the out-links in nixDir/gc (result, result-2,
// ...) name the outputs of the build record, one each and no more, and
// returns how many there are.
func checkGCRoots(t *testing.T, nixDir string) int {
	t.Helper()
	var st struct {
		Version int      `json:"version"`
		Outs    []string `json:"outs"`
	}
	data, err := os.ReadFile(filepath.Join(nixDir, ".libnix-build.json"))
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	if err != nil || st.Version != 8 || len(st.Outs) == 0 {
		t.Fatalf("%s: build record version %d, outputs %v: %v", nixDir, st.Version, st.Outs, err)
	}
	link := func(i int) string {
		if i == 0 {
			return filepath.Join(nixDir, "gc", "result")
		}
		return filepath.Join(nixDir, "gc", fmt.Sprintf("result-%d", i+1))
	}
	for i, out := range st.Outs {
		if got, _ := os.Readlink(link(i)); got != out {
			t.Errorf("GC root %s names %q, want %s", link(i), got, out)
		}
	}
	if _, err := os.Lstat(link(len(st.Outs))); err == nil {
		t.Errorf("a stale GC root %s is left", link(len(st.Outs)))
	}
	return len(st.Outs)
}

func sortedLines(l []string) []string { return slices.Sorted(slices.Values(l)) }

// TestReleaseAndExample builds with --release and an example, and checks
// cargo's places and Finished wording.
func TestReleaseAndExample(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	// A salt: every unit is built here, so each prints its line.
	salt := []string{"--nix-arg", "--argstr", "--nix-arg", "salt", "--nix-arg", fmt.Sprint(time.Now().UnixNano())}
	out := build(t, dir, nil, append([]string{"--release", "--example", "hello", "--bin", "app"}, salt...)...)
	// The proc macro is two units (the release profile's and
	// build-override's): one line, cargo's, with the package's path.
	if n := strings.Count(out, "   Compiling macros v0.1.0 ("+filepath.Join(dir, "macros")+")\n"); n != 1 {
		t.Errorf("the proc macro's Compiling line shows %d times, want once:\n%s", n, out)
	}
	if !strings.Contains(out, "    Finished `release` profile [optimized] target(s) in ") {
		t.Errorf("no release Finished line in\n%s", out)
	}
	// Every unit was built: the Compiling lines are cargo's for a build
	// of everything, one per package, path packages with their directory.
	cargoOut := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "cargo", "build", "--release", "--example", "hello", "--bin", "app", "--target-dir", t.TempDir())
	if got, want := sortedLines(compilingLines(out)), sortedLines(compilingLines(cargoOut.out)); !slices.Equal(got, want) {
		t.Errorf("Compiling lines\n%s\ncargo's\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The proc macro is two units in release (the profile's and
	// build-override's): cargo names the package once.
	seen := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		if l != "" && seen[l] {
			t.Errorf("printed twice: %q\n%s", l, out)
		}
		seen[l] = true
	}
	if got := output(t, filepath.Join(dir, "target", "release", "app")); !strings.HasPrefix(got, "app: RENAMED DEP | generated=42") {
		t.Errorf("release app prints %q", got)
	}
	if got := output(t, filepath.Join(dir, "target", "release", "examples", "hello")); !strings.HasPrefix(got, "example hello: RENAMED DEP") {
		t.Errorf("example prints %q", got)
	}
	nixDir := filepath.Join(dir, "target", "release", "nix")
	checkGCRoots(t, nixDir)
	example, err := filepath.EvalSymlinks(filepath.Join(dir, "target", "release", "examples", "hello"))
	if err != nil {
		t.Fatal(err)
	}
	// Without the example, no out-link may keep it alive.
	build(t, dir, nil, append([]string{"--release", "--bin", "app"}, salt...)...)
	n := checkGCRoots(t, nixDir)
	for i := range n {
		link := filepath.Join(nixDir, "gc", "result")
		if i > 0 {
			link += fmt.Sprintf("-%d", i+1)
		}
		if out, _ := os.Readlink(link); strings.HasPrefix(example, out+"/") {
			t.Errorf("GC root %s still names the example, %s", link, out)
		}
	}
	// The release build keeps out of the dev profile's directory.
	if _, err := os.Lstat(filepath.Join(dir, "target", "debug", "app")); err == nil {
		t.Error("target/debug/app exists after a release build")
	}
	checkTarget(t, filepath.Join(dir, "target"))
}

// TestTargetLayout: with --target, libnix-build puts every output where
// cargo does: the target's under target/<triple>/debug, the host's (the
// proc macro) under target/debug; and the binaries print what cargo's do.
// The target is this machine's own triple: no other standard library is
// installed here, but cargo treats an explicit --target as a cross build.
func TestTargetLayout(t *testing.T) {
	need(t)
	var triple string
	for _, l := range strings.Split(run(t, "", nil, "rustc", "-vV").out, "\n") {
		if v, ok := strings.CutPrefix(l, "host: "); ok {
			triple = v
		}
	}
	if triple == "" {
		t.Fatal("rustc -vV names no host")
	}
	dir := fixture(t, "workspace")
	build(t, dir, nil, "--target", triple)
	cargoDir := t.TempDir()
	if r := run(t, dir, nil, "cargo", "build", "--target", triple, "--target-dir", cargoDir); r.status != 0 {
		t.Fatalf("cargo build --target: %s", r.out)
	}
	// What cargo leaves in the two profile directories, besides its own
	// bookkeeping (deps/, build/, incremental/, .d files, .cargo-lock): the
	// uplifted outputs.
	uplifted := func(root string, keep func(fs.DirEntry) bool) []string {
		var got []string
		for _, sub := range []string{"debug", filepath.Join(triple, "debug")} {
			entries, _ := os.ReadDir(filepath.Join(root, sub))
			for _, e := range entries {
				if keep(e) && !strings.HasSuffix(e.Name(), ".d") && !strings.HasPrefix(e.Name(), ".") {
					got = append(got, filepath.Join(sub, e.Name()))
				}
			}
		}
		sort.Strings(got)
		return got
	}
	want := uplifted(cargoDir, func(e fs.DirEntry) bool { return e.Type().IsRegular() })
	got := uplifted(filepath.Join(dir, "target"), func(e fs.DirEntry) bool { return e.Type()&fs.ModeSymlink != 0 })
	if !slices.Equal(got, want) {
		t.Errorf("libnix-build --target links\n%v\ncargo --target puts\n%v", got, want)
	}
	for _, f := range want {
		if st, err := os.Stat(filepath.Join(cargoDir, f)); err == nil && st.Mode()&0o100 != 0 && !strings.Contains(filepath.Base(f), ".") {
			if got, w := output(t, filepath.Join(dir, "target", f)), output(t, filepath.Join(cargoDir, f)); got != w {
				t.Errorf("%s prints\n%s\ncargo's prints\n%s", f, got, w)
			}
		}
	}
	checkGCRoots(t, filepath.Join(dir, "target", triple, "debug", "nix"))
	checkTarget(t, filepath.Join(dir, "target"))
}

// TestCompileError: a rustc error fails the build with nix's status, shows
// rustc's rendered error once and no raw nix log.
func TestCompileError(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	main := filepath.Join(dir, "app", "src", "main.rs")
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	bad := append(src, "\nfn broken() -> u32 { \"libnix compile error test\" }\n"...)
	if err := os.WriteFile(main, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, nil, "libnix-build")
	if r.status == 0 {
		t.Fatalf("build with a compile error succeeded:\n%s", r.out)
	}
	if n := strings.Count(r.out, "error[E0308]: mismatched types"); n != 1 {
		t.Errorf("rustc's error shown %d times, want once:\n%s", n, r.out)
	}
	if !strings.Contains(r.out, `"libnix compile error test"`) {
		t.Errorf("rustc's rendered snippet missing:\n%s", r.out)
	}
	for _, noise := range []string{"@nix ", "@cargo ", "building '/nix/store", "note: keeping build directory", "Finished `dev`"} {
		if strings.Contains(r.out, noise) {
			t.Errorf("output contains %q:\n%s", noise, r.out)
		}
	}
	// From rustc's error to cargo's "could not compile" line, the lines
	// are cargo's own, blank ones included.
	c := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "cargo", "build", "--target-dir", t.TempDir())
	start, end := strings.Index(c.out, "error[E0308]"), strings.Index(c.out, "error: could not compile")
	if start < 0 || end < start {
		t.Fatalf("cargo build:\n%s", c.out)
	}
	want := c.out[start:end] + "error: could not compile"
	if !strings.Contains(r.out, want) {
		t.Errorf("libnix-build:\n%s\nwant cargo's\n%s", r.out, want)
	}
	// -q: cargo's output exactly, rustc's error and cargo's line alone.
	cq := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "cargo", "build", "-q", "--target-dir", t.TempDir())
	if q := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "libnix-build", "-q"); q.out != cq.out || q.status != cq.status {
		t.Errorf("libnix-build -q: exit %d\n%s\ncargo build -q: exit %d\n%s", q.status, q.out, cq.status, cq.out)
	}
	checkTarget(t, filepath.Join(dir, "target"))
}

// fakeTools makes a directory whose cargo and nix-build fail loudly (the
// fake nix-build still answers --version), to prove they are not run.
func fakeTools(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	nixBuild, err := exec.LookPath("nix-build")
	if err != nil {
		t.Fatal(err)
	}
	scripts := map[string]string{
		"cargo": "#!/bin/sh\necho 'FAKE CARGO CALLED' \"$@\" >&2\nexit 99\n",
		"nix-build": "#!/bin/sh\n[ \"$1\" = --version ] && exec " + nixBuild + " --version\n" +
			"echo 'FAKE NIX-BUILD CALLED' >&2\nexit 99\n",
	}
	for name, text := range scripts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestNoOp: a second run with nothing changed calls neither cargo nor
// nix-build and keeps the links; a changed source file is rebuilt; a new
// binary file (cargo's auto-discovery) is planned and linked.
func TestNoOp(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	build(t, dir, nil)
	app := filepath.Join(dir, "target", "debug", "app")
	before, err := os.Readlink(app)
	if err != nil {
		t.Fatal(err)
	}

	fake := []string{"PATH=" + fakeTools(t) + ":" + os.Getenv("PATH")}
	out := build(t, dir, fake)
	if strings.Contains(out, "FAKE") || strings.Contains(out, "Compiling") {
		t.Errorf("no-op run did work:\n%s", out)
	}
	if after, err := os.Readlink(app); err != nil || after != before {
		t.Errorf("app link changed in a no-op run: %q -> %q (%v)", before, after, err)
	}
	// The same through cargo's external-subcommand protocol.
	if r := run(t, dir, fake, "cargo-libnix", "libnix", "build"); r.status != 0 || strings.Contains(r.out, "FAKE") {
		t.Errorf("cargo-libnix libnix build: exit %d\n%s", r.status, r.out)
	}
	// Through real cargo, which sets CARGO, RUSTUP_* and more for its
	// subcommand: the plan libnix-build made is used, not made again, and
	// the other way round.
	plans, _ := filepath.Glob(filepath.Join(dir, "target", ".libnix", "plan-*.json"))
	stamps := func() (s []string) {
		for _, p := range plans {
			if st, err := os.Stat(p); err == nil {
				s = append(s, st.ModTime().String())
			}
		}
		return s
	}
	planned := stamps()
	viaCargo := []string{"PATH=" + toolsDir + ":" + os.Getenv("PATH")}
	if r := run(t, dir, viaCargo, "cargo", "libnix", "build"); r.status != 0 || !slices.Equal(stamps(), planned) || len(planned) == 0 {
		t.Errorf("cargo libnix build planned again (plans %v -> %v): exit %d\n%s", planned, stamps(), r.status, r.out)
	}
	if out := build(t, dir, fake); strings.Contains(out, "FAKE") {
		t.Errorf("libnix-build after cargo libnix build ran cargo:\n%s", out)
	}

	// A source edit must be rebuilt, even with the same size and right away.
	lib := filepath.Join(dir, "app", "src", "lib.rs")
	src, err := os.ReadFile(lib)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(src, []byte(`"renamed dep"`), []byte(`"edited dep!"`), 1)
	if bytes.Equal(src, edited) {
		t.Fatal(`app/src/lib.rs no longer says "renamed dep"`)
	}
	if err := os.WriteFile(lib, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, fake, "libnix-build")
	if r.status == 0 || !strings.Contains(r.out, "FAKE NIX-BUILD CALLED") {
		t.Errorf("an edited source did not make libnix-build run nix-build (exit %d):\n%s", r.status, r.out)
	}
	build(t, dir, nil)
	if got := output(t, app); !strings.Contains(got, "EDITED DEP!") {
		t.Errorf("app after the edit prints %q", got)
	}

	// A new src/bin file changes the plan without touching Cargo.toml.
	extra := filepath.Join(dir, "app", "src", "bin", "extra.rs")
	if err := os.WriteFile(extra, []byte("fn main() { println!(\"extra bin\"); }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	build(t, dir, nil)
	if got := output(t, filepath.Join(dir, "target", "debug", "extra")); got != "extra bin\n" {
		t.Errorf("new binary prints %q", got)
	}
	checkTarget(t, filepath.Join(dir, "target"))
}

// slowProject writes a one-package project whose build script sleeps while
// the file `slow` exists in the package.
func slowProject(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "slowpoke")
	files := map[string]string{
		"Cargo.toml":         "[package]\nname = \"slowpoke\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
		"build.rs":           "fn main() {\n    if std::path::Path::new(\"slow\").exists() {\n        std::thread::sleep(std::time::Duration::from_secs(300));\n    }\n}\n",
		"src/main.rs":        "fn main() { println!(\"slowpoke done\"); }\n",
		".cargo/config.toml": "[net]\noffline = true\n",
		// A fresh nonce: the slow unit must really build, not come from the store.
		"slow": fmt.Sprintf("%d\n", time.Now().UnixNano()),
	}
	testenv.WriteTree(t, dir, files)
	backdate(t, dir)
	return dir
}

// TestInterrupt: Ctrl-C (SIGINT to the process group, as a terminal sends
// it) during a build stops it promptly and leaves target/ without temporary
// files or dangling links; the next run succeeds.
func TestInterrupt(t *testing.T) {
	need(t)
	dir := slowProject(t)
	cmd := command(dir, nil, "libnix-build", "-v") // -v: a line per unit
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	started := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), "slowpoke v0.1.0 (build-script-run)") {
				started <- true
			}
		}
		close(started)
	}()
	select {
	case ok := <-started:
		if !ok {
			cmd.Wait()
			t.Fatalf("libnix-build ended before the slow build script ran:\n%s", log.String())
		}
	case <-time.After(3 * time.Minute):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		t.Fatal("the slow build script did not start in 3 minutes")
	}
	time.Sleep(500 * time.Millisecond)
	sent := time.Now()
	syscall.Kill(-cmd.Process.Pid, syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		exit, ok := err.(*exec.ExitError)
		if !ok || exit.ExitCode() != 130 {
			t.Errorf("interrupted libnix-build: %v, want exit status 130", err)
		}
	case <-time.After(time.Minute):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		t.Fatal("libnix-build did not stop within a minute of SIGINT")
	}
	t.Logf("stopped %v after SIGINT", time.Since(sent).Round(time.Millisecond))
	checkTarget(t, filepath.Join(dir, "target"))

	if err := os.Remove(filepath.Join(dir, "slow")); err != nil {
		t.Fatal(err)
	}
	build(t, dir, nil)
	if got := output(t, filepath.Join(dir, "target", "debug", "slowpoke")); got != "slowpoke done\n" {
		t.Errorf("slowpoke prints %q", got)
	}
	checkTarget(t, filepath.Join(dir, "target"))
}

// TestConcurrent: a run waits for the lock another holds, saying so as
// cargo does; two runs at once both succeed.
func TestConcurrent(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	lockPath := filepath.Join(dir, "target", ".libnix", "lock")
	if err := os.MkdirAll(filepath.Dir(lockPath), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	cmd := command(dir, nil, "libnix-build")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(out.String(), "Blocking waiting for file lock on build directory") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	f.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("run after waiting for the lock: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "    Blocking waiting for file lock on build directory\n") {
		t.Errorf("no Blocking message:\n%s", out.String())
	}

	// Two at once, with something to build: both succeed, one after the other.
	lib := filepath.Join(dir, "text-utils", "src", "lib.rs")
	src, _ := os.ReadFile(lib)
	os.WriteFile(lib, append(src, fmt.Sprintf("\n// %d\n", time.Now().UnixNano())...), 0o644)
	results := make(chan result, 2)
	for range 2 {
		go func() {
			var out bytes.Buffer
			cmd := command(dir, nil, "libnix-build")
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			status := 0
			if err != nil {
				status = -1
				if exit, ok := err.(*exec.ExitError); ok {
					status = exit.ExitCode()
				}
			}
			results <- result{out.String(), status}
		}()
	}
	for range 2 {
		if r := <-results; r.status != 0 {
			t.Errorf("concurrent run: exit %d\n%s", r.status, r.out)
		}
	}
	if got := output(t, filepath.Join(dir, "target", "debug", "app")); !strings.HasPrefix(got, "app: RENAMED DEP") {
		t.Errorf("app prints %q", got)
	}
	checkTarget(t, filepath.Join(dir, "target"))
}

// badBytesBuildRS is a build script that writes bytes that are not text to
// stderr, then panics. Its stdout is text, which cargo shows.
const badBytesBuildRS = `use std::io::Write;
fn main() {
    println!("cargo::warning=about to fail");
    println!("plain stdout line");
    std::io::stderr().write_all(b"bad \xff byte\0 nul\n").unwrap();
    panic!("build script fails on purpose");
}
`

// tinyProject writes a one-package project (a binary) with build script
// buildRS, offline, dated an hour back.
func tinyProject(t *testing.T, name, buildRS string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	files := map[string]string{
		"Cargo.toml":         "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
		"src/main.rs":        "fn main() { println!(\"" + name + " done\"); }\n",
		".cargo/config.toml": "[net]\noffline = true\n",
	}
	if buildRS != "" {
		// A fresh nonce: the script must really run, not come from the store.
		files["build.rs"] = fmt.Sprintf("// %d\n%s", time.Now().UnixNano(), buildRS)
	}
	testenv.WriteTree(t, dir, files)
	backdate(t, dir)
	return dir
}

// drvRE matches a derivation path in an output.
var drvRE = regexp.MustCompile(`/nix/store/[0-9a-z]{32}-[^'" ()]+\.drv`)

// TestBuildScriptBytes: a failing build script whose stderr holds an
// invalid byte and a NUL is shown with its --- stderr section (cargo 1.95
// leaves the section out: its stream is not UTF-8), as text; `nix log`
// holds the raw bytes.
func TestBuildScriptBytes(t *testing.T) {
	need(t)
	dir := tinyProject(t, "badbytes", badBytesBuildRS)
	r := run(t, dir, nil, "libnix-build", "--color", "never")
	t.Logf("libnix-build:\n%s", r.out)
	if r.status == 0 {
		t.Fatal("libnix-build succeeded with a panicking build script")
	}
	for _, want := range []string{
		"error: failed to run custom build command for `badbytes v0.1.0 (" + dir + ")`\n\nCaused by:\n",
		"  --- stdout\n",
		"  plain stdout line\n",
		"  --- stderr\n",
		"  bad \uFFFD byte\u2400 nul\n",
		"  thread 'main'", " panicked at build.rs:",
		"  build script fails on purpose\n",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Once, as cargo shows it (once raw with the derivation's name before).
	if n := strings.Count(r.out, "failed to run custom build command"); n != 1 {
		t.Errorf("the report shows %d times", n)
	}
	if !utf8.ValidString(r.out) || strings.Contains(r.out, "\x00") {
		t.Errorf("output is not text (invalid UTF-8 or NUL): %q", r.out)
	}

	// What cargo shows of the same script must be in ours too; the rest
	// (the --- stderr section with the panic) cargo leaves out.
	target := t.TempDir()
	c := run(t, dir, nil, "cargo", "build", "--color", "never", "--target-dir", target)
	t.Logf("cargo build:\n%s", c.out)
	if c.status == 0 {
		t.Fatal("cargo build succeeded")
	}
	_, cause, ok := strings.Cut(c.out, "\nCaused by:\n")
	if !ok {
		t.Fatalf("cargo printed no Caused by:\n%s", c.out)
	}
	shown := strings.Split(cause, "\n")[1:] // after cargo's command line
	if !slices.Contains(shown, "  --- stdout") {
		t.Errorf("cargo shows no --- stdout section:\n%s", c.out)
	}
	for _, l := range shown {
		if strings.TrimSpace(l) != "" && !strings.Contains(r.out, l+"\n") {
			t.Errorf("cargo shows %q, libnix-build does not", l)
		}
	}

	// The raw bytes are in the build log: -v names the failed derivation.
	q := run(t, dir, nil, "libnix-build", "-v", "--color", "never")
	var drv string
	for _, d := range drvRE.FindAllString(q.out, -1) {
		if strings.Contains(d, "badbytes") && strings.Contains(q.out, "failed: "+strings.TrimSuffix(d[44:], ".drv")+" ("+d+")") {
			drv = d
		}
	}
	if drv == "" {
		t.Fatalf("libnix-build -v names no failed badbytes derivation:\n%s", q.out)
	}
	logCmd := command(dir, nil, "nix", "--extra-experimental-features", "nix-command", "log", "--option", "substituters", "", drv)
	raw, err := logCmd.Output()
	if err != nil {
		t.Fatalf("nix log %s: %v", drv, err)
	}
	for _, want := range []string{"  bad \xff byte\x00 nul\n", "  plain stdout line\n", "  build script fails on purpose\n"} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("nix log %s lacks %q:\n%q", drv, want, raw)
		}
	}
}

// TestNixArgsUsageError: a --nix-arg that nix-build rejects is
// reported as nix-build's usage error (its message and hint, then which
// arguments were passed on), exit status 2, not as a failed evaluation.
func TestNixArgsUsageError(t *testing.T) {
	need(t)
	dir := tinyProject(t, "usageerr", "")
	r := run(t, dir, nil, "libnix-build", "--color", "never", "--nix-arg", "--no-such-nix-flag")
	if r.status != 2 {
		t.Errorf("exit status %d, want 2", r.status)
	}
	for _, want := range []string{
		"error: unrecognised flag '--no-such-nix-flag'\nTry '",
		" --help' for more information.\n",
		"error: nix-build rejected its command line; the arguments of --nix-arg and --nix-option (--no-such-nix-flag) are passed to it unchanged\n",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("output lacks %q:\n%s", want, r.out)
		}
	}
	for _, noise := range []string{"evaluation error", "build failed", "Finished", "@nix "} {
		if strings.Contains(r.out, noise) {
			t.Errorf("output contains %q:\n%s", noise, r.out)
		}
	}
}

// TestPkgsWithoutNixpkgs: --toolchain pkgs without <nixpkgs> on Nix's
// search path says how to set it, in one line, exit 1.
func TestPkgsWithoutNixpkgs(t *testing.T) {
	need(t)
	dir := tinyProject(t, "nopkgs", "")
	r := run(t, dir, []string{"NIX_PATH="}, "libnix-build", "--toolchain", "pkgs")
	want := "error: --toolchain pkgs: <nixpkgs> is not on Nix's search path; set NIX_PATH=nixpkgs=PATH (a nixpkgs checkout or channel), or pass --nix-arg -I --nix-arg nixpkgs=PATH\n"
	if r.status != 101 || !strings.HasSuffix(r.out, want) {
		t.Errorf("exit %d, want 101 and %q:\n%s", r.status, want, r.out)
	}
}
