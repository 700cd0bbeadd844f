package nixgen

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/testenv"
)

// TestNarHashMatchesNix checks narHash against Nix itself: builtins.path
// with the hash accepts a directory it has never seen only if the hash of
// the filtered archive is right, over every kind of entry and every rule of
// lib.localSrc's filter.
func TestNarHashMatchesNix(t *testing.T) {
	testenv.NeedNix(t)
	dir := filepath.Join(t.TempDir(), "crate")
	files := map[string]string{
		"Cargo.toml":            "[package]\nname = \"x\"\n",
		"src/lib.rs":            "pub fn f() {}\n" + time.Now().String(), // new to the store
		"src/empty.rs":          "",
		"src/deep/a/b/c.txt":    strings.Repeat("padding ", 33),
		"target/debug/junk":     "excluded: the target directory",
		"src/target/kept":       "a target below the top is kept",
		".git/HEAD":             "excluded",
		"sub/.git/config":       "excluded at any depth",
		"result":                "excluded: out-links",
		"results.txt":           "excluded too: the filter tests the prefix",
		"nested/Cargo.toml":     "excluded: another package",
		"nested/src/lib.rs":     "excluded",
		"weird name 'q' $x.txt": "kept",
		"UPPER/ünïcödé/ß.rs":    "kept",
	}
	testenv.WriteTree(t, dir, files)
	os.WriteFile(filepath.Join(dir, "build.sh"), []byte("#!/bin/sh\n"), 0o755)
	os.Symlink("src/lib.rs", filepath.Join(dir, "link"))
	os.MkdirAll(filepath.Join(dir, "emptydir"), 0o755)

	sum, err := narHash(dir, []string{"nested"})
	if err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(t.TempDir(), "lib.nix")
	data, _ := libFiles.ReadFile("lib/lib.nix")
	os.WriteFile(lib, data, 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(lib), "builder.sh"), nil, 0o644)
	expr := `(import ` + lib + ` { toolchain = { }; }).localSrc { path = ` + absPath(dir) +
		`; name = "x"; exclude = [ "nested" ]; sha256 = "` + sum + `"; }`
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
