package driver

import (
	"errors"
	"flag"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/usage"
)

// Help is libnix-build's --help; man/libnix-build.1 says the same at length.
const Help = `usage: libnix-build [build] [options]
       libnix-build test [options] [TESTNAME] [-- TEST_ARGS...]
       libnix-build run [options] [-- ARGS...]
       libnix-build check [options]
       libnix-build clippy [options] [-- CLIPPY_ARGS...]
       libnix-build doc [options] [--no-deps] [--document-private-items] [--open]
       libnix-build clean [options] [--doc] [-n]
       libnix-build install --path DIR [options] | install --list
       libnix-build uninstall [--root DIR] [--bin NAME]... SPEC

Build the cargo project in the current directory (or --manifest-path) with
Nix, one derivation per cargo unit, and link the results into
target/<profile>/ as cargo would place them. The cargo options mean what they
mean to cargo build, cargo test or cargo run.

test builds the test binaries, then runs each in a derivation of its own:
a passing run is cached and replayed (marked cached) until its binary or
inputs change. TEST_ARGS go to every test binary.
run builds the one binary cargo run would run and runs it here with ARGS.
check type-checks as cargo check does (metadata only, nothing linked);
clippy checks with clippy's lints on the workspace members, CLIPPY_ARGS
(-D warnings, -W clippy::pedantic) going to clippy as cargo clippy passes them;
doc documents as cargo doc does, each crate in a derivation of its own,
merged into target/doc (--open opens it, with $BROWSER or xdg-open).
clean removes what cargo clean removes (the target directory, a profile's
with --release or --profile, a package's outputs with -p, target/doc with
--doc), libnix's GC roots with them.
install --path DIR builds the package's binaries (release, unless --debug)
and links them into ROOT/bin (--root, else CARGO_INSTALL_ROOT, the config's
install.root, CARGO_HOME or ~/.cargo), each kept alive by a GC root per
package under ROOT/.libnix,
with cargo's .crates.toml and .crates2.json; uninstall removes them.
Each unit's warnings are kept with it and shown again when it comes from
the store.

cargo options:
` + cargo.FlagsUsage + `  --offline               run cargo offline and ask Nix for no binary cache
                          (also when cargo's net.offline is set)

install options:
  --path DIR              the package to install (a local directory)
  --root DIR              where bin/ is (default: CARGO_INSTALL_ROOT,
                          install.root, CARGO_HOME)
  -f, --force             replace binaries other packages installed
  --debug                 build with the dev profile, not release
  --list                  list the installed packages and their binaries
  (and --bin, --bins, -F, --all-features, --no-default-features, --profile,
  --target, --locked, -j, as for build; uninstall: --root, --bin, -p)

clean options:
  --doc                   remove target/doc only
  -n, --dry-run           say what would be removed, remove nothing

test options:
  --no-run                build the test binaries, do not run them
  --no-fail-fast          run every test binary, even after one failed
  --rerun                 run the tests again though their results are cached
  --on-host               run the test binaries here, not in the Nix sandbox,
                          like cargo (nothing cached; no doc tests)

build options:
  -j, --jobs N            CPUs to use: each unit's cores, and N+1 units built
                          at once (N when 1) (default: the number of CPUs)
  --keep-going            build every unit that does not depend on a failed one
  --no-incremental        no rustc incremental cache for workspace crates
  --toolchain T           host (default: this machine's rustc and C toolchain,
                          visible in the Nix sandbox) or pkgs (nixpkgs' rustc
                          from <nixpkgs>)
  --nix-arg ARG           pass ARG to nix-build unchanged (repeatable)
  --nix-option NAME VALUE pass --option NAME VALUE to nix-build (repeatable)
  -v, --verbose           a Compiling line, the command and the build log of
                          every unit (-vv: the command with its environment)
  -q, --quiet             as cargo: no status lines, diagnostics and errors only
  --color WHEN            auto (default), always or never
  -V, --version           print libnix-build's version
  --timings               write cargo's HTML report of the units' build times
                          to target/cargo-timings/
  --push CACHE            copy the units' outputs, with their closures, to a
                          Nix binary cache (file://, s3://, ...; nix copy)
  --message-format FMT    human (default), short, json, json-diagnostic-short,
                          json-diagnostic-rendered-ansi, json-render-diagnostics:
                          json prints cargo's JSON messages on stdout
  -h, --help              print this help

CARGO_TERM_COLOR, CARGO_TERM_VERBOSE and CARGO_TERM_QUIET are read as cargo
reads them; mistakes on the command line are reported in cargo's words.

exit status: as cargo's: 0 on success; 1 for a mistake on the command line;
101 for any other error, a failed build or test included; the program's
status for run; 2 when nix-build rejects the --nix-arg or --nix-option
arguments; 130 or 143 when interrupted.
`

