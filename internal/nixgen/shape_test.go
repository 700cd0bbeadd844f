package nixgen

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/testenv"
)

// nixShape reads Nix source as Nix's lexer does and returns its structure:
// the tokens, with comments and white space dropped, every non-keyword
// identifier and every string without interpolation as V, paths as P and
// numbers as N. Two files with the same shape parse to the same tree up to
// names and literal values: a plan string that ends a comment, closes a
// string or opens an interpolation changes the shape. It fails on anything
// nix-emit never writes (indented strings, URIs, unterminated tokens).
func nixShape(src string) (string, error) {
	var out []string
	_, err := lexFrom(src, 0, false, &out)
	return strings.Join(out, " "), err
}

var (
	nixPath    = regexp.MustCompile(`^[a-zA-Z0-9._+-]*(/[a-zA-Z0-9._+-]+)+/?`)
	nixID      = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_'-]*`)
	nixNumber  = regexp.MustCompile(`^[0-9]+(\.[0-9]*)?`)
	nixOps     = []string{"...", "==", "!=", "<=", ">=", "&&", "||", "->", "//", "++", "${"}
	nixKeyword = map[string]bool{"if": true, "then": true, "else": true, "assert": true, "with": true, "let": true,
		"in": true, "rec": true, "inherit": true, "or": true}
)

// lexFrom appends the shape of src[i:] to out; inside an interpolation it
// stops after the closing brace and returns the position after it.
func lexFrom(src string, i int, interp bool, out *[]string) (int, error) {
	depth := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return i, fmt.Errorf("unterminated comment at %d", i)
			}
			i += end + 4
		case strings.HasPrefix(src[i:], "''"):
			return i, fmt.Errorf("indented string at %d", i)
		case c == '"':
			j, err := lexString(src, i+1, out)
			if err != nil {
				return j, err
			}
			i = j
		default:
			if interp && c == '}' && depth == 0 {
				return i + 1, nil
			}
			if c == '{' {
				depth++
			} else if c == '}' {
				depth--
			}
			// Longest match, as flex does.
			best, kind := 0, ""
			if m := nixPath.FindString(src[i:]); len(m) > best {
				best, kind = len(m), "P"
			}
			if m := nixID.FindString(src[i:]); len(m) > best {
				best, kind = len(m), "ID"
			}
			if m := nixNumber.FindString(src[i:]); len(m) > best {
				best, kind = len(m), "N"
			}
			for _, op := range nixOps {
				if strings.HasPrefix(src[i:], op) && len(op) > best {
					best, kind = len(op), op
				}
			}
			if best == 0 {
				if strings.ContainsRune("{}[]();:=.,?@+-*/<>!", rune(c)) {
					best, kind = 1, string(c)
				} else {
					return i, fmt.Errorf("unexpected byte %q at %d", c, i)
				}
			}
			tok := src[i : i+best]
			switch {
			case kind == "ID" && nixKeyword[tok]:
				kind = tok
			case kind == "ID":
				kind = "V"
			case kind == "${":
				return i, fmt.Errorf("interpolation outside a string at %d", i)
			}
			*out = append(*out, kind)
			i += best
		}
	}
	if interp {
		return i, fmt.Errorf("unterminated interpolation")
	}
	return i, nil
}

// lexString reads a double-quoted string from src[i:] (after the quote):
// V when it is plain, else its parts with each interpolation's shape.
func lexString(src string, i int, out *[]string) (int, error) {
	var parts []string
	plain := true
	for i < len(src) {
		switch {
		case src[i] == '\\':
			i += 2
		case src[i] == '"':
			if plain {
				*out = append(*out, "V")
			} else {
				*out = append(*out, `"(`)
				*out = append(*out, parts...)
				*out = append(*out, `)"`)
			}
			return i + 1, nil
		case strings.HasPrefix(src[i:], "${"):
			plain = false
			parts = append(parts, "${")
			j, err := lexFrom(src, i+2, true, &parts)
			if err != nil {
				return j, err
			}
			parts = append(parts, "}")
			i = j
		default:
			i++
		}
	}
	return i, fmt.Errorf("unterminated string")
}

