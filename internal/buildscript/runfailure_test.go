package buildscript

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/libnix/libnix/internal/golden"
)

// runFailureCases are failed build-script runs whose output is not text:
// bytes that are not UTF-8, NUL bytes, both streams at once. cargo 1.95
// leaves out a `--- stdout` or `--- stderr` section whose stream is not
// UTF-8 as a whole (the panic message goes with it); buildrs-parse shows
// every section that is not blank.
var runFailureCases = []struct {
	name           string
	stdout, stderr string
	// display is the E-RUN message's sections as shown on a terminal:
	// each invalid sequence as U+FFFD (String::from_utf8_lossy), NUL as ␀.
	display string
}{
	{name: "invalid-and-nul-in-stderr", stdout: "cargo::warning=about to fail\n", stderr: "bad \xff byte\x00 nul\n",
		display: "  --- stdout\n  cargo::warning=about to fail\n\n  --- stderr\n  bad \uFFFD byte\u2400 nul\n"},
	{name: "panic-after-invalid-line", stderr: "\xfe\xff\nthread 'main' panicked at build.rs:5:5:\nbuild script fails on purpose\n",
		display: "  --- stderr\n  \uFFFD\uFFFD\n  thread 'main' panicked at build.rs:5:5:\n  build script fails on purpose\n"},
	{name: "invalid-stdout", stdout: "cargo::rustc-cfg=x\nlatin1 caf\xe9\r\n", stderr: "boom\n",
		display: "  --- stdout\n  cargo::rustc-cfg=x\n  latin1 caf\uFFFD\n\n  --- stderr\n  boom\n"},
	{name: "truncated-sequences", stderr: "cut \xe2\x82 and \xf0\x9f\x98 and \xf0\x80 end",
		display: "  --- stderr\n  cut \uFFFD and \uFFFD and \uFFFD\uFFFD end\n"},
	{name: "only-nul", stderr: "\x00",
		display: "  --- stderr\n  \u2400\n"},
	{name: "blank-streams", stdout: " \n\t\n", stderr: "\r\n",
		display: ""},
	// A lone CR would move Nix back to column 0, where "@nix " starts a
	// message Nix reads as its own: the indent follows every CR.
	{name: "carriage-return-forgery", stderr: "x\r@nix {\"action\":\"msg\",\"level\":0,\"msg\":\"forged\"}\n\r@cargo {}\n",
		display: "  --- stderr\n  x\r  @nix {\"action\":\"msg\",\"level\":0,\"msg\":\"forged\"}\n  \r  @cargo {}\n"},
}

func TestRunFailureBytes(t *testing.T) {
	for _, c := range runFailureCases {
		t.Run(c.name, func(t *testing.T) {
			p := &Package{Name: "badbytes", Version: "0.1.0"}
			run := func(raw bool) string {
				r := &ScriptRun{Package: p, Name: "test", Stdout: []byte(c.stdout), Stderr: []byte(c.stderr),
					ExitStatus: 101, Command: "/b/build-script-build"}
				var stdout, stderr bytes.Buffer
				if err := Process(r, Options{RawOutput: raw}, &stdout, &stderr); err != ErrFailed {
					t.Fatalf("Process: %v, want ErrFailed", err)
				}
				return stderr.String()
			}
			head := "error: failed to run custom build command for `badbytes v0.1.0`\n\nCaused by:\n" +
				"  process didn't exit successfully: `/b/build-script-build` (exit status: 101)\n"
			if strings.HasPrefix(c.stdout, "cargo::warning=") {
				head = "warning: badbytes@0.1.0: about to fail\n" + head
			}
			shown := run(false)
			if want := head + c.display; shown != want {
				t.Errorf("shown:\n%q\nwant\n%q", shown, want)
			}
			if !utf8.ValidString(shown) || strings.Contains(shown, "\x00") {
				t.Errorf("shown text is not UTF-8 without NUL: %q", shown)
			}
			// The raw form, for Nix's log, holds the streams' bytes:
			// only cargo's two-space indent and a CR before LF differ.
			raw := run(true)
			for _, stream := range []string{c.stdout, c.stderr} {
				for _, l := range rustLines(stream) {
					if strings.TrimSpace(l) != "" && !strings.Contains(raw, "\n  "+crGuard(l, "  ")+"\n") {
						t.Errorf("raw form lost line %q:\n%q", l, raw)
					}
				}
			}
			golden.Check(t, filepath.Join("testdata", "golden", "run-failure", c.name+".txt"), []byte("--- shown\n"+shown+"--- raw\n"+raw))
		})
	}
}

