// Package render turns a Nix internal-json log, as modelled by package
// nixlog, into what a person (or a script) wants to see: cargo-style lines,
// only the failures, every build's log grouped per build, or JSON events.
package render

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sync"
	"time"

	"github.com/libnix/libnix/internal/jq"
	"github.com/libnix/libnix/internal/nixlog"
)

// Level selects how much of the log a human sees.
type Level int

// Levels.
const (
	LevelCargo   Level = iota // one line per build, diagnostics, failures with their logs, summary
	LevelErrors               // only failed builds with their logs, and errors
	LevelVerbose              // LevelCargo plus every build's log, grouped per build
)

// levelNames are the levels' names, as logone's --level takes them.
var levelNames = []string{LevelCargo: "cargo", LevelErrors: "errors", LevelVerbose: "verbose"}

// ParseLevel parses a level's name.
func ParseLevel(s string) (Level, error) {
	if l := slices.Index(levelNames, s); l >= 0 {
		return Level(l), nil
	}
	return 0, fmt.Errorf("unknown level %q (want cargo, errors or verbose)", s)
}

// Options configure Run.
type Options struct {
	Level  Level
	JSON   bool       // print JSON events (docs/logone-events.md) instead of text
	JQ     *jq.Filter // filter applied to each JSON event; implies JSON
	Color  bool       // ANSI colours in text output
	Status bool       // draw a status line (the output is a terminal)
	Width  int        // terminal width for the status line; 0 means 80
	Now    func() time.Time
	Input  string // names the input in errors; "stdin" if empty
	// NoSuccessSummary leaves out the closing "Finished" line of a
	// successful build, for a caller that prints its own (libnix-build).
	NoSuccessSummary bool
	// Clippy, when not nil, are the arguments given to clippy (after --):
	// the warnings are clippy's, and so is the fix command suggested.
	Clippy []string
	// Diagnostic, when set, is given every rustc diagnostic of a unit as it
	// arrives (rustc's JSON object), for cargo's JSON messages; Quiet then
	// leaves them and the units' summary lines out of the text, as cargo's
	// --message-format json does.
	Diagnostic func(unit string, raw json.RawMessage)
	Quiet      bool
	// Short shows diagnostics in rustc's short form (FILE:LINE:COL: LEVEL:
	// MESSAGE), as cargo's --message-format short.
	Short bool
	// Unannounced are derivations, by name, that get no "Building" line
	// when they build (one a failure still names): the caller's own steps
	// that cargo has no line for, such as the merge of cargo doc's pages.
	Unannounced []string
	// Announced are units (by id) whose line an earlier run of the
	// caller's showed: the caller builds a stale unit again, and it is
	// not announced twice.
	Announced map[string]bool
	// Statusless is cargo's -q at the cargo level: no status lines
	// (Compiling, Fetching, the progress line), no warning summaries and
	// no closing summary; rustc's diagnostics and cargo's error lines stay.
	Statusless bool
	// Packages, when set, asks for cargo's lines, one per package (below
	// the verbose level, which keeps a line per unit): "Compiling NAME vVER
	// (SOURCE)", SOURCE being Packages["NAME@VER"], cargo's display of the
	// package's source, left out when empty (a registry's).
	Packages map[string]string
	// Timed, when set, is given each unit's start and end (its builder's
	// @cargo start and finish lines), for cargo's --timings report.
	Timed func(unit string, start, end time.Time)
	// Commands shows the command each unit runs, as cargo's "Running"
	// lines: 1 the program and its arguments (cargo -v), 2 with the
	// environment it gets, sorted (cargo -vv).
	Commands int
	// Failed, when set, is called at the first unit that fails (in text
	// output): the caller starts no unit from then on, as cargo, and the
	// text says so as cargo's does ("build failed, waiting for other jobs
	// to finish...") while other units run.
	Failed func()
}

// renderer is an Observer that can also draw the status line and close the
// output.
type renderer interface {
	nixlog.Observer
	tick()
	finish(s *nixlog.Summary)
	abort() // the input ended without a verdict: close the output without a summary
}

