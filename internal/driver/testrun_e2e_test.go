package driver_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// summary is what cargo test's output and libnix-build test's have to agree
// on: the Running and Doc-tests lines without the binary's path (its hash
// is libnix's), and the test result lines without their time.
func summary(out string) []string {
	var s []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSuffix(l, " (cached)")
		switch {
		case strings.HasPrefix(l, "     Running ") && !unitCommand.MatchString(l):
			s = append(s, exePath.ReplaceAllString(l, ""))
		case strings.HasPrefix(l, "   Doc-tests "), strings.HasPrefix(l, "test result: "):
			s = append(s, finishedIn.ReplaceAllString(l, ""))
		}
	}
	return s
}

var (
	exePath    = regexp.MustCompile(` \([^ ]*target/debug/deps/[^ )]*\)`)
	finishedIn = regexp.MustCompile(`; finished in [0-9.]+s$`)
)

// withoutDoc is a summary without its doc tests.
func withoutDoc(s []string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if strings.HasPrefix(s[i], "   Doc-tests ") {
			i++ // and its test result line
			continue
		}
		out = append(out, s[i])
	}
	return out
}

// compilingLines are the Compiling lines of out, trimmed.
func compilingLines(out string) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "Compiling ") {
			lines = append(lines, l)
		}
	}
	return lines
}

// runLines are out's Running and Doc-tests lines.
func runLines(out string) []string {
	var l []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "     Running ") && !unitCommand.MatchString(line) || strings.HasPrefix(line, "   Doc-tests ") {
			l = append(l, line)
		}
	}
	return l
}

// unitCommand matches -v's Running line of a command a unit's build ran
// (rustc, rustdoc, clippy-driver, a build script), as cargo test -v shows
// them next to the test binaries'.
var unitCommand = regexp.MustCompile("^     Running `([A-Z][A-Z0-9_]*=[^ ]* )*[^ `]*/(rustc|rustdoc|clippy-driver|build-script-build)[ `]")

