package cargomsg

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goldenLines is every line of the recorded cargo output in testdata/
// (record.sh), by file.
func goldenLines(t testing.TB) map[string][][]byte {
	t.Helper()
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	out := map[string][][]byte{}
	for _, f := range files {
		if strings.HasSuffix(f, "diag-rustc.jsonl") {
			continue // rustc's output, not cargo's
		}
		out[f] = readLines(t, f)
	}
	return out
}

func readLines(t testing.TB, file string) [][]byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]byte
	s := bufio.NewScanner(bytes.NewReader(data))
	s.Buffer(nil, 1<<20)
	for s.Scan() {
		lines = append(lines, bytes.Clone(s.Bytes()))
	}
	return lines
}

// TestGoldenRoundTrip: every line cargo printed parses as a known message
// (none is Other) and is written back byte for byte.
func TestGoldenRoundTrip(t *testing.T) {
	reasons := map[string]int{}
	for file, lines := range goldenLines(t) {
		for i, line := range lines {
			m, err := Parse(line)
			if err != nil {
				t.Fatalf("%s:%d: %v", file, i+1, err)
			}
			if _, ok := m.(Other); ok {
				t.Errorf("%s:%d: reason %q is not known", file, i+1, m.Reason())
			}
			reasons[m.Reason()]++
			var buf bytes.Buffer
			if err := Write(&buf, m); err != nil {
				t.Fatalf("%s:%d: %v", file, i+1, err)
			}
			if want := string(line) + "\n"; buf.String() != want {
				t.Errorf("%s:%d:\n got %s\nwant %s", file, i+1, buf.String(), want)
			}
		}
	}
	// The recordings cover every reason.
	for _, r := range []string{ReasonCompilerMessage, ReasonCompilerArtifact, ReasonBuildScriptExecuted, ReasonBuildFinished} {
		if reasons[r] == 0 {
			t.Errorf("no %s in the goldens", r)
		}
	}
}

// TestGoldenFromRustc: cargo's compiler-messages in the warning recording
// are FromRustc of what rustc printed, in order.
func TestGoldenFromRustc(t *testing.T) {
	var got []string
	for i, line := range readLines(t, "testdata/diag-rustc.jsonl") {
		msg, ok, err := FromRustc(line, false, nil)
		if err != nil {
			t.Fatalf("diag-rustc.jsonl:%d: %v", i+1, err)
		}
		if ok {
			got = append(got, string(msg))
		}
	}
	var want []string
	for _, line := range readLines(t, "testdata/diag-warning.jsonl") {
		m, err := Parse(line)
		if err != nil {
			t.Fatal(err)
		}
		if cm, ok := m.(CompilerMessage); ok {
			want = append(want, string(cm.Message))
		}
	}
	if len(want) == 0 {
		t.Fatal("no compiler-message in diag-warning.jsonl")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FromRustc:\n got %q\nwant %q", got, want)
	}
}

