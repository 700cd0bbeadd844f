package nixlog

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		line string
		ok   bool
		want Record
	}{
		{"start", `@nix {"action":"start","fields":["/nix/store/x.drv","",1,1],"id":137249974910981,"level":3,"text":"building","type":105}`, true,
			Record{Action: ActionStart, ID: 137249974910981, Level: 3, Type: 105, Text: "building",
				Fields: []Field{{Str: "/nix/store/x.drv", IsStr: true}, {Str: "", IsStr: true}, {Num: 1, IsNum: true}, {Num: 1, IsNum: true}}}},
		{"id above 2^53", `@nix {"action":"stop","id":7059835312930816123}`, true, Record{Action: ActionStop, ID: 7059835312930816123}},
		{"parent", `@nix {"action":"start","id":2,"parent":0,"type":0,"level":6,"text":""}`, true,
			Record{Action: ActionStart, ID: 2, HasParent: true, Level: 6}},
		{"syslog prefix", `<3>@nix {"action":"stop","id":1}`, true, Record{Action: ActionStop, ID: 1}},
		{"escapes", `@nix {"action":"msg","level":0,"msg":"\u001b[31;1merror:\u001b[0m a\tb\\\"\/ \ud83d\ude00 \ud800"}`, true,
			Record{Action: ActionMsg, Msg: "\x1b[31;1merror:\x1b[0m a\tb\\\"/ 😀 \uFFFD"}},
		{"positions", `@nix {"action":"msg","column":5,"file":"/x/default.nix","level":0,"line":6,"msg":"m","raw_msg":"r"}`, true,
			Record{Action: ActionMsg, Msg: "m", RawMsg: "r", HasRawMsg: true, File: "/x/default.nix", Line: 6, Column: 5, HasPos: true}},
		{"null positions", `@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"m"}`, true,
			Record{Action: ActionMsg, Msg: "m"}},
		{"trace", `@nix {"action":"msg","level":0,"msg":"m","trace":[{"raw_msg":"while","file":"f","line":1,"column":2},{"raw_msg":"x"}]}`, true,
			Record{Action: ActionMsg, Msg: "m", Trace: []Frame{{RawMsg: "while", File: "f", Line: 1, Column: 2}, {RawMsg: "x"}}}},
		{"unknown keys and types", `@nix {"action":"result","new":{"a":[1,2.5e3,true,null,"x"]},"id":"odd","type":101,"fields":["l",{"o":1},-3]}`, true,
			Record{Action: ActionResult, Type: 101, Fields: []Field{{Str: "l", IsStr: true}, {}, {}}}},
		{"unknown action", `@nix {"action":"future","id":1}`, true, Record{Action: ActionOther, ActionName: "future", ID: 1}},
		{"setPhase", `@nix {"action":"setPhase","phase":"buildPhase"}`, true, Record{Action: ActionSetPhase, Phase: "buildPhase"}},
		{"raw invalid UTF-8 kept", "@nix {\"action\":\"msg\",\"msg\":\"a\xffb\"}", true, Record{Action: ActionMsg, Msg: "a\xffb"}},
		{"plain", `hello`, false, Record{}},
		{"no space", `@nix{"action":"stop","id":1}`, false, Record{}},
		{"leading space", ` @nix {"action":"stop","id":1}`, false, Record{}},
		{"not json", `@nix this is not JSON`, false, Record{}},
		{"no action", `@nix {"foo":1}`, false, Record{}},
		{"action not a string", `@nix {"action":1}`, false, Record{}},
		{"truncated", `@nix {"action":"result","fields":["killed-b: tick 4"],"id":44`, false, Record{}},
		{"trailing garbage", `@nix {"action":"stop","id":1} x`, false, Record{}},
		{"raw control char", "@nix {\"action\":\"msg\",\"msg\":\"a\x01\"}", false, Record{}},
		{"bad escape", `@nix {"action":"msg","msg":"\x"}`, false, Record{}},
		{"bad syslog prefix", `<x>@nix {"action":"stop","id":1}`, false, Record{}},
		{"array", `@nix ["action"]`, false, Record{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Record
			ok := Parse([]byte(tt.line), &r)
			if ok != tt.ok {
				t.Fatalf("Parse = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			r.hasAction = false
			normalize(&r)
			normalize(&tt.want)
			if !reflect.DeepEqual(r, tt.want) {
				t.Errorf("got  %+v\nwant %+v", r, tt.want)
			}
		})
	}
}

func normalize(r *Record) {
	if len(r.Fields) == 0 {
		r.Fields = nil
	}
	if len(r.Trace) == 0 {
		r.Trace = nil
	}
}

// TestParseReuse checks that a reused Record does not leak values from the
// previous line.
func TestParseReuse(t *testing.T) {
	var r Record
	Parse([]byte(`@nix {"action":"msg","level":1,"msg":"m","raw_msg":"r","fields":[1],"trace":[{"raw_msg":"t"}]}`), &r)
	Parse([]byte(`@nix {"action":"stop","id":9}`), &r)
	if r.Msg != "" || r.HasRawMsg || r.Level != 0 || len(r.Fields) != 0 || len(r.Trace) != 0 || r.ID != 9 {
		t.Errorf("stale values: %+v", r)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`@nix {"action":"start","fields":["/nix/store/x.drv","",1,1],"id":1,"level":3,"text":"t","type":105}`,
		`@nix {"action":"msg","level":0,"msg":"\u001b[31m\ud83d\ude00","trace":[{"raw_msg":"x","line":null}]}`,
		`<3>@nix {"action":"stop","id":1}`,
		`@nix {"action":"result","fields":[0,1,0,0],"id":2,"type":105}`,
		`@nix {"a":[[[[{}]]]],"action":"x"}`,
		`@nix {"action":"msg","msg":"\ud800\udc00"}`,
		`plain`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var r Record
		ok := Parse(line, &r)
		body, isNix := cutPrefix(line)
		if ok && !json.Valid(body) {
			t.Fatalf("accepted invalid JSON %q", body)
		}
		if !isNix || !utf8.Valid(body) {
			return
		}
		// Differential check against encoding/json.
		var m map[string]any
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		if dec.Decode(&m) != nil {
			if ok {
				t.Fatalf("accepted %q, encoding/json did not", body)
			}
			return
		}
		if _, err := dec.Token(); err != io.EOF {
			return // trailing data: encoding/json's decoder stops early
		}
		action, isStr := m["action"].(string)
		if ok != isStr {
			t.Fatalf("Parse = %v, encoding/json action %v", ok, m["action"])
		}
		if !ok {
			return
		}
		for key, got := range map[string]string{"msg": r.Msg, "text": r.Text, "raw_msg": r.RawMsg} {
			if want, isStr := m[key].(string); isStr && want != got {
				t.Fatalf("%s = %q, encoding/json %q", key, got, want)
			}
		}
		if n, isNum := m["id"].(json.Number); isNum {
			if want, err := strconv.ParseUint(string(n), 10, 64); err == nil && want != r.ID {
				t.Fatalf("id = %d, encoding/json %s", r.ID, n)
			}
		}
		if r.Action == ActionOther && r.ActionName != action {
			t.Fatalf("action %q, encoding/json %q", r.ActionName, action)
		}
	})
}

