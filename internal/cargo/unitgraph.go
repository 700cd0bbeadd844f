package cargo

import (
	"context"
	"encoding/json"
	"fmt"
)

// UnitGraph is cargo's `--unit-graph` output, version 1.
type UnitGraph struct {
	Version int    `json:"version"`
	Units   []Unit `json:"units"`
	Roots   []int  `json:"roots"`
}

// Unit is one node of the unit graph.
type Unit struct {
	PkgID  string `json:"pkg_id"`
	Target Target `json:"target"`
	// Profile is kept verbatim: the plan passes cargo's profile object on unchanged.
	Profile      json.RawMessage `json:"profile"`
	Platform     *string         `json:"platform"`
	Mode         string          `json:"mode"`
	Features     []string        `json:"features"`
	IsStd        bool            `json:"is_std,omitempty"`
	Dependencies []Dep           `json:"dependencies"`
}

// Target is a cargo target, as both the unit graph and `cargo metadata` print it.
type Target struct {
	Kind             []string `json:"kind"`
	CrateTypes       []string `json:"crate_types"`
	Name             string   `json:"name"`
	SrcPath          string   `json:"src_path"`
	Edition          string   `json:"edition"`
	RequiredFeatures []string `json:"required-features,omitempty"`
	Doc              bool     `json:"doc"`
	Doctest          bool     `json:"doctest"`
	Test             bool     `json:"test"`
}

// Dep is an edge of the unit graph.
type Dep struct {
	Index           int    `json:"index"`
	ExternCrateName string `json:"extern_crate_name"`
	Public          *bool  `json:"public,omitempty"`
	Noprelude       *bool  `json:"noprelude,omitempty"`
}

// UnitGraph runs `cargo build --unit-graph` (or the flags' other command)
// and decodes it.
func (t Tools) UnitGraph(ctx context.Context, f BuildFlags) (*UnitGraph, error) {
	args := append([]string{f.CommandName(), "--unit-graph", "-Z", "unstable-options"}, f.buildArgs()...)
	t.Env = append(t.Env, "RUSTC_BOOTSTRAP=1")
	out, _, err := t.run(ctx, manifestInput(f), true, t.cargo(), args...)
	if err != nil {
		return nil, err
	}
	return DecodeUnitGraph(out)
}

// DecodeUnitGraph decodes and checks a unit graph: every index must point into units.
func DecodeUnitGraph(data []byte) (*UnitGraph, error) {
	var g UnitGraph
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, &Error{Input: "unit graph", Msg: err.Error()}
	}
	if g.Version != 1 {
		return nil, &Error{Input: "unit graph", Msg: fmt.Sprintf("unsupported version %d (want 1)", g.Version)}
	}
	n := len(g.Units)
	for _, r := range g.Roots {
		if r < 0 || r >= n {
			return nil, &Error{Input: "unit graph", Msg: fmt.Sprintf("root %d out of range (%d units)", r, n)}
		}
	}
	for i, u := range g.Units {
		for _, d := range u.Dependencies {
			if d.Index < 0 || d.Index >= n {
				return nil, &Error{Input: "unit graph", Msg: fmt.Sprintf("unit %d: dependency %d out of range (%d units)", i, d.Index, n)}
			}
		}
	}
	return &g, nil
}

func manifestInput(f BuildFlags) string {
	if f.ManifestPath != "" {
		return f.ManifestPath
	}
	return "Cargo.toml"
}
