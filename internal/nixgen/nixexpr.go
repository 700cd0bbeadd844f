package nixgen

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// A part of a Nix string: literal text, or an interpolated expression.
type part struct {
	text string
	expr string
}

func lit(s string) part    { return part{text: s} }
func interp(e string) part { return part{expr: e} }

// str returns a Nix string literal built from parts.
func str(parts ...part) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, p := range parts {
		if p.expr != "" {
			b.WriteString("${" + p.expr + "}")
			continue
		}
		q := quote(p.text)
		b.WriteString(q[1 : len(q)-1])
	}
	b.WriteByte('"')
	return b.String()
}

// unitRef is the Nix expression of the unit with the given id.
func unitRef(id string) string { return "units." + quote(id) }

// nixWriter writes readable, indented Nix attribute sets.
type nixWriter struct {
	b      strings.Builder
	indent int
	err    error
}

func (w *nixWriter) line(format string, args ...any) {
	w.b.WriteString(strings.Repeat("  ", w.indent))
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

// check records the first string that cannot become Nix (a NUL byte).
func (w *nixWriter) check(ss ...string) {
	for _, s := range ss {
		if w.err == nil && strings.IndexByte(s, 0) >= 0 {
			_, w.err = Str(s)
		}
	}
}

// comment writes a comment line; every argument is plan text, made safe
// for a comment by commentText.
func (w *nixWriter) comment(format string, args ...string) {
	safe := make([]any, len(args))
	for i, a := range args {
		safe[i] = commentText(a)
	}
	w.line("# "+format, safe...)
}

func (w *nixWriter) attr(name, expr string) { w.line("%s = %s;", Ident(name), expr) }

func (w *nixWriter) strAttr(name, value string) {
	w.check(value)
	w.attr(name, quote(value))
}

func (w *nixWriter) boolAttr(name string, v bool) {
	if v {
		w.attr(name, "true")
	} else {
		w.attr(name, "false")
	}
}

// list writes a list attribute of Nix expressions, one element per line.
func (w *nixWriter) list(name string, elems []string) {
	if len(elems) == 0 {
		w.attr(name, "[ ]")
		return
	}
	w.line("%s = [", Ident(name))
	w.indent++
	for _, e := range elems {
		w.line("%s", e)
	}
	w.indent--
	w.line("];")
}

// strList writes a list of literal strings, an argument per element; a flag
// followed by its value ("-C" "opt-level=3") shares a line.
func (w *nixWriter) strList(name string, elems []string) {
	w.check(elems...)
	var lines []string
	for i := 0; i < len(elems); i++ {
		e := quote(elems[i])
		if takesValue(elems[i]) && i+1 < len(elems) {
			i++
			e += " " + quote(elems[i])
		}
		lines = append(lines, e)
	}
	w.list(name, lines)
}

func takesValue(flag string) bool {
	switch flag {
	case "-C", "-L", "-l", "--cfg", "--check-cfg", "--crate-type", "--crate-name", "--extern", "--cap-lints", "--target", "-Z", "--color":
		return true
	}
	return false
}

// strMap writes an attribute set of literal strings, sorted by name.
func (w *nixWriter) strMap(name string, m map[string]string) {
	if len(m) == 0 {
		w.attr(name, "{ }")
		return
	}
	w.line("%s = {", Ident(name))
	w.indent++
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.strAttr(k, m[k])
	}
	w.indent--
	w.line("};")
}
