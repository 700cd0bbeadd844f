package nixgen

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every plan string that reaches a generated file goes through the one
// function of the context it lands in: Str (or quote) inside a string
// literal, Ident as an attribute name, commentText in a comment, storeName
// as a store path name. Paths are written as strings (wsPath, absPath).
// docs/nix-emit.md lists the rules.

// Str returns s as a Nix double-quoted string literal whose value is s, byte
// for byte. Every '$' is escaped, not only "${", so no sequence of input bytes
// can open an interpolation. Nix strings cannot hold NUL bytes.
func Str(s string) (string, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", fmt.Errorf("string %q contains a NUL byte, which Nix strings cannot hold", s)
	}
	return quote(s), nil
}

// StrList is a Nix expression of the list of strings ss, for a command
// line's --arg: one escaped string of JSON that builtins.fromJSON reads, so
// that no string becomes Nix code.
func StrList(ss []string) (string, error) {
	js, err := json.Marshal(ss)
	if err != nil {
		return "", err
	}
	lit, err := Str(string(js))
	if err != nil {
		return "", err
	}
	return "builtins.fromJSON " + lit, nil
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

// commentText returns s for a one-line Nix comment: as it is when every
// character is printable, else Go-quoted, so that no newline or carriage
// return (either ends a Nix comment) or other control byte reaches the file.
func commentText(s string) string {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(s)
		}
	}
	return s
}

var storeNameUnsafe = regexp.MustCompile(`[^A-Za-z0-9+._?=-]`)

// storeName returns s as the name part of a store path: characters Nix
// refuses become '_', a leading '.' (refused by newer Nix) gets a '_' before
// it, and the result fits Nix's 211-byte limit.
func storeName(s string) string {
	s = storeNameUnsafe.ReplaceAllString(s, "_")
	if s == "" || s[0] == '.' {
		s = "_" + s
	}
	return s[:min(len(s), 211)]
}
