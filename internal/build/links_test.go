package build

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// fakeResult makes a directory shaped like nix-emit's `all` link farm and
// the unit outputs it links to.
func fakeResult(t *testing.T) string {
	t.Helper()
	store := t.TempDir()
	dirs := map[string][]string{
		"app-bin/bin":   {"app"},
		"hello-ex/bin":  {"hello"},
		"core-lib/lib":  {"libmy_core-0123456789abcdef.rlib", "libmy_core-0123456789abcdef.rmeta", "my_core-0123456789abcdef.d"},
		"plug-lib/lib":  {"libplug.so", "libplug.a", "libplugin_other.so"},
		"macro-lib/lib": {"libmacros-fedcba9876543210.so"},
	}
	for d, files := range dirs {
		os.MkdirAll(filepath.Join(store, d), 0o755)
		for _, f := range files {
			os.WriteFile(filepath.Join(store, d, f), nil, 0o644)
		}
	}
	all := filepath.Join(store, "all")
	for name, target := range map[string]string{
		"bin/app":        "app-bin/bin/app",
		"examples/hello": "hello-ex",
		"lib/my_core":    "core-lib/lib",
		"lib/plug":       "plug-lib/lib",
		"lib/macros":     "macro-lib/lib",
		"tests/t":        "app-bin/bin/app",
	} {
		os.MkdirAll(filepath.Join(all, filepath.Dir(name)), 0o755)
		if err := os.Symlink(filepath.Join(store, target), filepath.Join(all, name)); err != nil {
			t.Fatal(err)
		}
	}
	return all
}

func TestResultLinks(t *testing.T) {
	all := fakeResult(t)
	store := filepath.Dir(all)
	links, err := resultLinks(all)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range links {
		got[l.Path] = l.Target
	}
	want := map[string]string{
		"app":             store + "/app-bin/bin/app",
		"examples/hello":  store + "/hello-ex/bin/hello",
		"libmy_core.rlib": store + "/core-lib/lib/libmy_core-0123456789abcdef.rlib",
		"libplug.so":      store + "/plug-lib/lib/libplug.so",
		"libplug.a":       store + "/plug-lib/lib/libplug.a",
		"libmacros.so":    store + "/macro-lib/lib/libmacros-fedcba9876543210.so",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("resultLinks =\n%v\nwant\n%v", got, want)
	}
}

func TestUpdateLinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "store-file")
	os.WriteFile(target, nil, 0o644)
	other := filepath.Join(dir, "other-file")
	os.WriteFile(other, nil, 0o644)

	// A cargo-built file is replaced; examples/ is created.
	os.WriteFile(filepath.Join(dir, "app"), []byte("cargo's binary"), 0o755)
	paths, err := updateLinks(dir, []link{{"app", target}, {"examples/hello", target}, {"gone", target}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cur, _ := os.Readlink(filepath.Join(dir, "app")); cur != target {
		t.Errorf("app -> %q", cur)
	}
	// The next build: app changes, gone goes, a regular file named like an
	// old link is left alone.
	os.WriteFile(filepath.Join(dir, "keepme"), []byte("cargo"), 0o644)
	paths, err = updateLinks(dir, []link{{"app", other}, {"examples/hello", target}}, append(paths, "keepme"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if !reflect.DeepEqual(paths, []string{"app", "examples/hello"}) {
		t.Errorf("paths %q", paths)
	}
	if cur, _ := os.Readlink(filepath.Join(dir, "app")); cur != other {
		t.Errorf("app -> %q, want %q", cur, other)
	}
	if _, err := os.Lstat(filepath.Join(dir, "gone")); !os.IsNotExist(err) {
		t.Errorf("stale link gone: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "keepme")); err != nil {
		t.Errorf("regular file removed: %v", err)
	}
	if _, err := updateLinks(dir, []link{{"x", target}, {"x", other}}, nil); err == nil {
		t.Error("two links of one name accepted")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if len(e.Name()) > len(tempPrefix) && e.Name()[:len(tempPrefix)] == tempPrefix {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, tempPrefix+"app"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "app"), nil, 0o644)
	removeTemps(dir, filepath.Join(dir, "missing"))
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "app" {
		t.Errorf("left %v", entries)
	}
}
