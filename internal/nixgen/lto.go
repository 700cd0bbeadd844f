package nixgen

// Per-unit LTO as cargo computes it (docs/cargo-semantics.md §3.5): an
// action per unit, found by walking the graph from every root and merging the
// actions of units reached more than once.

type ltoKind int

const (
	ltoOnlyObject ltoKind = iota + 1
	ltoOnlyBitcode
	ltoObjectAndBitcode
	ltoOff
	ltoRun
)

type ltoAction struct {
	kind ltoKind
	name string // for ltoRun: "" is rustc's default (-C lto), else -C lto=name
}

// ltoNode is what the walk needs to know of a unit.
type ltoNode struct {
	crateTypes []string // the unit's crate types; ["bin"] for test units
	forHost    bool     // proc-macro or build script
	profileLTO string   // the profile's lto: "false", "true", "off", or a name
	deps       []int
}

func canLTO(t string) bool  { return t == "bin" || t == "staticlib" || t == "cdylib" }
func dynamic(t string) bool { return t == "dylib" || t == "cdylib" || t == "proc-macro" }

func needsObject(types []string) bool {
	for _, t := range types {
		if canLTO(t) || dynamic(t) {
			return true
		}
	}
	return false
}

func whenNeedsObject(types []string) ltoAction {
	for _, t := range types {
		if t != "dylib" {
			return ltoAction{kind: ltoObjectAndBitcode}
		}
	}
	return ltoAction{kind: ltoOnlyObject}
}

// computeLTO returns the action of every unit reachable from roots.
func computeLTO(nodes []ltoNode, roots []int) []ltoAction {
	acts := make([]ltoAction, len(nodes))
	var visit func(i int, parent ltoAction)
	visit = func(i int, parent ltoAction) {
		n := nodes[i]
		allLTO := len(n.crateTypes) > 0
		for _, t := range n.crateTypes {
			allLTO = allLTO && canLTO(t)
		}
		var a ltoAction
		switch {
		case n.forHost:
			a = ltoAction{kind: ltoOnlyObject}
		case allLTO:
			a = profileAction(n.profileLTO)
		default:
			obj := needsObject(n.crateTypes)
			switch {
			case parent.kind == ltoRun && !obj:
				a = ltoAction{kind: ltoOnlyBitcode}
			case (parent.kind == ltoRun || parent.kind == ltoOnlyBitcode) && obj:
				a = whenNeedsObject(n.crateTypes)
			case parent.kind == ltoOff:
				a = ltoAction{kind: ltoOff}
			default:
				a = parent
			}
		}
		if old := acts[i]; old.kind != 0 {
			merged := mergeLTO(old, a)
			if merged == old {
				return
			}
			a = merged
		}
		acts[i] = a
		for _, d := range n.deps {
			visit(d, a)
		}
	}
	for _, r := range roots {
		n := nodes[r]
		var root ltoAction
		switch n.profileLTO {
		case "false":
			root = ltoAction{kind: ltoOnlyObject}
		case "off":
			root = ltoAction{kind: ltoOff}
		default:
			switch {
			case n.forHost:
				root = ltoAction{kind: ltoOnlyObject}
			case needsObject(n.crateTypes):
				root = whenNeedsObject(n.crateTypes)
			default:
				root = ltoAction{kind: ltoOnlyBitcode}
			}
		}
		visit(r, root)
	}
	return acts
}

func profileAction(lto string) ltoAction {
	switch lto {
	case "true":
		return ltoAction{kind: ltoRun}
	case "off":
		return ltoAction{kind: ltoOff}
	case "false":
		return ltoAction{kind: ltoOnlyObject}
	default:
		return ltoAction{kind: ltoRun, name: lto}
	}
}

func mergeLTO(a, b ltoAction) ltoAction {
	switch {
	case a == b:
		return a
	case a.kind == ltoRun:
		return a
	case b.kind == ltoRun:
		return b
	case a.kind == ltoOff || b.kind == ltoOff:
		return ltoAction{kind: ltoOff}
	default: // any mix of object/bitcode needs both
		return ltoAction{kind: ltoObjectAndBitcode}
	}
}

// flags returns the rustc arguments for the action.
func (a ltoAction) flags() []string {
	switch a.kind {
	case ltoRun:
		if a.name == "" {
			return []string{"-C", "lto"}
		}
		return []string{"-C", "lto=" + a.name}
	case ltoOff:
		return []string{"-C", "lto=off", "-C", "embed-bitcode=no"}
	case ltoOnlyBitcode:
		return []string{"-C", "linker-plugin-lto"}
	case ltoOnlyObject:
		return []string{"-C", "embed-bitcode=no"}
	}
	return nil
}
