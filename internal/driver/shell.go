package driver

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/muesli/termenv"

	"github.com/libnix/libnix/internal/plan"
)

// ANSI styles of cargo's status verbs.
const (
	green  = "\x1b[1m\x1b[92m"
	cyan   = "\x1b[1m\x1b[96m"
	yellow = "\x1b[1m\x1b[93m"
	red    = "\x1b[1m\x1b[91m"
	reset  = "\x1b[0m"
)

// shell writes libnix-build's own messages in cargo's layout: a verb right
// aligned in 12 columns, coloured on a terminal.
type shell struct {
	w     io.Writer
	color bool
}

// newShell resolves --color: "auto" colours a terminal unless NO_COLOR is set.
func newShell(w *os.File, when string) *shell {
	color := when == "always" ||
		when == "auto" && isatty.IsTerminal(w.Fd()) && !termenv.EnvNoColor()
	return &shell{w: w, color: color}
}

func (s *shell) paint(style, text string) string {
	if !s.color {
		return text
	}
	return style + text + reset
}

func (s *shell) status(verb, msg, style string) {
	fmt.Fprintf(s.w, "%s %s\n", s.paint(style, fmt.Sprintf("%12s", verb)), msg)
}

func (s *shell) warn(msg string) {
	fmt.Fprintf(s.w, "%s: %s\n", s.paint(yellow, "warning"), msg)
}

func (s *shell) errorf(format string, args ...any) {
	fmt.Fprintf(s.w, "%s: %s\n", s.paint(red, "error"), fmt.Sprintf(format, args...))
}

// finishedText is cargo's summary after "Finished":
// "`dev` profile [unoptimized + debuginfo] target(s) in 12.34s".
func finishedText(p *plan.Plan, d time.Duration) string {
	var prof plan.Profile
	if len(p.Roots) > 0 {
		prof = p.Units[p.Roots[0]].Profile
	}
	kind := "optimized"
	if prof.OptLevel == "0" || prof.OptLevel == "" {
		kind = "unoptimized"
	}
	if prof.Debuginfo != "" {
		kind += " + debuginfo"
	}
	return fmt.Sprintf("`%s` profile [%s] target(s) in %s", p.Workspace.Profile, kind, elapsed(d))
}

// elapsed formats a duration as cargo does: "0.27s", "12.34s", "1m 05s".
func elapsed(d time.Duration) string {
	secs := int64(d / time.Second)
	if secs >= 60 {
		return fmt.Sprintf("%dm %02ds", secs/60, secs%60)
	}
	return fmt.Sprintf("%d.%02ds", secs, int64(d%time.Second)/int64(10*time.Millisecond))
}
