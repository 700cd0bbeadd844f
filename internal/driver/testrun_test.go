package driver

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"slices"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/plan"
)

// TestReport: phase 2's rendering of a hand-made list of runs, in the
// order given: cargo's Running and Doc-tests lines, (cached), each run's
// output, the failure lines, and the exit status, with and without
// --no-fail-fast, with one default member and with two.
func TestReport(t *testing.T) {
	runs := []nixgen.TestRun{
		{Unit: 0, Package: "wc", Kind: "lib", Label: "unittests src/lib.rs", Exe: "deps/wc-1a", Rerun: "--lib"},
		{Unit: 0, Package: "wc", Kind: "test", Label: "tests/cli.rs", Exe: "deps/cli-2b", Rerun: "--test cli", Harness: true},
		{Unit: 0, Package: "wc", Kind: "doc", Label: "wc", Rerun: "--doc"},
	}
	pass := func(cached bool, out string) runResult { return runResult{cached: cached, output: []byte(out)} }
	fail := func(out string) runResult { return runResult{failed: true, output: []byte(out)} }
	for _, tc := range []struct {
		name       string
		members    int // default members
		noFailFast bool
		quiet      bool
		results    []runResult
		want       string
		status     int
	}{
		{name: "all pass, some cached", members: 1,
			results: []runResult{pass(true, "lib ok\n"), pass(false, "cli ok\n"), pass(true, "doc ok\n")},
			want: "     Running unittests src/lib.rs (target/debug/deps/wc-1a) (cached)\nlib ok\n" +
				"     Running tests/cli.rs (target/debug/deps/cli-2b)\ncli ok\n" +
				"   Doc-tests wc (cached)\ndoc ok\n"},
		{name: "the first failure stops", members: 1,
			results: []runResult{pass(false, "lib ok\n"), fail("cli FAILED\n"), fail("doc FAILED\n")},
			want: "     Running unittests src/lib.rs (target/debug/deps/wc-1a)\nlib ok\n" +
				"     Running tests/cli.rs (target/debug/deps/cli-2b)\ncli FAILED\n" +
				"error: test failed, to rerun pass `--test cli`\n",
			status: 101},
		{name: "--no-fail-fast in a workspace", members: 2, noFailFast: true,
			results: []runResult{fail("lib FAILED\n"), pass(true, "cli ok\n"), fail("doc FAILED\n")},
			want: "     Running unittests src/lib.rs (target/debug/deps/wc-1a)\nlib FAILED\n" +
				"error: test failed, to rerun pass `-p wc --lib`\n" +
				"     Running tests/cli.rs (target/debug/deps/cli-2b) (cached)\ncli ok\n" +
				"   Doc-tests wc\ndoc FAILED\n" +
				"error: doctest failed, to rerun pass `-p wc --doc`\n" +
				"error: 2 targets failed:\n    `-p wc --lib`\n    `-p wc --doc`\n",
			status: 101},
		{name: "the failed run's status", members: 1,
			results: []runResult{pass(false, ""), {failed: true, status: 3}, pass(false, "")},
			want: "     Running unittests src/lib.rs (target/debug/deps/wc-1a)\n" +
				"     Running tests/cli.rs (target/debug/deps/cli-2b)\n" +
				"error: test failed, to rerun pass `--test cli`\n\nCaused by:\n" +
				"  process didn't exit successfully: `/src/wc/target/debug/deps/cli-2b` (exit status: 3)\n" +
				"note: test exited abnormally; to see the full output pass --no-capture to the harness.\n",
			status: 3},
		{name: "one target failed", members: 1, noFailFast: true,
			results: []runResult{pass(false, ""), fail("cli FAILED\n"), pass(false, "")},
			want: "     Running unittests src/lib.rs (target/debug/deps/wc-1a)\n" +
				"     Running tests/cli.rs (target/debug/deps/cli-2b)\ncli FAILED\n" +
				"error: test failed, to rerun pass `--test cli`\n" +
				"   Doc-tests wc\n" +
				"error: 1 target failed:\n    `--test cli`\n",
			status: 101},
		{name: "-q shows outputs and failures only", members: 1, quiet: true,
			results: []runResult{pass(true, "lib ok\n"), fail("cli FAILED\n"), pass(false, "")},
			want:    "lib ok\ncli FAILED\nerror: test failed, to rerun pass `--test cli`\n",
			status:  101},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			b := &builder{
				o:  &Options{NoFailFast: tc.noFailFast, Level: "cargo"},
				sh: &shell{w: &out},
				pr: &project{Cwd: "/src/wc", TargetDir: "/src/wc/target"},
				p: &plan.Plan{
					Workspace: plan.Workspace{DefaultMembers: make([]int, tc.members), ProfileDir: "debug"},
					Units:     []*plan.Unit{{CompileKind: "host"}},
				},
			}
			if tc.quiet {
				b.o.Level = "errors"
			}
			if got := b.report(runs, func(i int) bool { return tc.results[i].cached }, func(i int) runResult { return tc.results[i] }, &out); got != tc.status {
				t.Errorf("status %d, want %d", got, tc.status)
			}
			if out.String() != tc.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), tc.want)
			}
		})
	}
}

