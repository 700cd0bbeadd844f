package buildscript

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzPackage varies the package context with the bits of k.
func fuzzPackage(k byte) *Package {
	p := &Package{Name: "fz", Version: "1.0.0", OutDir: "/o/out"}
	if k&1 != 0 {
		p.Links = "fz-sys"
	}
	if k&2 != 0 {
		p.Bins = []string{"a", "b"}
	}
	if k&4 != 0 {
		p.RustVersion = mustRV("1.70")
	}
	if k&8 != 0 {
		p.OutDirWhenRun = "/tmp/out"
	}
	p.HasCdylib, p.HasTests, p.Nightly = k&16 != 0, k&32 != 0, k&64 != 0
	return p
}

func FuzzParse(f *testing.F) {
	for _, c := range parseCases {
		f.Add([]byte(c.input), byte(0))
		f.Add([]byte(c.input), byte(0xff))
	}
	// Output that is not text: NUL and invalid UTF-8 inside and between instructions.
	f.Add([]byte("cargo::warning=bad \xff byte\x00 nul\n\xfe\xff\ncargo::rustc-cfg=a\x00b\ncargo::rustc-cfg=ok\n"), byte(0))
	paths, _ := filepath.Glob("testdata/outputs/*.output")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, byte(1))
	}
	f.Fuzz(func(t *testing.T, input []byte, k byte) {
		p := fuzzPackage(k)
		out, err := Parse(input, p)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		// Lines the parser may have used: valid UTF-8 ones, with the rewrite applied.
		var lines []string
		for chunk := range bytes.SplitSeq(input, []byte{'\n'}) {
			if utf8.Valid(chunk) {
				l := string(chunk)
				if p.OutDirWhenRun != "" {
					l = strings.ReplaceAll(l, p.OutDirWhenRun, p.OutDir)
				}
				lines = append(lines, l)
			}
		}
		cameFrom := func(what, instr, value string) {
			t.Helper()
			if strings.Contains(value, "\n") {
				t.Fatalf("%s %q contains a newline", what, value)
			}
			if !slices.ContainsFunc(lines, func(l string) bool {
				return strings.Contains(l, instr) && strings.Contains(l, value)
			}) {
				t.Fatalf("%s %q came from no line containing %q and it", what, value, instr)
			}
		}
		for _, c := range out.Cfgs {
			cameFrom("cfg", "rustc-cfg=", c)
		}
		for _, c := range out.CheckCfgs {
			cameFrom("check-cfg", "rustc-check-cfg=", c)
		}
		for _, e := range out.Env {
			cameFrom("env", "rustc-env=", e.Key+"="+e.Value)
			if e.Key == "RUSTC_BOOTSTRAP" {
				t.Fatal("RUSTC_BOOTSTRAP accepted into env")
			}
		}
		for _, l := range out.LinkLibs {
			cameFrom("link lib", "rustc-", l)
		}
		for _, a := range out.LinkArgs {
			cameFrom("link arg", "rustc-", a.Arg)
			if a.Kind == LinkBin && !slices.Contains(p.Bins, a.Bin) {
				t.Fatalf("link arg for unknown bin %q", a.Bin)
			}
		}
		for _, m := range out.Metadata {
			cameFrom("metadata", "cargo:", m.Key+"="+m.Value)
		}
		var stdout, stderr bytes.Buffer
		r := &ScriptRun{Package: p, Name: "fuzz", Stdout: input}
		if err := Process(r, Options{JSON: true, ProtocolUnit: "u"}, &stdout, &stderr); err == nil && !json.Valid(stdout.Bytes()) {
			t.Fatalf("invalid JSON: %s", stdout.Bytes())
		}
		for _, l := range strings.Split(stderr.String(), "\n") {
			if js, ok := strings.CutPrefix(l, "@cargo "); ok && !json.Valid([]byte(js)) {
				t.Fatalf("invalid protocol line %q", l)
			}
		}
		for name, recs := range out.Records(p) {
			if data, err := EncodeRecords(recs); err == nil && !slices.Equal(DecodeRecords(data), recs) {
				t.Fatalf("%s does not round-trip", name)
			}
		}
	})
}

func FuzzArgFileRoundTrip(f *testing.F) {
	bash, _ := exec.LookPath("bash")
	for _, s := range []string{"", "a", "a\x00b", "\x00", "\x00\x00", "$(touch x)\x00`id`\x00 \n\r\t\\", allBytes(), "é\x00\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		records := strings.Split(s, "\x00")
		data, err := EncodeRecords(records)
		if err != nil {
			t.Fatalf("EncodeRecords: %v", err)
		}
		if got := DecodeRecords(data); !slices.Equal(got, records) {
			t.Fatalf("Go reader: %q, want %q", got, records)
		}
		if _, err := EncodeRecords([]string{"x\x00" + s}); err == nil {
			t.Fatal("a NUL inside a record was accepted")
		}
		// The Go reader mirrors mapfile also on files the writer never makes.
		if bash != "" {
			for _, raw := range [][]byte{data, []byte(s)} {
				file := filepath.Join(t.TempDir(), "f")
				if err := os.WriteFile(file, raw, 0o644); err != nil {
					t.Fatal(err)
				}
				out := bashRead(t, bash, file, `printf "%s\0" "${a[@]}"`)
				want, err := EncodeRecords(DecodeRecords(raw))
				if err != nil {
					t.Fatal(err)
				}
				if len(DecodeRecords(raw)) == 0 {
					want = []byte{0} // printf with no arguments prints the format once
				}
				if !bytes.Equal(out, want) {
					t.Fatalf("bash read %q as %q, Go reader as %q", raw, out, want)
				}
			}
		}
	})
}
