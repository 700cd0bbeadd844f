package render

import (
	"bufio"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/muesli/termenv"

	"github.com/libnix/libnix/internal/cargoproto"
	"github.com/libnix/libnix/internal/nixlog"
	"github.com/libnix/libnix/internal/shellquote"
)

// verbWidth is cargo's right-aligned status column ("   Compiling").
const verbWidth = 12

type styles struct {
	green, yellow, red, faint, bold func(string) string
}

func newStyles(color bool) styles {
	p := termenv.Ascii
	if color {
		p = termenv.ANSI
	}
	st := func(f func(termenv.Style) termenv.Style) func(string) string {
		return func(s string) string { return f(p.String(s)).String() }
	}
	return styles{
		green:  st(func(s termenv.Style) termenv.Style { return s.Foreground(termenv.ANSIGreen).Bold() }),
		yellow: st(func(s termenv.Style) termenv.Style { return s.Foreground(termenv.ANSIYellow).Bold() }),
		red:    st(func(s termenv.Style) termenv.Style { return s.Foreground(termenv.ANSIRed).Bold() }),
		faint:  st(func(s termenv.Style) termenv.Style { return s.Faint() }),
		bold:   st(func(s termenv.Style) termenv.Style { return s.Bold() }),
	}
}

// buildState is what the text renderer remembers about one build.
type buildState struct {
	header bool // its Compiling/Building line was printed
	shown  int  // lines of b.Log already printed
	dumped bool // its log was printed: later lines are printed as they come
	// report is set for a failed build-script run whose log holds its
	// report in cargo's words (buildrs-parse's): the report is shown as
	// it is, once, in place of a line of the renderer's own.
	report   bool
	started  time.Time
	unit     time.Time // the unit's start, by the builder's @cargo line
	warnings int
	errors   int
	dups     int // warnings shown before in this run, not again
	fixable  int // warnings cargo fix could apply
}

// human renders text for people: levels cargo, errors and verbose.
type human struct {
	w      *bufio.Writer
	opts   Options
	st     styles
	model  *nixlog.Model
	start  time.Time
	builds map[*nixlog.Build]*buildState

	statusShown bool // the status line is on screen
	dirty       bool // something changed since it was drawn
	// seen are the warnings shown: cargo shows an identical one once per
	// run (a lib's and its tests'), counting the others as duplicates.
	seen map[string]bool
	// failed is set at the first failed unit (Options.Failed).
	failed bool
}

func newHuman(w *bufio.Writer, opts Options) *human {
	return &human{w: w, opts: opts, st: newStyles(opts.Color), start: opts.Now(),
		builds: map[*nixlog.Build]*buildState{}, seen: map[string]bool{}}
}

func (h *human) state(b *nixlog.Build) *buildState {
	s := h.builds[b]
	if s == nil {
		s = &buildState{}
		h.builds[b] = s
	}
	return s
}

// text strips ANSI escapes unless colours are on, and shows NUL bytes (Nix
// logs a builder's NUL as \u0000) as U+2400 ␀: a terminal shows nothing for
// NUL, and it makes a saved log binary to grep.
func (h *human) text(s string) string {
	if !h.opts.Color {
		s = nixlog.StripANSI(s)
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\u2400")
	}
	return s
}

// line writes one line, clearing the status line first.
func (h *human) line(s string) {
	h.clearStatus()
	h.w.WriteString(s)
	h.w.WriteByte('\n')
}

func (h *human) verb(verb, rest string) {
	if h.opts.Statusless {
		return
	}
	pad := max(verbWidth-len(verb), 0)
	h.line(strings.Repeat(" ", pad) + h.st.green(verb) + " " + rest)
}

func (h *human) Plain(line []byte) {
	h.clearStatus()
	h.w.Write(line)
	h.w.WriteByte('\n')
}

func (h *human) BuildStarted(b *nixlog.Build) {
	h.state(b).started = h.opts.Now()
	h.dirty = true
}

