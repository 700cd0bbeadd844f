// Package shellquote writes words for a POSIX shell as cargo's
// shell-escape crate does, so that a command libnix prints or writes (a
// test's Running line, the wrapper nix-emit writes) runs as shown, whatever
// the word holds.
package shellquote

import (
	"strings"
	"unicode"
)

// Word is s as it is when it is not empty and all of it is letters,
// numbers or -_=/,.+; else s in single quotes, where each single quote
// of s closes the quotes, is escaped with a backslash, and reopens them.
func Word(s string) string {
	safe := s != ""
	for _, c := range s {
		if !unicode.IsLetter(c) && !unicode.IsNumber(c) && !strings.ContainsRune("-_=/,.+", c) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
