package cargo

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// TestDiscovery finds the manifest, the workspace and the configured target
// directory and offline mode as cargo would, from a directory of each layout.
func TestDiscovery(t *testing.T) {
	pkg := "[package]\nname = \"x\"\nversion = \"0.1.0\"\n"
	dir := t.TempDir()
	testenv.WriteTree(t, dir, map[string]string{
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
		"badcfg/Cargo.toml":           pkg,
		"badcfg/.cargo/config.toml":   "[build]\ntarget-dir = 1\n",
		"nested/Cargo.toml":           pkg + "[workspace]\n",
		"nested/.cargo/config.toml":   "[build]\ntarget-dir = \"/abs/target\"\n",
		"nested/sub/deeper/Cargo.txt": "",
	})
	for _, tc := range []struct {
		cwd, manifest     string
		env               map[string]string
		root, target, err string
		offline           bool
		members           []string
	}{
		{cwd: "ws/crates/a", root: "ws", target: "ws/target", members: []string{"ws/crates/*"}},
		{cwd: "", manifest: "ws/crates/a/Cargo.toml", root: "ws", target: "ws/target", members: []string{"ws/crates/*"}},
		{cwd: "ws", manifest: "crates/a/Cargo.toml", root: "ws", target: "ws/target", members: []string{"ws/crates/*"}},
		{cwd: "ws/crates/alone/sub", root: "ws/crates/alone", target: "ws/crates/alone/target"},
		{cwd: "elsewhere/m", root: "elsewhere/ws", target: "elsewhere/ws/target"},
		{cwd: "cfg", root: "cfg", target: "cfg/out", offline: true},
		{cwd: "cfg/inner", root: "cfg", target: "cfg/out"},
		{cwd: "cfg/inner", env: map[string]string{"CARGO_NET_OFFLINE": "true"}, root: "cfg", target: "cfg/out", offline: true},
		{cwd: "cfg", env: map[string]string{"CARGO_TARGET_DIR": "tt", "CARGO_NET_OFFLINE": "false"}, root: "cfg", target: "cfg/tt"},
		{cwd: "cfg", env: map[string]string{"CARGO_BUILD_TARGET_DIR": "b", "CARGO_TARGET_DIR": "t"}, root: "cfg", target: "cfg/t", offline: true},
		{cwd: "cfg/inner", env: map[string]string{"CARGO_BUILD_TARGET_DIR": "b"}, root: "cfg", target: "cfg/inner/b"},
		{cwd: "nested/sub/deeper", root: "nested", target: "/abs/target"},
		{cwd: "bad", err: "bad/Cargo.toml: line 2"},
		{cwd: "badcfg", err: "badcfg/.cargo/config.toml: build.target-dir: expected a string"},
		{cwd: "", manifest: "nope/Cargo.toml", err: "manifest path `nope/Cargo.toml` does not exist"},
		{cwd: "", manifest: "ws", err: "manifest path `ws` does not exist"},
	} {
		cwd := filepath.Join(dir, tc.cwd)
		ws, cfg, err := discover(cwd, tc.manifest, func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok })
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
		if ws.Root != abs(tc.root) || ws.TargetDir(cfg) != abs(tc.target) || cfg.Offline != tc.offline {
			t.Errorf("%s: root %s, target %s, offline %v; want %s, %s, %v", tc.cwd, ws.Root, ws.TargetDir(cfg), cfg.Offline, abs(tc.root), abs(tc.target), tc.offline)
		}
		var members []string
		for _, m := range tc.members {
			members = append(members, abs(m))
		}
		if strings.Join(ws.Members, " ") != strings.Join(members, " ") {
			t.Errorf("%s: members %q, want %q", tc.cwd, ws.Members, members)
		}
	}
	if _, err := FindManifest("/", ""); err == nil || err.Error() != "could not find `Cargo.toml` in `/` or any parent directory" {
		t.Errorf("no manifest: %v", err)
	}
}

func discover(cwd, manifestPath string, env func(string) (string, bool)) (*Workspace, *Config, error) {
	m, err := FindManifest(cwd, manifestPath)
	if err != nil {
		return nil, nil, err
	}
	ws, err := FindWorkspace(m)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := LoadConfig(cwd, nil, env)
	return ws, cfg, err
}