func (h *human) UnitStarted(b *nixlog.Build) {
	s := h.state(b)
	s.unit = h.opts.Now()
	if h.opts.Level == LevelErrors || s.header || h.opts.Announced[b.Unit.ID] {
		return
	}
	s.header = true
	u := b.Unit
	name := u.Crate
	if u.Version != "" {
		name += " v" + u.Version
	}
	rest := name + " (" + kindLabel(u) + ")"
	if h.opts.Packages != nil && h.opts.Level != LevelVerbose {
		rest = name
		if src := h.opts.Packages[u.Crate+"@"+u.Version]; src != "" {
			rest += " (" + src + ")"
		}
	}
	// Two units can read the same (a package's lib and bin, or a proc
	// macro built for the release profile and for build-override): cargo
	// says a package once.
	line := unitVerb(u) + " " + rest
	if h.seen[line] {
		return
	}
	h.seen[line] = true
	h.verb(unitVerb(u), rest)
}

// kindLabel names what a unit compiles as cargo's messages do (describe),
// with a library's crate type and a build script's compile and run apart.
func kindLabel(u *nixlog.Unit) string {
	d := describe(u)
	switch {
	case strings.HasPrefix(u.Kind, "build-script"):
		return u.Kind // its compile and its run, one line each
	case strings.HasPrefix(d, "lib"):
		return u.Kind + d[len("lib"):] // proc-macro, cdylib: what it builds
	}
	return d
}

// describe is cargo's name of a unit's target in its messages: lib, bin
// "NAME", test "NAME", build script, with " test" for a library, binary or
// example compiled as a test.
func describe(u *nixlog.Unit) string {
	var d string
	switch u.Kind {
	case "lib", "proc-macro", "cdylib", "staticlib", "dylib":
		d = "lib"
	case "build-script", "build-script-run":
		return "build script"
	default:
		d = u.Kind
		if u.Target != "" { // the prototype's protocol has none
			d += fmt.Sprintf(" %q", u.Target)
		}
	}
	switch {
	case u.Mode == "test" && u.Kind != "test" && u.Kind != "bench":
		d += " test"
	case u.Mode == "doctest", u.Mode == "doc":
		d += " " + u.Mode
	}
	return d
}

// fixCommand is the cargo fix command cargo suggests for u's fixable
// warnings: none for a build script or another package's unit.
func (h *human) fixCommand(u *nixlog.Unit) string {
	if u == nil || !u.Local || strings.HasPrefix(u.Kind, "build-script") {
		return ""
	}
	what := "--lib"
	if d := describe(u); !strings.HasPrefix(d, "lib") {
		what = "--" + strings.TrimSuffix(d, " test")
	}
	if u.Mode == "test" && u.Kind != "test" && u.Kind != "bench" {
		what += " --tests"
	}
	if h.opts.Clippy != nil {
		return "cargo clippy --fix " + what + " -p " + u.Crate + " -- " + strings.Join(h.opts.Clippy, " ")
	}
	return "cargo fix " + what + " -p " + u.Crate
}

func unitVerb(u *nixlog.Unit) string {
	switch u.Mode {
	case "check":
		return "Checking"
	case "doc":
		return "Documenting"
	}
	return "Compiling"
}

// header prints "Building <name>" for a build that has no unit line.
func (h *human) header(b *nixlog.Build) {
	s := h.state(b)
	if s.header || h.opts.Level == LevelErrors {
		return
	}
	s.header = true
	// A unit whose builder says nothing (a remote builder's, or one that
	// died before its start line) is named as cargo names one.
	if label, ok := h.cargoName(nil, b.Name); ok {
		h.verb("Building", label)
		return
	}
	h.verb("Building", b.Name)
}

func (h *human) LogLine(b *nixlog.Build, l nixlog.LogLine, c *nixlog.CargoMsg) {
	h.dirty = true
	if b == nil {
		// A line of an activity no build owns (a builder-made activity
		// before Nix 2.18 gives no parent): only verbose shows it.
		if h.opts.Level == LevelVerbose {
			h.line(h.st.faint("?> ") + h.text(l.Text))
		}
		return
	}
	s := h.state(b)
	if c != nil && h.opts.Level != LevelErrors {
		h.cargo(b, s, c)
	}
	if s.dumped {
		h.logLine(b, l, c)
		s.shown = len(b.Log)
	}
}

