package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"time"

	"github.com/libnix/libnix/internal/nixlog"
)

// A Replayer shows the diagnostics units recorded when they were built
// (rustc's JSON, a line each: their nix-support/diagnostics), as their
// builds showed them, with cargo's "generated N warnings" lines: cargo
// shows a fresh unit's warnings again on every build, and so does
// libnix-build for a unit that came from the store. A warning shown for an
// earlier unit is counted as a duplicate, as cargo does within a run.
type Replayer struct {
	w *bufio.Writer
	h *human
}

// NewReplayer replays onto w, in colour if color; clippy as Options.Clippy.
func NewReplayer(w io.Writer, color bool, clippy []string) *Replayer {
	bw := bufio.NewWriter(w)
	return &Replayer{w: bw, h: newHuman(bw, Options{Color: color, Now: time.Now, Clippy: clippy})}
}

// Replay shows u's recorded diagnostics.
func (r *Replayer) Replay(u *nixlog.Unit, diagnostics []byte) error {
	b := &nixlog.Build{Unit: u}
	s := r.h.state(b)
	for line := range bytes.Lines(diagnostics) {
		if d, ok := nixlog.ParseDiagnostic(json.RawMessage(bytes.TrimSpace(line))); ok {
			r.h.cargo(b, s, &nixlog.CargoMsg{Type: nixlog.CargoOther, Diagnostics: []nixlog.Diagnostic{d}})
		}
	}
	r.h.unitFinished(b, s, &nixlog.CargoMsg{Type: nixlog.CargoFinish})
	delete(r.h.builds, b)
	return r.w.Flush()
}
