package driver

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/testenv"
)

// writeTree creates files (path → content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	testenv.WriteTree(t, dir, files)
	return dir
}

// TestFindProject checks that findProject puts together what cargo's
// discovery finds (internal/cargo's TestDiscovery covers the layouts).
func TestFindProject(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"Cargo.toml":          "[workspace]\nmembers = [\"crates/*\"]\n",
		"crates/a/Cargo.toml": "[package]\nname = \"a\"\nversion = \"0.1.0\"\n",
		".cargo/config.toml":  "[net]\noffline = true\n",
	})
	cwd := filepath.Join(dir, "crates")
	env := func(k string) (string, bool) {
		return map[string]string{"CARGO_TARGET_DIR": "t"}[k], k == "CARGO_TARGET_DIR"
	}
	pr, err := findProject(cwd, cargo.BuildFlags{ManifestPath: "a/Cargo.toml"}, env)
	if err != nil {
		t.Fatal(err)
	}
	want := &project{Cwd: cwd, Manifest: filepath.Join(cwd, "a", "Cargo.toml"), Root: dir,
		Members: []string{filepath.Join(dir, "crates", "*")}, TargetDir: filepath.Join(cwd, "t"), Offline: true}
	if !reflect.DeepEqual(pr, want) {
		t.Errorf("findProject = %+v, want %+v", pr, want)
	}
}