// TestRunText: the test binary's path is relative to the working directory
// when below it, else absolute, as cargo shows it.
func TestRunText(t *testing.T) {
	r := nixgen.TestRun{Label: "unittests src/main.rs", Exe: "deps/app-9f"}
	p := &plan.Plan{Workspace: plan.Workspace{ProfileDir: "debug"}, Units: []*plan.Unit{{CompileKind: "host"}}}
	for cwd, want := range map[string]string{
		"/ws":         "unittests src/main.rs (target/debug/deps/app-9f)",
		"/ws/app":     "unittests src/main.rs (/ws/target/debug/deps/app-9f)",
		"/ws/target/": "unittests src/main.rs (debug/deps/app-9f)",
	} {
		b := &builder{p: p, pr: &project{Cwd: cwd, TargetDir: "/ws/target"}}
		if got := b.runText(r, false); got != want {
			t.Errorf("cwd %s: %q, want %q", cwd, got, want)
		}
	}
}

// TestRunsBuild: the test arguments reach Nix as data: each string, Nix
// syntax and JSON escapes included, is what default.nix's testArgs gets
// (evaluated by nix-instantiate when Nix is here); the runs after the first
// are more attributes, before the user's own nix-build arguments.
func TestRunsBuild(t *testing.T) {
	args := []string{`a"b`, "${builtins.currentTime}", `\`, "line\nbreak", "''", "ü", ""}
	b := &builder{
		o:      &Options{Toolchain: "pkgs", Jobs: 1, Args: args, Cargo: cargo.BuildFlags{TestName: "counts"}, NixArgs: []string{"--show-trace"}},
		pr:     &project{},
		p:      &plan.Plan{},
		nixDir: "/ws/target/debug/nix",
	}
	nb, err := b.runsBuild(3, "/ws/target/debug/nix/gc/test")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"-A", "testRuns.1.run", "-A", "testRuns.2.run", "--show-trace"}; !slices.Equal(nb.Extra, want) || nb.Attr != "testRuns.0.run" || !nb.KeepGoing {
		t.Errorf("attributes %s %q, keep going %v", nb.Attr, nb.Extra, nb.KeepGoing)
	}
	i := slices.Index(nb.Args, "testArgs")
	if i < 0 || i%2 != 0 {
		t.Fatalf("no testArgs in %q", nb.Args)
	}
	expr := nb.Args[i+1]
	if _, err := exec.LookPath("nix-instantiate"); err != nil {
		t.Skipf("nix-instantiate: %v", err)
	}
	out, err := exec.Command("nix-instantiate", "--eval", "--strict", "--json", "-E", expr).Output()
	if err != nil {
		t.Fatalf("nix-instantiate --eval %s: %v", expr, err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if want := append([]string{"counts"}, args...); !slices.Equal(got, want) {
		t.Errorf("testArgs = %q, want %q", got, want)
	}
}

// TestRerunHint: -p PKG leads the hint when the package selection needs
// one, as cargo decides it.
func TestRerunHint(t *testing.T) {
	r := nixgen.TestRun{Package: "counter", Rerun: "--lib"}
	for _, tc := range []struct {
		flags         cargo.BuildFlags
		members, dflt int
		want          string
	}{
		{members: 2, dflt: 2, want: "-p counter --lib"},
		{members: 2, dflt: 1, want: "--lib"},
		{members: 1, dflt: 1, flags: cargo.BuildFlags{Packages: []string{"counter"}}, want: "-p counter --lib"},
		{members: 2, dflt: 1, flags: cargo.BuildFlags{Workspace: true}, want: "-p counter --lib"},
		{members: 1, dflt: 1, flags: cargo.BuildFlags{Workspace: true}, want: "--lib"},
		{members: 2, dflt: 2, flags: cargo.BuildFlags{Workspace: true, Exclude: []string{"x"}}, want: "-p counter --lib"},
	} {
		b := &builder{o: &Options{Cargo: tc.flags}, p: &plan.Plan{Workspace: plan.Workspace{Members: make([]int, tc.members), DefaultMembers: make([]int, tc.dflt)}}}
		if got := b.rerunHint(r); got != tc.want {
			t.Errorf("%+v, %d members, %d default: %q, want %q", tc.flags, tc.members, tc.dflt, got, tc.want)
		}
	}
}

func TestExitCode(t *testing.T) {
	out := []byte("error: builder for '/nix/store/a-run-x.drv' failed with exit code 3;\n" +
		"error: builder for '/nix/store/b-run-y.drv' failed with exit code 101\n")
	for drv, want := range map[string]int{"/nix/store/a-run-x.drv": 3, "/nix/store/b-run-y.drv": 101, "/nix/store/c.drv": 0} {
		if got := exitCode(out, drv); got != want {
			t.Errorf("exitCode(%s) = %d, want %d", drv, got, want)
		}
	}
}
