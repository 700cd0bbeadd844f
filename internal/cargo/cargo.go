// Package cargo runs cargo and rustc and decodes what they print and read:
// the unit graph, `cargo metadata`, Cargo.lock, Cargo.toml, .cargo/config.toml
// and rustc's target probes. It also finds, as cargo would and without
// running it, the manifest, workspace and target directory of a build.
// It has no opinion about what libnix does with them.
package cargo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

// Tools names the cargo and rustc executables and where they run.
type Tools struct {
	Cargo  string    // cargo executable ("cargo" when empty)
	Rustc  string    // rustc executable ("rustc" when empty)
	Dir    string    // working directory of every subprocess ("" = current)
	Env    []string  // extra environment, appended to os.Environ()
	Stderr io.Writer // where cargo's own stderr is passed through (nil = discarded)
}

// Error is a failure of a subprocess or of decoding its output, already in
// the house format "<input>: <what is wrong>"; the caller prefixes the tool name.
type Error struct {
	Input string
	Msg   string
	// Shown: the command's stderr was passed through, with the error line
	// Msg quotes, so its user saw cargo's own words already.
	Shown bool
}

func (e *Error) Error() string { return e.Input + ": " + e.Msg }

func (t Tools) cargo() string { return orDefault(t.Cargo, "cargo") }
func (t Tools) rustc() string { return orDefault(t.Rustc, "rustc") }

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// run executes prog with args (never through a shell) and returns its stdout.
// input names what the command is about (a manifest, a triple) for error messages.
// When passStderr is set the child's stderr is also copied to t.Stderr.
func (t Tools) run(ctx context.Context, input string, passStderr bool, prog string, args ...string) (stdout, stderr []byte, err error) {
	path, err := exec.LookPath(prog)
	if err != nil {
		return nil, nil, &Error{Input: prog, Msg: "not found on PATH (is the Rust toolchain installed?)"}
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = t.Dir
	cmd.Env = append(os.Environ(), t.Env...)
	var out, errOut bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errOut
	if passStderr && t.Stderr != nil {
		filter := &lockNoiseFilter{w: t.Stderr}
		defer filter.flush()
		cmd.Stderr = io.MultiWriter(&errOut, filter)
	}
	// rustc's probes read a crate from stdin; give them an empty one.
	cmd.Stdin = bytes.NewReader(nil)
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return nil, nil, &Error{Input: prog, Msg: err.Error()}
		}
		msg, quoted := firstError(errOut.String(), exit)
		return nil, nil, &Error{Input: input, Msg: fmt.Sprintf("%s failed: %s", commandName(prog, args), msg),
			Shown: quoted && passStderr && t.Stderr != nil}
	}
	return out.Bytes(), errOut.Bytes(), nil
}

// commandName is a short human name of a command: "cargo metadata", "rustc -vV".
func commandName(prog string, args []string) string {
	name := prog
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	for _, a := range args {
		if !strings.HasPrefix(a, "-") || a == "-vV" {
			return name + " " + a
		}
	}
	return name
}

// firstError extracts the first "error: " line a cargo or rustc run printed,
// which is the one-line cause (the rest, already passed through, is
// context); quoted reports that there was one.
func firstError(stderr string, exit *exec.ExitError) (msg string, quoted bool) {
	for line := range strings.Lines(stderr) {
		if msg, ok := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "error: "); ok {
			return msg, true
		}
	}
	if s := strings.TrimSpace(stderr); s != "" {
		return strings.TrimSpace(strings.SplitN(s, "\n", 2)[0]), false
	}
	return exit.String(), false
}

// lockNoiseFilter passes cargo's stderr through minus the "Blocking waiting
// for file lock" notes, which only say that our concurrent cargo commands
// took turns on the package cache.
type lockNoiseFilter struct {
	w   io.Writer
	buf []byte
}

func (f *lockNoiseFilter) Write(p []byte) (int, error) {
	f.buf = append(f.buf, p...)
	for {
		i := bytes.IndexByte(f.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := f.buf[:i+1]
		if !bytes.Contains(line, []byte("Blocking waiting for file lock")) {
			if _, err := f.w.Write(line); err != nil {
				return len(p), err
			}
		}
		f.buf = f.buf[i+1:]
	}
}

// flush writes an unterminated last line.
func (f *lockNoiseFilter) flush() {
	if len(f.buf) > 0 {
		f.w.Write(f.buf)
	}
}
