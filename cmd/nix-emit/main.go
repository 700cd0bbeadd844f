// Command nix-emit reads a plan (crate-plan's output) on stdin and writes a
// Nix build system with one derivation per cargo unit. See man/nix-emit.1.
package main

import (
	"os"

	"github.com/libnix/libnix/internal/nixgen"
)

func main() {
	os.Exit(nixgen.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
