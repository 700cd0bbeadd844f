package driver_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTimings: --timings writes cargo's report, named as cargo names it
// for the same workspace, and says where just before Finished.
func TestTimings(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	saved := regexp.MustCompile(`(?m)^      Timing report saved to (\S+/cargo-timing-\d{8}T\d{9}Z-([0-9a-f]{16})\.html)\n    Finished `)
	out := build(t, dir, nil, "--timings")
	m := saved.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no Timing line before Finished:\n%s", out)
	}
	if filepath.Dir(m[1]) != filepath.Join(dir, "target", "cargo-timings") {
		t.Errorf("report in %s, want target/cargo-timings", m[1])
	}
	page, err := os.ReadFile(m[1])
	if err != nil {
		t.Fatal(err)
	}
	if latest, err := os.ReadFile(filepath.Join(dir, "target", "cargo-timings", "cargo-timing.html")); err != nil || string(latest) != string(page) {
		t.Errorf("cargo-timing.html is not the report: %v", err)
	}
	for _, want := range []string{"text-utils v0.2.0", `app-tool &#34;bin&#34;`, "Total units:"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	r := run(t, dir, nil, "cargo", "build", "--timings", "--target-dir", t.TempDir())
	if c := saved.FindStringSubmatch(r.out); c == nil || c[2] != m[2] {
		t.Errorf("cargo names its report %v, libnix-build %s", c, m[1])
	}
}
