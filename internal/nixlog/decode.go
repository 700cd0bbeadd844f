package nixlog

import (
	"bytes"
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// Prefix starts every record line Nix writes.
const Prefix = "@nix "

// Parse decodes one line (without its newline) into r. It reports false when
// the line is not a record: no `@nix ` prefix (an optional syslog priority
// `<N>` may precede it, as Nix ≤2.26 writes under IN_SYSTEMD=1), text after
// the prefix that is not one JSON object, or an object without a string
// "action". Such a line is plain text to the caller.
//
// The decoder is hand-written because counter records make up most of a
// stream and encoding/json's reflection would be the bottleneck; it accepts
// exactly RFC 8259 objects and ignores unknown keys and values of unexpected
// types.
func Parse(line []byte, r *Record) bool {
	body, ok := cutPrefix(line)
	if !ok {
		return false
	}
	r.reset()
	d := decoder{b: body}
	if err := d.object(r); err != nil {
		return false
	}
	d.space()
	if d.i != len(d.b) {
		return false
	}
	return r.hasAction
}

func cutPrefix(line []byte) ([]byte, bool) {
	if len(line) > 0 && line[0] == '<' {
		i := 1
		for i < len(line) && i < 4 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == 1 || i >= len(line) || line[i] != '>' {
			return nil, false
		}
		line = line[i+1:]
	}
	return bytes.CutPrefix(line, []byte(Prefix))
}

var errSyntax = errors.New("syntax error")

// maxDepth bounds nesting of ignored values so hostile input cannot exhaust
// the stack.
const maxDepth = 256

type decoder struct {
	b       []byte
	i       int
	scratch []byte
}

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *decoder) expect(c byte) error {
	d.space()
	if d.i >= len(d.b) || d.b[d.i] != c {
		return errSyntax
	}
	d.i++
	return nil
}

// peek returns the next non-space byte, or 0 at the end.
func (d *decoder) peek() byte {
	d.space()
	if d.i >= len(d.b) {
		return 0
	}
	return d.b[d.i]
}

// members calls f for each key of an object; f must consume the value.
func (d *decoder) members(f func(key []byte) error) error {
	if err := d.expect('{'); err != nil {
		return err
	}
	if d.peek() == '}' {
		d.i++
		return nil
	}
	for {
		if d.peek() != '"' {
			return errSyntax
		}
		key, err := d.rawString()
		if err != nil {
			return err
		}
		if err := d.validate(key); err != nil {
			return err
		}
		if err := d.expect(':'); err != nil {
			return err
		}
		if err := f(key); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.i++
		case '}':
			d.i++
			return nil
		default:
			return errSyntax
		}
	}
}

func (d *decoder) object(r *Record) error {
	return d.members(func(key []byte) error {
		switch string(key) {
		case "action":
			if d.peek() != '"' {
				return d.skip(0)
			}
			s, err := d.rawString()
			if err != nil {
				return err
			}
			r.Action, r.ActionName, err = actionOf(s)
			r.hasAction = err == nil
			return err
		case "id":
			return d.uint(&r.ID, nil)
		case "parent":
			return d.uint(&r.Parent, &r.HasParent)
		case "level":
			return d.int(&r.Level, nil)
		case "type":
			return d.int(&r.Type, nil)
		case "line":
			return d.int(&r.Line, &r.HasPos)
		case "column":
			return d.int(&r.Column, &r.HasPos)
		case "text":
			return d.str(&r.Text, nil)
		case "msg":
			return d.str(&r.Msg, nil)
		case "raw_msg":
			return d.str(&r.RawMsg, &r.HasRawMsg)
		case "file":
			return d.str(&r.File, nil)
		case "phase":
			return d.str(&r.Phase, nil)
		case "fields":
			return d.fields(r)
		case "trace":
			return d.trace(r)
		}
		return d.skip(0)
	})
}

func actionOf(s []byte) (Action, string, error) {
	switch string(s) {
	case "start":
		return ActionStart, "", nil
	case "stop":
		return ActionStop, "", nil
	case "result":
		return ActionResult, "", nil
	case "msg":
		return ActionMsg, "", nil
	case "setPhase":
		return ActionSetPhase, "", nil
	}
	name, err := unquote(s, nil)
	return ActionOther, name, err
}

