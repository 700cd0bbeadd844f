package nixlog

import (
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/cargoproto"
)

// Status is where a build stands.
type Status uint8

// Build states. Stopped is provisional: Nix's `stop` looks the same for
// success, failure and cancellation, so the model decides later (see Model).
const (
	Running Status = iota
	Stopped
	Built
	Failed
	Cancelled  // stopped without being built: another build failed, or the user interrupted
	Unfinished // no stop before the input ended (nix was killed)
)

var statusNames = [...]string{"running", "stopped", "built", "failed", "cancelled", "unfinished"}

func (s Status) String() string { return statusNames[s] }

// Final reports whether the status will not change any more.
func (s Status) Final() bool { return s >= Built }

// Unit is what the `@cargo` protocol says about the cargo unit a derivation
// builds.
type Unit struct {
	ID       string
	Crate    string
	Version  string
	Kind     string
	Target   string
	Mode     string
	Local    bool
	Protocol int
	// Failed: the unit's own finish message reported a non-zero exit, so
	// its failure was explained in the unit's terms.
	Failed bool
	// Stale: that finish message said stale (cargoproto.Finish): a filtered
	// source lacked a file, which is no error of the user's, and the caller
	// builds the unit again from its whole package.
	Stale bool
}

// LogLine is one line of a build's log. Post marks post-build-hook output.
type LogLine struct {
	Text string
	Post bool
}

// Build is one derivation built in this log (activity type 105, keyed by its
// .drv path, so the two activities of an ssh-ng remote build are one Build).
type Build struct {
	Drv    string
	Name   string
	Seq    int // start order, from 0
	Phase  string
	Status Status
	Unit   *Unit
	// Log holds every line until the build's status is final; then it is
	// released (nil, Released set) so memory stays flat. Lines that arrive
	// later (a failure is sometimes logged before the stop) are only passed
	// to the Observer.
	Log      []LogLine
	Released bool
	// Finished is set when the builder said its unit finished (an @cargo
	// finish line): it is done, but for Nix registering its outputs, which
	// may keep its activity open while the next build runs.
	Finished bool
	// NotStarted is set when the builder said its unit did not start
	// because another had failed (cargoproto.Finish.Cancelled): the build
	// ends Cancelled, though Nix saw it fail.
	NotStarted bool
	// Failure is the error naming the build, nil when it failed without one
	// (the run failed and nothing else explains why it was not built).
	Failure *Message
	// Unexplained is set on a build that did not succeed while no error
	// names it and no other failure or interrupt explains it: its log is
	// the best clue, so renderers show it.
	Unexplained bool

	activities int
	sess       *session
	credited   bool
	named      bool // in a "build of … failed" list
}

// Observer receives what the model learns, in stream order.
type Observer interface {
	Plain(line []byte)                        // a line that is not a record
	Message(m *Message)                       // a msg record
	BuildStarted(b *Build)                    // first start of a derivation's build
	UnitStarted(b *Build)                     // b.Unit was set by an @cargo start line
	LogLine(b *Build, l LogLine, c *CargoMsg) // b is nil for a line no build owns; c is set for protocol lines
	BuildStopped(b *Build)                    // the last activity of b stopped
	BuildEnded(b *Build)                      // b.Status became final
	Substitution(path string)                 // a store path is being fetched
	Progress()                                // counters or transfers changed (status line)
}

// session is one Worker run (activity type 104, Builds). Its counter
// `[done, expected, running, failed]` is the only signal that a build
// succeeded; IFD runs several sessions per log.
type session struct {
	done, failed uint64
	// fresh counts done increments not yet matched with a build stop. Nix
	// bumps done right before a successful build's stop, with no other
	// build record in between; anything else in between voids the match.
	fresh  uint64
	builds []*Build
}

type activity struct {
	typ   int
	build *Build
	sess  *session
	// transfers (types 100 and 101)
	transfer    bool
	done, total uint64
}

