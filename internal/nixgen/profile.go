package nixgen

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// profile is the part of cargo's profile object (cargo-semantics §1.5) that
// turns into rustc flags and build-script variables.
type profile struct {
	Name            string   `json:"name"`
	OptLevel        string   `json:"opt_level"`
	LTO             string   `json:"lto"`
	CodegenBackend  *string  `json:"codegen_backend"`
	CodegenUnits    *int     `json:"codegen_units"`
	Debuginfo       any      `json:"debuginfo"`
	SplitDebuginfo  *string  `json:"split_debuginfo"`
	DebugAssertions bool     `json:"debug_assertions"`
	OverflowChecks  bool     `json:"overflow_checks"`
	Rpath           bool     `json:"rpath"`
	Incremental     bool     `json:"incremental"`
	Panic           string   `json:"panic"`
	Strip           any      `json:"strip"`
	Rustflags       []string `json:"rustflags"`
}

func decodeProfile(raw json.RawMessage) (*profile, error) {
	p := &profile{OptLevel: "0", LTO: "false", Panic: "unwind"}
	if err := json.Unmarshal(raw, p); err != nil {
		return nil, fmt.Errorf("profile: %v", err)
	}
	return p, nil
}

// debuginfo returns the -C debuginfo value, "" for none.
func (p *profile) debuginfo() string {
	switch v := p.Debuginfo.(type) {
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

// strip returns the -C strip value, "" for none. Cargo prints it as
// {"deferred": "None"}, {"resolved": "None"} or {"resolved": {"Named": "symbols"}}.
func (p *profile) strip() string {
	m, ok := p.Strip.(map[string]any)
	if !ok {
		return ""
	}
	for _, v := range m {
		if named, ok := v.(map[string]any); ok {
			if s, ok := named["Named"].(string); ok {
				return s
			}
		}
	}
	return ""
}

// assertionFlags are cargo's debug-assertions/overflow-checks flags: only what
// differs from rustc's defaults for the opt-level (§2.4).
func (p *profile) assertionFlags() []string {
	var f []string
	if p.OptLevel != "0" {
		if p.DebugAssertions {
			f = append(f, "-C", "debug-assertions=on")
			if !p.OverflowChecks {
				f = append(f, "-C", "overflow-checks=off")
			}
		} else if p.OverflowChecks {
			f = append(f, "-C", "overflow-checks=on")
		}
		return f
	}
	if !p.DebugAssertions {
		f = append(f, "-C", "debug-assertions=off")
		if p.OverflowChecks {
			f = append(f, "-C", "overflow-checks=on")
		}
	} else if !p.OverflowChecks {
		f = append(f, "-C", "overflow-checks=off")
	}
	return f
}
