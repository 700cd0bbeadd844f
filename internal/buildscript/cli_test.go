package buildscript

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Main(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

var pkgFlags = []string{"--package", "foo", "--version", "0.5.0"}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "stdout.txt")
	if err := os.WriteFile(input, []byte("cargo::rustc-cfg=a\ncargo::warning=careful\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderrFile := filepath.Join(dir, "stderr.txt")
	if err := os.WriteFile(stderrFile, []byte("boom\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	badStderr := filepath.Join(dir, "bad-stderr.txt")
	if err := os.WriteFile(badStderr, []byte("bad \xff byte\x00 nul\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	failedRun := "error: failed to run custom build command for `foo v0.5.0`\n\nCaused by:\n  process didn't exit successfully: `b` (exit status: 101)\n  --- stderr\n"
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string // exact unless "~" prefixed: must contain
		stderr string // same
	}{
		{name: "success from file", args: append(slices.Clone(pkgFlags), input), stderr: "warning: foo@0.5.0: careful\n"},
		{name: "stdin by dash", stdin: "cargo::rustc-cfg=a\n", args: append(slices.Clone(pkgFlags), "-")},
		{name: "json", stdin: "cargo::rustc-cfg=a\n", args: append(slices.Clone(pkgFlags), "--format", "json"), stdout: `~"cfgs": [` + "\n" + `    "a"`},
		{name: "protocol", stdin: "cargo::warning=w\n", args: append(slices.Clone(pkgFlags), "--protocol-unit", "foo-0.5.0-run-1"),
			stderr: "warning: foo@0.5.0: w\n@cargo {\"v\":2,\"type\":\"buildscript\",\"unit\":\"foo-0.5.0-run-1\",\"level\":\"warning\",\"text\":\"w\",\"crate\":\"foo\",\"version\":\"0.5.0\"}\n"},
		{name: "pkg-descr in messages", stdin: "cargo::nope", args: append(slices.Clone(pkgFlags), "--pkg-descr", "foo v0.5.0 (/src/foo)"), code: 1,
			stderr: "~error: invalid output in build script of `foo v0.5.0 (/src/foo)`: `cargo::nope`\n"},
		{name: "default pkg-descr", stdin: "cargo::nope", args: pkgFlags, code: 1, stderr: "~build script of `foo v0.5.0`"},
		{name: "logged errors", stdin: "cargo::error=bad\n", args: pkgFlags, code: 1,
			stderr: "error: foo@0.5.0: bad\nerror: build script logged errors\n"},
		{name: "script failed", stdin: "out\n", args: append(slices.Clone(pkgFlags), "--exit-status", "2", "--stderr", stderrFile, "--command", "/b/build-script-build"), code: 1,
			stderr: "error: failed to run custom build command for `foo v0.5.0`\n\nCaused by:\n  process didn't exit successfully: `/b/build-script-build` (exit status: 2)\n  --- stdout\n  out\n\n  --- stderr\n  boom\n"},
		{name: "stderr not UTF-8", args: append(slices.Clone(pkgFlags), "--exit-status", "101", "--stderr", badStderr, "--command", "b"), code: 1,
			stderr: failedRun + "  bad \uFFFD byte\u2400 nul\n"},
		{name: "raw output", args: append(slices.Clone(pkgFlags), "--exit-status", "101", "--stderr", badStderr, "--command", "b", "--raw-output"), code: 1,
			stderr: failedRun + "  bad \xff byte\x00 nul\n"},
		{name: "rust-version", stdin: "cargo::rustc-cfg=a\n", args: append(slices.Clone(pkgFlags), "--rust-version", "1.70"), code: 1, stderr: "~is 1.70.\nSwitch to the old `cargo:rustc-cfg=a` syntax"},
		{name: "bins", stdin: "cargo::rustc-link-arg-bin=x=y\n", args: append(slices.Clone(pkgFlags), "--bin", "w", "--bin", "x")},
		{name: "lib-name gets underscores", stdin: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", args: append(slices.Clone(pkgFlags), "--lib-name", "has-dashes"), code: 1,
			stderr: "~`RUSTC_BOOTSTRAP=has_dashes` before running cargo"},
		{name: "rustc-bootstrap", stdin: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", args: append(slices.Clone(pkgFlags), "--lib-name", "x", "--rustc-bootstrap", "x"), stderr: "~warning: foo@0.5.0: cannot set"},
		{name: "nightly", stdin: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", args: append(slices.Clone(pkgFlags), "--nightly"), stderr: "~warning: foo@0.5.0: cannot set"},
		{name: "has flags", stdin: "cargo::rustc-link-arg-tests=a\ncargo::rustc-link-arg-benches=a\ncargo::rustc-link-arg-examples=a\ncargo::rustc-link-arg-cdylib=a\n",
			args: append(slices.Clone(pkgFlags), "--has-tests", "--has-benches", "--has-examples", "--has-cdylib")},
		{name: "rewrite", stdin: "cargo::rustc-cfg=/old/x\n", args: append(slices.Clone(pkgFlags), "--out-dir-rewrite", "/old=/new", "--format", "json"), stdout: `~"/new/x"`},
		{name: "help", args: []string{"--help"}, stdout: Usage},
		{name: "h", args: []string{"-h"}, stdout: Usage},

		{name: "missing package", args: []string{"--version", "1"}, code: 2, stderr: "buildrs-parse: --package and --version are required\nTry 'buildrs-parse --help'.\n"},
		{name: "unknown flag", args: []string{"--bogus"}, code: 2, stderr: "buildrs-parse: flag provided but not defined: -bogus\nTry 'buildrs-parse --help'.\n"},
		{name: "bad rust-version", args: append(slices.Clone(pkgFlags), "--rust-version", "1.x"), code: 2, stderr: "~buildrs-parse: --rust-version: invalid rust-version \"1.x\""},
		{name: "bad bin", args: append(slices.Clone(pkgFlags), "--bin", "a/b"), code: 2, stderr: "~buildrs-parse: --bin \"a/b\": not usable as a file name\n"},
		{name: "bin twice", args: append(slices.Clone(pkgFlags), "--bin", "a", "--bin", "a"), code: 2, stderr: "~buildrs-parse: --bin \"a\": given twice\n"},
		{name: "bad rewrite", args: append(slices.Clone(pkgFlags), "--out-dir-rewrite", "=x"), code: 2, stderr: "~--out-dir-rewrite \"=x\": expected OLD=NEW"},
		{name: "rewrite mismatch", args: append(slices.Clone(pkgFlags), "--out-dir-rewrite", "/a=/b", "--script-out-dir", "/c"), code: 2, stderr: "~NEW differs from --script-out-dir"},
		{name: "bad format", args: append(slices.Clone(pkgFlags), "--format", "yaml"), code: 2, stderr: "~--format \"yaml\": only json is supported"},
		{name: "negative status", args: append(slices.Clone(pkgFlags), "--exit-status", "-1"), code: 2, stderr: "~--exit-status -1: must not be negative"},
		{name: "two inputs", args: append(slices.Clone(pkgFlags), "a", "b"), code: 2, stderr: "~expected at most one input file, got 2"},
		{name: "missing input", args: append(slices.Clone(pkgFlags), filepath.Join(dir, "nope")), code: 2, stderr: "buildrs-parse: " + filepath.Join(dir, "nope") + ": no such file or directory\nTry 'buildrs-parse --help'.\n"},
		{name: "missing stderr file", args: append(slices.Clone(pkgFlags), "--stderr", filepath.Join(dir, "nope")), code: 2, stderr: "~nope: no such file or directory"},
		{name: "NUL value", stdin: "cargo::rustc-cfg=a\x00b\n", args: append(slices.Clone(pkgFlags), "--out-dir", filepath.Join(dir, "nul")), code: 1,
			stderr: "buildrs-parse: <stdin>: rustc-args: value \"a\\x00b\" contains a NUL byte, which cannot be passed as an argument\n"},
		{name: "out-dir not empty", args: append(slices.Clone(pkgFlags), "--out-dir", dir), code: 1, stderr: "buildrs-parse: " + dir + ": output directory is not empty\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			check := func(what, got, want string) {
				if c, ok := strings.CutPrefix(want, "~"); ok {
					if !strings.Contains(got, c) {
						t.Errorf("%s %q does not contain %q", what, got, c)
					}
				} else if got != want {
					t.Errorf("%s:\n%q\nwant\n%q", what, got, want)
				}
			}
			check("stdout", stdout, tc.stdout)
			check("stderr", stderr, tc.stderr)
		})
	}
}

func TestOutDirFileSet(t *testing.T) {
	out := filepath.Join(t.TempDir(), "buildrs")
	code, _, stderr := runCLI(t, "cargo::rustc-cfg=a\ncargo::metadata=k=v\n",
		"--package", "foo-sys", "--version", "1.0.0", "--links", "foo", "--bin", "app", "--bin", "tool", "--out-dir", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"dep-env", "env", "link-arg.bench", "link-arg.bin.app", "link-arg.bin.tool", "link-arg.cdylib",
		"link-arg.dependent-cdylib", "link-arg.example", "link-arg.lib", "link-arg.test", "link-lib",
		"link-search-other", "link-search-outdir", "output.json", "rustc-args", "warnings"}
	if !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
	for file, content := range map[string]string{"rustc-args": "--cfg\x00a\x00", "dep-env": "DEP_FOO_K=v\x00", "env": ""} {
		if data, err := os.ReadFile(filepath.Join(out, file)); err != nil || string(data) != content {
			t.Errorf("%s = %q (%v), want %q", file, data, err, content)
		}
	}
}

// TestHelpMatchesManPage checks that --help and man/buildrs-parse.1 list
// the same options.
func TestHelpMatchesManPage(t *testing.T) {
	man, err := os.ReadFile("../../man/buildrs-parse.1")
	if err != nil {
		t.Fatal(err)
	}
	_, options, _ := strings.Cut(string(man), ".SH OPTIONS\n")
	options, _, _ = strings.Cut(options, "\n.SH ")
	manFlags := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\.B[IR]? (?:\\-h ", " )?\\-\\-([a-z\\-]+)`).FindAllStringSubmatch(options, -1) {
		manFlags[strings.ReplaceAll(m[1], `\-`, "-")] = true
	}
	helpFlags := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^  (?:-h, )?--([a-z-]+)`).FindAllStringSubmatch(Usage, -1) {
		helpFlags[m[1]] = true
	}
	if len(helpFlags) < 20 || !maps.Equal(manFlags, helpFlags) {
		t.Errorf("man page options %v\n--help options %v", manFlags, helpFlags)
	}
}
