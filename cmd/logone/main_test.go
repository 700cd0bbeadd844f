package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/testenv"
)

// runMain calls run with files for the three streams and returns the exit
// status, stdout and stderr.
func runMain(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in")
	if err := os.WriteFile(in, []byte(stdin), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return runReader(t, f, args...)
}

// runReader is runMain with any reader as stdin.
func runReader(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	files := make([]*os.File, 2)
	for i, name := range []string{"out", "err"} {
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		files[i] = f
	}
	status := run(args, stdin, files[0], files[1])
	out, _ := os.ReadFile(filepath.Join(dir, "out"))
	errOut, _ := os.ReadFile(filepath.Join(dir, "err"))
	return status, string(out), string(errOut)
}

// failingReader returns its data, then err.
type failingReader struct {
	data string
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// TestInput: input that is not an internal-json log, or that cannot be
// read to its end, gets one line saying so, exit status 2, and no summary;
// nix's usage error is shown as nix printed it.
func TestInput(t *testing.T) {
	const hint = " (run nix with --log-format internal-json 2>&1 | logone)\n"
	plain := "these derivations will be built:\n  /nix/store/3isqykh6vz8f58r3g1lzdqgzfgq79d0l-weird-output.drv\nbuilding '/nix/store/3isqykh6vz8f58r3g1lzdqgzfgq79d0l-weird-output.drv'...\n"
	started := `@nix {"action":"start","fields":["/nix/store/3isqykh6vz8f58r3g1lzdqgzfgq79d0l-weird-output.drv","",1,1],"id":5,"level":3,"text":"","type":105}` + "\n" +
		`@nix {"action":"stop","id":5}` + "\n"
	dir, err := os.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer dir.Close()
	tests := []struct {
		name           string
		stdin          io.Reader
		args           []string
		status         int
		stdout, stderr string
	}{
		{"plain nix output", strings.NewReader(plain), nil, 2, plain, "logone: stdin holds no internal-json log lines" + hint},
		{"plain nix output, json", strings.NewReader(plain), []string{"--format", "json"}, 2, "", plain + "logone: stdin holds no internal-json log lines" + hint},
		{"empty", strings.NewReader(""), nil, 2, "", "logone: stdin is empty" + hint},
		{"empty, json", strings.NewReader(""), []string{"--format", "json"}, 2, "", "logone: stdin is empty" + hint},
		{"stdin is a directory", dir, nil, 2, "", "logone: stdin: is a directory\n"},
		{"I/O error mid-stream", &failingReader{started, syscall.EIO}, nil, 2, "    Building weird-output\n", "logone: stdin: input/output error\n"},
		{"I/O error mid-stream, json", &failingReader{started, syscall.EIO}, []string{"--format", "json"}, 2,
			`{"drv":"/nix/store/3isqykh6vz8f58r3g1lzdqgzfgq79d0l-weird-output.drv","event":"build-started","name":"weird-output","version":1}` + "\n",
			"logone: stdin: input/output error\n"},
		{"nix usage error", strings.NewReader(usageErrorLog), nil, 1,
			"error: unrecognised flag '--no-such-nix-flag'\nTry 'nix-build --help' for more information.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runReader(t, tt.stdin, append([]string{"--color", "never"}, tt.args...)...)
			if status != tt.status || out != tt.stdout || errOut != tt.stderr {
				t.Errorf("status %d\nstdout %q\nstderr %q\nwant %d\n%q\n%q", status, out, errOut, tt.status, tt.stdout, tt.stderr)
			}
		})
	}
}

// usageErrorLog is what nix-build 2.8 logs for an unknown flag given after
// --log-format internal-json.
const usageErrorLog = `@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"\u001b[31;1merror:\u001b[0m unrecognised flag '\u001b[35;1m--no-such-nix-flag\u001b[0m'","raw_msg":"unrecognised flag '\u001b[35;1m--no-such-nix-flag\u001b[0m'"}
@nix {"action":"msg","level":0,"msg":"Try 'nix-build --help' for more information."}
`

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"--level", "loud"}, 2, "logone: --level: unknown level \"loud\" (want cargo, errors or verbose)\n"},
		{[]string{"--jq", ".["}, 2, "logone: --jq: "},
		{[]string{"--format", "xml"}, 2, "logone: --format: unknown format \"xml\" (want text or json)\n"},
		{[]string{"--color", "sometimes"}, 2, "logone: --color: unknown value \"sometimes\" (want auto, always or never)\n"},
		{[]string{"file.log"}, 2, "logone: file.log: unexpected argument (logone reads stdin)\n"},
		{[]string{"--nope"}, 2, "logone: flag provided but not defined: -nope\n"},
		{[]string{"--help"}, 0, ""},
	}
	for _, tt := range tests {
		status, out, errOut := runMain(t, "", tt.args...)
		if status != tt.status || !strings.HasPrefix(errOut, tt.stderr) || strings.Count(errOut, "\n") > 1 {
			t.Errorf("%v: status %d, stderr %q; want %d, %q", tt.args, status, errOut, tt.status, tt.stderr)
		}
		if tt.args[0] == "--help" && out != usage {
			t.Errorf("--help printed %q", out)
		}
	}
}

// TestManPage keeps --help and man/logone.1 in step: every option of one
// is in the other.
func TestManPage(t *testing.T) {
	man, err := os.ReadFile("../../man/logone.1")
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range []string{"level", "format", "jq", "color", "help"} {
		if !strings.Contains(usage, "--"+opt) || !strings.Contains(string(man), `\-\-`+opt) {
			t.Errorf("--%s missing from --help or the man page", opt)
		}
	}
}

func TestExitStatus(t *testing.T) {
	ok := `@nix {"action":"msg","level":1,"msg":"warning: w"}` + "\n"
	bad := `@nix {"action":"msg","level":0,"msg":"error: e"}` + "\n"
	if s, _, _ := runMain(t, ok); s != 0 {
		t.Errorf("success log: status %d", s)
	}
	if s, out, _ := runMain(t, bad); s != 1 || !strings.Contains(out, "error: e\n") {
		t.Errorf("failure log: status %d, %q", s, out)
	}
}

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