func TestNixShape(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{`{ a = "x"; }`, `{ "b c" = "y\n\${z}"; } # comment`},
		{`{ x = ./units + "/${id}.nix"; }`, `{ y = ./other + "/${idx}.nix"; }`},
		{`# a comment`, "# another \"comment\" ${x}"},
	} {
		sa, err := nixShape(tc.a)
		if err != nil {
			t.Fatal(err)
		}
		if sb, err := nixShape(tc.b); err != nil || sb != sa {
			t.Errorf("shape(%q) = %q, %v; want shape(%q) = %q", tc.b, sb, err, tc.a, sa)
		}
	}
	for _, tc := range []struct{ a, b string }{
		{`{ a = "x"; }`, `{ a = "x${y}"; }`},
		{"# x", "# x\nassert true; 1"},
		{"# x", "# x\rassert true; 1"},
		{`{ a = "x"; }`, `{ a = "x"; b = "y"; }`},
		{`"x"`, `"x" + y`},
	} {
		sa, _ := nixShape(tc.a)
		if sb, err := nixShape(tc.b); err == nil && sb == sa {
			t.Errorf("%q and %q have the same shape %q", tc.a, tc.b, sa)
		}
	}
}

// shapePlan is a plan whose every string a project chooses (workspace
// directory, package names, versions, path-package directories, a replaced
// source's name, target names, features, profile, descriptions, env and
// rustflags, the test runs' labels and reruns) carries s. Sibling names
// keep distinct first characters, so s never changes the order in which
// the emitter sorts them.
func shapePlan(s string) *plan.Plan {
	root := "/src/ws" + s
	profile := testProfile(`{"name":"dev","opt_level":"0","lto":"false","debuginfo":2,"debug_assertions":true,"overflow_checks":true,"panic":"unwind","strip":{"deferred":"None"}}`)
	files := map[string]*cargo.FileName{"rlib": {Prefix: "lib", Suffix: ".rlib"}, "bin": {}}
	p := &plan.Plan{
		Version:   plan.Version,
		Toolchain: plan.Toolchain{Release: "1.95.0" + s, Host: "x86_64-unknown-linux-gnu", VerboseVersion: "rustc 1.95.0" + s, Sysroot: "/opt/rust", Rustc: "/opt/rust/bin/rustc"},
		Platforms: map[string]*plan.Platform{"host": {Triple: "x86_64-unknown-linux-gnu", FileNames: files,
			Cfg: []string{"unix", `target_os="linux` + s + `"`}, Rustflags: []string{"--cfg", "x" + s}}},
		Workspace: plan.Workspace{Root: root, Members: []int{0}, Profile: "dev" + s, ProfileRoot: "debug", ProfileDir: "debug" + s},
		Config:    plan.Config{Env: map[string]cargo.EnvValue{"LIBNIX_X": {Value: s}}},
	}
	app := "app" + s
	vendor := filepath.Join(root, "vendor", "dep"+s)
	p.Packages = []*plan.Package{
		{Name: app, Version: "0.1.0" + s, Source: plan.Source{Kind: "path", Path: "crates/a" + s}, ManifestDir: "crates/a" + s, Local: true,
			Edition: "2021", Features: []string{"default", "f" + s}, Links: ptr("l" + s),
			Env: map[string]string{"CARGO_PKG_NAME": app, "CARGO_PKG_DESCRIPTION": "d" + s}},
		{Name: "dep" + s, Version: "1.0.0" + s, ManifestDir: vendor, Edition: "2021",
			Source: plan.Source{Kind: "registry", ID: "registry+https://github.com/rust-lang/crates.io-index",
				Replaced: &cargo.Replacement{Name: "vendored" + s}},
			Env: map[string]string{"CARGO_PKG_NAME": "dep" + s}},
	}
	target := func(name, kind, src string) plan.Target {
		ct := kind
		if kind == "lib" {
			ct = "lib"
		}
		if kind == "custom-build" {
			ct = "bin"
		}
		return plan.Target{Name: name, CrateName: strings.ReplaceAll(name, "-", "_"), Kind: []string{kind}, CrateTypes: []string{ct},
			SrcPath: src + s + ".rs", Edition: "2021", Harness: true}
	}
	id := func(i int) string { return fmt.Sprintf("%032x", i+1) }
	dep := func(i int, name string) plan.Dep { return plan.Dep{Index: i, ID: id(i), ExternCrateName: name} }
	p.Units = []*plan.Unit{
		{Package: 1, Kind: plan.KindLib, Target: target("dep"+s, "lib", "src/lib"), Mode: "build"},
		{Package: 0, Kind: plan.KindBuildScriptCompile, Target: target("build-script-build", "custom-build", "build"), Mode: "build"},
		{Package: 0, Kind: plan.KindBuildScriptRun, Target: target("build-script-build", "custom-build", "build"), Mode: "run-custom-build",
			Deps: []plan.Dep{dep(1, "build_script_build")}},
		{Package: 0, Kind: plan.KindLib, Target: target("a"+s, "lib", "src/lib"), Mode: "build",
			Deps: []plan.Dep{dep(0, "dep"), dep(2, "build_script_build")}},
		{Package: 0, Kind: plan.KindBin, Target: target("m"+s, "bin", "src/main"), Mode: "build",
			Deps: []plan.Dep{dep(0, "dep"), dep(2, "build_script_build"), dep(3, "a")}, Root: true},
		{Package: 0, Kind: plan.KindTest, Target: target("t"+s, "test", "tests/t"), Mode: "test",
			Deps: []plan.Dep{dep(0, "dep"), dep(2, "build_script_build"), dep(3, "a"), dep(4, "m")}, Root: true},
		{Package: 0, Kind: plan.KindDoctest, Target: target("a"+s, "lib", "src/lib"), Mode: plan.ModeDoctest,
			Deps: []plan.Dep{dep(0, "dep"), dep(2, "build_script_build"), dep(3, "a")}, Root: true},
	}
	for i, u := range p.Units {
		u.ID, u.Profile, u.CompileKind, u.Features = id(i), profile, "host", []string{"f" + s}
	}
	p.Packages[0].Targets = []plan.Target{p.Units[3].Target, p.Units[4].Target, p.Units[5].Target, p.Units[1].Target}
	p.Packages[1].Targets = []plan.Target{p.Units[0].Target}
	p.Roots = []int{4, 5, 6}
	return p
}

