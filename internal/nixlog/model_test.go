package nixlog

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/nixlog/nixlogtest"
)

// nop is an Observer that ignores everything.
type nop struct{}

func (nop) Plain([]byte)                       {}
func (nop) Message(*Message)                   {}
func (nop) BuildStarted(*Build)                {}
func (nop) UnitStarted(*Build)                 {}
func (nop) LogLine(*Build, LogLine, *CargoMsg) {}
func (nop) BuildStopped(*Build)                {}
func (nop) BuildEnded(*Build)                  {}
func (nop) Substitution(string)                {}
func (nop) Progress()                          {}

func run(t testing.TB, log []byte) (*Model, *Summary) {
	m := NewModel(nop{})
	lr := NewLineReader(bytes.NewReader(log))
	for {
		l, err := lr.Next()
		if err != nil {
			break
		}
		m.Line(l)
	}
	return m, m.Finish()
}

// TestCases checks the verdict on every recorded case against what its
// README says a correct filter must report.
func TestCases(t *testing.T) {
	tests := []struct {
		file    string
		success bool
		builds  string // name=status, in start order
		skipped int
	}{
		{"01-success-single/nix-build.internal-json.stderr", true, "[success-single-1.0=built]", 0},
		{"01-success-single/nix-build.internal-json.merged-stdout-stderr", true, "[success-single-1.0=built]", 0},
		{"02-parallel-4/nix-build.internal-json.stderr", true, "[par-a-0.1=built par-b-0.1=built par-c-0.1=built par-d-0.1=built par-all=built]", 0},
		{"03-fail-exit1/nix-build.internal-json.stderr", false, "[fail-exit1-2.3=failed]", 0},
		{"04-fail-parallel/nix-build.internal-json.stderr", false, "[fail-early=failed slow1=cancelled slow2=cancelled]", 0},
		{"04-fail-parallel/nix3-build.internal-json.stderr", false, "[fail-early=failed slow1=cancelled slow2=cancelled]", 0},
		{"05-fail-parallel-keep-going/nix-build.internal-json.stderr", false, "[fail-early=failed slow1=built slow2=built]", 0},
		{"05-fail-parallel-keep-going/nix3-build.internal-json.stderr", false, "[fail-early=failed slow1=built slow2=built]", 0},
		{"06-eval-syntax-error/nix-build.internal-json.stderr", false, "[]", 0},
		{"07-eval-throw/nix-build.internal-json.show-trace.stderr", false, "[]", 0},
		{"09-weird-output/nix-build.internal-json.stderr", true, "[weird-output=built]", 0},
		{"10-cargo-protocol/nix-build.internal-json.stderr", false, "[bar-0_2_0-script_build_run-bbbb=built foo-0_1_0-aaaa=built baz-1_0_0-cccc=failed]", 0},
		{"11-already-built/nix-build.internal-json.stderr", true, "[]", 0},
		{"12-builder-at-nix/nix-build.internal-json.stderr", true, "[builder-at-nix=built]", 0},
		{"13-interrupt-sigint/nix-build.internal-json.stderr", false, "[interrupted-a=cancelled interrupted-b=cancelled]", 0},
		{"14-interrupt-sigkill/nix-build.internal-json.stderr", false, "[killed-a=unfinished killed-b=unfinished]", 0},
		{"14-interrupt-sigkill/synthetic.truncated-mid-line.stderr", false, "[killed-a=unfinished killed-b=unfinished]", 0},
		{"19-fail-dependency-chain/nix-build.internal-json.stderr", false, "[chain-ok=cancelled chain-leaf=failed]", 2},
		{"20-post-build-hook/nix-build.internal-json.stderr", true, "[with-post-build-hook=built]", 0},
		{"22-daemon-fail/nix-build.internal-json.stderr", false, "[daemon-bad=failed daemon-ok=built]", 0},
		{"24-systemd-prefix/nix-build.internal-json.stderr", true, "[systemd-prefix=built]", 0},
		{"25-ifd-then-build/nix-build.internal-json.stderr", true, "[ifd-gen=built ifd-main=built]", 0},
		{"26-ifd-fail/nix-build.internal-json.show-trace.stderr", false, "[ifd-gen-broken=failed]", 0},
		{"27-substitute-http-cache/nix-build.internal-json.stderr", true, "[subst-top=built]", 0},
		{"28-daemon-dependency-chain/nix-build.internal-json.stderr", false, "[dchain-ok=cancelled dchain-leaf=failed]", 2},
		{"29-builder-at-nix-no-action/nix-build.internal-json.stderr", false, "[builder-at-nix-no-action=failed]", 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			log, err := os.ReadFile(filepath.Join("testdata/nixlogs", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			_, s := run(t, log)
			var got []string
			for _, b := range s.Builds {
				got = append(got, b.Name+"="+b.Status.String())
			}
			if fmt.Sprint(got) != tt.builds || s.Success != tt.success || len(s.Skipped) != tt.skipped {
				t.Errorf("got %v success=%v skipped=%d; want %s success=%v skipped=%d",
					got, s.Success, len(s.Skipped), tt.builds, tt.success, tt.skipped)
			}
		})
	}
}

func TestMessageKinds(t *testing.T) {
	want := map[string][]MsgKind{
		"06-eval-syntax-error":        {MsgEvalError},
		"07-eval-throw":               {MsgEvalError},
		"08-eval-assert":              {MsgEvalError, MsgHint},
		"12-builder-at-nix":           {MsgOther, MsgOther},
		"13-interrupt-sigint":         {MsgInterrupted},
		"19-fail-dependency-chain":    {MsgBuildError, MsgDependencyError, MsgDependencyError},
		"04-fail-parallel":            {MsgBuildError, MsgBuildSummary},
		"21-trace-and-warnings":       {MsgTrace, MsgTrace},
		"26-ifd-fail":                 {MsgBuildError, MsgHint},
		"29-builder-at-nix-no-action": {MsgError},
	}
	for c, kinds := range want {
		matches, _ := filepath.Glob("testdata/nixlogs/" + c + "/nix-build.internal-json.stderr")
		log, err := os.ReadFile(matches[0])
		if err != nil {
			t.Fatal(err)
		}
		rec := &level0{}
		m := NewModel(rec)
		for _, l := range bytes.Split(log, []byte("\n")) {
			m.Line(l)
		}
		if !reflect.DeepEqual(fields(rec, func(m *Message) MsgKind { return m.Kind }), kinds) {
			t.Errorf("%s: level-0 kinds %v, want %v", c, fields(rec, func(m *Message) MsgKind { return m.Kind }), kinds)
		}
	}
}

// TestMemoryFlat checks that the log lines the model holds do not grow with
// the number of successful builds: a build's lines are released once it is
// known to be built.
func TestMemoryFlat(t *testing.T) {
	var logs [][]byte
	for _, c := range []string{"02-parallel-4", "10-cargo-protocol", "12-builder-at-nix", "25-ifd-then-build"} {
		b, err := os.ReadFile(filepath.Join("testdata/nixlogs", c, "nix-build.internal-json.stderr"))
		if err != nil {
			t.Fatal(err)
		}
		logs = append(logs, b)
	}
	peak := func(copies int) int {
		m := NewModel(nop{})
		most := 0
		for k := 1; k <= copies; k++ {
			for _, log := range logs {
				for _, l := range bytes.Split(nixlogtest.Renumber(log, uint64(k)), []byte("\n")) {
					m.Line(l)
					most = max(most, m.RetainedLines())
				}
			}
		}
		return most
	}
	small, large := peak(2), peak(40)
	if large != small {
		t.Errorf("peak retained lines: %d after 2 copies, %d after 40", small, large)
	}
	t.Logf("peak retained log lines: %d", large)
}

// usageErrorLog is nix-build 2.8's log for `nix-build … --log-format
// internal-json --no-such-nix-flag`.
const usageErrorLog = `@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"\u001b[31;1merror:\u001b[0m unrecognised flag '\u001b[35;1m--no-such-nix-flag\u001b[0m'","raw_msg":"unrecognised flag '\u001b[35;1m--no-such-nix-flag\u001b[0m'"}
@nix {"action":"msg","level":0,"msg":"Try 'nix-build --help' for more information."}
`

// TestUsageError: an error followed by Nix's "Try '… --help'" line is a
// usage error, not an evaluation error; the same error without the hint
// stays an evaluation error, whatever follows it.
func TestUsageError(t *testing.T) {
	const noHint = `@nix {"action":"msg","level":0,"msg":"error: getting status of '/nope': No such file or directory"}` + "\n"
	tests := []struct {
		name, log string
		kinds     []MsgKind
		errors    map[MsgKind]int
	}{
		{"usage error", usageErrorLog, []MsgKind{MsgUsageError, MsgHint}, map[MsgKind]int{MsgUsageError: 1}},
		{"eval error at the end", noHint, []MsgKind{MsgEvalError}, map[MsgKind]int{MsgEvalError: 1}},
		{"eval error, then a plain line", noHint + "plain\n", []MsgKind{MsgEvalError}, map[MsgKind]int{MsgEvalError: 1}},
		{"eval error, then another error", noHint + noHint, []MsgKind{MsgEvalError, MsgEvalError}, map[MsgKind]int{MsgEvalError: 2}},
		{"eval error, then the hint after a plain line", noHint + "plain\n" + usageErrorLog[strings.Index(usageErrorLog, "\n")+1:],
			[]MsgKind{MsgEvalError, MsgHint}, map[MsgKind]int{MsgEvalError: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &level0{}
			m := NewModel(rec)
			for _, l := range strings.SplitAfter(tt.log, "\n") {
				if l != "" {
					m.Line([]byte(strings.TrimSuffix(l, "\n")))
				}
			}
			s := m.Finish()
			if !reflect.DeepEqual(fields(rec, func(m *Message) MsgKind { return m.Kind }), tt.kinds) || !reflect.DeepEqual(s.Errors, tt.errors) || s.Success {
				t.Errorf("kinds %v, errors %v, success %v; want %v, %v, false", fields(rec, func(m *Message) MsgKind { return m.Kind }), s.Errors, s.Success, tt.kinds, tt.errors)
			}
			if m.Records() != strings.Count(tt.log, "@nix ") {
				t.Errorf("Records() = %d", m.Records())
			}
		})
	}
}

// realFailure is a unit that fails of its own accord.
func realFailure(l *nixlogtest.Log) {
	l.Unit(12, nixlogtest.Drv("real-0.1.0-lib"), "real-u", "real", "0.1.0", "lib")
	l.Finish(12, "real-u", 1, false)
	l.Msg(0, "error: builder for '"+nixlogtest.Drv("real-0.1.0-lib")+"' failed with exit code 1")
	l.Stop(12)
}

// TestStale: a build whose only failures are stale units and what follows
// from them is OnlyStale; any failure of another kind makes it not.
func TestStale(t *testing.T) {
	tests := []struct {
		name   string
		log    []byte
		only   bool
		units  []string
		builds string
		stale  []bool // Message.Stale of each level-0 message
	}{
		{"stale, dependents skipped", nixlogtest.StaleLog(nil), true, []string{"app-u"},
			"[dep-1.0.0-lib=built app-0.1.0-lib=failed]", []bool{true, true, true}},
		{"nix build's summary", nixlogtest.StaleLog(func(l *nixlogtest.Log) {
			l.Msg(0, "error: build of '"+nixlogtest.Drv("app-0.1.0-bin")+"', '"+nixlogtest.Drv("app-0.1.0-test")+"' failed")
		}), true, []string{"app-u"}, "[dep-1.0.0-lib=built app-0.1.0-lib=failed]", []bool{true, true, true, true}},
		{"a build Nix cancelled", nixlogtest.StaleLog(func(l *nixlogtest.Log) {
			l.Unit(13, nixlogtest.Drv("slow-0.1.0-lib"), "slow-u", "slow", "0.1.0", "lib")
			l.Stop(13)
		}), true, []string{"app-u"}, "[dep-1.0.0-lib=built app-0.1.0-lib=failed slow-0.1.0-lib=cancelled]", []bool{true, true, true}},
		{"stale and real", nixlogtest.StaleLog(realFailure), false, []string{"app-u"},
			"[dep-1.0.0-lib=built app-0.1.0-lib=failed real-0.1.0-lib=failed]", []bool{true, true, true, false}},
		{"real, then the stale unit's dependents", func() []byte {
			var l nixlogtest.Log
			realFailure(&l)
			return append(l.Bytes(), nixlogtest.StaleLog(nil)...)
		}(), false, []string{"app-u"}, "[real-0.1.0-lib=failed dep-1.0.0-lib=built app-0.1.0-lib=failed]",
			[]bool{false, true, false, false}},
		{"interrupted", nixlogtest.StaleLog(func(l *nixlogtest.Log) { l.Msg(0, "error: interrupted by the user") }), false,
			[]string{"app-u"}, "[dep-1.0.0-lib=built app-0.1.0-lib=failed]", []bool{true, true, true, false}},
		{"no stale unit", func() []byte {
			var l nixlogtest.Log
			realFailure(&l)
			return l.Bytes()
		}(), false,
			nil, "[real-0.1.0-lib=failed]", []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &level0{}
			m := NewModel(rec)
			for _, l := range bytes.Split(bytes.TrimSuffix(tt.log, []byte("\n")), []byte("\n")) {
				m.Line(l)
			}
			s := m.Finish()
			var got []string
			for _, b := range s.Builds {
				got = append(got, b.Name+"="+b.Status.String())
			}
			if s.OnlyStale() != tt.only || !reflect.DeepEqual(s.StaleUnits(), tt.units) || fmt.Sprint(got) != tt.builds ||
				!reflect.DeepEqual(fields(rec, func(m *Message) bool { return m.Stale }), tt.stale) || s.Success {
				t.Errorf("OnlyStale %v, StaleUnits %q, builds %v, Message.Stale %v, success %v; want %v, %q, %s, %v, false",
					s.OnlyStale(), s.StaleUnits(), got, fields(rec, func(m *Message) bool { return m.Stale }), s.Success, tt.only, tt.units, tt.builds, tt.stale)
			}
		})
	}
}

