package driver_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestClean: clean removes what cargo clean removes, the GC roots with it:
// a package's outputs (-p), a profile's directory (--release), the whole
// target directory; -n removes nothing; the words are cargo's.
func TestClean(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	build(t, dir, nil)
	build(t, dir, nil, "--release", "-p", "text-utils")
	debug := filepath.Join(dir, "target", "debug")

	r := run(t, dir, nil, "libnix-build", "clean", "-p", "text-utils", "-n")
	if r.status != 0 || !strings.Contains(r.out, "     Summary 1 file, ") || !strings.Contains(r.out, "warning: no files deleted due to --dry-run") {
		t.Errorf("clean -p text-utils -n: exit %d\n%s", r.status, r.out)
	}
	if _, err := os.Lstat(filepath.Join(debug, "libtextutils.rlib")); err != nil {
		t.Errorf("clean -n removed libtextutils.rlib: %v", err)
	}
	if r := run(t, dir, nil, "libnix-build", "clean", "-p", "text-utils"); r.status != 0 || !strings.Contains(r.out, "     Removed 1 file, ") {
		t.Errorf("clean -p text-utils: exit %d\n%s", r.status, r.out)
	}
	if _, err := os.Lstat(filepath.Join(debug, "libtextutils.rlib")); !os.IsNotExist(err) {
		t.Errorf("clean -p text-utils left libtextutils.rlib: %v", err)
	}
	if _, err := os.Stat(filepath.Join(debug, "app")); err != nil {
		t.Errorf("clean -p text-utils removed app: %v", err)
	}
	if r := run(t, dir, nil, "libnix-build", "clean", "-p", "nope"); r.status != 101 || r.out != "error: package ID specification `nope` did not match any packages\n" {
		t.Errorf("clean -p nope: exit %d\n%s", r.status, r.out)
	}

	release := filepath.Join(dir, "target", "release")
	// The roots under target/: nix-store also prints runtime roots, among
	// them this test's own processes, whose arguments name the directory.
	roots := func() string {
		var under []string
		for _, l := range strings.Split(run(t, dir, nil, "nix-store", "--gc", "--print-roots").out, "\n") {
			if strings.HasPrefix(l, filepath.Join(dir, "target")+"/") {
				under = append(under, l)
			}
		}
		return strings.Join(under, "\n")
	}
	if !strings.Contains(roots(), release) {
		t.Fatalf("no GC root under %s before clean --release", release)
	}
	if r := run(t, dir, nil, "libnix-build", "clean", "--release"); r.status != 0 || !strings.Contains(r.out, "     Removed ") {
		t.Errorf("clean --release: exit %d\n%s", r.status, r.out)
	}
	if _, err := os.Stat(release); !os.IsNotExist(err) {
		t.Errorf("clean --release left %s: %v", release, err)
	}
	if strings.Contains(roots(), release) {
		t.Errorf("GC roots under %s left after clean --release", release)
	}
	if _, err := os.Stat(filepath.Join(debug, "app")); err != nil {
		t.Errorf("clean --release removed target/debug/app: %v", err)
	}

	if r := run(t, dir, nil, "libnix-build", "clean"); r.status != 0 || !strings.Contains(r.out, "     Removed ") {
		t.Errorf("clean: exit %d\n%s", r.status, r.out)
	}
	if _, err := os.Stat(filepath.Join(dir, "target")); !os.IsNotExist(err) {
		t.Errorf("clean left target/: %v", err)
	}
	if strings.Contains(roots(), filepath.Join(dir, "target")) {
		t.Errorf("GC roots under target/ left after clean")
	}
	// Nothing left to remove: cargo's words.
	if r := run(t, dir, nil, "libnix-build", "clean"); r.status != 0 || r.out != "     Removed 0 files\n" {
		t.Errorf("clean again: exit %d\n%q", r.status, r.out)
	}
}
