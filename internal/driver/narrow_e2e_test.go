package driver_test

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/testenv"
)

// targetFiles reads the artifacts target/debug's links name, by path
// relative to target/debug.
func targetFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	root := filepath.Join(dir, "target", "debug")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && (rel == "nix" || rel == "incremental") {
			return filepath.SkipDir
		}
		if d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			return err // a link to a directory holds no artifact of its own here
		}
		data, err := os.ReadFile(p)
		files[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// touchPackages adds a file no unit reads to every package directory of
// dir (those with a Cargo.toml), a change that makes the next build
// narrow their units.
func touchPackages(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && (d.Name() == "target" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		if d.Name() == "Cargo.toml" {
			os.WriteFile(filepath.Join(filepath.Dir(p), "NOTES.txt"), []byte(time.Now().String()), 0o644)
		}
		return nil
	})
}

// TestNarrowedSameArtifacts: on every fixture, the units built from their
// narrowed sources are the units built from their whole packages (the same
// tree in another directory, with no build record), byte for byte; and the
// next edit of a file no unit reads compiles only what cargo would: the
// build scripts that printed no rerun-if-changed, and what depends on them.
func TestNarrowedSameArtifacts(t *testing.T) {
	need(t)
	for _, name := range append(slices.Clone(testenv.Fixtures), "testsuite") {
		t.Run(name, func(t *testing.T) {
			dir := fixture(t, name)
			args := append([]string{"--no-incremental", "--color", "never"}, nixArgs(name)...)
			// A fresh nonce in every Rust file: the units must really be
			// built, here and now without an incremental cache, both ways.
			nonce(t, dir)
			build(t, dir, nil, args...)
			touchPackages(t, dir)
			out := build(t, dir, nil, args...)
			nix, err := os.ReadFile(filepath.Join(dir, "target", "debug", "nix", "sources.nix"))
			if err != nil || !bytes.Contains(nix, []byte("lib.filesSrc")) {
				t.Fatalf("sources.nix has no narrowed source (%v):\n%s\n%s", err, nix, out)
			}
			narrowed := targetFiles(t, dir)

			copied := filepath.Join(t.TempDir(), name)
			if out, err := exec.Command("cp", "-a", dir, copied).CombinedOutput(); err != nil {
				t.Fatalf("cp: %v\n%s", err, out)
			}
			os.RemoveAll(filepath.Join(copied, "target"))
			build(t, copied, nil, args...)
			whole := targetFiles(t, copied)
			if len(narrowed) == 0 || len(narrowed) != len(whole) {
				t.Errorf("%d files in target/debug from narrowed sources, %d from whole packages", len(narrowed), len(whole))
			}
			for f, data := range whole {
				if !bytes.Equal(narrowed[f], data) {
					t.Errorf("target/debug/%s differs between the narrowed and the whole-package build", f)
				}
			}

			touchPackages(t, dir)
			out = build(t, dir, nil, append(args, "-v")...) // a Compiling line per unit
			reran := map[string]bool{}
			for _, l := range compilingLines(out) {
				if pkg, ok := strings.CutSuffix(l, " (build-script-run)"); ok {
					reran[strings.TrimPrefix(pkg, "Compiling ")] = true
				}
			}
			for _, l := range compilingLines(out) {
				if f := strings.Fields(l); !reran[f[1]+" "+f[2]] && !dependsOnRerun(t, dir, f[1], reran) {
					t.Errorf("an edit of a file no unit reads compiled %q:\n%s", l, out)
				}
			}
		})
	}
}

// dependsOnRerun reports whether package pkg of the workspace at dir
// depends on a package whose build script ran again (cargo metadata).
func dependsOnRerun(t *testing.T, dir, pkg string, reran map[string]bool) bool {
	t.Helper()
	if len(reran) == 0 {
		return false
	}
	out, err := exec.Command("cargo", "tree", "--offline", "-e", "normal,build", "-p", pkg, "--prefix", "none", "--manifest-path", filepath.Join(dir, "Cargo.toml")).Output()
	if err != nil {
		return false
	}
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && reran[f[0]+" "+f[1]] {
			return true
		}
	}
	return false
}

