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

// TestKeptLinks: as with cargo, a narrower build (-p) leaves the links of
// earlier builds in target/, each still a GC root, and a build from a
// member's directory reuses the units built from the root.
func TestKeptLinks(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	build(t, dir, nil)
	app := filepath.Join(dir, "target", "debug", "app")
	want := output(t, app)
	build(t, dir, nil, "-p", "text-utils")
	if got := output(t, app); got != want {
		t.Errorf("target/debug/app after -p text-utils prints %q, want %q", got, want)
	}
	target, err := os.Readlink(app)
	if err != nil {
		t.Fatal(err)
	}
	storePath := strings.Join(strings.SplitN(target, "/", 5)[:4], "/")
	roots := run(t, dir, nil, "nix-store", "--query", "--roots", storePath)
	if !strings.Contains(roots.out, filepath.Join(dir, "target", "debug", "nix", "gc", "kept")) {
		t.Errorf("%s (target/debug/app) is not rooted by gc/kept:\n%s", storePath, roots.out)
	}
	// From app/, cargo builds app alone, with app as its only primary
	// package: text-utils, a member built as primary from the root, is
	// fresh (cargo leaves CARGO_PRIMARY_PACKAGE out of its fingerprint).
	// macros, a proc macro, is a new unit there (its profile as a
	// dependency differs), so cargo compiles macros and app again.
	cargoDir := t.TempDir()
	if r := run(t, dir, nil, "cargo", "build", "--target-dir", cargoDir); r.status != 0 {
		t.Fatalf("cargo build: %s", r.out)
	}
	cargoOut := run(t, filepath.Join(dir, "app"), []string{"CARGO_TERM_COLOR=never"}, "cargo", "build", "--target-dir", cargoDir, "-v")
	if !strings.Contains(cargoOut.out, "Fresh text-utils ") {
		t.Fatalf("cargo build -v in app/ after the root's does not find text-utils fresh:\n%s", cargoOut.out)
	}
	out := build(t, filepath.Join(dir, "app"), nil)
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[0] == "Compiling" && !strings.Contains(cargoOut.out, "Fresh "+f[1]+" ") {
			continue
		} else if len(f) > 1 && f[0] == "Compiling" {
			t.Errorf("a build from app/ compiled %s, which cargo finds fresh:\n%s", f[1], out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "target", "debug", "libtextutils.rlib")); err != nil {
		t.Errorf("libtextutils.rlib gone after a build of app alone: %v", err)
	}
}

// TestHeaderCommand: the command default.nix's header shows runs as
// written from the workspace root, on a Nix with its default options: the
// wrapper nix-emit writes passes what the host toolchain needs.
func TestHeaderCommand(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	build(t, dir, nil)
	header, err := os.ReadFile(filepath.Join(dir, "target", "debug", "nix", "default.nix"))
	if err != nil {
		t.Fatal(err)
	}
	var command string
	for _, l := range strings.Split(string(header), "\n") {
		if c, ok := strings.CutPrefix(l, "#   "); ok && strings.Contains(c, " -A all ") {
			command, _, _ = strings.Cut(c, " -A all ")
			command += " -A all"
		}
	}
	if command == "" {
		t.Fatalf("default.nix's header shows no -A all command:\n%s", header)
	}
	r := run(t, dir, nil, "sh", "-c", command)
	if r.status != 0 {
		t.Fatalf("%s: exit %d\n%s", command, r.status, r.out)
	}
	if target, err := os.Readlink(filepath.Join(dir, "result")); err != nil || !strings.HasPrefix(target, "/nix/store/") {
		t.Errorf("%s left no result link into the store: %q, %v", command, target, err)
	}
}

// TestPathWithSpaces: a checkout whose path holds spaces builds, a unit
// compiled with its incremental cache too (sandbox-paths, split at
// whitespace, reaches it through a link).
func TestPathWithSpaces(t *testing.T) {
	need(t)
	dir := filepath.Join(t.TempDir(), "my projects", "a b")
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(fixture(t, "workspace"), dir); err != nil {
		t.Fatal(err)
	}
	build(t, dir, nil)
	main := filepath.Join(dir, "app", "src", "main.rs")
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	// New content every run: the store keeps what earlier runs built.
	if err := os.WriteFile(main, append(src, fmt.Sprintf("\n// an edit %d\n", time.Now().UnixNano())...), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := build(t, dir, nil); !strings.Contains(out, "Compiling app") {
		t.Errorf("the edit compiled nothing:\n%s", out)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "target", "debug", "nix", "incremental"))
	if len(entries) == 0 {
		t.Error("no incremental cache was written")
	}
	if got := output(t, filepath.Join(dir, "target", "debug", "app")); !strings.HasPrefix(got, "app: RENAMED DEP") {
		t.Errorf("app prints %q", got)
	}
}

// TestVeryVerbose: -v shows each unit's command as cargo's Running line as
// the unit runs it (rustc, or the build script), -vv with the environment
// before it: the names cargo -vv sets for the same unit, but
// LD_LIBRARY_PATH (cargo's own, for its target/; a sandbox needs none).
func TestVeryVerbose(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	build(t, dir, nil)
	lib := filepath.Join(dir, "text-utils", "src", "lib.rs")
	src, err := os.ReadFile(lib)
	if err != nil {
		t.Fatal(err)
	}
	edit := func() {
		t.Helper()
		if err := os.WriteFile(lib, append(src, fmt.Sprintf("\n// %d\n", time.Now().UnixNano())...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	count := func(out string) (compiled, running int) {
		for _, l := range strings.Split(out, "\n") {
			switch {
			case strings.HasPrefix(l, "   Compiling "):
				compiled++
			case strings.HasPrefix(l, "     Running `"):
				running++
			}
		}
		return compiled, running
	}
	edit()
	out := build(t, dir, nil, "-v")
	if compiled, running := count(out); compiled == 0 || running != compiled || !regexp.MustCompile("(?m)^     Running `/[^ ]*/rustc --crate-name textutils ").MatchString(out) {
		t.Errorf("-v: %d units compiled, %d commands shown:\n%s", compiled, running, out)
	}
	edit()
	out = build(t, dir, nil, "-vv")
	names := regexp.MustCompile(`[ ` + "`" + `]([A-Z][A-Z0-9_]*)=`)
	envOf := func(out string) []string {
		line := regexp.MustCompile("(?m)^     Running `.* --crate-name textutils .*$").FindString(out)
		i := strings.Index(line, "rustc ")
		if i < 0 {
			return nil
		}
		var env []string
		for _, m := range names.FindAllStringSubmatch(line[:i], -1) {
			if m[1] != "LD_LIBRARY_PATH" {
				env = append(env, m[1])
			}
		}
		return env
	}
	c := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "cargo", "build", "-vv", "--target-dir", t.TempDir())
	if compiled, running := count(out); compiled == 0 || running != compiled || !slices.Equal(envOf(out), envOf(c.out)) || len(envOf(out)) < 10 {
		t.Errorf("-vv: %d units compiled, %d commands shown, environment %q, cargo's %q:\n%s", compiled, running, envOf(out), envOf(c.out), out)
	}
}
