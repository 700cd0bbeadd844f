package render

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/mattn/go-isatty"
	"github.com/muesli/termenv"

	"github.com/libnix/libnix/internal/jq"
	"github.com/libnix/libnix/internal/usage"
)

// Help is logone's --help; man/logone.1 says the same at length.
const Help = `usage: nix-build ... --log-format internal-json 2>&1 | logone [options]

Reads a Nix internal-json log on stdin and writes what a person wants to see
on stdout. Lines that are not Nix records are copied to stdout unchanged
(to stderr with --format json).

options:
  --level LEVEL    cargo (default): one line per build, rustc diagnostics,
                   failed builds with their whole log, a summary;
                   errors: only failed builds with their logs, and errors;
                   verbose: cargo, plus every build's log grouped per build
  --format FORMAT  text (default) or json: one JSON event per line
                   (docs/logone-events.md)
  --jq FILTER      apply a jq filter to each JSON event (implies --format json)
  --color WHEN     auto (default), always or never; auto colours a terminal
                   unless NO_COLOR is set
  -h, --help       print this help

exit status: 0 when the log shows success, 1 when it shows a failure,
2 for usage errors, unreadable input, input without any internal-json
line (or empty) or a failing --jq filter.
`

// Run is the logone command: it renders the log on stdin to stdout and
// returns the exit status Help describes.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args, stdout)
	if status, ok := usage.Check(err, "logone", Help, stdout, stderr); !ok {
		return status
	}
	res, err := Render(stdin, stdout, stderr, opts)
	if err != nil {
		if errors.As(err, new(*jq.Error)) {
			err = fmt.Errorf("--jq: %w", err)
		}
		// Not 1, which says the log shows a failure.
		fmt.Fprintf(stderr, "logone: %v\n", err)
		return 2
	}
	return res.Status
}

func parseArgs(args []string, stdout io.Writer) (Options, error) {
	var opts Options
	fs := flag.NewFlagSet("logone", flag.ContinueOnError)
	level := fs.String("level", "cargo", "")
	format := fs.String("format", "text", "")
	filter := fs.String("jq", "", "")
	color := fs.String("color", "auto", "")
	operands, err := usage.Parse(fs, args)
	if err != nil {
		return opts, err
	}
	if len(operands) > 0 {
		return opts, usage.Unexpected(operands[0], "logone reads stdin")
	}
	if err := usage.OneOf("--level", *level, levelNames...); err != nil {
		return opts, err
	}
	opts.Level, _ = ParseLevel(*level)
	if err := usage.OneOf("--format", *format, "text", "json"); err != nil {
		return opts, err
	}
	opts.JSON = *format == "json"
	if *filter != "" {
		if opts.JQ, err = jq.Compile(*filter); err != nil {
			return opts, usage.Invalid("--jq", *filter, err.Error())
		}
	}
	if err := usage.OneOf("--color", *color, "auto", "always", "never"); err != nil {
		return opts, err
	}
	tty := isTerminal(stdout)
	opts.Color = *color == "always" || *color == "auto" && tty && !termenv.EnvNoColor()
	opts.Status = tty
	opts.Width, _ = strconv.Atoi(os.Getenv("COLUMNS"))
	return opts, nil
}

// isTerminal reports whether w is a file open on a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && isatty.IsTerminal(f.Fd())
}
