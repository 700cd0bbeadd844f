package cargo

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func testConfig(t *testing.T, files ...string) *Config {
	t.Helper()
	var layers []configLayer
	for i, f := range files {
		var data map[string]any
		if _, err := toml.Decode(f, &data); err != nil {
			t.Fatal(err)
		}
		layers = append(layers, configLayer{path: "/p/.cargo/config.toml", dir: "/p" + string(rune('0'+i)), data: data})
	}
	c, err := buildConfig(layers, nil, "/cwd", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func noEnv(string) (string, bool) { return "", false }

func envOf(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestRustflags(t *testing.T) {
	const host = "x86_64-unknown-linux-gnu"
	cfgTables := `[build]
rustflags = "-C build"
[target.'cfg(unix)']
rustflags = ["--cfg", "unixy"]
[target.'cfg(windows)']
rustflags = ["--cfg", "win"]
`
	tests := []struct {
		name     string
		files    []string
		env      map[string]string
		hostOnly bool
		want     []string
	}{
		{name: "nothing", files: []string{""}, want: []string{}},
		{name: "build.rustflags", files: []string{"[build]\nrustflags = \"-C a  -C b\"\n"}, want: []string{"-C", "a", "-C", "b"}},
		{name: "cfg tables beat build", files: []string{cfgTables}, want: []string{"--cfg", "unixy"}},
		{name: "triple plus cfg", files: []string{cfgTables + "[target." + host + "]\nrustflags = [\"-Ctriple\"]\n"}, want: []string{"-Ctriple", "--cfg", "unixy"}},
		{name: "RUSTFLAGS wins", files: []string{cfgTables}, env: map[string]string{"RUSTFLAGS": " -Cx  -Cy "}, want: []string{"-Cx", "-Cy"}},
		{name: "empty encoded means none", files: []string{cfgTables}, env: map[string]string{"CARGO_ENCODED_RUSTFLAGS": "", "RUSTFLAGS": "-Cx"}, want: []string{}},
		{name: "encoded split on 0x1f", files: []string{""}, env: map[string]string{"CARGO_ENCODED_RUSTFLAGS": "-C\x1fa b"}, want: []string{"-C", "a b"}},
		{name: "host kind under --target", files: []string{cfgTables}, hostOnly: true, want: []string{}},
		{name: "arrays concatenate across files", files: []string{"[build]\nrustflags = [\"near\"]\n", "[build]\nrustflags = [\"far\"]\n"}, want: []string{"far", "near"}},
	}
	for _, tt := range tests {
		c := testConfig(t, tt.files...)
		got, err := c.Rustflags(host, linuxCfg, tt.hostOnly, envOf(tt.env))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLinkerAndOverrides(t *testing.T) {
	c := testConfig(t, `[target.x86_64-unknown-linux-gnu]
linker = "tools/cc"
[target.x86_64-unknown-linux-gnu.cmath]
rustc-link-lib = ["m"]
answer = "42"
[env]
A = "1"
B = { value = "rel", relative = true, force = true }
`)
	l, err := c.Linker("x86_64-unknown-linux-gnu", linuxCfg, noEnv)
	if err != nil || l != "/p0/tools/cc" {
		t.Errorf("Linker = %q, %v; want /p0/tools/cc", l, err)
	}
	if got := c.Targets["x86_64-unknown-linux-gnu"].Links["cmath"]["answer"]; got != "42" {
		t.Errorf("links override answer = %v", got)
	}
	want := map[string]EnvValue{"A": {Value: "1"}, "B": {Value: "/p0/rel", Force: true}}
	if !reflect.DeepEqual(c.Env, want) {
		t.Errorf("Env = %v, want %v", c.Env, want)
	}
}

func TestReplacement(t *testing.T) {
	c := testConfig(t, `[source.crates-io]
replace-with = "mirror"
[source.mirror]
replace-with = "vendored"
[source.vendored]
directory = "vendor"
[source.mygit]
git = "https://example.org/r"
replace-with = "vendored"
[source.loop1]
registry = "https://loop.example/index"
replace-with = "loop2"
[source.loop2]
replace-with = "loop1"
`)
	tests := []struct {
		id      string
		want    string // replacement directory, "" for none
		wantErr bool
	}{
		{id: "registry+https://github.com/rust-lang/crates.io-index", want: "/p0/vendor"},
		{id: "sparse+https://index.crates.io/", want: "/p0/vendor"},
		{id: "git+https://example.org/r?branch=main#abc", want: "/p0/vendor"},
		{id: "git+https://other.example/r#abc"},
		{id: "registry+https://loop.example/index", wantErr: true},
	}
	for _, tt := range tests {
		r, err := c.Replacement(tt.id)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: error = %v, wantErr %v", tt.id, err, tt.wantErr)
			continue
		}
		got := ""
		if r != nil {
			got = r.Directory
		}
		if got != tt.want {
			t.Errorf("%s: replacement directory %q, want %q", tt.id, got, tt.want)
		}
	}
}

func FuzzConfig(f *testing.F) {
	f.Add("[build]\nrustflags = \"-Ca\"\n[target.'cfg(unix)']\nrustflags = [\"x\"]\nlinker = \"cc\"\n")
	f.Add("[source.a]\nreplace-with = \"b\"\n[source.b]\nreplace-with = \"a\"\n[env]\nX = { value = 1 }\n")
	f.Fuzz(func(t *testing.T, s string) {
		var data map[string]any
		if _, err := toml.Decode(s, &data); err != nil {
			return
		}
		c, err := buildConfig([]configLayer{{path: "f", dir: "/d", data: data}}, nil, "/cwd", noEnv)
		if err != nil {
			return
		}
		c.Rustflags("x86_64-unknown-linux-gnu", linuxCfg, false, noEnv)
		c.Linker("x86_64-unknown-linux-gnu", linuxCfg, noEnv)
		c.Replacement("registry+" + cratesIO)
	})
}

// TestInstallRoot: install.root is config-relative, the nearer file wins.
func TestInstallRoot(t *testing.T) {
	for _, tt := range []struct {
		files []string
		want  string
	}{
		{[]string{""}, ""},
		{[]string{"[install]\nroot = \"inst\"\n"}, "/p0/inst"},
		{[]string{"[install]\nroot = \"/abs\"\n"}, "/abs"},
		{[]string{"[install]\nroot = \"near\"\n", "[install]\nroot = \"far\"\n"}, "/p0/near"},
	} {
		if got := testConfig(t, tt.files...).InstallRoot; got != tt.want {
			t.Errorf("%q: InstallRoot %q, want %q", tt.files, got, tt.want)
		}
	}
	// Not a string: an error for install only (cargo build does not read it).
	c := testConfig(t, "[install]\nroot = 1\n")
	if c.InstallRoot != "" || c.InstallRootErr == nil || c.InstallRootErr.Error() != "/p/.cargo/config.toml: install.root: expected a string" {
		t.Errorf("install.root = 1: %q, %v", c.InstallRoot, c.InstallRootErr)
	}
}

// TestConfigArgs: --config KEY=VALUE (paths relative to cwd) and --config
// FILE (relative to its directory's parent) beat the files and the
// environment, a later argument an earlier one; a bad one names itself.
func TestConfigArgs(t *testing.T) {
	cwd := t.TempDir()
	for name, text := range map[string]string{
		".cargo/config.toml": "[install]\nroot = \"from-file\"\n[build]\ntarget-dir = \"t-file\"\n",
		"conf/extra.toml":    "[install]\nroot = \"from-arg-file\"\n",
	} {
		os.MkdirAll(filepath.Join(cwd, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(cwd, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := envOf(map[string]string{"CARGO_TARGET_DIR": "t-env", "HOME": cwd})
	for _, tt := range []struct {
		cli               []string
		installRoot, tdir string
	}{
		{nil, "from-file", "t-env"},
		{[]string{`build.target-dir = "t-arg"`}, "from-file", "t-arg"},
		{[]string{`install.root="a"`, "conf/extra.toml"}, "from-arg-file", "t-env"},
		{[]string{"conf/extra.toml", `install.root="a"`}, "a", "t-env"},
	} {
		c, err := LoadConfig(cwd, tt.cli, env)
		if err != nil {
			t.Fatalf("%q: %v", tt.cli, err)
		}
		if c.InstallRoot != filepath.Join(cwd, tt.installRoot) || c.TargetDir != filepath.Join(cwd, tt.tdir) {
			t.Errorf("%q: install.root %s, target dir %s; want %s, %s", tt.cli, c.InstallRoot, c.TargetDir, tt.installRoot, tt.tdir)
		}
	}
	// Not TOML: cargo's to refuse, in its words.
	if c, err := LoadConfig(cwd, []string{"not toml ["}, env); err != nil || c.InstallRoot != filepath.Join(cwd, "from-file") {
		t.Errorf("--config 'not toml [': %v", err)
	}
}

// FuzzConfigArg: any --config argument loads or is refused with an error
// naming it; none panics.
func FuzzConfigArg(f *testing.F) {
	for _, s := range []string{`build.rustflags=["--cfg","x"]`, `install.root = "r"`, "[build]\ntarget-dir = 1", "x", "", "a.b.c = {d = 1}", `source.x.directory = "d"`} {
		f.Add(s)
	}
	cwd := f.TempDir()
	f.Fuzz(func(t *testing.T, arg string) {
		if _, ok := ConfigFileArg(cwd, arg); ok {
			return
		}
		if _, err := LoadConfig(cwd, []string{arg}, noEnv); err != nil && !strings.HasPrefix(err.Error(), "--config "+arg+": ") {
			t.Errorf("--config %q: %v", arg, err)
		}
	})
}
