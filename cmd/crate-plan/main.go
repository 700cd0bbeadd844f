// Command crate-plan prints the build plan of a cargo project: cargo's unit
// graph joined with everything nix-emit needs (see docs/plan.md and
// man/crate-plan.1).
package main

import (
	"os"

	"github.com/libnix/libnix/internal/plan"
)

func main() {
	os.Exit(plan.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
