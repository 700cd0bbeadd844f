package driver

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// push copies the outputs of the build's units, with their closures, to
// the binary cache at url (nix copy: any store URL Nix takes, file://,
// s3://, https:// with a cache server's upload). Units that carry rustc's
// incremental cache are left out: no other machine substitutes them
// (lib.nix's localOnly).
func (b *builder) push(ctx context.Context, url string) error {
	var paths []string
	for i, u := range b.buildOrder() {
		unit := b.p.Units[u]
		if b.p.Packages[unit.Package].Local && unit.Profile.Incremental && !b.o.NoIncremental {
			continue
		}
		if i < len(b.state.Outs) {
			paths = append(paths, b.state.Outs[i])
		}
	}
	if len(paths) == 0 {
		b.status("Uploaded", "no unit: every unit of this build keeps an incremental cache (a release build shares them)")
		return nil
	}
	args := append([]string{"--extra-experimental-features", "nix-command", "copy", "--to", url}, paths...)
	if out, err := exec.CommandContext(ctx, "nix", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("nix copy --to %s: %v: %s", url, err, strings.TrimSpace(lastLines(string(out), 5)))
	}
	b.status("Uploaded", fmt.Sprintf("%s to %s", units(len(paths)), url))
	return nil
}

// units is "1 unit", "2 units".
func units(n int) string {
	if n == 1 {
		return "1 unit"
	}
	return fmt.Sprintf("%d units", n)
}

// lastLines is the end of a command's output, for an error.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
