package cargoproto

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestLine pins each message's line, byte for byte: the start line is in
// every unit's Nix file, the others in every build log.
func TestLine(t *testing.T) {
	tests := []struct {
		name string
		m    Message
		want string
	}{
		{"start", Start{Crate: "demo", Kind: "bin", Local: true, Mode: "build", Target: "demo", Unit: "u1", Version: "0.1.0"},
			`{"crate":"demo","kind":"bin","local":true,"mode":"build","target":"demo","type":"start","unit":"u1","v":2,"version":"0.1.0"}`},
		{"start, not local", Start{Crate: "c", Kind: "build-script-run", Mode: "run-custom-build", Target: "build-script-build", Unit: "u", Version: "1.0.0"},
			`{"crate":"c","kind":"build-script-run","local":false,"mode":"run-custom-build","target":"build-script-build","type":"start","unit":"u","v":2,"version":"1.0.0"}`},
		{"diagnostic", Diagnostic{Unit: "u", Message: json.RawMessage(`{"$message_type":"diagnostic","rendered":"\u001b[1m<x> & y\n"}`)},
			`{"v":2,"type":"diagnostic","unit":"u","message":{"$message_type":"diagnostic","rendered":"\u001b[1m<x> & y\n"}}`},
		{"buildscript", BuildScript{Unit: "u", Level: "warning", Text: "a\nb <c> & \x00", Crate: "foo", Version: "0.5.0"},
			`{"v":2,"type":"buildscript","unit":"u","level":"warning","text":"a\nb <c> & \u0000","crate":"foo","version":"0.5.0"}`},
		{"finish", Finish{Unit: "u", Exit: 0}, `{"v":2,"type":"finish","unit":"u","exit":0}`},
		{"finish with error", Finish{Unit: "u", Exit: 101, Error: "boom"}, `{"v":2,"type":"finish","unit":"u","exit":101,"error":"boom"}`},
		{"finish, stale", Finish{Unit: "u", Exit: 1, Stale: true}, `{"v":2,"type":"finish","unit":"u","exit":1,"stale":true}`},
		{"finish, cancelled", Finish{Unit: "u", Exit: 1, Cancelled: true}, `{"v":2,"type":"finish","unit":"u","exit":1,"cancelled":true}`},
		{"command", Command{Unit: "u", Env: []string{"A=b c"}, Argv: []string{"rustc", "--cfg", `feature="x"`}},
			`{"v":2,"type":"command","unit":"u","env":["A=b c"],"argv":["rustc","--cfg","feature=\"x\""]}`},
		{"other", Other{Type: "later", Unit: "u"}, `{"v":2,"type":"later","unit":"u"}`},
		{"v and type are Line's", Finish{V: 7, Type: "start", Unit: "u", Exit: 1}, `{"v":2,"type":"finish","unit":"u","exit":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Line(tt.m)
			if err != nil {
				t.Fatal(err)
			}
			if want := Prefix + tt.want + "\n"; string(got) != want {
				t.Errorf("Line =\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		line string
		want Message // nil: not a protocol line
	}{
		{"start", `@cargo {"v":2,"type":"start","unit":"u1","crate":"demo","version":"0.1.0","kind":"bin","target":"demo","mode":"build","local":true}`,
			Start{V: 2, Type: "start", Unit: "u1", Crate: "demo", Version: "0.1.0", Kind: "bin", Target: "demo", Mode: "build", Local: true}},
		{"diagnostic", `@cargo {"v":2,"type":"diagnostic","unit":"u","message":{"level":"warning"}}`,
			Diagnostic{V: 2, Type: "diagnostic", Unit: "u", Message: json.RawMessage(`{"level":"warning"}`)}},
		{"buildscript", `@cargo {"v":2,"type":"buildscript","unit":"u","level":"error","text":"t","crate":"c","version":"1"}`,
			BuildScript{V: 2, Type: "buildscript", Unit: "u", Level: "error", Text: "t", Crate: "c", Version: "1"}},
		{"finish", `@cargo {"v":2,"type":"finish","unit":"u","exit":101,"error":"boom"}`, Finish{V: 2, Type: "finish", Unit: "u", Exit: 101, Error: "boom"}},
		{"finish, stale", `@cargo {"v":2,"type":"finish","unit":"u","exit":1,"stale":true}`, Finish{V: 2, Type: "finish", Unit: "u", Exit: 1, Stale: true}},
		{"finish, cancelled", `@cargo {"v":2,"type":"finish","unit":"u","exit":1,"cancelled":true}`, Finish{V: 2, Type: "finish", Unit: "u", Exit: 1, Cancelled: true}},
		{"command", `@cargo {"v":2,"type":"command","unit":"u","env":["A=\u0001"],"argv":["rustc","a\nb"]}`,
			Command{V: 2, Type: "command", Unit: "u", Env: []string{"A=\x01"}, Argv: []string{"rustc", "a\nb"}}},
		{"unknown fields are ignored", `@cargo {"v":2,"type":"finish","unit":"u","exit":0,"later":[1],"crate":5}`, Finish{V: 2, Type: "finish", Unit: "u"}},
		{"unknown type", `@cargo {"v":2,"type":"later","unit":"u","x":1}`, Other{V: 2, Type: "later", Unit: "u"}},
		{"white space", "@cargo  { \"v\" : 2 , \"type\" : \"finish\" }\n", Finish{V: 2, Type: "finish"}},
		{"field of another type", `@cargo {"v":2,"type":"finish","unit":"u","exit":"0"}`, nil},
		{"unit of another type", `@cargo {"v":2,"type":"later","unit":1}`, nil},
		{"version 1", `@cargo {"type":0,"crate_name":"x"}`, nil},
		{"version 3", `@cargo {"v":3,"type":"start"}`, nil},
		{"version 2.0", `@cargo {"v":2.0,"type":"start"}`, nil},
		{"no type", `@cargo {"v":2,"unit":"u"}`, nil},
		{"type null", `@cargo {"v":2,"type":null}`, nil},
		{"type not a string", `@cargo {"v":2,"type":2}`, nil},
		{"null", `@cargo null`, nil},
		{"array", `@cargo [2]`, nil},
		{"two objects", `@cargo {"v":2,"type":"finish"}{}`, nil},
		{"no prefix", `{"v":2,"type":"finish"}`, nil},
		{"prefix without space", `@cargo{"v":2,"type":"finish"}`, nil},
		{"not JSON", `@cargo hello`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Parse(tt.line)
			if ok != (tt.want != nil) || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse = %#v, %v; want %#v", got, ok, tt.want)
			}
		})
	}
}

// TestDocumented checks that docs/cargo-protocol.md's table names every
// message's fields, and every kind in the start row.
func TestDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/cargo-protocol.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []Message{Start{}, Diagnostic{}, BuildScript{}, Finish{}} {
		typ := reflect.ValueOf(m.stamped()).FieldByName("Type").String()
		row := regexp.MustCompile("(?m)^\\| `" + typ + "` \\|.*$").Find(doc)
		if row == nil {
			t.Errorf("docs/cargo-protocol.md has no row for type %s", typ)
			continue
		}
		names := fieldNames(reflect.TypeOf(m))
		if typ == TypeStart {
			names = append(names, Kinds...)
		}
		for _, name := range names {
			switch name {
			case "v", "type", "unit": // every message's, named above the table
			default:
				if !bytes.Contains(row, []byte("`"+name+"`")) {
					t.Errorf("docs/cargo-protocol.md's %s row does not name `%s`", typ, name)
				}
			}
		}
	}
}

func fieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// FuzzParse: whatever Parse accepts, Line writes back as one protocol line
// that Parse reads as the same message, and writing that again changes
// nothing (the first round may normalise: white space, invalid UTF-8).
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`@cargo {"v":2,"type":"start","unit":"u1","crate":"demo","version":"0.1.0","kind":"bin","target":"demo","mode":"build","local":true}`,
		`@cargo {"v":2,"type":"diagnostic","unit":"u","message":{"level":"warning","rendered":"\u001b[0m\n"}}`,
		`@cargo {"v":2,"type":"diagnostic","unit":"u","message": [ 1, {"a" : null} ] }`,
		`@cargo {"v":2,"type":"buildscript","unit":"u","level":"warning","text":"a\nb\u2028","crate":"c","version":"1"}`,
		`@cargo {"v":2,"type":"finish","unit":"u","exit":-1,"error":"x"}`,
		`@cargo {"v":2,"type":"finish","unit":"u","exit":1,"stale":true}`,
		`@cargo {"v":2,"type":"later"}`,
		`@cargo {"type":0}`,
		"@cargo {\"v\":2,\"type\":\"buildscript\",\"text\":\"\xff\"}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		m, ok := Parse(line)
		if !ok {
			return
		}
		out, err := Line(m)
		if err != nil {
			t.Fatalf("Line(%#v): %v", m, err)
		}
		body, ok := bytes.CutPrefix(out, []byte(Prefix))
		if !ok || bytes.IndexByte(body, '\n') != len(body)-1 {
			t.Fatalf("Line(%#v) = %q: not one protocol line", m, out)
		}
		m2, ok := Parse(strings.TrimSuffix(string(out), "\n"))
		if !ok || reflect.TypeOf(m2) != reflect.TypeOf(m) {
			t.Fatalf("Parse(Line(%#v)) = %#v, %v", m, m2, ok)
		}
		if again, _ := Line(m2); !bytes.Equal(again, out) {
			t.Fatalf("Line after a round trip = %q, want %q", again, out)
		}
	})
}
