// Package testenv lets tests declare the real tools they need (nix, cargo).
//
// End-to-end tests never mock nix or cargo. When a tool is missing they skip,
// unless LIBNIX_E2E=1 is set (as `make test` and CI do), in which case a
// missing tool is a test failure: a green CI run must mean the end-to-end
// tests really ran.
package testenv

import (
	"os"
	"os/exec"
	"testing"
)

// Required reports whether missing tools must fail tests instead of skipping them.
func Required() bool { return os.Getenv("LIBNIX_E2E") == "1" }

// NeedTool skips (or, when Required, fails) the test if name is not on PATH,
// and returns its path otherwise.
func NeedTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if Required() {
			t.Fatalf("%s not found on PATH (LIBNIX_E2E=1 requires it; run scripts/setup.sh)", name)
		}
		t.Skipf("%s not found on PATH; set LIBNIX_E2E=1 to make this a failure", name)
	}
	return p
}

// NeedNix requires nix-build and nix-instantiate.
func NeedNix(t testing.TB) {
	t.Helper()
	NeedTool(t, "nix-build")
	NeedTool(t, "nix-instantiate")
}

// NeedCargo requires cargo and rustc.
func NeedCargo(t testing.TB) {
	t.Helper()
	NeedTool(t, "cargo")
	NeedTool(t, "rustc")
}

// Short skips slow end-to-end tests under `go test -short`.
func Short(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
}
