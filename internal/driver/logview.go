package driver

import (
	"errors"
	"io"
	"os"
	"strconv"

	"github.com/mattn/go-isatty"

	"github.com/libnix/libnix/internal/render"
)

// logView shows nix-build's internal-json log the way cargo shows a build,
// with logone's renderer running in this process on the other end of a pipe.
type logView struct {
	w    *os.File // nix-build's stderr
	r    *os.File
	done chan viewResult
	json bool // nix must log internal-json
}

type viewResult struct {
	res render.Result
	err error
}

// startLogView starts rendering at level ("cargo", "errors", "verbose")
// onto out, in colour if color, with the options more sets. libnix-build prints its own Finished line.
func startLogView(level string, color bool, more func(*render.Options), out *os.File) (*logView, error) {
	lv, err := render.ParseLevel(level)
	if err != nil {
		return nil, err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	tty := isatty.IsTerminal(out.Fd())
	width, _ := strconv.Atoi(os.Getenv("COLUMNS"))
	opts := render.Options{Level: lv, Color: color, Status: tty, Width: width, Input: "nix-build's log", NoSuccessSummary: true}
	if lv == render.LevelErrors {
		// -q is cargo's: its diagnostics and error lines, no statuses.
		opts.Level, opts.Statusless, opts.Status = render.LevelCargo, true, false
	}
	more(&opts)
	v := &logView{w: w, r: r, done: make(chan viewResult, 1), json: true}
	go func() {
		res, err := render.Render(r, out, out, opts)
		io.Copy(io.Discard, r) // never block nix-build, even after an error
		v.done <- viewResult{res, err}
	}()
	return v, nil
}

// started is called once nix-build holds its end of the pipe.
func (v *logView) started() { v.w.Close() }

// wait waits until everything is shown and returns what the log showed.
// A log without any record is not an error here: libnix-build asks for
// internal-json itself, so such a log is nix-build failing before it
// logged anything, and its lines were shown as they are.
func (v *logView) wait() (render.Result, error) {
	r := <-v.done
	v.r.Close()
	var none *render.NoRecordsError
	if errors.As(r.err, &none) {
		r.err = nil
	}
	return r.res, r.err
}