func TestWrite(t *testing.T) {
	exe := "/t/debug/app"
	target := Target{Kind: []string{"bin"}, CrateTypes: []string{"bin"}, Name: "app", SrcPath: "/w/src/main.rs", Edition: "2021", Doc: true, Test: true}
	const targetJSON = `{"kind":["bin"],"crate_types":["bin"],"name":"app","src_path":"/w/src/main.rs","edition":"2021","doc":true,"doctest":false,"test":true}`
	for _, tc := range []struct {
		name string
		m    Message
		want string
	}{
		{"finished", BuildFinished{Success: true}, `{"reason":"build-finished","success":true}`},
		{"artifact", CompilerArtifact{
			PackageID: "path+file:///w#0.1.0", ManifestPath: "/w/Cargo.toml", Target: target,
			Profile:  Profile{OptLevel: "3", Debuginfo: DebuginfoLineTablesOnly},
			Features: []string{"default"}, Filenames: []string{exe}, Executable: &exe, Fresh: true,
		}, `{"reason":"compiler-artifact","package_id":"path+file:///w#0.1.0","manifest_path":"/w/Cargo.toml","target":` + targetJSON +
			`,"profile":{"opt_level":"3","debuginfo":"line-tables-only","debug_assertions":false,"overflow_checks":false,"test":false},"features":["default"],"filenames":["/t/debug/app"],"executable":"/t/debug/app","fresh":true}`},
		{"nil lists and null debuginfo", CompilerArtifact{Target: Target{RequiredFeatures: []string{}}},
			`{"reason":"compiler-artifact","package_id":"","manifest_path":"","target":{"kind":[],"crate_types":[],"name":"","src_path":"","edition":"","required-features":[],"doc":false,"doctest":false,"test":false},` +
				`"profile":{"opt_level":"","debuginfo":null,"debug_assertions":false,"overflow_checks":false,"test":false},"features":[],"filenames":[],"executable":null,"fresh":false}`},
		{"build script, serde escaping", BuildScriptExecuted{
			PackageID: "p", LinkedLibs: []string{"static=m"}, Cfgs: []string{`feature="x"`},
			Env: [][2]string{{"K", "<&>\u2028\x01\x7f\b\f\t\r\n\\é"}}, OutDir: "/o",
		}, `{"reason":"build-script-executed","package_id":"p","linked_libs":["static=m"],"linked_paths":[],"cfgs":["feature=\"x\""],"env":[["K","<&>` + "\u2028" + `\u0001` + "\x7f" + `\b\f\t\r\n\\é"]],"out_dir":"/o"}`},
		{"compiler message", CompilerMessage{PackageID: "p", ManifestPath: "/m", Target: target, Message: json.RawMessage(`{"b":1,"a":[ 2 ]}`)},
			`{"reason":"compiler-message","package_id":"p","manifest_path":"/m","target":` + targetJSON + `,"message":{"b":1,"a":[ 2 ]}}`},
		{"other", Other{Name: "timing-info", Line: json.RawMessage(`{"reason":"timing-info","x":1}`)}, `{"reason":"timing-info","x":1}`},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, tc.m); err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := buf.String(); got != tc.want+"\n" {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    Message
	}{
		{"not UTF-8", BuildScriptExecuted{OutDir: "\xff"}},
		{"message not JSON", CompilerMessage{Message: json.RawMessage(`{`)}},
		{"message on two lines", CompilerMessage{Message: json.RawMessage("{\n}")}},
		{"empty message", CompilerMessage{}},
		{"other not JSON", Other{Name: "x", Line: json.RawMessage(`x`)}},
		{"nil", nil},
	} {
		if err := Write(&bytes.Buffer{}, tc.m); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Message // nil: an error
	}{
		{`{"reason":"build-finished","success":false}`, BuildFinished{}},
		{`{"reason":"build-finished","success":true}` + "\n", BuildFinished{Success: true}},
		{`{"reason":"timing-info","package_id":"p"}`, Other{"timing-info", json.RawMessage(`{"reason":"timing-info","package_id":"p"}`)}},
		{`{"reason":"compiler-artifact","profile":{"debuginfo":1}}`, CompilerArtifact{Profile: Profile{Debuginfo: DebuginfoLimited}}},
		{`{"reason":"compiler-artifact","profile":{"debuginfo":"line-directives-only"}}`, CompilerArtifact{Profile: Profile{Debuginfo: DebuginfoLineDirectivesOnly}}},
		{`{"reason":"compiler-artifact","profile":{"debuginfo":null}}`, CompilerArtifact{}},
		{`{"reason":"compiler-artifact","profile":{"debuginfo":"2"}}`, nil}, // would be written as 2
		{`{"reason":"compiler-artifact","profile":{"debuginfo":3}}`, nil},
		{`{"reason":"build-script-executed","env":[["A","1"]]}`, BuildScriptExecuted{Env: [][2]string{{"A", "1"}}}},
		{`{"reason":"build-finished","success":"yes"}`, nil},
		{`{"success":true}`, nil},
		{`{"reason":null}`, nil},
		{`[]`, nil},
		{`not json`, nil},
	} {
		got, err := Parse([]byte(tc.line))
		if tc.want == nil {
			if err == nil {
				t.Errorf("Parse(%s) = %#v, want an error", tc.line, got)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Parse(%s) = %#v, %v; want %#v", tc.line, got, err, tc.want)
		}
	}
}

func TestPackageID(t *testing.T) {
	for _, tc := range []struct{ kind, source, name, version, want string }{
		// Seen in the recordings and in cargo 1.95's output for the gitdep
		// fixture and a directory "we ird#x".
		{"path", "/tmp/cm/workspace/app", "app", "0.3.1-beta.2", "path+file:///tmp/cm/workspace/app#0.3.1-beta.2"},
		{"path", "/tmp/cm/we ird#x", "wx", "0.1.0", "path+file:///tmp/cm/we%20ird%23x#wx@0.1.0"},
		{"path", `/tmp/s22/b\s`, "bs", "0.1.0", "path+file:///tmp/s22/b%5Cs#bs@0.1.0"}, // cargo metadata's id
		{"registry", "https://github.com/rust-lang/crates.io-index", "itoa", "1.0.1", "registry+https://github.com/rust-lang/crates.io-index#itoa@1.0.1"},
		{"git", "file:///tmp/libnix-fixtures/greet-repo?branch=main#0dbd37933c286fc32fa41988b0ec528f213bac4d", "greet", "0.4.0",
			"git+file:///tmp/libnix-fixtures/greet-repo?branch=main#greet@0.4.0"},
		// From cargo's PackageIdSpec Display and its tests.
		{"git", "https://github.com/o/greet", "greet", "1.0.0", "git+https://github.com/o/greet#1.0.0"},
		{"git", "https://github.com/o/r?tag=v1.0", "r", "1.0.0", "git+https://github.com/o/r?tag=v1.0#1.0.0"},
		{"git", "https://github.com/o/r?branch=feat/x y", "p", "1.0.0", "git+https://github.com/o/r?branch=feat%2Fx+y#p@1.0.0"},
		{"git", "https://github.com/o/r?rev=abc123", "p", "1.0.0", "git+https://github.com/o/r?rev=abc123#p@1.0.0"},
		{"sparse", "https://index.crates.io/", "serde", "1.0.152", "sparse+https://index.crates.io/#serde@1.0.152"},
		{"sparse", "sparse+https://index.crates.io/", "serde", "1.0.152", "sparse+https://index.crates.io/#serde@1.0.152"},
		{"directory", "/usr/share/cargo/registry", "registry", "1.0.0", "directory+file:///usr/share/cargo/registry#1.0.0"},
		{"local-registry", "file:///r", "a", "1.0.0", "local-registry+file:///r#a@1.0.0"},
	} {
		if got := PackageID(tc.kind, tc.source, tc.name, tc.version); got != tc.want {
			t.Errorf("PackageID(%q, %q, %q, %q) = %q, want %q", tc.kind, tc.source, tc.name, tc.version, got, tc.want)
		}
	}
}

func TestPackageIDGoldens(t *testing.T) {
	// The members' IDs as recorded, where record.sh's root is {root}.
	const root = "/tmp/libnix-cargomsg-record"
	for _, tc := range []struct{ dir, name, version string }{
		{"/workspace/app", "app", "0.3.1-beta.2"},
		{"/workspace/text-utils", "text-utils", "0.2.0"},
		{"/links/cmath", "cmath", "0.1.0"},
	} {
		id := strings.Replace(PackageID("path", root+tc.dir, tc.name, tc.version), root, "{root}", 1)
		found := false
		for _, lines := range goldenLines(t) {
			for _, l := range lines {
				found = found || bytes.Contains(l, []byte(`"package_id":"`+id+`"`))
			}
		}
		if !found {
			t.Errorf("%s is in no golden", id)
		}
	}
}

func TestStripANSI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain\n\ttext", "plain\n\ttext"},
		{"\x1b[1m\x1b[33mwarning\x1b[0m: x", "warning: x"},
		{"a\x1b[38;5;12mb", "ab"},
		{"a\x1b]8;;http://x\x1b\\link\x1b]8;;\x07b", "alinkb"},
		{"a\x07b\x00c\x7fd", "abcd"},
		{"é\x1b", "é"},
		{"\x1b[", ""},
	} {
		if got := StripANSI(tc.in); got != tc.want {
			t.Errorf("StripANSI(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFromRustc(t *testing.T) {
	span := func(f string) string {
		return `{"file_name":"` + f + `","line_start":1,"expansion":{"span":{"file_name":"` + f + `"},"def_site_span":{"file_name":"` + f + `"}}}`
	}
	rename := func(f string) string { return strings.TrimPrefix(f, "/build/src/") }
	for _, tc := range []struct {
		name   string
		line   string
		ansi   bool
		rename func(string) string
		want   string // "": ok is false
	}{
		{"artifact", `{"$message_type":"artifact","artifact":"/t/x.rmeta","emit":"metadata"}`, false, nil, ""},
		{"summary", `{"$message_type":"diagnostic","message":"aborting due to 1 previous error","level":"error","rendered":"x"}`, false, nil, ""},
		{"warnings emitted", `{"message":"2 warnings emitted","level":"warning","rendered":"x"}`, false, nil, ""},
		{"future incompat", `{"$message_type":"future_incompat","future_incompat_report":[]}`, false, nil, ""},
		{"section timing", `{"$message_type":"section_timing","event":"start","name":"codegen"}`, false, nil, ""},
		{"sorted, code last", `{"$message_type":"diagnostic","message":"m","code":{"explanation":null,"code":"E1"},"level":"error","spans":[{"z":1,"a":-0}],"children":[],"rendered":"\u001b[1mm\u001b[0m"}`, false, nil,
			`{"rendered":"m","$message_type":"diagnostic","children":[],"level":"error","message":"m","spans":[{"a":0,"z":1}],"code":{"code":"E1","explanation":null}}`},
		{"missing code is null", `{"rendered":"r","b":1,"a":2}`, false, nil, `{"rendered":"r","a":2,"b":1,"code":null}`},
		{"ansi keeps the line", `{"message":"m","level":"error","rendered":"\u001b[1mm","code":null}`, true, nil, `{"message":"m","level":"error","rendered":"\u001b[1mm","code":null}`},
		{"no rendered string: unchanged", `{"message":"m","rendered":null,"b":1,"a":2}`, false, nil, `{"message":"m","rendered":null,"b":1,"a":2}`},
		{"odd code: unchanged", `{"rendered":"\u001b[1mm","code":5}`, false, nil, `{"rendered":"\u001b[1mm","code":5}`},
		{"not an object", `[1]`, false, nil, `[1]`},
		{"rename", `{"message":"m","level":"warning","spans":[` + span("/build/src/a/lib.rs") + `],"children":[{"spans":[` + span("/nix/store/x/lib.rs") + `]}],"file_name":"top","rendered":"w\n  --> /build/src/a/lib.rs:1:1\n  ::: \u001b[0m/build/src/a/lib.rs:2:1\n /build/src/a/lib.rs:3","code":null}`, true, rename,
			`{"message":"m","level":"warning","spans":[` + span("a/lib.rs") + `],"children":[{"spans":[` + span("/nix/store/x/lib.rs") + `]}],"file_name":"top","rendered":"w\n  --> a/lib.rs:1:1\n  ::: \u001b[0ma/lib.rs:2:1\n /build/src/a/lib.rs:3","code":null}`},
		{"rename and strip", `{"rendered":"--> \u001b[0m/build/src/a.rs:1:1","spans":[{"file_name":"/build/src/a.rs"}]}`, false, rename,
			`{"rendered":"--> a.rs:1:1","spans":[{"file_name":"a.rs"}],"code":null}`},
	} {
		msg, ok, err := FromRustc([]byte(tc.line), tc.ansi, tc.rename)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := string(msg); ok != (tc.want != "") || got != tc.want {
			t.Errorf("%s:\n got %s, %v\nwant %s", tc.name, got, ok, tc.want)
		}
	}
	for _, bad := range []string{``, `{`, `{} {}`, `nope`} {
		if _, _, err := FromRustc([]byte(bad), false, nil); err == nil {
			t.Errorf("FromRustc(%q): no error", bad)
		}
	}
}

// FuzzParse: Parse never panics, and what it parses writes to a line that
// parses to the same message and writes the same again.
func FuzzParse(f *testing.F) {
	for _, lines := range goldenLines(f) {
		for _, l := range lines {
			f.Add(l)
		}
	}
	f.Add([]byte(`{"reason":"x"}`))
	f.Add([]byte(`{"reason":"compiler-artifact","profile":{"debuginfo":"line-tables-only"},"target":{"required-features":[]}}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		m, err := Parse(line)
		if err != nil {
			return
		}
		b, err := Marshal(m)
		if err != nil {
			return // not UTF-8, or a raw message on two lines
		}
		m2, err := Parse(b)
		if err != nil {
			t.Fatalf("Parse(Write(%q)) = %v (written %s)", line, err, b)
		}
		b2, err := Marshal(m2)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("not a fixed point: %s then %s, %v", b, b2, err)
		}
		if _, other := m.(Other); !other && bytes.Equal(line, b) && !reflect.DeepEqual(m, m2) {
			t.Fatalf("%s: %#v then %#v", line, m, m2)
		}
	})
}

// FuzzFromRustc: never panics, and what it makes is one line of JSON.
func FuzzFromRustc(f *testing.F) {
	for _, l := range readLines(f, "testdata/diag-rustc.jsonl") {
		f.Add(l, false)
	}
	f.Add([]byte(`{"rendered":"--> \u001b[0ma.rs:1","spans":[{"file_name":"a.rs"}]}`), true)
	f.Fuzz(func(t *testing.T, line []byte, ansi bool) {
		msg, ok, err := FromRustc(line, ansi, strings.ToUpper)
		if err != nil || !ok {
			return
		}
		if !oneLine(msg) {
			t.Fatalf("FromRustc(%q) = %q, not one line of JSON", line, msg)
		}
	})
}