// TestTestCommand: libnix-build test on the testsuite fixture (unit,
// integration and doc tests, an ignored one, CARGO_BIN_EXE_, files through
// CARGO_MANIFEST_DIR and CARGO_TARGET_TMPDIR) prints cargo test's summary;
// the second run replays every run, marked cached, without nix-build; an
// edited integration test runs again, the other package's tests do not;
// --rerun runs them all again; --on-host runs them without Nix; --no-run
// prints cargo's Executable lines; a filter after -- is applied, as cargo
// applies it.
func TestTestCommand(t *testing.T) {
	need(t)
	dir := fixture(t, "testsuite")
	cargo := run(t, dir, nil, "cargo", "test", "--color", "never")
	if cargo.status != 0 {
		t.Fatalf("cargo test: exit %d\n%s", cargo.status, cargo.out)
	}
	want := summary(cargo.out)
	r := run(t, dir, nil, "libnix-build", "test", "--color", "never")
	if r.status != 0 || !slices.Equal(summary(r.out), want) {
		t.Fatalf("libnix-build test: exit %d, summary\n%s\ncargo test's\n%s\n%s", r.status, strings.Join(summary(r.out), "\n"), strings.Join(want, "\n"), r.out)
	}
	if !strings.Contains(r.out, "    Finished `test` profile [unoptimized + debuginfo] target(s) in ") {
		t.Errorf("no Finished `test` line:\n%s", r.out)
	}
	// Each test binary is linked where the Running line says.
	for _, l := range runLines(r.out) {
		if m := regexp.MustCompile(`\((target/debug/deps/[^)]*)\)`).FindStringSubmatch(l); m != nil {
			if _, err := os.Stat(filepath.Join(dir, m[1])); err != nil {
				t.Errorf("%s: %v", l, err)
			}
		}
	}

	// Nothing changed: every run is replayed, and nix-build is not run.
	fake := []string{"PATH=" + fakeTools(t) + ":" + os.Getenv("PATH")}
	again := run(t, dir, fake, "libnix-build", "test", "--color", "never")
	if again.status != 0 || strings.Contains(again.out, "FAKE") || !slices.Equal(summary(again.out), want) {
		t.Fatalf("second run: exit %d\n%s", again.status, again.out)
	}
	for _, l := range runLines(again.out) {
		if !strings.HasSuffix(l, " (cached)") {
			t.Errorf("second run: %q is not marked cached", l)
		}
	}
	// The same through cargo's external-subcommand protocol.
	sub := run(t, dir, fake, "cargo-libnix", "libnix", "test", "--color", "never")
	if sub.status != 0 || strings.Contains(sub.out, "FAKE") || !slices.Equal(summary(sub.out), want) {
		t.Errorf("cargo-libnix libnix test: exit %d\n%s", sub.status, sub.out)
	}

	// An edited integration test runs again; the other package's runs are
	// replayed. This first edit switches the package's units to narrowed
	// sources (docs/libnix-build.md, "What an edit rebuilds"): its other
	// runs are new derivations unless an earlier run of this tree made
	// them, so whether they run again depends on the store.
	cli := filepath.Join(dir, "counter", "tests", "cli.rs")
	src, err := os.ReadFile(cli)
	if err != nil {
		t.Fatal(err)
	}
	// A fresh nonce: the store keeps the runs of earlier test runs.
	added := fmt.Sprintf("\n// %d\n#[test]\nfn an_added_test() {}\n", time.Now().UnixNano())
	if err := os.WriteFile(cli, append(src, added...), 0o644); err != nil {
		t.Fatal(err)
	}
	edited := run(t, dir, nil, "libnix-build", "test", "--color", "never")
	if edited.status != 0 {
		t.Fatalf("after the edit: exit %d\n%s", edited.status, edited.out)
	}
	for _, l := range runLines(edited.out) {
		cached := strings.HasSuffix(l, " (cached)")
		if strings.Contains(l, "counter_macros") && !cached || strings.Contains(l, "tests/cli.rs") && cached {
			t.Errorf("after editing counter/tests/cli.rs: %q", l)
		}
	}
	if !strings.Contains(edited.out, "test an_added_test ... ok") {
		t.Errorf("the added test did not run:\n%s", edited.out)
	}

	// From now on the package's units read only the files of their last
	// dep-info: editing the integration test again compiles and runs that
	// binary alone, and the other runs are replayed.
	added = fmt.Sprintf("\n// %d\n#[test]\nfn another_added_test() {}\n", time.Now().UnixNano())
	if err := os.WriteFile(cli, append(src, added...), 0o644); err != nil {
		t.Fatal(err)
	}
	// -v: a line per unit compiled (without, cargo's line per package).
	narrowed := run(t, dir, nil, "libnix-build", "test", "--color", "never", "-v")
	if narrowed.status != 0 || !strings.Contains(narrowed.out, "test another_added_test ... ok") {
		t.Fatalf("after the second edit: exit %d\n%s", narrowed.status, narrowed.out)
	}
	if got := compilingLines(narrowed.out); !slices.Equal(got, []string{`Compiling counter v0.1.0 (test "cli")`}) {
		t.Errorf("after the second edit of counter/tests/cli.rs, compiled %q, want the test alone\n%s", got, narrowed.out)
	}
	for _, l := range runLines(narrowed.out) {
		if cached := strings.HasSuffix(l, " (cached)"); cached == strings.Contains(l, "/deps/cli-") {
			t.Errorf("after the second edit of counter/tests/cli.rs: %q", l)
		}
	}

	// The same results without -v, all replayed, for the runs below.
	replayed := run(t, dir, nil, "libnix-build", "test", "--color", "never")
	if replayed.status != 0 || strings.Contains(replayed.out, "Compiling") {
		t.Errorf("test after test -v: exit %d\n%s", replayed.status, replayed.out)
	}
	narrowed = replayed
	// --rerun: every run again, none cached, the same results.
	rerun := run(t, dir, nil, "libnix-build", "test", "--color", "never", "--rerun")
	if rerun.status != 0 || !slices.Equal(summary(rerun.out), summary(narrowed.out)) || strings.Contains(rerun.out, "(cached)") {
		t.Errorf("--rerun: exit %d\n%s", rerun.status, rerun.out)
	}
	// --on-host: the same results without Nix, doc tests left out.
	host := run(t, dir, fake, "libnix-build", "test", "--color", "never", "--on-host")
	if host.status != 0 || strings.Contains(host.out, "FAKE") || !slices.Equal(summary(host.out), withoutDoc(summary(narrowed.out))) {
		t.Errorf("--on-host: exit %d, summary\n%s\nwant\n%s\n%s", host.status, strings.Join(summary(host.out), "\n"), strings.Join(withoutDoc(summary(narrowed.out)), "\n"), host.out)
	}

	// --no-run: cargo's Executable lines, nothing run.
	executables := func(out string) []string {
		var l []string
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "  Executable ") {
				l = append(l, exePath.ReplaceAllString(line, ""))
			}
		}
		return l
	}
	cargo = run(t, dir, nil, "cargo", "test", "--color", "never", "--no-run")
	noRun := run(t, dir, fake, "libnix-build", "test", "--color", "never", "--no-run")
	if noRun.status != 0 || len(executables(cargo.out)) == 0 || !slices.Equal(executables(noRun.out), executables(cargo.out)) || len(runLines(noRun.out)) > 0 {
		t.Errorf("--no-run: exit %d\n%s\ncargo's\n%s", noRun.status, noRun.out, cargo.out)
	}

	// A filter after --, as cargo applies it.
	cargo = run(t, dir, nil, "cargo", "test", "--color", "never", "--", "counts")
	filtered := run(t, dir, nil, "libnix-build", "test", "--color", "never", "--", "counts")
	if filtered.status != 0 || !slices.Equal(summary(filtered.out), summary(cargo.out)) {
		t.Errorf("test -- counts: exit %d, summary\n%s\ncargo's\n%s", filtered.status, strings.Join(summary(filtered.out), "\n"), strings.Join(summary(cargo.out), "\n"))
	}

	// --doc alone: only the doc tests, their library built first.
	cargo = run(t, dir, nil, "cargo", "test", "--color", "never", "--doc", "-p", "counter")
	doc := run(t, dir, nil, "libnix-build", "test", "--color", "never", "--doc", "-p", "counter")
	if doc.status != 0 || len(summary(cargo.out)) == 0 || !slices.Equal(summary(doc.out), summary(cargo.out)) {
		t.Errorf("test --doc -p counter: exit %d, summary\n%s\ncargo's\n%s\n%s", doc.status, strings.Join(summary(doc.out), "\n"), strings.Join(summary(cargo.out), "\n"), doc.out)
	}
	checkTarget(t, filepath.Join(dir, "target"))
}

