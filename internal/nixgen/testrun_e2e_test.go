package nixgen

// End to end: default.nix's testRuns run the test binaries of
// testdata/testsuite in the sandbox and record what cargo test's runs print.

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/testenv"
)

// copySuite copies testdata/testsuite to a new directory.
func copySuite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "suite")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "testsuite"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// evaluatedRun is a testRuns element with its run's derivation and output.
type evaluatedRun struct {
	Kind, Label, Exe, Rerun string
	Drv, Out                string
}

func evalRuns(t *testing.T, out string, args string) []evaluatedRun {
	t.Helper()
	expr := "map (r: { Kind = r.kind; Label = r.label; Exe = r.exe; Rerun = r.rerun; Drv = r.run.drvPath; Out = r.run.outPath; }) " +
		"(import (" + absPath(out) + ") { " + args + " }).testRuns"
	var runs []evaluatedRun
	if err := json.Unmarshal([]byte(nix(t, "nix-instantiate", "--eval", "--strict", "--json", "--read-write-mode", "-E", expr)), &runs); err != nil {
		t.Fatal(err)
	}
	return runs
}

// realise builds the derivations of the build system in out, on after a
// failure, and returns nix's stderr.
func realise(t *testing.T, p *plan.Plan, out string, drvs ...string) (string, error) {
	t.Helper()
	var stderr bytes.Buffer
	args := append(append([]string{"--no-out-link", "--keep-going", "--max-jobs", "2", "--cores", "2"}, nixOptions(t, p, out)...), drvs...)
	cmd := exec.Command("nix-build", args...)
	cmd.Stderr = &stderr
	err := cmd.Run()
	return stderr.String(), err
}

// runOutput is what a run printed: its recorded output, or for a failed run
// the build log.
func runOutput(t *testing.T, r evaluatedRun) (string, bool) {
	t.Helper()
	if exec.Command("nix-store", "--check-validity", r.Out).Run() == nil {
		data, err := os.ReadFile(filepath.Join(r.Out, "output"))
		if err != nil {
			t.Fatal(err)
		}
		status, err := os.ReadFile(filepath.Join(r.Out, "status"))
		if err != nil || string(status) != "0\n" {
			t.Errorf("%s: status %q, %v", r.Label, status, err)
		}
		return string(data), true
	}
	return nix(t, "nix-store", "-l", r.Drv), false
}

var runningLine = regexp.MustCompile(`^\s+(?:Running (.*) \(target/debug/(deps/[^)]*)\)|Doc-tests (\S+))$`)

// runKey names a run by its label and its binary without the hash: two
// packages' unit tests have the same label.
func runKey(label, exe string) string { return label + " " + hashSuffix.ReplaceAllString(exe, "") }

