package install

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/golden"
)

// The package IDs of the projects testdata/cargo/record.sh installed.
const (
	appOld = "app 0.0.9 (path+file:///tmp/s22i/p/appold)"
	app    = "app 0.1.0 (path+file:///tmp/s22i/p/app)"
	appV2  = "app 0.2.0 (path+file:///tmp/s22i/p/appv2)"
	multi  = "multi 1.2.3-beta.1 (path+file:///tmp/s22i/p/multi)"
	other  = "other 2.0.0 (path+file:///tmp/s22i/p/other)"
)

// run is one recorded step replayed through the package, as the driver
// would call it.
type run struct {
	root, store string
	out         bytes.Buffer
	keeps       []string
}

func (r *run) pkg(id string, bins ...string) Package {
	rustc, err := os.ReadFile("testdata/rustc-vV.txt")
	if err != nil {
		panic(err)
	}
	p := Package{ID: id, Bins: map[string]string{}, Profile: "release", Target: "x86_64-unknown-linux-gnu", Rustc: string(rustc)}
	name, _, _ := strings.Cut(id, " ")
	for _, b := range bins {
		// A fake store path per package and binary.
		target := filepath.Join(r.store, gcName(mustID(id))+"-bin", "bin", b)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(target, []byte(name), 0o755); err != nil {
			panic(err)
		}
		p.Bins[b] = target
	}
	return p
}

func (r *run) keep(name string, targets []string) error {
	shown := make([]string, len(targets))
	for i, t := range targets {
		shown[i] = strings.Replace(t, r.store, "$STORE", 1)
	}
	r.keeps = append(r.keeps, fmt.Sprintf("%s %v", name, shown))
	return nil
}

func (r *run) install(p Package, force, quiet bool, path string) error {
	var sh Shell = Plain(&r.out)
	if quiet {
		sh = nil
	}
	if err := Begin(r.root, p, force, sh); err != nil {
		return err
	}
	return Install(r.root, p, force, path, r.keep, sh)
}

