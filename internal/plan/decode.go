package plan

import (
	"encoding/json"
	"fmt"
	"io"
)

// Decode reads a plan and checks what its consumers rely on: the version, and
// that every index (units' packages, edges, roots, members) points at
// something that exists. input names the source in error messages.
func Decode(r io.Reader, input string) (*Plan, error) {
	var p Plan
	dec := json.NewDecoder(r)
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: not a valid plan: %v", input, err)
	}
	if p.Version != Version {
		return nil, fmt.Errorf("%s: plan version %d is not supported (want %d)", input, p.Version, Version)
	}
	n := len(p.Units)
	for i, u := range p.Units {
		if u == nil {
			return nil, fmt.Errorf("%s: unit %d is null", input, i)
		}
		if u.Package < 0 || u.Package >= len(p.Packages) || p.Packages[u.Package] == nil {
			return nil, fmt.Errorf("%s: unit %d (%s) references missing package %d", input, i, u.ID, u.Package)
		}
		if _, ok := p.Platforms[u.CompileKind]; !ok {
			return nil, fmt.Errorf("%s: unit %d (%s) has compile kind %q, which is not in platforms", input, i, u.ID, u.CompileKind)
		}
		for _, d := range u.Deps {
			if d.Index < 0 || d.Index >= n {
				return nil, fmt.Errorf("%s: unit %d (%s) references missing unit %d", input, i, u.ID, d.Index)
			}
			if d.ID != p.Units[d.Index].ID {
				return nil, fmt.Errorf("%s: unit %d (%s): edge to unit %d names id %s, but that unit's id is %s", input, i, u.ID, d.Index, d.ID, p.Units[d.Index].ID)
			}
		}
	}
	for _, r := range p.Roots {
		if r < 0 || r >= n {
			return nil, fmt.Errorf("%s: root %d references a missing unit (%d units)", input, r, n)
		}
	}
	return &p, nil
}
