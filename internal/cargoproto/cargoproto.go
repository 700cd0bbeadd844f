// Package cargoproto is the `@cargo` line protocol, version 2
// (docs/cargo-protocol.md): the lines libnix's builders print into a Nix
// build log so that logone can show the build as cargo shows one. nix-emit
// writes the start line into each unit's Nix file, the builder (builder.sh)
// prints command, diagnostic and finish lines, buildrs-parse prints buildscript
// lines, and logone reads them all with Parse.
//
// It needs nothing but the standard library: a nixpkgs toolchain builds
// buildrs-parse, which uses it, from source (libnix.BuildrsParseSource).
package cargoproto

import (
	"bytes"
	"encoding/json"
	"strings"
)

// Prefix starts every protocol line.
const Prefix = "@cargo "

// Version is every message's "v".
const Version = 2

// The message types, a message's "type".
const (
	TypeStart       = "start"
	TypeDiagnostic  = "diagnostic"
	TypeBuildScript = "buildscript"
	TypeFinish      = "finish"
	TypeCommand     = "command"
)

// Kinds are the values of a start message's "kind", in the order
// docs/cargo-protocol.md names them: cargo's target kinds, a library's
// crate type when it is only a cdylib, staticlib or dylib, and a build
// script's compile and run.
var Kinds = []string{"lib", "proc-macro", "bin", "example", "test", "bench",
	"cdylib", "staticlib", "dylib", "build-script", "build-script-run"}

// Message is one of Start, Diagnostic, BuildScript, Finish or Other. Every
// message has V and Type, which JSON and Line set, and Unit, the unit's id
// in the plan. Field order is the order on the line.
type Message interface {
	stamped() Message // the message with V and Type set
}

// Start says the unit started. Its fields are in alphabetical order, unlike
// the others': nix-emit writes this line into every unit's Nix file, so it
// is part of every derivation's hash, and this is the order it has always
// had there (that of a Go map, which encoding/json sorts).
type Start struct {
	Crate   string `json:"crate"` // the package's name
	Kind    string `json:"kind"`  // one of Kinds
	Local   bool   `json:"local"` // a workspace member or path package
	Mode    string `json:"mode"`  // the plan's mode: build, test, run-custom-build
	Target  string `json:"target"`
	Type    string `json:"type"`
	Unit    string `json:"unit"`
	V       int    `json:"v"`
	Version string `json:"version"` // the package's version
}

// Diagnostic is one rustc diagnostic.
type Diagnostic struct {
	V    int    `json:"v"`
	Type string `json:"type"`
	Unit string `json:"unit"`
	// Message is rustc's JSON diagnostic object, unchanged; its "rendered"
	// is what rustc would have printed.
	Message json.RawMessage `json:"message"`
}

// BuildScript is a build script's `cargo::warning=` or `cargo::error=`;
// cargo shows it as `warning: <crate>@<version>: <text>`.
type BuildScript struct {
	V       int    `json:"v"`
	Type    string `json:"type"`
	Unit    string `json:"unit"`
	Level   string `json:"level"` // warning or error
	Text    string `json:"text"`
	Crate   string `json:"crate"`
	Version string `json:"version"`
}

// Finish says the unit ended; Exit, rustc's or the build script's exit
// status, is not 0 when it failed.
//
// Stale, only set with a non-zero Exit, says the unit was compiled from a
// filtered source (the files its last rustc dep-info listed) that lacked a
// file it now needs: not the user's error, and the builder printed no
// diagnostics; libnix-build builds the unit again from its whole package.
// A reader that does not know the field sees a failed unit.
//
// Cancelled, also only with a non-zero Exit, says the unit did not start:
// another unit of the build had failed, and libnix-build starts no unit
// after a failure, as cargo (it closed the gate, docs/libnix-build.md).
// No start line came before it.
type Finish struct {
	V         int    `json:"v"`
	Type      string `json:"type"`
	Unit      string `json:"unit"`
	Exit      int    `json:"exit"`
	Error     string `json:"error,omitempty"` // one line
	Stale     bool   `json:"stale,omitempty"`
	Cancelled bool   `json:"cancelled,omitempty"`
}

// Command is the command the builder runs for the unit (rustc, rustdoc,
// clippy-driver, a build script), as cargo shows it at -v: Env are the
// NAME=VALUE pairs it sets for it beyond the builder's own environment.
type Command struct {
	V    int      `json:"v"`
	Type string   `json:"type"`
	Unit string   `json:"unit"`
	Env  []string `json:"env"`
	Argv []string `json:"argv"`
}

// Other is a message of a type this version does not define; readers
// ignore it.
type Other struct {
	V    int    `json:"v"`
	Type string `json:"type"`
	Unit string `json:"unit"`
}

func (m Start) stamped() Message       { m.V, m.Type = Version, TypeStart; return m }
func (m Diagnostic) stamped() Message  { m.V, m.Type = Version, TypeDiagnostic; return m }
func (m BuildScript) stamped() Message { m.V, m.Type = Version, TypeBuildScript; return m }
func (m Finish) stamped() Message      { m.V, m.Type = Version, TypeFinish; return m }
func (m Command) stamped() Message     { m.V, m.Type = Version, TypeCommand; return m }
func (m Other) stamped() Message       { m.V = Version; return m }

// JSON is m's JSON object, on one line, with its V and Type set. `<`, `>`
// and `&` are written as themselves (the lines are read, not embedded in
// HTML).
func JSON(m Message) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m.stamped()); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Line is m's protocol line: Prefix, its JSON object and a newline. JSON
// escapes every newline inside a string, so it is always one line.
func Line(m Message) ([]byte, error) {
	js, err := JSON(m)
	if err != nil {
		return nil, err
	}
	return append(append([]byte(Prefix), js...), '\n'), nil
}

// Parse decodes a protocol line of this version. It reports false for any
// other line: no Prefix, not one JSON object, "v" not 2, or a field the
// message defines holding another JSON type. Fields the message does not
// define are ignored, and a type this version does not define decodes as
// Other, as docs/cargo-protocol.md asks of readers.
func Parse(line string) (Message, bool) {
	body, ok := strings.CutPrefix(line, Prefix)
	if !ok {
		return nil, false
	}
	b := []byte(body)
	var h struct {
		V    int     `json:"v"`
		Type *string `json:"type"`
	}
	if json.Unmarshal(b, &h) != nil || h.V != Version || h.Type == nil {
		return nil, false // null, another JSON value or version, or no type
	}
	switch *h.Type {
	case TypeStart:
		return decode[Start](b)
	case TypeDiagnostic:
		return decode[Diagnostic](b)
	case TypeBuildScript:
		return decode[BuildScript](b)
	case TypeFinish:
		return decode[Finish](b)
	case TypeCommand:
		return decode[Command](b)
	}
	return decode[Other](b)
}

func decode[M Message](b []byte) (Message, bool) {
	var m M
	if json.Unmarshal(b, &m) != nil {
		return nil, false
	}
	return m, true
}
