package plan

import (
	"encoding/json"
	"strings"
	"testing"
)

// testPlan is a plan of cargo test for one lib: its build unit and its doc tests.
func testPlan() *Plan {
	lib := Target{Name: "a", CrateName: "a", Kind: []string{"lib"}, CrateTypes: []string{"lib"}, SrcPath: "src/lib.rs"}
	prof := Profile{Name: "test", raw: json.RawMessage(`{"name":"test"}`)}
	build, doc := strings.Repeat("a", 32), strings.Repeat("b", 32)
	return &Plan{
		Version:   Version,
		Command:   "test",
		Toolchain: Toolchain{Release: "1.95.0", Rustc: "/sysroot/bin/rustc"},
		Platforms: map[string]*Platform{"host": {Triple: "x86_64-unknown-linux-gnu"}},
		Workspace: Workspace{Root: "/ws", Profile: "test"},
		Packages:  []*Package{{Name: "a", Version: "0.1.0"}},
		Units: []*Unit{
			{ID: build, Kind: KindLib, Target: lib, Mode: ModeBuild, Profile: prof, CompileKind: "host", Deps: []Dep{}},
			{ID: doc, Kind: KindDoctest, Target: lib, Mode: ModeDoctest, Profile: prof, CompileKind: "host",
				Deps: []Dep{{Index: 0, ID: build, ExternCrateName: "a"}}, Root: true},
		},
		Roots: []int{1},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Plan)
		want   string // "" for valid
	}{
		{name: "a plan of cargo test with doc tests", change: func(*Plan) {}},
		{name: "command build", change: func(p *Plan) { p.Command = "build" }},
		{name: "no command: build", change: func(p *Plan) { p.Command = "" }},
		{name: "unknown command", change: func(p *Plan) { p.Command = "run" }, want: `command "run" is not one of build, test, check, doc`},
		{name: "command check", change: func(p *Plan) { p.Command = "check"; p.Units[0].Mode = ModeCheck }},
		{name: "command doc", change: func(p *Plan) { p.Command = "doc"; p.Units[0].Mode = ModeDoc }},
		{name: "doctest mode of a lib unit", change: func(p *Plan) { p.Units[1].Kind = KindLib },
			want: `unit 1 (bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb): kind "lib" does not go with mode "doctest" (doctest units have both)`},
		{name: "doctest kind in test mode", change: func(p *Plan) { p.Units[1].Mode = ModeTest },
			want: `unit 1 (bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb): kind "doctest" does not go with mode "test" (doctest units have both)`},
		{name: "unknown mode", change: func(p *Plan) { p.Units[0].Mode = "docscrape" },
			want: `unit 0 (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa): unknown mode "docscrape"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlan()
			tt.change(p)
			err := p.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate: %v", err)
			case tt.want != "" && (err == nil || err.Error() != tt.want):
				t.Errorf("Validate: %v, want %s", err, tt.want)
			}
		})
	}
}

// TestCompiledAsTest: test mode, and checks of tests and benches (cargo
// check --tests), are rustc --test; the rest is not.
func TestCompiledAsTest(t *testing.T) {
	for _, c := range []struct {
		kind, mode string
		want       bool
	}{
		{KindLib, ModeBuild, false},
		{KindTest, ModeTest, true},
		{KindLib, ModeTest, true},
		{KindLib, ModeCheck, false},
		{KindTest, ModeCheck, true},
		{KindBench, ModeCheck, true},
		{KindBin, ModeCheck, false},
		{KindLib, ModeDoc, false},
		{KindDoctest, ModeDoctest, false},
	} {
		if got := (&Unit{Kind: c.kind, Mode: c.mode}).CompiledAsTest(); got != c.want {
			t.Errorf("kind %s, mode %s: CompiledAsTest = %v, want %v", c.kind, c.mode, got, c.want)
		}
	}
}
