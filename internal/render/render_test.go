package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/libnix/libnix/internal/golden"
	"github.com/libnix/libnix/internal/jq"
	"github.com/libnix/libnix/internal/nixlog"
	"github.com/libnix/libnix/internal/nixlog/nixlogtest"
)

// logsDir holds the recorded Nix logs (see its README).
const logsDir = "../nixlog/testdata/nixlogs"

var epoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return epoch }

// inputs returns every recorded log the golden tests render, as paths.
func inputs(t testing.TB) []string {
	nix, err := filepath.Glob(logsDir + "/*/*.std*")
	if err != nil || len(nix) == 0 {
		t.Fatalf("no logs in %s: %v", logsDir, err)
	}
	nix = append(nix, filepath.Join(logsDir, "01-success-single/nix-build.internal-json.merged-stdout-stderr"))
	proto, _ := filepath.Glob("testdata/prototype/stdin*")
	return append(nix, proto...)
}

func render(t testing.TB, in []byte, opts Options) (string, int) {
	t.Helper()
	if opts.Now == nil {
		opts.Now = fixedClock
	}
	var out, plain bytes.Buffer
	res, err := Render(bytes.NewReader(in), &out, &plain, opts)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String() + plain.String(), res.Status
}

var levels = []struct {
	name string
	opts Options
}{
	{"cargo", Options{Level: LevelCargo}},
	{"errors", Options{Level: LevelErrors}},
	{"verbose", Options{Level: LevelVerbose}},
	{"json", Options{JSON: true}},
}

// goldenName maps an input to its golden file for a level.
func goldenName(in, level string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(in, logsDir+"/"), "testdata/")
	return filepath.Join("testdata/golden", filepath.Dir(rel), filepath.Base(rel)+"."+level)
}

func TestGolden(t *testing.T) {
	for _, in := range inputs(t) {
		log, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, log, func(level string) string { return goldenName(in, level) })
	}
}

// checkGolden renders log at every level and compares each rendering (with
// the exit status) with its golden file, or rewrites the files with -update.
func checkGolden(t *testing.T, log []byte, goldenPath func(level string) string) {
	for _, lv := range levels {
		name := goldenPath(lv.name)
		t.Run(name, func(t *testing.T) {
			got, status := render(t, log, lv.opts)
			got += fmt.Sprintf("[exit %d]\n", status)
			golden.Check(t, name, []byte(got))
		})
	}
}

// TestColor renders one log with colours, to show cargo's look: the status
// verb right-aligned in 12 columns, green and bold.
func TestColor(t *testing.T) {
	log, err := os.ReadFile(filepath.Join(logsDir, "10-cargo-protocol/nix-build.internal-json.stderr"))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := render(t, log, Options{Color: true})
	if !strings.Contains(got, "   \x1b[32;1mCompiling\x1b[0m foo v0.1.0 (lib)\n") {
		t.Errorf("no coloured Compiling line in:\n%s", got)
	}
	if !strings.Contains(got, "\x1b[38;5;9merror[E0425]") {
		t.Errorf("rustc's rendering lost its colours")
	}
	plain, _ := render(t, log, Options{})
	if strings.Contains(plain, "\x1b") {
		t.Errorf("escape codes in uncoloured output")
	}
}

// TestNothingLost checks, for every recorded log, that every line of every
// failed build's log and every error message appear in the output, in
// order, at levels cargo and errors. Protocol lines count as shown when
// their diagnostics are.
func TestNothingLost(t *testing.T) {
	for _, in := range inputs(t) {
		log, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		for _, lv := range levels[:2] {
			groups := mustShow(log, lv.opts.Level)
			t.Run(in+"/"+lv.name, func(t *testing.T) {
				got, _ := render(t, log, lv.opts)
				for _, g := range groups {
					rest := got
					for _, w := range g {
						i := strings.Index(rest, w)
						if i < 0 {
							if !strings.Contains(got, w) {
								t.Fatalf("missing %q", w)
							}
							t.Fatalf("out of order: %q", w)
						}
						rest = rest[i+len(w):]
					}
				}
			})
		}
	}
}

