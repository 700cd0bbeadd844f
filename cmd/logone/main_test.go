package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/testenv"
)

const e2eNix = `{ nonce }:
let
  mk = name: script: derivation {
    inherit name nonce;
    builder = "/bin/sh";
    args = [ "-c" script ];
    system = builtins.currentSystem;
  };
in {
  ok = mk "logone-e2e-ok" "echo hello from ok; echo done > $out";
  bad = mk "logone-e2e-bad" "echo first line; echo second line >&2; exit 3";
  cargo = mk "logone-e2e-cargo" ''
    printf '%s\n' '@cargo {"v":2,"type":"start","unit":"demo-u","crate":"demo","version":"0.1.0","kind":"bin","target":"demo","mode":"build","local":true}'
    printf '%s\n' '@cargo {"v":2,"type":"diagnostic","unit":"demo-u","message":{"$message_type":"diagnostic","level":"error","message":"mismatched types","code":{"code":"E0308"},"rendered":"error[E0308]: mismatched types\n --> src/main.rs:2:18\n"}}'
    printf '%s\n' '@cargo {"v":2,"type":"finish","unit":"demo-u","exit":1}'
    exit 1
  '';
}
`

// TestNixBuild pipes real nix-build runs through the logone binary.
func TestNixBuild(t *testing.T) {
	testenv.NeedNix(t)
	testenv.Short(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "logone")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "default.nix"), []byte(e2eNix), 0o644); err != nil {
		t.Fatal(err)
	}
	nonce := fmt.Sprint(time.Now().UnixNano())
	tests := []struct {
		attr   string
		status int
		want   []string
		args   []string // replace --log-format internal-json
	}{
		{"ok", 0, []string{"    Building logone-e2e-ok\n", "    Finished 1 built in "}, nil},
		{"bad", 1, []string{"logone-e2e-bad> first line\n", "logone-e2e-bad> second line\n",
			"error: builder for '", "-logone-e2e-bad.drv' failed with exit code 3", "error: build failed in "}, nil},
		{"cargo", 1, []string{"   Compiling demo v0.1.0 (bin \"demo\")\n",
			"error[E0308]: mismatched types\n --> src/main.rs:2:18\n",
			"error: could not compile `demo` (bin \"demo\") due to 1 previous error\n"}, nil},
		// A forgotten --log-format: nix's own output, then one line saying so.
		{"ok", 2, []string{"/nix/store/", "logone: stdin holds no internal-json log lines (run nix with --log-format internal-json 2>&1 | logone)\n"}, []string{}},
		{"ok", 1, []string{"error: unrecognised flag '--no-such-nix-flag'\nTry 'nix-build --help' for more information.\n"},
			[]string{"--log-format", "internal-json", "--no-such-nix-flag"}},
	}
	for _, tt := range tests {
		name := tt.attr
		if tt.args != nil {
			name += fmt.Sprint(tt.args)
		}
		t.Run(name, func(t *testing.T) {
			args := []string{filepath.Join(dir, "default.nix"),
				"-A", tt.attr, "--argstr", "nonce", nonce,
				"--option", "substituters", "", "--option", "sandbox", "true",
				"--option", "sandbox-paths", "/bin /usr /lib /lib64", "--no-out-link"}
			custom := tt.args != nil
			if !custom {
				tt.args = []string{"--log-format", "internal-json"}
			}
			status, out := pipe(t, dir, bin, exec.Command("nix-build", append(args, tt.args...)...))
			if status != tt.status {
				t.Errorf("exit status %d, want %d", status, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if custom && (strings.Contains(out, "Finished") || strings.Contains(out, "build failed")) {
				t.Errorf("a summary for a log without a build:\n%s", out)
			}
			if tt.attr == "ok" && tt.status == 0 && !strings.Contains(out, "\n/nix/store/") {
				t.Errorf("nix-build's out path (a plain line) was not passed through:\n%s", out)
			}
		})
	}
}

// pipe runs `nix 2>&1 | logone` without a shell and returns logone's exit
// status and stdout.
func pipe(t *testing.T, dir, bin string, nix *exec.Cmd) (int, string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	nix.Stdout, nix.Stderr = w, w
	logone := exec.Command(bin, "--color", "never")
	logone.Stdin = r
	var out strings.Builder
	logone.Stdout = &out
	logone.Stderr = &out
	if err := nix.Start(); err != nil {
		t.Fatal(err)
	}
	if err := logone.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r.Close()
	nix.Wait()
	err = logone.Wait()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return status, out.String()
}
