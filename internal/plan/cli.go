package plan

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/jq"
	"github.com/libnix/libnix/internal/usage"
)

// Help is crate-plan's --help; man/crate-plan.1 says the same at length.
const Help = `usage: crate-plan [build] [options]
       crate-plan test [options] [TESTNAME]
       crate-plan check [options]
       crate-plan doc [options]

Print the build plan of a cargo project (JSON, "version": 1) on stdout:
what cargo build, cargo test, cargo check or cargo doc would compile.
The cargo options and TESTNAME mean what they mean to that cargo command.
cargo clippy is planned as check: it is cargo check with clippy-driver
wrapping rustc for the workspace's members.

options:
` + cargo.FlagsUsage + cargo.DocFlagsUsage + `  --jq FILTER             print the result of a jq filter applied to the plan
  -h, --help              print this help

Exit status: 0 success; 1 cargo, rustc, an input or the --jq filter failed;
2 usage error.
`

// Run is the crate-plan command: it prints the plan of the cargo project
// in the working directory (or --manifest-path) and returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags, filter, err := parseArgs(args)
	if status, ok := usage.Check(err, "crate-plan", Help, stdout, stderr); !ok {
		return status
	}
	if err := run(flags, filter, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "crate-plan: %v\n", err)
		return 1
	}
	return 0
}

func parseArgs(args []string) (cargo.BuildFlags, *jq.Filter, error) {
	var f cargo.BuildFlags
	fs := flag.NewFlagSet("crate-plan", flag.ContinueOnError)
	f.Register(fs)
	f.RegisterDoc(fs)
	expr := fs.String("jq", "", "")
	if len(args) > 0 && slices.Contains(cargo.Commands, args[0]) {
		f.Command, args = args[0], args[1:]
	}
	// After -- come a test binary's arguments, which plan nothing (and are
	// not a TESTNAME, which selects targets).
	if slices.Contains(args, "--") {
		return f, nil, usage.Unexpected("--", "arguments after -- go to the test binaries; crate-plan does not run them")
	}
	if err := parseOperands(fs, &f, cargo.SplitShort(args)); err != nil {
		return f, nil, err
	}
	if err := f.Check(); err != nil {
		return f, nil, err
	}
	if *expr == "" {
		return f, nil, nil
	}
	filter, err := jq.Compile(*expr)
	if err != nil {
		return f, nil, usage.Invalid("--jq", *expr, err.Error())
	}
	return f, filter, nil
}

// parseOperands parses flags on both sides of cargo test's TESTNAME, the
// one operand crate-plan takes (cargo's argument grammar).
func parseOperands(fs *flag.FlagSet, f *cargo.BuildFlags, args []string) error {
	operands, err := usage.Parse(fs, args)
	if err != nil || len(operands) == 0 {
		return err
	}
	if f.CommandName() != cargo.CommandTest {
		return usage.Unexpected(operands[0], "")
	}
	f.TestName = operands[0]
	operands, err = usage.Parse(fs, operands[1:])
	if err != nil || len(operands) == 0 {
		return err
	}
	return usage.Unexpected(operands[0], "")
}

func run(flags cargo.BuildFlags, filter *jq.Filter, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	p, err := Make(ctx, Options{Flags: flags, Tools: cargo.Tools{
		Cargo:  os.Getenv("CARGO"),
		Rustc:  os.Getenv("RUSTC"),
		Stderr: stderr,
	}})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	if err := Write(w, p, filter); err != nil {
		if errors.As(err, new(*jq.Error)) {
			return fmt.Errorf("--jq: %w", err)
		}
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("stdout: %w", err)
	}
	return nil
}
