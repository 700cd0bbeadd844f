package driver

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/libnix/libnix/internal/nixcli"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/shellquote"
)

// testFailed is cargo test's exit status when a test fails.
const testFailed = 101

// runResult is what became of one test run: replayed from the store
// (cached), passed or failed, and its output (a failed run's build log).
type runResult struct {
	cached, failed bool
	status         int // a failed run's exit status, when known
	output         []byte
}

// runTests is test's phase 2: it builds every run derivation of default.nix's
// testRuns (docs/nix-emit.md) with --keep-going, so that each passing run is
// recorded even when another fails, shows no live log, and then prints the
// runs as cargo test does. It returns the exit status.
func (b *builder) runTests(ctx context.Context, stdout io.Writer) (int, error) {
	runs := nixgen.TestRuns(b.p)
	if b.o.NoRun {
		for _, r := range runs {
			if r.Kind != "doc" {
				b.status("Executable", b.runText(r, false))
			}
		}
		return 0, nil
	}
	if len(runs) == 0 {
		return 0, nil
	}
	if b.o.OnHost {
		return b.runOnHost(ctx, runs, stdout), nil
	}
	gcRoot := filepath.Join(b.nixDir, "gc", "test")
	nb, err := b.runsBuild(len(runs), gcRoot)
	if err != nil {
		return 1, err
	}
	inst := append([]string{nb.Entry, "-A", nb.Attr}, nb.ArgFlags()...)
	drvs, err := nixLines(ctx, len(runs), "nix-instantiate", append(inst, nb.Extra...)...)
	if err != nil {
		return 1, err
	}
	outs, err := nixLines(ctx, len(runs), "nix-store", append([]string{"--query", "--outputs"}, drvs...)...)
	if err != nil {
		return 1, err
	}
	invalid, err := invalidPaths(ctx, outs)
	if err != nil {
		return 1, err
	}
	if b.o.Rerun && len(invalid) < len(outs) {
		if invalid, err = forget(ctx, gcRoot, outs, invalid); err != nil {
			return 1, err
		}
	}
	results := make([]runResult, len(runs))
	for i, out := range outs {
		results[i].cached = !invalid[out]
	}
	var nixOut []byte
	if len(invalid) > 0 {
		cmd := b.nixBuildCmd(ctx, "nix-build", nb)
		// A failed run fails nix-build; the runs' own results tell what failed.
		nixOut, _ = cmd.CombinedOutput()
		if ctx.Err() != nil {
			return 1, ctx.Err()
		}
		if invalid, err = invalidPaths(ctx, outs); err != nil {
			return 1, err
		}
	}
	var valid []string
	for _, out := range outs {
		if !invalid[out] {
			valid = append(valid, out)
		}
	}
	// The recorded runs' outputs become the roots in place of the last
	// test's: nix-build makes none when a run failed.
	if err := replaceRoots(ctx, gcRoot, valid); err != nil {
		return 1, err
	}
	for i, out := range outs {
		res := &results[i]
		if !invalid[out] {
			if res.output, err = os.ReadFile(filepath.Join(out, "output")); err != nil {
				return 1, err
			}
			continue
		}
		res.failed, res.status = true, exitCode(nixOut, drvs[i])
		log, err := exec.CommandContext(ctx, "nix-store", "--read-log", drvs[i]).Output()
		if err != nil {
			// No log: the run did not start; nix-build said why, once.
			log, nixOut = nixOut, nil
		}
		res.output = log
	}
	return b.report(runs, func(i int) bool { return results[i].cached }, func(i int) runResult { return results[i] }, stdout), nil
}

