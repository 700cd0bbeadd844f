package cargomsg

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// FromRustc makes the "message" of a compiler-message from one line rustc
// wrote on stderr (cargo runs rustc with --error-format=json
// --json=diagnostic-rendered-ansi,artifacts,future-incompat), as cargo 1.95
// does for --message-format json (ansi false) or
// json-diagnostic-rendered-ansi (ansi true). ok is false for the lines
// cargo prints no compiler-message for: artifact notifications, section
// timings, future-incompatibility reports, and the "aborting due to" and
// "N warnings emitted" summaries. A line that is not JSON is an error
// (cargo copies it to stderr).
//
// With ansi false cargo strips the ANSI escapes from "rendered" and
// re-serializes the diagnostic with serde_json without preserve_order:
// "rendered" first, the other keys sorted, "code" last, and every nested
// object's keys sorted. That is why cargo's messages do not have rustc's
// key order.
//
// rename, when not nil, maps each span's file_name (in the spans, the
// children's spans and the macro expansions' spans, and the --> and :::
// lines of "rendered" that name it) to what cargo's rustc would have
// printed: rustc runs in the workspace root with workspace files relative
// to it and other files absolute, so only a build that runs rustc from
// another directory, or with files at other absolute paths (a copy of the
// registry, a store path), needs it.
func FromRustc(line []byte, ansi bool, rename func(string) string) (msg json.RawMessage, ok bool, err error) {
	line = bytes.TrimRight(line, "\r\n")
	v, err := parseValue(line)
	if err != nil {
		return nil, false, fmt.Errorf("cargomsg: rustc's line: %w", err)
	}
	// Cargo copies the line as it is; one with a newline in it would break
	// the framing, so that one is made compact.
	verbatim := func() json.RawMessage {
		if oneLine(line) {
			return bytes.Clone(line)
		}
		return v.encode(nil)
	}
	if v.kind != '{' {
		return verbatim(), true, nil
	}
	if v.get("future_incompat_report") != nil ||
		(v.str("name") && v.get("event") != nil) || v.str("artifact") {
		return nil, false, nil
	}
	if v.str("message") && v.str("level") {
		m := v.get("message").s
		if strings.HasPrefix(m, "aborting due to") || strings.HasSuffix(m, "warning emitted") || strings.HasSuffix(m, "warnings emitted") {
			return nil, false, nil
		}
	}
	rendered := v.get("rendered")
	// Cargo rewrites only what its CompilerMessage struct reads: a string
	// "rendered" and a null, missing or {"code": string} "code".
	code := v.get("code")
	rewrite := !ansi && rendered != nil && rendered.kind == '"' &&
		(code.null() || (code.kind == '{' && code.str("code")))
	if rename == nil && !rewrite {
		return verbatim(), true, nil
	}
	if rename != nil {
		v.renameFiles(rename)
	}
	if !rewrite {
		return json.RawMessage(v.encode(nil)), true, nil
	}
	rendered.s = StripANSI(rendered.s)
	out := &value{kind: '{'}
	out.add("rendered", rendered)
	for _, kv := range v.sorted() {
		if kv.key != "rendered" && kv.key != "code" {
			out.add(kv.key, kv.val.sortedDeep())
		}
	}
	if code.null() {
		out.add("code", &value{kind: 'n', lit: "null"})
	} else {
		c := &value{kind: '{'}
		c.add("code", code.get("code"))
		for _, kv := range code.sorted() {
			if kv.key != "code" {
				c.add(kv.key, kv.val.sortedDeep())
			}
		}
		out.add("code", c)
	}
	return json.RawMessage(out.encode(nil)), true, nil
}

// StripANSI removes terminal escape sequences and control characters other
// than whitespace from s, as cargo's anstream::adapter::strip_str does for
// what rustc prints (SGR colours). It handles CSI (ESC [ … final byte),
// OSC (ESC ] … BEL or ESC \) and two-byte ESC sequences.
func StripANSI(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && !isSpace(r) || r == 0x7f }) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			i += 2
			for i < len(s) && (s[i] < 0x40 || s[i] > 0x7e) {
				i++
			}
		case c == 0x1b && i+1 < len(s) && s[i+1] == ']':
			i += 2
			for i < len(s) && s[i] != 0x07 && !(s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\') {
				i++
			}
			if i < len(s) && s[i] == 0x1b {
				i++
			}
		case c == 0x1b:
			i++
		case c < 0x20 && !isSpace(rune(c)) || c == 0x7f:
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isSpace(r rune) bool { return r == '\t' || r == '\n' || r == '\f' || r == '\r' }

// value is a JSON value that keeps its objects' key order, so that a
// message can be rewritten without reordering it.
type value struct {
	kind byte   // '{', '[', '"', 'n' (a number, true, false or null: lit)
	lit  string // a number's text, true, false, null
	s    string
	keys []string
	vals []*value // an object's values (by keys) or an array's elements
}

type keyVal struct {
	key string
	val *value
}