// Result is what Run found in a log.
type Result struct {
	// Status is the exit status the log shows: 0 for success, 1 for a
	// failure. It is 1 too when the log has no verdict (Summary is nil).
	Status int
	// Summary is the log's outcome, nil when Run returned an error before
	// the end of input or the input held no Nix record.
	Summary *nixlog.Summary
	// Stale lists the ids of the units that failed stale (nixlog.Unit.Stale),
	// in start order, for the caller to build again. Status stays 1: the
	// build did fail.
	Stale []string
}

// NoRecordsError is Run's error for an input that holds no Nix record at
// all: not an internal-json log (nix ran without --log-format
// internal-json, or its stderr was not piped), or empty.
type NoRecordsError struct {
	Input string // as Options.Input, "stdin" if empty
	Empty bool   // there was no line at all
}

func (e *NoRecordsError) Error() string {
	what := "holds no internal-json log lines"
	if e.Empty {
		what = "is empty"
	}
	return e.Input + " " + what + " (run nix with --log-format internal-json 2>&1 | logone)"
}

// statusInterval bounds status line redraws to 10 a second.
const statusInterval = 100 * time.Millisecond

// Render reads a log from in and writes its rendering to out. Lines that are
// not Nix records go to out unchanged, except in JSON mode, where they go to
// plain so that out carries only events. It returns what the log shows. err
// reports a read or write error, an input without any Nix record
// (*NoRecordsError), or the first event on which opts.JQ raised an error
// (wrapping a *jq.Error; the input is still read to its end). After a read
// error or without records nothing has a verdict: no summary is written.
func Render(in io.Reader, out, plain io.Writer, opts Options) (res Result, err error) {
	input := cmp.Or(opts.Input, "stdin")
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Width <= 0 {
		opts.Width = 80
	}
	w := bufio.NewWriterSize(out, 64<<10)
	var r renderer
	var model *nixlog.Model
	if opts.JSON || opts.JQ != nil {
		j := newJSONRenderer(w, plain, opts)
		model = nixlog.NewModel(j)
		r = j
	} else {
		h := newHuman(w, opts)
		model = nixlog.NewModel(h)
		h.model = model
		r = h
	}

	var mu sync.Mutex
	if opts.Status && !opts.JSON && opts.JQ == nil {
		stop := make(chan struct{})
		done := make(chan struct{})
		defer func() { close(stop); <-done }()
		go func() {
			defer close(done)
			t := time.NewTicker(statusInterval)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					mu.Lock()
					r.tick()
					w.Flush()
					mu.Unlock()
				}
			}
		}()
	}

	lr := nixlog.NewLineReader(in)
	var readErr error
	lines := 0
	for {
		line, err := lr.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				readErr = fmt.Errorf("%s: %w", input, unwrapPath(err))
			}
			break
		}
		lines++
		mu.Lock()
		model.Line(line)
		if !lr.Buffered() {
			// About to wait for input: show what we have.
			w.Flush()
		}
		mu.Unlock()
	}
	mu.Lock()
	defer mu.Unlock()
	res.Status = 1
	switch {
	case readErr != nil:
		// What was read is shown; a verdict on part of a log would be a
		// guess (a Finished line for a build that may still fail).
		r.abort()
	case model.Records() == 0:
		r.abort()
		readErr = &NoRecordsError{Input: input, Empty: lines == 0}
	default:
		res.Summary = model.Finish()
		r.finish(res.Summary)
		res.Stale = res.Summary.StaleUnits()
		if res.Summary.Success {
			res.Status = 0
		}
	}
	if err := w.Flush(); err != nil {
		return res, err
	}
	if j, ok := r.(*jsonRenderer); ok && j.err != nil {
		return res, j.err
	}
	return res, readErr
}

// unwrapPath drops the "read /dev/stdin" of an *fs.PathError: the caller
// names the input.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
