package build

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// logView shows nix-build's log the way cargo shows a build. It is the one
// place that knows logone is a separate program next to libnix-build (or
// on PATH); when logone's renderer settles as a package this becomes an
// in-process call. Without logone, nix's own output is passed through.
type logView struct {
	cmd  *exec.Cmd
	w    *os.File // nix-build's stderr
	json bool     // whether nix must log internal-json
}

// startLogView starts logone at level, writing to out with colour
// ("always" or "never").
func startLogView(level, color string, out *os.File) (*logView, error) {
	logone := FindTool("logone")
	if logone == "" {
		return &logView{w: out}, nil
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(logone, "--level", level, "--color", color)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = r, out, out
	// Its own process group: a Ctrl-C at the terminal must not stop the
	// renderer before nix's last words (the failures, the summary).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	r.Close()
	if err != nil {
		w.Close()
		return nil, err
	}
	return &logView{cmd: cmd, w: w, json: true}, nil
}

// started is called once nix-build holds its end of the pipe.
func (v *logView) started() {
	if v.cmd != nil {
		v.w.Close()
	}
}

// wait waits until everything is shown.
func (v *logView) wait() error {
	if v.cmd == nil {
		return nil
	}
	err := v.cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		return nil // logone's "the log shows a failure": nix's status says so too
	}
	return err
}

// FindTool finds a libnix program next to the running executable, else on
// PATH; "" if there is none.
func FindTool(name string) string {
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	return ""
}