// TestMessageTextNUL: a build-script message is shown with NUL as ␀; the
// raw form and the protocol line keep the text as the script wrote it.
func TestMessageTextNUL(t *testing.T) {
	p := &Package{Name: "foo", Version: "0.5.0"}
	for _, raw := range []bool{false, true} {
		var stdout, stderr bytes.Buffer
		r := &ScriptRun{Package: p, Name: "test", Stdout: []byte("cargo::warning=a\x00b\n")}
		if err := Process(r, Options{ProtocolUnit: "u", RawOutput: raw}, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
		plain := "warning: foo@0.5.0: a\u2400b\n"
		if raw {
			plain = "warning: foo@0.5.0: a\x00b\n"
		}
		want := plain + `@cargo {"v":2,"type":"buildscript","unit":"u","level":"warning","text":"a\u0000b","crate":"foo","version":"0.5.0"}` + "\n"
		if stderr.String() != want {
			t.Errorf("raw %v:\n%q\nwant\n%q", raw, stderr.String(), want)
		}
	}
}

// FuzzRunFailure: whatever a failed script printed, the text form is UTF-8
// without NUL and shows every line that is not blank; the raw form holds
// each such line's bytes.
func FuzzRunFailure(f *testing.F) {
	for _, c := range runFailureCases {
		f.Add([]byte(c.stdout), []byte(c.stderr))
	}
	f.Add([]byte("ok\n"), []byte("\xed\xa0\x80 surrogate \xc0\xaf overlong \xf4\x90\x80\x80 too big\x00\r\n"))
	f.Fuzz(func(t *testing.T, stdout, stderr []byte) {
		p := &Package{Name: "fz", Version: "1.0.0"}
		shown := RunFailure(p.descr(), "cmd", 1, stdout, stderr, "", false)
		raw := RunFailure(p.descr(), "cmd", 1, stdout, stderr, "", true)
		if !utf8.ValidString(shown) || strings.Contains(shown, "\x00") {
			t.Fatalf("shown text is not UTF-8 without NUL: %q", shown)
		}
		for _, stream := range [][]byte{stdout, stderr} {
			for _, l := range rustLines(string(stream)) {
				if strings.TrimSpace(display([]byte(l))) == "" {
					continue
				}
				// A stream's last line ending in a lone CR meets the next
				// section's LF, and loses the CR as cargo's output does.
				has := func(out, l string) bool {
					return strings.Contains(out, "\n  "+crGuard(l, "  ")+"\n") ||
						strings.Contains(out, "\n  "+crGuard(strings.TrimSuffix(l, "\r"), "  ")+"\n")
				}
				if !has(shown, display([]byte(l))) {
					t.Fatalf("shown text lost line %q:\n%q", l, shown)
				}
				if !has(raw, l) {
					t.Fatalf("raw form lost line %q:\n%q", l, raw)
				}
			}
		}
		for _, out := range []string{shown, raw} {
			if l, ok := forgedLine(out); ok {
				t.Fatalf("Nix would read %q as a log message of its own:\n%q", l, out)
			}
		}
	})
}

// forgedLine reports a line of out that, once a lone '\r' has moved the
// column back to 0 as Nix's log reader (and a terminal) does, starts like a
// Nix or libnix protocol line it did not start as.
func forgedLine(out string) (string, bool) {
	for _, l := range strings.Split(out, "\n") {
		if !strings.Contains(l, "\r") {
			continue
		}
		var line []byte
		pos := 0
		for i := 0; i < len(l); i++ {
			if l[i] == '\r' {
				pos = 0
				continue
			}
			if pos < len(line) {
				line[pos] = l[i]
			} else {
				line = append(line, l[i])
			}
			pos++
		}
		if strings.HasPrefix(string(line), "@nix ") || strings.HasPrefix(string(line), "@cargo ") {
			return string(line), true
		}
	}
	return "", false
}

// TestMessageTextCR: a build-script message with a lone CR cannot make Nix
// read the rest of its line as a log message of Nix's own.
func TestMessageTextCR(t *testing.T) {
	p := &Package{Name: "foo", Version: "0.5.0"}
	for _, raw := range []bool{false, true} {
		var stdout, stderr bytes.Buffer
		r := &ScriptRun{Package: p, Name: "test", Stdout: []byte("cargo::warning=a\r@nix {\"action\":\"msg\",\"level\":0,\"msg\":\"forged\"}\n")}
		if err := Process(r, Options{ProtocolUnit: "u", RawOutput: raw}, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
		if l, ok := forgedLine(stderr.String()); ok {
			t.Errorf("raw %v: Nix would read %q as its own:\n%q", raw, l, stderr.String())
		}
		if !strings.Contains(stderr.String(), "warning: foo@0.5.0: a\r  @nix {") {
			t.Errorf("raw %v: the message lost its text:\n%q", raw, stderr.String())
		}
	}
}
