package buildscript

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rust's str::trim and Go's unicode.IsSpace both use the Unicode White_Space
// property, so these match cargo's trimming (which also removes '\r').
func trimSpace(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }
func trimEnd(s string) string   { return strings.TrimRightFunc(s, unicode.IsSpace) }

// rustLines splits like Rust's str::lines: at '\n', dropping a '\r' that
// precedes it, with no empty last line after a final '\n'.
func rustLines(s string) []string {
	var lines []string
	for s != "" {
		line, rest, found := strings.Cut(s, "\n")
		if found {
			line = strings.TrimSuffix(line, "\r")
		}
		lines = append(lines, line)
		s = rest
	}
	return lines
}

// lossy is Rust's String::from_utf8_lossy: every maximal invalid subsequence
// (a truncated sequence counts once) becomes one U+FFFD. Go's
// strings.ToValidUTF8 would merge adjacent invalid sequences instead.
func lossy(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			n = invalidLen(b)
			sb.WriteString("\uFFFD")
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

// crGuard keeps a line that buildrs-parse writes into a build log from
// forging one of Nix's: Nix, like a terminal, returns to column 0 at a lone
// '\r', and a line that then starts with "@nix " is read as Nix's own log
// message (or with "@cargo " as libnix's). After every '\r' the line's pad
// comes again, so what follows never starts a line. Nothing is dropped.
func crGuard(line, pad string) string { return strings.ReplaceAll(line, "\r", "\r"+pad) }

// display is a script's output as text that is safe on a terminal and in
// a log file, with nothing dropped: Rust's String::from_utf8_lossy (each
// invalid sequence becomes U+FFFD, as cargo decodes every output line), and
// each NUL byte shown as U+2400 (␀). cargo passes NUL through, where a
// terminal shows nothing and grep calls the file binary.
func display(b []byte) string {
	return strings.ReplaceAll(lossy(b), "\x00", "\u2400")
}

// invalidLen returns the length of the invalid sequence at the start of b:
// the longest prefix that could still begin a valid UTF-8 sequence, at least 1.
func invalidLen(b []byte) int {
	lo, hi := byte(0x80), byte(0xBF)
	var need int
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	i := 1
	for ; i <= need && i < len(b); i++ {
		if b[i] < lo || b[i] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return i
}

// envify is cargo's: uppercase every character and replace '-' by '_'.
// Go's unicode.ToUpper is the simple case mapping; Rust's to_uppercase also
// expands a few characters (ß → SS). Such metadata keys do not occur in
// practice; the difference is documented.
func envify(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' {
			return '_'
		}
		return unicode.ToUpper(r)
	}, s)
}
