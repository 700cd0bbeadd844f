package nixgen

// Offline golden tests: each fixture's recorded plan (internal/plan's
// testdata/<fixture>.golden.json) goes through Emit; the files it writes
// are compared with testdata/golden/<fixture>/, and the rustc arguments
// its unit files give the builder with cargo's recorded build -v lines
// (testdata/cargo-build-v/<fixture>.stderr). No cargo, no Nix and nothing
// of this machine is read, so they run in -short; go test -update rewrites
// the goldens and, with cargo, re-records cargo's lines.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
// keep: the generated Nix and the nix-build wrapper, not the fixed
// builder library, buildrs-parse or its source.
func goldenFile(name string) bool {
	switch name {
	case "default.nix", "sources.nix", "toolchain.nix", WrapperName:
		return true
	}
	return strings.HasPrefix(name, "units/")
}

// goldenPlans are the recorded plans the golden tests emit: every
// fixture's build plan, and cargo test's and cargo check --all-targets'
// plans of the testsuite fixture.
var goldenPlans = append(append([]string{}, testenv.Fixtures...), "testsuite-test", "testsuite-check")

// cargoRecording is the fixture and the cargo command that the cargo -v log
// of a golden plan is recorded from.
func cargoRecording(name string) (fixture string, args []string) {
	switch name {
	case "testsuite-test":
		return "testsuite", []string{"test", "--no-run", "-v"}
	case "testsuite-check":
		return "testsuite", []string{"check", "--all-targets", "-v"}
	}
	return name, []string{"build", "-v"}
}

// TestGoldenEmit compares the generated Nix of every recorded plan with
// testdata/golden/<plan>/; go test -update rewrites them.
func TestGoldenEmit(t *testing.T) {
	for _, fixture := range goldenPlans {
		t.Run(fixture, func(t *testing.T) {
			_, files := emitRecorded(t, fixture)
			kept := map[string][]byte{}
			for name, data := range files {
				if goldenFile(name) {
					// buildrs-parse's source id changes with its source,
					// not with what these files are made of.
					kept[name] = bytes.ReplaceAll(data, []byte(BuildrsParseID()), []byte("BUILDRS-PARSE-SOURCE-ID"))
				}
			}
			golden.CheckDir(t, filepath.Join("testdata", "golden", fixture), kept)
		})
	}
}

// TestGoldenRustcArgs compares each compile unit's rustc arguments, as its
// emitted unit file gives them to the builder, with cargo's call in the
// recorded cargo build -v of the fixture (cargo test --no-run -v for a test
// plan). The build-script results the
// builder adds at build time are not in the files: after the arguments of
// a unit a build-script run reaches, cargo's call may go on with arguments
// a build script adds (TestFixturesBuildLikeCargo compares those too).
// go test -update re-records cargo's lines when cargo is on PATH.
func TestGoldenRustcArgs(t *testing.T) {
	for _, fixture := range goldenPlans {
		t.Run(fixture, func(t *testing.T) {
			path := filepath.Join("testdata", "cargo-build-v", fixture+".stderr")
			if golden.Update() {
				recordCargoBuild(t, fixture, path)
			}
			log, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test -update records it, with cargo)", err)
			}
			p, files := emitRecorded(t, fixture)
			compareRustcArgs(t, p, string(log), emittedArgs(files))
		})
	}
}

var cargoTime = regexp.MustCompile(`(target\(s\) in )\S+`)

// recordCargoBuild writes the stderr of cargoRecording's cargo -v for a
// fresh copy of the fixture to path, with the stand-ins of recordedPlan in
// place of this machine's paths and the build time left out.
func recordCargoBuild(t *testing.T, name, path string) {
	t.Helper()
	testenv.NeedCargo(t)
	fixture, args := cargoRecording(name)
	dir, log := cargoBuild(t, fixture, args...)
	sysroot, err := exec.Command("rustc", "--print", "sysroot").Output()
	if err != nil {
		t.Fatal(err)
	}
	home := os.Getenv("CARGO_HOME")
	if home == "" {
		h, _ := os.UserHomeDir()
		home = filepath.Join(h, ".cargo")
	}
	log = strings.NewReplacer(
		dir, standInRoot+"/"+name,
		strings.TrimSpace(string(sysroot)), standInSysroot,
		home, standInCargoHome,
	).Replace(log)
	golden.Check(t, path, []byte(cargoTime.ReplaceAllString(log, "${1}<time>")))
}

