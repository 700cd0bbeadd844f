package plan

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/libnix/libnix/internal/cargo"
)

// Unit modes (cargo's CompileMode, as the unit graph spells it).
const (
	ModeBuild          = "build"
	ModeTest           = "test"
	ModeDoctest        = "doctest"
	ModeCheck          = "check"
	ModeDoc            = "doc"
	ModeRunCustomBuild = "run-custom-build"
)

var (
	kinds = map[string]bool{KindLib: true, KindProcMacro: true, KindBin: true, KindExample: true, KindTest: true,
		KindBench: true, KindDoctest: true, KindBuildScriptCompile: true, KindBuildScriptRun: true}
	modes    = map[string]bool{ModeBuild: true, ModeTest: true, ModeDoctest: true, ModeRunCustomBuild: true, ModeCheck: true, ModeDoc: true}
	commands = map[string]bool{"": true}
	unitID   = regexp.MustCompile(`^[0-9a-f]{32}$`)
)

func init() {
	for _, c := range cargo.Commands {
		commands[c] = true
	}
}

// Validate checks everything a consumer of the plan relies on before it
// writes anything: the toolchain and workspace are there, every index
// (units' packages, edges, roots, members) points at something that exists,
// unit ids are unique plan ids (they name files), kinds and modes are known,
// every unit has its profile, every edge names its extern crate, and the
// unit graph has no cycle.
// Errors name the unit by index and id.
func (p *Plan) Validate() error {
	if p.Version != Version {
		return fmt.Errorf("plan version %d is not supported (want %d)", p.Version, Version)
	}
	if !commands[p.Command] {
		return fmt.Errorf("command %q is not one of %s", p.Command, strings.Join(cargo.Commands, ", "))
	}
	if p.Toolchain.Rustc == "" || p.Toolchain.Release == "" {
		return fmt.Errorf("the plan has no toolchain (toolchain.rustc and toolchain.release are empty)")
	}
	if !filepath.IsAbs(p.Workspace.Root) || p.Workspace.Profile == "" {
		return fmt.Errorf("the plan has no workspace (workspace.root must be an absolute directory and workspace.profile set)")
	}
	for name, ms := range map[string][]int{"members": p.Workspace.Members, "default_members": p.Workspace.DefaultMembers} {
		for _, m := range ms {
			if m < 0 || m >= len(p.Packages) {
				return fmt.Errorf("workspace.%s: %d is not a package index (%d packages)", name, m, len(p.Packages))
			}
		}
	}
	for i, pkg := range p.Packages {
		if pkg == nil {
			return fmt.Errorf("package %d is null", i)
		}
	}
	n := len(p.Units)
	ids := make(map[string]int, n)
	for i, u := range p.Units {
		if u == nil {
			return fmt.Errorf("unit %d is null", i)
		}
		if err := u.validate(p, ids, i); err != nil {
			return fmt.Errorf("unit %d (%s): %w", i, u.ID, err)
		}
	}
	for _, r := range p.Roots {
		if r < 0 || r >= n {
			return fmt.Errorf("root %d references a missing unit (%d units)", r, n)
		}
	}
	return p.DepsFirst(func(int) error { return nil })
}

func (u *Unit) validate(p *Plan, ids map[string]int, i int) error {
	if !unitID.MatchString(u.ID) {
		return fmt.Errorf("id %q is not a plan unit id (32 lowercase hex digits)", u.ID)
	}
	if j, dup := ids[u.ID]; dup {
		return fmt.Errorf("has the same id as unit %d", j)
	}
	ids[u.ID] = i
	if u.Package < 0 || u.Package >= len(p.Packages) {
		return fmt.Errorf("references missing package %d", u.Package)
	}
	if !kinds[u.Kind] {
		return fmt.Errorf("unknown kind %q", u.Kind)
	}
	if !modes[u.Mode] {
		return fmt.Errorf("unknown mode %q", u.Mode)
	}
	if (u.Mode == ModeDoctest) != (u.Kind == KindDoctest) {
		return fmt.Errorf("kind %q does not go with mode %q (doctest units have both)", u.Kind, u.Mode)
	}
	if u.Profile.raw == nil {
		return fmt.Errorf("has no profile")
	}
	if _, ok := p.Platforms[u.CompileKind]; !ok {
		return fmt.Errorf("has compile kind %q, which is not in platforms", u.CompileKind)
	}
	for _, d := range u.Deps {
		if d.Index < 0 || d.Index >= len(p.Units) || p.Units[d.Index] == nil {
			return fmt.Errorf("references missing unit %d", d.Index)
		}
		if d.Index == i {
			return fmt.Errorf("depends on itself")
		}
		if d.ID != p.Units[d.Index].ID {
			return fmt.Errorf("edge to unit %d names id %s, but that unit's id is %s", d.Index, d.ID, p.Units[d.Index].ID)
		}
		if d.ExternCrateName == "" || strings.ContainsAny(d.ExternCrateName, "= \t\n\r\x00") {
			return fmt.Errorf("edge to unit %d has extern crate name %q, which is not a crate name", d.Index, d.ExternCrateName)
		}
	}
	return nil
}
