package nixgen

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/plan"
)

const (
	devProfile   = `{"name":"dev","opt_level":"0","debuginfo":2}`
	buildProfile = `{"name":"dev","opt_level":"0","debuginfo":0}` // cargo's build-override
	relProfile   = `{"name":"release","opt_level":"3","debuginfo":0}`
)

// schedPlan is a small graph shaped like the demo's: the proc-macro chain
// proc-macro2 -> syn -> serde_derive -> serde, and clap over termcolor.
// Each unit is "name kind profile dep...", deps by name.
func schedPlan(t *testing.T, units ...string) *plan.Plan {
	t.Helper()
	p := &plan.Plan{}
	index := map[string]int{}
	for i, spec := range units {
		f := strings.Fields(spec)
		index[f[0]] = i
		p.Packages = append(p.Packages, &plan.Package{Name: f[0], Version: "1.0.0"})
		u := &plan.Unit{ID: fmt.Sprintf("%032x", i+1), Package: i, Kind: f[1], Profile: testProfile(f[2]),
			Target: plan.Target{Name: f[0], CrateName: strings.ReplaceAll(f[0], "-", "_")}}
		for _, d := range f[3:] {
			j, ok := index[d]
			if !ok {
				t.Fatalf("%s: dependency %s must come first", f[0], d)
			}
			u.Deps = append(u.Deps, plan.Dep{Index: j, ID: p.Units[j].ID})
		}
		p.Units = append(p.Units, u)
	}
	return p
}

func names(t *testing.T, p *plan.Plan) map[string]string {
	t.Helper()
	d := depths(p)
	out := map[string]string{}
	for i, u := range p.Units {
		out[p.Packages[u.Package].Name] = drvName(p.Packages[u.Package], u, &u.Profile, d[i])
	}
	return out
}

var demoLike = []string{
	"proc-macro2 lib " + buildProfile,
	"syn lib " + buildProfile + " proc-macro2",
	"serde_derive proc-macro " + buildProfile + " syn proc-macro2",
	"serde-build build-script-compile " + buildProfile,
	"serde-run build-script-run " + devProfile + " serde-build",
	"serde lib " + devProfile + " serde_derive serde-run",
	"termcolor lib " + devProfile,
	"clap lib " + devProfile + " termcolor serde",
	"app bin " + devProfile + " clap serde",
}

func TestDrvNames(t *testing.T) {
	got := names(t, schedPlan(t, demoLike...))
	want := map[string]string{
		"proc-macro2":  "0-00-proc-macro2-1.0.0-lib-00000000",
		"syn":          "0-01-syn-1.0.0-lib-00000000",
		"serde_derive": "0-02-serde_derive-1.0.0-proc-macro-00000000",
		"serde-build":  "0-00-serde-build-1.0.0-build-script-compile-00000000",
		"serde-run":    "0-01-serde-run-1.0.0-build-script-run-00000000",
		"serde":        "1-03-serde-1.0.0-lib-00000000",
		"termcolor":    "1-00-termcolor-1.0.0-lib-00000000",
		"clap":         "1-04-clap-1.0.0-lib-00000000",
		"app":          "1-05-app-1.0.0-bin-00000000",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("drvName:\n got %v\nwant %v", got, want)
	}
	// Nix starts ready derivations in name order: every build-time unit
	// before every other, then by depth (termcolor long before clap's
	// other dependencies are done, not after "serde" by the alphabet).
	pkgs := slices.Collect(maps.Keys(got))
	slices.SortFunc(pkgs, func(a, b string) int { return strings.Compare(got[a], got[b]) })
	wantOrder := []string{"proc-macro2", "serde-build", "serde-run", "syn", "serde_derive", "termcolor", "serde", "clap", "app"}
	if !slices.Equal(pkgs, wantOrder) {
		t.Errorf("build order by name = %v, want %v", pkgs, wantOrder)
	}
}

// A unit's name comes from the unit and what it depends on, never from
// what depends on it: more dependents must not change its store path.
func TestDrvNameIgnoresDependents(t *testing.T) {
	base := names(t, schedPlan(t, demoLike...))
	more := names(t, schedPlan(t, append(slices.Clone(demoLike),
		"extra lib "+devProfile+" syn termcolor serde",
		"tool bin "+devProfile+" extra clap")...))
	for pkg, n := range base {
		if more[pkg] != n {
			t.Errorf("%s: name %s became %s with more dependents", pkg, n, more[pkg])
		}
	}
}

// In a release build only build-override units have no optimisation.
func TestDrvNameRelease(t *testing.T) {
	got := names(t, schedPlan(t, "syn lib "+buildProfile, "regex lib "+relProfile, "cli bin "+relProfile+" regex syn"))
	for pkg, prefix := range map[string]string{"syn": "0-00-", "regex": "1-00-", "cli": "1-01-"} {
		if !strings.HasPrefix(got[pkg], prefix) {
			t.Errorf("%s: name %s, want prefix %s", pkg, got[pkg], prefix)
		}
	}
}

func TestRoots(t *testing.T) {
	p := schedPlan(t, "core lib "+devProfile, "app bin "+devProfile+" core", "hello example "+devProfile+" core",
		"build build-script-compile "+buildProfile, "app-test bin "+devProfile+" core")
	p.Units[4].Mode = "test"
	p.Roots = []int{1, 0, 2, 3, 4}
	var got []string
	for _, r := range Roots(p) {
		got = append(got, fmt.Sprintf("%d %s %s", r.Unit, r.Group, r.Name))
	}
	// In plan order, the build script left out; a test is named as its
	// executable, with the unit's hash.
	want := []string{"1 bins app", "0 libs core", "2 examples hello", "4 tests app_test-" + p.Units[4].ID[16:32]}
	if !slices.Equal(got, want) {
		t.Errorf("Roots = %v, want %v", got, want)
	}

	// A doc test is run, not linked: the libraries it compiles against
	// are built (once), under no name.
	p.Units[3].Kind, p.Units[3].Mode, p.Units[3].Deps = plan.KindDoctest, plan.ModeDoctest, []plan.Dep{{Index: 0}, {Index: 0}}
	p.Roots = []int{3, 1}
	got = nil
	for _, r := range Roots(p) {
		got = append(got, fmt.Sprintf("%d %s %s", r.Unit, r.Group, r.Name))
	}
	if want := []string{"0 build ", "1 bins app"}; !slices.Equal(got, want) {
		t.Errorf("Roots with a doc test = %v, want %v", got, want)
	}
}
