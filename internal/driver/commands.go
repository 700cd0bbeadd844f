package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
)

// showCommands is -vv: the rustc command of each unit compiled in this
// build, as cargo's "Running `rustc …`" lines, from what each unit kept
// (nix-support/rustc-args, the exact argument list). They come after the
// build, in build order: the arguments are known once a unit is built.
// The paths are the sandbox's (/build/…, store paths).
func (b *builder) showCommands() {
	rustc := b.p.Toolchain.Rustc
	if b.o.Toolchain != "host" || rustc == "" {
		rustc = "rustc"
	}
	for i, u := range b.buildOrder() {
		if _, built := b.builtDrv[b.p.Units[u].ID]; !built || i >= len(b.state.Outs) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(b.state.Outs[i], "nix-support", "rustc-args"))
		if err != nil {
			continue // a build-script run, a doc merge: no rustc of its own
		}
		args := strings.Split(string(bytes.TrimSuffix(data, []byte{0})), "\x00")
		b.status("Running", "`"+commandLine(append([]string{rustc}, args...))+"`")
	}
}
