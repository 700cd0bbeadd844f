package build

import (
	"io"
	"os"
	"strconv"

	"github.com/libnix/libnix/internal/render"
	"github.com/mattn/go-isatty"
)

// logView shows nix-build's internal-json log the way cargo shows a build,
// with logone's renderer running in this process on the other end of a pipe.
type logView struct {
	w    *os.File // nix-build's stderr
	r    *os.File
	done chan error
	json bool // nix must log internal-json
}

// startLogView starts rendering at level ("cargo", "errors", "verbose")
// onto out, in colour if color. libnix-build prints its own Finished line.
func startLogView(level string, color bool, out *os.File) (*logView, error) {
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
	v := &logView{w: w, r: r, done: make(chan error, 1), json: true}
	go func() {
		_, err := render.Run(r, out, out, opts)
		io.Copy(io.Discard, r) // never block nix-build, even after an error
		v.done <- err
	}()
	return v, nil
}

// started is called once nix-build holds its end of the pipe.
func (v *logView) started() { v.w.Close() }

// wait waits until everything is shown.
func (v *logView) wait() error {
	err := <-v.done
	v.r.Close()
	return err
}