// planFile reports whether an emitted file is written from the plan (the
// builder library lib.nix is the same for every plan).
func planFile(name string) bool { return strings.HasSuffix(name, ".nix") && name != "lib.nix" }

func ptr[T any](v T) *T { return &v }

// shapeOfEmit emits p and returns each .nix file's shape, by file name.
func shapeOfEmit(t *testing.T, p *plan.Plan) (map[string]string, map[string][]byte, error) {
	files, err := Emit(p, Options{LinkerVersion: "cc 12", BuildrsParse: []byte("x")})
	if err != nil {
		return nil, nil, err
	}
	shapes := map[string]string{}
	for name, data := range files {
		if !planFile(name) {
			continue
		}
		if shapes[name], err = nixShape(string(data)); err != nil {
			t.Fatalf("%s does not lex: %v\n%s", name, err, data)
		}
	}
	return shapes, files, nil
}

// shapeSeeds are the strings the shape tests and the fuzz corpus start
// from: the three vectors the probe found, and every escape a context has.
var shapeSeeds = append([]string{
	"\nassert builtins.trace \"INJECTED\" true; #",
	"\rassert builtins.trace \"INJECTED\" true; #",
	"\n}; x = builtins.readFile /etc/shadow; y = {",
	"\u2028 \x85 \x00",
	"*/ /* ''",
	"\"; x = \"",
	"${builtins.trace \"INJECTED\" 1}",
}, hostile...)

// FuzzEmitShape: whatever the project's strings are, every file nix-emit
// writes has the structure of the one written for plain strings.
func FuzzEmitShape(f *testing.F) {
	for _, s := range shapeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _, err := shapeOfEmit(t, shapePlan(""))
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := shapeOfEmit(t, shapePlan(s))
		if err != nil {
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		for name, sh := range want {
			if got[name] != sh {
				t.Fatalf("%s: shape with %q:\n%s\nwant:\n%s", name, s, got[name], sh)
			}
		}
	})
}

// TestEmitShapeNix checks the same with Nix's own parser: for every seed,
// `nix-instantiate --parse` of each emitted file has the shape of the
// plain plan's file.
func TestEmitShapeNix(t *testing.T) {
	testenv.NeedNix(t)
	parsed := func(p *plan.Plan) map[string]string {
		t.Helper()
		_, files, err := shapeOfEmit(t, p)
		if err != nil {
			return nil
		}
		dir := t.TempDir()
		if _, err := WriteDir(dir, files); err != nil {
			t.Fatal(err)
		}
		shapes := map[string]string{}
		for name := range files {
			if !planFile(name) {
				continue
			}
			var stderr bytes.Buffer
			cmd := exec.Command("nix-instantiate", "--parse", filepath.Join(dir, name))
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("nix-instantiate --parse %s: %v: %s", name, err, stderr.String())
			}
			if shapes[name], err = nixShape(string(out)); err != nil {
				t.Fatalf("parse of %s does not lex: %v\n%s", name, err, out)
			}
		}
		return shapes
	}
	want := parsed(shapePlan(""))
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, s := range shapeSeeds {
		got := parsed(shapePlan(s))
		if got == nil {
			continue // refused, as a NUL is
		}
		for _, n := range names {
			if got[n] != want[n] {
				t.Errorf("%s with %q: Nix parses\n%s\nwant\n%s", n, s, got[n], want[n])
			}
		}
	}
	if _, err := os.Stat("/tmp/libnix-pwned"); err == nil {
		t.Error("a string ran as shell code")
	}
}