// cargo shows a protocol message the way cargo shows the same event.
func (h *human) cargo(b *nixlog.Build, s *buildState, c *nixlog.CargoMsg) {
	for _, d := range c.Diagnostics {
		if summaryDiagnostic(d) {
			continue
		}
		if h.opts.Diagnostic != nil && b.Unit != nil {
			h.opts.Diagnostic(b.Unit.ID, d.Raw)
		}
		if h.opts.Quiet {
			// Only counted, for cargo's "could not compile … due to N
			// previous errors".
			if strings.HasPrefix(d.Level, "error") {
				s.errors++
			}
			continue
		}
		switch d.Level {
		case "warning":
			s.warnings++
			if h.seen[d.Rendered] {
				s.dups++
				continue
			}
			h.seen[d.Rendered] = true
			if d.Fixable {
				s.fixable++
			}
		case "error", "error: internal compiler error":
			s.errors++
		}
		h.diagnostic(d)
	}
	u := b.Unit
	switch c.Type {
	case nixlog.CargoBuildScript:
		// Like cargo, warnings of dependencies' build scripts are noise;
		// verbose shows them all.
		if c.Level == "error" || (u != nil && u.Local) || h.opts.Level == LevelVerbose {
			lvl := h.st.yellow("warning")
			if c.Level == "error" {
				lvl = h.st.red("error")
			}
			h.line(fmt.Sprintf("%s: %s@%s: %s", lvl, c.Crate, c.PkgVersion, h.text(c.Text)))
		}
	case nixlog.CargoCommand:
		if h.opts.Commands > 0 && !h.opts.Statusless {
			var env []string
			if h.opts.Commands > 1 {
				env = sortedEnv(c.Env)
			}
			h.verb("Running", "`"+h.text(shellquote.Command(env, c.Argv))+"`")
		}
	case nixlog.CargoFinish:
		if h.opts.Timed != nil && b.Unit != nil && !c.Stale {
			// The builder's own lines: nix's activities start before the
			// sandbox is up and stop after the outputs are registered.
			h.opts.Timed(b.Unit.ID, s.unit, h.opts.Now())
		}
		h.unitFinished(b, s, c)
	}
}

// sortedEnv is a command's NAME=VALUE pairs as cargo shows them: by name
// (cargo keeps them in a BTreeMap), the last value of a name set twice.
func sortedEnv(pairs []string) []string {
	last := map[string]string{}
	for _, kv := range pairs {
		k, _, _ := strings.Cut(kv, "=")
		last[k] = kv
	}
	env := make([]string, 0, len(last))
	for _, k := range slices.Sorted(maps.Keys(last)) {
		env = append(env, last[k])
	}
	return env
}

// summaryDiagnostic reports rustc's own tallies, which cargo replaces with
// its own summary line.
func summaryDiagnostic(d nixlog.Diagnostic) bool {
	return strings.HasPrefix(d.Message, "aborting due to") ||
		strings.HasSuffix(d.Message, "warning emitted") || strings.HasSuffix(d.Message, "warnings emitted")
}

func (h *human) diagnostic(d nixlog.Diagnostic) {
	r := d.Rendered
	if r == "" || h.opts.Short {
		r = short(d)
	}
	h.clearStatus()
	if h.opts.Short || d.Rendered == "" {
		h.w.WriteString(h.text(r) + "\n")
		return
	}
	// As cargo: rustc's rendering as it is, which ends an error or a
	// warning with an empty line and a note ("For more information ...")
	// without one.
	h.w.WriteString(h.text(strings.TrimRight(r, "\n")) + "\n")
	if strings.HasSuffix(r, "\n\n") {
		h.w.WriteString("\n")
	}
}

// short is rustc's short form of a diagnostic (--error-format short):
// where its primary span starts, its level and error code (a lint's name is
// left out), its message, the primary span's label, the one-span
// suggestions.
func short(d nixlog.Diagnostic) string {
	parts := []string{d.Level}
	if errorCode.MatchString(d.Code) {
		parts[0] += "[" + d.Code + "]"
	}
	if d.Primary != "" {
		parts = append([]string{d.Primary}, parts...)
	}
	parts = append(parts, d.Message)
	if d.PrimaryLabel != "" {
		parts = append(parts, d.PrimaryLabel)
	}
	return strings.Join(append(parts, d.Suggestions...), ": ")
}