func TestLineReader(t *testing.T) {
	huge := strings.Repeat("x", 300_000)
	in := "a\n\n" + huge + "\r\nlast"
	lr := NewLineReader(strings.NewReader(in))
	var got []string
	for {
		l, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(l))
	}
	want := []string{"a", "", huge + "\r", "last"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %d lines, want %d (%q…)", len(got), len(want), got)
	}
}

func TestStripANSI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"\x1b[31;1merror:\x1b[0m x", "error: x"},
		{"\x1b[35;1m\x1b[0m", ""},
		{"a\x1b]8;;http://x\x07link\x1b]8;;\x1b\\b", "alinkb"},
		{"\x1b[2K\x1b[1Gdone", "done"},
		{"\x1bMx", "x"},
		{"cut\x1b[", "cut"},
		{"esc at end\x1b", "esc at end"},
	}
	for _, tt := range tests {
		if got := StripANSI(tt.in); got != tt.want {
			t.Errorf("StripANSI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzStripANSI(f *testing.F) {
	for _, s := range []string{"\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\x1b", "a\x1b[1", "\x1b\x1b[m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := StripANSI(s)
		if strings.IndexByte(got, 0x1b) >= 0 {
			t.Fatalf("StripANSI(%q) = %q still has ESC", s, got)
		}
		if strings.IndexByte(s, 0x1b) < 0 && got != s {
			t.Fatalf("changed text without escapes: %q → %q", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("grew: %q → %q", s, got)
		}
	})
}

func TestDrvPaths(t *testing.T) {
	const a = "/nix/store/19wm13dzdvi8dgwigb0j55ygkp1g9kp1-fail-exit1-2.3.drv"
	const b = "/nix/store/5f9ysg18231rwn2hg7m3qsa0a5ijqzq3-slow2.drv"
	tests := []struct {
		in   string
		want []string
	}{
		{"builder for '" + a + "' failed", []string{a}},
		{"building of '" + a + "!out' from .drv file timed out", []string{a}},
		{"build of '" + b + "', '" + a + "', '" + b + "' failed", []string{b, a}},
		{"Cannot build '" + a + "'.\nReason: builder failed", []string{a}},
		{"no drv here.drv or /tmp/x.drv", nil},
		{a + "x", nil},
	}
	for _, tt := range tests {
		if got := DrvPaths(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("DrvPaths(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := DrvName(a); got != "fail-exit1-2.3" {
		t.Errorf("DrvName = %q", got)
	}
}
