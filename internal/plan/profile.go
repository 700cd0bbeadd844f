package plan

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Profile is a unit's cargo profile object (docs/cargo-semantics.md §2.5),
// decoded once into the settings libnix reads. The plan carries cargo's
// object verbatim (MarshalJSON writes it back unchanged), so the plan's JSON
// and the unit ids do not depend on which fields are decoded here.
// Fields cargo leaves out take cargo's defaults.
type Profile struct {
	Name            string   `json:"name"`
	OptLevel        string   `json:"opt_level"` // "0"–"3", "s" or "z"
	LTO             string   `json:"lto"`       // "false", "true", "off", or a name ("thin", "fat")
	CodegenBackend  *string  `json:"codegen_backend"`
	CodegenUnits    *int     `json:"codegen_units"`
	Debuginfo       string   `json:"-"` // the -C debuginfo value; "" for none
	SplitDebuginfo  *string  `json:"split_debuginfo"`
	DebugAssertions bool     `json:"debug_assertions"`
	OverflowChecks  bool     `json:"overflow_checks"`
	Rpath           bool     `json:"rpath"`
	Incremental     bool     `json:"incremental"`
	Panic           string   `json:"panic"`     // "unwind", "abort" or "immediate-abort"
	Strip           string   `json:"-"`         // the -C strip value; "" for none
	Rustflags       []string `json:"rustflags"` // the unstable profile-rustflags

	raw json.RawMessage
}

// UnmarshalJSON decodes cargo's profile object and keeps it verbatim; null
// is no profile, as a missing one is.
func (p *Profile) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*p = Profile{}
		return nil
	}
	type fields Profile // without this method
	j := struct {
		fields
		Debuginfo any `json:"debuginfo"`
		Strip     any `json:"strip"`
	}{fields: fields{OptLevel: "0", LTO: "false", Panic: "unwind"}}
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("profile: %v", err)
	}
	*p = Profile(j.fields)
	p.Debuginfo, p.Strip = debuginfo(j.Debuginfo), strip(j.Strip)
	p.raw = append(json.RawMessage(nil), data...)
	return nil
}

// MarshalJSON writes cargo's object as it was decoded, null for none.
func (p Profile) MarshalJSON() ([]byte, error) {
	if p.raw == nil {
		return []byte("null"), nil
	}
	return p.raw, nil
}

// debuginfo is the -C debuginfo value of cargo's debuginfo (0, 1, 2 or a
// name), "" for none.
func debuginfo(v any) string {
	switch v := v.(type) {
	case float64:
		if v == 0 {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		if v == "0" || v == "none" {
			return ""
		}
		return v
	}
	return ""
}

// strip is the -C strip value, "" for none. Cargo prints it as
// {"deferred": "None"}, {"resolved": "None"} or {"resolved": {"Named": "symbols"}}.
func strip(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	for _, v := range m {
		if named, ok := v.(map[string]any); ok {
			if s, ok := named["Named"].(string); ok && s != "None" {
				return s
			}
		}
	}
	return ""
}