// nonce appends a comment new to the store to every .rs file under dir.
func nonce(t *testing.T, dir string) {
	t.Helper()
	n := fmt.Sprintf("\n// %d\n", time.Now().UnixNano())
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() && d.Name() == "target" {
			return cmp.Or(err, filepath.SkipDir)
		}
		if strings.HasSuffix(p, ".rs") {
			f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.WriteString(n)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestNarrowedStale: a narrowed unit whose dep-info no longer covers its
// package recovers to a correct build without a word: a module added (the
// narrowed source lacks its file), a module removed (a listed file is
// gone). And a build script that prints rerun-if-changed for a directory
// runs again when a file in it changes, and only then.
func TestNarrowedStale(t *testing.T) {
	need(t)
	dir := tinyProject(t, "stale", `use std::{env, fs, path::Path};
fn main() {
    println!("cargo::rerun-if-changed=data");
    let mut n = 0;
    for e in fs::read_dir("data").unwrap() {
        n += fs::read_to_string(e.unwrap().path()).unwrap().len();
    }
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("n.rs"), format!("pub const N: usize = {n};")).unwrap();
}
`)
	testenv.WriteTree(t, dir, map[string]string{
		"data/a.txt":  "abc",
		"src/main.rs": "mod old;\ninclude!(concat!(env!(\"OUT_DIR\"), \"/n.rs\"));\nfn main() { println!(\"{} {}\", old::NAME, N); }\n",
		"src/old.rs":  "pub const NAME: &str = \"old\";\n",
	})
	backdate(t, dir)
	exe := filepath.Join(dir, "target", "debug", "stale")
	args := []string{"--color", "never", "-v"}
	step := func(what string, files map[string]string, wantOut string, wantRun bool) {
		t.Helper()
		if files != nil {
			testenv.WriteTree(t, dir, files)
		}
		out := build(t, dir, nil, args...)
		if errorLine.MatchString(out) {
			t.Errorf("%s: the build printed an error:\n%s", what, out)
		}
		if got := output(t, exe); got != wantOut {
			t.Errorf("%s: the program prints %q, want %q\n%s", what, got, wantOut, out)
		}
		if ran := strings.Contains(out, "(build-script-run)"); ran != wantRun {
			t.Errorf("%s: build script ran: %v, want %v\n%s", what, ran, wantRun, out)
		}
		// A unit built again whole is announced once.
		if n := strings.Count(out, "Compiling stale v0.1.0 (bin \"stale\")"); n > 1 {
			t.Errorf("%s: the bin's Compiling line shows %d times:\n%s", what, n, out)
		}
		// -v says when a unit is built again from its whole package.
		if stale := strings.Contains(out, "Stale `stale` (bin"); stale != (what == "a module added") {
			t.Errorf("%s: stale: %v\n%s", what, stale, out)
		}
	}
	step("cold", nil, "old 3\n", true)
	step("a file no unit reads", map[string]string{"NOTES.txt": "1"}, "old 3\n", true) // the switch to narrowed sources
	step("another file no unit reads", map[string]string{"NOTES.txt": "2"}, "old 3\n", false)
	step("a file in the rerun-if-changed directory", map[string]string{"data/b.txt": "defg"}, "old 7\n", true)
	step("a module added", map[string]string{"src/main.rs": "mod old;\nmod new;\ninclude!(concat!(env!(\"OUT_DIR\"), \"/n.rs\"));\nfn main() { println!(\"{} {} {}\", old::NAME, new::NAME, N); }\n",
		"src/new.rs": "pub const NAME: &str = \"new\";\n"}, "old new 7\n", false)
	if err := os.Remove(filepath.Join(dir, "src", "old.rs")); err != nil {
		t.Fatal(err)
	}
	step("a module removed", map[string]string{"src/main.rs": "mod new;\ninclude!(concat!(env!(\"OUT_DIR\"), \"/n.rs\"));\nfn main() { println!(\"{} {}\", new::NAME, N); }\n"}, "new 7\n", false)
}

// warningLines are out's lines but cargo's and libnix-build's status lines
// (Compiling, Checking, Finished, and Blocking while another test's cargo
// holds a lock).
func warningLines(out string) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "Compiling ") || strings.HasPrefix(t, "Checking ") || strings.HasPrefix(t, "Finished ") || strings.HasPrefix(t, "Blocking ") {
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// TestWarningsReplayed: a unit's warnings show as cargo shows them, with
// cargo's summary line, and again on a build that compiles nothing (cargo
// replays a fresh unit's warnings too).
func TestWarningsReplayed(t *testing.T) {
	need(t)
	dir := tinyProject(t, "warns", "")
	testenv.WriteTree(t, dir, map[string]string{
		"src/main.rs": fmt.Sprintf("// %d\nfn main() { let unused = 1; println!(\"hi\"); }\n", time.Now().UnixNano()),
	})
	backdate(t, dir)
	cargoTarget := t.TempDir()
	cargo := run(t, dir, nil, "cargo", "build", "--color", "never", "--target-dir", cargoTarget)
	if cargo.status != 0 || !strings.Contains(cargo.out, "generated 1 warning") {
		t.Fatalf("cargo build: exit %d\n%s", cargo.status, cargo.out)
	}
	want := warningLines(cargo.out)
	for _, what := range []string{"the build", "a build that compiles nothing"} {
		out := build(t, dir, nil, "--color", "never")
		if got := warningLines(out); !slices.Equal(got, want) {
			t.Errorf("%s shows\n%s\ncargo's\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// lintsProject is a library with a rustc warning (an unused variable) and
// a clippy lint (&Vec), new to the store.
func lintsProject(t *testing.T) string {
	t.Helper()
	dir := tinyProject(t, "lints", "")
	os.Remove(filepath.Join(dir, "src", "main.rs"))
	testenv.WriteTree(t, dir, map[string]string{
		"src/lib.rs": fmt.Sprintf("// %d\npub fn f(v: &Vec<u32>) -> usize { let unused = 1; v.len() }\n", time.Now().UnixNano()),
	})
	backdate(t, dir)
	return dir
}

// TestCheckAndClippy: check and clippy show the warnings and lints cargo
// check and cargo clippy show, again when nothing is compiled, and
// clippy -- -D warnings fails as cargo clippy does.
func TestCheckAndClippy(t *testing.T) {
	need(t)
	dir := lintsProject(t)
	cargoTarget := t.TempDir()
	for _, c := range []struct {
		command string
		args    []string
		status  int
		want    string // a line both print
	}{
		{"check", nil, 0, "warning: `lints` (lib) generated 1 warning (run `cargo fix --lib -p lints` to apply 1 suggestion)"},
		{"clippy", nil, 0, "warning: `lints` (lib) generated 2 warnings (run `cargo clippy --fix --lib -p lints -- ` to apply 1 suggestion)"},
		{"clippy", []string{"--", "-D", "warnings"}, 101, "error: could not compile `lints` (lib) due to 2 previous errors"},
	} {
		args := append([]string{c.command, "--color", "never"}, c.args...)
		cargo := run(t, dir, nil, "cargo", append([]string{c.command, "--color", "never", "--target-dir", cargoTarget}, c.args...)...)
		if cargo.status != c.status || !strings.Contains(cargo.out, c.want+"\n") {
			t.Fatalf("cargo %s: exit %d\n%s", strings.Join(args, " "), cargo.status, cargo.out)
		}
		for _, what := range []string{"", " again"} {
			r := run(t, dir, nil, "libnix-build", args...)
			if r.status != c.status || !strings.Contains(r.out, c.want+"\n") {
				t.Errorf("libnix-build %s%s: exit %d, want %d and %q\n%s", strings.Join(args, " "), what, r.status, c.status, c.want, r.out)
			}
			if c.status != 0 {
				continue
			}
			if got, want := warningLines(r.out), warningLines(cargo.out); !slices.Equal(got, want) {
				t.Errorf("libnix-build %s%s shows\n%s\ncargo's\n%s", strings.Join(args, " "), what, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	}
	// cargo check links nothing into target/debug.
	if _, err := os.Lstat(filepath.Join(dir, "target", "debug", "liblints.rlib")); err == nil {
		t.Error("check linked target/debug/liblints.rlib")
	}
}

// TestRevert: an edit undone (the old content back, with a new time stamp,
// as an editor's undo or a branch switched back) builds nothing and runs
// no nix-build: the outputs of the earlier build of that content are the
// build's, linked again; cargo compiles again.
func TestRevert(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	main := filepath.Join(dir, "app", "src", "main.rs")
	orig, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "target", "debug", "app")
	edits := []string{"", fmt.Sprintf("\n// %d\n", time.Now().UnixNano()), fmt.Sprintf("\n// %d\n", time.Now().UnixNano()+1)}
	var outs []string
	for _, e := range edits {
		// Twice each: the first build of an edited package switches its
		// units to narrowed sources.
		os.WriteFile(main, append(slices.Clone(orig), e...), 0o644)
		build(t, dir, nil)
		os.WriteFile(main, append(slices.Clone(orig), (e+"// again\n")...), 0o644)
		build(t, dir, nil)
		os.WriteFile(main, append(slices.Clone(orig), e...), 0o644)
		build(t, dir, nil)
		out, _ := os.Readlink(exe)
		outs = append(outs, out)
	}
	fake := []string{"PATH=" + fakeTools(t) + ":" + os.Getenv("PATH")}
	for i, e := range edits {
		os.WriteFile(main, append(slices.Clone(orig), e...), 0o644)
		out := build(t, dir, fake)
		if strings.Contains(out, "FAKE") || strings.Contains(out, "Compiling") {
			t.Errorf("back to content %d: nix-build ran or something compiled:\n%s", i, out)
		}
		if got, _ := os.Readlink(exe); got != outs[i] {
			t.Errorf("back to content %d: target/debug/app is %s, want %s", i, got, outs[i])
		}
		checkGCRoots(t, filepath.Join(dir, "target", "debug", "nix"))
	}
}

// errorLine matches an error of rustc's or cargo's (-v's commands hold
// --error-format, which is none).
var errorLine = regexp.MustCompile(`(?m)^error(\[E[0-9]+\])?:`)
