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

	"github.com/libnix/libnix/internal/usage"
)

// Help is buildrs-parse's --help; man/buildrs-parse.1 says the same at length.
const Help = `usage: buildrs-parse --package NAME --version VERSION [options] [FILE|-]

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
  -h, --help              print this help

Exit status: 0 success; 1 the build script failed, its output was rejected,
an input could not be read or the results could not be written; 2 usage error.
`

// Run is the buildrs-parse command: it parses args, processes the build
// script's output and returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseArgs(args)
	if status, ok := usage.Check(err, "buildrs-parse", Help, stdout, stderr); !ok {
		return status
	}
	if err = c.read(stdin); err == nil {
		err = Process(&c.run, c.opts, stdout, stderr)
	}
	switch {
	case err == nil:
		return 0
	case !errors.Is(err, ErrFailed): // cargo's message is printed
		fmt.Fprintf(stderr, "buildrs-parse: %v\n", pathError(err))
	}
	return 1
}

// pathError shortens "open X: reason" to "X: reason".
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}

// command is a buildrs-parse command line, checked.
type command struct {
	pkg        Package
	run        ScriptRun // run.Package is &pkg
	opts       Options
	input      string // the FILE operand; "" or "-" is stdin
	stderrFile string // --stderr
}

// flagValues are the flags parseArgs checks before they go into a command.
type flagValues struct {
	bins                         binNames
	rustVersion, rewrite, format string
}

func parseArgs(args []string) (*command, error) {
	c := &command{run: ScriptRun{Command: "build-script-build"}}
	c.run.Package = &c.pkg
	var v flagValues
	operands, err := usage.Parse(c.flags(&v), args)
	if err != nil {
		return nil, err
	}
	switch len(operands) {
	case 0:
	case 1:
		c.input = operands[0]
	default:
		return nil, usage.Unexpected(operands[1], "")
	}
	if err := c.checkPackage(v); err != nil {
		return nil, err
	}
	if err := c.checkRun(v); err != nil {
		return nil, err
	}
	if v.format != "" {
		if err := usage.OneOf("--format", v.format, "json"); err != nil {
			return nil, err
		}
		c.opts.JSON = true
	}
	return c, nil
}

// flags defines the command line's flags: into c where a value needs no
// check, else into v.
func (c *command) flags(v *flagValues) *flag.FlagSet {
	p, r, o := &c.pkg, &c.run, &c.opts
	fs := flag.NewFlagSet("buildrs-parse", flag.ContinueOnError)
	fs.StringVar(&p.Name, "package", "", "")
	fs.StringVar(&p.Version, "version", "", "")
	fs.StringVar(&p.Descr, "pkg-descr", "", "")
	fs.StringVar(&v.rustVersion, "rust-version", "", "")
	fs.StringVar(&p.Links, "links", "", "")
	fs.StringVar(&p.LibName, "lib-name", "", "")
	fs.Var(&v.bins, "bin", "")
	fs.BoolVar(&p.HasTests, "has-tests", false, "")
	fs.BoolVar(&p.HasBenches, "has-benches", false, "")
	fs.BoolVar(&p.HasExamples, "has-examples", false, "")
	fs.BoolVar(&p.HasCdylib, "has-cdylib", false, "")
	fs.BoolVar(&p.Nightly, "nightly", false, "")
	fs.StringVar(&p.RustcBootstrap, "rustc-bootstrap", "", "")
	fs.StringVar(&p.OutDir, "script-out-dir", "", "")
	fs.StringVar(&v.rewrite, "out-dir-rewrite", "", "")
	fs.IntVar(&r.ExitStatus, "exit-status", 0, "")
	fs.StringVar(&c.stderrFile, "stderr", "", "")
	fs.StringVar(&r.Command, "command", r.Command, "")
	fs.StringVar(&r.BacktraceProfile, "backtrace-note", "", "")
	fs.BoolVar(&o.RawOutput, "raw-output", false, "")
	fs.StringVar(&o.ProtocolUnit, "protocol-unit", "", "")
	fs.StringVar(&o.OutDir, "out-dir", "", "")
	fs.StringVar(&v.format, "format", "", "")
	return fs
}

// checkPackage completes the package flags: the required ones, the
// rust-version and the bins.
func (c *command) checkPackage(v flagValues) error {
	p := &c.pkg
	var missing []string
	if p.Name == "" {
		missing = append(missing, "--package")
	}
	if p.Version == "" {
		missing = append(missing, "--version")
	}
	if len(missing) > 0 {
		return usage.Missing(missing...)
	}
	if v.rustVersion != "" {
		rv, err := ParseRustVersion(v.rustVersion)
		if err != nil {
			return fmt.Errorf("--rust-version: %w", err) // err names the value
		}
		p.RustVersion = &rv
	}
	// cargo's crate names use '_' where the package name has '-'.
	p.LibName = strings.ReplaceAll(p.LibName, "-", "_")
	for i, b := range v.bins {
		if !ValidBinName(b) {
			return usage.Invalid("--bin", b, "not usable as a file name")
		}
		for _, prev := range v.bins[:i] {
			if prev == b {
				return usage.Invalid("--bin", b, "given twice")
			}
		}
	}
	p.Bins = v.bins
	return nil
}

// checkRun completes the run's flags: the OUT_DIR rewrite and the exit
// status.
func (c *command) checkRun(v flagValues) error {
	p := &c.pkg
	if v.rewrite != "" {
		old, dir, ok := strings.Cut(v.rewrite, "=")
		if !ok || old == "" || dir == "" {
			return usage.Invalid("--out-dir-rewrite", v.rewrite, "expected OLD=NEW with both paths non-empty")
		}
		if p.OutDir != "" && p.OutDir != dir {
			return usage.Invalid("--out-dir-rewrite", v.rewrite, fmt.Sprintf("NEW differs from --script-out-dir %q", p.OutDir))
		}
		p.OutDirWhenRun, p.OutDir = old, dir
	}
	if c.run.ExitStatus < 0 {
		return usage.Invalid("--exit-status", strconv.Itoa(c.run.ExitStatus), "must not be negative")
	}
	return nil
}

// read reads the script's stdout (the input) and, with --stderr, its
// stderr.
func (c *command) read(stdin io.Reader) error {
	r := &c.run
	var err error
	if c.stderrFile != "" {
		if r.Stderr, err = os.ReadFile(c.stderrFile); err != nil {
			return err
		}
	}
	if r.Name = c.input; r.Name == "" || r.Name == "-" {
		r.Name = "<stdin>"
		r.Stdout, err = io.ReadAll(stdin)
	} else {
		r.Stdout, err = os.ReadFile(r.Name)
	}
	return err
}

// binNames collects repeated --bin flags.
type binNames []string

func (b *binNames) String() string { return strings.Join(*b, ",") }
func (b *binNames) Set(v string) error {
	*b = append(*b, v)
	return nil
}