// TestNotStarted: a build whose builder said its unit did not start ends
// cancelled, not failed, and Nix's error about it is marked Cancelled.
func TestNotStarted(t *testing.T) {
	rec := &level0{}
	m := NewModel(rec)
	for _, l := range bytes.Split(bytes.TrimSuffix(nixlogtest.FailFastLog(), []byte("\n")), []byte("\n")) {
		m.Line(l)
	}
	s := m.Finish()
	var got []string
	for _, b := range s.Builds {
		got = append(got, fmt.Sprintf("%s=%s/%v", b.Name, b.Status, b.NotStarted))
	}
	want := "[0-00-slow-0.1.0-lib-11111111=built/false 0-00-fails-0.1.0-lib-22222222=failed/false 0-00-late-0.1.0-lib-33333333=cancelled/true]"
	if fmt.Sprint(got) != want || !reflect.DeepEqual(fields(rec, func(m *Message) bool { return m.Cancelled }), []bool{false, true, false, false}) || s.Success || s.OnlyStale() {
		t.Errorf("builds %v, Message.Cancelled %v, success %v; want %s, [false true false false]", got, fields(rec, func(m *Message) bool { return m.Cancelled }), s.Success, want)
	}
}

// level0 records the error-level messages (level 0) the model passes on.
type level0 struct {
	nop
	msgs []*Message
}

func (r *level0) Message(m *Message) {
	if m.Level == 0 {
		r.msgs = append(r.msgs, m)
	}
}

// fields is what f returns of each message, for comparing with a want list.
func fields[T any](r *level0, f func(*Message) T) []T {
	var v []T
	for _, m := range r.msgs {
		v = append(v, f(m))
	}
	return v
}
