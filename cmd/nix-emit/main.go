// Command nix-emit reads a plan (crate-plan's output) on stdin and writes a
// Nix build system with one derivation per cargo unit. See man/nix-emit.1.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/libnix/libnix/internal/nixgen"
)

const usage = `usage: nix-emit --out DIR [--toolchain host|pkgs] [--crate-mirror URL] [--buildrs-parse PATH]
                [--export --src-url URL --src-sha256 HASH] [PLAN]

Reads a plan (crate-plan's JSON) from PLAN or stdin and writes the Nix build
system into DIR: default.nix (entry), units/<id>.nix (one per cargo unit),
sources.nix, toolchain.nix, lib.nix and builder.sh (the builder library), and
the buildrs-parse binary the build-script runs use. Files that did not change
are not rewritten.

  --out DIR              output directory (created; must be empty or nix-emit's)
  --toolchain T          default toolchain of default.nix: host (this machine's
                         rustc, through sandbox-paths) or pkgs (nixpkgs)
  --crate-mirror URL     fetch registry crates from URL/<name>/<name>-<version>.crate
                         (default https://static.crates.io/crates; also used for
                         crates a directory source replaces)
  --buildrs-parse PATH   the buildrs-parse binary (default: next to nix-emit, or PATH)
  --export               write a self-contained build system for checking into a
                         repository, plus flake.nix: the project source is fetched
                         from --src-url (a tarball; --src-sha256 is the hash of its
                         unpacked contents, as builtins.fetchTarball takes it) and
                         registry crates from crates.io (or --crate-mirror)
`

func main() {
	fs := flag.NewFlagSet("nix-emit", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	var c nixgen.Config
	fs.StringVar(&c.Out, "out", "", "")
	fs.StringVar(&c.Toolchain, "toolchain", "host", "")
	fs.StringVar(&c.CrateMirror, "crate-mirror", "", "")
	fs.StringVar(&c.BuildrsParse, "buildrs-parse", "", "")
	export := fs.Bool("export", false, "")
	fs.StringVar(&c.SrcURL, "src-url", "", "")
	fs.StringVar(&c.SrcSHA256, "src-sha256", "", "")
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if *export != (c.SrcURL != "" && c.SrcSHA256 != "") || (!*export && (c.SrcURL != "" || c.SrcSHA256 != "")) {
		fmt.Fprintln(os.Stderr, "nix-emit: --export, --src-url and --src-sha256 go together")
		os.Exit(2)
	}
	if c.BuildrsParse == "" {
		c.BuildrsParse = nixgen.DefaultBuildrsParse()
	}
	in, name := os.Stdin, "stdin"
	switch fs.NArg() {
	case 0:
	case 1:
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintf(os.Stderr, "nix-emit: %v\n", err)
			os.Exit(1)
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err := nixgen.Run(c, in, name); err != nil {
		fmt.Fprintf(os.Stderr, "nix-emit: %v\n", err)
		os.Exit(1)
	}
}
