package nixgen

// Offline golden tests: each fixture's recorded plan (internal/plan's
// testdata/<fixture>.golden.json) goes through Emit, and the files it
// writes are compared with testdata/golden/<fixture>/. No cargo, no Nix and
// nothing of this machine is read, so they run in -short.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/golden"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/testenv"
)

// The recorded plans replace machine-specific values with placeholders
// (internal/plan's normalize); recordedPlan puts these fixed stand-ins
// back, so the emitted files name the same paths on every machine.
const (
	standInRoot      = "/src"                      // parent of the workspace, $WORKSPACE = /src/<fixture>
	standInRegistry  = "/usr/share/cargo/registry" // $REGISTRY, Debian's directory registry
	standInCargoHome = "/home/user/.cargo"         // $CARGO_HOME
	standInSysroot   = "/opt/rust"                 // $SYSROOT, outside /usr: a sandbox path of its own
	standInLinker    = "cc (Debian 12.2.0-14+deb12u1) 12.2.0"
)

// standInToolchain replaces the plans' "$TOOLCHAIN": rustc 1.95.0, which
// recorded them.
var standInToolchain = plan.Toolchain{
	Release:     "1.95.0",
	CommitHash:  "59807616e1fa2540724bfbac14d7976d7e4a3860",
	CommitDate:  "2026-04-14",
	Host:        "x86_64-unknown-linux-gnu",
	LLVMVersion: "22.1.2",
	VerboseVersion: "rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\ncommit-hash: 59807616e1fa2540724bfbac14d7976d7e4a3860\n" +
		"commit-date: 2026-04-14\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\nLLVM version: 22.1.2\n",
	Sysroot: standInSysroot,
	Rustc:   standInSysroot + "/bin/rustc",
}

// standInDirHash replaces the Nix archive hash of a registry crate's
// directory, which would read this machine's registry: the sha256 of the
// directory's name, so each crate still gets a hash of its own.
func standInDirHash(dir string) (string, error) {
	sum := sha256.Sum256([]byte("golden stand-in for " + dir))
	return hex.EncodeToString(sum[:]), nil
}

// recordedPlan reads fixture's recorded plan with the stand-ins in place
// of its placeholders.
func recordedPlan(t *testing.T, fixture string) *plan.Plan {
	t.Helper()
	path := filepath.Join("..", "plan", "testdata", fixture+".golden.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tc, err := json.Marshal(standInToolchain)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer(
		`"$TOOLCHAIN"`, string(tc),
		"$WORKSPACE", standInRoot+"/"+fixture,
		"$REGISTRY", standInRegistry,
		"$CARGO_HOME", standInCargoHome,
		"$SYSROOT", standInSysroot,
		"$OUTSIDE", standInCargoHome+"/config.toml",
	).Replace(string(data))
	p, err := plan.Decode(strings.NewReader(text), path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// emitRecorded emits fixture's recorded plan as libnix-build does, into
// the workspace's target/debug/nix.
func emitRecorded(t *testing.T, fixture string) (*plan.Plan, map[string][]byte) {
	t.Helper()
	p := recordedPlan(t, fixture)
	files, err := Emit(p, Options{
		Out:           filepath.Join(p.Workspace.Root, "target", "debug", "nix"),
		LinkerVersion: standInLinker,
		DirHash:       standInDirHash,
	})
	if err != nil {
		t.Fatalf("Emit(%s): %v", fixture, err)
	}
	return p, files
}

// goldenFile reports whether Emit's file name is one the golden tests
// keep: the generated Nix, not the fixed builder library, buildrs-parse
// or its source.
func goldenFile(name string) bool {
	switch name {
	case "default.nix", "sources.nix", "toolchain.nix":
		return true
	}
	return strings.HasPrefix(name, "units/")
}

// TestGoldenEmit compares the generated Nix of every fixture's recorded
// plan with testdata/golden/<fixture>/; go test -update rewrites them.
func TestGoldenEmit(t *testing.T) {
	for _, fixture := range testenv.Fixtures {
		t.Run(fixture, func(t *testing.T) {
			_, files := emitRecorded(t, fixture)
			kept := map[string][]byte{}
			for name, data := range files {
				if goldenFile(name) {
					kept[name] = data
				}
			}
			golden.CheckDir(t, filepath.Join("testdata", "golden", fixture), kept)
		})
	}
}
