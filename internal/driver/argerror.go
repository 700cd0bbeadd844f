package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/usage"
)

// asCargoEnv is set by cargo-libnix for the libnix-build it starts, so that
// messages name the command the user typed: cargo libnix build.
const asCargoEnv = "LIBNIX_AS_CARGO_SUBCOMMAND"

// programName is the command libnix-build was started as.
func programName() string {
	if os.Getenv(asCargoEnv) == "1" {
		return "cargo libnix"
	}
	return "libnix-build"
}

// cargoFailure is an error cargo reports as "error: ..." and exit 101,
// outside its argument parser (a bad -j, a bad CARGO_TERM_* variable).
type cargoFailure struct{ msg string }

func (e *cargoFailure) Error() string { return e.msg }

// targetList is --bin (--example, --test, --bench) given no name: cargo
// answers it with the list of the package's targets of that kind, which
// it alone knows, so cargo is asked (runTargetList).
type targetList struct{ command, flag, manifest string }

func (e *targetList) Error() string { return e.flag + " takes one argument" }

// runTargetList lets cargo print its list of targets, and returns its
// exit status (101).
func runTargetList(e *targetList, stderr io.Writer) int {
	args := []string{e.command, e.flag}
	if e.manifest != "" {
		args = append(args, "--manifest-path", e.manifest)
	}
	prog := os.Getenv("CARGO")
	if prog == "" {
		prog = "cargo"
	}
	cmd := exec.Command(prog, args...)
	cmd.Stderr = stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		fmt.Fprintf(stderr, "error: %s: %v\n", prog, err)
	}
	return buildFailed
}

// unexpectedArg is an operand or flag the command does not take;
// positional when it came where operands go (after --), which clap reports
// without a tip.
type unexpectedArg struct {
	arg        string
	positional bool
}

func (e *unexpectedArg) Error() string { return e.arg + ": unexpected argument" }

// command is o's command for cargo's Usage lines.
func (o *Options) command() cargo.Command {
	c := cargo.Command{Name: programName() + " " + o.Command}
	switch o.Command {
	case "test":
		c.Operands, c.Trailing = "[TESTNAME] [-- [ARGS]...]", true
	case "run":
		c.Operands, c.Trailing = "[ARGS]...", true
	}
	return c
}

// cargoError words a mistake on the command line as cargo does; fs holds
// the command's flags, for the similar-argument tip.
func (o *Options) cargoError(err error, fs *flag.FlagSet) error {
	var (
		arg      *cargo.ArgError
		failure  *cargoFailure
		flagErr  *usage.FlagError
		unexp    *unexpectedArg
		conflict *cargo.ConflictError
	)
	c := o.command()
	switch {
	case errors.As(err, &arg):
		return arg
	case errors.As(err, &failure):
		return failure
	case errors.As(err, &unexp) && unexp.positional && o.Command == "clean":
		// cargo clean has subcommands (cargo clean gc): clap takes a word
		// for one.
		e := c.UnexpectedArg(unexp.arg, nil)
		e.Message = fmt.Sprintf("unrecognized subcommand '%s'", unexp.arg)
		return e
	case errors.As(err, &unexp) && unexp.positional:
		return c.UnexpectedArg(unexp.arg, nil)
	case errors.As(err, &unexp):
		// The flag is defined, for another command; it is no candidate.
		return c.UnexpectedArg(unexp.arg, slices.DeleteFunc(longFlags(fs), func(f string) bool { return "--"+f == unexp.arg }))
	case errors.As(err, &conflict):
		return c.Conflict(conflict.First, valueName(conflict.Second))
	case errors.As(err, &flagErr):
		switch flagErr.Kind {
		case usage.FlagUnknown:
			return c.UnexpectedArg(flagErr.Flag, longFlags(fs))
		case usage.FlagNoValue:
			if slices.Contains([]string{"--bin", "--example", "--test", "--bench"}, flagErr.Flag) && o.Command != "install" && o.Command != "uninstall" {
				return &targetList{command: o.Cargo.CommandName(), flag: flagErr.Flag, manifest: o.Cargo.ManifestPath}
			}
			if flagErr.Flag == "--target" {
				return &cargoFailure{"\"--target\" takes a target architecture as an argument.\n\nRun `rustup target list` to see possible targets."}
			}
			return cargo.NoValue(valueName(flagErr.Flag))
		}
		if v, ok := fs.Lookup(strings.TrimLeft(flagErr.Flag, "-")).Value.(*MessageFormat); ok && v != nil {
			return cargo.InvalidValue(flagErr.Value, valueName("--message-format"), messageFormats)
		}
		return cargo.InvalidValue(flagErr.Value, valueName(flagErr.Flag), nil)
	}
	return &cargo.ArgError{Message: err.Error(), Usage: c.Name + " [OPTIONS]"}
}

// longFlags are the long names of fs's flags, sorted, as clap's candidates.
func longFlags(fs *flag.FlagSet) []string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) {
		if len(f.Name) > 1 {
			names = append(names, f.Name)
		}
	})
	return names
}

// valueNames are the value placeholders cargo's messages show after a
// flag, keyed by the long flag; short flags are shown by their long name.
var valueNames = map[string]string{
	"--manifest-path": "<PATH>", "--profile": "<PROFILE-NAME>", "--package": "[<SPEC>]",
	"--exclude": "<SPEC>", "--bin": "[<NAME>]", "--example": "[<NAME>]", "--test": "[<NAME>]",
	"--bench": "[<NAME>]", "--features": "<FEATURES>", "--target": "[<TRIPLE>]", "--jobs": "<N>",
	"--message-format": "<FMT>", "--color": "<WHEN>", "--target-dir": "<DIRECTORY>",
	"--config": "<KEY=VALUE|PATH>", "--toolchain": "<TOOLCHAIN>",
}

var shortNames = map[string]string{"-p": "--package", "-F": "--features", "-j": "--jobs", "-Z": "-Z"}

// valueName is flag as cargo's messages spell it: --jobs <N>.
func valueName(flag string) string {
	if long, ok := shortNames[flag]; ok {
		flag = long
	}
	if flag == "-Z" {
		return "-Z <FLAG>"
	}
	if v, ok := valueNames[flag]; ok {
		return flag + " " + v
	}
	return flag
}
