package timings

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/golden"
)

func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// sample is a release build of a bin and its test with serde from the
// store and a build script compiled and run now.
func sample() Report {
	return Report{
		WorkspaceRoot: "/home/dev/app",
		Start:         time.Date(2026, 12, 1, 20, 19, 32, 135792000, time.UTC),
		Total:         sec(3.21),
		Jobs:          4,
		CPUs:          8,
		Profile:       "release",
		Rustc:         "rustc 1.95.0 (59807616e 2026-04-14)",
		Host:          "x86_64-unknown-linux-gnu",
		Command:       "libnix-build build --release --timings",
		Units: []Unit{
			{Name: "serde", Version: "1.0.200", Features: []string{"default", "derive", "std"}, Start: sec(0.02), Duration: sec(0.01), Fresh: true},
			{Name: "app", Version: "0.1.0", Target: "build-script", Start: sec(0.05), Duration: sec(0.42)},
			{Name: "app", Version: "0.1.0", Target: "build-script (run)", Start: sec(0.47), Duration: sec(0.08)},
			{Name: "app", Version: "0.1.0", Start: sec(0.55), Duration: sec(1.3)},
			{Name: "app", Version: "0.1.0", Target: `app "bin"`, Start: sec(1.85), Duration: sec(1.36), Root: true},
			{Name: "app", Version: "0.1.0", Target: `cli "test" (test)`, Start: sec(1.85), Duration: sec(0.9), Root: true},
		},
	}
}

func TestGolden(t *testing.T) {
	var out bytes.Buffer
	if err := render(&out, sample()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/report.html", out.Bytes())
}

// TestFileName: the names real cargo 1.95 gave these workspace roots
// (`cargo build --timings`, the start rounded down to the millisecond).
func TestFileName(t *testing.T) {
	long := "/tmp/tim/very-long-directory-name-for-testing-the-hash/with/many/components/and_more_bytes_here/p"
	for _, tc := range []struct {
		root  string
		start time.Time
		want  string
	}{
		{"/tmp/tim/ws", time.Date(2026, 12, 2, 1, 52, 8, 176422394, time.UTC), "cargo-timing-20261202T015208176Z-7fdc9c3808077c47.html"},
		{"/tmp/tim/a", time.Date(2026, 12, 2, 1, 54, 17, 445999999, time.UTC), "cargo-timing-20261202T015417445Z-add75301da40505e.html"},
		{long, time.Date(2026, 12, 2, 1, 54, 17, 679000000, time.UTC), "cargo-timing-20261202T015417679Z-a46f72a916789606.html"},
		// The file name is in UTC whatever the start's zone.
		{"/tmp/tim/ws", time.Date(2026, 12, 2, 2, 52, 8, 0, time.FixedZone("CET", 3600)), "cargo-timing-20261202T015208000Z-7fdc9c3808077c47.html"},
		// Rust hashes a Path by its components.
		{"/tmp/./tim/ws/", time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC), "cargo-timing-20260102T030405000Z-7fdc9c3808077c47.html"},
	} {
		if got := fileName(Report{WorkspaceRoot: tc.root, Start: tc.start}); got != tc.want {
			t.Errorf("fileName(%q, %v) = %s, want %s", tc.root, tc.start, got, tc.want)
		}
	}
}

// TestWrite: the stamped file and cargo-timing.html hold the page, the
// second one linked to the first, and a later build replaces the link.
func TestWrite(t *testing.T) {
	target := filepath.Join(t.TempDir(), "target")
	r := sample()
	var want bytes.Buffer
	if err := render(&want, r); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		path, err := Write(target, r)
		if err != nil {
			t.Fatal(err)
		}
		if !filepath.IsAbs(path) || filepath.Dir(path) != filepath.Join(target, "cargo-timings") || filepath.Base(path) != fileName(r) {
			t.Errorf("build %d: Write returned %s", i, path)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		latest := filepath.Join(target, "cargo-timings", "cargo-timing.html")
		gotLatest, err := os.ReadFile(latest)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) || !bytes.Equal(gotLatest, got) {
			t.Errorf("build %d: the files do not hold the page", i)
		}
		a, _ := os.Stat(path)
		b, _ := os.Stat(latest)
		if !os.SameFile(a, b) {
			t.Errorf("build %d: %s is not a link to %s", i, latest, path)
		}
		r.Start = r.Start.Add(time.Minute)
		r.Units = r.Units[:3]
		want.Reset()
		if err := render(&want, r); err != nil {
			t.Fatal(err)
		}
	}
	if names, _ := filepath.Glob(filepath.Join(target, "cargo-timings", "*")); len(names) != 3 {
		t.Errorf("cargo-timings holds %q, want two reports and the link", names)
	}
}

