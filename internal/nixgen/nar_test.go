package nixgen

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/testenv"
)

// localSrcTree is a package directory with every kind of entry and a case
// of every rule of lib.localSrc's filter, new to the store; exclude is what
// nix-emit would pass for the packages nested in it.
func localSrcTree(t *testing.T) (dir string, exclude []string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "crate")
	testenv.WriteTree(t, dir, map[string]string{
		"Cargo.toml":              "[package]\nname = \"x\"\n",
		"src/lib.rs":              "pub fn f() {}\n" + time.Now().String(), // new to the store
		"src/empty.rs":            "",
		"src/deep/a/b/c.txt":      strings.Repeat("padding ", 33),
		"src/result.rs":           "kept: the result rule applies at the top only",
		"target/debug/junk":       "excluded: the target directory",
		"src/target/kept":         "a target below the top is kept",
		"targets/kept":            "kept: not target",
		".git/HEAD":               "excluded",
		".gitignore":              "kept",
		".github/workflows/a":     "kept",
		"sub/.git/config":         "excluded at any depth",
		"sub/kept.rs":             "kept",
		"submodule/.git":          "gitdir: a .git file is excluded too",
		"result":                  "excluded: out-links",
		"results.txt":             "excluded too: the filter tests the prefix",
		"result-dir/x":            "excluded",
		"nested/Cargo.toml":       "excluded: another package",
		"nested/src/lib.rs":       "excluded",
		"crates/inner/Cargo.toml": "excluded: another package, deeper",
		"crates/inner/src/lib.rs": "excluded",
		"crates/innerx/kept":      "kept: only the exact directory is excluded",
		"weird name 'q' $x.txt":   "kept",
		"UPPER/ünïcödé/ß.rs":      "kept",
	})
	os.WriteFile(filepath.Join(dir, "build.sh"), []byte("#!/bin/sh\n"), 0o755)
	os.Symlink("src/lib.rs", filepath.Join(dir, "link"))
	os.Symlink("/nix/store/nonexistent-out", filepath.Join(dir, "result-2"))
	os.MkdirAll(filepath.Join(dir, "emptydir"), 0o755)
	return dir, []string{"nested", "crates/inner"}
}

// localSrcExpr is lib.localSrc of dir as the generated Nix calls it.
func localSrcExpr(t *testing.T, dir string, exclude []string, extra string) string {
	t.Helper()
	lib := filepath.Join(t.TempDir(), "lib.nix")
	data, _ := libFiles.ReadFile("lib/lib.nix")
	os.WriteFile(lib, data, 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(lib), "builder.sh"), nil, 0o644)
	var ex []string
	for _, e := range exclude {
		ex = append(ex, quote(e))
	}
	return `(import ` + lib + ` { toolchain = { }; }).localSrc { path = ` + absPath(dir) +
		`; name = "x"; exclude = [ ` + strings.Join(ex, " ") + ` ]; ` + extra + `}`
}

// TestLocalSrcMatchesNix checks that LocalSrcKeeps, which narHash and
// libnix-build's source fingerprint use, keeps exactly what lib.localSrc
// copies into the store.
func TestLocalSrcMatchesNix(t *testing.T) {
	testenv.NeedNix(t)
	dir, exclude := localSrcTree(t)
	out, err := exec.Command("nix-instantiate", "--eval", "--read-write-mode", "--json", "-E", `"${`+localSrcExpr(t, dir, exclude, "")+`}"`).Output()
	if err != nil {
		t.Fatalf("lib.localSrc: %v", err)
	}
	store := strings.Trim(strings.TrimSpace(string(out)), `"`)
	want := walk(t, store, func(string) bool { return true })
	got := walk(t, dir, func(rel string) bool { return LocalSrcKeeps(rel, exclude) })
	if !slices.Equal(got, want) {
		t.Errorf("LocalSrcKeeps keeps\n  %q\nlib.localSrc copies\n  %q", got, want)
	}
}

// walk lists the entries under root that keep accepts (a directory it
// rejects is not entered), with their types.
func walk(t *testing.T, root string, keep func(rel string) bool) []string {
	t.Helper()
	var list []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, root+"/"))
		if !keep(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		list = append(list, rel+" "+d.Type().String())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// TestNarHashMatchesNix checks narHash against Nix itself: builtins.path
// with the hash accepts a directory it has never seen only if the hash of
// the filtered archive is right, over every kind of entry and every rule of
// lib.localSrc's filter.
func TestNarHashMatchesNix(t *testing.T) {
	testenv.NeedNix(t)
	dir, exclude := localSrcTree(t)
	sum, err := narHash(dir, exclude)
	if err != nil {
		t.Fatal(err)
	}
	expr := localSrcExpr(t, dir, exclude, `sha256 = "`+sum+`"; `)
	out, err := exec.Command("nix-instantiate", "--eval", "--read-write-mode", "-E", expr).CombinedOutput()
	if err != nil {
		t.Fatalf("nix rejects the hash %s: %v\n%s", sum, err, out)
	}
	// And nix-hash agrees on an unfiltered tree.
	plain := filepath.Join(t.TempDir(), "plain")
	os.MkdirAll(filepath.Join(plain, "src"), 0o755)
	os.WriteFile(filepath.Join(plain, "src", "main.rs"), []byte("fn main() {}\n"), 0o644)
	got, err := narHash(plain, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command("nix-hash", "--type", "sha256", plain).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got != strings.TrimSpace(string(want)) {
		t.Errorf("narHash = %s, nix-hash = %s", got, want)
	}
}
