// Package cargomsg reads and writes cargo's machine messages: the lines
// `cargo build --message-format json` prints on stdout, byte for byte as
// cargo 1.95 prints them, so that editors and CI tools reading libnix's
// output cannot tell it from cargo's.
//
// Cargo serializes each message with serde_json: "reason" first, then the
// struct's fields in declaration order, strings escaped the serde_json way
// (no HTML escaping, no escaping of U+2028/U+2029). encoding/json differs in
// those points, so Write encodes by hand. See docs/cargo-messages.md.
package cargomsg

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Message is one line of cargo's JSON output.
type Message interface {
	// Reason is the message's "reason" field.
	Reason() string
}

// Target is cargo's "target" object (cargo's SerializedTarget).
type Target struct {
	Kind       []string // "lib", "bin", "custom-build", "proc-macro", "test", "example", …
	CrateTypes []string
	Name       string
	SrcPath    string
	Edition    string
	// RequiredFeatures is written as "required-features" only when not nil,
	// as cargo omits it for a target without required-features.
	RequiredFeatures []string
	Doc              bool
	Doctest          bool
	Test             bool
}

// Debuginfo is a profile's debuginfo: cargo prints 0, 1 and 2 as numbers
// and the named levels as strings. The empty Debuginfo is JSON null, which
// cargo 1.95 never prints but its type allows.
type Debuginfo string

// The debuginfo levels cargo 1.95 prints.
const (
	DebuginfoNone               Debuginfo = "0"
	DebuginfoLimited            Debuginfo = "1"
	DebuginfoFull               Debuginfo = "2"
	DebuginfoLineDirectivesOnly Debuginfo = "line-directives-only"
	DebuginfoLineTablesOnly     Debuginfo = "line-tables-only"
)

// Profile is a compiler-artifact's "profile" object (cargo's
// ArtifactProfile).
type Profile struct {
	OptLevel        string // "0", "1", "2", "3", "s", "z"
	Debuginfo       Debuginfo
	DebugAssertions bool
	OverflowChecks  bool
	Test            bool // the unit is a test or bench build
}

// CompilerMessage is reason "compiler-message": a rustc diagnostic. Message
// is written as it is; FromRustc makes it from rustc's line as cargo does.
type CompilerMessage struct {
	PackageID    string
	ManifestPath string
	Target       Target
	Message      json.RawMessage
}

// CompilerArtifact is reason "compiler-artifact": a unit is built (or was
// already, Fresh).
type CompilerArtifact struct {
	PackageID    string
	ManifestPath string
	Target       Target
	Profile      Profile
	Features     []string
	Filenames    []string
	Executable   *string // null unless the unit is an executable
	Fresh        bool
}

// BuildScriptExecuted is reason "build-script-executed": what a build
// script's run told cargo.
type BuildScriptExecuted struct {
	PackageID   string
	LinkedLibs  []string // cargo::rustc-link-lib, e.g. "static=cmath"
	LinkedPaths []string // cargo::rustc-link-search, e.g. "native=/usr/lib"
	Cfgs        []string // cargo::rustc-cfg, e.g. `feature="x"`
	Env         [][2]string
	OutDir      string
}

// BuildFinished is reason "build-finished", the last message of a build.
type BuildFinished struct {
	Success bool
}

// Other is a message with a reason this package does not know (cargo's
// unstable timing-info, say, or a newer cargo's): Parse keeps the line and
// Write writes it back unchanged.
type Other struct {
	Name string // its reason
	Line json.RawMessage
}

// The reasons.
const (
	ReasonCompilerMessage     = "compiler-message"
	ReasonCompilerArtifact    = "compiler-artifact"
	ReasonBuildScriptExecuted = "build-script-executed"
	ReasonBuildFinished       = "build-finished"
)

func (CompilerMessage) Reason() string     { return ReasonCompilerMessage }
func (CompilerArtifact) Reason() string    { return ReasonCompilerArtifact }
func (BuildScriptExecuted) Reason() string { return ReasonBuildScriptExecuted }
func (BuildFinished) Reason() string       { return ReasonBuildFinished }
func (o Other) Reason() string             { return o.Name }

