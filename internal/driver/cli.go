package driver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// Main is the whole libnix-build command: parse args, build, report.
func Main(args []string, stdout io.Writer, stderr *os.File) int {
	o, err := ParseArgs(args)
	if errors.Is(err, ErrHelp) {
		fmt.Fprint(stdout, Usage)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "libnix-build: %v (see libnix-build --help)\n", err)
		return 2
	}
	// The first SIGINT or SIGTERM cancels the build; Run stops nix-build and
	// leaves target/ consistent before returning.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	var got atomic.Int32
	go func() {
		if s, ok := <-sigs; ok {
			got.Store(int32(s.(syscall.Signal)))
			cancel()
		}
	}()
	status, err := Run(ctx, o, stderr)
	if s := got.Load(); s != 0 {
		return 128 + int(s)
	}
	if err != nil {
		fmt.Fprintf(stderr, "libnix-build: %v\n", err)
		if _, ok := err.(*nixUsageError); ok {
			return 2
		}
		return 1
	}
	return status
}