// mustShow lists the texts a log's rendering must contain: each level-0
// message (at the cargo level, those the cargo output does not already say),
// and the log lines of each build that failed (by the model's verdict,
// checked against each case's README in package nixlog) and their
// diagnostics, in order within each group.
func mustShow(log []byte, level Level) [][]string {
	rec := &collector{lines: map[*nixlog.Build][]string{}, diags: map[*nixlog.Build][]string{}}
	m := nixlog.NewModel(rec)
	lr := nixlog.NewLineReader(bytes.NewReader(log))
	for {
		l, err := lr.Next()
		if err != nil {
			break
		}
		m.Line(l)
	}
	m.Finish()
	var out [][]string
	for _, msg := range rec.msgs {
		if msg.Stale || level == LevelCargo && coveredByCargo(msg, m.Build) {
			continue
		}
		out = append(out, []string{msg.Plain})
	}
	for _, b := range rec.failed {
		out = append(out, rec.lines[b], rec.diags[b])
	}
	return out
}

// collector gathers failed builds' lines; their diagnostics apart, since
// the cargo level shows them as they come, before the rest of the log.
type collector struct {
	lines  map[*nixlog.Build][]string
	diags  map[*nixlog.Build][]string
	failed []*nixlog.Build
	msgs   []*nixlog.Message
}

func (c *collector) Plain([]byte)               {}
func (c *collector) BuildStarted(*nixlog.Build) {}
func (c *collector) UnitStarted(*nixlog.Build)  {}
func (c *collector) BuildStopped(*nixlog.Build) {}
func (c *collector) Substitution(string)        {}
func (c *collector) Progress()                  {}

func (c *collector) LogLine(b *nixlog.Build, l nixlog.LogLine, cm *nixlog.CargoMsg) {
	if b == nil {
		return
	}
	if cm == nil {
		c.lines[b] = append(c.lines[b], nixlog.StripANSI(l.Text))
		return
	}
	for _, d := range cm.Diagnostics {
		// rustc's tallies give way to cargo's summary line at the cargo level.
		if d.Rendered != "" && !summaryDiagnostic(d) {
			c.diags[b] = append(c.diags[b], strings.TrimRight(nixlog.StripANSI(d.Rendered), "\n"))
		}
	}
}

func (c *collector) BuildEnded(b *nixlog.Build) {
	if b.Status == nixlog.Failed && (b.Unit == nil || !b.Unit.Stale) {
		c.failed = append(c.failed, b)
	}
}

func (c *collector) Message(m *nixlog.Message) {
	if m.Level == 0 {
		c.msgs = append(c.msgs, m)
	}
}

// TestPlainLinesKept checks the lines that are not records: passed through
// unchanged, in order, to out in text mode and to the plain stream in JSON
// mode.
func TestPlainLinesKept(t *testing.T) {
	in := "warning: before the logger\n@nix {\"action\":\"stop\",\"id\":1}\n<3>@nix {\"action\":\"stop\",\"id\":2}\nstdout \xff line\r\n@nix {\"action\":\"result\",\"id\":44"
	var out, plain bytes.Buffer
	if _, err := Render(strings.NewReader(in), &out, &plain, Options{Now: fixedClock}); err != nil {
		t.Fatal(err)
	}
	want := "warning: before the logger\nstdout \xff line\r\n@nix {\"action\":\"result\",\"id\":44\n"
	if !strings.HasPrefix(out.String(), want) || plain.Len() != 0 {
		t.Errorf("text mode: out %q, plain %q", out.String(), plain.String())
	}
	out.Reset()
	if _, err := Render(strings.NewReader(in), &out, &plain, Options{JSON: true, Now: fixedClock}); err != nil {
		t.Fatal(err)
	}
	if plain.String() != want || strings.Contains(out.String(), "before the logger") {
		t.Errorf("JSON mode: out %q, plain %q", out.String(), plain.String())
	}
}