// Model turns records into builds and messages. It is not safe for
// concurrent use.
type Model struct {
	obs      Observer
	acts     map[uint64]*activity
	builds   map[string]*Build
	order    []*Build
	sessions []*session
	sess     *session
	pending  []*Build // stopped with a matching done increment
	planned  map[string]bool
	planMode int // 1: derivations to build follow, 2: paths to fetch follow
	fetched  int
	skipped  []string
	sawBuild bool

	errors  map[MsgKind]int
	failure bool // a message said the run failed
	// stale counts the build errors of stale units, real the failure
	// messages that are not Message.Stale.
	stale, real int
	explained   bool // a build error or an interrupt explains builds that were not built
	transfers   map[uint64]*activity
	rec         Record
	records     int
	// held is an error that may turn out to be a usage error: Nix prints
	// "Try '<program> --help' for more information." right after one, as a
	// message of its own. It is passed on with the next line.
	held *Message
}

// NewModel returns a model that reports to obs.
func NewModel(obs Observer) *Model {
	return &Model{obs: obs, acts: map[uint64]*activity{}, builds: map[string]*Build{},
		planned: map[string]bool{}, errors: map[MsgKind]int{}, transfers: map[uint64]*activity{}}
}

// Build returns the build of derivation drv, nil if none was seen.
func (m *Model) Build(drv string) *Build { return m.builds[drv] }

// Line handles one input line (without its newline).
func (m *Model) Line(line []byte) {
	if !Parse(line, &m.rec) {
		m.release(nil)
		m.obs.Plain(line)
		return
	}
	m.Record(&m.rec)
}

// Records returns how many records the model was given.
func (m *Model) Records() int { return m.records }

// Record handles one decoded record.
func (m *Model) Record(r *Record) {
	m.records++
	m.release(r)
	switch r.Action {
	case ActionStart:
		m.start(r)
	case ActionStop:
		m.stop(r.ID)
	case ActionResult:
		m.result(r)
	case ActionMsg:
		m.msg(r)
	case ActionSetPhase:
		// Only builders print setPhase; Nix turns it into a result. Seen here
		// when the input is a raw builder log: it still names a phase.
		if a := m.acts[r.ID]; a != nil && a.build != nil {
			a.build.Phase = r.Phase
		}
	}
	// Records with unknown actions are ignored, as Nix itself does.
}

func (m *Model) start(r *Record) {
	a := &activity{typ: r.Type}
	if r.HasParent {
		if p := m.acts[r.Parent]; p != nil {
			a.build = p.build // builder-created activities (2.18+)
		}
	}
	switch r.Type {
	case ActBuilds:
		s := &session{}
		m.sessions = append(m.sessions, s)
		m.sess, a.sess = s, s
	case ActBuild:
		drv := r.Str(0)
		if drv == "" {
			if ds := DrvPaths(r.Text); len(ds) > 0 {
				drv = ds[0]
			}
		}
		a.build = m.startBuild(drv)
	case ActPostBuildHook:
		a.build = m.builds[r.Str(0)]
	case ActSubstitute:
		m.obs.Substitution(r.Str(0))
	case ActCopyPath, ActFileTransfer:
		a.transfer = true
		m.transfers[r.ID] = a
	}
	if old := m.acts[r.ID]; old != nil {
		m.stop(r.ID) // a reused id replaces the activity
	}
	m.acts[r.ID] = a
}

func (m *Model) startBuild(drv string) *Build {
	m.sawBuild = true
	m.movedOn()
	b := m.builds[drv]
	if b != nil && !b.Status.Final() {
		b.activities++
		b.Status = Running
		return b
	}
	name := DrvName(drv)
	if name == "" {
		name = drv
	}
	b = &Build{Drv: drv, Name: name, Seq: len(m.order), activities: 1, sess: m.sess}
	m.builds[drv] = b
	m.order = append(m.order, b)
	if m.sess != nil {
		m.sess.builds = append(m.sess.builds, b)
	}
	m.obs.BuildStarted(b)
	return b
}

