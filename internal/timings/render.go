package timings

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"
	"time"
)

//go:embed report.html
var pageText string

var page = template.Must(template.New("report.html").Parse(pageText))

// The timeline's geometry, in SVG user units.
const (
	chartWidth = 1000.0
	rowHeight  = 24.0
	boxHeight  = 20.0
	axisHeight = 24.0
	concHeight = 120.0
)

// view is the page's data: every string and coordinate computed here, so
// the template only places and escapes them.
type view struct {
	Title, Command, Error   string
	Targets                 []string
	Profile                 string
	Fresh, Dirty, Total     int
	Concurrency, Jobs, CPUs string
	Start, TotalTime        string
	Rustc, Host, Target     string
	Rows                    []row
	Bars                    []bar
	Ticks                   []tick
	ChartHeight, GridBottom string
	ConcPoints, ConcTop     string
}

type row struct {
	N                                   int
	Unit, Start, Total, Features, Fresh string
}

type bar struct {
	Class, X, Y, Width, TextX, TextY, Anchor, Label, Title string
}

type tick struct{ X, Label string }

func render(w io.Writer, r Report) error {
	return page.Execute(w, newView(r))
}

func newView(r Report) view {
	v := view{
		Command: r.Command,
		Error:   r.Error,
		Profile: r.Profile,
		Jobs:    fmt.Sprint(r.Jobs),
		CPUs:    "n/a",
		Start:   r.Start.UTC().Format(time.RFC3339Nano),
		Rustc:   r.Rustc,
		Host:    r.Host,
		Target:  r.Target,
	}
	if r.CPUs > 0 {
		v.CPUs = fmt.Sprint(r.CPUs)
	}
	if v.Target == "" {
		v.Target = r.Host
	}
	v.Title, v.Targets = targets(r.Units)
	secs := r.Total.Seconds()
	v.TotalTime = fmt.Sprintf("%.1fs", secs)
	if secs > 60 {
		v.TotalTime += fmt.Sprintf(" (%dm %.1fs)", int(secs)/60, math.Mod(secs, 60))
	}

	// Start order, as cargo records units; the table then puts the
	// longest first, ties in start order.
	units := append([]Unit(nil), r.Units...)
	sort.SliceStable(units, func(i, j int) bool { return units[i].Start < units[j].Start })
	for _, u := range units {
		if u.Fresh {
			v.Fresh++
		} else {
			v.Dirty++
		}
	}
	v.Total = len(units)
	longest := append([]Unit(nil), units...)
	sort.SliceStable(longest, func(i, j int) bool { return longest[i].Duration > longest[j].Duration })
	for i, u := range longest {
		rw := row{
			N:        i + 1,
			Unit:     unitName(u),
			Start:    fmt.Sprintf("%.2fs", u.Start.Seconds()),
			Total:    fmt.Sprintf("%.1fs", u.Duration.Seconds()),
			Features: strings.Join(u.Features, ", "),
		}
		if u.Fresh {
			rw.Fresh = "fresh"
		}
		v.Rows = append(v.Rows, rw)
	}
	timeline(&v, units, r.Total)
	return v
}

// targets is the title's "name version" list and the summary's Targets
// lines: each package with root units, then its targets.
func targets(units []Unit) (title string, lines []string) {
	type pkg struct{ name, version string }
	var pkgs []pkg
	byPkg := map[pkg][]string{}
	for _, u := range units {
		if !u.Root {
			continue
		}
		p := pkg{u.Name, u.Version}
		if _, ok := byPkg[p]; !ok {
			pkgs = append(pkgs, p)
		}
		t := u.Target
		if t == "" {
			t = "lib"
		}
		byPkg[p] = append(byPkg[p], t)
	}
	var names []string
	for _, p := range pkgs {
		name := p.name + " " + p.version
		names = append(names, name)
		lines = append(lines, name+" ("+strings.Join(byPkg[p], ", ")+")")
	}
	return strings.Join(names, ", "), lines
}

// unitName is cargo's name of a unit: `serde v1.0.200`, then the target.
func unitName(u Unit) string {
	s := u.Name + " v" + u.Version
	if u.Target != "" {
		s += " " + u.Target
	}
	return s
}