func FuzzRun(f *testing.F) {
	for _, in := range []string{
		"plain\n@nix {\"action\":\"start\",\"fields\":[\"/nix/store/19wm13dzdvi8dgwigb0j55ygkp1g9kp1-x.drv\",\"\",1,1],\"id\":5,\"level\":3,\"text\":\"\",\"type\":105}\n" +
			"@nix {\"action\":\"result\",\"fields\":[\"@cargo {\\\"v\\\":2,\\\"type\\\":\\\"start\\\",\\\"crate\\\":\\\"c\\\"}\"],\"id\":5,\"type\":101}\n" +
			"@nix {\"action\":\"msg\",\"level\":0,\"msg\":\"error: builder for '/nix/store/19wm13dzdvi8dgwigb0j55ygkp1g9kp1-x.drv' failed\"}\n",
		"@nix {\"action\":\"start\",\"id\":1,\"type\":104}\n@nix {\"action\":\"result\",\"fields\":[1,1,0,0],\"id\":1,\"type\":105}\n",
		"\x00\xff\n\n<3>@nix {}",
	} {
		f.Add([]byte(in), uint8(0))
	}
	f.Add(nixlogtest.StaleLog(nil), uint8(2))
	f.Fuzz(func(t *testing.T, in []byte, mode uint8) {
		opts := levels[int(mode)%len(levels)].opts
		opts.Now = fixedClock
		var out, plain bytes.Buffer
		var none *NoRecordsError
		if _, err := Render(bytes.NewReader(in), &out, &plain, opts); err != nil && !errors.As(err, &none) {
			t.Fatal(err)
		}
		got := out.String()
		if opts.JSON {
			got = plain.String()
		}
		// Every line that is not a record must appear, unchanged and in order.
		lr := nixlog.NewLineReader(bytes.NewReader(in))
		var r nixlog.Record
		for {
			l, err := lr.Next()
			if err != nil {
				break
			}
			if nixlog.Parse(l, &r) {
				continue
			}
			i := strings.Index(got, string(l)+"\n")
			if i < 0 {
				t.Fatalf("plain line %q lost; output:\n%q", l, got)
			}
			got = got[i+len(l)+1:]
		}
	})
}

func TestJQ(t *testing.T) {
	log, err := os.ReadFile(filepath.Join(logsDir, "03-fail-exit1/nix-build.internal-json.stderr"))
	if err != nil {
		t.Fatal(err)
	}
	code, err := jq.Compile(`select(.event == "build-failed") | [.name, (.log | length)]`)
	if err != nil {
		t.Fatal(err)
	}
	got, status := render(t, log, Options{JQ: code})
	if got != "[\"fail-exit1-2.3\",15]\n" || status != 1 {
		t.Errorf("got %q, status %d", got, status)
	}
	code, _ = jq.Compile(`error("boom")`)
	var out bytes.Buffer
	if _, err := Render(bytes.NewReader(log), &out, io.Discard, Options{JQ: code}); !errors.As(err, new(*jq.Error)) || err.Error() != "message event: error: boom" {
		t.Errorf("run-time filter error not reported: %v", err)
	}
}

// TestStatusLine drives the text renderer as Run does on a terminal, with
// a clock that advances one second per line.
func TestStatusLine(t *testing.T) {
	log, err := os.ReadFile(filepath.Join(logsDir, "02-parallel-4/nix-build.internal-json.stderr"))
	if err != nil {
		t.Fatal(err)
	}
	now := epoch
	clock := func() time.Time { return now }
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	h := newHuman(w, Options{Status: true, Width: 100, Now: clock})
	m := nixlog.NewModel(h)
	h.model = m
	var frames []string
	lr := nixlog.NewLineReader(bytes.NewReader(log))
	for {
		l, err := lr.Next()
		if err != nil {
			break
		}
		m.Line(l)
		now = now.Add(time.Second)
		before := buf.Len()
		h.tick()
		w.Flush()
		if buf.Len() > before {
			frames = append(frames, buf.String()[before:])
		}
	}
	h.finish(m.Finish())
	w.Flush()
	var found bool
	for _, f := range frames {
		status := f[strings.LastIndexByte(f, '\n')+1:]
		if strings.Contains(status, "] 1/5: par-b-0.1 ") {
			found = true
		}
		if n := utf8.RuneCountInString(strings.TrimPrefix(status, "\r\x1b[K")); n >= 100 {
			t.Errorf("status line of %d columns on a 100-column terminal: %q", n, status)
		}
	}
	if !found {
		t.Errorf("no status line with progress among %d frames: %q", len(frames), frames)
	}
	if !strings.Contains(buf.String(), "5/5\r\x1b[K    Finished 5 built in ") {
		t.Errorf("status line not cleared before the summary: %q", buf.String()[max(0, buf.Len()-200):])
	}
}