// movedOn is called when the stream goes on building: builds whose stop
// matched a done increment are then known to be built. A failing top-level
// goal's stop can come in the burst of stops that ends a session, right after
// another goal's increment; builds stopped in that burst wait for the end.
func (m *Model) movedOn() {
	if m.sess != nil {
		m.sess.fresh = 0
	}
	for _, b := range m.pending {
		if b.Status == Stopped {
			m.end(b, Built)
		}
	}
	m.pending = m.pending[:0]
}

func (m *Model) stop(id uint64) {
	a := m.acts[id]
	if a == nil {
		return
	}
	delete(m.acts, id)
	switch {
	case a.typ == ActBuild && a.build != nil:
		b := a.build
		b.activities--
		if b.activities > 0 || b.Status != Running {
			return
		}
		b.Status = Stopped
		if s := b.sess; s != nil && s.fresh > 0 {
			s.fresh--
			b.credited = true
			m.pending = append(m.pending, b)
		}
		m.obs.BuildStopped(b)
	case a.typ == ActBuilds && a.sess != nil:
		m.closeSession(a.sess)
		if m.sess == a.sess {
			m.sess = nil
		}
	case a.typ == ActSubstitute:
		m.fetched++
	case a.transfer:
		delete(m.transfers, id)
		m.obs.Progress()
	}
}

// closeSession settles a Worker session that reported no failure and counted
// every stopped build as done.
func (m *Model) closeSession(s *session) {
	if s.failed > 0 {
		return
	}
	var n uint64
	for _, b := range s.builds {
		if b.Status == Stopped || b.Status == Built {
			n++
		}
	}
	if s.done < n {
		return
	}
	for _, b := range s.builds {
		if b.Status == Stopped {
			m.end(b, Built)
		}
	}
}

func (m *Model) result(r *Record) {
	a := m.acts[r.ID]
	switch r.Type {
	case ResBuildLogLine, ResPostBuildLogLine:
		var b *Build
		if a != nil {
			b = a.build
		}
		l := LogLine{Text: r.Str(0), Post: r.Type == ResPostBuildLogLine}
		if l.Post {
			l.Text = strings.TrimSuffix(l.Text, "\n")
		} else {
			m.movedOn()
		}
		var c *CargoMsg
		if b != nil && strings.HasPrefix(l.Text, cargoproto.Prefix) {
			c, _ = ParseCargo(l.Text)
			switch {
			case c == nil:
			case c.Type == CargoStart:
				m.unitStarted(b, c)
			case c.Type == CargoFinish:
				b.Finished, b.NotStarted = true, c.Cancelled
				if c.Exit != 0 && b.Unit != nil {
					b.Unit.Failed, b.Unit.Stale = true, c.Stale
				}
			}
		}
		if b != nil && !b.Released {
			b.Log = append(b.Log, l)
		}
		m.obs.LogLine(b, l, c)
		if c != nil && c.Type == CargoFinish {
			m.obs.Progress() // one unit fewer running
		}
	case ResSetPhase:
		if a != nil && a.build != nil {
			a.build.Phase = r.Str(0)
			m.obs.Progress()
		}
	case ResProgress:
		if a == nil {
			return
		}
		switch {
		case a.sess != nil:
			s := a.sess
			if done := r.Num(0); done > s.done {
				s.fresh += done - s.done
				s.done = done
			}
			s.failed = r.Num(3)
			m.obs.Progress()
		case a.transfer:
			a.done, a.total = r.Num(0), r.Num(1)
			m.obs.Progress()
		}
	}
}

func (m *Model) unitStarted(b *Build, c *CargoMsg) {
	u := &Unit{ID: c.Unit, Crate: c.Crate, Version: c.PkgVersion, Kind: c.Kind,
		Target: c.Target, Mode: c.Mode, Local: c.Local, Protocol: c.Version}
	if c.Version == 1 {
		v, k := unitFromDrvName(b.Name, c.Crate)
		u.Version = v
		if u.Kind == "" {
			u.Kind = k
		}
		if u.Kind == "" {
			u.Kind = "lib"
		}
	}
	b.Unit = u
	m.obs.UnitStarted(b)
}

