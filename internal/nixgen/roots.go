package nixgen

import "github.com/libnix/libnix/internal/plan"

// A Root is a unit cargo was asked for, as default.nix exposes it: under
// Name in its Group (bins, examples, libs or tests), in the `all` link
// farm, and at its place in `roots`, the list libnix-build builds. A unit
// of group "build" is only built: a library a doc test compiles against,
// so that its compile errors show while building, not when the test runs.
type Root struct {
	Unit  int // index in the plan's units
	Group string
	Name  string // target name; crate name for libs; executable name for tests
}

// Roots are the plan's roots in its order; units cargo would not link
// (build-script units asked for by name, say) have no group and are left
// out.
func Roots(p *plan.Plan) []Root {
	var roots []Root
	built := map[int]bool{}
	for _, i := range p.Roots {
		u := p.Units[i]
		r := Root{Unit: i}
		switch {
		case u.Kind == plan.KindDoctest:
			for _, d := range u.Deps {
				if isLibKind(p.Units[d.Index]) && !built[d.Index] {
					built[d.Index] = true
					roots = append(roots, Root{Unit: d.Index, Group: "build"})
				}
			}
			continue
		case u.Mode == plan.ModeCheck, u.Mode == plan.ModeDoc:
			// Metadata, which cargo leaves in deps/ only; documentation,
			// which default.nix's doc merges into target/doc.
			r.Group = "build"
		case u.Mode == plan.ModeTest:
			r.Group, r.Name = "tests", testExeName(p.Packages[u.Package], u)
		case u.Kind == plan.KindBin:
			r.Group, r.Name = "bins", u.Target.Name
		case u.Kind == plan.KindExample:
			r.Group, r.Name = "examples", u.Target.Name
		case isLibKind(u):
			r.Group, r.Name = "libs", u.Target.CrateName
		default:
			continue
		}
		roots = append(roots, r)
	}
	return roots
}

// extraFilename is the unit's -C extra-filename, "" when its file names
// carry no hash: cargo leaves it off the dynamic libraries of local
// packages, whose names other programs load them by.
func extraFilename(pkg *plan.Package, u *plan.Unit) string {
	if pkg.Local && u.Mode != plan.ModeTest && (has(u.Target.CrateTypes, "dylib") || has(u.Target.CrateTypes, "cdylib")) {
		return ""
	}
	return "-" + u.ID[16:32]
}

// OtherUnits are the units that are not roots, in the plan's order, doc
// tests left out (a test run runs them): default.nix's build lists them
// after the roots, so that nix-build names their outputs, which
// libnix-build reads (the warnings to show again, cargo's JSON messages)
// and keeps from the garbage collector, as cargo keeps target/.
func OtherUnits(p *plan.Plan) []int {
	root := map[int]bool{}
	for _, r := range Roots(p) {
		root[r.Unit] = true
	}
	var other []int
	for i, u := range p.Units {
		if !root[i] && u.Kind != plan.KindDoctest {
			other = append(other, i)
		}
	}
	return other
}
