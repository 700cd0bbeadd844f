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

	"github.com/libnix/libnix/internal/toolpath"
	"github.com/libnix/libnix/internal/usage"
)

// Run is the libnix-build command: parse args, build, report. It returns
// the exit status Help describes.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// A run lives a fraction of a second and keeps little: collecting
	// garbage less often cut a tenth of a no-op's time on 200 units.
	debug.SetGCPercent(400)
	o, err := ParseArgs(args)
	if status, ok := usage.Check(err, "libnix-build", Help, stdout, stderr); !ok {
		return status
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
		fmt.Fprintf(errFile, "libnix-build: %v\n", err)
		if _, ok := err.(*nixUsageError); ok {
			return usage.Status
		}
		return 1
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

// CargoHelp is cargo-libnix's --help.
const CargoHelp = `usage: cargo libnix build [options]
       cargo libnix test [options] [TESTNAME] [-- TEST_ARGS...]
       cargo libnix run [options] [-- ARGS...]
       cargo libnix check [options]
       cargo libnix clippy [options] [-- CLIPPY_ARGS...]
       cargo libnix doc [options]

Builds, tests, runs, checks, lints or documents the cargo project with Nix:
runs libnix-build with the command and options (see libnix-build --help, man
libnix-build).

  -h, --help   print this help

Exit status: libnix-build's; 1 when libnix-build cannot be run; 2 usage error.
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
	hint := "the commands are " + strings.Join(Commands[:len(Commands)-1], ", ") + " and " + Commands[len(Commands)-1]
	switch {
	case len(args) == 0:
		return usage.Report(stderr, "cargo-libnix", errors.New("missing command ("+hint+")"))
	case args[0] == "-h" || args[0] == "--help" || args[0] == "help":
		fmt.Fprint(stdout, CargoHelp)
		return 0
	case strings.HasPrefix(args[0], "-"):
		return usage.Report(stderr, "cargo-libnix", usage.Unknown("option", args[0], "options go after the command"))
	case !slices.Contains(Commands, args[0]):
		return usage.Report(stderr, "cargo-libnix", usage.Unknown("command", args[0], hint))
	}
	prog := toolpath.Find("libnix-build")
	if prog == "" {
		fmt.Fprintln(stderr, "cargo-libnix: libnix-build: not found next to cargo-libnix or on PATH")
		return 1
	}
	err := syscall.Exec(prog, append([]string{"libnix-build"}, args...), os.Environ())
	fmt.Fprintf(stderr, "cargo-libnix: %s: %v\n", prog, err)
	return 1
}
