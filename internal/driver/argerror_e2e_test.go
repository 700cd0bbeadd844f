package driver_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// TestArgErrorsAsCargo: each mistake on the command line gets cargo's
// words and exit status, compared with cargo run on the same fixture.
// Only the command's name differs: "cargo build" is "libnix-build build",
// and cargo clippy's usage names cargo check, its own quirk.
func TestArgErrorsAsCargo(t *testing.T) {
	testenv.Short(t)
	testenv.NeedCargo(t)
	dir := fixture(t, "workspace")
	for _, args := range [][]string{
		{"build", "--relase"},
		{"build", "--nope"},
		{"build", "-x"},
		{"build", "extra"},
		{"build", "--open"},
		{"build", "--", "--show-trace"},
		{"build", "--release", "--profile", "dev"},
		{"build", "--message-format", "foo"},
		{"build", "--color", "bogus"},
		{"build", "--jobs"},
		{"build", "--target-dir"},
		{"build", "--target"},
		{"build", "--bin"},
		{"build", "--example"},
		{"test", "--test"},
		{"run", "--bin"},
		{"build", "-j", "x"},
		{"build", "-j", "0"},
		{"build", "--verbose", "--quiet"},
		{"check", "--relase"},
		{"check", "--message-format", "short,json"},
		{"check", "--", "-D"},
		{"doc", "--relase"},
		{"doc", "--", "x"},
		{"test", "--no-fail-fst"},
		{"test", "a", "b"},
		{"test", "--doc", "--no-run"},
		{"run", "--relase"},
		{"run", "--lib"},
		{"run", "--no-fail-fast"},
		{"clippy", "--relase"},
		{"clean", "--relase"},
		{"clean", "--bin", "x"},
		{"clean", "extra"},
		// Errors cargo gives while planning: its own lines, once.
		{"build", "--test", "nosuch"},
		{"build", "-p", "nosuch"},
		{"run", "--bin", "nosuch"},
		{"build", "--config", "not toml ["},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd := exec.Command("cargo", args...)
			cmd.Dir = dir
			cmd.Env = append(cmd.Environ(), "CARGO_TERM_COLOR=never")
			want, err := cmd.CombinedOutput()
			wantStatus := 0
			if exit, ok := err.(*exec.ExitError); ok {
				wantStatus = exit.ExitCode()
			}
			got := run(t, dir, []string{"CARGO_TERM_COLOR=never"}, "libnix-build", args...)
			name := "cargo " + args[0]
			if args[0] == "clippy" {
				name = "cargo check"
			}
			// cargo's note when another test's cargo holds the package
			// cache (libnix-build leaves it out) is no difference.
			w := strings.ReplaceAll(string(want), "    Blocking waiting for file lock on package cache\n", "")
			if w = strings.ReplaceAll(w, name, "libnix-build "+args[0]); got.out != w || got.status != wantStatus {
				t.Errorf("libnix-build %s: exit %d\n%s\nwant (cargo's) exit %d\n%s", strings.Join(args, " "), got.status, got.out, wantStatus, w)
			}
		})
	}
	// As cargo's subcommand, the messages name cargo libnix.
	got := run(t, dir, nil, "cargo-libnix", "libnix", "build", "--relase")
	if !strings.Contains(got.out, "Usage: cargo libnix build --release\n") || got.status != 1 {
		t.Errorf("cargo libnix build --relase: exit %d\n%s", got.status, got.out)
	}
}