// Commands are libnix-build's subcommands; the first is the default.
var Commands = []string{"build", "test", "run", "check", "clippy", "doc", "clean", "install", "uninstall"}

// Options are what one libnix-build run is asked to do.
type Options struct {
	Command   string // one of Commands
	Cargo     cargo.BuildFlags
	Offline   bool
	Jobs      int
	KeepGoing bool
	// NoIncremental turns off rustc's incremental cache for local crates.
	NoIncremental bool
	Toolchain     string // "host" or "pkgs"
	Level         string // logone's --level: "cargo", "verbose" or "errors"
	Color         string // "auto", "always" or "never"
	// NixArgs are nix-build's extra arguments: --nix-arg's and
	// --nix-option's, in their order.
	NixArgs []string
	// NoRun, NoFailFast, Rerun and OnHost are test's --no-run,
	// --no-fail-fast, --rerun and --on-host; Open is doc's --open.
	NoRun, NoFailFast, Rerun, OnHost, Open bool
	// Args are the arguments after --: every test binary's for test, the
	// program's for run, clippy's for clippy.
	Args []string
	// Messages is --message-format.
	Messages MessageFormat
	// VeryVerbose is -vv: each unit's command with its environment.
	VeryVerbose bool
	// Version is -V, --version: print the version and do nothing else.
	Version bool
	// DryRun is clean's -n, --dry-run: say what would be removed.
	DryRun bool
	// Timings is --timings: write cargo's HTML report of the units' times.
	Timings bool
	// Push is --push URL: copy the units' outputs to that binary cache.
	Push string
	// Install are install's and uninstall's own options.
	Install InstallOptions
}

// InstallOptions are cargo install's (--path, --root, --force, --debug,
// --list) and cargo uninstall's (SPEC or -p, --bin, --root).
type InstallOptions struct {
	Path, Root         string
	Force, Debug, List bool
	Specs, Bins        []string
}

// checkInstall judges install's and uninstall's command lines as cargo:
// install needs --path (libnix installs local packages only) unless
// --list; uninstall takes its specs as operands or -p.
func (o *Options) checkInstall(fs *flag.FlagSet, operands []string, verbose, quiet bool) error {
	in := &o.Install
	if o.Command == "uninstall" {
		in.Specs = append(in.Specs, operands...)
	} else if len(operands) > 0 {
		return &cargoFailure{fmt.Sprintf("installing `%s` from a registry: libnix installs local packages only; use --path DIR", operands[0])}
	}
	switch {
	case o.Command == "install" && in.Path == "" && !in.List:
		return &cargoFailure{"Using `cargo install` to install the binaries from the package in current working directory is no longer supported, use `cargo install --path .` instead. Use `cargo build` if you want to simply build the package."}
	case o.Command == "uninstall" && len(in.Specs) == 0:
		return &cargoFailure{"at least one package must be specified"}
	case o.Command == "uninstall" && len(in.Specs) > 1:
		return &cargoFailure{"libnix uninstalls one package at a time"}
	}
	return o.setLevel(fs, verbose, quiet)
}

