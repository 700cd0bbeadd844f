package nixgen

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestBuildrsParseSourceBuilds builds buildrs-parse-src/ as the pkgs
// toolchain's derivation does, with this machine's go and no Nix: a package
// buildscript imports that buildrsParseSource does not copy fails here
// (TestPkgsToolchainBuilds finds the same with Nix).
func TestBuildrsParseSourceBuilds(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go")
	}
	files := map[string][]byte{}
	if err := buildrsParseSource(files); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := WriteDir(dir, files); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "build", "-trimpath", "-o", filepath.Join(dir, "buildrs-parse"), "./cmd/buildrs-parse")
	cmd.Dir = filepath.Join(dir, "buildrs-parse-src")
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build in buildrs-parse-src: %v\n%s", err, out)
	}
}