// timeline lays out the bars (one row per unit, in start order), the
// time axis and the concurrency line.
func timeline(v *view, units []Unit, total time.Duration) {
	span := total.Seconds()
	for _, u := range units {
		span = math.Max(span, end(u).Seconds())
	}
	if span <= 0 {
		span = 1
	}
	x := func(d time.Duration) float64 { return clamp(d).Seconds() / span * chartWidth }

	for i, u := range units {
		b := bar{
			Class: "unit",
			Label: fmt.Sprintf("%s %.1fs", unitName(u), u.Duration.Seconds()),
			Title: fmt.Sprintf("%s\nstart %.2fs, %.2fs", unitName(u), u.Start.Seconds(), u.Duration.Seconds()),
		}
		switch {
		case u.Fresh:
			b.Class = "unit fresh"
			b.Title += " (fresh)"
		case strings.HasSuffix(u.Target, "(run)"):
			b.Class = "unit run"
		}
		x0 := math.Min(x(u.Start), chartWidth)
		wd := math.Max(math.Min(x(u.Duration), chartWidth-x0), 1)
		y := float64(i)*rowHeight + axisHeight
		b.X, b.Y, b.Width = num(x0), num(y), num(wd)
		b.TextY = num(y + boxHeight*0.7)
		// A label right of the middle would run off the chart: it ends
		// left of its bar instead.
		if x0 > chartWidth/2 {
			b.TextX, b.Anchor = num(x0-4), "end"
		} else {
			b.TextX, b.Anchor = num(x0+4), "start"
		}
		v.Bars = append(v.Bars, b)
	}
	bottom := float64(len(units))*rowHeight + axisHeight
	v.GridBottom = num(bottom)
	v.ChartHeight = num(bottom + 4)

	step := tickStep(span)
	for i := 0; float64(i)*step <= span*(1+1e-9); i++ {
		t := float64(i) * step
		v.Ticks = append(v.Ticks, tick{X: num(t / span * chartWidth), Label: secondsLabel(t, step)})
	}

	points, top := concurrency(units)
	v.ConcTop = fmt.Sprint(top)
	v.Concurrency = fmt.Sprint(top)
	if top == 0 {
		top = 1
	}
	var pts []string
	for _, p := range points {
		pts = append(pts, num(p.t/span*chartWidth)+","+num(concHeight-float64(p.n)/float64(top)*concHeight))
	}
	v.ConcPoints = strings.Join(pts, " ")
}

type level struct {
	t float64
	n int
}

// concurrency is the step line of units running at once, from 0 to the
// last end, and its maximum (cargo's "Max concurrency").
func concurrency(units []Unit) ([]level, int) {
	type event struct {
		t     time.Duration
		delta int
	}
	var events []event
	for _, u := range units {
		if u.Duration > 0 {
			events = append(events, event{clamp(u.Start), 1}, event{end(u), -1})
		}
	}
	// Ends before starts at the same instant: back-to-back units do not
	// overlap.
	sort.Slice(events, func(i, j int) bool {
		if events[i].t != events[j].t {
			return events[i].t < events[j].t
		}
		return events[i].delta < events[j].delta
	})
	points := []level{{0, 0}}
	n, top := 0, 0
	for i, e := range events {
		n += e.delta
		top = max(top, n)
		// One step per instant, where the level changed.
		if last := points[len(points)-1]; (i+1 == len(events) || events[i+1].t != e.t) && n != last.n {
			t := e.t.Seconds()
			points = append(points, level{t, last.n}, level{t, n})
		}
	}
	return points, top
}

// tickStep is the first of 1, 2, 5 × 10^k seconds giving at most 10 ticks.
func tickStep(span float64) float64 {
	for mag := 0.01; ; mag *= 10 {
		for _, m := range []float64{1, 2, 5} {
			if span/(m*mag) <= 10 {
				return m * mag
			}
		}
	}
}

func secondsLabel(t, step float64) string {
	if step >= 1 {
		return fmt.Sprintf("%.0fs", t)
	}
	if step >= 0.1 {
		return fmt.Sprintf("%.1fs", t)
	}
	return fmt.Sprintf("%.2fs", t)
}

func clamp(d time.Duration) time.Duration { return max(d, 0) }

// end is when u ends, saturating where Start+Duration would overflow.
func end(u Unit) time.Duration {
	s, d := clamp(u.Start), clamp(u.Duration)
	if s > math.MaxInt64-d {
		return math.MaxInt64
	}
	return s + d
}

func num(f float64) string { return fmt.Sprintf("%.1f", f) }
