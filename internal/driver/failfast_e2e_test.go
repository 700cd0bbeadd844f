package driver_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/testenv"
)

// failFastProject writes a workspace in which fails (after a build script
// of 1 s) does not compile while slow's build script runs for 6 s; late
// needs slow's library, app needs everything.
func failFastProject(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "failfast")
	// A fresh nonce: the build scripts must really run, not come from the store.
	nonce := fmt.Sprintf("// %d\n", time.Now().UnixNano())
	member := func(name, deps string) string {
		return "[package]\nname = \"" + name + "\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n" + deps
	}
	sleep := func(s int) string {
		return nonce + fmt.Sprintf("fn main() { std::thread::sleep(std::time::Duration::from_secs(%d)); }\n", s)
	}
	testenv.WriteTree(t, dir, map[string]string{
		"Cargo.toml":         "[workspace]\nresolver = \"2\"\nmembers = [\"fails\", \"slow\", \"late\", \"app\"]\n",
		".cargo/config.toml": "[net]\noffline = true\n",
		"fails/Cargo.toml":   member("fails", ""),
		"fails/build.rs":     sleep(1),
		"fails/src/lib.rs":   "pub fn f() -> u32 { \"not a number\" }\n",
		"slow/Cargo.toml":    member("slow", ""),
		"slow/build.rs":      sleep(6),
		"slow/src/lib.rs":    "pub fn f() -> u32 { 1 }\n",
		"late/Cargo.toml":    member("late", "slow = { path = \"../slow\" }\n"),
		"late/src/lib.rs":    "pub fn f() -> u32 { slow::f() }\n",
		"app/Cargo.toml":     member("app", "fails = { path = \"../fails\" }\nlate = { path = \"../late\" }\n"),
		"app/src/main.rs":    "fn main() { println!(\"{}\", fails::f() + late::f()); }\n",
	})
	backdate(t, dir)
	return dir
}

// TestFailFast: after a failed unit the running units finish and no other
// starts, as cargo does (libnix-build's gate, not Nix's killing of the
// running builds), with cargo's warning after the error; --keep-going
// builds every unit that does not need the failed one.
func TestFailFast(t *testing.T) {
	need(t)
	dir := failFastProject(t)
	const failed = "error: could not compile `fails` (lib) due to 1 previous error\nwarning: build failed, waiting for other jobs to finish...\n"
	cargo := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "cargo", "build", "-j", "2", "--target-dir", t.TempDir())
	if cargo.status != 101 || !strings.Contains(cargo.out, failed) {
		t.Fatalf("cargo build -j 2: exit %d\n%s", cargo.status, cargo.out)
	}
	summary := regexp.MustCompile(`(?m)^error: build failed in [0-9.]+s: (.*)$`)
	r := run(t, dir, nil, "libnix-build", "-j", "2", "--color", "never")
	m := summary.FindStringSubmatch(r.out)
	// slow's build script ran to its end; its library, which would start
	// after the failure, did not.
	if r.status != 101 || !strings.Contains(r.out, failed) || m == nil ||
		m[1] != "1 failed, 2 not built (dependency failed), 1 cancelled, 4 built" ||
		!strings.Contains(r.out, "\n  cancelled: slow v0.1.0 (lib)\n") || strings.Contains(r.out, "Building") {
		t.Fatalf("libnix-build -j 2: exit %d\n%s", r.status, r.out)
	}
	k := run(t, dir, nil, "libnix-build", "-j", "2", "--color", "never", "--keep-going")
	m = summary.FindStringSubmatch(k.out)
	if k.status != 101 || m == nil || m[1] != "1 failed, 1 not built (dependency failed), 2 built" {
		t.Fatalf("libnix-build --keep-going: exit %d\n%s", k.status, k.out)
	}
	testenv.WriteTree(t, dir, map[string]string{"fails/src/lib.rs": "pub fn f() -> u32 { 2 }\n"})
	build(t, dir, nil)
	if got := output(t, filepath.Join(dir, "target", "debug", "app")); got != "3\n" {
		t.Errorf("app prints %q", got)
	}
}