var errorCode = regexp.MustCompile(`^E[0-9]{4}$`)

func (h *human) unitFinished(b *nixlog.Build, s *buildState, c *nixlog.CargoMsg) {
	u := b.Unit
	label := "`" + b.Name + "`"
	if u != nil {
		label = "`" + u.Crate + "` (" + describe(u) + ")"
	}
	if c.Stale {
		// No error of the user's, and the caller builds the unit again.
		if h.opts.Level == LevelVerbose {
			h.verb("Stale", label+": its sources changed beyond what its last dep-info lists; building it from its whole package")
		}
		return
	}
	if c.Cancelled {
		return // it did not start: the summary counts it
	}
	if c.Exit == 0 {
		if s.warnings > 0 && !h.opts.Quiet && !h.opts.Statusless {
			text := fmt.Sprintf("%s generated %s", label, plural(s.warnings, "warning"))
			if s.dups > 0 {
				text += " (" + plural(s.dups, "duplicate") + ")"
			}
			if fix := h.fixCommand(u); fix != "" && s.fixable > 0 {
				text += fmt.Sprintf(" (run `%s` to apply %s)", fix, plural(s.fixable, "suggestion"))
			}
			h.line(h.st.yellow("warning") + ": " + h.text(text))
		}
		return
	}
	what := "could not compile " + label
	if u != nil && u.Kind == "build-script-run" {
		what = fmt.Sprintf("failed to run custom build command for `%s v%s`", u.Crate, u.Version)
		for _, l := range b.Log {
			if strings.HasPrefix(l.Text, "error: "+what) {
				s.report = true // shown with the log (BuildEnded)
				return
			}
		}
	}
	if s.errors > 0 {
		what += " due to " + plural(s.errors, "previous error")
	}
	if s.warnings > 0 {
		what += "; " + plural(s.warnings, "warning") + " emitted"
	}
	if c.Error != "" {
		what += ": " + c.Error
	}
	h.line(h.st.red("error") + ": " + h.text(what))
	for _, o := range c.Output {
		for _, l := range strings.Split(strings.TrimRight(o, "\n"), "\n") {
			h.line("  " + h.text(l))
		}
	}
	h.unitFailed()
}

