package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/libnix/libnix/internal/nixgen"
)

// fakeRoots makes unit outputs shaped like nix-emit's, and the roots they
// are the outputs of.
func fakeRoots(t *testing.T) (store string, roots []nixgen.Root, outs []string) {
	t.Helper()
	store = t.TempDir()
	for _, r := range []struct {
		root  nixgen.Root
		dir   string
		files []string
	}{
		{nixgen.Root{Group: "bins", Name: "app"}, "app-bin/bin", []string{"app"}},
		{nixgen.Root{Group: "examples", Name: "hello"}, "hello-ex/bin", []string{"hello"}},
		{nixgen.Root{Group: "libs", Name: "my_core"}, "core-lib/lib", []string{"libmy_core-0123456789abcdef.rlib", "libmy_core-0123456789abcdef.rmeta", "my_core-0123456789abcdef.d"}},
		{nixgen.Root{Group: "libs", Name: "plug"}, "plug-lib/lib", []string{"libplug.so", "libplug.a", "libplugin_other.so"}},
		{nixgen.Root{Group: "libs", Name: "macros"}, "macro-lib/lib", []string{"libmacros-fedcba9876543210.so"}},
		{nixgen.Root{Group: "tests", Name: "t-0123456789abcdef"}, "t-test/bin", []string{"t-0123456789abcdef"}},
	} {
		os.MkdirAll(filepath.Join(store, r.dir), 0o755)
		for _, f := range r.files {
			os.WriteFile(filepath.Join(store, r.dir, f), nil, 0o644)
		}
		roots = append(roots, r.root)
		outs = append(outs, filepath.Join(store, filepath.Dir(r.dir)))
	}
	return store, roots, outs
}

// TestRootLinks: each root's files are linked under cargo's names, in the
// root's directory (here a cross build: the proc macro is the host's).
func TestRootLinks(t *testing.T) {
	store, roots, outs := fakeRoots(t)
	dir := func(r nixgen.Root) string {
		if r.Name == "macros" {
			return "debug"
		}
		return "musl/debug"
	}
	links, err := rootLinks(roots, outs, dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range links {
		got[l.Path] = l.Target
	}
	want := map[string]string{
		"musl/debug/app":                     store + "/app-bin/bin/app",
		"musl/debug/examples/hello":          store + "/hello-ex/bin/hello",
		"musl/debug/deps/t-0123456789abcdef": store + "/t-test/bin/t-0123456789abcdef",
		"musl/debug/libmy_core.rlib":         store + "/core-lib/lib/libmy_core-0123456789abcdef.rlib",
		"musl/debug/libplug.so":              store + "/plug-lib/lib/libplug.so",
		"musl/debug/libplug.a":               store + "/plug-lib/lib/libplug.a",
		"debug/libmacros.so":                 store + "/macro-lib/lib/libmacros-fedcba9876543210.so",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rootLinks =\n%v\nwant\n%v", got, want)
	}
	os.RemoveAll(outs[2])
	if _, err := rootLinks(roots, outs, dir); err == nil {
		t.Error("rootLinks: no error for a library output without lib/")
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
	gone := filepath.Join(dir, "gone-file")
	os.WriteFile(gone, nil, 0o644)
	paths, _, err := updateLinks(dir, []link{{Path: "app", Target: target}, {Path: "examples/hello", Target: target}, {Path: "gone", Target: gone}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cur, _ := os.Readlink(filepath.Join(dir, "app")); cur != target {
		t.Errorf("app -> %q", cur)
	}
	// The next build, narrower: app changes, gone is not made but kept, as
	// cargo keeps its files; a regular file named like an old link is
	// cargo's, left alone and not kept.
	os.WriteFile(filepath.Join(dir, "keepme"), []byte("cargo"), 0o644)
	paths, kept, err := updateLinks(dir, []link{{Path: "app", Target: other}, {Path: "examples/hello", Target: target}}, append(paths, "keepme"), nil)
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
	if want := []link{{Path: "gone", Target: gone, Unit: -1}}; !reflect.DeepEqual(kept, want) {
		t.Errorf("kept %+v, want %+v", kept, want)
	}
	if cur, _ := os.Readlink(filepath.Join(dir, "gone")); cur != gone {
		t.Errorf("kept link gone -> %q", cur)
	}
	if _, err := os.Stat(filepath.Join(dir, "keepme")); err != nil {
		t.Errorf("regular file removed: %v", err)
	}
	// Kept again by the next build; once its target is gone, the dangling
	// link is removed; once a build makes it again, it is no longer kept.
	same := []link{{Path: "app", Target: other}, {Path: "examples/hello", Target: target}}
	if _, kept, _ = updateLinks(dir, same, paths, kept); len(kept) != 1 {
		t.Errorf("kept %+v, want gone again", kept)
	}
	os.Remove(gone)
	if _, kept, _ = updateLinks(dir, same, paths, kept); len(kept) != 0 {
		t.Errorf("kept %+v, want none", kept)
	}
	if _, err := os.Lstat(filepath.Join(dir, "gone")); !os.IsNotExist(err) {
		t.Errorf("dangling link left: %v", err)
	}
	if _, _, err := updateLinks(dir, []link{{Path: "x", Target: target}, {Path: "x", Target: other}}, nil, nil); err == nil {
		t.Error("two links of one name accepted")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if len(e.Name()) > len(tempPrefix) && e.Name()[:len(tempPrefix)] == tempPrefix {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestLinkedStorePaths(t *testing.T) {
	got := linkedStorePaths([]link{
		{Target: "/nix/store/bbb-app/bin/app"}, {Target: "/nix/store/aaa-lib/lib/liba.rlib"},
		{Target: "/nix/store/bbb-app/bin/app-tool"}, {Target: "/elsewhere/x"}, {Target: "/nix/store/ccc-doc"},
	})
	if want := []string{"/nix/store/aaa-lib", "/nix/store/bbb-app", "/nix/store/ccc-doc"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
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