// emittedArgs gives a unit's rustc arguments from its emitted file: the
// argument list of builder.sh's compile() less what normalizeArgs drops
// (--out-dir, incremental, -L dependency=), with the build-script results
// left open.
func emittedArgs(files map[string][]byte) unitArgs {
	return func(u *plan.Unit) ([]string, bool, error) {
		src := string(files["units/"+u.ID+".nix"])
		args := []string{}
		for _, name := range []string{"preArgs", "", "rustcArgs", "targetArgs", "externArgs"} {
			if name == "" {
				args = append(args, "<crate root>")
				continue
			}
			elems, err := unitList(src, name)
			if err != nil {
				return nil, false, err
			}
			for _, line := range elems {
				ss, err := nixStrings(line)
				if err != nil {
					return nil, false, fmt.Errorf("%s: %v", name, err)
				}
				args = append(args, ss...)
			}
		}
		runs := 0
		for _, name := range []string{"ownRuns", "linkRuns", "cdylibRuns"} {
			elems, err := unitList(src, name)
			if err != nil {
				return nil, false, err
			}
			runs += len(elems)
		}
		return args, runs > 0, nil
	}
}

// unitList returns the element lines of the list attribute name of a unit
// file, laid out as nixWriter.list writes it: "name = [ ];", or "name = ["
// then one element per line then "];".
func unitList(src, name string) ([]string, error) {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		switch strings.TrimSpace(l) {
		case name + " = [ ];":
			return nil, nil
		case name + " = [":
			var elems []string
			for _, e := range lines[i+1:] {
				if e = strings.TrimSpace(e); e == "];" {
					return elems, nil
				}
				elems = append(elems, e)
			}
			return nil, fmt.Errorf("list %s is not closed", name)
		}
	}
	return nil, fmt.Errorf("no list %s", name)
}

// nixStrings reads a line of Nix string literals separated by spaces and
// returns their values, each interpolation kept as written.
func nixStrings(line string) ([]string, error) {
	var out []string
	for i := 0; i < len(line); {
		switch line[i] {
		case ' ':
			i++
		case '"':
			s, next, err := nixString(line, i)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
			i = next
		default:
			return nil, fmt.Errorf("%q is not a list of strings", line)
		}
	}
	return out, nil
}

// nixString reads the string literal at src[i] and returns its value and
// the position after it.
func nixString(src string, i int) (string, int, error) {
	var b strings.Builder
	for i++; i < len(src); i++ {
		switch c := src[i]; {
		case c == '"':
			return b.String(), i + 1, nil
		case c == '\\' && i+1 < len(src):
			i++
			switch src[i] {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(src[i])
			}
		case strings.HasPrefix(src[i:], "${"):
			end, err := interpolationEnd(src, i+2)
			if err != nil {
				return "", end, err
			}
			b.WriteString(src[i:end])
			i = end - 1
		default:
			b.WriteByte(c)
		}
	}
	return "", i, fmt.Errorf("unterminated string in %q", src)
}

// interpolationEnd returns the position after the brace that closes the
// interpolation whose expression starts at src[i].
func interpolationEnd(src string, i int) (int, error) {
	depth := 0
	for i < len(src) {
		switch src[i] {
		case '"':
			_, next, err := nixString(src, i)
			if err != nil {
				return next, err
			}
			i = next
			continue
		case '{':
			depth++
		case '}':
			if depth == 0 {
				return i + 1, nil
			}
			depth--
		}
		i++
	}
	return i, fmt.Errorf("unterminated interpolation in %q", src)
}
