// Package render turns a Nix internal-json log, as modelled by package
// nixlog, into what a person (or a script) wants to see: cargo-style lines,
// only the failures, every build's log grouped per build, or JSON events.
package render

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/itchyny/gojq"
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

var levelNames = map[string]Level{"cargo": LevelCargo, "errors": LevelErrors, "verbose": LevelVerbose}

// ParseLevel parses a --level value.
func ParseLevel(s string) (Level, error) {
	if l, ok := levelNames[s]; ok {
		return l, nil
	}
	return 0, fmt.Errorf("unknown level %q (want cargo, errors or verbose)", s)
}

// Options configure Run.
type Options struct {
	Level  Level
	JSON   bool       // print JSON events (docs/logone-events.md) instead of text
	JQ     *gojq.Code // filter applied to each JSON event; implies JSON
	Color  bool       // ANSI colours in text output
	Status bool       // draw a status line (the output is a terminal)
	Width  int        // terminal width for the status line; 0 means 80
	Now    func() time.Time
	Input  string // names the input in errors; "stdin" if empty
	// NoSuccessSummary leaves out the closing "Finished" line of a
	// successful build, for a caller that prints its own (libnix-build).
	NoSuccessSummary bool
}

// CompileJQ compiles a --jq filter.
func CompileJQ(filter string) (*gojq.Code, error) {
	q, err := gojq.Parse(filter)
	if err != nil {
		return nil, err
	}
	return gojq.Compile(q)
}

// renderer is an Observer that can also draw the status line and close the
// output.
type renderer interface {
	nixlog.Observer
	tick()
	finish(s *nixlog.Summary)
}

// statusInterval bounds status line redraws to 10 a second.
const statusInterval = 100 * time.Millisecond

// Run reads a log from in and writes its rendering to out. Lines that are
// not Nix records go to out unchanged, except in JSON mode, where they go to
// plain so that out carries only events. It returns the exit status the log
// shows: 0 for success, 1 for a failure. err reports a read or write error,
// or --jq filters that failed at run time.
func Run(in io.Reader, out, plain io.Writer, opts Options) (status int, err error) {
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
	for {
		line, err := lr.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				readErr = fmt.Errorf("%s: %w", cmp.Or(opts.Input, "stdin"), err)
			}
			break
		}
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
	sum := model.Finish()
	r.finish(sum)
	if !sum.Success {
		status = 1
	}
	if err := w.Flush(); err != nil {
		return status, err
	}
	if j, ok := r.(*jsonRenderer); ok && j.err != nil {
		return status, j.err
	}
	return status, readErr
}
