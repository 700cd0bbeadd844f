// Command crate-plan prints the build plan of a cargo project: cargo's unit
// graph joined with everything nix-emit needs (see docs/plan.md).
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/itchyny/gojq"
	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
)

const usage = `usage: crate-plan [options]

Print the build plan of a cargo project (JSON, "version": 1) on stdout.
The cargo options mean what they mean to cargo build.

options:
` + cargo.FlagsUsage + `  --jq FILTER             print the result of a jq filter applied to the plan
  -h, --help              print this help
`

func main() {
	os.Exit(run())
}

func run() int {
	var f cargo.BuildFlags
	var jq string
	fs := flag.NewFlagSet("crate-plan", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below in one line
	f.Register(fs)
	fs.StringVar(&jq, "jq", "", "")
	if err := fs.Parse(cargo.SplitShort(os.Args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Print(usage)
			return 0
		}
		fmt.Fprintf(os.Stderr, "crate-plan: %v (see crate-plan --help)\n", err)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "crate-plan: %s: unexpected argument\n", fs.Arg(0))
		return 2
	}
	if err := f.Check(); err != nil {
		fmt.Fprintf(os.Stderr, "crate-plan: %v\n", err)
		return 2
	}
	var filter *gojq.Code
	if jq != "" {
		code, err := plan.CompileFilter(jq)
		if err != nil {
			fmt.Fprintf(os.Stderr, "crate-plan: %v\n", err)
			return 2
		}
		filter = code
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	p, err := plan.Make(ctx, plan.Options{Flags: f, Tools: cargo.Tools{
		Cargo:  os.Getenv("CARGO"),
		Rustc:  os.Getenv("RUSTC"),
		Stderr: os.Stderr,
	}})
	if err != nil {
		fmt.Fprintf(os.Stderr, "crate-plan: %v\n", err)
		return 1
	}
	w := bufio.NewWriter(os.Stdout)
	if err := plan.Write(w, p, filter); err != nil {
		fmt.Fprintf(os.Stderr, "crate-plan: %v\n", err)
		return 1
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "crate-plan: stdout: %v\n", err)
		return 1
	}
	return 0
}
