package driver

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// writeTree creates files (path → content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	testenv.WriteTree(t, dir, files)
	return dir
}

func TestFindProject(t *testing.T) {
	pkg := "[package]\nname = \"x\"\nversion = \"0.1.0\"\n"
	dir := writeTree(t, map[string]string{
		"ws/Cargo.toml":               "[workspace]\nmembers = [\"crates/*\"]\nexclude = [\"crates/alone\"]\n",
		"ws/crates/a/Cargo.toml":      pkg,
		"ws/crates/alone/Cargo.toml":  pkg,
		"ws/crates/alone/sub/.keep":   "",
		"elsewhere/ws/Cargo.toml":     "[workspace]\n",
		"elsewhere/m/Cargo.toml":      pkg + "workspace = \"../ws\"\n",
		"cfg/Cargo.toml":              pkg,
		"cfg/.cargo/config.toml":      "[build]\ntarget-dir = \"out\"\n[net]\noffline = true\n",
		"cfg/inner/.cargo/config":     "[net]\noffline = false\n",
		"cfg/inner/.keep":             "",
		"bad/Cargo.toml":              "[package\n",
		"nested/Cargo.toml":           pkg + "[workspace]\n",
		"nested/.cargo/config.toml":   "[build]\ntarget-dir = \"/abs/target\"\n",
		"nested/sub/deeper/Cargo.txt": "",
	})
	noEnv := func(string) (string, bool) { return "", false }
	for _, tc := range []struct {
		cwd, manifest     string
		env               map[string]string
		root, target, err string
		offline           bool
		members           []string
	}{
		{cwd: "ws/crates/a", root: "ws", target: "ws/target", members: []string{"ws/crates/*"}},
		{cwd: "", manifest: "ws/crates/a/Cargo.toml", root: "ws", target: "ws/target", members: []string{"ws/crates/*"}},
		{cwd: "ws/crates/alone/sub", root: "ws/crates/alone", target: "ws/crates/alone/target"},
		{cwd: "elsewhere/m", root: "elsewhere/ws", target: "elsewhere/ws/target"},
		{cwd: "cfg", root: "cfg", target: "cfg/out", offline: true},
		{cwd: "cfg/inner", root: "cfg", target: "cfg/out"},
		{cwd: "cfg", env: map[string]string{"CARGO_TARGET_DIR": "tt", "CARGO_NET_OFFLINE": "false"}, root: "cfg", target: "cfg/tt"},
		{cwd: "nested/sub/deeper", root: "nested", target: "/abs/target"},
		{cwd: "bad", err: "bad/Cargo.toml: toml: line 2"},
		{cwd: "", manifest: "nope/Cargo.toml", err: "nope/Cargo.toml: manifest not found"},
	} {
		env := noEnv
		if tc.env != nil {
			env = func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok }
		}
		cwd := filepath.Join(dir, tc.cwd)
		manifest := tc.manifest
		if manifest != "" {
			manifest = filepath.Join(dir, manifest)
		}
		pr, err := findProject(cwd, manifest, env)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.cwd, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.cwd, err)
			continue
		}
		abs := func(p string) string {
			if filepath.IsAbs(p) {
				return p
			}
			return filepath.Join(dir, p)
		}
		if pr.Root != abs(tc.root) || pr.TargetDir != abs(tc.target) || pr.Offline != tc.offline {
			t.Errorf("%s: root %s, target %s, offline %v; want %s, %s, %v", tc.cwd, pr.Root, pr.TargetDir, pr.Offline, abs(tc.root), abs(tc.target), tc.offline)
		}
		var members []string
		for _, m := range tc.members {
			members = append(members, abs(m))
		}
		if strings.Join(pr.Members, " ") != strings.Join(members, " ") {
			t.Errorf("%s: members %q, want %q", tc.cwd, pr.Members, members)
		}
	}
	if _, err := findProject("/", "", noEnv); err == nil || !strings.Contains(err.Error(), "could not find Cargo.toml") {
		t.Errorf("no manifest: %v", err)
	}
}
