package driver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/toolpath"
	"github.com/libnix/libnix/internal/usage"
)

// Run is the libnix-build command: parse args, build, report. It returns
// the exit status Help describes.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// A run lives a fraction of a second and keeps little: collecting
	// garbage less often cut a tenth of a no-op's time on 200 units.
	debug.SetGCPercent(400)
	o, err := ParseArgs(args, os.LookupEnv)
	if status, ok := reportArgs(err, stdout, stderr); !ok {
		return status
	}
	if o.Version {
		fmt.Fprintln(stdout, versionLine())
		return 0
	}
	errFile, done, err := fileFor(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "libnix-build: %v\n", err)
		return 1
	}
	defer done()
	// The first SIGINT or SIGTERM cancels the build; Run stops nix-build and
	// leaves target/ consistent before returning.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	var got atomic.Int32
	go func() {
		if s, ok := <-sigs; ok {
			got.Store(int32(s.(syscall.Signal)))
			cancel()
		}
	}()
	status, prog, err := Build(ctx, o, stdout, errFile)
	if s := got.Load(); s != 0 {
		return 128 + int(s)
	}
	if err != nil {
		// cargo's own error line, passed through as it planned, says it
		// all: no second line, as cargo prints none.
		var cerr *cargo.Error
		if errors.As(err, &cerr) && cerr.Shown {
			return buildFailed
		}
		fmt.Fprintf(errFile, "error: %v\n", err)
		if _, ok := err.(*nixUsageError); ok {
			return usage.Status
		}
		return buildFailed
	}
	if prog != nil {
		// As cargo run on Unix: the program takes libnix-build's place, so
		// its exit status, signals and terminal are its own.
		signal.Stop(sigs)
		done()
		err := syscall.Exec(prog.path, prog.argv, prog.env)
		fmt.Fprintf(stderr, "libnix-build: %s: %v\n", prog.path, err)
		return 1
	}
	return status
}

// reportArgs is how Run goes on after ParseArgs, as cargo: help on stdout
// (status 0), an argument error in cargo's words (status 1), another
// error cargo reports before building (status 101); ok for none.
func reportArgs(err error, stdout, stderr io.Writer) (status int, ok bool) {
	var (
		arg  *cargo.ArgError
		list *targetList
	)
	switch {
	case err == nil:
		return 0, true
	case errors.As(err, &list):
		return runTargetList(list, stderr), false
	case errors.Is(err, usage.ErrHelp):
		fmt.Fprint(stdout, helpText())
		return 0, false
	case errors.As(err, &arg):
		fmt.Fprint(stderr, arg.Text())
		return cargo.ArgStatus, false
	}
	fmt.Fprintf(stderr, "error: %v\n", err)
	return buildFailed, false
}

// version is libnix's release; versionLine adds the commit it was built
// from, as cargo -V adds its own.
const version = "0.1.0"

func versionLine() string {
	line := programName() + " " + version
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return line
	}
	var rev, date string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(len(s.Value), 12)]
		case "vcs.time":
			date, _, _ = strings.Cut(s.Value, "T")
		}
	}
	if rev != "" {
		line += " (" + strings.TrimSpace(rev+" "+date) + ")"
	}
	return line
}

// helpText is Help naming the command as it was started.
func helpText() string {
	if name := programName(); name != "libnix-build" {
		return strings.ReplaceAll(Help, "libnix-build", name)
	}
	return Help
}

// fileFor returns w as the file Run writes to (a terminal is detected on
// it): w itself if it is a file, else a pipe copied into w until done.
func fileFor(w io.Writer) (f *os.File, done func(), err error) {
	if f, ok := w.(*os.File); ok {
		return f, func() {}, nil
	}
	r, f, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	copied := make(chan struct{})
	go func() {
		io.Copy(w, r)
		r.Close()
		close(copied)
	}()
	return f, func() { f.Close(); <-copied }, nil
}

// CargoHelp is cargo libnix's help (cargo libnix --help, cargo help libnix).
const CargoHelp = `Build, test, run, check, lint and document a cargo project with Nix, one
derivation per cargo unit

Usage: cargo libnix <COMMAND> [OPTIONS]

Commands:
  build    Compile the package and its dependencies, as cargo build
  test     Build and run the tests (each run cached in the Nix store), as cargo test
  run      Build and run a binary of the package, as cargo run
  check    Check the package and its dependencies for errors, as cargo check
  clippy   Check with clippy's lints, as cargo clippy
  doc      Build the documentation, as cargo doc
  clean    Remove the target directory and libnix's GC roots, as cargo clean
  install  Build a local package's binaries with Nix and link them into ~/.cargo/bin
  uninstall  Remove what install installed

Options:
  -h, --help     Print help
  -V, --version  Print version

The options of each command are cargo's, and libnix's own (see
'cargo libnix build --help', man libnix-build). Exit status: cargo's.
`

// CargoRun is the cargo-libnix command, which makes libnix-build a cargo
// subcommand: cargo runs `cargo libnix test ARGS` as `cargo-libnix libnix
// test ARGS`, and this runs libnix-build test ARGS in its place. One
// program does the work, so the caches it keeps (keyed by the program)
// serve both commands. It returns only when libnix-build could not be run.
func CargoRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// cargo passes the subcommand's name first; run directly, it is absent.
	if len(args) > 0 && args[0] == "libnix" {
		args = args[1:]
	}
	switch {
	case len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" && len(args) == 1:
		fmt.Fprint(stdout, CargoHelp)
		return 0
	case args[0] == "help":
		// cargo libnix help build is cargo libnix build --help.
		args = []string{args[1], "--help"}
	case args[0] == "-V" || args[0] == "--version":
		args = []string{"build", args[0]}
	}
	if strings.HasPrefix(args[0], "-") {
		e := cargo.Command{Name: "cargo libnix"}.UnexpectedArg(args[0], nil)
		e.Usage = "cargo libnix <COMMAND> [OPTIONS]"
		fmt.Fprint(stderr, e.Text())
		return cargo.ArgStatus
	}
	if !slices.Contains(Commands, args[0]) {
		fmt.Fprintf(stderr, "error: no such command: `%s`\n", args[0])
		if similar := cargo.Similar(args[0], Commands); similar != "" {
			fmt.Fprintf(stderr, "\nhelp: a command with a similar name exists: `%s`\n", similar)
		}
		fmt.Fprintf(stderr, "\nhelp: view all commands with `cargo libnix --help`\n")
		return buildFailed
	}
	prog := toolpath.Find("libnix-build")
	if prog == "" {
		fmt.Fprintln(stderr, "error: libnix-build: not found next to cargo-libnix or on PATH")
		return buildFailed
	}
	err := syscall.Exec(prog, append([]string{"libnix-build"}, args...), append(os.Environ(), asCargoEnv+"=1"))
	fmt.Fprintf(stderr, "error: %s: %v\n", prog, err)
	return buildFailed
}