// cargoTest runs cargo test in dir and returns what each binary printed, by
// runKey.
func cargoTest(t *testing.T, dir string, args ...string) map[string]string {
	t.Helper()
	cmd := exec.Command("cargo", append([]string{"test"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "RUST_BACKTRACE=0")
	out, _ := cmd.CombinedOutput() // the suite has a failing test
	sections := map[string]string{}
	label := ""
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if m := runningLine.FindStringSubmatch(strings.TrimSuffix(line, "\n")); m != nil {
			label = runKey(m[1]+m[3], m[2])
			sections[label] = ""
			continue
		}
		if strings.HasPrefix(line, "error: ") {
			label = "" // cargo's own report of failures
		}
		if label != "" {
			sections[label] += line
		}
	}
	if len(sections) == 0 {
		t.Fatalf("cargo test %v ran nothing:\n%s", args, out)
	}
	return sections
}

var finishedIn = regexp.MustCompile(`; finished in [0-9.]+s$`)

// summaries are the `test result:` lines of a run's output, without times.
func summaries(output string) []string {
	var s []string
	for _, line := range strings.Split(output, "\n") {
		if strings.HasPrefix(line, "test result: ") {
			s = append(s, finishedIn.ReplaceAllString(line, ""))
		}
	}
	return s
}

// buildRuns plans cargo test of dir, emits it, builds every testRuns
// element's run (on after failures) and compares each with cargo test's run
// of the same binary on a copy of the tree (copy). It returns the plan, the
// build system and the runs.
func buildRuns(t *testing.T, dir string, copy func() string) (*plan.Plan, string, []evaluatedRun) {
	t.Helper()
	flags := cargo.BuildFlags{Command: cargo.CommandTest}
	p, err := plan.Make(context.Background(), plan.Options{Dir: dir, Flags: flags, Tools: cargo.Tools{Stderr: os.Stderr}})
	if err != nil {
		t.Fatal(err)
	}
	out := emit(t, dir, p, Options{})
	runs := evalRuns(t, out, "")
	var drvs []string
	for _, r := range runs {
		drvs = append(drvs, r.Drv)
	}
	realise(t, p, out, drvs...)
	cargoRuns := cargoTest(t, copy(), "--no-fail-fast")
	if len(cargoRuns) != len(runs) {
		t.Errorf("cargo test ran %d binaries, testRuns has %d", len(cargoRuns), len(runs))
	}
	for _, r := range runs {
		got, _ := runOutput(t, r)
		want, ok := cargoRuns[runKey(r.Label, r.Exe)]
		if !ok {
			t.Errorf("%s: cargo test ran no such binary", r.Label)
			continue
		}
		if s, ws := summaries(got), summaries(want); strings.Join(s, "\n") != strings.Join(ws, "\n") || len(ws) == 0 && got != want {
			t.Errorf("%s prints\n%s\ncargo's run printed\n%s", r.Label, got, want)
		}
	}
	return p, out, runs
}

// TestTestRunsLikeCargo runs every testRuns element of testdata/testsuite
// (unit tests reading files through CARGO_MANIFEST_DIR and writing next to
// them, an ignored test, a bin's tests, an integration test that runs
// CARGO_BIN_EXE_suite and writes to CARGO_TARGET_TMPDIR, a harness = false
// test, a failing test, a doc test) and compares each with cargo test's run
// of the same binary; then a failure's log, a filter in testArgs, the cache
// of passing runs, and the test units' rustc arguments against cargo's.
func TestTestRunsLikeCargo(t *testing.T) {
	testenv.Short(t)
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	p, out, runs := buildRuns(t, copySuite(t), func() string { return copySuite(t) })
	var labels []string
	for _, r := range runs {
		labels = append(labels, r.Kind+" "+r.Label+" "+r.Exe+" "+r.Rerun)
	}
	want := []string{"lib unittests src/lib.rs deps/suite- --lib", "bin unittests src/main.rs deps/suite- --bin suite",
		"test tests/cli.rs deps/cli- --test cli", "test tests/fail.rs deps/fail- --test fail",
		"test tests/plain.rs deps/plain- --test plain", "doc suite  --doc"}
	got := strings.Join(labels, "\n")
	if hashSuffix.ReplaceAllString(got, "-") != strings.Join(want, "\n") {
		t.Fatalf("testRuns are\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	var passing []string
	for _, r := range runs {
		output, passed := runOutput(t, r)
		if passed != (r.Label != "tests/fail.rs") {
			t.Errorf("%s: passed is %v", r.Label, passed)
		}
		if passed {
			passing = append(passing, r.Drv)
		} else if !strings.Contains(output, "a failing test") {
			t.Errorf("the log of the failed run does not hold its output:\n%s", output)
		}
	}

	// Passing runs are cached: building them again builds nothing.
	if stderr, err := realise(t, p, out, passing...); err != nil || strings.Contains(stderr, "building '") {
		t.Errorf("a second build of the passing runs: %v\n%s", err, stderr)
	}

	// testArgs reach every binary: a filter for the harness, args for
	// plain, --test-args for rustdoc.
	filtered := evalRuns(t, out, `testArgs = [ "counts" ];`)
	if _, err := realise(t, p, out, filtered[0].Drv, filtered[4].Drv, filtered[5].Drv); err != nil {
		t.Fatalf("the filtered runs fail: %v", err)
	}
	for _, c := range []struct {
		run   evaluatedRun
		cargo []string
	}{{filtered[0], []string{"--lib", "--", "counts"}}, {filtered[5], []string{"--doc", "--", "counts"}}} {
		got, _ := runOutput(t, c.run)
		want := cargoTest(t, copySuite(t), c.cargo...)[runKey(c.run.Label, c.run.Exe)]
		if s, ws := summaries(got), summaries(want); strings.Join(s, "\n") != strings.Join(ws, "\n") {
			t.Errorf("with testArgs, %s prints\n%s\ncargo test %v printed\n%s", c.run.Label, got, c.cargo, want)
		}
	}
	if got, _ := runOutput(t, filtered[4]); got != "plain: 1 args\n" {
		t.Errorf("with testArgs, tests/plain.rs prints %q", got)
	}
	compareTestArgs(t, p, out, runs)
}

// TestTestRunsTestsuite runs the testsuite fixture's testRuns (a
// workspace with a proc-macro crate's tests and doc tests, an integration
// test of a bin named with a dash) and compares them with cargo test's.
func TestTestRunsTestsuite(t *testing.T) {
	testenv.Short(t)
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	p, out, runs := buildRuns(t, testenv.CopyFixture(t, "testsuite"), func() string { return testenv.CopyFixture(t, "testsuite") })
	for _, r := range runs {
		if _, passed := runOutput(t, r); !passed {
			t.Errorf("%s failed", r.Label)
		}
	}
	compareTestArgs(t, p, out, runs)
}

// compareTestArgs checks the rustc arguments of the plan's units against
// cargo test --no-run -v's, and each doc-test run's rustdoc arguments
// against cargo test --doc -v's.
func compareTestArgs(t *testing.T, p *plan.Plan, out string, runs []evaluatedRun) {
	t.Helper()
	if _, err := realise(t, p, out, out+"/default.nix", "-A", "roots"); err != nil {
		t.Fatal(err)
	}
	compareRustcArgs(t, p, cargoVerbose(t, p, "--no-run"), builtArgs(t, out))

	docs := map[string][]string{}
	for _, line := range strings.Split(cargoVerbose(t, p, "--doc"), "\n") {
		if _, cmd, ok := strings.Cut(line, "Running `"); ok && strings.Contains(cmd, "rustdoc ") {
			words, err := shellWords(strings.TrimSuffix(cmd, "`"))
			if err != nil {
				t.Fatal(err)
			}
			docs[words[1+indexOf(words, "--crate-name")]] = rustdocArgs(words[1:])
		}
	}
	for _, r := range runs {
		if r.Kind != "doc" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(r.Out, "nix-support", "rustdoc-args"))
		if err != nil {
			t.Errorf("%s: %v", r.Label, err)
			continue
		}
		got := rustdocArgs(strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00"))
		if want := docs[r.Label]; strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("rustdoc arguments of %s differ\n  nix:   %s\n  cargo: %s", r.Label, strings.Join(got, " "), strings.Join(want, " "))
		}
	}
}

// cargoVerbose runs cargo test -v with args in the plan's workspace and
// returns its stderr.
func cargoVerbose(t *testing.T, p *plan.Plan, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command("cargo", append([]string{"test", "-v"}, args...)...)
	cmd.Dir, cmd.Stderr = p.Workspace.Root, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("cargo test -v %v: %v\n%s", args, err, stderr.String())
	}
	return stderr.String()
}

// rustdocArgs normalises rustdoc's arguments as normalizeArgs does rustc's,
// and the run directory, which differs as the output directory does.
func rustdocArgs(args []string) []string {
	var a []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--test-run-directory" {
			i++
			continue
		}
		a = append(a, args[i])
	}
	return normalizeArgs(a)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
