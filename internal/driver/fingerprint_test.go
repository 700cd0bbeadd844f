package driver

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFingerprintTree(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/main.rs":       "fn main() {}",
		"target/debug/x":    "build output",
		"result-bin":        "out-link",
		"sub/result":        "not an out-link: inside a subdirectory",
		".git/HEAD":         "ref",
		"nested/Cargo.toml": "",
	})
	old := time.Now().Add(-time.Hour)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error { return os.Chtimes(p, old, old) })
	skip := func(rel string, d fs.DirEntry) bool {
		return rel == "target" || rel == "result-bin" || d.Name() == ".git" || rel == "nested"
	}
	sum := func() string {
		f := newFingerprint()
		if err := f.tree(dir, skip); err != nil {
			t.Fatal(err)
		}
		return f.sum()
	}
	base := sum()
	for _, tc := range []struct {
		name    string
		change  func()
		differs bool
	}{
		{"nothing", func() {}, false},
		{"skipped target", func() { os.WriteFile(filepath.Join(dir, "target/debug/x"), []byte("new output!"), 0o644) }, false},
		{"skipped .git", func() { os.WriteFile(filepath.Join(dir, ".git/HEAD"), []byte("other"), 0o644) }, false},
		{"skipped nested package", func() { os.WriteFile(filepath.Join(dir, "nested/lib.rs"), nil, 0o644) }, false},
		{"same-size edit", func() { os.WriteFile(filepath.Join(dir, "src/main.rs"), []byte("fn mian() {}"), 0o644) }, true},
		{"mode", func() { os.Chmod(filepath.Join(dir, "sub/result"), 0o755) }, true},
		{"new file", func() { os.WriteFile(filepath.Join(dir, "src/new.rs"), nil, 0o644) }, true},
	} {
		tc.change()
		got := sum()
		if (got != base) != tc.differs {
			t.Errorf("%s: fingerprint changed = %v, want %v", tc.name, got != base, tc.differs)
		}
		base = got
	}
}

func TestFingerprintRacy(t *testing.T) {
	dir := writeTree(t, map[string]string{"Cargo.toml": "[package]"})
	p := filepath.Join(dir, "Cargo.toml")
	f := newFingerprint()
	f.content(p)
	if !f.racy(time.Now()) {
		t.Error("a file written just now is not racy")
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(p, old, old)
	f = newFingerprint()
	f.content(p)
	f.content(filepath.Join(dir, "absent"))
	if f.racy(time.Now()) {
		t.Error("a file a minute old is racy")
	}
}

func TestFingerprintLayout(t *testing.T) {
	dir := writeTree(t, map[string]string{"src/main.rs": "", "src/bin/a.rs": "", "examples/e/other.rs": ""})
	sum := func() string {
		f := newFingerprint()
		f.layout(dir)
		return f.sum()
	}
	base := sum()
	os.WriteFile(filepath.Join(dir, "src/main.rs"), []byte("edited: not a layout change"), 0o644)
	if sum() != base {
		t.Error("a content edit changed the layout")
	}
	for _, add := range []string{"src/bin/b.rs", "examples/e/main.rs", "src/lib.rs", "build.rs", "tests/t.rs", "benches/b.rs"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, add)), 0o755)
		os.WriteFile(filepath.Join(dir, add), nil, 0o644)
		if got := sum(); got == base {
			t.Errorf("adding %s did not change the layout", add)
		} else {
			base = got
		}
	}
}
