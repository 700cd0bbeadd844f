package plan

import (
	"encoding/json"
	"io"

	"github.com/libnix/libnix/internal/jq"
)

// Write prints the plan as indented JSON, or, with a filter, each value the
// filter yields, one indented JSON document each. The filter's own errors
// are *jq.Error.
func Write(w io.Writer, p *Plan, filter *jq.Filter) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if filter == nil {
		return enc.Encode(p)
	}
	return filter.Run(p, func(v any) error { return enc.Encode(v) })
}