// runsBuild is the nix-build of the first n run derivations, with the
// test arguments and --keep-going.
func (b *builder) runsBuild(n int, gcRoot string) (nixcli.Build, error) {
	nb, err := b.nixBuild("testRuns.0.run", gcRoot)
	if err != nil {
		return nb, err
	}
	args, err := nixgen.StrList(b.testArgs())
	if err != nil {
		return nb, err
	}
	nb.Args = append(nb.Args, "testArgs", args)
	if b.o.Level == "errors" {
		nb.Args = append(nb.Args, "testQuiet", "true") // -q: the binaries' --quiet
	}
	nb.KeepGoing = true
	var attrs []string
	for i := 1; i < n; i++ {
		attrs = append(attrs, "-A", "testRuns."+strconv.Itoa(i)+".run")
	}
	nb.Extra = append(attrs, b.o.NixArgs...)
	return nb, nil
}

// forget deletes the recorded runs (outs less invalid) from the store, so
// that they run again (--rerun), also when another checkout's GC roots keep
// the same runs: a run's output is a leaf that no store path refers to (Nix
// would refuse to delete it otherwise), and a checkout that misses it runs
// it again. It returns the outputs now missing, all of them.
func forget(ctx context.Context, root string, outs []string, invalid map[string]bool) (map[string]bool, error) {
	if err := replaceRoots(ctx, root, nil); err != nil {
		return nil, err
	}
	args := []string{"--delete", "--ignore-liveness"}
	for _, out := range outs {
		if !invalid[out] {
			args = append(args, out)
		}
	}
	if out, err := exec.CommandContext(ctx, "nix-store", args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("--rerun: nix-store --delete: %v: %s", err, strings.TrimSpace(string(out)))
	}
	return invalidPaths(ctx, outs)
}

// runOnHost runs the test binaries here, as cargo does, without Nix and
// without recording anything (--on-host): for tests that cannot run in the
// sandbox. The doc tests are left out: they are rustdoc's to compile.
func (b *builder) runOnHost(ctx context.Context, runs []nixgen.TestRun, stdout io.Writer) int {
	var host []nixgen.TestRun
	for _, r := range runs {
		if r.Kind != "doc" {
			host = append(host, r)
		}
	}
	if len(host) < len(runs) {
		b.sh.warn("--on-host runs no doc tests")
	}
	return b.report(host, func(int) bool { return false }, func(i int) runResult {
		r := host[i]
		pkg := b.p.Packages[b.p.Units[r.Unit].Package]
		args := b.testArgs()
		if b.o.Level == "errors" && r.Harness {
			args = append(args, "--quiet") // cargo test -q's
		}
		cmd := exec.CommandContext(ctx, b.exePath(r), args...)
		cmd.Dir = packageDir(b.p, pkg)
		cmd.Env = b.cargoEnv(pkg)
		cmd.Stdout, cmd.Stderr = stdout, b.sh.w
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			// A signal (-1) is cargo's 101.
			return runResult{failed: true, status: max(exit.ExitCode(), 0)}
		case err != nil:
			b.sh.errorf("%s: %v", cmd.Path, err)
			return runResult{failed: true}
		}
		return runResult{}
	}, stdout)
}

// testArgs are the arguments of every test binary: TESTNAME, then those
// after --, as cargo passes them.
func (b *builder) testArgs() []string {
	args := []string{}
	if b.o.Cargo.TestName != "" {
		args = append(args, b.o.Cargo.TestName)
	}
	return append(args, b.o.Args...)
}

