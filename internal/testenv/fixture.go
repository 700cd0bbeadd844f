package testenv

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Fixtures are the shared cargo fixtures of testdata/fixtures.
var Fixtures = []string{"workspace", "links", "gitdep", "demo"}

// ModuleRoot is the directory of go.mod, found from the test's working
// directory (a package directory inside the module).
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("go.mod not found above the test's directory")
		}
		dir = parent
	}
}

// CopyFixture copies fixture name into a fresh temporary directory (tests
// never write into testdata, and can compare two checkout paths) and
// returns its path. The gitdep fixture's repository is created first.
func CopyFixture(t testing.TB, name string) string {
	t.Helper()
	src := filepath.Join(ModuleRoot(t), "testdata", "fixtures", name)
	if name == "gitdep" {
		out, err := exec.Command("sh", filepath.Join(src, "make-repo.sh")).CombinedOutput()
		if err != nil {
			t.Fatalf("make-repo.sh: %v\n%s", err, out)
		}
	}
	dst := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// GoBuild builds the module's commands (static, as `make build` does) into
// dir, from the module that contains the working directory.
func GoBuild(dir string, cmds ...string) error {
	args := []string{"build", "-o", dir + "/"}
	for _, c := range cmds {
		args = append(args, "./cmd/"+c)
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	return nil
}

// MainWithTools is a TestMain body: it builds the module's commands cmds
// into a temporary directory, sets *dir to it, runs the tests and removes
// the directory. In -short mode nothing is built (the end-to-end tests
// that use the tools skip themselves).
func MainWithTools(m *testing.M, dir *string, cmds ...string) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	d, err := os.MkdirTemp("", "libnix-tools-")
	if err == nil {
		err = GoBuild(d, cmds...)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	*dir = d
	code := m.Run()
	os.RemoveAll(d)
	os.Exit(code)
}

// WriteTree writes files (slash-separated path under dir → content) into
// dir, making the directories they need.
func WriteTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