// MessageFormat is cargo's --message-format: human (the default), short,
// json and its variants, given comma-separated or repeated.
type MessageFormat struct {
	JSON              bool // cargo's JSON messages on stdout (docs/cargo-messages.md)
	Short             bool // diagnostics in rustc's short form (short, json-diagnostic-short)
	ANSI              bool // json-diagnostic-rendered-ansi: "rendered" keeps its colours
	RenderDiagnostics bool // json-render-diagnostics: diagnostics shown as text, not as messages

	set string // the kind given so far: human, short or json
}

// messageFormats are the values --message-format takes, as cargo's.
var messageFormats = []string{"human", "short", "json", "json-diagnostic-short", "json-diagnostic-rendered-ansi", "json-render-diagnostics"}

func (m *MessageFormat) String() string { return "" }

// Set reads one --message-format value: cargo refuses to mix human,
// short and json, and json's variants imply json.
func (m *MessageFormat) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if !slices.Contains(messageFormats, f) {
			if f != v {
				return fmt.Errorf("%q: expected one of %s", f, strings.Join(messageFormats, ", "))
			}
			return errors.New("expected one of " + strings.Join(messageFormats, ", "))
		}
		json := strings.HasPrefix(f, "json")
		if json && (m.set == "human" || m.set == "short") || !json && m.set != "" && m.set != f {
			return &cargoFailure{"cannot specify two kinds of `message-format` arguments"}
		}
		if !json {
			m.set = f
		} else if m.set == "" {
			m.set = "json"
		}
		switch f {
		case "json":
			m.JSON = true
		case "short", "json-diagnostic-short":
			m.Short, m.JSON = true, json
		case "json-diagnostic-rendered-ansi":
			m.JSON, m.ANSI = true, true
		case "json-render-diagnostics":
			m.JSON, m.RenderDiagnostics = true, true
		}
	}
	return nil
}

// ParseArgs reads libnix-build's command line (without the program name),
// with CARGO_TERM_COLOR, CARGO_TERM_VERBOSE and CARGO_TERM_QUIET from env
// as cargo reads them. Its errors are cargo's (*cargo.ArgError, or
// *cargoFailure for the few cargo reports after parsing); -h and --help
// return usage.ErrHelp.
func ParseArgs(args []string, env func(string) (string, bool)) (*Options, error) {
	o := &Options{Command: Commands[0]}
	if len(args) > 0 && slices.Contains(Commands, args[0]) {
		o.Command, args = args[0], args[1:]
	}
	fs, err := o.parse(args, env)
	if err != nil && !errors.Is(err, usage.ErrHelp) {
		return nil, o.cargoError(err, fs)
	}
	return o, err
}

