package nixgen

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/libnix/libnix/internal/usage"
)

// Help is nix-emit's --help; man/nix-emit.1 says the same at length.
const Help = `usage: nix-emit --out DIR [--toolchain host|pkgs] [--crate-mirror URL] [--buildrs-parse PATH]
                [--export [--src-url URL --src-sha256 HASH]
                 [--nixpkgs-rev REV --nixpkgs-narhash HASH]] [PLAN]

Reads a plan (crate-plan's JSON) from PLAN or stdin and writes the Nix build
system into DIR: default.nix (entry), units/<id>.nix (one per cargo unit),
sources.nix, toolchain.nix, lib.nix, builder.sh and testrun.sh (the builder
library), and the buildrs-parse binary the build-script runs use. Files that
did not change are not rewritten.

  --out DIR              output directory (created; must be empty or nix-emit's)
  --toolchain T          default toolchain of default.nix: host (this machine's
                         rustc, through sandbox-paths) or pkgs (nixpkgs)
  --crate-mirror URL     fetch registry crates from URL/<name>/<name>-<version>.crate
                         (default https://static.crates.io/crates; also used for
                         crates a directory source replaces)
  --buildrs-parse PATH   the buildrs-parse binary (default: next to nix-emit, or PATH)
  --export               write a self-contained build system for checking into a
                         repository, plus flake.nix; registry crates are fetched
                         from crates.io (or --crate-mirror). The project source is
                         the repository DIR is committed to, inside the workspace
                         (the flake is REPO?dir=DIR), unless --src-url is given
  --src-url URL          with --export: fetch the project source from this tarball,
  --src-sha256 HASH      HASH being the sha256 of its unpacked contents, as
                         builtins.fetchTarball takes it; needed when DIR is
                         outside the workspace
  --nixpkgs-rev REV      with --export: pin the flake's nixpkgs to this commit of
  --nixpkgs-narhash HASH github:NixOS/nixpkgs, HASH being its SRI hash (sha256-...)
  -h, --help             print this help

Exit status: 0 success; 1 the plan is not valid or cannot be read, or the
files cannot be written (nothing is written for a bad plan); 2 usage error.
`

// Run is the nix-emit command: it emits the plan from PLAN or stdin and
// returns the exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, planFile, err := parseArgs(args)
	if status, ok := usage.Check(err, "nix-emit", Help, stdout, stderr); !ok {
		return status
	}
	in, name := stdin, "stdin"
	if planFile != "" {
		f, err := os.Open(planFile)
		if err != nil {
			fmt.Fprintf(stderr, "nix-emit: %v\n", err)
			return 1
		}
		defer f.Close()
		in, name = f, planFile
	}
	if err := EmitPlan(c, in, name); errors.Is(err, errNeedsSrc) {
		return usage.Report(stderr, "nix-emit", errNeedsSrc)
	} else if err != nil {
		fmt.Fprintf(stderr, "nix-emit: %v\n", err)
		return 1
	}
	return 0
}

var (
	commitRev = regexp.MustCompile(`^[0-9a-f]{40}$`)
	sriSHA256 = regexp.MustCompile(`^sha256-[A-Za-z0-9+/]{43}=$`)
)

// parseArgs reads nix-emit's command line: what to emit and the PLAN
// operand ("" for stdin).
func parseArgs(args []string) (Config, string, error) {
	var c Config
	fs := flag.NewFlagSet("nix-emit", flag.ContinueOnError)
	fs.StringVar(&c.Out, "out", "", "")
	fs.StringVar(&c.Toolchain, "toolchain", "host", "")
	fs.StringVar(&c.CrateMirror, "crate-mirror", "", "")
	fs.StringVar(&c.BuildrsParse, "buildrs-parse", "", "")
	fs.BoolVar(&c.Export, "export", false, "")
	fs.StringVar(&c.SrcURL, "src-url", "", "")
	fs.StringVar(&c.SrcSHA256, "src-sha256", "", "")
	fs.StringVar(&c.NixpkgsRev, "nixpkgs-rev", "", "")
	fs.StringVar(&c.NixpkgsNarHash, "nixpkgs-narhash", "", "")
	operands, err := usage.Parse(fs, args)
	if err != nil {
		return c, "", err
	}
	if len(operands) > 1 {
		return c, "", usage.Unexpected(operands[1], "")
	}
	if (c.SrcURL != "") != (c.SrcSHA256 != "") || c.SrcURL != "" && !c.Export {
		return c, "", fmt.Errorf("--src-url and --src-sha256 go together, with --export")
	}
	if (c.NixpkgsRev != "") != (c.NixpkgsNarHash != "") || c.NixpkgsRev != "" && !c.Export {
		return c, "", fmt.Errorf("--nixpkgs-rev and --nixpkgs-narhash go together, with --export")
	}
	if c.NixpkgsRev != "" && !commitRev.MatchString(c.NixpkgsRev) {
		return c, "", usage.Invalid("--nixpkgs-rev", c.NixpkgsRev, "must be a commit: 40 hexadecimal digits")
	}
	if c.NixpkgsNarHash != "" && !sriSHA256.MatchString(c.NixpkgsNarHash) {
		return c, "", usage.Invalid("--nixpkgs-narhash", c.NixpkgsNarHash, "must be an SRI hash: sha256-<44 base64 characters>")
	}
	if c.Out == "" {
		return c, "", usage.Missing("--out")
	}
	if err := usage.OneOf("--toolchain", c.Toolchain, "host", "pkgs"); err != nil {
		return c, "", err
	}
	if c.BuildrsParse == "" {
		c.BuildrsParse = DefaultBuildrsParse()
	}
	planFile := ""
	if len(operands) == 1 {
		planFile = operands[0]
	}
	return c, planFile, nil
}
