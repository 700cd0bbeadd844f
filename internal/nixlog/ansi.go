package nixlog

import "strings"

// StripANSI removes terminal escape sequences: CSI (`ESC [ … final`), OSC
// and other string sequences (terminated by BEL or `ESC \`), and two-byte
// `ESC x` sequences. Nix keeps colours in every text it logs; output that is
// not a colour terminal must not carry them.
func StripANSI(s string) string {
	i := strings.IndexByte(s, 0x1b)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i+1:]
		s = s[escapeLen(s):]
		i = strings.IndexByte(s, 0x1b)
	}
	b.WriteString(s)
	return b.String()
}

// escapeLen returns the length of the escape sequence body that follows an
// ESC byte.
func escapeLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '[':
		for j := 1; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
			if s[j] < 0x20 || s[j] > 0x3f {
				return j // malformed: drop the introducer only
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_':
		for j := 1; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	if s[0] >= 0x20 && s[0] <= 0x7e {
		return 1
	}
	return 0
}
