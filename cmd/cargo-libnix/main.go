// Command cargo-libnix makes libnix-build a cargo subcommand: `cargo libnix
// build ARGS` runs libnix-build ARGS. See man/cargo-libnix.1.
package main

import (
	"os"

	"github.com/libnix/libnix/internal/driver"
)

func main() {
	os.Exit(driver.CargoRun(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
