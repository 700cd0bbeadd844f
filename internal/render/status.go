package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/libnix/libnix/internal/nixlog"
)

// clearStatus erases the status line before other output; the ticker draws
// it again, so it is redrawn at most 10 times a second however much is
// printed.
func (h *human) clearStatus() {
	if h.statusShown {
		h.w.WriteString("\r\x1b[K")
		h.statusShown = false
		h.dirty = true
	}
}

// tick redraws the status line if anything changed or builds are running
// (their elapsed times move).
func (h *human) tick() {
	p := h.model.Progress()
	if !h.dirty && len(p.Running) == 0 && p.Transfers == 0 {
		return
	}
	h.dirty = false
	s := h.statusLine(p)
	if h.statusShown {
		h.w.WriteString("\r\x1b[K")
	}
	h.statusShown = s != ""
	h.w.WriteString(s)
}

// statusLine formats `    Building [====>    ] 3/5: par-a 1.2s, par-b 0.9s | 1 download 2.0/5.0 MiB`,
// cut to the terminal width so it never wraps.
func (h *human) statusLine(p nixlog.Progress) string {
	if p.Planned == 0 && p.Transfers == 0 {
		return ""
	}
	const barWidth = 20
	filled := 0
	if p.Planned > 0 {
		filled = barWidth * p.Done / p.Planned
	}
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %d/%d", bar, p.Done, p.Planned)
	now := h.opts.Now()
	for i, r := range p.Running {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(crateName(r))
		if s := h.builds[r]; s != nil {
			fmt.Fprintf(&b, " %.1fs", now.Sub(s.started).Seconds())
		}
		if r.Phase != "" {
			b.WriteString(" (" + r.Phase + ")")
		}
	}
	if p.Transfers > 0 {
		fmt.Fprintf(&b, " | %s %.1f/%.1f MiB", plural(p.Transfers, "download"),
			float64(p.Bytes)/(1<<20), float64(p.TotalBytes)/(1<<20))
	}
	line := truncate(b.String(), h.opts.Width-1-verbWidth-1)
	verb := h.st.green("Building")
	if h.failed {
		verb = h.st.red("Building") // as cargo's bar after an error
	}
	return strings.Repeat(" ", verbWidth-len("Building")) + verb + " " + line
}

func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	r := []rune(s)
	return string(r[:width-1]) + "…"
}

// crateName names a build in the status line as cargo names a unit: by
// its crate, also before its builder said which (libnix's derivation
// names tell); a build of something else by its derivation's name.
func crateName(b *nixlog.Build) string {
	if b.Unit != nil {
		return b.Unit.Crate
	}
	if crate, _, _, ok := nixlog.LibnixUnit(b.Name); ok {
		return crate
	}
	return b.Name
}
