package nixgen

import (
	"embed"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/libnix/libnix/internal/buildscript"
	"github.com/libnix/libnix/internal/cargoproto"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/toolpath"
)

// Config is what nix-emit is asked to do.
type Config struct {
	Options
	// BuildrsParse is the path of the buildrs-parse binary to copy into the
	// output (Options.BuildrsParse is its content).
	BuildrsParse string
}

// Run reads a plan from r (named input in messages), emits the build system
// and writes it into c.Out. Nothing is written when the plan is bad.
func Run(c Config, r io.Reader, input string) error {
	if c.Out == "" {
		return fmt.Errorf("--out: an output directory is required")
	}
	switch c.Toolchain {
	case "", "host", "pkgs": // Emit defaults to host
	default:
		return fmt.Errorf("--toolchain %q: must be host or pkgs", c.Toolchain)
	}
	p, err := plan.Decode(r, input)
	if err != nil {
		return err
	}
	if c.Options.BuildrsParse, err = os.ReadFile(c.BuildrsParse); err != nil {
		return fmt.Errorf("buildrs-parse binary: %v", err)
	}
	if c.LinkerVersion == "" {
		c.LinkerVersion = HostLinkerVersion()
	}
	files, err := Emit(p, c.Options)
	if err != nil {
		return fmt.Errorf("%s: %w", input, err)
	}
	_, err = WriteDir(c.Out, files)
	return err
}

// buildrsParseMain is the main package of buildrs-parse as a nixpkgs
// toolchain builds it (cmd/buildrs-parse says the same).
const buildrsParseMain = `package main

import (
	"os"

	"github.com/libnix/libnix/internal/buildscript"
)

func main() {
	os.Exit(buildscript.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
`

// buildrsParseSource adds the source of buildrs-parse (a module of its own,
// standard library only) under buildrs-parse-src/: its packages are
// buildscript and the cargoproto it imports.
func buildrsParseSource(files map[string][]byte) error {
	files["buildrs-parse-src/go.mod"] = []byte("module github.com/libnix/libnix\n\ngo 1.23\n")
	files["buildrs-parse-src/cmd/buildrs-parse/main.go"] = []byte(buildrsParseMain)
	for dir, src := range map[string]embed.FS{"internal/buildscript": buildscript.Source, "internal/cargoproto": cargoproto.Source} {
		entries, err := src.ReadDir(".")
		if err != nil {
			return err
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			data, err := src.ReadFile(e.Name())
			if err != nil {
				return err
			}
			files["buildrs-parse-src/"+dir+"/"+e.Name()] = data
		}
	}
	return nil
}

// HostLinkerVersion is the first line of `cc --version`, the linker rustc
// uses by default; "unknown" when there is no cc.
func HostLinkerVersion() string {
	out, err := exec.Command("cc", "--version").Output()
	if err != nil {
		return "unknown"
	}
	line, _, _ := strings.Cut(string(out), "\n")
	return strings.TrimSpace(line)
}

// DefaultBuildrsParse finds buildrs-parse next to the running executable,
// else on PATH.
func DefaultBuildrsParse() string {
	if p := toolpath.Find("buildrs-parse"); p != "" {
		return p
	}
	return "buildrs-parse"
}
