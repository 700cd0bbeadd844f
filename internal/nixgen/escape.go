package nixgen

import (
	"fmt"
	"strings"
)

// Str returns s as a Nix double-quoted string literal whose value is s, byte
// for byte. Every '$' is escaped, not only "${", so no sequence of input bytes
// can open an interpolation. Nix strings cannot hold NUL bytes.
func Str(s string) (string, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", fmt.Errorf("string %q contains a NUL byte, which Nix strings cannot hold", s)
	}
	return quote(s), nil
}

// quote is Str for strings already known to hold no NUL byte.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\', '$':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Ident returns name as an attribute name: bare when it is a plain Nix
// identifier (and not a keyword), quoted otherwise.
func Ident(name string) string {
	if isIdent(name) {
		return name
	}
	return quote(name)
}

var keywords = map[string]bool{
	"if": true, "then": true, "else": true, "assert": true, "with": true, "let": true,
	"in": true, "rec": true, "inherit": true, "or": true,
}

func isIdent(s string) bool {
	if s == "" || keywords[s] {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		case i > 0 && (c >= '0' && c <= '9' || c == '\'' || c == '-'):
		default:
			return false
		}
	}
	return true
}
