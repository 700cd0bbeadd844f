package driver

import (
	"errors"
	"flag"
	"runtime"
	"slices"
	"strconv"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/usage"
)

// Help is libnix-build's --help; man/libnix-build.1 says the same at length.
const Help = `usage: libnix-build [options] [-- NIX_ARGS...]

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

// ParseArgs reads libnix-build's command line (without the program name).
// Its errors are usage errors; -h and --help return usage.ErrHelp.
func ParseArgs(args []string) (*Options, error) {
	o := &Options{}
	f := &o.Cargo
	var verbose, quiet bool
	fs := flag.NewFlagSet("libnix-build", flag.ContinueOnError)
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
	if i := slices.Index(args, "--"); i >= 0 {
		own, nixArgs = args[:i], args[i+1:]
	}
	operands, err := usage.Parse(fs, cargo.SplitShort(own))
	if err != nil {
		return nil, err
	}
	if len(operands) > 0 {
		return nil, usage.Unexpected(operands[0], "nix-build arguments go after --")
	}
	o.NixArgs = nixArgs
	if err := f.Check(); err != nil {
		return nil, err
	}
	if verbose && quiet {
		return nil, errors.New("--verbose: conflicts with --quiet")
	}
	if o.Jobs < 1 {
		return nil, usage.Invalid("--jobs", strconv.Itoa(o.Jobs), "must be at least 1")
	}
	if err := usage.OneOf("--toolchain", o.Toolchain, "host", "pkgs"); err != nil {
		return nil, err
	}
	if err := usage.OneOf("--color", o.Color, "auto", "always", "never"); err != nil {
		return nil, err
	}
	o.Level = "cargo"
	if verbose {
		o.Level = "verbose"
	} else if quiet {
		o.Level = "errors"
	}
	return o, nil
}
