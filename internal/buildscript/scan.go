package buildscript

import (
	"bytes"
	"strings"
)

// Scan is what cargo does with each raw stdout line while the script runs
// (docs/cargo-semantics.md §5.6): no trimming, the line decoded lossily, and
// only the prefixes `cargo::error=`, `cargo:warning=` and `cargo::warning=`
// recognised. It returns the messages in order; any Error among them fails
// the run and keeps the parser from running at all.
func Scan(stdout []byte) []Message {
	var msgs []Message
	for len(stdout) > 0 {
		chunk, rest, found := bytes.Cut(stdout, []byte{'\n'})
		stdout = rest
		line := lossy(chunk)
		if found {
			// cargo reads each line with str::lines, which drops a '\r' before '\n'.
			line = strings.TrimSuffix(line, "\r")
		}
		if text, ok := strings.CutPrefix(line, "cargo::error="); ok {
			msgs = append(msgs, Message{Error, text})
		} else if text, ok := cutAnyPrefix(line, "cargo:warning=", "cargo::warning="); ok {
			msgs = append(msgs, Message{Warning, text})
		}
	}
	return msgs
}

func cutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return "", false
}
