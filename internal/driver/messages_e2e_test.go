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
	"time"

	"github.com/libnix/libnix/internal/cargomsg"
	"github.com/libnix/libnix/internal/testenv"
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
	lints := tinyProject(t, "lints", "")
	os.Remove(filepath.Join(lints, "src", "main.rs"))
	testenv.WriteTree(t, lints, map[string]string{
		"src/lib.rs": fmt.Sprintf("// %d\npub fn f(v: &Vec<u32>) -> usize { let unused = 1; v.len() }\n", time.Now().UnixNano()),
	})
	backdate(t, lints)
	for _, c := range []struct {
		name, dir string
		args      []string
	}{
		{"workspace build", fixture(t, "workspace"), []string{"build"}},
		{"links build", fixture(t, "links"), []string{"build"}},
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
