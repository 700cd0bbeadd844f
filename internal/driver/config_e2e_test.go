package driver_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// TestConfigArg: --config KEY=VALUE and --config FILE reach what libnix
// reads of cargo's configuration itself (here build.rustflags), as they
// reach cargo; an edit of the FILE is seen by the next build.
func TestConfigArg(t *testing.T) {
	need(t)
	dir := filepath.Join(t.TempDir(), "cfgarg")
	testenv.WriteTree(t, dir, map[string]string{
		"Cargo.toml":         "[package]\nname = \"cfgarg\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lints.rust]\nunexpected_cfgs = \"allow\"\n",
		"src/main.rs":        "fn main() { println!(\"a={} b={}\", cfg!(from_a), cfg!(from_b)); }\n",
		".cargo/config.toml": "[net]\noffline = true\n",
		"extra.toml":         "[build]\nrustflags = [\"--cfg\", \"from_b\"]\n",
	})
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "a=false b=false\n"},
		{[]string{"--config", `build.rustflags=["--cfg","from_a"]`}, "a=true b=false\n"},
		{[]string{"--config", "extra.toml"}, "a=false b=true\n"},
	} {
		c := run(t, dir, nil, "cargo", append([]string{"run", "-q", "--target-dir", t.TempDir()}, tt.args...)...)
		r := run(t, dir, nil, "libnix-build", append([]string{"run", "-q"}, tt.args...)...)
		if r.status != 0 || r.out != tt.want || c.out != tt.want {
			t.Errorf("run %q: exit %d, %q; cargo's %q; want %q", tt.args, r.status, r.out, c.out, tt.want)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "extra.toml"), []byte("[build]\nrustflags = [\"--cfg\", \"from_a\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, nil, "libnix-build", "run", "-q", "--config", "extra.toml"); r.out != "a=true b=false\n" {
		t.Errorf("after an edit of extra.toml: exit %d, %q", r.status, r.out)
	}
}