func (v *value) add(k string, x *value) { v.keys = append(v.keys, k); v.vals = append(v.vals, x) }

// get is the last value of key k, as serde keeps the last of duplicates.
func (v *value) get(k string) *value {
	if v.kind != '{' {
		return nil
	}
	for i := len(v.keys) - 1; i >= 0; i-- {
		if v.keys[i] == k {
			return v.vals[i]
		}
	}
	return nil
}

// null reports whether v is missing or null.
func (v *value) null() bool { return v == nil || v.lit == "null" }

// str reports whether key k is a string.
func (v *value) str(k string) bool { x := v.get(k); return x != nil && x.kind == '"' }

// sorted is v's members by key, each key once (its last value), as in a
// BTreeMap.
func (v *value) sorted() []keyVal {
	var kvs []keyVal
	seen := map[string]bool{}
	for i := len(v.keys) - 1; i >= 0; i-- {
		if !seen[v.keys[i]] {
			seen[v.keys[i]] = true
			kvs = append(kvs, keyVal{v.keys[i], v.vals[i]})
		}
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].key < kvs[j].key })
	return kvs
}

// sortedDeep is v as a serde_json::Value without preserve_order
// re-serializes it: objects sorted, integers in their canonical form.
func (v *value) sortedDeep() *value {
	switch v.kind {
	case '{':
		out := &value{kind: '{'}
		for _, kv := range v.sorted() {
			out.add(kv.key, kv.val.sortedDeep())
		}
		return out
	case '[':
		out := &value{kind: '['}
		for _, x := range v.vals {
			out.vals = append(out.vals, x.sortedDeep())
		}
		return out
	case 'n':
		if n, err := strconv.ParseInt(v.lit, 10, 64); err == nil {
			return &value{kind: 'n', lit: strconv.FormatInt(n, 10)}
		}
	}
	return v
}

// renameFiles applies rename to every span's file_name below v, and to
// the --> and ::: lines of a top-level "rendered" that name a renamed file
// (also where rustc's colour reset precedes the name, as rendered is still
// coloured here).
func (v *value) renameFiles(rename func(string) string) {
	renamed := map[string]string{}
	var walk func(x *value, inSpan bool)
	walk = func(x *value, inSpan bool) {
		switch x.kind {
		case '{':
			for i, k := range x.keys {
				if k == "file_name" && inSpan && x.vals[i].kind == '"' {
					old := x.vals[i].s
					x.vals[i] = &value{kind: '"', s: rename(old)}
					renamed[old] = x.vals[i].s
					continue
				}
				walk(x.vals[i], k == "spans" || k == "span" || k == "def_site_span" || (inSpan && k == "expansion"))
			}
		case '[':
			for _, e := range x.vals {
				walk(e, inSpan)
			}
		}
	}
	walk(v, false)
	r := v.get("rendered")
	if r == nil || r.kind != '"' {
		return
	}
	var pairs []string
	for old, new := range renamed {
		if old == new {
			continue
		}
		for _, arrow := range []string{"--> ", "::: "} {
			pairs = append(pairs, arrow+old+":", arrow+new+":",
				arrow+"\x1b[0m"+old+":", arrow+"\x1b[0m"+new+":")
		}
	}
	if len(pairs) > 0 {
		r.s = strings.NewReplacer(pairs...).Replace(r.s)
	}
}

// encode appends v in serde_json's compact form.
func (v *value) encode(b []byte) []byte {
	switch v.kind {
	case '{':
		b = append(b, '{')
		for i, k := range v.keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = v.vals[i].encode(b)
		}
		return append(b, '}')
	case '[':
		b = append(b, '[')
		for i, x := range v.vals {
			if i > 0 {
				b = append(b, ',')
			}
			b = x.encode(b)
		}
		return append(b, ']')
	case '"':
		return appendString(b, v.s)
	}
	return append(b, v.lit...)
}

// parseValue reads one JSON value, keeping key order and number text.
func parseValue(b []byte) (*value, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	v, err := decodeValue(d)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(b[d.InputOffset():])) > 0 {
		return nil, errors.New("data after the value")
	}
	return v, nil
}

func decodeValue(d *json.Decoder) (*value, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := t.(type) {
	case json.Delim:
		v := &value{kind: byte(t)}
		for d.More() {
			if t == '{' {
				k, err := d.Token()
				if err != nil {
					return nil, err
				}
				v.keys = append(v.keys, k.(string))
			}
			x, err := decodeValue(d)
			if err != nil {
				return nil, err
			}
			v.vals = append(v.vals, x)
		}
		if _, err := d.Token(); err != nil { // the closing delimiter
			return nil, err
		}
		return v, nil
	case string:
		return &value{kind: '"', s: t}, nil
	case json.Number:
		return &value{kind: 'n', lit: t.String()}, nil
	case bool:
		return &value{kind: 'n', lit: strconv.FormatBool(t)}, nil
	default:
		return &value{kind: 'n', lit: "null"}, nil
	}
}
