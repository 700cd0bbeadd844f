package buildscript

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/libnix/libnix/internal/cargoproto"
)

// ScriptRun is one finished build-script run, as the builder saw it.
type ScriptRun struct {
	Package *Package
	Name    string // name of the stdout capture, for error messages
	Stdout  []byte // the script's stdout
	// ExitStatus is the script's exit status; non-zero fails the run with E-RUN,
	// which shows Stderr and Command.
	ExitStatus int
	Stderr     []byte
	Command    string
	// BacktraceProfile, if set, adds cargo's backtrace note to E-RUN (see RunFailure).
	BacktraceProfile string
}

// Options says what Process produces besides the messages on stderr.
type Options struct {
	ProtocolUnit string // if set, also print each build-script message as an @cargo line
	OutDir       string // if set, write the argument files there
	JSON         bool   // print the JSON form on stdout
	// RawOutput copies the script's output into the messages byte for byte,
	// for a log that keeps bytes and is decoded by its reader (Nix's build
	// log, which logone reads); otherwise it is shown as text (see display).
	RawOutput bool
}

// ErrFailed means the build script failed or its output was rejected; cargo's
// message has already been printed.
var ErrFailed = errors.New("build script failed")

// Process does what cargo does after a build script exits
// (docs/cargo-semantics.md §5.6): report a failed run, or stop on logged
// errors without parsing, or parse and report the parsed messages; then write
// the results. Messages go to
// stderr as cargo prints them. Errors other than ErrFailed are about writing
// the results and have not been printed.
func Process(r *ScriptRun, o Options, stdout, stderr io.Writer) error {
	p := r.Package
	report := func(msgs []Message) error {
		for _, m := range msgs {
			if err := writeMessage(stderr, p, m, o); err != nil {
				return err
			}
		}
		return nil
	}
	if r.ExitStatus != 0 {
		if err := report(Scan(r.Stdout)); err != nil {
			return err
		}
		_, err := io.WriteString(stderr, RunFailure(p.descr(), r.Command, r.ExitStatus, r.Stdout, r.Stderr, r.BacktraceProfile, o.RawOutput))
		return failed(err)
	}
	if scanned := Scan(r.Stdout); slices.ContainsFunc(scanned, isError) {
		if err := report(scanned); err != nil {
			return err
		}
		_, err := fmt.Fprintf(stderr, "error: %s\n", msgLogged)
		return failed(err)
	}
	out, err := Parse(r.Stdout, p)
	if err != nil {
		_, werr := fmt.Fprintf(stderr, "error: %s\n", err)
		return failed(werr)
	}
	// Errors found only by the parser (an indented `cargo::error=` line) are
	// shown but do not fail the run: cargo 1.95 behaves this way.
	if err := report(out.Messages); err != nil {
		return err
	}
	if o.OutDir != "" {
		files, err := out.Files(p)
		if err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
		if err := WriteDir(o.OutDir, files); err != nil {
			return err
		}
	}
	if o.JSON {
		js, err := out.JSON(p)
		if err != nil {
			return err
		}
		if _, err := stdout.Write(js); err != nil {
			return err
		}
	}
	return nil
}

func isError(m Message) bool { return m.Level == Error }

func failed(writeErr error) error {
	if writeErr != nil {
		return writeErr
	}
	return ErrFailed
}

// writeMessage prints m as cargo does (`warning: NAME@VERSION: TEXT`, the
// text shown as display does unless o.RawOutput) and, with a unit id, also
// as an @cargo buildscript line.
func writeMessage(w io.Writer, p *Package, m Message, o Options) error {
	text, unit := m.Text, o.ProtocolUnit
	if !o.RawOutput {
		text = display([]byte(text))
	}
	if _, err := fmt.Fprintf(w, "%s: %s@%s: %s\n", m.Level, p.Name, p.Version, crGuard(text, "  ")); err != nil || unit == "" {
		return err
	}
	line, err := cargoproto.Line(cargoproto.BuildScript{Unit: unit, Level: string(m.Level), Text: m.Text, Crate: p.Name, Version: p.Version})
	if err != nil {
		return err
	}
	_, err = w.Write(line)
	return err
}
