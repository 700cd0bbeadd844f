package nixgen

import (
	"fmt"
	"sort"

	"github.com/libnix/libnix/internal/plan"
)

// A TestRun is a test binary (or a library's doc tests) cargo test would
// run, as default.nix's testRuns describes it (docs/nix-emit.md).
type TestRun struct {
	Unit    int    // index in the plan's units
	Package string // package name
	Kind    string // "lib", "bin", "test", "bench", "example" or "doc"
	Target  string // target name
	Label   string // what cargo prints after `Running `, or the crate after `Doc-tests `
	Exe     string // the binary's link under target/<profile>/; "" for doc tests
	Rerun   string // cargo test's selection of this target alone: "--lib", "--test NAME", …
	Harness bool
}

// runKinds order a package's runs as cargo does (its TargetKind order).
var runKinds = map[string]int{"lib": 0, "bin": 1, "test": 2, "bench": 3, "example": 4}

// TestRuns are the root units cargo test runs, in its order: the test-mode
// roots by package name, target kind and target name, then the doc tests.
func TestRuns(p *plan.Plan) []TestRun {
	var runs []TestRun
	for _, i := range p.Roots {
		u := p.Units[i]
		pkg := p.Packages[u.Package]
		if u.Kind == plan.KindDoctest {
			runs = append(runs, TestRun{Unit: i, Package: pkg.Name, Kind: "doc", Target: u.Target.Name,
				Label: u.Target.CrateName, Rerun: "--doc", Harness: true})
			continue
		}
		if u.Mode != plan.ModeTest {
			continue
		}
		kind := targetKind(u.Target)
		r := TestRun{Unit: i, Package: pkg.Name, Kind: kind, Target: u.Target.Name, Harness: u.Target.Harness,
			Label: "unittests " + u.Target.SrcPath, Exe: "deps/" + testExeName(pkg, u), Rerun: "--" + kind + " " + u.Target.Name}
		switch r.Kind {
		case "":
			continue
		case "lib":
			r.Rerun = "--lib"
		case "test", "bench":
			r.Label = u.Target.SrcPath
		}
		runs = append(runs, r)
	}
	sort.SliceStable(runs, func(a, b int) bool {
		ra, rb := runs[a], runs[b]
		if (ra.Kind == "doc") != (rb.Kind == "doc") {
			return rb.Kind == "doc"
		}
		if ra.Package != rb.Package {
			return ra.Package < rb.Package
		}
		if runKinds[ra.Kind] != runKinds[rb.Kind] {
			return runKinds[ra.Kind] < runKinds[rb.Kind]
		}
		return ra.Target < rb.Target
	})
	return runs
}

// testExeName is the file name of a test unit's binary: bin/<name> in its
// output, deps/<name> under target/<profile>/.
func testExeName(pkg *plan.Package, u *plan.Unit) string {
	return u.Target.CrateName + extraFilename(pkg, u)
}

// testRuns writes default.nix's testRuns: what cargo test runs, each with
// its run derivation.
func (e *emitter) testRuns(w *nixWriter) {
	w.line("# What cargo test runs, in its order; run: the run's derivation (output, status).")
	runs := TestRuns(e.p)
	if len(runs) == 0 {
		w.attr("testRuns", "[ ]")
		return
	}
	w.line("testRuns = [")
	w.indent++
	for _, r := range runs {
		w.line("{")
		w.indent++
		w.strAttr("unit", e.p.Units[r.Unit].ID)
		w.strAttr("package", r.Package)
		w.strAttr("kind", r.Kind)
		w.strAttr("target", r.Target)
		w.strAttr("label", r.Label)
		w.strAttr("exe", r.Exe)
		w.strAttr("rerun", r.Rerun)
		w.boolAttr("harness", r.Harness)
		run := fmt.Sprintf("lib.testRun { test = %s; src = %s; harness = %t; }", unitRef(e.p.Units[r.Unit].ID), e.runSrc(e.units[r.Unit]), r.Harness)
		if r.Kind == "doc" {
			run = unitRef(e.p.Units[r.Unit].ID) // the unit is the run
		}
		w.attr("run", run)
		w.indent--
		w.line("}")
	}
	w.indent--
	w.line("];")
}
