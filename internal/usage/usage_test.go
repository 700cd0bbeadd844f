package usage

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// listValue is a repeatable flag, as the tools' --bin and -p are.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("must not be empty")
	}
	*l = append(*l, s)
	return nil
}

// testFlags defines one flag of each kind on a new flag set; show prints
// their values.
func testFlags() (fs *flag.FlagSet, show func() string) {
	fs = flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Bool("release", false, "")
	fs.Bool("v", false, "")
	fs.Int("jobs", 1, "")
	fs.Int("j", 1, "")
	fs.String("out", "", "")
	fs.Var(new(listValue), "bin", "")
	return fs, func() string {
		var vals []string
		fs.VisitAll(func(f *flag.Flag) { vals = append(vals, f.Name+"="+f.Value.String()) })
		return strings.Join(vals, " ")
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		operands []string
		set      string // the flags' values after parsing
		err      string
	}{
		{args: nil, set: "bin= j=1 jobs=1 out= release=false v=false"},
		{args: []string{"--release", "-v", "--jobs", "3", "-j=4", "-out", "o", "--bin=a", "--bin", "b", "x", "--release"},
			operands: []string{"x", "--release"}, set: "bin=a,b j=4 jobs=3 out=o release=true v=true"},
		{args: []string{"--release=false", "--", "-v"}, operands: []string{"-v"}, set: "bin= j=1 jobs=1 out= release=false v=false"},
		{args: []string{"-", "-v"}, operands: []string{"-", "-v"}, set: "bin= j=1 jobs=1 out= release=false v=false"},
		{args: []string{"--out", "--release"}, set: "bin= j=1 jobs=1 out=--release release=false v=false"},
		{args: []string{"--nope"}, err: "--nope: unknown option"},
		{args: []string{"-x=1"}, err: "-x: unknown option"},
		{args: []string{"--a\nb"}, err: `"--a\nb": unknown option`},
		{args: []string{"---v"}, err: "---v: not an option"},
		{args: []string{"-=v"}, err: "-=v: not an option"},
		{args: []string{"--out"}, err: "--out: needs a value"},
		{args: []string{"-j", "two"}, err: `-j "two": must be a whole number`},
		{args: []string{"--jobs=99999999999999999999"}, err: `--jobs "99999999999999999999": out of range`},
		{args: []string{"--release=maybe"}, err: `--release "maybe": must be true or false`},
		{args: []string{"--bin="}, err: `--bin "": must not be empty`},
		{args: []string{"-h"}, err: "flag: help requested"},
		{args: []string{"--release", "--help"}, err: "flag: help requested"},
	} {
		fs, show := testFlags()
		operands, err := Parse(fs, tc.args)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("Parse(%q): error %v, want %q", tc.args, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(operands, tc.operands) || show() != tc.set {
			t.Errorf("Parse(%q) = %q, %v; flags %s\nwant %q; flags %s", tc.args, operands, err, show(), tc.operands, tc.set)
		}
	}
}

func TestWording(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{OneOf("--color", "red", "auto", "always", "never"), `--color "red": must be auto, always or never`},
		{OneOf("--format", "xml", "text", "json"), `--format "xml": must be text or json`},
		{OneOf("--format", "yaml", "json"), `--format "yaml": must be json`},
		{OneOf("--color", "never", "auto", "always", "never"), "<nil>"},
		{Missing("--out"), "--out is required"},
		{Missing("--package", "--version"), "--package and --version are required"},
		{Unexpected("file.log", ""), "file.log: unexpected argument"},
		{Unexpected("build", "nix-build arguments go after --"), "build: unexpected argument (nix-build arguments go after --)"},
		{Unexpected("a\x00b", ""), `"a\x00b": unexpected argument`},
		{Unexpected("", ""), `"": unexpected argument`},
		{Unknown("command", "run", "the one command is build"), "run: unknown command (the one command is build)"},
	} {
		if got := fmt.Sprint(tc.err); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		err            error
		status         int
		ok             bool
		stdout, stderr string
	}{
		{nil, 0, true, "", ""},
		{ErrHelp, 0, false, "usage: nix-emit --out DIR\n", ""},
		{Missing("--out"), 2, false, "", "nix-emit: --out is required\nsee nix-emit --help\n"},
	} {
		var stdout, stderr bytes.Buffer
		status, ok := Check(tc.err, "nix-emit", "usage: nix-emit --out DIR\n", &stdout, &stderr)
		if status != tc.status || ok != tc.ok || stdout.String() != tc.stdout || stderr.String() != tc.stderr {
			t.Errorf("Check(%v) = %d, %v, stdout %q, stderr %q", tc.err, status, ok, stdout.String(), stderr.String())
		}
	}
}

// FuzzParse: Parse accepts what the flag package accepts, with the same
// operands and values, and each of its errors is one line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "--release -v x", "-j 2 --out=o -- -v", "--bin a --bin= b", "-j two", "---x", "-h", "- -v", "--release=0 --jobs 0x10", "--a\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var args []string // split on spaces only: an argument may hold a newline
		if s != "" {
			args = strings.Split(s, " ")
		}
		ours, show := testFlags()
		operands, err := Parse(ours, args)
		theirs, showTheirs := testFlags()
		theirErr := theirs.Parse(args)
		if (err == nil) != (theirErr == nil) || errors.Is(err, ErrHelp) != errors.Is(theirErr, flag.ErrHelp) {
			t.Fatalf("Parse(%q): %v; flag package: %v", args, err, theirErr)
		}
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("Parse(%q): error of more than one line: %q", args, err)
			}
			return
		}
		if !slices.Equal(operands, theirs.Args()) && len(operands)+len(theirs.Args()) > 0 || show() != showTheirs() {
			t.Fatalf("Parse(%q) = %q, %s; flag package: %q, %s", args, operands, show(), theirs.Args(), showTheirs())
		}
	})
}