func (o *Options) parse(args []string, env func(string) (string, bool)) (*flag.FlagSet, error) {
	f := &o.Cargo
	var verbose, quiet bool
	o.Jobs = runtime.NumCPU()
	o.Color = "auto"
	if v, ok := env("CARGO_TERM_COLOR"); ok && v != "" {
		o.Color = v
	}
	for name, b := range map[string]*bool{"CARGO_TERM_VERBOSE": &verbose, "CARGO_TERM_QUIET": &quiet} {
		if v, ok := env(name); ok && v != "" {
			t, err := strconv.ParseBool(v)
			if err != nil {
				return nil, &cargoFailure{fmt.Sprintf("error in environment variable `%s`: provided string was not `true` or `false`", name)}
			}
			*b = t
		}
	}
	fs := flag.NewFlagSet("libnix-build", flag.ContinueOnError)
	o.Toolchain = "host"
	switch o.Command {
	case "clean":
		f.RegisterClean(fs)
		fs.BoolVar(&o.DryRun, "n", false, "")
		fs.BoolVar(&o.DryRun, "dry-run", false, "")
	case "install", "uninstall":
		fs.StringVar(&o.Install.Root, "root", "", "")
		if o.Command == "uninstall" {
			fs.Var((*cargo.StringList)(&o.Install.Bins), "bin", "")
			fs.Var((*cargo.StringList)(&o.Install.Specs), "p", "")
			fs.Var((*cargo.StringList)(&o.Install.Specs), "package", "")
			break
		}
		f.RegisterInstall(fs)
		fs.StringVar(&o.Install.Path, "path", "", "")
		fs.BoolVar(&o.Install.Force, "f", false, "")
		fs.BoolVar(&o.Install.Force, "force", false, "")
		fs.BoolVar(&o.Install.Debug, "debug", false, "")
		fs.BoolVar(&o.Install.List, "list", false, "")
		fs.Var((*jobs)(&o.Jobs), "j", "")
		fs.Var((*jobs)(&o.Jobs), "jobs", "")
		fs.BoolVar(&o.KeepGoing, "keep-going", false, "")
		fs.StringVar(&o.Toolchain, "toolchain", "host", "")
	default:
		f.Register(fs)
		fs.Var((*jobs)(&o.Jobs), "j", "")
		fs.Var((*jobs)(&o.Jobs), "jobs", "")
		fs.BoolVar(&o.KeepGoing, "keep-going", false, "")
		fs.BoolVar(&o.NoIncremental, "no-incremental", false, "")
		fs.StringVar(&o.Toolchain, "toolchain", "host", "")
		fs.Var(&o.Messages, "message-format", "")
		fs.BoolVar(&o.Timings, "timings", false, "")
		fs.StringVar(&o.Push, "push", "", "")
	}
	fs.BoolVar(&o.Offline, "offline", false, "")
	fs.BoolVar(&verbose, "v", verbose, "")
	fs.BoolVar(&verbose, "verbose", verbose, "")
	fs.BoolVar(&quiet, "q", quiet, "")
	fs.BoolVar(&quiet, "quiet", quiet, "")
	fs.StringVar(&o.Color, "color", o.Color, "")
	fs.BoolVar(&o.Version, "V", false, "")
	fs.BoolVar(&o.Version, "version", false, "")
	if o.Command == "check" || o.Command == "clippy" {
		f.Command = cargo.CommandCheck // cargo clippy is cargo check with clippy-driver
	}
	if o.Command == "doc" {
		f.Command = cargo.CommandDoc
		f.RegisterDoc(fs)
		fs.BoolVar(&o.Open, "open", false, "")
	}
	if o.Command == "test" {
		f.Command = cargo.CommandTest
		fs.BoolVar(&o.NoRun, "no-run", false, "")
		fs.BoolVar(&o.NoFailFast, "no-fail-fast", false, "")
		fs.BoolVar(&o.Rerun, "rerun", false, "")
		fs.BoolVar(&o.OnHost, "on-host", false, "")
	}

	own, rest := args, []string(nil)
	if i := slices.Index(args, "--"); i >= 0 {
		own, rest = args[:i], args[i+1:]
		if o.Command != "test" && o.Command != "run" && o.Command != "clippy" && len(rest) > 0 {
			return fs, &unexpectedArg{arg: rest[0], positional: true}
		}
	}
	own, nixArgs, err := splitNixArgs(own)
	if err != nil {
		return fs, err
	}
	own, o.VeryVerbose = countVerbose(own)
	verbose = verbose || o.VeryVerbose
	operands, err := usage.Parse(fs, cargo.SplitShort(own))
	if err != nil {
		return fs, err
	}
	if o.Command == "test" && len(operands) > 0 {
		// cargo takes TESTNAME among the options, too.
		f.TestName = operands[0]
		if operands, err = usage.Parse(fs, operands[1:]); err != nil {
			return fs, err
		}
	}
	var operands0 []string // install's and uninstall's, among the options
	for (o.Command == "install" || o.Command == "uninstall") && len(operands) > 0 {
		operands0 = append(operands0, operands[0])
		if operands, err = usage.Parse(fs, operands[1:]); err != nil {
			return fs, err
		}
	}
	if len(operands) > 0 {
		return fs, &unexpectedArg{arg: operands[0], positional: true}
	}
	o.NixArgs, o.Args = nixArgs, rest
	if f.Frozen {
		o.Offline = true
	}
	switch o.Command {
	case "clean":
		// cargo clean takes --doc, and no other selection Check judges.
		return fs, o.setLevel(fs, verbose, quiet)
	case "install", "uninstall":
		return fs, o.checkInstall(fs, operands0, verbose, quiet)
	}
	if err := f.Check(); err != nil {
		return fs, err
	}
	if o.Command == "run" {
		if err := checkRun(f); err != nil {
			return fs, err
		}
	}
	if o.NoRun && f.Doc {
		return fs, &cargoFailure{"can't skip running doc tests with --no-run"}
	}
	if !slices.Contains([]string{"host", "pkgs"}, o.Toolchain) {
		return fs, cargo.InvalidValue(o.Toolchain, "--toolchain <TOOLCHAIN>", []string{"host", "pkgs"})
	}
	return fs, o.setLevel(fs, verbose, quiet)
}

