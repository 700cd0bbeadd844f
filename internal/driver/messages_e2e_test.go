package driver_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/cargomsg"
)

// stdoutOf runs name in dir and returns its stdout and exit status; its
// stderr goes to the test log.
func stdoutOf(t *testing.T, dir, name string, args ...string) ([]byte, int) {
	t.Helper()
	var out, errs bytes.Buffer
	cmd := command(dir, nil, name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errs
	err := cmd.Run()
	status := 0
	if exit, ok := err.(*exec.ExitError); ok {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if bytes.Contains(errs.Bytes(), []byte(`{"reason"`)) {
		t.Errorf("%s %s: a JSON message on stderr:\n%s", name, strings.Join(args, " "), errs.String())
	}
	return out.Bytes(), status
}

// messageKeys are what must match between cargo's messages and
// libnix-build's: every message's reason, package and target, and for a
// diagnostic its level, text and place, for an artifact its profile and
// features and whether it has files and an executable, for a build script
// what it told cargo; sorted, as cargo's order is its completion order. It
// also checks that every artifact's files exist.
func messageKeys(t *testing.T, who string, out []byte) []string {
	t.Helper()
	var keys []string
	for line := range bytes.Lines(out) {
		m, err := cargomsg.Parse(bytes.TrimSpace(line))
		if err != nil {
			t.Fatalf("%s: %v: %s", who, err, line)
		}
		var k string
		switch m := m.(type) {
		case cargomsg.CompilerMessage:
			var d struct {
				Level, Message string
				Spans          []struct {
					FileName  string `json:"file_name"`
					LineStart int    `json:"line_start"`
					IsPrimary bool   `json:"is_primary"`
				}
			}
			json.Unmarshal(m.Message, &d)
			where := ""
			for _, s := range d.Spans {
				if s.IsPrimary {
					where = fmt.Sprintf("%s:%d", s.FileName, s.LineStart)
				}
			}
			k = fmt.Sprintf("message %s %s %s: %s at %s", m.PackageID, m.Target.Name, d.Level, d.Message, where)
		case cargomsg.CompilerArtifact:
			for _, f := range m.Filenames {
				if _, err := os.Stat(f); err != nil {
					t.Errorf("%s: artifact of %s %s: %v", who, m.PackageID, m.Target.Name, err)
				}
			}
			k = fmt.Sprintf("artifact %s %s %v %+v %v files:%v exe:%v", m.PackageID, m.Target.Name, m.Target.Kind, m.Profile, m.Features,
				len(m.Filenames) > 0, m.Executable != nil)
		case cargomsg.BuildScriptExecuted:
			var env []string
			for _, e := range m.Env {
				env = append(env, e[0])
			}
			k = fmt.Sprintf("build-script %s libs:%v cfgs:%v env:%v", m.PackageID, m.LinkedLibs, m.Cfgs, env)
		case cargomsg.BuildFinished:
			k = fmt.Sprintf("finished %v", m.Success)
		default:
			k = "other " + m.Reason()
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestMessageFormatJSON: --message-format json prints on stdout the
// messages cargo prints, for a build of the fixtures with build scripts
// and links metadata and for check and clippy with warnings and lints;
// again from the store when nothing is compiled.
func TestMessageFormatJSON(t *testing.T) {
	need(t)
	lints := lintsProject(t)
	// A workspace whose one binary does not compile: with --keep-going the
	// same units are built either way, whatever finishes first.
	broken := fixture(t, "workspace")
	tool := filepath.Join(broken, "app", "src", "bin", "tool.rs")
	src, err := os.ReadFile(tool)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(tool, append(src, "\nfn broken() -> u32 { \"not a number\" }\n"...), 0o644)
	for _, c := range []struct {
		name, dir string
		args      []string
	}{
		{"workspace build", fixture(t, "workspace"), []string{"build"}},
		{"a failed build's fresh units", broken, []string{"build", "--keep-going"}},
		{"links build", fixture(t, "links"), []string{"build"}},
		{"build with a warning", lints, []string{"build"}},
		{"check", lints, []string{"check"}},
		{"clippy -D warnings", lints, []string{"clippy", "--", "-D", "warnings"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cargoArgs := append([]string{c.args[0], "--message-format", "json", "--target-dir", t.TempDir()}, c.args[1:]...)
			cargoOut, cargoStatus := stdoutOf(t, c.dir, "cargo", cargoArgs...)
			want := messageKeys(t, "cargo", cargoOut)
			if len(want) < 2 {
				t.Fatalf("cargo %s printed %d messages", strings.Join(cargoArgs, " "), len(want))
			}
			args := append([]string{c.args[0], "--message-format", "json"}, c.args[1:]...)
			for _, what := range []string{"", " again"} {
				out, status := stdoutOf(t, c.dir, "libnix-build", args...)
				if status != cargoStatus {
					t.Errorf("libnix-build %s%s: exit %d, cargo's %d", strings.Join(args, " "), what, status, cargoStatus)
				}
				if got := messageKeys(t, "libnix-build", out); !slices.Equal(got, want) {
					t.Errorf("libnix-build %s%s: messages\n  %s\ncargo's\n  %s", strings.Join(args, " "), what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
				}
			}
		})
	}
}

// docFiles lists the files under dir, but for those whose names depend on
// where the build ran: a search-index entry's hash, generated sources'
// pages (under the build's OUT_DIR).
func docFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	dir += "/" // target/doc is a link
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if !strings.HasPrefix(rel, "search.index/entry/") && !strings.Contains(rel, "/out/") {
			files = append(files, rel)
		}
		return nil
	})
	return files
}

// TestDoc: doc writes target/doc as cargo doc does (the same pages and
// shared files), says what it generated in cargo's words, opens it with
// --open, and --no-deps documents the package alone.
func TestDoc(t *testing.T) {
	need(t)
	dir := fixture(t, "workspace")
	cargoTarget := t.TempDir()
	cargo := run(t, dir, nil, "cargo", "doc", "--color", "never", "--target-dir", cargoTarget)
	if cargo.status != 0 {
		t.Fatalf("cargo doc: exit %d\n%s", cargo.status, cargo.out)
	}
	out := build(t, dir, nil, "doc", "--color", "never")
	doc := filepath.Join(dir, "target", "doc")
	if got, want := docFiles(t, doc), docFiles(t, filepath.Join(cargoTarget, "doc")); !slices.Equal(got, want) {
		t.Errorf("target/doc holds\n  %s\ncargo doc's\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, f := range []string{"crates.js", "app/index.html", "textutils/index.html"} {
		got, err := os.ReadFile(filepath.Join(doc, f))
		if err != nil || len(got) == 0 {
			t.Errorf("target/doc/%s: %v", f, err)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(doc, "crates.js")); !bytes.Equal(got, must(os.ReadFile(filepath.Join(cargoTarget, "doc", "crates.js")))) {
		t.Errorf("target/doc/crates.js differs from cargo doc's:\n%s", got)
	}
	want := "   Generated " + filepath.Join(doc, "app", "index.html") + " and 3 other files\n"
	if !strings.HasSuffix(out, want) || !strings.Contains(cargo.out, strings.Replace(want, dir+"/target", cargoTarget, 1)) {
		t.Errorf("doc's last line is not cargo's %q:\n%s\ncargo's:\n%s", want, out, cargo.out)
	}
	// --open, from the store: the page cargo would open.
	opened := filepath.Join(t.TempDir(), "opened")
	browser := filepath.Join(t.TempDir(), "browser")
	os.WriteFile(browser, []byte("#!/bin/sh\necho \"$1\" > "+opened+"\n"), 0o755)
	build(t, dir, []string{"BROWSER=" + browser}, "doc", "--color", "never", "--open")
	if got, _ := os.ReadFile(opened); strings.TrimSpace(string(got)) != filepath.Join(doc, "app", "index.html") {
		t.Errorf("--open opened %q", got)
	}
	// --no-deps -p: the one package.
	one := build(t, dir, nil, "doc", "--color", "never", "--no-deps", "-p", "text-utils")
	if !strings.HasSuffix(one, "   Generated "+filepath.Join(doc, "textutils", "index.html")+"\n") {
		t.Errorf("doc --no-deps -p text-utils:\n%s", one)
	}
	if _, err := os.Stat(filepath.Join(doc, "itoa")); err == nil {
		t.Errorf("doc --no-deps documented a dependency")
	}
}

func must(data []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return data
}
