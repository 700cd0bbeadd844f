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

// Command is a command line as cargo shows one (its "Running" lines): the
// environment's NAME=VALUE pairs, each value a Word, then the program as
// it is and its arguments, each a Word.
func Command(env, argv []string) string {
	words := make([]string, 0, len(env)+len(argv))
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		words = append(words, k+"="+Word(v))
	}
	for i, a := range argv {
		if i > 0 {
			a = Word(a)
		}
		words = append(words, a)
	}
	return strings.Join(words, " ")
}