// report prints the runs in order as cargo test does (docs/cargo-semantics.md
// §9.4, §9.8), each one's status
// line (on stderr, with cached(i)), then what became of it, result(i), and
// its output (on stdout), stopping after the first failure unless
// --no-fail-fast, and returns the exit status: the failed run's (101 when
// unknown), 101 after --no-fail-fast.
func (b *builder) report(runs []nixgen.TestRun, cached func(int) bool, result func(int) runResult, stdout io.Writer) int {
	var failed []string
	for i, r := range runs {
		switch {
		case r.Kind == "doc":
			b.status("Doc-tests", r.Label+cachedMark(cached(i)))
		case b.o.Level == "verbose":
			// cargo -v: the command instead of the label.
			b.status("Running", "`"+shellquote.Command(nil, append([]string{b.exePath(r)}, b.testArgs()...))+"`"+cachedMark(cached(i)))
		default:
			b.status("Running", b.runText(r, cached(i)))
		}
		res := result(i)
		stdout.Write(res.output)
		if !res.failed {
			continue
		}
		hint := b.rerunHint(r)
		what := "test"
		if r.Kind == "doc" {
			what = "doctest"
		}
		b.sh.errorf("%s failed, to rerun pass `%s`", what, hint)
		if res.status != 0 && res.status != testFailed && r.Kind != "doc" {
			// Not libtest's failure: cargo says how the process ended.
			fmt.Fprintf(b.sh.w, "\nCaused by:\n  process didn't exit successfully: `%s` (exit status: %d)\n",
				shellquote.Command(nil, append([]string{b.exePath(r)}, b.testArgs()...)), res.status)
			if r.Harness {
				fmt.Fprintln(b.sh.w, "note: test exited abnormally; to see the full output pass --no-capture to the harness.")
			}
		}
		failed = append(failed, hint)
		if !b.o.NoFailFast {
			return cmp.Or(res.status, testFailed)
		}
	}
	if len(failed) == 0 {
		return 0
	}
	targets := "targets"
	if len(failed) == 1 {
		targets = "target"
	}
	b.sh.errorf("%d %s failed:", len(failed), targets)
	for _, h := range failed {
		fmt.Fprintf(b.sh.w, "    `%s`\n", h)
	}
	return testFailed
}

// runText is what follows Running or Executable: the label and the test
// binary's link, as cargo shows them.
func (b *builder) runText(r nixgen.TestRun, cached bool) string {
	return fmt.Sprintf("%s (%s)%s", r.Label, shownPath(b.pr.Cwd, b.exePath(r)), cachedMark(cached))
}

// exePath is r's test binary as phase 1 linked it.
func (b *builder) exePath(r nixgen.TestRun) string {
	return filepath.Join(b.pr.TargetDir, b.rootDir(nixgen.Root{Unit: r.Unit}), r.Exe)
}

func cachedMark(cached bool) string {
	if cached {
		return " (cached)"
	}
	return ""
}

// rerunHint is the cargo test selection that reruns r alone, with -p when
// the package selection needs one (docs/cargo-semantics.md §9.8): -p or
// --exclude given, --workspace of several members, or by default several
// default members (which depend on the working directory).
func (b *builder) rerunHint(r nixgen.TestRun) string {
	f, ws := b.o.Cargo, b.p.Workspace
	if len(f.Packages) > 0 || len(f.Exclude) > 0 || f.Workspace && len(ws.Members) > 1 || !f.Workspace && len(ws.DefaultMembers) > 1 {
		return "-p " + r.Package + " " + r.Rerun
	}
	return r.Rerun
}

// shownPath is path as cargo shows it: relative to the working directory
// when below it, else absolute.
func shownPath(cwd, path string) string {
	if rel, err := filepath.Rel(cwd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}

// nixLines runs a Nix command and returns the n lines it prints.
func nixLines(ctx context.Context, n int, name string, args ...string) ([]string, error) {
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		return nil, fmt.Errorf("%s: %v: %s", name, err, msg)
	}
	lines := strings.Fields(string(out))
	if len(lines) != n {
		return nil, fmt.Errorf("%s: expected %d store paths, got %q", name, n, out)
	}
	return lines, nil
}

// exitCode is the status nix-build's output (out) says drv's builder
// exited with, 0 when it does not say: a failed run's builder exits with
// the test binary's status.
func exitCode(out []byte, drv string) int {
	m := regexp.MustCompile(`builder for '` + regexp.QuoteMeta(drv) + `' failed with exit code (\d+)`).FindSubmatch(out)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// invalidPaths are those of paths the store does not hold (yet).
func invalidPaths(ctx context.Context, paths []string) (map[string]bool, error) {
	out, err := exec.CommandContext(ctx, "nix-store", append([]string{"--check-validity", "--print-invalid"}, paths...)...).Output()
	if err != nil {
		return nil, fmt.Errorf("nix-store --check-validity: %v", err)
	}
	invalid := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		invalid[p] = true
	}
	return invalid, nil
}
