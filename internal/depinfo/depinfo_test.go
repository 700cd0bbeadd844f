package depinfo

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func str(s string) *string { return &s }

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Info
	}{
		{
			name: "single target, unset env",
			in:   "out.d: src/lib.rs\n\nsrc/lib.rs:\n\n# env-dep:NOPE\n",
			want: &Info{Files: []string{"src/lib.rs"}, Env: []EnvDep{{Name: "NOPE"}}},
		},
		{
			name: "several targets list the same deps once, in first-seen order",
			in: "a.d: b.rs a.rs\n\nliba.rlib: b.rs a.rs c.rs\n\n" +
				"b.rs:\na.rs:\nc.rs:\n",
			want: &Info{Files: []string{"b.rs", "a.rs", "c.rs"}},
		},
		{
			name: "escaped spaces, also several in a row and leading",
			in:   `out: src/with\ space.rs two\ \ spaces \ lead a\\\ b` + "\n",
			want: &Info{Files: []string{"src/with space.rs", "two  spaces", " lead", `a\\ b`}},
		},
		{
			name: "colon inside a dep and absolute paths",
			in:   "/t/out.rlib: /nix/store/x-src/lib.rs a:b.rs\n/nix/store/x-src/lib.rs:\na:b.rs:\n",
			want: &Info{Files: []string{"/nix/store/x-src/lib.rs", "a:b.rs"}},
		},
		{
			name: "no deps, trailing space as rustc writes it",
			in:   "out.d: \n",
			want: &Info{},
		},
		{
			name: "env escapes and '=' in the value",
			in:   "w.d: w.rs\n\nw.rs:\n\n# env-dep:WEIRD=line1\\nline2\\\\end\\r=x\n# env-dep:EMPTY=\n",
			want: &Info{Files: []string{"w.rs"}, Env: []EnvDep{
				{Name: "WEIRD", Value: str("line1\nline2\\end\r=x")},
				{Name: "EMPTY", Value: str("")},
			}},
		},
		{
			name: "a repeated env-dep with the same value counts once",
			in:   "o: \n# env-dep:A=1\n# env-dep:A=1\n",
			want: &Info{Env: []EnvDep{{Name: "A", Value: str("1")}}},
		},
		{
			name: "CRLF and other comments",
			in:   "o: a.rs\r\n# checksum:sha256=00 file_len:3 a.rs\r\n# env-dep:X=y\r\n",
			want: &Info{Files: []string{"a.rs"}, Env: []EnvDep{{Name: "X", Value: str("y")}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse =\n%s\nwant\n%s", dump(got), dump(tt.want))
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty file", "", `no "target: deps" line`},
		{"only phony lines", "a.rs:\n", `no "target: deps" line`},
		{"no separator", "o: a.rs\nnot a rule\n", `line 2: no ':' after the target in "not a rule"`},
		{"empty target", ": a.rs\n", "line 1: empty target"},
		{"empty phony target", "o: a\n:\n", "line 2: empty target"},
		{"trailing escape", `o: a\` + "\n", `line 1: dep "a\\" ends in an escape with nothing after it`},
		{"empty env name", "o: a\n# env-dep:=v\n", "line 2: env-dep with an empty name"},
		{"unknown env escape", "o: a\n# env-dep:A=\\t\n", `line 2: env-dep A value: unknown escape "\t"`},
		{"unterminated env escape", "o: a\n# env-dep:A\\\n", `line 2: env-dep name: unterminated escape "\"`},
		{"conflicting env", "o: a\n# env-dep:A=1\n# env-dep:A\n", "line 3: env-dep A recorded twice with different values"},
		{"NUL", "o: a\nb\x00:\n", "line 2: NUL byte"},
		{"not UTF-8", "o: \xff\n", "not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse error = %v, want %s", err, tt.want)
			}
		})
	}
}

// TestParseFileRustc reads what rustc 1.95 wrote for a crate with a
// submodule, a module file with a space in its name, include_str!, env! and
// option_env! of an unset variable, compiled with cargo's arguments
// (--emit=dep-info,metadata,link, so three targets).
func TestParseFileRustc(t *testing.T) {
	got, err := ParseFile(filepath.Join("testdata", "depdemo.d"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Info{
		Files: []string{"src/lib.rs", "src/a.rs", "src/with space.rs", "src/../data.txt"},
		Env:   []EnvDep{{Name: "CARGO_PKG_NAME", Value: str("depdemo")}, {Name: "NOPE"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseFile =\n%s\nwant\n%s", dump(got), dump(want))
	}
}

func TestParseFileErrorNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.d")
	if err := os.WriteFile(path, []byte("nonsense\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ParseFile(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+": line 1: ") {
		t.Errorf("ParseFile error = %v, want it to start with %s: line 1: ", err, path)
	}
	if _, err := ParseFile(filepath.Join(t.TempDir(), "missing.d")); err == nil || !strings.Contains(err.Error(), "missing.d") {
		t.Errorf("ParseFile of a missing file: error = %v, want it to name the file", err)
	}
}

// TestWriteMatchesRustc checks the test writer against rustc's own output,
// so that the fuzz round trip tests the format rustc writes.
func TestWriteMatchesRustc(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "depdemo.d"))
	if err != nil {
		t.Fatal(err)
	}
	info, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	targets := []string{
		"/tmp/s21dep/target/debug/deps/depdemo-0123456789abcdef.d",
		"/tmp/s21dep/target/debug/deps/libdepdemo-0123456789abcdef.rlib",
		"/tmp/s21dep/target/debug/deps/libdepdemo-0123456789abcdef.rmeta",
	}
	if got := write(info, targets...); got != string(data) {
		t.Errorf("write =\n%s\nrustc wrote\n%s", got, data)
	}
}

func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "depdemo.d")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("w.d: w.rs\n\nw.rs:\n\n# env-dep:WEIRD=line1\\nline2\\\\end\\r=x\n"))
	f.Add([]byte(`o: a\ b \ c d\\\ e` + "\n# env-dep:N\n"))
	f.Add([]byte("o: a\r\n# checksum:x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := Parse(data)
		if err != nil {
			return
		}
		out := write(info, "out.d")
		again, err := Parse([]byte(out))
		if err != nil {
			t.Fatalf("parsing the rewritten file: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(info, again) {
			t.Fatalf("round trip changed the Info:\n%s\nthen\n%s", dump(info), dump(again))
		}
	})
}

// write writes info as rustc's write_out_deps would, keeping the order of
// info.Env (rustc sorts it).
func write(info *Info, targets ...string) string {
	var b strings.Builder
	deps := make([]string, len(info.Files))
	for i, f := range info.Files {
		deps[i] = strings.ReplaceAll(f, " ", `\ `)
	}
	for _, t := range targets {
		b.WriteString(t + ": " + strings.Join(deps, " ") + "\n\n")
	}
	for _, d := range deps {
		b.WriteString(d + ":\n")
	}
	if len(info.Env) > 0 {
		b.WriteString("\n")
	}
	esc := strings.NewReplacer("\n", `\n`, "\r", `\r`, `\`, `\\`)
	for _, e := range info.Env {
		b.WriteString(envPrefix + esc.Replace(e.Name))
		if e.Value != nil {
			b.WriteString("=" + esc.Replace(*e.Value))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func dump(info *Info) string {
	var b strings.Builder
	for _, f := range info.Files {
		b.WriteString("file " + f + "\n")
	}
	for _, e := range info.Env {
		if e.Value == nil {
			b.WriteString("env " + e.Name + " unset\n")
		} else {
			b.WriteString("env " + e.Name + "=" + *e.Value + "\n")
		}
	}
	return b.String()
}
