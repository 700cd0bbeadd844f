package buildscript

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The command line's usage errors, messages and exit statuses are cases of
// the tools' CLI table (cmd/testdata/cases.json); this checks the files
// Main writes.

// TestOutDirFileSet: --out-dir gets every argument file, empty or not, and
// one link-arg.bin.NAME per --bin.
func TestOutDirFileSet(t *testing.T) {
	out := filepath.Join(t.TempDir(), "buildrs")
	var stdout, stderr bytes.Buffer
	code := Run([]string{"--package", "foo-sys", "--version", "1.0.0", "--links", "foo", "--bin", "app", "--bin", "tool", "--out-dir", out},
		strings.NewReader("cargo::rustc-cfg=a\ncargo::metadata=k=v\n"), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
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