// TestCargoLevelNoise: at the cargo level nix's "builder failed" line is left
// out when the unit reported its failure itself (rustc's error and cargo's
// "could not compile" were shown), and kept when the unit died without a
// word, where it is the only explanation.
func TestCargoLevelNoise(t *testing.T) {
	const drv = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-foo-0.1.0-lib-1234abcd.drv"
	start := `@nix {"action":"start","id":7,"level":3,"type":105,"text":"building '` + drv + `'","fields":["` + drv + `","",1,1]}` + "\n" +
		`@nix {"action":"result","id":7,"type":101,"fields":["@cargo {\"v\":2,\"type\":\"start\",\"unit\":\"u\",\"crate\":\"foo\",\"version\":\"0.1.0\",\"kind\":\"lib\",\"target\":\"foo\",\"mode\":\"build\",\"local\":true}"]}` + "\n"
	failed := `@nix {"action":"msg","level":0,"msg":"error: builder for '` + drv + `' failed with exit code 1"}` + "\n"
	for _, tc := range []struct {
		name, log string
		shown     bool
	}{
		{"unit reported", start + `@nix {"action":"result","id":7,"type":101,"fields":["@cargo {\"v\":2,\"type\":\"finish\",\"unit\":\"u\",\"exit\":1}"]}` + "\n" + failed, false},
		{"unit silent", start + `@nix {"action":"result","id":7,"type":101,"fields":["bash: something broke"]}` + "\n" + failed, true},
	} {
		got, status := render(t, []byte(tc.log), Options{Level: LevelCargo})
		if status != 1 {
			t.Errorf("%s: status %d", tc.name, status)
		}
		if strings.Contains(got, "failed with exit code 1") != tc.shown {
			t.Errorf("%s: nix's builder error shown=%v, want %v:\n%s", tc.name, !tc.shown, tc.shown, got)
		}
	}
}

// TestFailedScriptBytes: a failed build-script run whose stderr held an
// invalid byte and a NUL, as Nix logs it (U+FFFD, \u0000): the text shows
// the stderr section with the NUL as ␀; JSON keeps Nix's text.
func TestFailedScriptBytes(t *testing.T) {
	const drv = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-badbytes-0.1.0-run-1234abcd.drv"
	line := func(s string) string {
		return `@nix {"action":"result","id":7,"type":101,"fields":["` + s + `"]}` + "\n"
	}
	log := `@nix {"action":"start","id":7,"level":3,"type":105,"text":"building '` + drv + `'","fields":["` + drv + `","",1,1]}` + "\n" +
		line(`@cargo {\"v\":2,\"type\":\"start\",\"unit\":\"u\",\"crate\":\"badbytes\",\"version\":\"0.1.0\",\"kind\":\"build-script-run\",\"target\":\"build-script-build\",\"mode\":\"run-custom-build\",\"local\":true}`) +
		line("error: failed to run custom build command for `badbytes v0.1.0`") +
		line("  --- stderr") +
		line("  bad \uFFFD byte\\u0000 nul") +
		line(`@cargo {\"v\":2,\"type\":\"finish\",\"unit\":\"u\",\"exit\":101}`) +
		`@nix {"action":"stop","id":7}` + "\n" +
		`@nix {"action":"msg","level":0,"msg":"error: builder for '` + drv + `' failed with exit code 101"}` + "\n"
	for _, lv := range levels {
		got, status := render(t, []byte(log), lv.opts)
		if status != 1 {
			t.Errorf("%s: status %d", lv.name, status)
		}
		// The report is cargo's, shown once and as cargo shows it; the
		// verbose and errors levels show the failed build's log under its
		// name.
		want := "\n  bad \uFFFD byte\u2400 nul\n"
		switch {
		case lv.opts.JSON:
			want = `"  bad ` + "\uFFFD" + ` byte\u0000 nul"`
		case lv.opts.Level != LevelCargo:
			want = "badbytes-0.1.0-run-1234abcd>   bad \uFFFD byte\u2400 nul\n"
		default:
			if n := strings.Count(got, "failed to run custom build command"); n != 1 {
				t.Errorf("%s: the report's first line shows %d times:\n%s", lv.name, n, got)
			}
		}
		if !strings.Contains(got, want) || strings.Contains(got, "\x00") {
			t.Errorf("%s: output does not show the stderr line %q:\n%s", lv.name, want, got)
		}
	}
}

// TestUsageError: nix rejecting its command line is shown as nix printed
// it, with no summary line in text; JSON names the kind.
func TestUsageError(t *testing.T) {
	const log = `@nix {"action":"msg","column":null,"file":null,"level":0,"line":null,"msg":"\u001b[31;1merror:\u001b[0m unrecognised flag '\u001b[35;1m--bogus\u001b[0m'","raw_msg":"unrecognised flag '\u001b[35;1m--bogus\u001b[0m'"}` + "\n" +
		`@nix {"action":"msg","level":0,"msg":"Try 'nix-build --help' for more information."}` + "\n"
	for _, lv := range levels {
		got, status := render(t, []byte(log), lv.opts)
		want := "error: unrecognised flag '--bogus'\nTry 'nix-build --help' for more information.\n"
		if lv.opts.JSON {
			want = `{"event":"error","kind":"usage-error","level":0,"message":"error: unrecognised flag '--bogus'","raw_msg":"unrecognised flag '--bogus'","version":1}` + "\n" +
				`{"event":"message","kind":"hint","level":0,"message":"Try 'nix-build --help' for more information.","version":1}` + "\n" +
				`{"built":0,"cancelled":[],"errors":{"usage-error":1},"event":"summary","exit":1,"failed":[],"fetched":0,"skipped":[],"success":false,"unfinished":[],"version":1}` + "\n"
		}
		if got != want || status != 1 {
			t.Errorf("%s: status %d\n%s\nwant\n%s", lv.name, status, got, want)
		}
	}
}

