package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"

	"github.com/libnix/libnix/internal/cargo"
)

// Usage is libnix-build's --help; man/libnix-build.1 says the same at length.
const Usage = `usage: libnix-build [options] [-- NIX_ARGS...]

Build the cargo project in the current directory (or --manifest-path) with
Nix, one derivation per cargo unit, and link the results into
target/<profile>/ as cargo would place them. The cargo options mean what they
mean to cargo build. NIX_ARGS after -- are passed to nix-build unchanged.

cargo options:
` + cargo.FlagsUsage + `  --offline               run cargo offline and ask Nix for no binary cache
                          (also when cargo's net.offline is set)

build options:
  -j, --jobs N            CPUs to use: each unit's cores, and N+1 units built
                          at once (N when 1) (default: the number of CPUs)
  --keep-going            build every unit that does not depend on a failed one
  --no-incremental        no rustc incremental cache for workspace crates
  --toolchain T           host (default: this machine's rustc and C toolchain,
                          visible in the Nix sandbox) or pkgs (nixpkgs' rustc
                          from <nixpkgs>)
  -v, --verbose           show every unit's build log
  -q, --quiet             show only failures
  --color WHEN            auto (default), always or never
  -h, --help              print this help

exit status: 0 on success; nix-build's status when the build fails; 1 when
planning or emitting fails; 2 for usage errors; 130 or 143 when interrupted.
`

// Options are what one libnix-build run is asked to do.
type Options struct {
	Cargo     cargo.BuildFlags
	Offline   bool
	Jobs      int
	KeepGoing bool
	// NoIncremental turns off rustc's incremental cache for local crates.
	NoIncremental bool
	Toolchain     string // "host" or "pkgs"
	Level         string // logone's --level: "cargo", "verbose" or "errors"
	Color         string // "auto", "always" or "never"
	NixArgs       []string
}

// ErrHelp is returned by ParseArgs for -h and --help.
var ErrHelp = flag.ErrHelp

// ParseArgs reads libnix-build's command line (without the program name).
func ParseArgs(args []string) (*Options, error) {
	o := &Options{}
	f := &o.Cargo
	var verbose, quiet bool
	fs := flag.NewFlagSet("libnix-build", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by the caller in one line
	f.Register(fs)
	fs.BoolVar(&o.Offline, "offline", false, "")
	fs.IntVar(&o.Jobs, "j", runtime.NumCPU(), "")
	fs.IntVar(&o.Jobs, "jobs", runtime.NumCPU(), "")
	fs.BoolVar(&o.KeepGoing, "keep-going", false, "")
	fs.BoolVar(&o.NoIncremental, "no-incremental", false, "")
	fs.StringVar(&o.Toolchain, "toolchain", "host", "")
	fs.BoolVar(&verbose, "v", false, "")
	fs.BoolVar(&verbose, "verbose", false, "")
	fs.BoolVar(&quiet, "q", false, "")
	fs.BoolVar(&quiet, "quiet", false, "")
	fs.StringVar(&o.Color, "color", "auto", "")

	own, nixArgs := args, []string(nil)
	for i, a := range args {
		if a == "--" {
			own, nixArgs = args[:i], args[i+1:]
			break
		}
	}
	if err := fs.Parse(cargo.SplitShort(own)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, ErrHelp
		}
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("%s: unexpected argument (nix-build arguments go after --)", fs.Arg(0))
	}
	o.NixArgs = nixArgs
	if err := f.Check(); err != nil {
		return nil, err
	}
	switch {
	case verbose && quiet:
		return nil, fmt.Errorf("--verbose: conflicts with --quiet")
	case o.Jobs < 1:
		return nil, fmt.Errorf("--jobs %d: must be at least 1", o.Jobs)
	case o.Toolchain != "host" && o.Toolchain != "pkgs":
		return nil, fmt.Errorf("--toolchain %q: must be host or pkgs", o.Toolchain)
	case o.Color != "auto" && o.Color != "always" && o.Color != "never":
		return nil, fmt.Errorf("--color %q: must be auto, always or never", o.Color)
	}
	o.Level = "cargo"
	if verbose {
		o.Level = "verbose"
	} else if quiet {
		o.Level = "errors"
	}
	return o, nil
}
