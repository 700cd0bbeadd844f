package nixlog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/libnix/libnix/internal/cargoproto"
)

// CargoType is what a protocol message says.
type CargoType uint8

// Protocol message types. v1 type 2 and 3 messages end a unit and may carry
// diagnostics or script output; they decode as CargoFinish.
const (
	CargoOther CargoType = iota // a known version, an unknown type: ignored
	CargoStart
	CargoDiagnostic
	CargoBuildScript
	CargoFinish
	CargoCommand
)

// CargoMsg is one decoded protocol line, v1 (the prototype) or v2.
type CargoMsg struct {
	Version     int // 1 or 2
	Type        CargoType
	Unit        string
	Crate       string
	PkgVersion  string
	Kind        string // v2 vocabulary: lib, bin, build-script, build-script-run, …
	Target      string
	Mode        string
	Local       bool
	Diagnostics []Diagnostic
	Level       string // buildscript: warning or error
	Text        string // buildscript text
	Exit        int
	Error       string   // finish: optional one-line error
	Stale       bool     // finish: a failure of a stale filtered source (cargoproto.Finish), never with Exit 0
	Cancelled   bool     // finish: the unit did not start, another had failed (cargoproto.Finish), never with Exit 0
	Output      []string // v1 type 3: the script's notices and stderr
	Env, Argv   []string // command: its NAME=VALUE pairs and its words (cargoproto.Command)
}

// Diagnostic is one rustc JSON diagnostic.
type Diagnostic struct {
	Level    string
	Message  string
	Code     string
	Rendered string
	// Fixable: a span of it or of a child carries a machine-applicable
	// suggestion, which cargo fix would apply.
	Fixable bool
	// Primary is where its primary span starts, FILE:LINE:COL, and
	// PrimaryLabel that span's label; "" when it has none.
	Primary, PrimaryLabel string
	// Suggestions are its children's one-span suggestions, "help: MESSAGE:
	// `REPLACEMENT`", as rustc's short form shows them.
	Suggestions []string
	Raw         json.RawMessage // rustc's object, unchanged
}

// span is what ParseDiagnostic reads of rustc's spans.
type span struct {
	Applicability *string `json:"suggestion_applicability"`
	FileName      string  `json:"file_name"`
	Line          int     `json:"line_start"`
	Column        int     `json:"column_start"`
	IsPrimary     bool    `json:"is_primary"`
	Label         *string `json:"label"`
	Replacement   *string `json:"suggested_replacement"`
}

type child struct {
	Level   string `json:"level"`
	Message string `json:"message"`
	Spans   []span `json:"spans"`
}

func machineApplicable(spans []span) bool {
	for _, s := range spans {
		if s.Applicability != nil && *s.Applicability == "MachineApplicable" {
			return true
		}
	}
	return false
}

// ParseCargo decodes a build log line of the `@cargo` protocol: version 2
// as internal/cargoproto defines it, or version 1. It reports false for any
// other line, including `@cargo` lines that are not valid JSON objects of
// version 1 or 2: those are ordinary output.
func ParseCargo(line string) (*CargoMsg, bool) {
	if m, ok := cargoproto.Parse(line); ok {
		return fromV2(m)
	}
	return parseV1(line)
}

func fromV2(m cargoproto.Message) (*CargoMsg, bool) {
	switch m := m.(type) {
	case cargoproto.Start:
		return &CargoMsg{Version: 2, Type: CargoStart, Unit: m.Unit, Crate: m.Crate, PkgVersion: m.Version,
			Kind: m.Kind, Target: m.Target, Mode: m.Mode, Local: m.Local}, true
	case cargoproto.Diagnostic:
		d, ok := ParseDiagnostic(m.Message)
		if !ok {
			return nil, false
		}
		return &CargoMsg{Version: 2, Type: CargoDiagnostic, Unit: m.Unit, Diagnostics: []Diagnostic{d}}, true
	case cargoproto.BuildScript:
		return &CargoMsg{Version: 2, Type: CargoBuildScript, Unit: m.Unit, Crate: m.Crate, PkgVersion: m.Version,
			Level: m.Level, Text: m.Text}, true
	case cargoproto.Finish:
		// A stale or cancelled success means nothing: readers ignore the
		// flags then.
		return &CargoMsg{Version: 2, Type: CargoFinish, Unit: m.Unit, Exit: m.Exit, Error: m.Error,
			Stale: m.Stale && m.Exit != 0, Cancelled: m.Cancelled && m.Exit != 0}, true
	case cargoproto.Command:
		if len(m.Argv) == 0 {
			return nil, false
		}
		return &CargoMsg{Version: 2, Type: CargoCommand, Unit: m.Unit, Env: m.Env, Argv: m.Argv}, true
	case cargoproto.Other:
		return &CargoMsg{Version: 2, Type: CargoOther, Unit: m.Unit}, true
	}
	return nil, false
}

