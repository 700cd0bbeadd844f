package nixgen

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"strings"

	"github.com/libnix/libnix"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/toolpath"
)

// Config is what nix-emit is asked to do.
type Config struct {
	Options
	// BuildrsParse is the path of the buildrs-parse binary to copy into the
	// output (instead of Options.BuildrsParse, its content).
	BuildrsParse string
}

// EmitPlan reads a plan from r (named input in messages), emits the build system
// and writes it into c.Out. Nothing is written when the plan is bad.
func EmitPlan(c Config, r io.Reader, input string) error {
	p, err := plan.Decode(r, input)
	if err != nil {
		return err
	}
	if c.LinkerVersion == "" {
		c.LinkerVersion = HostLinkerVersion()
	}
	files, err := Emit(p, c.Options)
	if err != nil {
		return fmt.Errorf("%s: %w", input, err)
	}
	// Read once the plan and the options are known good: a mistake in
	// either is reported as such, whatever the binary's path.
	if files["buildrs-parse"], err = os.ReadFile(c.BuildrsParse); err != nil {
		return fmt.Errorf("buildrs-parse binary: %v", err)
	}
	_, err = WriteDir(c.Out, files)
	return err
}

// buildrsParseSource adds the source of buildrs-parse (a module of its own,
// standard library only) under buildrs-parse-src/.
func buildrsParseSource(files map[string][]byte) error {
	files["buildrs-parse-src/go.mod"] = []byte("module github.com/libnix/libnix\n\ngo 1.23\n")
	return fs.WalkDir(libnix.BuildrsParseSource, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(name, "_test.go") {
			return err
		}
		data, err := libnix.BuildrsParseSource.ReadFile(name)
		files["buildrs-parse-src/"+name] = data
		return err
	})
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
