package nixlog

import "strings"

// MsgKind classifies a `msg` record. Nix has no structured error types
// (NixOS/nix#13910), so the kind comes from the level and the text.
type MsgKind uint8

// Message kinds. Every level-0 message is shown by logone whatever its kind;
// the kind decides what it means for the builds and the exit status.
const (
	MsgInfo            MsgKind = iota // levels 2 and up
	MsgWarning                        // level 1
	MsgTrace                          // builtins.trace output
	MsgHint                           // "(use '--show-trace' …)"
	MsgOther                          // level 0 without "error:": forged by a builder, relayed, "bad JSON log message"
	MsgError                          // an error that is none of the below
	MsgEvalError                      // evaluation failed
	MsgBuildError                     // names the derivation that failed
	MsgDependencyError                // a derivation was not built because a dependency failed
	MsgBuildSummary                   // "build of '…', '…' failed"
	MsgInterrupted                    // "interrupted by the user"
	MsgUsageError                     // nix rejected its command line ("unrecognised flag …"), see Model
)

var msgKindNames = [...]string{"info", "warning", "trace", "hint", "other", "error",
	"eval-error", "build-error", "dependency-error", "build-summary", "interrupted", "usage-error"}

func (k MsgKind) String() string { return msgKindNames[k] }

// Failure reports whether the message means the Nix run failed.
func (k MsgKind) Failure() bool { return k >= MsgError }

// Message is a classified `msg` record.
type Message struct {
	Level  int
	Kind   MsgKind
	Text   string // as Nix formatted it, ANSI colours included
	Plain  string // Text without ANSI escapes
	RawMsg string
	File   string
	Line   int
	Column int
	HasPos bool
	Trace  []Frame
	Drvs   []string // derivations the message is about (see Kind)
	// Stale marks a failure message that is only about stale units (see
	// Unit.Stale), which the caller builds again: a build error naming one,
	// or, while no other failure was seen, a dependency error or build
	// summary, which follow from it.
	Stale bool
	// Cancelled marks the build error of a unit that did not start
	// (Build.NotStarted): the failure that stopped it was shown.
	Cancelled bool
}

func classify(r *Record, sawBuild bool) *Message {
	m := &Message{Level: r.Level, Text: r.Msg, Plain: StripANSI(r.Msg), RawMsg: r.RawMsg,
		File: r.File, Line: r.Line, Column: r.Column, HasPos: r.HasPos && r.File != ""}
	if len(r.Trace) > 0 {
		m.Trace = append([]Frame(nil), r.Trace...)
	}
	switch {
	case r.Level >= 2:
		m.Kind = MsgInfo
		return m
	case r.Level == 1:
		m.Kind = MsgWarning
		return m
	}
	t := strings.TrimLeft(m.Plain, " ")
	switch {
	case strings.HasPrefix(t, "trace:"):
		m.Kind = MsgTrace
		return m
	case strings.HasPrefix(t, "(use '--show-trace'"), usageHint(t):
		m.Kind = MsgHint
		return m
	}
	body, ok := strings.CutPrefix(t, "error:")
	if !ok {
		m.Kind = MsgOther
		return m
	}
	body = strings.TrimLeft(body, " ")
	first, _, _ := strings.Cut(body, "\n")
	drvs := DrvPaths(body)
	switch {
	case strings.HasPrefix(body, "interrupted by the user"):
		m.Kind = MsgInterrupted
	case strings.HasPrefix(first, "build of ") && len(drvs) > 0:
		m.Kind, m.Drvs = MsgBuildSummary, drvs
	case len(drvs) > 0 && (strings.Contains(first, "dependencies of derivation") ||
		strings.Contains(body, "dependency failed") || strings.Contains(body, "dependencies failed")):
		// ≤2.28: "N dependencies of derivation '…' failed to build";
		// 2.29+: "Cannot build '…'.\nReason: N dependencies failed."
		m.Kind, m.Drvs = MsgDependencyError, drvs[:1]
	case len(drvs) > 0 && strings.Contains(first, drvs[0]):
		// "builder for '…' failed …", "hash mismatch in fixed-output
		// derivation '…'", "building of '…!out' … timed out", 2.29+
		// "Cannot build '…'.\nReason: builder failed …".
		m.Kind, m.Drvs = MsgBuildError, drvs[:1]
	case failedDrv(body) != "":
		// An IFD failure: the builder error is nested in an evaluation
		// error's trace (2.13+).
		m.Kind, m.Drvs = MsgBuildError, []string{failedDrv(body)}
	case strings.HasPrefix(strings.TrimSpace(body), "… while setting up the build environment"):
		// The sandbox could not be set up (2.26: before any build activity
		// starts, naming the derivation only as "<drv>.chroot/…"); not an
		// evaluation error although no build was seen.
		m.Kind = MsgError
	case m.HasPos || len(m.Trace) > 0 || !sawBuild:
		m.Kind = MsgEvalError
	default:
		m.Kind = MsgError
	}
	return m
}

// usageHint reports whether s is the line Nix prints after a usage error
// of its command line: "Try '<program> --help' for more information."
func usageHint(s string) bool {
	prog, ok := strings.CutPrefix(s, "Try '")
	return ok && strings.HasSuffix(prog, " --help' for more information.")
}

// failedDrv returns the derivation of the first line of s that reports a
// build failure, or "".
func failedDrv(s string) string {
	for _, l := range strings.Split(s, "\n") {
		for _, marker := range []string{"builder for '", "Cannot build '",
			"hash mismatch in fixed-output derivation '", "building of '"} {
			if strings.Contains(l, marker) {
				if ds := DrvPaths(l); len(ds) > 0 {
					return ds[0]
				}
			}
		}
	}
	return ""
}

// DrvPaths returns the store derivation paths named in s (without ANSI
// escapes), in order, without duplicates. A path may be followed by `!out`
// or `^out`.
func DrvPaths(s string) []string {
	var out []string
	for off := 0; ; {
		i := strings.Index(s[off:], ".drv")
		if i < 0 {
			return out
		}
		end := off + i + 4
		off = end
		if end < len(s) && isNameByte(s[end]) {
			continue
		}
		start := end - 4
		for start > 0 && !isBoundary(s[start-1]) {
			start--
		}
		p := s[start:end]
		if !strings.HasPrefix(p, "/") || DrvName(p) == "" {
			continue
		}
		dup := false
		for _, q := range out {
			dup = dup || q == p
		}
		if !dup {
			out = append(out, p)
		}
	}
}

func isBoundary(c byte) bool {
	switch c {
	case '\'', '"', '`', ' ', '\t', '\n', '\r', ',', '(', ')', '[', ']', '{', '}', '<', '>', ':', ';':
		return true
	}
	return false
}

func isNameByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ||
		c == '-' || c == '_' || c == '.' || c == '+' || c == '?' || c == '='
}

// DrvName returns the name of a store path `<dir>/<32-char hash>-<name>.drv`
// or of any store path without `.drv`, or "" if p is not one.
func DrvName(p string) string {
	base := p[strings.LastIndexByte(p, '/')+1:]
	if len(base) < 34 || base[32] != '-' {
		return ""
	}
	for _, c := range []byte(base[:32]) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
			return ""
		}
	}
	return strings.TrimSuffix(base[33:], ".drv")
}