// parseV1 decodes a line of the prototype's protocol (docs/cargo-protocol.md,
// "Version 1"), which logone still reads and nothing writes.
func parseV1(line string) (*CargoMsg, bool) {
	body, ok := strings.CutPrefix(line, cargoproto.Prefix)
	if !ok {
		return nil, false
	}
	var w struct {
		V             *int              `json:"v"` // set: not version 1
		Type          json.RawMessage   `json:"type"`
		CrateName     string            `json:"crate_name"`
		CrateType     *string           `json:"crate_type"`
		ID            string            `json:"id"`
		RustcExit     int               `json:"rustc_exit_code"`
		RustcMessages []json.RawMessage `json:"rustc_messages"`
		ExitCode      int               `json:"exit_code"`
		Messages      []string          `json:"messages"`
	}
	b := []byte(body)
	if err := json.Unmarshal(b, &w); err != nil || !isObject(b) || w.V != nil {
		return nil, false
	}
	var typ int
	if json.Unmarshal(w.Type, &typ) != nil {
		return nil, false
	}
	m := &CargoMsg{Version: 1, Unit: w.ID, Crate: w.CrateName}
	if w.CrateType != nil {
		m.Kind = kindOfV1(*w.CrateType)
	}
	switch typ {
	case 0:
		m.Type = CargoStart
	case 2:
		m.Type = CargoFinish
		m.Exit = w.RustcExit
		for _, raw := range w.RustcMessages {
			if d, ok := ParseDiagnostic(raw); ok {
				m.Diagnostics = append(m.Diagnostics, d)
			}
		}
	case 3:
		m.Type = CargoFinish
		m.Exit = w.ExitCode
		m.Output = w.Messages
	}
	return m, true
}

func isObject(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// ParseDiagnostic keeps rustc's diagnostics and drops its other JSON lines
// (artifact notifications, future-incompat reports), which cargo does not
// show either.
func ParseDiagnostic(raw json.RawMessage) (Diagnostic, bool) {
	var d struct {
		Type     *string `json:"$message_type"`
		Level    string  `json:"level"`
		Message  *string `json:"message"`
		Rendered *string `json:"rendered"`
		Code     *struct {
			Code string `json:"code"`
		} `json:"code"`
		Spans    []span  `json:"spans"`
		Children []child `json:"children"`
	}
	if json.Unmarshal(raw, &d) != nil || !isObject(raw) || d.Message == nil {
		return Diagnostic{}, false
	}
	if d.Type != nil && *d.Type != "diagnostic" {
		return Diagnostic{}, false
	}
	out := Diagnostic{Level: d.Level, Message: *d.Message, Raw: raw, Fixable: machineApplicable(d.Spans)}
	for _, c := range d.Children {
		out.Fixable = out.Fixable || machineApplicable(c.Spans)
		if len(c.Spans) == 1 && c.Spans[0].Replacement != nil {
			out.Suggestions = append(out.Suggestions, c.Level+": "+c.Message+": `"+*c.Spans[0].Replacement+"`")
		}
	}
	for _, sp := range d.Spans {
		if sp.IsPrimary {
			out.Primary = fmt.Sprintf("%s:%d:%d", sp.FileName, sp.Line, sp.Column)
			if sp.Label != nil {
				out.PrimaryLabel = *sp.Label
			}
			break
		}
	}
	if d.Rendered != nil {
		out.Rendered = *d.Rendered
	}
	if d.Code != nil {
		out.Code = d.Code.Code
	}
	return out, true
}

// kindOfV1 maps the prototype's crate_type labels to the v2 vocabulary.
func kindOfV1(t string) string {
	switch t {
	case "", "(lib)":
		return "" // the caller falls back to the derivation name
	case "(build.rs build)":
		return "build-script"
	case "(build.rs run)":
		return "build-script-run"
	}
	return strings.Trim(t, "()")
}

// unitFromDrvName recovers version and kind from a unit derivation name
// `<crate>-<version>[-<kind>]-<hash>` (the prototype's naming: `.` → `_`,
// `+` → `_plus_`), for v1 messages, which carry neither.
func unitFromDrvName(name, crate string) (version, kind string) {
	rest, ok := strings.CutPrefix(name, crate+"-")
	if !ok {
		return "", ""
	}
	i := strings.LastIndexByte(rest, '-')
	if i < 0 {
		return "", ""
	}
	rest = rest[:i] // the unit hash
	kind = "lib"
	for _, s := range []struct{ suffix, kind string }{
		{"-script_build_run", "build-script-run"},
		{"-script_build", "build-script"},
		{"-example_bin", "example"},
		{"-example_lib", "example"},
		{"-bin", "bin"},
		{"-test", "test"},
		{"-bench", "bench"},
	} {
		if r, ok := strings.CutSuffix(rest, s.suffix); ok {
			rest, kind = r, s.kind
			break
		}
	}
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return "", kind
	}
	return strings.ReplaceAll(strings.ReplaceAll(rest, "_plus_", "+"), "_", "."), kind
}

// libnixName is how nix-emit names a unit's derivation: class, depth,
// package name, version, unit kind and the unit id's first 8 hex digits,
// "1-04-app-0.3.1-beta.2-bin-eabbd425".
var libnixName = regexp.MustCompile(`^\d-\d\d-(.+)-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)-(lib|proc-macro|bin|example|test|bench|doctest|build-script-compile|build-script-run)-[0-9a-f]{8}$`)

// LibnixUnit reads a derivation name nix-emit gave a unit: its package,
// version and kind, so a build can be named before its builder says so.
func LibnixUnit(name string) (crate, version, kind string, ok bool) {
	m := libnixName.FindStringSubmatch(name)
	if m == nil {
		return "", "", "", false
	}
	return m[1], m[2], m[3], true
}