// number scans a JSON number and returns its bytes.
func (d *decoder) number() ([]byte, error) {
	start := d.i
	if d.i < len(d.b) && d.b[d.i] == '-' {
		d.i++
	}
	digits := func() int {
		n := 0
		for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.b) && d.b[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return nil, errSyntax
	}
	if d.i < len(d.b) && d.b[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	if d.i < len(d.b) && (d.b[d.i] == 'e' || d.b[d.i] == 'E') {
		d.i++
		if d.i < len(d.b) && (d.b[d.i] == '+' || d.b[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	return d.b[start:d.i], nil
}

// parseUint is strconv.ParseUint for the common case of plain digits,
// without allocating.
func parseUint(b []byte) (uint64, bool) {
	if len(b) == 0 || len(b) > 20 {
		return 0, false
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		next := n*10 + uint64(c-'0')
		if next/10 != n {
			return 0, false
		}
		n = next
	}
	return n, true
}

// uint stores an unsigned integer value; other values are skipped, so a
// record with an odd key type is still a record.
func (d *decoder) uint(dst *uint64, seen *bool) error {
	c := d.peek()
	if c != '-' && (c < '0' || c > '9') {
		return d.skip(0)
	}
	b, err := d.number()
	if err != nil {
		return err
	}
	if n, ok := parseUint(b); ok {
		*dst = n
		if seen != nil {
			*seen = true
		}
	}
	return nil
}

func (d *decoder) int(dst *int, seen *bool) error {
	var n uint64
	var ok bool
	if err := d.uint(&n, &ok); err != nil {
		return err
	}
	if ok && n <= 1<<31 {
		*dst = int(n)
		if seen != nil {
			*seen = true
		}
	}
	return nil
}

func (d *decoder) str(dst *string, seen *bool) error {
	if d.peek() != '"' {
		return d.skip(0)
	}
	raw, err := d.rawString()
	if err != nil {
		return err
	}
	s, err := unquote(raw, &d.scratch)
	if err != nil {
		return err
	}
	*dst = s
	if seen != nil {
		*seen = true
	}
	return nil
}

func (d *decoder) fields(r *Record) error {
	if d.peek() != '[' {
		return d.skip(0)
	}
	return d.elements(func() error {
		var f Field
		switch c := d.peek(); {
		case c == '"':
			f.IsStr = true
			if err := d.str(&f.Str, nil); err != nil {
				return err
			}
		case c == '-' || (c >= '0' && c <= '9'):
			if err := d.uint(&f.Num, &f.IsNum); err != nil {
				return err
			}
		default:
			if err := d.skip(0); err != nil {
				return err
			}
		}
		r.Fields = append(r.Fields, f)
		return nil
	})
}

func (d *decoder) trace(r *Record) error {
	if d.peek() != '[' {
		return d.skip(0)
	}
	return d.elements(func() error {
		if d.peek() != '{' {
			return d.skip(0)
		}
		var f Frame
		err := d.members(func(key []byte) error {
			switch string(key) {
			case "raw_msg":
				return d.str(&f.RawMsg, nil)
			case "file":
				return d.str(&f.File, nil)
			case "line":
				return d.int(&f.Line, nil)
			case "column":
				return d.int(&f.Column, nil)
			}
			return d.skip(0)
		})
		r.Trace = append(r.Trace, f)
		return err
	})
}

// elements calls f for each element of an array; f must consume it.
func (d *decoder) elements(f func() error) error {
	if err := d.expect('['); err != nil {
		return err
	}
	if d.peek() == ']' {
		d.i++
		return nil
	}
	for {
		if err := f(); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.i++
		case ']':
			d.i++
			return nil
		default:
			return errSyntax
		}
	}
}

// skip consumes and validates any JSON value.
func (d *decoder) skip(depth int) error {
	if depth > maxDepth {
		return errSyntax
	}
	switch c := d.peek(); {
	case c == '"':
		raw, err := d.rawString()
		if err != nil {
			return err
		}
		return d.validate(raw)
	case c == '{':
		return d.members(func([]byte) error { return d.skip(depth + 1) })
	case c == '[':
		return d.elements(func() error { return d.skip(depth + 1) })
	case c == '-' || (c >= '0' && c <= '9'):
		_, err := d.number()
		return err
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	}
	return errSyntax
}

func (d *decoder) literal(s string) error {
	if !bytes.HasPrefix(d.b[d.i:], []byte(s)) {
		return errSyntax
	}
	d.i += len(s)
	return nil
}

// validate checks the escapes and characters of a raw string that is not
// decoded.
func (d *decoder) validate(raw []byte) error {
	for _, c := range raw {
		if c < 0x20 {
			return errSyntax
		}
	}
	if bytes.IndexByte(raw, '\\') >= 0 {
		_, err := unquote(raw, &d.scratch)
		return err
	}
	return nil
}

// rawString consumes a string and returns its contents between the quotes,
// escapes not yet decoded.
func (d *decoder) rawString() ([]byte, error) {
	d.i++ // opening quote, checked by the caller
	start := d.i
	for {
		j := bytes.IndexByte(d.b[d.i:], '"')
		if j < 0 {
			return nil, errSyntax
		}
		end := d.i + j
		// The quote ends the string unless an odd run of backslashes
		// precedes it.
		n := 0
		for k := end - 1; k >= start && d.b[k] == '\\'; k-- {
			n++
		}
		d.i = end + 1
		if n%2 == 0 {
			return d.b[start:end], nil
		}
	}
}

// unquote decodes the escapes of a raw string. Bytes that are not valid
// UTF-8 are kept as they are: Nix already replaced them with U+FFFD, and
// logone never alters text it passes on. Raw control characters are
// rejected as RFC 8259 requires.
func unquote(raw []byte, scratch *[]byte) (string, error) {
	if bytes.IndexByte(raw, '\\') < 0 {
		for _, c := range raw {
			if c < 0x20 {
				return "", errSyntax
			}
		}
		return string(raw), nil
	}
	var buf []byte
	if scratch != nil {
		buf = (*scratch)[:0]
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c < 0x20 {
			return "", errSyntax
		}
		if c != '\\' {
			buf = append(buf, c)
			continue
		}
		i++
		if i >= len(raw) {
			return "", errSyntax
		}
		switch raw[i] {
		case '"', '\\', '/':
			buf = append(buf, raw[i])
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := hex4(raw[i+1:])
			if !ok {
				return "", errSyntax
			}
			i += 4
			if utf16.IsSurrogate(r) {
				// A valid pair forms one rune; a lone half becomes U+FFFD,
				// as encoding/json does.
				if r2, ok := lowSurrogate(raw[i+1:]); ok {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
						i += 6
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", errSyntax
		}
	}
	if scratch != nil {
		*scratch = buf
	}
	return string(buf), nil
}

func lowSurrogate(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	return hex4(b[2:])
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
