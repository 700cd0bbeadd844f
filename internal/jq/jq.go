// Package jq runs the jq filters of the tools' --jq options (crate-plan's
// on the plan, logone's on each event), with gojq.
package jq

import (
	"bytes"
	"encoding/json"

	"github.com/itchyny/gojq"
)

// Filter is a compiled jq filter.
type Filter struct{ code *gojq.Code }

// Compile parses and compiles a filter; the error is gojq's message.
func Compile(expr string) (*Filter, error) {
	q, err := gojq.Parse(expr)
	if err != nil {
		return nil, err
	}
	code, err := gojq.Compile(q)
	if err != nil {
		return nil, err
	}
	return &Filter{code}, nil
}

// Error is an error the filter raised while running (error/1, a type
// error, …), as opposed to one of the values or of out.
type Error struct{ Err error }

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Run applies the filter to v, any value encoding/json can marshal, and
// calls out with each value the filter yields, until the filter raises an
// error (an *Error) or out returns one.
func (f *Filter) Run(v any, out func(any) error) error {
	// gojq works on plain JSON values: round-trip through encoding/json, so
	// that structs become map[string]any and integers stay exact.
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var plain any
	if err := dec.Decode(&plain); err != nil {
		return err
	}
	iter := f.code.Run(plain)
	for {
		r, ok := iter.Next()
		if !ok {
			return nil
		}
		if err, ok := r.(error); ok {
			return &Error{err}
		}
		if err := out(r); err != nil {
			return err
		}
	}
}