func (m *Model) msg(r *Record) {
	if r.Level == 3 {
		m.plan(r.Msg)
	}
	msg := classify(r, m.sawBuild)
	if msg.Kind == MsgEvalError && !msg.HasPos && len(msg.Trace) == 0 && !m.sawBuild {
		m.held = msg
		return
	}
	m.message(msg)
}

// release passes on the held message, a usage error if next, the record
// that follows it, is Nix's usage hint.
func (m *Model) release(next *Record) {
	msg := m.held
	if msg == nil {
		return
	}
	m.held = nil
	if next != nil && next.Action == ActionMsg && next.Level == 0 && usageHint(StripANSI(next.Msg)) {
		msg.Kind = MsgUsageError
	}
	m.message(msg)
}

func (m *Model) message(msg *Message) {
	if msg.Kind.Failure() {
		m.failure = true
		m.errors[msg.Kind]++
		m.markStale(msg)
	}
	var failed *Build
	switch msg.Kind {
	case MsgBuildError:
		m.explained = true
		if b := m.builds[msg.Drvs[0]]; b != nil && b.Status != Failed {
			b.Failure = msg
			failed = b
		}
	case MsgInterrupted:
		m.explained = true
	case MsgDependencyError:
		if !slices.Contains(m.skipped, msg.Drvs[0]) && m.builds[msg.Drvs[0]] == nil {
			m.skipped = append(m.skipped, msg.Drvs[0])
		}
	case MsgBuildSummary:
		for _, d := range msg.Drvs {
			if b := m.builds[d]; b != nil {
				b.named = true
			} else if !slices.Contains(m.skipped, d) {
				m.skipped = append(m.skipped, d)
			}
		}
	}
	// The log comes before the error that ends it, as in `nix build -L`.
	switch {
	case failed != nil && failed.NotStarted:
		msg.Cancelled = true
		m.end(failed, Cancelled)
	case failed != nil:
		m.end(failed, Failed)
	}
	m.obs.Message(msg)
}

// markStale sets msg.Stale and counts the failure. Nix names the failed
// build first and its consequences after; those cannot say which failure
// they follow, so they are stale only while every failure so far was.
func (m *Model) markStale(msg *Message) {
	switch msg.Kind {
	case MsgBuildError:
		b := m.builds[msg.Drvs[0]]
		msg.Stale = b != nil && b.Unit != nil && b.Unit.Stale
		if msg.Stale {
			m.stale++
		}
	case MsgDependencyError, MsgBuildSummary:
		msg.Stale = m.stale > 0 && m.real == 0
	}
	if !msg.Stale {
		m.real++
	}
}

// plan reads the "these N derivations will be built:" message and the path
// lines that follow it (one msg each in Nix 2.8, one multi-line msg later).
func (m *Model) plan(text string) {
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasSuffix(l, "will be built:"):
			m.planMode = 1
		case strings.Contains(l, "will be fetched"):
			m.planMode = 2
		case m.planMode == 1 && strings.HasPrefix(l, "  /"):
			m.planned[strings.TrimSpace(l)] = true
		case m.planMode == 2 && strings.HasPrefix(l, "  /"):
		default:
			m.planMode = 0
		}
	}
}

// end gives b its final status. Observers print what they need of its log
// in BuildEnded; after that the log is released, so only builds whose fate
// is open hold lines.
func (m *Model) end(b *Build, s Status) {
	b.Status = s
	m.obs.BuildEnded(b)
	b.Log, b.Released = nil, true
}

// Finish settles every build at the end of input and returns the summary.
func (m *Model) Finish() *Summary {
	m.release(nil)
	m.pending = m.pending[:0]
	for _, s := range m.sessions {
		m.settle(s.builds, s, true)
	}
	var loose []*Build
	for _, b := range m.order {
		if b.sess == nil {
			loose = append(loose, b)
		}
	}
	m.settle(loose, nil, false)
	return m.summary()
}

