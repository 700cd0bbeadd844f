// Package nixlogtest builds large Nix logs for benchmarks and memory tests
// out of recorded ones.
package nixlogtest

import (
	"bytes"
	"regexp"
	"strconv"
)

var idRE = regexp.MustCompile(`"(id|parent)":([0-9]+)`)

// Repeat concatenates logs, again and again, until the result has at least
// size bytes. Each copy gets fresh activity ids (shifted by the copy number
// above bit 40, where Nix keeps the pid), so copies never collide and the
// result reads like one long session of many builds.
func Repeat(logs [][]byte, size int) []byte {
	var out bytes.Buffer
	for k := uint64(1); out.Len() < size; k++ {
		for _, l := range logs {
			out.Write(Renumber(l, k))
			if len(l) > 0 && l[len(l)-1] != '\n' {
				out.WriteByte('\n')
			}
		}
	}
	return out.Bytes()
}

// Renumber returns log with every activity id and parent id moved to copy
// k (parent 0, "no parent", stays 0).
func Renumber(log []byte, k uint64) []byte {
	return idRE.ReplaceAllFunc(log, func(m []byte) []byte {
		sub := idRE.FindSubmatch(m)
		n, err := strconv.ParseUint(string(sub[2]), 10, 64)
		if err != nil || n == 0 {
			return m
		}
		n ^= k << 40
		return []byte(`"` + string(sub[1]) + `":` + strconv.FormatUint(n, 10))
	})
}
