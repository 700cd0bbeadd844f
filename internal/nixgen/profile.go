package nixgen

import "github.com/libnix/libnix/internal/plan"

// assertionFlags are cargo's debug-assertions/overflow-checks flags: only what
// differs from rustc's defaults for the opt-level (docs/cargo-semantics.md §3.4).
func assertionFlags(p *plan.Profile) []string {
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
