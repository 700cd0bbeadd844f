package driver

import (
	"runtime"
	"strings"
	"time"

	"github.com/libnix/libnix/internal/plan"
	"github.com/libnix/libnix/internal/timings"
)

// span is when one unit's build ran, by the log.
type span struct{ start, end time.Time }

// timed records a unit's build, for --timings.
func (b *builder) timed(unit string, start, end time.Time) {
	if b.spans == nil {
		b.spans = map[string]span{}
	}
	b.spans[unit] = span{start, end}
}

// writeTimings writes cargo's --timings report of this build (failure,
// if not empty, is why it failed) and prints where, as cargo does: every
// unit of the build, those built now with their times, the others fresh.
func (b *builder) writeTimings(failure string) error {
	r := timings.Report{
		WorkspaceRoot: b.p.Workspace.Root, Start: b.start, Total: time.Since(b.start),
		Jobs: b.o.Jobs, CPUs: runtime.NumCPU(), Profile: b.o.Cargo.ProfileName(),
		Rustc: strings.SplitN(b.p.Toolchain.VerboseVersion, "\n", 2)[0], Host: b.p.Toolchain.Host,
		Target: b.o.Cargo.Target, Command: programName() + " " + b.o.Command, Error: failure,
	}
	for _, i := range b.buildOrder() {
		u := b.p.Units[i]
		pkg := b.p.Packages[u.Package]
		t := timings.Unit{Name: pkg.Name, Version: pkg.Version, Target: timingTarget(u), Features: u.Features, Root: u.Root, Fresh: true}
		if s, ok := b.spans[u.ID]; ok {
			t.Start, t.Duration, t.Fresh = s.start.Sub(b.start), s.end.Sub(s.start), false
		}
		r.Units = append(r.Units, t)
	}
	path, err := timings.Write(b.pr.TargetDir, r)
	if err != nil {
		return err
	}
	b.status("Timing", "report saved to "+path)
	return nil
}

// timingTarget is what cargo's report prints after a unit's package:
// nothing for a library, `NAME "bin"`, "build-script", `NAME "test"
// (test)`, "(check)" after a checked target.
func timingTarget(u *plan.Unit) string {
	var t string
	switch u.Kind {
	case plan.KindLib, plan.KindProcMacro:
		if u.Mode == plan.ModeTest || u.Mode == plan.ModeDoc {
			t = `"lib"`
		}
	case plan.KindBuildScriptCompile:
		return "build-script"
	case plan.KindBuildScriptRun:
		return "build-script (run)"
	case plan.KindDoctest:
		return u.Target.Name + ` "lib" (doc test)`
	default:
		t = u.Target.Name + ` "` + u.Kind + `"`
	}
	switch {
	case u.CompiledAsTest():
		t += " (test)"
	case u.Mode == plan.ModeCheck:
		t += " (check)"
	case u.Mode == plan.ModeDoc:
		t += " (doc)"
	}
	return strings.TrimSpace(t)
}
