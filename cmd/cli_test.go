// The tools' command lines, tested from one table: testdata/cases.json.
package cmd_test

import (
	"bytes"
	"encoding/json"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/buildscript"
	"github.com/libnix/libnix/internal/driver"
	"github.com/libnix/libnix/internal/golden"
	"github.com/libnix/libnix/internal/nixgen"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/render"
)

// mains are the six tools, each as its cmd/<tool>/main.go calls it.
var mains = map[string]func(args []string, stdin io.Reader, stdout, stderr io.Writer) int{
	"crate-plan":    plan.Run,
	"nix-emit":      nixgen.Run,
	"buildrs-parse": buildscript.Run,
	"logone":        render.Run,
	"libnix-build":  driver.Run,
	"cargo-libnix":  driver.CargoRun,
}

// text is a case's stdin, stdout or stderr: a JSON string as it is, or an
// array of lines, each ending in a newline.
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	var lines []string
	if err := json.Unmarshal(b, &lines); err != nil {
		return json.Unmarshal(b, (*string)(t))
	}
	for _, l := range lines {
		*t += text(l + "\n")
	}
	return nil
}

// A cliCase runs one tool once, in an empty directory of its own, which
// $TMP in any of its strings names.
type cliCase struct {
	Name string
	// Args is the command line, the tool's name first.
	Args []string
	// Files are created in the directory before the run (name: content).
	Files map[string]text
	// Stdin is the input; StdinFile names a file (relative to the
	// repository) to read it from instead.
	Stdin     text
	StdinFile string `json:"stdin_file"`
	// Stdout and Stderr are what the tool must write, exactly; StdoutFile
	// names a golden file under testdata/ holding stdout instead (go test
	// -update rewrites it).
	Stdout     text
	StdoutFile string `json:"stdout_file"`
	Stderr     text
	Exit       int
}

func TestCLI(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var cases []cliCase
	if err := dec.Decode(&cases); err != nil {
		t.Fatalf("testdata/cases.json: %v", err)
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("NO_COLOR", "1")
	t.Setenv("COLUMNS", "")
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.Name] {
			t.Errorf("two cases are named %q", c.Name)
		}
		seen[c.Name] = true
		t.Run(c.Name, func(t *testing.T) {
			main := mains[c.Args[0]]
			if main == nil {
				t.Fatalf("%s: not one of the tools", c.Args[0])
			}
			dir := t.TempDir()
			expand := func(s text) string { return strings.ReplaceAll(string(s), "$TMP", dir) }
			for name, content := range c.Files {
				path := filepath.Join(dir, expand(text(name)))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(expand(content)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			stdin := []byte(expand(c.Stdin))
			if c.StdinFile != "" {
				if stdin, err = os.ReadFile(filepath.Join(repo, c.StdinFile)); err != nil {
					t.Fatal(err)
				}
			}
			var args []string
			for _, a := range c.Args[1:] {
				args = append(args, expand(text(a)))
			}
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			exit := main(args, bytes.NewReader(stdin), &stdout, &stderr)
			if exit != c.Exit {
				t.Errorf("exit status %d, want %d", exit, c.Exit)
			}
			if c.StdoutFile != "" {
				golden.Check(t, filepath.Join(repo, "cmd", "testdata", c.StdoutFile), stdout.Bytes())
			} else if got, want := stdout.String(), expand(c.Stdout); got != want {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
			}
			if got, want := stderr.String(), expand(c.Stderr); got != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestManPages: the options a tool's --help lists are the options its man
// page describes.
func TestManPages(t *testing.T) {
	for tool := range mains {
		help, err := os.ReadFile(filepath.Join("testdata", "help", tool))
		if err != nil {
			t.Fatal(err)
		}
		man, err := os.ReadFile(filepath.Join("..", "man", tool+".1"))
		if err != nil {
			t.Fatal(err)
		}
		inHelp := map[string]bool{}
		for _, m := range regexp.MustCompile(`(?m)^  (?:-\w, )?(--[a-z][a-z-]*)`).FindAllStringSubmatch(string(help), -1) {
			inHelp[m[1]] = true
		}
		if inMan := manOptions(string(man)); !maps.Equal(inHelp, inMan) {
			t.Errorf("%s: --help lists %v\nman/%s.1 describes %v", tool, slices.Sorted(maps.Keys(inHelp)), tool, slices.Sorted(maps.Keys(inMan)))
		}
	}
}

// manOptions are the long options named on the tag lines (after .TP) of a
// man page's OPTIONS section.
func manOptions(page string) map[string]bool {
	_, section, _ := strings.Cut(strings.ReplaceAll(page, `\-`, "-"), "\n.SH OPTIONS\n")
	section, _, _ = strings.Cut(section, "\n.SH ")
	lines := strings.Split(section, "\n")
	opts := map[string]bool{}
	for i := 1; i < len(lines); i++ {
		if lines[i-1] == ".TP" {
			for _, o := range regexp.MustCompile(`--[a-z][a-z-]*`).FindAllString(lines[i], -1) {
				opts[o] = true
			}
		}
	}
	return opts
}
