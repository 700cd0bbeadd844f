package buildscript

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// Usage is buildrs-parse's --help; man/buildrs-parse.1 says the same at length.
const Usage = `usage: buildrs-parse --package NAME --version VERSION [options] [FILE|-]

Reads a build script's stdout (FILE, or standard input) and applies cargo's
rules to it. Build script messages are printed on stderr as cargo prints them.

Package:
  --package NAME          package name (required)
  --version VERSION       package version (required)
  --pkg-descr TEXT        package as cargo names it in messages (default "NAME vVERSION")
  --rust-version RV       the package's rust-version (checks the cargo:: syntax)
  --links NAME            the package's links value (enables the dep-env file)
  --lib-name CRATE        crate name of the package's lib target, if it has one
  --bin NAME              a bin target of the package (repeatable)
  --has-tests             the package has integration tests
  --has-benches           the package has benches
  --has-examples          the package has examples
  --has-cdylib            the package has a cdylib target
  --nightly               the toolchain allows nightly features
  --rustc-bootstrap VALUE RUSTC_BOOTSTRAP as set for cargo

Run:
  --script-out-dir DIR    the script's OUT_DIR (splits -L paths, see docs)
  --out-dir-rewrite OLD=NEW
                          replace OLD by NEW in every value (NEW is the OUT_DIR)
  --exit-status N         the script's exit status; non-zero fails the run
  --stderr FILE           the script's stderr, shown when it failed
  --command TEXT          the script's command line, shown when it failed
  --backtrace-note PROFILE
                          add cargo's backtrace note for PROFILE when it failed

Output:
  --protocol-unit ID      also print messages as @cargo buildscript lines for unit ID
  --raw-output            copy the script's output into the messages byte for
                          byte (for Nix's build log); default: as text, with
                          invalid UTF-8 as U+FFFD and NUL as U+2400 (see docs)
  --out-dir DIR           write the argument files into DIR (new or empty)
  --format json           print the parsed output as JSON on stdout
  -h, --help              show this help

Exit status: 0 success; 1 the build script failed, its output was rejected or
the results could not be written; 2 usage error.
`

// binNames collects repeated --bin flags.
type binNames []string

func (b *binNames) String() string { return strings.Join(*b, ",") }
func (b *binNames) Set(v string) error {
	*b = append(*b, v)
	return nil
}

// usageError is a problem with the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Main is the buildrs-parse command: it parses args, processes the build
// script's output and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	r, o, err := parseArgs(args, stdin)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, Usage)
		return 0
	}
	if err == nil {
		err = Process(r, o, stdout, stderr)
	}
	var uerr usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, ErrFailed):
		return 1
	case errors.As(err, &uerr):
		fmt.Fprintf(stderr, "buildrs-parse: %v\nTry 'buildrs-parse --help'.\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "buildrs-parse: %v\n", pathError(err))
		return 1
	}
}

// pathError shortens "open X: reason" to "X: reason".
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}

func parseArgs(args []string, stdin io.Reader) (*Run, Options, error) {
	var (
		p                                Package
		o                                Options
		r                                = &Run{Package: &p, Command: "build-script-build"}
		bins                             binNames
		rustVersion, rewrite, stderrFile string
		format                           string
	)
	flags := flag.NewFlagSet("buildrs-parse", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.StringVar(&p.Name, "package", "", "")
	flags.StringVar(&p.Version, "version", "", "")
	flags.StringVar(&p.Descr, "pkg-descr", "", "")
	flags.StringVar(&rustVersion, "rust-version", "", "")
	flags.StringVar(&p.Links, "links", "", "")
	flags.StringVar(&p.LibName, "lib-name", "", "")
	flags.Var(&bins, "bin", "")
	flags.BoolVar(&p.HasTests, "has-tests", false, "")
	flags.BoolVar(&p.HasBenches, "has-benches", false, "")
	flags.BoolVar(&p.HasExamples, "has-examples", false, "")
	flags.BoolVar(&p.HasCdylib, "has-cdylib", false, "")
	flags.BoolVar(&p.Nightly, "nightly", false, "")
	flags.StringVar(&p.RustcBootstrap, "rustc-bootstrap", "", "")
	flags.StringVar(&p.OutDir, "script-out-dir", "", "")
	flags.StringVar(&rewrite, "out-dir-rewrite", "", "")
	flags.IntVar(&r.ExitStatus, "exit-status", 0, "")
	flags.StringVar(&stderrFile, "stderr", "", "")
	flags.StringVar(&r.Command, "command", r.Command, "")
	flags.StringVar(&r.BacktraceProfile, "backtrace-note", "", "")
	flags.BoolVar(&o.RawOutput, "raw-output", false, "")
	flags.StringVar(&o.ProtocolUnit, "protocol-unit", "", "")
	flags.StringVar(&o.OutDir, "out-dir", "", "")
	flags.StringVar(&format, "format", "", "")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, o, err
		}
		return nil, o, usageError{err.Error()}
	}
	if p.Name == "" || p.Version == "" {
		return nil, o, usageError{"--package and --version are required"}
	}
	if rustVersion != "" {
		rv, err := ParseRustVersion(rustVersion)
		if err != nil {
			return nil, o, usageError{"--rust-version: " + err.Error()}
		}
		p.RustVersion = &rv
	}
	// cargo's crate names use '_' where the package name has '-'.
	p.LibName = strings.ReplaceAll(p.LibName, "-", "_")
	for i, b := range bins {
		if !ValidBinName(b) {
			return nil, o, usageError{fmt.Sprintf("--bin %q: not usable as a file name", b)}
		}
		for _, prev := range bins[:i] {
			if prev == b {
				return nil, o, usageError{fmt.Sprintf("--bin %q: given twice", b)}
			}
		}
	}
	p.Bins = bins
	if rewrite != "" {
		old, dir, ok := strings.Cut(rewrite, "=")
		if !ok || old == "" || dir == "" {
			return nil, o, usageError{fmt.Sprintf("--out-dir-rewrite %q: expected OLD=NEW with both paths non-empty", rewrite)}
		}
		if p.OutDir != "" && p.OutDir != dir {
			return nil, o, usageError{fmt.Sprintf("--out-dir-rewrite %q: NEW differs from --script-out-dir %q", rewrite, p.OutDir)}
		}
		p.OutDirWhenRun, p.OutDir = old, dir
	}
	switch format {
	case "":
	case "json":
		o.JSON = true
	default:
		return nil, o, usageError{fmt.Sprintf("--format %q: only json is supported", format)}
	}
	if r.ExitStatus < 0 {
		return nil, o, usageError{"--exit-status " + strconv.Itoa(r.ExitStatus) + ": must not be negative"}
	}
	if stderrFile != "" {
		data, err := os.ReadFile(stderrFile)
		if err != nil {
			return nil, o, usageError{pathError(err).Error()}
		}
		r.Stderr = data
	}
	if flags.NArg() > 1 {
		return nil, o, usageError{fmt.Sprintf("expected at most one input file, got %d", flags.NArg())}
	}
	var err error
	if r.Name = flags.Arg(0); r.Name == "" || r.Name == "-" {
		r.Name = "<stdin>"
		r.Stdout, err = io.ReadAll(stdin)
	} else {
		r.Stdout, err = os.ReadFile(r.Name)
	}
	if err != nil {
		return nil, o, usageError{pathError(err).Error()}
	}
	return r, o, nil
}