// TestStale: a unit that failed stale is no failure of the user's; the
// caller builds it again, so nothing of it shows but a verbose line, and no
// summary when nothing else failed. The exit status stays 1.
func TestStale(t *testing.T) {
	const (
		compiling = "   Compiling dep v1.0.0 (lib)\n   Compiling app v0.1.0 (lib)\n"
		staleLine = "       Stale `app` (lib): its sources changed beyond what its last dep-info lists; building it from its whole package\n"
	)
	real := nixlogtest.StaleLog(func(l *nixlogtest.Log) {
		l.Unit(12, nixlogtest.Drv("real-0.1.0-lib"), "real-u", "real", "0.1.0", "lib")
		l.Finish(12, "real-u", 1, false)
		l.Msg(0, "error: builder for '"+nixlogtest.Drv("real-0.1.0-lib")+"' failed with exit code 1")
		l.Stop(12)
	})
	interrupted := nixlogtest.StaleLog(func(l *nixlogtest.Log) { l.Msg(0, "error: interrupted by the user") })
	tests := []struct {
		name  string
		log   []byte
		opts  Options
		want  string
		units []string // Result.Stale
	}{
		{"cargo", nixlogtest.StaleLog(nil), Options{Level: LevelCargo}, compiling, []string{"app-u"}},
		{"errors", nixlogtest.StaleLog(nil), Options{Level: LevelErrors}, "", []string{"app-u"}},
		{"verbose", nixlogtest.StaleLog(nil), Options{Level: LevelVerbose}, compiling + staleLine, []string{"app-u"}},
		{"and a real failure", real, Options{Level: LevelCargo}, compiling +
			"   Compiling real v0.1.0 (lib)\n" +
			"error: could not compile `real` (lib)\n" +
			"error: build failed in 0.00s: 1 failed, 2 not built (dependency failed), 1 built\n" +
			"  failed: real v0.1.0 (lib)\n", []string{"app-u"}},
		{"and a real failure, errors", real, Options{Level: LevelErrors},
			"error: builder for '" + nixlogtest.Drv("real-0.1.0-lib") + "' failed with exit code 1\n" +
				"error: build failed in 0.00s: 1 failed, 2 not built (dependency failed), 1 built\n" +
				"  failed: real-0.1.0-lib (" + nixlogtest.Drv("real-0.1.0-lib") + ")\n" +
				"  not built: " + nixlogtest.Drv("app-0.1.0-bin") + "\n" +
				"  not built: " + nixlogtest.Drv("app-0.1.0-test") + "\n", []string{"app-u"}},
		{"interrupted", interrupted, Options{Level: LevelCargo}, compiling +
			"error: interrupted by the user\n" +
			"error: build failed in 0.00s: 2 not built (dependency failed), 1 built, 1 interrupt\n", []string{"app-u"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Now = fixedClock
			var out bytes.Buffer
			res, err := Render(bytes.NewReader(tt.log), &out, io.Discard, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want || res.Status != 1 || !slices.Equal(res.Stale, tt.units) {
				t.Errorf("status %d, Stale %q, output\n%s\nwant status 1, %q, output\n%s", res.Status, res.Stale, out.String(), tt.units, tt.want)
			}
		})
	}
	got, _ := render(t, nixlogtest.StaleLog(nil), Options{JSON: true})
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, `"unit-finished"`) && strings.Contains(l, `"app-u"`) != strings.Contains(l, `"stale":true`) {
			t.Errorf("JSON: only the stale unit's unit-finished has stale: %s", l)
		}
	}
	if !strings.Contains(got, `"stale":true`) {
		t.Errorf("JSON: no stale unit-finished in\n%s", got)
	}
}

