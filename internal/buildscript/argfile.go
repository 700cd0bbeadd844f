package buildscript

import (
	"bytes"
	"fmt"
	"strings"
)

// Argument files hold NUL-terminated records, each exactly one argv element,
// so that bash reads them with `mapfile -d "" -t arr < file` and never
// evaluates them. A NUL cannot be represented (nor passed to a process).

// EncodeRecords returns the argument-file form of records.
func EncodeRecords(records []string) ([]byte, error) {
	var b bytes.Buffer
	for _, r := range records {
		if strings.IndexByte(r, 0) >= 0 {
			return nil, fmt.Errorf("value %q contains a NUL byte, which cannot be passed as an argument", r)
		}
		b.WriteString(r)
		b.WriteByte(0)
	}
	return b.Bytes(), nil
}

// DecodeRecords reads an argument file the way `mapfile -d "" -t` does: a
// last record without its terminating NUL still counts, an empty file has none.
func DecodeRecords(data []byte) []string {
	records := []string{}
	for len(data) > 0 {
		rec, rest, _ := bytes.Cut(data, []byte{0})
		records = append(records, string(rec))
		data = rest
	}
	return records
}
