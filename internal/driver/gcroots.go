package driver

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// replaceRoots makes paths (valid store paths) the GC roots root, root-2,
// …, registered with Nix as indirect roots, in place of the ones there;
// with no paths it removes them.
func replaceRoots(ctx context.Context, root string, paths []string) error {
	old, _ := filepath.Glob(root + "-*")
	for _, p := range append(old, root) {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	if len(paths) == 0 {
		return nil
	}
	args := append([]string{"--realise", "--add-root", root, "--indirect"}, paths...)
	if out, err := exec.CommandContext(ctx, "nix-store", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("nix-store --add-root %s: %v: %s", root, err, strings.TrimSpace(string(out)))
	}
	return nil
}