// TestTimed: a unit's time is from its builder's @cargo start line to its
// finish line, and a stale unit (built again) is not timed.
func TestTimed(t *testing.T) {
	const drv = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-foo-0.1.0-lib-1234abcd.drv"
	result := func(cargo string) string {
		return `@nix {"action":"result","id":7,"type":101,"fields":["@cargo ` + strings.ReplaceAll(cargo, `"`, `\"`) + `"]}` + "\n"
	}
	start := `@nix {"action":"start","id":7,"level":3,"type":105,"text":"building '` + drv + `'","fields":["` + drv + `","",1,1]}` + "\n" +
		result(`{"v":2,"type":"start","unit":"u","crate":"foo","version":"0.1.0","kind":"lib","target":"foo","mode":"build","local":true}`)
	for _, tc := range []struct {
		name, finish string
		want         []string
	}{
		// The clock ticks a second per reading: the renderer starts (1), nix
		// starts the build (2), the builder the unit (3), which finishes (4).
		{"built", `{"v":2,"type":"finish","unit":"u","exit":0}`, []string{"u 3s 4s"}},
		{"stale", `{"v":2,"type":"finish","unit":"u","exit":1,"stale":true}`, nil},
	} {
		clock := time.Unix(0, 0)
		var got []string
		opts := Options{Level: LevelCargo,
			Now: func() time.Time { clock = clock.Add(time.Second); return clock },
			Timed: func(unit string, s, e time.Time) {
				got = append(got, fmt.Sprintf("%s %ds %ds", unit, s.Unix(), e.Unix()))
			}}
		render(t, []byte(start+result(tc.finish)), opts)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: timed %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPackageLines: with Packages, a package's units say "Compiling NAME
// vVER (SOURCE)" once, as cargo; at the verbose level each unit keeps its
// own line.
func TestPackageLines(t *testing.T) {
	unit := func(id int, kind, target string) string {
		drv := fmt.Sprintf("/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa%d-app-0.1.0-%s.drv", id, kind)
		cargo := fmt.Sprintf(`{"v":2,"type":"start","unit":"u%d","crate":"app","version":"0.1.0","kind":"%s","target":"%s","mode":"build","local":true}`, id, kind, target)
		return fmt.Sprintf(`@nix {"action":"start","id":%d,"level":3,"type":105,"text":"building '%s'","fields":["%s","",1,1]}`+"\n", id, drv, drv) +
			fmt.Sprintf(`@nix {"action":"result","id":%d,"type":101,"fields":["@cargo %s"]}`+"\n", id, strings.ReplaceAll(cargo, `"`, `\"`)) +
			fmt.Sprintf(`@nix {"action":"result","id":%d,"type":101,"fields":["@cargo {\"v\":2,\"type\":\"finish\",\"unit\":\"u%d\",\"exit\":0}"]}`+"\n", id, id) +
			fmt.Sprintf(`@nix {"action":"stop","id":%d}`+"\n", id)
	}
	log := unit(1, "lib", "app") + unit(2, "bin", "app") + unit(3, "lib", "dep")
	log = strings.Replace(log, `\"crate\":\"app\",\"version\":\"0.1.0\",\"kind\":\"lib\",\"target\":\"dep\"`, `\"crate\":\"dep\",\"version\":\"1.0.0\",\"kind\":\"lib\",\"target\":\"dep\"`, 1)
	packages := map[string]string{"app@0.1.0": "/ws/app", "dep@1.0.0": ""}
	for _, tc := range []struct {
		level Level
		want  []string
	}{
		{LevelCargo, []string{"   Compiling app v0.1.0 (/ws/app)", "   Compiling dep v1.0.0"}},
		{LevelVerbose, []string{"   Compiling app v0.1.0 (lib)", `   Compiling app v0.1.0 (bin "app")`, "   Compiling dep v1.0.0 (lib)"}},
	} {
		got, _ := render(t, []byte(log), Options{Level: tc.level, Packages: packages, NoSuccessSummary: true})
		var lines []string
		for _, l := range strings.Split(got, "\n") {
			if strings.Contains(l, "Compiling") {
				lines = append(lines, l)
			}
		}
		if !slices.Equal(lines, tc.want) {
			t.Errorf("level %v: %q, want %q\n%s", tc.level, lines, tc.want, got)
		}
	}
}

// TestStatusFrames replays real libnix builds of the workspace fixture
// (-j 1, -j 3, and one where a binary fails to compile) and checks every
// frame of the status line: it lists the units running, by crate, and no
// unit that finished; the count is the units finished, moving with each;
// no derivation name reaches it.
func TestStatusFrames(t *testing.T) {
	drvName := regexp.MustCompile(`\b\d-\d\d-[a-z]|/nix/store|\.drv`)
	entry := regexp.MustCompile(`([a-z_-]+) \d+\.\ds`)
	for _, name := range []string{"workspace-j1", "workspace-j3", "workspace-fail-j3"} {
		t.Run(name, func(t *testing.T) {
			log, err := os.ReadFile(filepath.Join("testdata", "libnix", name+".internal-json"))
			if err != nil {
				t.Fatal(err)
			}
			now := epoch
			var buf bytes.Buffer
			w := bufio.NewWriter(&buf)
			h := newHuman(w, Options{Status: true, Width: 200, Now: func() time.Time { return now }})
			m := nixlog.NewModel(h)
			h.model = m
			started, stopped := map[string]bool{}, map[string]bool{}
			lastDone := 0
			lr := nixlog.NewLineReader(bytes.NewReader(log))
			for {
				l, err := lr.Next()
				if err != nil {
					break
				}
				m.Line(l)
				if js, ok := bytes.CutPrefix(l, []byte("@nix ")); ok {
					var r struct {
						Action string `json:"action"`
						ID     uint64 `json:"id"`
						Type   int    `json:"type"`
					}
					json.Unmarshal(js, &r)
					key := fmt.Sprint(r.ID)
					switch {
					case r.Action == "start" && r.Type == 105:
						started[key] = true
					case r.Action == "stop" && started[key], r.Action == "result" && bytes.Contains(js, []byte(`\"type\":\"finish\"`)):
						// Done when its builder says so, or Nix says so first.
						stopped[key] = true
					}
				}
				now = now.Add(time.Second)
				before := buf.Len()
				h.tick()
				w.Flush()
				frame := buf.String()[before:]
				status := frame[strings.LastIndexByte(frame, '\n')+1:]
				status = strings.TrimPrefix(status, "\r\x1b[K")
				if status == "" {
					continue
				}
				if drvName.MatchString(status) {
					t.Errorf("a derivation's name in the status line: %q", status)
				}
				var done, planned int
				if _, err := fmt.Sscanf(status[strings.IndexByte(status, ']')+2:], "%d/%d", &done, &planned); err != nil {
					t.Fatalf("status line %q: %v", status, err)
				}
				running := len(entry.FindAllString(status, -1))
				if want := len(started) - len(stopped); running != want {
					t.Errorf("%d units listed, %d running (started %d, stopped %d): %q", running, want, len(started), len(stopped), status)
				}
				if done < lastDone || done != len(stopped) {
					t.Errorf("count %d after %d units stopped (last frame %d): %q", done, len(stopped), lastDone, status)
				}
				lastDone = done
			}
			h.finish(m.Finish())
			w.Flush()
			if drvName.MatchString(buf.String()) {
				t.Errorf("a derivation's name in the output:\n%s", buf.String())
			}
		})
	}
}

// TestStatusless: cargo's -q shows rustc's diagnostics and cargo's error
// lines of a failed build, and no status line, progress or summary.
func TestStatusless(t *testing.T) {
	log, err := os.ReadFile(filepath.Join("testdata", "libnix", "workspace-fail-j3.internal-json"))
	if err != nil {
		t.Fatal(err)
	}
	got, status := render(t, log, Options{Level: LevelCargo, Statusless: true})
	if status != 1 {
		t.Errorf("status %d", status)
	}
	for _, want := range []string{"error[E0308]: mismatched types", "error: could not compile `app` (bin \"app\") due to 1 previous error\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q:\n%s", want, got)
		}
	}
	for _, unwanted := range []string{"Compiling", "build failed", "failed: ", "cancelled"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("shows %q:\n%s", unwanted, got)
		}
	}
}

