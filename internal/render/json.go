package render

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/libnix/libnix/internal/nixlog"
)

// EventsVersion is the "version" of every JSON event (docs/logone-events.md).
const EventsVersion = 1

type event = map[string]any

// jsonRenderer prints one JSON event per line, or the results of --jq.
type jsonRenderer struct {
	w     *bufio.Writer
	plain io.Writer
	opts  Options
	err   error // the first error of the jq filter
}

func newJSONRenderer(w *bufio.Writer, plain io.Writer, opts Options) *jsonRenderer {
	return &jsonRenderer{w: w, plain: plain, opts: opts}
}

func (j *jsonRenderer) emit(kind string, e event) {
	e["version"] = EventsVersion
	e["event"] = kind
	if j.opts.JQ == nil {
		j.write(e)
		return
	}
	err := j.opts.JQ.Run(e, func(v any) error {
		j.write(v)
		return nil
	})
	if err != nil && j.err == nil {
		j.err = fmt.Errorf("%s event: %w", kind, err)
	}
}

func (j *jsonRenderer) write(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(map[string]string{"error": err.Error()})
	}
	j.w.Write(b)
	j.w.WriteByte('\n')
}

func buildEvent(b *nixlog.Build) event {
	e := event{"drv": b.Drv, "name": b.Name}
	if u := b.Unit; u != nil {
		e["unit"] = unitEvent(u)
	}
	return e
}

func unitEvent(u *nixlog.Unit) event {
	return event{"id": u.ID, "crate": u.Crate, "version": u.Version, "kind": u.Kind,
		"target": u.Target, "mode": u.Mode, "local": u.Local, "protocol": u.Protocol}
}

func (j *jsonRenderer) Plain(line []byte) {
	j.w.Flush() // keep the two streams in order when they share a file
	j.plain.Write(append(line[:len(line):len(line)], '\n'))
}

func (j *jsonRenderer) BuildStarted(b *nixlog.Build) { j.emit("build-started", buildEvent(b)) }

func (j *jsonRenderer) UnitStarted(b *nixlog.Build) { j.emit("unit-started", buildEvent(b)) }

func (j *jsonRenderer) LogLine(b *nixlog.Build, l nixlog.LogLine, c *nixlog.CargoMsg) {
	if b != nil && b.Status == nixlog.Failed {
		// A line after the build-failed event (Nix may log the failure
		// before the build's stop).
		e := buildEvent(b)
		e["line"] = l.Text
		j.emit("build-log", e)
	}
	if c == nil || b == nil {
		return
	}
	for _, d := range c.Diagnostics {
		e := buildEvent(b)
		e["level"], e["message"], e["code"], e["rendered"] = d.Level, d.Message, d.Code, d.Rendered
		e["rustc"] = d.Raw
		j.emit("diagnostic", e)
	}
	switch c.Type {
	case nixlog.CargoBuildScript:
		e := buildEvent(b)
		e["source"], e["level"], e["text"] = "build-script", c.Level, c.Text
		e["crate"], e["crate_version"] = c.Crate, c.PkgVersion
		j.emit("warning", e)
	case nixlog.CargoFinish:
		e := buildEvent(b)
		e["exit"] = c.Exit
		if c.Error != "" {
			e["error"] = c.Error
		}
		if c.Stale {
			e["stale"] = true
		}
		if c.Cancelled {
			e["cancelled"] = true
		}
		if len(c.Output) > 0 {
			e["output"] = c.Output
		}
		j.emit("unit-finished", e)
	}
}

func (j *jsonRenderer) BuildStopped(*nixlog.Build) {}

func (j *jsonRenderer) BuildEnded(b *nixlog.Build) {
	e := buildEvent(b)
	e["status"] = b.Status.String()
	if b.Status == nixlog.Failed || b.Unexplained {
		if b.Failure != nil {
			e["error"] = b.Failure.Plain
		}
		log := make([]string, 0, len(b.Log))
		for _, l := range b.Log {
			log = append(log, l.Text)
		}
		e["log"] = log
	}
	if b.Status == nixlog.Failed {
		j.emit("build-failed", e)
		return
	}
	j.emit("build-finished", e)
}

func (j *jsonRenderer) Message(m *nixlog.Message) {
	e := event{"level": m.Level, "kind": m.Kind.String(), "message": m.Plain}
	if m.RawMsg != "" {
		e["raw_msg"] = nixlog.StripANSI(m.RawMsg)
	}
	if m.HasPos {
		e["file"], e["line"], e["column"] = m.File, m.Line, m.Column
	}
	if len(m.Trace) > 0 {
		e["trace"] = m.Trace
	}
	if len(m.Drvs) > 0 {
		e["drvs"] = m.Drvs
	}
	switch {
	case m.Kind == nixlog.MsgEvalError:
		j.emit("eval-error", e)
	case m.Kind.Failure():
		j.emit("error", e)
	case m.Kind == nixlog.MsgWarning:
		e["source"] = "nix"
		j.emit("warning", e)
	case m.Level <= 3:
		j.emit("message", e)
	}
}

func (j *jsonRenderer) Substitution(path string) {
	j.emit("fetch-started", event{"path": path, "name": nixlog.DrvName(path)})
}

func (j *jsonRenderer) Progress() {}

func (j *jsonRenderer) tick() {}

func (j *jsonRenderer) abort() {}

func (j *jsonRenderer) finish(s *nixlog.Summary) {
	lists := map[nixlog.Status][]string{}
	for _, b := range s.Builds {
		lists[b.Status] = append(lists[b.Status], b.Drv)
	}
	errs := event{}
	for k, n := range s.Errors {
		errs[k.String()] = n
	}
	e := event{"success": s.Success, "built": len(lists[nixlog.Built]), "fetched": s.Fetched,
		"failed": nonNil(lists[nixlog.Failed]), "cancelled": nonNil(lists[nixlog.Cancelled]),
		"unfinished": nonNil(lists[nixlog.Unfinished]), "skipped": nonNil(s.Skipped),
		"errors": errs, "exit": 1}
	if s.Success {
		e["exit"] = 0
	}
	j.emit("summary", e)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
