// Command buildrs-parse applies cargo's rules to a build script's stdout
// inside a Nix build-script-run derivation and writes rustc argument files.
// See man/buildrs-parse.1 and docs/buildrs-output.md.
package main

import (
	"os"

	"github.com/libnix/libnix/internal/buildscript"
)

func main() {
	os.Exit(buildscript.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
