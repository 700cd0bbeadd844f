// Command libnix-build builds a cargo project with Nix, one derivation per
// cargo unit, and links the results into target/ as cargo would. See
// man/libnix-build.1.
package main

import (
	"os"

	"github.com/libnix/libnix/internal/driver"
)

func main() {
	os.Exit(driver.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