// TestSilentUnitNamed: a unit whose builder says nothing (a remote
// builder's) is named as cargo names a unit, not by its derivation.
func TestSilentUnitNamed(t *testing.T) {
	const drv = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1-04-app-0.3.1-beta.2-bin-eabbd425.drv"
	log := `@nix {"action":"start","id":7,"level":3,"type":105,"text":"building '` + drv + `'","fields":["` + drv + `","ssh://b",1,1]}` + "\n" +
		`@nix {"action":"stop","id":7}` + "\n"
	got, _ := render(t, []byte(log), Options{Level: LevelCargo, NoSuccessSummary: true})
	if !strings.Contains(got, "    Building app v0.3.1-beta.2 (bin)\n") || strings.Contains(got, "eabbd425") {
		t.Errorf("got:\n%s", got)
	}
}

// TestFailFast: with Options.Failed, the first failed unit calls it once
// and is followed by cargo's warning while others run; a unit that did not
// start (its builder's cancelled finish) shows nothing and counts as
// cancelled, and Nix's error about its builder is not shown.
func TestFailFast(t *testing.T) {
	const (
		lines = "   Compiling slow v0.1.0 (lib)\n   Compiling fails v0.1.0 (lib)\n" +
			"error: could not compile `fails` (lib)\n"
		warning = "warning: build failed, waiting for other jobs to finish...\n"
		summary = "error: build failed in 0.00s: 1 failed, 1 not built (dependency failed), 1 cancelled, 1 built\n" +
			"  failed: fails v0.1.0 (lib)\n  cancelled: late v0.1.0 (lib)\n"
	)
	tests := []struct {
		name   string
		opts   Options
		want   string
		called int
	}{
		{"gate", Options{Level: LevelCargo}, lines + warning + summary, 1},
		{"logone", Options{Level: LevelCargo}, lines + summary, 0},
		{"-q", Options{Level: LevelCargo, Statusless: true}, "error: could not compile `fails` (lib)\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			called := 0
			if tt.called > 0 {
				tt.opts.Failed = func() { called++ }
			}
			got, status := render(t, nixlogtest.FailFastLog(), tt.opts)
			if got != tt.want || status != 1 || called != tt.called {
				t.Errorf("status %d, Failed called %d times, output\n%s\nwant status 1, %d calls, output\n%s", status, called, got, tt.called, tt.want)
			}
		})
	}
	// Nothing else running: no warning, as cargo -j 1.
	var alone nixlogtest.Log
	alone.Session(1)
	alone.Unit(10, nixlogtest.Drv("0-00-fails-0.1.0-lib-22222222"), "fails-u", "fails", "0.1.0", "lib")
	alone.Finish(10, "fails-u", 1, false)
	alone.Msg(0, "error: builder for '"+nixlogtest.Drv("0-00-fails-0.1.0-lib-22222222")+"' failed with exit code 1")
	alone.Stop(10)
	alone.Stop(1)
	if got, _ := render(t, alone.Bytes(), Options{Level: LevelCargo, Failed: func() {}}); strings.Contains(got, warning) {
		t.Errorf("warning with nothing else running:\n%s", got)
	}
	got, _ := render(t, nixlogtest.FailFastLog(), Options{JSON: true})
	if !strings.Contains(got, `"cancelled":true`) || !strings.Contains(got, `"status":"cancelled"`) {
		t.Errorf("JSON: no cancelled unit-finished and build-ended in\n%s", got)
	}
}

