// Command logone shows a Nix build log (`--log-format internal-json`) the way
// cargo shows a build. See man/logone.1.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/libnix/libnix/internal/render"
	"github.com/mattn/go-isatty"
	"github.com/muesli/termenv"
)

const usage = `usage: nix-build ... --log-format internal-json 2>&1 | logone [options]

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
  --help           show this help

exit status: 0 when the log shows success, 1 when it shows a failure,
2 for usage errors, unreadable input, input without any internal-json
line (or empty) or a failing --jq filter.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr *os.File) int {
	fs := flag.NewFlagSet("logone", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	level := fs.String("level", "cargo", "")
	format := fs.String("format", "text", "")
	jq := fs.String("jq", "", "")
	color := fs.String("color", "auto", "")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(stdout, usage)
			return 0
		}
		return fail(stderr, "%v", err)
	}
	if fs.NArg() > 0 {
		return fail(stderr, "%s: unexpected argument (logone reads stdin)", fs.Arg(0))
	}
	var opts render.Options
	var err error
	if opts.Level, err = render.ParseLevel(*level); err != nil {
		return fail(stderr, "--level: %v", err)
	}
	switch *format {
	case "text":
	case "json":
		opts.JSON = true
	default:
		return fail(stderr, "--format: unknown format %q (want text or json)", *format)
	}
	if *jq != "" {
		if opts.JQ, err = render.CompileJQ(*jq); err != nil {
			return fail(stderr, "--jq: %v", err)
		}
	}
	tty := isatty.IsTerminal(stdout.Fd())
	switch *color {
	case "auto":
		opts.Color = tty && !termenv.EnvNoColor()
	case "always":
		opts.Color = true
	case "never":
	default:
		return fail(stderr, "--color: unknown value %q (want auto, always or never)", *color)
	}
	opts.Status = tty
	opts.Width, _ = strconv.Atoi(os.Getenv("COLUMNS"))

	res, err := render.Run(stdin, stdout, stderr, opts)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	return res.Status
}

func fail(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "logone: "+format+"\n", args...)
	return 2
}
