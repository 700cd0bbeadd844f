package plan

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

func TestProfile(t *testing.T) {
	str := func(s string) *string { return &s }
	four := 4
	for _, tc := range []struct {
		json string
		want Profile
	}{
		{`{"name":"dev","opt_level":"0","lto":"false","codegen_backend":null,"codegen_units":null,"debuginfo":2,"split_debuginfo":null,"debug_assertions":true,"overflow_checks":true,"rpath":false,"incremental":true,"panic":"unwind","strip":{"deferred":"None"}}`,
			Profile{Name: "dev", OptLevel: "0", LTO: "false", Debuginfo: "2", DebugAssertions: true, OverflowChecks: true, Incremental: true, Panic: "unwind"}},
		{`{"name":"release","opt_level":"3","lto":"thin","codegen_units":4,"debuginfo":0,"split_debuginfo":"packed","rpath":true,"panic":"abort","strip":{"resolved":{"Named":"symbols"}},"rustflags":["-Cx"]}`,
			Profile{Name: "release", OptLevel: "3", LTO: "thin", CodegenUnits: &four, SplitDebuginfo: str("packed"), Rpath: true, Panic: "abort", Strip: "symbols", Rustflags: []string{"-Cx"}}},
		{`{"name":"p","codegen_backend":"cranelift","debuginfo":"line-tables-only","strip":{"resolved":"None"}}`,
			Profile{Name: "p", OptLevel: "0", LTO: "false", CodegenBackend: str("cranelift"), Debuginfo: "line-tables-only", Panic: "unwind"}},
		{`{"debuginfo":"none","strip":{"resolved":{"Named":"None"}}}`, Profile{OptLevel: "0", LTO: "false", Panic: "unwind"}},
		{`{"debuginfo":"0","trim_paths":"all"}`, Profile{OptLevel: "0", LTO: "false", Panic: "unwind"}},
	} {
		var got Profile
		if err := json.Unmarshal([]byte(tc.json), &got); err != nil {
			t.Errorf("%s: %v", tc.json, err)
			continue
		}
		raw := got.raw
		got.raw = nil
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.json, got, tc.want)
		}
		if string(raw) != tc.json {
			t.Errorf("%s: kept %s", tc.json, raw)
		}
	}
	if err := json.Unmarshal([]byte(`{"opt_level":3}`), new(Profile)); err == nil {
		t.Errorf("a numeric opt_level decoded")
	}
	var u Unit
	if err := json.Unmarshal([]byte(`{"profile":null}`), &u); err != nil || u.Profile.raw != nil {
		t.Errorf("a null profile decoded as %+v, %v", u.Profile, err)
	}
	if data, _ := json.Marshal(u.Profile); string(data) != "null" {
		t.Errorf("no profile marshals as %s", data)
	}
}

// FuzzProfile checks that a profile object is written exactly as the plan
// wrote cargo's object before it was decoded (a json.RawMessage), whatever
// it holds: the plan's JSON and the unit ids hashed from it stay the same.
func FuzzProfile(f *testing.F) {
	f.Add(`{"name":"dev","opt_level":"0","debuginfo":2,"strip":{"deferred":"None"}}`)
	f.Add(`{"debuginfo":"line-tables-only","strip":{"resolved":{"Named":"symbols"}},"x":[1,{"y":"<&>"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var p Profile
		if err := json.Unmarshal([]byte(s), &p); err != nil {
			return
		}
		got, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(json.RawMessage(s))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s written as %s, not %s", s, got, want)
		}
	})
}