// Write writes m as one newline-terminated line, as cargo prints it. It
// fails for a string that is not UTF-8 (where cargo's serializer fails too)
// and for a raw message that is not one line of JSON.
func Write(w io.Writer, m Message) error {
	b, err := Marshal(m)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Marshal is Write without the writer and the newline.
func Marshal(m Message) ([]byte, error) {
	e := &encoder{}
	switch m := m.(type) {
	case CompilerMessage:
		e.begin(ReasonCompilerMessage)
		e.field("package_id").str(m.PackageID)
		e.field("manifest_path").str(m.ManifestPath)
		e.field("target").target(m.Target)
		e.field("message").raw(m.Message)
	case CompilerArtifact:
		e.begin(ReasonCompilerArtifact)
		e.field("package_id").str(m.PackageID)
		e.field("manifest_path").str(m.ManifestPath)
		e.field("target").target(m.Target)
		e.field("profile").profile(m.Profile)
		e.field("features").strs(m.Features)
		e.field("filenames").strs(m.Filenames)
		e.field("executable")
		if m.Executable == nil {
			e.lit("null")
		} else {
			e.str(*m.Executable)
		}
		e.field("fresh").bool(m.Fresh)
	case BuildScriptExecuted:
		e.begin(ReasonBuildScriptExecuted)
		e.field("package_id").str(m.PackageID)
		e.field("linked_libs").strs(m.LinkedLibs)
		e.field("linked_paths").strs(m.LinkedPaths)
		e.field("cfgs").strs(m.Cfgs)
		e.field("env").lit("[")
		for i, kv := range m.Env {
			if i > 0 {
				e.lit(",")
			}
			e.strs(kv[:])
		}
		e.lit("]")
		e.field("out_dir").str(m.OutDir)
	case BuildFinished:
		e.begin(ReasonBuildFinished)
		e.field("success").bool(m.Success)
	case Other:
		if !oneLine(m.Line) {
			return nil, errors.New("cargomsg: an Other message is not one line of JSON")
		}
		return bytes.Clone(m.Line), nil
	default:
		return nil, fmt.Errorf("cargomsg: cannot write %T", m)
	}
	e.lit("}")
	return e.buf, e.err
}

// oneLine reports whether b is valid JSON without a newline, which would
// break the one-message-a-line framing.
func oneLine(b []byte) bool {
	return json.Valid(b) && bytes.IndexByte(b, '\n') < 0 && bytes.IndexByte(b, '\r') < 0
}

// encoder appends serde_json's compact form; the first error sticks.
type encoder struct {
	buf    []byte
	err    error
	fields int
}

func (e *encoder) lit(s string) *encoder { e.buf = append(e.buf, s...); return e }

func (e *encoder) begin(reason string) {
	e.lit(`{"reason":`).str(reason)
	e.fields = 1
}

// field writes a key of the object begun last; objects are not nested
// while their fields are written, so one counter is enough.
func (e *encoder) field(name string) *encoder {
	if e.fields > 0 {
		e.lit(",")
	}
	e.fields++
	return e.str(name).lit(":")
}

func (e *encoder) bool(b bool) *encoder {
	if b {
		return e.lit("true")
	}
	return e.lit("false")
}

func (e *encoder) str(s string) *encoder {
	if !utf8.ValidString(s) {
		e.err = errors.Join(e.err, fmt.Errorf("cargomsg: %q is not UTF-8", s))
	}
	e.buf = appendString(e.buf, s)
	return e
}

// strs writes a nil slice as [], as cargo has no null lists.
func (e *encoder) strs(ss []string) *encoder {
	e.lit("[")
	for i, s := range ss {
		if i > 0 {
			e.lit(",")
		}
		e.str(s)
	}
	return e.lit("]")
}

func (e *encoder) raw(b json.RawMessage) {
	if !oneLine(b) {
		e.err = errors.Join(e.err, errors.New("cargomsg: a compiler message is not one line of JSON"))
	}
	e.buf = append(e.buf, b...)
}

func (e *encoder) target(t Target) {
	outer := e.fields
	e.lit("{")
	e.fields = 0
	e.field("kind").strs(t.Kind)
	e.field("crate_types").strs(t.CrateTypes)
	e.field("name").str(t.Name)
	e.field("src_path").str(t.SrcPath)
	e.field("edition").str(t.Edition)
	if t.RequiredFeatures != nil {
		e.field("required-features").strs(t.RequiredFeatures)
	}
	e.field("doc").bool(t.Doc)
	e.field("doctest").bool(t.Doctest)
	e.field("test").bool(t.Test)
	e.lit("}")
	e.fields = outer
}

func (e *encoder) profile(p Profile) {
	outer := e.fields
	e.lit("{")
	e.fields = 0
	e.field("opt_level").str(p.OptLevel)
	e.field("debuginfo")
	switch p.Debuginfo {
	case "":
		e.lit("null")
	case DebuginfoNone, DebuginfoLimited, DebuginfoFull:
		e.lit(string(p.Debuginfo))
	default:
		e.str(string(p.Debuginfo))
	}
	e.field("debug_assertions").bool(p.DebugAssertions)
	e.field("overflow_checks").bool(p.OverflowChecks)
	e.field("test").bool(p.Test)
	e.lit("}")
	e.fields = outer
}

// appendString quotes s as serde_json does: the short escapes for ", \ and
// \b \f \n \r \t, \u00xx (lower-case hex) for the other control
// characters, everything else as it is. Invalid UTF-8 (which Write
// rejects) is copied as it is.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Parse reads one message. Fields cargo does not print are ignored (a
// newer cargo's additions would be lost on writing; the golden tests catch
// that for the cargo they were recorded with). A line whose reason is not
// one of the four is an Other, not an error.
func Parse(line []byte) (Message, error) {
	line = bytes.TrimRight(line, "\r\n")
	var head struct {
		Reason *string `json:"reason"`
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return nil, fmt.Errorf("cargomsg: %w", err)
	}
	if head.Reason == nil {
		return nil, errors.New(`cargomsg: no "reason"`)
	}
	var m Message
	var err error
	switch *head.Reason {
	case ReasonCompilerMessage:
		var w struct {
			PackageID    string          `json:"package_id"`
			ManifestPath string          `json:"manifest_path"`
			Target       jsonTarget      `json:"target"`
			Message      json.RawMessage `json:"message"`
		}
		err = json.Unmarshal(line, &w)
		m = CompilerMessage{w.PackageID, w.ManifestPath, Target(w.Target), w.Message}
	case ReasonCompilerArtifact:
		var w struct {
			PackageID    string      `json:"package_id"`
			ManifestPath string      `json:"manifest_path"`
			Target       jsonTarget  `json:"target"`
			Profile      jsonProfile `json:"profile"`
			Features     []string    `json:"features"`
			Filenames    []string    `json:"filenames"`
			Executable   *string     `json:"executable"`
			Fresh        bool        `json:"fresh"`
		}
		err = json.Unmarshal(line, &w)
		m = CompilerArtifact{w.PackageID, w.ManifestPath, Target(w.Target), Profile(w.Profile),
			w.Features, w.Filenames, w.Executable, w.Fresh}
	case ReasonBuildScriptExecuted:
		var w struct {
			PackageID   string      `json:"package_id"`
			LinkedLibs  []string    `json:"linked_libs"`
			LinkedPaths []string    `json:"linked_paths"`
			Cfgs        []string    `json:"cfgs"`
			Env         [][2]string `json:"env"`
			OutDir      string      `json:"out_dir"`
		}
		err = json.Unmarshal(line, &w)
		m = BuildScriptExecuted{w.PackageID, w.LinkedLibs, w.LinkedPaths, w.Cfgs, w.Env, w.OutDir}
	case ReasonBuildFinished:
		var w struct {
			Success bool `json:"success"`
		}
		err = json.Unmarshal(line, &w)
		m = BuildFinished{w.Success}
	default:
		if bytes.IndexByte(line, '\n') >= 0 || bytes.IndexByte(line, '\r') >= 0 {
			return nil, errors.New("cargomsg: a message spans lines")
		}
		return Other{*head.Reason, bytes.Clone(line)}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cargomsg: %s: %w", *head.Reason, err)
	}
	return m, nil
}

// jsonTarget and jsonProfile carry the JSON names; Target and Profile stay
// free of tags so their field order reads as cargo's.
type jsonTarget struct {
	Kind             []string `json:"kind"`
	CrateTypes       []string `json:"crate_types"`
	Name             string   `json:"name"`
	SrcPath          string   `json:"src_path"`
	Edition          string   `json:"edition"`
	RequiredFeatures []string `json:"required-features"`
	Doc              bool     `json:"doc"`
	Doctest          bool     `json:"doctest"`
	Test             bool     `json:"test"`
}

type jsonProfile struct {
	OptLevel        string    `json:"opt_level"`
	Debuginfo       Debuginfo `json:"debuginfo"`
	DebugAssertions bool      `json:"debug_assertions"`
	OverflowChecks  bool      `json:"overflow_checks"`
	Test            bool      `json:"test"`
}

// UnmarshalJSON reads a number (0, 1, 2), a string or null.
func (d *Debuginfo) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*d = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s == "" || s == "0" || s == "1" || s == "2" {
			// Would be written as something else.
			return fmt.Errorf("debuginfo %s", b)
		}
		*d = Debuginfo(s)
	default:
		switch Debuginfo(b) {
		case DebuginfoNone, DebuginfoLimited, DebuginfoFull:
			*d = Debuginfo(b)
		default:
			return fmt.Errorf("debuginfo %s", b)
		}
	}
	return nil
}
