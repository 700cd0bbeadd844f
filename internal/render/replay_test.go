package render

import (
	"bytes"
	"os"
	"testing"

	"github.com/libnix/libnix/internal/nixlog"
	"github.com/libnix/libnix/internal/nixlog/nixlogtest"
)

// TestReplay: a unit's recorded diagnostics (rustc's JSON, as builder.sh
// keeps them: testdata/replay/unused-variable.jsonl, from a real build) are
// shown as cargo shows a fresh unit's, with cargo's summary line.
func TestReplay(t *testing.T) {
	diags, err := os.ReadFile("testdata/replay/unused-variable.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	const warning = "warning: unused variable: `unused`\n" +
		" --> src/main.rs:1:17\n" +
		"  |\n" +
		"1 | fn main() { let unused = 1; println!(\"hi\"); }\n" +
		"  |                 ^^^^^^ help: if this is intentional, prefix it with an underscore: `_unused`\n" +
		"  |\n" +
		"  = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default\n\n"
	bin := &nixlog.Unit{Crate: "wr", Version: "0.1.0", Kind: "bin", Target: "wr", Mode: "build", Local: true}
	for _, c := range []struct {
		name   string
		unit   *nixlog.Unit
		clippy []string
		want   string
	}{
		{"bin", bin, nil, warning + "warning: `wr` (bin \"wr\") generated 1 warning (run `cargo fix --bin \"wr\" -p wr` to apply 1 suggestion)\n"},
		{"lib test", &nixlog.Unit{Crate: "wr", Kind: "lib", Target: "wr", Mode: "test", Local: true}, nil,
			warning + "warning: `wr` (lib test) generated 1 warning (run `cargo fix --lib --tests -p wr` to apply 1 suggestion)\n"},
		{"clippy", bin, []string{"-D", "clippy::pedantic"}, warning +
			"warning: `wr` (bin \"wr\") generated 1 warning (run `cargo clippy --fix --bin \"wr\" -p wr -- -D clippy::pedantic` to apply 1 suggestion)\n"},
		{"clippy without arguments", bin, []string{}, warning +
			"warning: `wr` (bin \"wr\") generated 1 warning (run `cargo clippy --fix --bin \"wr\" -p wr -- ` to apply 1 suggestion)\n"},
		{"another package's", &nixlog.Unit{Crate: "dep", Kind: "lib", Target: "dep", Mode: "build"}, nil,
			warning + "warning: `dep` (lib) generated 1 warning\n"},
		{"build script", &nixlog.Unit{Crate: "wr", Kind: "build-script", Target: "build-script-build", Mode: "build", Local: true}, nil,
			warning + "warning: `wr` (build script) generated 1 warning\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			r := NewReplayer(&out, false, c.clippy)
			if err := r.Replay(c.unit, diags); err != nil {
				t.Fatal(err)
			}
			if out.String() != c.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), c.want)
			}
		})
	}
	// The same warning of a second unit is shown once and counted.
	var out bytes.Buffer
	r := NewReplayer(&out, false, nil)
	r.Replay(bin, diags)
	r.Replay(&nixlog.Unit{Crate: "wr", Kind: "bin", Target: "wr", Mode: "test", Local: true}, diags)
	want := warning + "warning: `wr` (bin \"wr\") generated 1 warning (run `cargo fix --bin \"wr\" -p wr` to apply 1 suggestion)\n" +
		"warning: `wr` (bin \"wr\" test) generated 1 warning (1 duplicate)\n"
	if out.String() != want {
		t.Errorf("a duplicate: got\n%s\nwant\n%s", out.String(), want)
	}
}

// TestShort: --message-format short shows a diagnostic as rustc's short
// form, FILE:LINE:COL: LEVEL: MESSAGE.
func TestShort(t *testing.T) {
	diags, err := os.ReadFile("testdata/replay/unused-variable.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	r := &Replayer{}
	*r = *NewReplayer(&out, false, nil)
	r.h.opts.Short = true
	r.Replay(&nixlog.Unit{Crate: "wr", Kind: "bin", Target: "wr", Mode: "build", Local: true}, diags)
	// As cargo build --message-format short and rustc --error-format short
	// print them.
	want := "src/main.rs:1:17: warning: unused variable: `unused`: help: if this is intentional, prefix it with an underscore: `_unused`\n" +
		"warning: `wr` (bin \"wr\") generated 1 warning (run `cargo fix --bin \"wr\" -p wr` to apply 1 suggestion)\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	mismatch, err := os.ReadFile("testdata/replay/mismatched-types.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := nixlog.ParseDiagnostic(bytes.TrimSpace(mismatch))
	if got, want := short(d), "/tmp/e.rs:1:26: error[E0308]: mismatched types: expected `u32`, found `&str`"; got != want {
		t.Errorf("short = %q, want %q", got, want)
	}
}

// TestUnannounced: a derivation the caller names gets no Building line
// when it builds; another does.
func TestUnannounced(t *testing.T) {
	var l nixlogtest.Log
	l.Session(1)
	l.Progress(1, 0, 2, 0, 0)
	l.Build(10, nixlogtest.Drv("ws-doc"))
	l.Progress(1, 1, 2, 0, 0)
	l.Stop(10)
	l.Build(11, nixlogtest.Drv("other"))
	l.Progress(1, 2, 2, 0, 0)
	l.Stop(11)
	l.Stop(1)
	var out bytes.Buffer
	if _, err := Render(bytes.NewReader(l.Bytes()), &out, &out, Options{NoSuccessSummary: true, Unannounced: []string{"ws-doc"}}); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "    Building other\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
