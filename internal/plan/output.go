package plan

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/itchyny/gojq"
)

// FilterError is a --jq expression that does not compile.
type FilterError struct{ Err error }

func (e *FilterError) Error() string { return "--jq: " + e.Err.Error() }

// CompileFilter compiles a gojq filter for Write.
func CompileFilter(expr string) (*gojq.Code, error) {
	q, err := gojq.Parse(expr)
	if err != nil {
		return nil, &FilterError{err}
	}
	code, err := gojq.Compile(q)
	if err != nil {
		return nil, &FilterError{err}
	}
	return code, nil
}

// Write prints the plan as indented JSON, or, with a filter, each value the
// filter yields, one indented JSON document each.
func Write(w io.Writer, p *Plan, filter *gojq.Code) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if filter == nil {
		return enc.Encode(p)
	}
	// gojq works on plain JSON values, so round-trip the plan through JSON.
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	iter := filter.Run(v)
	for {
		out, ok := iter.Next()
		if !ok {
			return nil
		}
		if err, ok := out.(error); ok {
			return fmt.Errorf("--jq: %w", err)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
}
