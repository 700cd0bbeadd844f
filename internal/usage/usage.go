// Package usage is the command-line convention of the libnix tools: one set
// of rules for parsing flags, one wording for each kind of mistake on a
// command line, and one way to report it (two lines, exit status 2). It
// uses only the standard library, since buildrs-parse is built from source
// inside Nix builds.
package usage

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Status is the exit status of a usage error.
const Status = 2

// ErrHelp is Parse's error for -h and --help.
var ErrHelp = flag.ErrHelp

// Report writes a usage error as "TOOL: message" and "see TOOL --help" and
// returns Status.
func Report(stderr io.Writer, tool string, err error) int {
	fmt.Fprintf(stderr, "%s: %v\nsee %s --help\n", tool, err, tool)
	return Status
}

// Check is how a tool goes on after parsing its command line (err is the
// parser's): for ErrHelp it prints help on stdout and returns status 0, for
// any other error it reports a usage error (Report); ok is true for nil.
func Check(err error, tool, help string, stdout, stderr io.Writer) (status int, ok bool) {
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, ErrHelp):
		fmt.Fprint(stdout, help)
		return 0, false
	}
	return Report(stderr, tool, err), false
}

// Parse sets the flags defined on fs from args and returns the operands.
// The grammar is the flag package's: -name and --name are one flag; a value
// is given as -name=value or as the next argument (a boolean flag takes only
// the first form); "--" ends the flags, and so does the first operand.
// -h and --help return ErrHelp unless fs defines them. Parse words its own
// errors, so that a mistake reads the same in every tool.
func Parse(fs *flag.FlagSet, args []string) ([]string, error) {
	for len(args) > 0 {
		arg := args[0]
		if len(arg) < 2 || arg[0] != '-' {
			break
		}
		args = args[1:]
		if arg == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(arg[1:], "-"), "=")
		if name == "" || name[0] == '-' {
			return nil, &FlagError{FlagUnknown, arg, "", fmt.Errorf("%s: not an option", quoted(arg)), nil}
		}
		f := fs.Lookup(name)
		if f == nil {
			if name == "h" || name == "help" {
				return nil, ErrHelp
			}
			if hasValue {
				arg, _, _ = strings.Cut(arg, "=")
			}
			return nil, &FlagError{FlagUnknown, arg, "", Unknown("option", spelled(name), ""), nil}
		}
		if !hasValue {
			switch {
			case isBool(f):
				value = "true"
			case len(args) == 0:
				return nil, &FlagError{FlagNoValue, spelled(name), "", fmt.Errorf("%s: needs a value", spelled(name)), nil}
			default:
				value, args = args[0], args[1:]
			}
		}
		if err := fs.Set(name, value); err != nil {
			return nil, &FlagError{FlagBadValue, spelled(name), value, Invalid(spelled(name), value, problem(f, value, err)), err}
		}
	}
	return args, nil
}

// FlagError is Parse's error about one flag. Its text is the usage
// convention's; Kind, Flag and Value let a tool with another convention
// (libnix-build speaks as cargo) word it its own way.
type FlagError struct {
	Kind  FlagErrorKind
	Flag  string // as typed, without a value: --relase, -x; as defined for the other kinds: --jobs
	Value string // FlagBadValue: the value given
	err   error  // the convention's wording
	cause error  // FlagBadValue: the flag's own error
}

// FlagErrorKind says what is wrong with a flag.
type FlagErrorKind int

const (
	FlagUnknown  FlagErrorKind = iota // no such flag
	FlagNoValue                       // the flag needs a value and none followed
	FlagBadValue                      // the flag refused its value
)

func (e *FlagError) Error() string { return e.err.Error() }

// Unwrap is the error the flag's value gave, for FlagBadValue.
func (e *FlagError) Unwrap() error { return e.cause }

// Invalid is the error for a flag's value: `--color "red": must be auto,
// always or never`.
func Invalid(flag, value, problem string) error {
	return fmt.Errorf("%s %q: %s", flag, value, problem)
}

// OneOf returns nil if value is one of allowed, else Invalid's error
// listing them.
func OneOf(flag, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return Invalid(flag, value, "must be "+join(allowed, "or"))
}

// Missing is the error for required flags that were not given: "--out is
// required", "--package and --version are required".
func Missing(flags ...string) error {
	verb := "is"
	if len(flags) > 1 {
		verb = "are"
	}
	return fmt.Errorf("%s %s required", join(flags, "and"), verb)
}

// Unexpected is the error for an operand the tool does not take; hint, if
// not empty, says where it belongs.
func Unexpected(arg, hint string) error {
	return fmt.Errorf("%s: unexpected argument%s", quoted(arg), parens(hint))
}

// Unknown is the error for a word that names no option or command (what):
// "--nope: unknown option", "run: unknown command (the one command is
// build)".
func Unknown(what, word, hint string) error {
	return fmt.Errorf("%s: unknown %s%s", quoted(word), what, parens(hint))
}

func parens(hint string) string {
	if hint == "" {
		return ""
	}
	return " (" + hint + ")"
}

// isBool reports whether f is a flag that needs no value.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// problem words why f rejected value: the flag package's own values say
// only "parse error" or "value out of range".
func problem(f *flag.Flag, value string, err error) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return err.Error()
	}
	switch g.Get().(type) {
	case bool:
		return "must be true or false"
	case int:
		if _, err := strconv.ParseInt(value, 0, strconv.IntSize); errors.Is(err, strconv.ErrRange) {
			return "out of range"
		}
		return "must be a whole number"
	}
	return err.Error()
}

// spelled is a flag as one types it: -j, --jobs.
func spelled(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// quoted keeps a word from the command line as it is, unless it is empty
// or needs escapes to stay on one printable line.
func quoted(s string) string {
	if q := strconv.Quote(s); s == "" || q[1:len(q)-1] != s {
		return q
	}
	return s
}

// join joins words as "a", "a or b", "a, b or c" (with conj "or").
func join(words []string, conj string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}
