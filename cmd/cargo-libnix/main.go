// Command cargo-libnix makes libnix-build a cargo subcommand: cargo runs
// `cargo libnix build ARGS` as `cargo-libnix libnix build ARGS`, and this
// runs libnix-build ARGS in its place. One program does the work, so the
// caches it keeps serve both commands.
package main

import (
	"fmt"
	"os"
	"syscall"

	"github.com/libnix/libnix/internal/toolpath"
)

const usage = `usage: cargo libnix build [options] [-- NIX_ARGS...]

Builds the cargo project with Nix: runs libnix-build with the options
(see libnix-build --help, man libnix-build).
`

func main() {
	args := os.Args[1:]
	// cargo passes the subcommand's name first; run directly, it is absent.
	if len(args) > 0 && args[0] == "libnix" {
		args = args[1:]
	}
	switch {
	case len(args) > 0 && args[0] == "build":
		prog := toolpath.Find("libnix-build")
		if prog == "" {
			fmt.Fprintln(os.Stderr, "cargo-libnix: libnix-build: not found next to cargo-libnix or on PATH")
			os.Exit(1)
		}
		err := syscall.Exec(prog, append([]string{"libnix-build"}, args[1:]...), os.Environ())
		fmt.Fprintf(os.Stderr, "cargo-libnix: %s: %v\n", prog, err)
		os.Exit(1)
	case len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help"):
		fmt.Print(usage)
	default:
		fmt.Fprint(os.Stderr, usage)
		if len(args) > 0 {
			fmt.Fprintf(os.Stderr, "cargo-libnix: %s: unknown command (the one command is build)\n", args[0])
		}
		os.Exit(2)
	}
}
