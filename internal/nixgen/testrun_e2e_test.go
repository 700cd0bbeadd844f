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

// realise builds the derivations, on after a failure, and returns nix's stderr.
func realise(t *testing.T, p *plan.Plan, drvs ...string) (string, error) {
	t.Helper()
	var stderr bytes.Buffer
	args := append(append([]string{"--no-out-link", "--keep-going", "--max-jobs", "2", "--cores", "2"}, nixOptions(p)...), drvs...)
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

// cargoTest runs cargo test in dir and returns what each binary printed, by
// label.
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
			label = m[1] + m[3]
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

// TestTestRunsLikeCargo runs every testRuns element of the suite (unit
// tests reading files through CARGO_MANIFEST_DIR and writing next to them,
// an ignored test, a bin's tests, an integration test that runs
// CARGO_BIN_EXE_suite and writes to CARGO_TARGET_TMPDIR, a harness = false
// test, and a failing test) and compares each with cargo test's run of the
// same binary; then a filter in testArgs, the cache of passing runs, and
// the test units' rustc arguments against cargo's.
func TestTestRunsLikeCargo(t *testing.T) {
	testenv.Short(t)
	testenv.NeedNix(t)
	testenv.NeedCargo(t)
	dir := copySuite(t)
	flags := cargo.BuildFlags{AllTargets: true}
	p, err := plan.Make(context.Background(), plan.Options{Dir: dir, Flags: flags, Tools: cargo.Tools{Stderr: os.Stderr}})
	if err != nil {
		t.Fatal(err)
	}
	out := emit(t, dir, p, Options{})
	runs := evalRuns(t, out, "")
	var labels []string
	for _, r := range runs {
		labels = append(labels, r.Kind+" "+r.Label+" "+r.Rerun)
	}
	want := []string{"lib unittests src/lib.rs --lib", "bin unittests src/main.rs --bin suite",
		"test tests/cli.rs --test cli", "test tests/fail.rs --test fail", "test tests/plain.rs --test plain"}
	if strings.Join(labels, "\n") != strings.Join(want, "\n") {
		t.Fatalf("testRuns are\n%s\nwant\n%s", strings.Join(labels, "\n"), strings.Join(want, "\n"))
	}
	var drvs []string
	for _, r := range runs {
		drvs = append(drvs, r.Drv)
	}
	if _, err := realise(t, p, drvs...); err == nil {
		t.Errorf("building the runs succeeded, but tests/fail.rs fails")
	}

	cargoRuns := cargoTest(t, copySuite(t), "--all-targets", "--no-fail-fast")
	var passing []string
	for _, r := range runs {
		got, passed := runOutput(t, r)
		wantOut, ok := cargoRuns[r.Label]
		if !ok {
			t.Errorf("%s: cargo test ran no such binary", r.Label)
			continue
		}
		if passed != (r.Label != "tests/fail.rs") {
			t.Errorf("%s: passed is %v", r.Label, passed)
		}
		if passed {
			passing = append(passing, r.Drv)
		}
		if s, ws := summaries(got), summaries(wantOut); strings.Join(s, "\n") != strings.Join(ws, "\n") || len(ws) == 0 && got != wantOut {
			t.Errorf("%s prints\n%s\ncargo's run printed\n%s", r.Label, got, wantOut)
		}
		if !passed && !strings.Contains(got, "a failing test") {
			t.Errorf("the log of the failed run does not hold its output:\n%s", got)
		}
	}

	// Passing runs are cached: building them again builds nothing.
	if stderr, err := realise(t, p, passing...); err != nil || strings.Contains(stderr, "building '") {
		t.Errorf("a second build of the passing runs: %v\n%s", err, stderr)
	}

	// testArgs reach every binary: a filter for the harness, args for plain.
	filtered := evalRuns(t, out, `testArgs = [ "counts" ];`)
	if _, err := realise(t, p, filtered[0].Drv, filtered[4].Drv); err != nil {
		t.Fatalf("the filtered runs fail: %v", err)
	}
	got, _ := runOutput(t, filtered[0])
	wantOut := cargoTest(t, copySuite(t), "--lib", "--", "counts")["unittests src/lib.rs"]
	if s, ws := summaries(got), summaries(wantOut); strings.Join(s, "\n") != strings.Join(ws, "\n") {
		t.Errorf("with testArgs, the lib's run prints\n%s\ncargo test --lib -- counts printed\n%s", got, wantOut)
	}
	if got, _ := runOutput(t, filtered[4]); got != "plain: 1 args\n" {
		t.Errorf("with testArgs, tests/plain.rs prints %q", got)
	}

	// The test units' rustc arguments are cargo's.
	if _, err := realise(t, p, out+"/default.nix", "-A", "roots"); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command("cargo", "build", "-v", "--all-targets")
	cmd.Dir, cmd.Stderr = copySuite(t), &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("cargo build: %v\n%s", err, stderr.String())
	}
	compareRustcArgs(t, p, stderr.String(), builtArgs(t, out))
}
