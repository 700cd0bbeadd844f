package plan

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Decode reads one plan, with nothing after it, and validates it (Validate).
// input names the source in error messages.
func Decode(r io.Reader, input string) (*Plan, error) {
	var p Plan
	dec := json.NewDecoder(r)
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: not a valid plan: %v", input, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: not a valid plan: data after the plan's closing brace", input)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	return &p, nil
}