func TestWriteError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "target")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(file, sample()); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("Write under a file: %v, want an error naming it", err)
	}
}

func TestSummary(t *testing.T) {
	for _, tc := range []struct {
		name  string
		r     Report
		total string
		conc  string
		fresh int
	}{
		{"empty", Report{}, "0.0s", "0", 0},
		{"sample", sample(), "3.2s", "2", 1},
		{"over a minute", Report{Total: sec(75.34)}, "75.3s (1m 15.3s)", "0", 0},
		{"back to back", Report{Units: []Unit{{Duration: sec(1)}, {Start: sec(1), Duration: sec(1)}}}, "0.0s", "1", 0},
		{"all fresh", Report{Units: []Unit{{Fresh: true}, {Fresh: true}}}, "0.0s", "0", 2},
	} {
		v := newView(tc.r)
		if v.TotalTime != tc.total || v.Concurrency != tc.conc || v.Fresh != tc.fresh || v.Fresh+v.Dirty != len(tc.r.Units) {
			t.Errorf("%s: total %q, concurrency %q, fresh %d, dirty %d; want %q, %q, %d", tc.name, v.TotalTime, v.Concurrency, v.Fresh, v.Dirty, tc.total, tc.conc, tc.fresh)
		}
	}
}

const hostile = "</script><script>alert(1)</script> \"q' ${x} <!-- ]]> &amp;\n</title><svg onload=x>"

// TestHostile: project strings reach the page as text only.
func TestHostile(t *testing.T) {
	r := Report{
		WorkspaceRoot: hostile, Profile: hostile, Rustc: hostile, Host: hostile, Target: hostile,
		Command: hostile, Error: hostile,
		Units: []Unit{{Name: hostile, Version: hostile, Target: hostile, Features: []string{hostile, hostile}, Root: true, Duration: sec(1)}},
	}
	var out bytes.Buffer
	if err := render(&out, r); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	if strings.Contains(page, "<script") || strings.Contains(page, "<!--") || strings.Contains(page, "<svg onload") || strings.Contains(page, "\"q'") {
		t.Errorf("hostile markup reached the page:\n%s", page)
	}
	checkStructure(t, r, page)
}

func FuzzRender(f *testing.F) {
	f.Add("serde", "1.0.200", "build-script (run)", "derive", "libnix-build build", "", int64(0), int64(1e9), true)
	f.Add(hostile, hostile, hostile, hostile, hostile, hostile, int64(-5), int64(1<<62), false)
	f.Fuzz(func(t *testing.T, name, version, target, feature, command, failure string, start, dur int64, root bool) {
		r := Report{
			WorkspaceRoot: name, Command: command, Error: failure, Rustc: version, Host: target, Profile: feature,
			Total: time.Duration(dur),
			Units: []Unit{
				{Name: name, Version: version, Target: target, Features: []string{feature}, Start: time.Duration(start), Duration: time.Duration(dur), Root: root},
				{Name: version, Version: name, Target: "build-script", Start: time.Duration(dur), Duration: time.Duration(start), Fresh: true, Root: true},
			},
		}
		var out bytes.Buffer
		if err := render(&out, r); err != nil {
			t.Fatal(err)
		}
		checkStructure(t, r, out.String())
		_ = fileName(r)
	})
}

var tagRE = regexp.MustCompile(`<[^\s>]*`)

// checkStructure: page has the markup of the same report with each
// distinct string replaced by a plain one, so no input added or removed an
// element.
func checkStructure(t *testing.T, r Report, page string) {
	t.Helper()
	plain := map[string]string{"": ""}
	p := func(s *string) {
		if _, ok := plain[*s]; !ok {
			plain[*s] = "s" + string(rune('a'+len(plain)%26)) + strings.Repeat("x", len(plain)/26)
		}
		*s = plain[*s]
	}
	for _, s := range []*string{&r.WorkspaceRoot, &r.Profile, &r.Rustc, &r.Host, &r.Target, &r.Command, &r.Error} {
		p(s)
	}
	r.Units = append([]Unit(nil), r.Units...)
	for i := range r.Units {
		u := &r.Units[i]
		run := strings.HasSuffix(u.Target, "(run)")
		p(&u.Name)
		p(&u.Version)
		p(&u.Target)
		if run { // keep the bar's class
			u.Target += " (run)"
		}
		u.Features = append([]string(nil), u.Features...)
		for j := range u.Features {
			p(&u.Features[j])
		}
	}
	var want bytes.Buffer
	if err := render(&want, r); err != nil {
		t.Fatal(err)
	}
	got, exp := tagRE.FindAllString(page, -1), tagRE.FindAllString(want.String(), -1)
	if strings.Join(got, " ") != strings.Join(exp, " ") {
		t.Errorf("the page's markup differs from the plain report's:\n%q\n%q", got, exp)
	}
}
