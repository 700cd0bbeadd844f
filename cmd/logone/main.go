// Command logone shows a Nix build log (`--log-format internal-json`) the way
// cargo shows a build. See man/logone.1.
package main

import (
	"os"

	"github.com/libnix/libnix/internal/render"
)

func main() {
	os.Exit(render.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