// settle decides the builds of one session at the end of input: stopped
// builds are built as far as the session's done counter accounts for them
// (those whose stop matched an increment first); without a counter they are
// built unless the run failed.
func (m *Model) settle(builds []*Build, s *session, counted bool) {
	credits := uint64(0)
	if counted {
		credits = s.done
		for _, b := range builds {
			if b.Status == Built {
				credits = max(credits, 1) - 1
			}
		}
	} else if !m.failure {
		credits = uint64(len(builds))
	}
	var stopped []*Build
	for _, b := range builds {
		if b.Status == Stopped && !b.named {
			stopped = append(stopped, b)
		}
	}
	slices.SortStableFunc(stopped, func(x, y *Build) int {
		switch {
		case x.credited == y.credited:
			return 0
		case x.credited:
			return -1
		}
		return 1
	})
	for _, b := range stopped {
		if credits > 0 {
			credits--
			m.end(b, Built)
		}
	}
	for _, b := range builds {
		switch b.Status {
		case Stopped:
			b.Unexplained = !m.explained
			if b.Unexplained && m.failure {
				m.end(b, Failed)
			} else {
				m.end(b, Cancelled)
			}
		case Running:
			b.Unexplained = !m.explained
			m.end(b, Unfinished)
		}
	}
}

// Summary is the outcome of a log.
type Summary struct {
	Builds  []*Build // in start order
	Fetched int
	Skipped []string        // derivations not built because a dependency failed
	Success bool            // nothing failed, nothing was left unbuilt
	Errors  map[MsgKind]int // failure messages by kind

	realErrors int // failure messages that are not Message.Stale
}

func (m *Model) summary() *Summary {
	s := &Summary{Builds: m.order, Fetched: m.fetched, Skipped: m.skipped, Errors: m.errors, realErrors: m.real}
	s.Success = !m.failure && len(m.skipped) == 0
	for _, b := range m.order {
		s.Success = s.Success && b.Status == Built
	}
	return s
}

// Count returns how many builds have status st.
func (s *Summary) Count(st Status) int {
	n := 0
	for _, b := range s.Builds {
		if b.Status == st {
			n++
		}
	}
	return n
}

// OnlyStale reports whether the build failed only because of stale units
// (Unit.Stale), which the caller builds again: at least one build is a
// stale unit, every failed build is one, and everything else that went
// wrong follows from them (builds skipped for a failed dependency, builds
// Nix cancelled or left unfinished, Nix's errors about those failures). An
// interrupt, an evaluation or any other error is a failure of its own.
func (s *Summary) OnlyStale() bool {
	if s.Success || s.realErrors > 0 {
		return false
	}
	stale := false
	for _, b := range s.Builds {
		st := b.Unit != nil && b.Unit.Stale
		if b.Status == Failed && !st {
			return false
		}
		stale = stale || st
	}
	return stale
}

// StaleUnits returns the ids of the stale units (Unit.Stale), in start
// order.
func (s *Summary) StaleUnits() []string {
	var ids []string
	for _, b := range s.Builds {
		if b.Unit != nil && b.Unit.Stale {
			ids = append(ids, b.Unit.ID)
		}
	}
	return ids
}

// Progress is a snapshot for a status line.
type Progress struct {
	Planned, Done     int
	Running           []*Build
	Transfers         int
	Bytes, TotalBytes uint64
}

// Progress returns the current counts. Done counts stopped builds: the
// status line shows how far Nix got, not the final verdict.
func (m *Model) Progress() Progress {
	p := Progress{Planned: max(len(m.planned), len(m.order)), Transfers: len(m.transfers)}
	for _, b := range m.order {
		if b.Status == Running && !b.Finished {
			p.Running = append(p.Running, b)
		} else {
			p.Done++
		}
	}
	for _, a := range m.transfers {
		p.Bytes += a.done
		p.TotalBytes += a.total
	}
	return p
}

// RetainedLines returns how many log lines the model holds; a test checks
// that it stays flat while successful builds go by.
func (m *Model) RetainedLines() int {
	n := 0
	for _, b := range m.order {
		n += len(b.Log)
	}
	return n
}
