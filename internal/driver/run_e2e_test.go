package driver_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// split runs a command and returns its stdout, its stderr and its exit
// status apart.
func split(t *testing.T, cmd *exec.Cmd) (stdout, stderr string, status int) {
	t.Helper()
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		exit, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s: %v", cmd.Path, err)
		}
		status = exit.ExitCode()
	}
	return o.String(), e.String(), status
}

// runningLine is the line of out that starts with cargo's Running verb.
func runningLine(out string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "     Running ") {
			return l
		}
	}
	return ""
}

// TestRunCommand: libnix-build run -- ARGS prints what cargo run -- ARGS
// prints, with the same Running line, from the same working directory,
// and exits with the program's status, for --bin, default-run and a
// package's only bin; cargo libnix run does the same.
func TestRunCommand(t *testing.T) {
	need(t)
	ws := fixture(t, "workspace")
	exits := tinyProject(t, "exits", "")
	testenv.WriteTree(t, exits, map[string]string{
		"src/main.rs": `fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("args {:?} in {}", args, std::env::current_dir().unwrap().display());
    println!("pkg {}", env!("CARGO_PKG_NAME"));
    std::process::exit(7);
}
`,
		"sub/.keep": "",
	})
	// Two bins and no default-run: the error names them, as cargo's does.
	if r := run(t, ws, nil, "libnix-build", "run", "-p", "app"); r.status != 101 || !strings.Contains(r.out, "could not determine which binary to run") || !strings.Contains(r.out, "available binaries: app, app-tool") {
		t.Errorf("run -p app: exit %d\n%s", r.status, r.out)
	}
	dflt := fixture(t, "workspace")
	manifest := filepath.Join(dflt, "app", "Cargo.toml")
	text, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	text = bytes.Replace(text, []byte("edition = \"2021\"\n"), []byte("edition = \"2021\"\ndefault-run = \"app-tool\"\n"), 1)
	if err := os.WriteFile(manifest, text, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, dir string
		args      []string
	}{
		{"--bin", ws, []string{"--bin", "app-tool", "--", "a", "b c", "it's"}},
		{"default-run", dflt, []string{"-p", "app"}},
		{"default bin, exit status, from a subdirectory", filepath.Join(exits, "sub"), []string{"--", "--flag", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, wantErr, wantStatus := split(t, command(tc.dir, nil, "cargo", append([]string{"run", "--color", "never"}, tc.args...)...))
			for _, prog := range [][]string{{"libnix-build", "run"}, {"cargo-libnix", "libnix", "run"}} {
				got, gotErr, status := split(t, command(tc.dir, nil, prog[0], append(append(prog[1:], "--color", "never"), tc.args...)...))
				if got != want || status != wantStatus {
					t.Errorf("%s: stdout\n%s(exit %d)\ncargo run's\n%s(exit %d)\n%s%s", prog[0], got, status, want, wantStatus, gotErr, wantErr)
				}
				if g, w := runningLine(gotErr), runningLine(wantErr); g != w || g == "" {
					t.Errorf("%s: Running line %q, cargo's %q", prog[0], g, w)
				}
			}
		})
	}
}
