package install

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// TestCargoTakesTurns: real cargo and libnix share a root. cargo lists and
// uninstalls what libnix installed; libnix lists and uninstalls what cargo
// installed (a copied binary, which has no GC root).
func TestCargoTakesTurns(t *testing.T) {
	testenv.Short(t)
	testenv.NeedCargo(t)
	r := &run{root: filepath.Join(t.TempDir(), "root"), store: t.TempDir()}
	for _, p := range []Package{r.pkg(app, "app"), r.pkg(multi, "main1", "other-bin")} {
		if err := r.install(p, false, true, ""); err != nil {
			t.Fatal(err)
		}
	}
	cargo := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("cargo", args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("cargo %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
		return string(out) + stderr.String()
	}
	list := func() string {
		t.Helper()
		var out bytes.Buffer
		if err := List(r.root, &out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	if got, want := cargo("install", "--list", "--root", r.root), list(); got != want {
		t.Errorf("cargo lists\n%s\nlibnix\n%s", got, want)
	}
	if got, want := cargo("uninstall", "--root", r.root, "multi", "--bin", "main1"), "    Removing "+r.root+"/bin/main1\n"; got != want {
		t.Errorf("cargo uninstall printed %q, want %q", got, want)
	}

	proj := t.TempDir()
	testenv.WriteTree(t, proj, map[string]string{
		"Cargo.toml":  "[package]\nname = \"real\"\nversion = \"0.3.0\"\nedition = \"2021\"\n",
		"src/main.rs": "fn main() {}\n",
	})
	cargo("install", "-q", "--path", proj, "--root", r.root)
	want := "app v0.1.0 (/tmp/s22i/p/app):\n    app\nmulti v1.2.3-beta.1 (/tmp/s22i/p/multi):\n    other-bin\nreal v0.3.0 (" + proj + "):\n    real\n"
	if got := list(); got != want {
		t.Errorf("libnix lists\n%s\nwant\n%s", got, want)
	}
	r.keeps = nil
	if err := Uninstall(r.root, "real", nil, r.keep, nil); err != nil {
		t.Fatal(err)
	}
	if len(r.keeps) != 1 || !strings.HasSuffix(r.keeps[0], " []") {
		t.Errorf("keep calls %q, want one removal", r.keeps)
	}
	if _, err := os.Lstat(filepath.Join(r.root, "bin", "real")); !os.IsNotExist(err) {
		t.Errorf("bin/real: %v", err)
	}
	if got, want := cargo("install", "--list", "--root", r.root), list(); got != want {
		t.Errorf("cargo lists\n%s\nlibnix\n%s", got, want)
	}
}