func mustID(s string) pkgID {
	id, err := parseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// TestCargoRecording replays testdata/cargo/record.sh's steps: each
// step's messages, error, tracking files and bin/ must be what cargo 1.95
// printed and wrote. The GC roots asked for are a golden file.
func TestCargoRecording(t *testing.T) {
	r := &run{root: filepath.Join(t.TempDir(), "root"), store: t.TempDir()}
	noPath := "/usr/bin:/bin"
	steps := []func() error{
		func() error { return r.install(r.pkg(appOld, "app", "extra"), false, false, noPath) },
		func() error { return r.install(r.pkg(app, "app"), false, false, noPath) },
		func() error {
			p := r.pkg(app, "app")
			p.AllFeatures = true
			return r.install(p, false, false, noPath)
		},
		func() error {
			p := r.pkg(multi, "main1", "other-bin")
			p.Features, p.NoDefaultFeatures = []string{"f2", "f1"}, true
			return r.install(p, false, false, noPath)
		},
		func() error { return r.install(r.pkg(other, "app"), false, false, noPath) },
		func() error { return r.install(r.pkg(other, "app"), true, false, noPath) },
		func() error { return List(r.root, &r.out) },
		func() error { return Uninstall(r.root, "nope", nil, r.keep, Plain(&r.out)) },
		func() error { return Uninstall(r.root, "mult", nil, r.keep, Plain(&r.out)) },
		func() error { return Uninstall(r.root, "multi", []string{"nope"}, r.keep, Plain(&r.out)) },
		func() error { return Uninstall(r.root, "multi", []string{"main1"}, r.keep, Plain(&r.out)) },
		func() error {
			return r.install(r.pkg(multi, "main1", "other-bin"), false, false, r.root+"/bin:"+noPath)
		},
		func() error { return r.install(r.pkg(appV2, "app"), false, true, noPath) },
		func() error { return Uninstall(r.root, "multi@1.2.3-beta.1", nil, r.keep, Plain(&r.out)) },
		func() error { return Uninstall(r.root, "app", nil, r.keep, Plain(&r.out)) },
		func() error { return Uninstall(r.root, "other", nil, r.keep, Plain(&r.out)) },
	}
	for i, step := range steps {
		base := fmt.Sprintf("testdata/cargo/%02d", i+1)
		want := read(t, base+".txt")
		cmd, _, _ := strings.Cut(want, "\n")
		r.out.Reset()
		r.keeps = append(r.keeps, cmd)
		err := step()
		got := cmd + "\n" + r.out.String()
		if err != nil {
			got += "error: " + err.Error() + "\nexit 101\n"
		} else {
			got += "exit 0\n"
		}
		got = strings.ReplaceAll(got, r.root, "$ROOT")
		if got != want {
			t.Errorf("step %d: got\n%s\nwant (cargo)\n%s", i+1, got, want)
		}
		for _, f := range []string{".crates.toml", ".crates2.json"} {
			if g, w := read(t, filepath.Join(r.root, f)), read(t, base+f); g != w {
				t.Errorf("step %d: %s is\n%s\ncargo wrote\n%s", i+1, f, g, w)
			}
		}
		if g, w := binDirNames(t, r.root), read(t, base+".bin"); g != w {
			t.Errorf("step %d: bin/ holds %q, cargo's %q", i+1, g, w)
		}
	}
	golden.Check(t, "testdata/keep.txt", []byte(strings.Join(r.keeps, "\n")+"\n"))
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// binDirNames lists bin/ as record.sh's `ls`, checking that every entry
// is a link to a file (no staging left behind).
func binDirNames(t *testing.T, root string) string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(root, "bin"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range entries {
		path := filepath.Join(root, "bin", e.Name())
		if e.Type()&os.ModeSymlink == 0 {
			t.Errorf("%s is not a link", path)
		} else if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		b.WriteString(e.Name() + "\n")
	}
	return b.String()
}

// TestEscapes: cargo's percent-encoded keys and build metadata, recorded
// (record.sh), are listed as cargo does and rewritten unchanged.
func TestEscapes(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{".crates.toml", ".crates2.json"} {
		copyFile(t, "testdata/cargo/escapes"+f, filepath.Join(root, f))
	}
	var out bytes.Buffer
	if err := List(root, &out); err != nil {
		t.Fatal(err)
	}
	want := read(t, "testdata/cargo/escapes.list.txt")
	if got := "$ cargo install --list --root $ROOT\n" + out.String() + "exit 0\n"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	tr, err := openTracker(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.close()
	if err := tr.save(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{".crates.toml", ".crates2.json"} {
		if g, w := read(t, filepath.Join(root, f)), read(t, "testdata/cargo/escapes"+f); g != w {
			t.Errorf("%s rewritten as\n%s\nwant\n%s", f, g, w)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	writeFile(t, to, read(t, from))
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestForeignBinary: a file in bin/ no package installed is cargo's
// conflict without --force and "unknown" with it; the file is replaced by
// the link.
func TestForeignBinary(t *testing.T) {
	r := &run{root: t.TempDir(), store: t.TempDir()}
	if err := os.MkdirAll(filepath.Join(r.root, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(r.root, "bin", "app"), nil, 0o755); err != nil {
		t.Fatal(err)
	}
	err := r.install(r.pkg(app, "app"), false, false, "")
	if want := "binary `app` already exists in destination\nAdd --force to overwrite"; err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
	if err := r.install(r.pkg(app, "app"), true, false, r.root+"/bin/"); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/foreign.txt", []byte(strings.ReplaceAll(r.out.String(), r.root, "$ROOT")))
	if target, err := os.Readlink(filepath.Join(r.root, "bin", "app")); err != nil || !strings.HasPrefix(target, r.store) {
		t.Errorf("bin/app links to %q (%v)", target, err)
	}
}

// TestForwardCompat: keys a newer cargo writes are kept, as cargo keeps
// them (serde flatten into a map: sorted after the known fields).
func TestForwardCompat(t *testing.T) {
	root := t.TempDir()
	v1 := "[v1]\n\"" + app + "\" = [\"app\"]\n"
	v2 := `{"zeta":[1,{"b":true,"a":null}],"installs":{"` + app + `":{"version_req":"^0.1","bins":["app"],"features":[],"all_features":false,"no_default_features":false,"profile":"release","new":"x\u2028<>"}},"alpha":1}`
	writeFile(t, filepath.Join(root, ".crates.toml"), v1)
	writeFile(t, filepath.Join(root, ".crates2.json"), v2)
	tr, err := openTracker(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.close()
	golden.Check(t, "testdata/forward.crates2.json", tr.v2Bytes())
}

// TestMalformed: a broken tracking file is one line naming it.
func TestMalformed(t *testing.T) {
	for _, tc := range []struct{ name, v1, v2, want string }{
		{"toml syntax", "[v1\n", "", "failed to parse crate metadata at `ROOT/.crates.toml`: invalid TOML found for metadata: toml: line 2: expected '.' or ']' to end table name, but got '\\n' instead"},
		{"no v1", "[v2]\n", "", "failed to parse crate metadata at `ROOT/.crates.toml`: missing field `v1`"},
		{"bad key", "[v1]\n\"app\" = [\"app\"]\n", "", "failed to parse crate metadata at `ROOT/.crates.toml`: invalid serialized PackageId \"app\""},
		{"bad version", "[v1]\n\"app 1.x (path+file:///a)\" = [\"app\"]\n", "", "failed to parse crate metadata at `ROOT/.crates.toml`: invalid serialized PackageId \"app 1.x (path+file:///a)\": invalid version \"1.x\""},
		{"bins not strings", "[v1]\n\"" + app + "\" = [1]\n", "", "failed to parse crate metadata at `ROOT/.crates.toml`: a binary of \"" + app + "\" is not a string"},
		{"json syntax", "", "{\"installs\":", "failed to parse crate metadata at `ROOT/.crates2.json`: invalid JSON found for metadata: unexpected EOF"},
		{"no installs", "", "{}", "failed to parse crate metadata at `ROOT/.crates2.json`: missing field `installs`"},
		{"trailing", "", "{\"installs\":{}} x", "failed to parse crate metadata at `ROOT/.crates2.json`: invalid JSON found for metadata: trailing characters"},
		{"missing field", "", `{"installs":{"` + app + `":{"bins":[]}}}`, "failed to parse crate metadata at `ROOT/.crates2.json`: " + app + ": missing field `features`"},
		{"multi-line", "", "{\"installs\":{\"a\nb\":1}}", "failed to parse crate metadata at `ROOT/.crates2.json`: invalid JSON found for metadata: invalid character '\\n' in string literal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			writeFile(t, filepath.Join(root, ".crates.toml"), tc.v1)
			writeFile(t, filepath.Join(root, ".crates2.json"), tc.v2)
			err := List(root, &bytes.Buffer{})
			if err == nil {
				t.Fatal("no error")
			}
			if got := strings.ReplaceAll(err.Error(), root, "ROOT"); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestRoot(t *testing.T) {
	for _, tc := range []struct {
		flag, config string
		env          map[string]string
		want         string
	}{
		{"/f", "/c", map[string]string{"CARGO_INSTALL_ROOT": "/e", "CARGO_HOME": "/h"}, "/f"},
		{"", "/c", map[string]string{"CARGO_INSTALL_ROOT": "/e", "CARGO_HOME": "/h"}, "/e"},
		{"", "/c", map[string]string{"CARGO_HOME": "/h"}, "/c"},
		{"", "", map[string]string{"CARGO_HOME": "/h", "HOME": "/home/u"}, "/h"},
		{"", "", map[string]string{"CARGO_HOME": "", "HOME": "/home/u"}, "/home/u/.cargo"},
		{"", "", map[string]string{}, "error"},
	} {
		got, err := Root(tc.flag, tc.config, func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok })
		if err != nil {
			got = "error"
		}
		if got != tc.want {
			t.Errorf("Root(%q, %q, %v) = %q, want %q", tc.flag, tc.config, tc.env, got, tc.want)
		}
	}
}

func TestOnPath(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"/r/bin", true},
		{"/usr/bin:/r/bin/", true},
		{"//r/./bin", true},
		{"/r/x/../bin", false}, // Rust's Path equality keeps ".."
		{"r/bin", false},
		{"", false},
	} {
		if got := onPath("/r/bin", tc.path); got != tc.want {
			t.Errorf("onPath(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// TestQuery: cargo's matching of uninstall's spec and its errors.
func TestQuery(t *testing.T) {
	ids := []pkgID{mustID(appOld), mustID(app), mustID("app 0.1.0 (git+https://example.com/x/app?branch=b#0123456789abcdef)"), mustID(multi)}
	for _, tc := range []struct{ spec, want string }{
		{"multi", multi},
		{"multi@1", "package ID specification `multi@1` did not match any packages\n\nhelp: a package with a similar name exists: `multi`"},
		{"multi@1.2.3-beta.1", multi},
		{"multi:1.2.3-beta.1", multi},
		{"app@0.0", appOld},
		{"app@0.1", "specificationm `app@0.1` is ambiguous\nhelp: re-run this command with one of the following specifications\n  path+file:///tmp/s22i/p/app#0.1.0\n  git+https://example.com/x/app?branch=b#0.1.0"},
		{"app", "specificationm `app` is ambiguous\nhelp: re-run this command with one of the following specifications\n  app@0.0.9\n  path+file:///tmp/s22i/p/app#0.1.0\n  git+https://example.com/x/app?branch=b#0.1.0"},
		{"path+file:///tmp/s22i/p/app", app},
		{"path+file:///tmp/s22i/p/appold#app@0.0.9", appOld},
		{"file:///tmp/s22i/p/app#0.1.0", app},
		{"path+file:///tmp/s22i/p/nowhere#app@0.0.9", "package ID specification `path+file:///tmp/s22i/p/nowhere#app@0.0.9` did not match any packages\nhelp: there are similar package ID specifications:\n  app@0.0.9"},
		{"app@9.9.9", "package ID specification `app@9.9.9` did not match any packages\nhelp: there are similar package ID specifications:\n  app@0.0.9\n  path+file:///tmp/s22i/p/app#0.1.0\n  git+https://example.com/x/app?branch=b#0.1.0"},
		{"Mlti", "package ID specification `Mlti` did not match any packages\n\nhelp: a package with a similar name exists: `multi`"},
		{"zzzzzzz", "package ID specification `zzzzzzz` did not match any packages"},
		{"a b", "invalid package ID specification: `a b`"},
		{"app@x", "invalid package ID specification: `app@x`"},
	} {
		sp, err := parseSpec(tc.spec)
		var got string
		if err == nil {
			var id pkgID
			id, err = sp.query(ids)
			got = id.raw
		}
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.spec, got, tc.want)
		}
	}
}

// TestOrder: package ids sort as cargo's PackageId (semver, then source).
func TestOrder(t *testing.T) {
	sorted := []string{
		"a 1.0.0 (path+file:///z)",
		"b 0.9.0 (path+file:///a)",
		"b 1.0.0-alpha (path+file:///a)",
		"b 1.0.0-alpha.1 (path+file:///a)",
		"b 1.0.0-alpha.beta (path+file:///a)",
		"b 1.0.0-beta.2 (path+file:///a)",
		"b 1.0.0-beta.11 (path+file:///a)",
		"b 1.0.0 (git+https://x/b#1)",
		"b 1.0.0 (path+file:///a)",
		"b 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)",
		"b 1.0.0 (sparse+https://index.crates.io/)",
		"b 1.0.0+build (path+file:///a)",
		"b 10.0.0 (path+file:///a)",
	}
	ids := make([]pkgID, len(sorted))
	for i, s := range sorted {
		ids[len(ids)-1-i] = mustID(s)
	}
	slices.SortFunc(ids, pkgID.compare)
	for i, id := range ids {
		if id.raw != sorted[i] {
			t.Errorf("position %d: %s, want %s", i, id.raw, sorted[i])
		}
	}
	for _, tc := range [][2]string{
		{"b 1.0.0 (registry+https://github.com/rust-lang/crates.io-index)", "b v1.0.0"},
		{"b 1.0.0 (sparse+https://index.crates.io/)", "b v1.0.0"},
		{"b 1.0.0 (git+https://x/b?tag=v1#0123456789abcdef)", "b v1.0.0 (https://x/b?tag=v1#01234567)"},
		{"b 1.0.0 (path+file:///a/%C3%BC%20y)", "b v1.0.0 (/a/ü y)"},
	} {
		if got := mustID(tc[0]).String(); got != tc[1] {
			t.Errorf("%s displays as %q, want %q", tc[0], got, tc[1])
		}
	}
}

// FuzzTracker: reading never panics, and what is read is written so
// that reading it again writes the same bytes.
func FuzzTracker(f *testing.F) {
	for _, name := range []string{"04", "06", "16", "escapes"} {
		v1, _ := os.ReadFile("testdata/cargo/" + name + ".crates.toml")
		v2, _ := os.ReadFile("testdata/cargo/" + name + ".crates2.json")
		f.Add(v1, v2)
	}
	f.Add([]byte("[v1]\n\"a 1.0.0 (path+file:///a)\" = [\"x\", \"x\"]\n"), []byte(`{"installs":{},"k":[1.5e3,"\u0001"]}`))
	f.Fuzz(func(t *testing.T, v1, v2 []byte) {
		tr := &tracker{}
		if tr.readV1(v1) != nil || tr.readV2(v2) != nil {
			return
		}
		b1, b2 := tr.v1Bytes(), tr.v2Bytes()
		again := &tracker{}
		if err := again.readV1(b1); err != nil {
			t.Fatalf("re-reading %q: %v", b1, err)
		}
		if err := again.readV2(b2); err != nil {
			t.Fatalf("re-reading %q: %v", b2, err)
		}
		if c1, c2 := again.v1Bytes(), again.v2Bytes(); !bytes.Equal(b1, c1) || !bytes.Equal(b2, c2) {
			t.Fatalf("not stable:\n%s\n%s\nthen\n%s\n%s", b1, b2, c1, c2)
		}
	})
}

// TestLock: another process holding cargo's lock on .crates.toml makes
// libnix wait, saying so as cargo does.
func TestLock(t *testing.T) {
	root := t.TempDir()
	held, err := lockFile(filepath.Join(root, ".crates.toml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	sh := chanShell(make(chan string, 2))
	done := make(chan error)
	go func() { done <- Begin(root, Package{ID: app, Bins: map[string]string{"app": "/x"}}, false, sh) }()
	if got, want := <-sh, "Blocking waiting for file lock on crate metadata"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	held.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got, want := <-sh, "Installing app v0.1.0 (/tmp/s22i/p/app)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

type chanShell chan string

func (c chanShell) Status(word, msg string) { c <- word + " " + msg }
func (c chanShell) Warn(msg string)         { c <- "warning: " + msg }

func TestPathID(t *testing.T) {
	for _, tc := range [][4]string{
		{"app", "0.1.0", "/tmp/s22i/p/app", app},
		{"n4b0e", "0.1.0+build.5", "/tmp/s22i/p2/ü y", "n4b0e 0.1.0+build.5 (path+file:///tmp/s22i/p2/%C3%BC%20y)"},
		{"nbbf3", "0.1.0+build.5", "/tmp/s22i/p2/d\"q", "nbbf3 0.1.0+build.5 (path+file:///tmp/s22i/p2/d%22q)"},
		{"nc127", "0.1.0+build.5", "/tmp/s22i/p2/q'x", "nc127 0.1.0+build.5 (path+file:///tmp/s22i/p2/q'x)"},
	} {
		if got := PathID(tc[0], tc[1], tc[2]); got != tc[3] {
			t.Errorf("PathID(%q, %q, %q) = %q, want %q", tc[0], tc[1], tc[2], got, tc[3])
		}
	}
}
