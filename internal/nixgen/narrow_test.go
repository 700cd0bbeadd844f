package nixgen

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/golden"
	"github.com/libnix/libnix/internal/testenv"
)

// TestFilesSrcNix checks lib.filesSrc against the store: it copies the
// kept files, whole kept directories and nothing else, odd names included.
func TestFilesSrcNix(t *testing.T) {
	testenv.NeedNix(t)
	dir, _ := localSrcTree(t)
	keep := []string{"src/lib.rs", "src/deep/a", "weird name 'q' $x.txt", "UPPER/ünïcödé/ß.rs", "link"}
	lib := filepath.Join(t.TempDir(), "lib.nix")
	data, err := libFiles.ReadFile("lib/lib.nix")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(lib, data, 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(lib), "builder.sh"), nil, 0o644)
	expr := `"${(import ` + lib + ` { toolchain = { }; }).filesSrc { path = ` + absPath(dir) +
		`; name = "x"; keep = ` + quoteList(keep) + `; dirs = ` + quoteList(parentDirs(keep)) + `; }}"`
	out, err := exec.Command("nix-instantiate", "--eval", "--read-write-mode", "--json", "-E", expr).CombinedOutput()
	if err != nil {
		t.Fatalf("lib.filesSrc: %v\n%s", err, out)
	}
	store := strings.Trim(strings.TrimSpace(string(out)), `"`)
	got := walk(t, store, func(string) bool { return true })
	want := []string{
		"UPPER d---------", "UPPER/ünïcödé d---------", "UPPER/ünïcödé/ß.rs ----------",
		"link L---------",
		"src d---------", "src/deep d---------", "src/deep/a d---------", "src/deep/a/b d---------", "src/deep/a/b/c.txt ----------",
		"src/lib.rs ----------",
		"weird name 'q' $x.txt ----------",
	}
	if !slices.Equal(got, want) {
		t.Errorf("lib.filesSrc copied\n  %q\nwant\n  %q", got, want)
	}
}

// narrowedOptions narrows the testsuite plan as libnix-build would after a
// build: the library, the integration test and the bin to their files,
// and the unit-test runs and doc tests without the integration test's.
func narrowedOptions(t *testing.T) Options {
	t.Helper()
	p := recordedPlan(t, "testsuite-test")
	o := Options{Keep: map[string][]string{}, Drop: map[string][]string{}}
	for _, u := range p.Units {
		if p.Packages[u.Package].Name != "counter" {
			continue
		}
		switch {
		case u.Kind == "doctest", u.Mode == "test" && u.Target.Name != "cli":
			o.Drop[u.ID] = []string{"tests/cli.rs"}
		case u.Target.Name == "cli":
			o.Keep[u.ID] = []string{"tests/cli.rs"}
		case u.Kind == "lib":
			o.Keep[u.ID] = []string{"src/lib.rs", "src/count.rs"}
		}
	}
	return o
}

// TestGoldenNarrowed: the testsuite plan's sources.nix with narrowed
// sources (testdata/golden/testsuite-narrowed/; go test -update rewrites
// it), and the unit files and test runs that read them.
func TestGoldenNarrowed(t *testing.T) {
	p := recordedPlan(t, "testsuite-test")
	o := narrowedOptions(t)
	o.Out, o.LinkerVersion, o.DirHash = filepath.Join(p.Workspace.Root, "target", "debug", "nix"), standInLinker, standInDirHash
	files, err := Emit(p, o)
	if err != nil {
		t.Fatal(err)
	}
	golden.CheckDir(t, filepath.Join("testdata", "golden", "testsuite-narrowed"), map[string][]byte{"sources.nix": files["sources.nix"]})
	// The rest is testsuite-test's golden Nix but for where sources come from.
	for id := range o.Keep {
		unit := string(files["units/"+id+".nix"])
		if !strings.Contains(unit, "let src = sources.units."+Ident(id)+"; in\n") || !strings.Contains(unit, "  narrowed = true;\n") {
			t.Errorf("units/%s.nix does not read its narrowed source:\n%s", id, unit)
		}
	}
	entry := string(files["default.nix"])
	for id := range o.Drop {
		run := "lib.testRun { test = " + unitRef(id) + "; src = sources.runs." + Ident(id) + ";"
		if unit := string(files["units/"+id+".nix"]); !strings.Contains(entry, run) && !strings.Contains(unit, "let src = sources.runs."+Ident(id)+"; in\n") {
			t.Errorf("neither default.nix's testRuns (%s) nor units/%s.nix reads the narrowed run source", run, id)
		}
	}
}

// TestBadNarrowing: Keep and Drop paths are refused unless they are clean
// paths inside the package of a unit of the plan in the workspace.
func TestBadNarrowing(t *testing.T) {
	p := recordedPlan(t, "testsuite-test")
	var lib, macro string
	for _, u := range p.Units {
		switch {
		case u.Kind == "lib" && p.Packages[u.Package].Name == "counter":
			lib = u.ID
		case u.Kind == "proc-macro":
			macro = u.ID
		}
	}
	for _, c := range []struct {
		name       string
		keep, drop map[string][]string
		want       string
	}{
		{"no unit", map[string][]string{"0123": {"src/lib.rs"}}, nil, "narrowed source (keep) of unit 0123: no such unit in the plan"},
		{"empty keep", map[string][]string{lib: {}}, nil, "narrowed source (keep) of unit " + lib + ": no file"},
		{"parent", map[string][]string{lib: {"../other/src/lib.rs"}}, nil, `"../other/src/lib.rs" is not a clean path inside the package`},
		{"absolute", nil, map[string][]string{lib: {"/etc/passwd"}}, `narrowed source (drop) of unit ` + lib + `: "/etc/passwd" is not a clean path`},
		{"unclean", map[string][]string{macro: {"src/./lib.rs"}}, nil, `"src/./lib.rs" is not a clean path`},
		{"dot", map[string][]string{lib: {"."}}, nil, `"." is not a clean path`},
		{"nul", map[string][]string{lib: {"src/\x00.rs"}}, nil, "NUL"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Emit(p, Options{Keep: c.keep, Drop: c.drop, DirHash: standInDirHash})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Emit: %v, want an error with %q", err, c.want)
			}
		})
	}
}