// unitFailed is called where a failed unit's error was shown; at the
// first, Options.Failed stops new units, and cargo's warning follows the
// error when other units still run (not with -q: cargo's quiet shows no
// warning).
func (h *human) unitFailed() {
	if h.opts.Failed == nil || h.failed {
		return
	}
	h.failed = true
	h.opts.Failed()
	if !h.opts.Statusless && len(h.model.Progress().Running) > 0 {
		h.line(h.st.yellow("warning") + ": build failed, waiting for other jobs to finish...")
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func (h *human) BuildStopped(b *nixlog.Build) {
	h.dirty = true

	if b.Unit == nil && !b.NotStarted && !slices.Contains(h.opts.Unannounced, b.Name) {
		h.header(b)
	}
	if h.opts.Level == LevelVerbose {
		h.dump(b, h.state(b))
	}
}

func (h *human) BuildEnded(b *nixlog.Build) {
	h.dirty = true
	s := h.state(b)
	stale := b.Unit != nil && b.Unit.Stale // its log holds nothing for the user
	if (b.Status == nixlog.Failed || b.Unexplained) && !stale {
		h.header(b)
		h.dump(b, s)
		if b.Failure == nil {
			h.line(fmt.Sprintf("%s: %s was %s, and no error names it (log above)",
				h.st.red("error"), b.Drv, statusWords(b.Status)))
		}
		if b.Status == nixlog.Failed {
			h.unitFailed() // a build script's report, a builder that said nothing
		}
	}
	if b.Status.Final() && (stale || b.Status != nixlog.Failed && !b.Unexplained) {
		delete(h.builds, b)
	}
}

func statusWords(s nixlog.Status) string {
	switch s {
	case nixlog.Failed:
		return "not built"
	case nixlog.Unfinished:
		return "still running when the log ended"
	}
	return s.String()
}

// dump prints the lines of b's log not yet printed; from then on b's lines
// are printed as they arrive.
func (h *human) dump(b *nixlog.Build, s *buildState) {
	s.dumped = true
	for _, l := range b.Log[s.shown:] {
		var c *nixlog.CargoMsg
		if strings.HasPrefix(l.Text, cargoproto.Prefix) {
			c, _ = nixlog.ParseCargo(l.Text)
		}
		h.logLine(b, l, c)
	}
	s.shown = len(b.Log)
}

// logLine prints one line of b's log prefixed with the build's name. A
// protocol line is shown as its diagnostics at the errors level, where
// nothing was shown live, and skipped otherwise (it was shown already).
func (h *human) logLine(b *nixlog.Build, l nixlog.LogLine, c *nixlog.CargoMsg) {
	if c != nil {
		if h.opts.Level == LevelErrors {
			for _, d := range c.Diagnostics {
				h.diagnostic(d)
			}
		}
		return
	}
	if s := h.state(b); s.report && h.opts.Level != LevelVerbose {
		h.reportLine(b, l)
		return
	}
	p := b.Name + ">"
	if l.Post {
		p = b.Name + " (post)>"
	}
	h.line(h.st.faint(p) + " " + h.text(l.Text))
}

// reportLine shows a line of a failed build-script run's report as cargo
// does: without the build's name, the package named with its source as in
// its Compiling line, and without the warnings the protocol showed already.
func (h *human) reportLine(b *nixlog.Build, l nixlog.LogLine) {
	u := b.Unit
	if h.opts.Level == LevelCargo && strings.HasPrefix(l.Text, "warning: "+u.Crate+"@"+u.Version+": ") {
		return
	}
	text := l.Text
	pkg := "`" + u.Crate + " v" + u.Version + "`"
	if src := h.opts.Packages[u.Crate+"@"+u.Version]; src != "" && strings.HasSuffix(text, pkg) && strings.HasPrefix(text, "error: ") {
		text = strings.TrimSuffix(text, "`") + " (" + src + ")`"
	}
	h.line(h.text(text))
}

func (h *human) Message(m *nixlog.Message) {
	switch {
	case m.Stale:
		return // about a stale unit, which the caller builds again
	case m.Cancelled:
		return // about a unit that did not start: the summary counts it
	case h.opts.Level == LevelCargo && coveredByCargo(m, h.model.Build):
		return
	case m.Kind == nixlog.MsgInfo:
		if h.opts.Level != LevelVerbose || m.Level > 3 {
			return
		}
	case m.Kind == nixlog.MsgWarning:
		if h.opts.Level == LevelErrors {
			return
		}
	}
	h.line(h.text(m.Text))
}

// coveredByCargo reports whether, at the cargo level, a nix message says
// nothing the output has not said: a failed cargo unit was reported as
// `could not compile …` with its diagnostics, and builds skipped because a
// dependency failed are counted in the summary.
func coveredByCargo(m *nixlog.Message, build func(drv string) *nixlog.Build) bool {
	switch m.Kind {
	case nixlog.MsgDependencyError, nixlog.MsgBuildSummary:
		return true
	case nixlog.MsgBuildError:
		// Only when the unit itself reported its failure, and only the
		// one-line form: a longer message (an evaluation trace around a
		// failed import-from-derivation) says more than the log.
		b := build(m.Drvs[0])
		return b != nil && b.Unit != nil && b.Unit.Failed && !strings.Contains(m.Plain, "\n")
	}
	return false
}

func (h *human) Substitution(path string) {
	h.dirty = true
	if h.opts.Level == LevelErrors {
		return
	}
	name := nixlog.DrvName(path)
	if name == "" {
		name = path
	}
	if label, ok := h.cargoName(nil, name); ok {
		h.verb("Downloading", label) // a unit
		return
	}
	h.verb("Fetching", name)
}

func (h *human) Progress() { h.dirty = true }

func (h *human) abort() { h.clearStatus() }

func (h *human) finish(sum *nixlog.Summary) {
	elapsed := fmt.Sprintf("%.2fs", h.opts.Now().Sub(h.start).Seconds())
	h.clearStatus()
	if sum.Success {
		if h.opts.Level == LevelErrors || h.opts.NoSuccessSummary {
			return
		}
		var parts []string
		if n := sum.Count(nixlog.Built); n > 0 {
			parts = append(parts, fmt.Sprintf("%d built", n))
		}
		if sum.Fetched > 0 {
			parts = append(parts, fmt.Sprintf("%d fetched", sum.Fetched))
		}
		if len(parts) == 0 {
			parts = append(parts, "nothing to build")
		}
		h.verb("Finished", strings.Join(parts, ", ")+" in "+elapsed)
		return
	}
	if onlyUsageError(sum) {
		// Nix said what it rejected and how to get help; nothing else
		// happened that a summary could add.
		return
	}
	if sum.OnlyStale() {
		return // the caller builds the stale units again and reports that
	}
	if h.opts.Statusless {
		return // cargo -q: the units' own error lines said it
	}
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	var failed []*nixlog.Build
	var cancelled, unfinished []string
	for _, b := range sum.Builds {
		switch {
		case b.Unit != nil && b.Unit.Stale:
			// Not the user's failure: neither counted nor listed.
		case b.Status == nixlog.Failed:
			failed = append(failed, b)
		case b.Status == nixlog.Cancelled:
			cancelled = append(cancelled, h.unitName(b))
		case b.Status == nixlog.Unfinished:
			unfinished = append(unfinished, h.unitName(b))
		}
	}
	add(len(failed), "failed")
	add(len(sum.Skipped), "not built (dependency failed)")
	add(len(cancelled), "cancelled")
	add(len(unfinished), "unfinished")
	add(sum.Count(nixlog.Built), "built")
	add(sum.Fetched, "fetched")
	for _, k := range []nixlog.MsgKind{nixlog.MsgUsageError, nixlog.MsgEvalError, nixlog.MsgError, nixlog.MsgInterrupted} {
		if n := sum.Errors[k]; n > 0 {
			parts = append(parts, plural(n, errorWords[k]))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "no build finished")
	}
	h.line(fmt.Sprintf("%s: build failed in %s: %s", h.st.red("error"), elapsed, strings.Join(parts, ", ")))
	for _, b := range failed {
		if label, ok := h.cargoName(b.Unit, b.Name); ok {
			h.line("  failed: " + label)
			continue
		}
		h.line("  failed: " + nixlog.DrvName(b.Drv) + " (" + b.Drv + ")")
	}
	if h.opts.Level != LevelCargo {
		for _, d := range sum.Skipped {
			h.line("  not built: " + d)
		}
	}
	if len(cancelled) > 0 {
		h.line("  cancelled: " + strings.Join(cancelled, ", "))
	}
	if len(unfinished) > 0 {
		h.line("  unfinished: " + strings.Join(unfinished, ", "))
	}
}

// unitName names a build in the failure summary: as cargoName, else by
// its derivation's name.
func (h *human) unitName(b *nixlog.Build) string {
	if label, ok := h.cargoName(b.Unit, b.Name); ok {
		return label
	}
	return b.Name
}

// cargoName is, at the cargo level, a unit named as cargo names one,
// "app v0.3.1 (bin "app")": from what its builder said (u), else from its
// derivation's name (nix-emit's, name); ok is false at the other levels
// and for a build that is no libnix unit.
func (h *human) cargoName(u *nixlog.Unit, name string) (label string, ok bool) {
	if h.opts.Level != LevelCargo {
		return "", false
	}
	if u != nil {
		return fmt.Sprintf("%s v%s (%s)", u.Crate, u.Version, kindLabel(u)), true
	}
	if crate, version, kind, ok := nixlog.LibnixUnit(name); ok {
		return fmt.Sprintf("%s v%s (%s)", crate, version, kind), true
	}
	return "", false
}

// onlyUsageError reports whether the log is nix rejecting its command
// line and nothing else.
func onlyUsageError(sum *nixlog.Summary) bool {
	n := sum.Errors[nixlog.MsgUsageError]
	return n > 0 && len(sum.Builds) == 0 && sum.Fetched == 0 && len(sum.Skipped) == 0 && len(sum.Errors) == 1
}

var errorWords = map[nixlog.MsgKind]string{
	nixlog.MsgUsageError:  "usage error",
	nixlog.MsgEvalError:   "evaluation error",
	nixlog.MsgError:       "error",
	nixlog.MsgInterrupted: "interrupt",
}
