package buildscript

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/golden"
)

// realPackages describes the packages whose real build-script outputs are in
// testdata/outputs: the demo project's dependencies (as in
// demo-cargo-build-v.log and Debian's registry) and the prototype's test
// outputs (openssl-sys, libsqlite3-sys and small made-up ones).
var realPackages = map[string]Package{
	"anyhow":                {Name: "anyhow", Version: "1.0.69", RustVersion: mustRV("1.39")},
	"crc32fast":             {Name: "crc32fast", Version: "1.3.2"},
	"libc":                  {Name: "libc", Version: "0.2.139"},
	"libz-sys":              {Name: "libz-sys", Version: "1.1.8", Links: "z"},
	"memchr":                {Name: "memchr", Version: "2.5.0"},
	"openssl":               {Name: "openssl", Version: "0.10.45"},
	"openssl-sys":           {Name: "openssl-sys", Version: "0.9.80", Links: "openssl"},
	"proc-macro-error":      {Name: "proc-macro-error", Version: "1.0.3"},
	"proc-macro-error-attr": {Name: "proc-macro-error-attr", Version: "1.0.3"},
	"proc-macro2":           {Name: "proc-macro2", Version: "1.0.47", RustVersion: mustRV("1.31")},
	"quote":                 {Name: "quote", Version: "1.0.21", RustVersion: mustRV("1.31")},
	"ryu":                   {Name: "ryu", Version: "1.0.2"},
	"serde":                 {Name: "serde", Version: "1.0.152", RustVersion: mustRV("1.13")},
	"serde_derive":          {Name: "serde_derive", Version: "1.0.152", RustVersion: mustRV("1.31")},
	"serde_json":            {Name: "serde_json", Version: "1.0.87", RustVersion: mustRV("1.36")},
	"syn":                   {Name: "syn", Version: "1.0.107", RustVersion: mustRV("1.31")},
	// Recorded with cargo 1.95 for this test (a local package): OUT_DIR
	// paths, every arg kind, and the order cargo passes them in.
	"order-check": {Name: "order-check", Version: "0.1.0", Links: "ordercheck",
		OutDirWhenRun: "/tmp/bx/order/target/debug/build/order-check-3d2ab7a0b8eebd0c/out"},
	"prototype-output1": {Name: "libc", Version: "0.2.169"},
	"prototype-output2": {Name: "fast", Version: "0.1.0"},
	"prototype-output3": {Name: "libsqlite3-sys", Version: "0.30.1", Links: "sqlite3"},
	"prototype-output4": {Name: "libsqlite3-sys", Version: "0.30.1", Links: "sqlite3"},
	"prototype-output5": {Name: "openssl-sys", Version: "0.9.106", Links: "openssl"},
	"prototype-output6": {Name: "versioned", Version: "1.2.3", Links: "versioned"},
	"prototype-output7": {Name: "libsqlite3-sys", Version: "0.30.1", Links: "sqlite3", HasBenches: true},
}

func mustRV(s string) *RustVersion {
	v, err := ParseRustVersion(s)
	if err != nil {
		panic(err)
	}
	return &v
}

// testOutDir stands for the run derivation's OUT_DIR.
const testOutDir = "/nix/store/00000000000000000000000000000000-run/out"

func realPackage(t *testing.T, name string) *Package {
	p, ok := realPackages[name]
	if !ok {
		t.Fatalf("no package for testdata/outputs/%s.output in realPackages", name)
	}
	p.LibName = strings.ReplaceAll(p.Name, "-", "_")
	p.OutDir = testOutDir
	return &p
}

// TestRealOutputs parses every real output; the golden file holds stderr
// and the JSON form.
func TestRealOutputs(t *testing.T) {
	paths, err := filepath.Glob("testdata/outputs/*.output")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no outputs: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".output")
		t.Run(name, func(t *testing.T) {
			input, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r := &ScriptRun{Package: realPackage(t, name), Name: path, Stdout: input}
			res := process(t, r, Options{JSON: true})
			if !res.failed && !bytes.Equal(res.json, []byte(res.stdout)) {
				t.Errorf("output.json differs from --format json")
			}
			golden.Check(t, filepath.Join("testdata", "golden", name+".txt"), []byte("--- stderr\n"+res.stderr+"--- stdout\n"+res.stdout))
		})
	}
}

// outDirRE matches the OUT_DIR of a build-script run in cargo's logs.
var outDirRE = regexp.MustCompile(`/\S*?/target/debug/build/[^/\s]+/out`)

// TestDemoAgainstCargo checks that the argument files give exactly the
// script-derived arguments cargo passed to each crate's lib compile
// (testdata/demo/<pkg>.args, from `cargo build -v`: the arguments after
// cargo's own `-L dependency=` and `--cap-lints`). OUT_DIRs differ between
// cargo's run and ours, so both sides are compared with $OUT_DIR in their place.
func TestDemoAgainstCargo(t *testing.T) {
	paths, err := filepath.Glob("testdata/demo/*.args")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no demo args: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".args")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(outDirRE.ReplaceAllString(string(data), "$$OUT_DIR"), "\n")
			want = want[:len(want)-1]
			input, err := os.ReadFile(filepath.Join("testdata", "outputs", name+".output"))
			if err != nil {
				t.Fatal(err)
			}
			res := process(t, &ScriptRun{Package: realPackage(t, name), Name: name, Stdout: input}, Options{})
			if res.failed {
				t.Fatalf("failed: %s", res.stderr)
			}
			// A lib compile's order: -L (own OUT_DIR first), -l, link args, --cfg, --check-cfg.
			var got []string
			for _, f := range []string{"link-search-outdir", "link-search-other", "link-lib", "link-arg.lib", "rustc-args"} {
				for _, a := range res.view[f] {
					got = append(got, strings.ReplaceAll(a, testOutDir, "$OUT_DIR"))
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("args:\n%q\ncargo passed:\n%q", got, want)
			}
		})
	}
}