// setLevel sets logone's level from -v and -q, after the checks of the
// output options every command makes.
func (o *Options) setLevel(fs *flag.FlagSet, verbose, quiet bool) error {
	if verbose && quiet {
		return &cargoFailure{"cannot set both --verbose and --quiet"}
	}
	if !slices.Contains(colors, o.Color) {
		// clap judges the flag; cargo itself the variable.
		given := false
		fs.Visit(func(f *flag.Flag) { given = given || f.Name == "color" })
		if given {
			return cargo.InvalidValue(o.Color, "--color <WHEN>", colors)
		}
		return &cargoFailure{fmt.Sprintf("argument for --color must be auto, always, or never, but found `%s`", o.Color)}
	}
	o.Level = "cargo"
	if verbose {
		o.Level = "verbose"
	} else if quiet {
		o.Level = "errors"
	}
	return nil
}

var colors = []string{"auto", "always", "never"}

// countVerbose takes cargo's -vv (and -vvv) out of args: the flag package
// knows no counted flag. very is true for two or more v's.
func countVerbose(args []string) (rest []string, very bool) {
	n := 0
	for _, a := range args {
		if len(a) > 2 && strings.Trim(a[1:], "v") == "" {
			very = true
			continue
		}
		if a == "-v" || a == "--verbose" {
			n++
		}
		rest = append(rest, a)
	}
	return rest, very || n > 1
}

// jobs is cargo's -j: a number of jobs, negative for that many fewer than
// the CPUs, or "default".
type jobs int

func (j *jobs) String() string { return strconv.Itoa(int(*j)) }

func (j *jobs) Set(v string) error {
	if v == "default" {
		*j = jobs(runtime.NumCPU())
		return nil
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil:
		return &cargoFailure{fmt.Sprintf("could not parse `%s`. Number of parallel jobs should be `default` or a number.", v)}
	case n == 0:
		return &cargoFailure{"jobs may not be 0"}
	case n < 0:
		n = max(runtime.NumCPU()+n, 1)
	}
	*j = jobs(n)
	return nil
}

// splitNixArgs takes --nix-arg ARG and --nix-option NAME VALUE out of args
// (the flag package knows no option of two values) and returns the rest
// and nix-build's arguments, in their order.
func splitNixArgs(args []string) (rest, nix []string, err error) {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--nix-arg":
			if i+1 >= len(args) {
				return nil, nil, cargo.NoValue("--nix-arg <ARG>")
			}
			nix = append(nix, args[i+1])
			i++
		case strings.HasPrefix(a, "--nix-arg="):
			nix = append(nix, strings.TrimPrefix(a, "--nix-arg="))
		case a == "--nix-option":
			if i+2 >= len(args) {
				return nil, nil, cargo.NoValue("--nix-option <NAME> <VALUE>")
			}
			nix = append(nix, "--option", args[i+1], args[i+2])
			i += 2
		default:
			rest = append(rest, a)
		}
	}
	return rest, nix, nil
}

// checkRun reports the selections cargo run refuses: it runs one
// executable, a binary or an example.
func checkRun(f *cargo.BuildFlags) error {
	switch {
	case len(f.Bins)+len(f.Examples) > 1:
		return &cargoFailure{"`cargo run` can run at most one executable, but multiple were specified"}
	case f.Lib:
		return &unexpectedArg{arg: "--lib"}
	case f.AllTargets:
		return &unexpectedArg{arg: "--all-targets"}
	}
	return nil
}