// TestCommands: a unit's command line is cargo's Running line at -v, with
// its environment (sorted by name, the last of a name set twice) at -vv,
// and nothing below -v or with -q.
func TestCommands(t *testing.T) {
	var l nixlogtest.Log
	drv := nixlogtest.Drv("0-00-app-0.1.0-lib-11111111")
	l.Session(1)
	l.Unit(10, drv, "app-u", "app", "0.1.0", "lib")
	l.Command(10, "app-u", []string{"CARGO_PKG_NAME=app", "CARGO_BIN_EXE_my-bin=/b", "CARGO_PKG_AUTHORS=", "CARGO_BIN_EXE_my=/a", "CARGO_PKG_NAME=app2"},
		[]string{"/usr/bin/rustc", "--crate-name", "app", "--cfg", `feature="x y"`})
	l.Finish(10, "app-u", 0, false)
	l.Progress(1, 1, 1, 0, 0)
	l.Stop(10)
	l.Stop(1)
	const args = "/usr/bin/rustc --crate-name app --cfg 'feature=\"x y\"'`\n"
	for _, tt := range []struct {
		name string
		opts Options
		want string
	}{
		{"cargo", Options{Level: LevelCargo, NoSuccessSummary: true}, "   Compiling app v0.1.0 (lib)\n"},
		{"-v", Options{Level: LevelCargo, NoSuccessSummary: true, Commands: 1}, "   Compiling app v0.1.0 (lib)\n     Running `" + args},
		{"-vv", Options{Level: LevelCargo, NoSuccessSummary: true, Commands: 2}, "   Compiling app v0.1.0 (lib)\n     Running `" +
			"CARGO_BIN_EXE_my=/a CARGO_BIN_EXE_my-bin=/b CARGO_PKG_AUTHORS='' CARGO_PKG_NAME=app2 " + args},
		{"-q", Options{Level: LevelCargo, Statusless: true, Commands: 1}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := render(t, l.Bytes(), tt.opts); got != tt.want {
				t.Errorf("output\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