// TestTestFailure: a failing test exits 101 and is named, with cargo's
// rerun hint; a second run runs it again (a failed run is not cached) while
// the passing runs are replayed; a test that does not compile exits 101;
// --no-fail-fast shows every run and the summary of failed targets.
func TestTestFailure(t *testing.T) {
	need(t)
	dir := fixture(t, "testsuite")
	cli := filepath.Join(dir, "counter", "tests", "cli.rs")
	src, err := os.ReadFile(cli)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cli, append(src, "\n#[test]\nfn fails_on_purpose() { assert_eq!(1, 2, \"on purpose\"); }\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	cargo := run(t, dir, nil, "cargo", "test", "--color", "never")
	for i := 0; i < 2; i++ {
		r := run(t, dir, nil, "libnix-build", "test", "--color", "never")
		if r.status != 101 {
			t.Errorf("run %d: exit %d, want 101\n%s", i, r.status, r.out)
		}
		for _, want := range []string{"test fails_on_purpose ... FAILED", "on purpose", "error: test failed, to rerun pass `-p counter --test cli`"} {
			if !strings.Contains(r.out, want) || !strings.Contains(cargo.out, want) {
				t.Errorf("run %d: output lacks %q (or cargo's does):\n%s", i, want, r.out)
			}
		}
		// The passing runs are GC roots, though nix-build failed.
		if _, err := os.Stat(filepath.Join(dir, "target", "debug", "nix", "gc", "test")); err != nil {
			t.Errorf("run %d: no GC root of the passing runs: %v", i, err)
		}
		if !slices.Equal(summary(r.out), summary(cargo.out)) {
			t.Errorf("run %d: summary\n%s\ncargo's\n%s", i, strings.Join(summary(r.out), "\n"), strings.Join(summary(cargo.out), "\n"))
		}
		for _, l := range runLines(r.out) {
			if cached := strings.HasSuffix(l, " (cached)"); i == 1 && cached == strings.Contains(l, "tests/cli.rs") && !strings.Contains(l, "counter_macros") {
				t.Errorf("run %d: %q", i, l)
			}
		}
	}
	// In counter/ the one default member is counter: no -p in the hint.
	sub := run(t, filepath.Join(dir, "counter"), nil, "libnix-build", "test", "--color", "never")
	if sub.status != 101 || !strings.Contains(sub.out, "error: test failed, to rerun pass `--test cli`\n") || strings.Contains(sub.out, "counter_macros") {
		t.Errorf("in counter/: exit %d\n%s", sub.status, sub.out)
	}

	// A test that does not compile: 101, as cargo test's.
	if err := os.WriteFile(cli, append(src, "\nfn broken() -> u32 { \"no\" }\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, nil, "libnix-build", "test", "--color", "never"); r.status != 101 || !strings.Contains(r.out, "mismatched types") {
		t.Errorf("a compile error: exit %d, want 101\n%s", r.status, r.out)
	}
	if err := os.WriteFile(cli, append(src, "\n#[test]\nfn fails_on_purpose() { assert_eq!(1, 2, \"on purpose\"); }\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	all := run(t, dir, nil, "libnix-build", "test", "--color", "never", "--no-fail-fast")
	if all.status != 101 || !strings.Contains(all.out, "error: 1 target failed:\n    `-p counter --test cli`\n") || !strings.Contains(all.out, "   Doc-tests counter") {
		t.Errorf("--no-fail-fast: exit %d\n%s", all.status, all.out)
	}
}

// TestTestQuiet: test -q prints what cargo test -q prints: libtest's terse
// output (--quiet for the harness binaries, --test-args --quiet for
// rustdoc), no status lines.
func TestTestQuiet(t *testing.T) {
	need(t)
	dir := fixture(t, "testsuite")
	times := regexp.MustCompile(`finished in [0-9.]+s`)
	// libtest's terse marks come in the order its threads finish: compare
	// them sorted.
	marks := regexp.MustCompile(`^[.iF]+$`)
	norm := func(out string) []string {
		var lines []string
		for _, l := range strings.Split(times.ReplaceAllString(out, "finished in Xs"), "\n") {
			if marks.MatchString(l) {
				b := []byte(l)
				slices.Sort(b)
				l = string(b)
			}
			if !strings.HasPrefix(strings.TrimSpace(l), "Blocking ") {
				lines = append(lines, l)
			}
		}
		return lines
	}
	cargo := run(t, dir, nil, "cargo", "test", "-q", "--color", "never", "--target-dir", t.TempDir())
	if cargo.status != 0 {
		t.Fatalf("cargo test -q: exit %d\n%s", cargo.status, cargo.out)
	}
	for _, what := range []string{"", " (cached)"} {
		r := run(t, dir, nil, "libnix-build", "test", "-q", "--color", "never")
		if got, want := norm(r.out), norm(cargo.out); r.status != 0 || !slices.Equal(got, want) {
			t.Errorf("libnix-build test -q%s: exit %d\n%s\ncargo test -q:\n%s", what, r.status, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestTestVerbose: with -v each test binary's Running line is its command,
// shell-quoted, as cargo test -v prints it.
func TestTestVerbose(t *testing.T) {
	need(t)
	dir := fixture(t, "testsuite")
	r := run(t, dir, nil, "libnix-build", "test", "-v", "--color", "never", "--", "--test-threads=1")
	if r.status != 0 {
		t.Fatalf("exit %d\n%s", r.status, r.out)
	}
	cmd := regexp.MustCompile("^     Running `(" + regexp.QuoteMeta(dir) + "/target/debug/deps/[a-z_]+-[0-9a-f]{16}) --test-threads=1`( \\(cached\\))?$")
	n := 0
	for _, l := range strings.Split(r.out, "\n") {
		if !strings.HasPrefix(l, "     Running ") || unitCommand.MatchString(l) {
			continue
		}
		m := cmd.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("not cargo -v's Running line: %q", l)
			continue
		}
		if _, err := os.Stat(m[1]); err != nil {
			t.Errorf("%q: %v", l, err)
		}
		n++
	}
	if n != 4 {
		t.Errorf("%d Running lines, want 4 (the fixture's test binaries):\n%s", n, r.out)
	}
}
