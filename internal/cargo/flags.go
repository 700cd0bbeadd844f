package cargo

import (
	"errors"
	"flag"
	"strings"
)

// Commands whose unit graph a plan can be made of.
const (
	CommandBuild = "build"
	CommandTest  = "test"
)

// BuildFlags are the `cargo build` and `cargo test` options crate-plan
// accepts; they mean what they mean to cargo and are passed to it unchanged.
type BuildFlags struct {
	// Command is the cargo command planned: CommandBuild (also when empty)
	// or CommandTest.
	Command      string
	ManifestPath string
	Release      bool
	Profile      string
	Packages     []string
	Workspace    bool
	Exclude      []string
	Lib          bool
	Bins         []string
	AllBins      bool
	Examples     []string
	AllExamples  bool
	Tests        []string
	AllTests     bool
	Benches      []string
	AllBenches   bool
	AllTargets   bool
	// Doc selects the lib's doc tests only (cargo test).
	Doc bool
	// TestName is cargo test's TESTNAME operand: besides filtering at run
	// time it selects every test target and no doc tests.
	TestName          string
	Features          []string
	AllFeatures       bool
	NoDefaultFeatures bool
	Target            string
	Locked            bool
}

// FlagsUsage describes the flags Register defines, for --help texts.
const FlagsUsage = `  --manifest-path PATH    path to Cargo.toml
  --release               build with the release profile
  --profile NAME          build with the named profile
  -p, --package SPEC      package to build (repeatable)
  --workspace             build all workspace members
  --exclude SPEC          with --workspace: leave out a package (repeatable)
  --lib                   build only the library
  --bin NAME              build only the named binary (repeatable)
  --bins                  build every binary
  --example NAME          build only the named example (repeatable)
  --examples              build every example
  --test NAME             build only the named integration test (repeatable)
  --tests                 build every target with test = true as a test
  --bench NAME            build only the named bench (repeatable)
  --benches               build every target with bench = true as a bench
  --all-targets           build every target (tests and benches as test binaries)
  --doc                   test: only the library's doc tests
  -F, --features FEATURES features to activate (repeatable; comma or space separated)
  --all-features          activate all features
  --no-default-features   do not activate the default feature
  --target TRIPLE         build for the target triple
  --locked                require Cargo.lock to be up to date
`

// Register defines the flags on fs, spelled as cargo spells them.
func (f *BuildFlags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.ManifestPath, "manifest-path", "", "")
	fs.BoolVar(&f.Release, "release", false, "")
	fs.StringVar(&f.Profile, "profile", "", "")
	fs.Var((*stringList)(&f.Packages), "p", "")
	fs.Var((*stringList)(&f.Packages), "package", "")
	fs.BoolVar(&f.Workspace, "workspace", false, "")
	fs.Var((*stringList)(&f.Exclude), "exclude", "")
	fs.BoolVar(&f.Lib, "lib", false, "")
	fs.Var((*stringList)(&f.Bins), "bin", "")
	fs.BoolVar(&f.AllBins, "bins", false, "")
	fs.Var((*stringList)(&f.Examples), "example", "")
	fs.BoolVar(&f.AllExamples, "examples", false, "")
	fs.Var((*stringList)(&f.Tests), "test", "")
	fs.BoolVar(&f.AllTests, "tests", false, "")
	fs.Var((*stringList)(&f.Benches), "bench", "")
	fs.BoolVar(&f.AllBenches, "benches", false, "")
	fs.BoolVar(&f.AllTargets, "all-targets", false, "")
	fs.BoolVar(&f.Doc, "doc", false, "")
	fs.Var((*stringList)(&f.Features), "F", "")
	fs.Var((*stringList)(&f.Features), "features", "")
	fs.BoolVar(&f.AllFeatures, "all-features", false, "")
	fs.BoolVar(&f.NoDefaultFeatures, "no-default-features", false, "")
	fs.StringVar(&f.Target, "target", "", "")
	fs.BoolVar(&f.Locked, "locked", false, "")
}

// Check reports flags that cannot go together, and those the command does
// not take, as cargo does; cargo itself judges the target selection.
func (f BuildFlags) Check() error {
	switch {
	case f.Release && f.Profile != "":
		return errors.New("--release: conflicts with --profile")
	case f.CommandName() == CommandTest:
		return nil
	case f.Doc:
		return errors.New("--doc: only cargo test takes it")
	case f.TestName != "":
		return errors.New("TESTNAME: only cargo test takes it")
	}
	return nil
}

// CommandName is the cargo command planned, "build" when Command is empty.
func (f BuildFlags) CommandName() string {
	return orDefault(f.Command, CommandBuild)
}

// stringList is a repeatable flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// SplitShort spells cargo's glued short options (-j2, -pfoo, -Ffeat) as two
// arguments, which is what the flag package understands.
func SplitShort(args []string) []string {
	var out []string
	for _, a := range args {
		if len(a) > 2 && a[0] == '-' && strings.IndexByte("jpF", a[1]) >= 0 && a[2] != '=' {
			out = append(out, a[:2], a[2:])
			continue
		}
		out = append(out, a)
	}
	return out
}

// ProfileName is the profile cargo builds with: dev (test for cargo test)
// unless told otherwise.
func (f BuildFlags) ProfileName() string {
	switch {
	case f.Profile != "":
		return f.Profile
	case f.Release:
		return "release"
	case f.CommandName() == CommandTest:
		return "test"
	}
	return "dev"
}

// buildArgs are the selection arguments of the command, in cargo's spelling.
func (f BuildFlags) buildArgs() []string {
	var a []string
	if f.ManifestPath != "" {
		a = append(a, "--manifest-path", f.ManifestPath)
	}
	if f.Release {
		a = append(a, "--release")
	}
	if f.Profile != "" {
		a = append(a, "--profile", f.Profile)
	}
	for _, p := range f.Packages {
		a = append(a, "--package", p)
	}
	if f.Workspace {
		a = append(a, "--workspace")
	}
	for _, p := range f.Exclude {
		a = append(a, "--exclude", p)
	}
	if f.Lib {
		a = append(a, "--lib")
	}
	a = appendTargets(a, "--bin", f.Bins, "--bins", f.AllBins)
	a = appendTargets(a, "--example", f.Examples, "--examples", f.AllExamples)
	a = appendTargets(a, "--test", f.Tests, "--tests", f.AllTests)
	a = appendTargets(a, "--bench", f.Benches, "--benches", f.AllBenches)
	if f.AllTargets {
		a = append(a, "--all-targets")
	}
	if f.Doc {
		a = append(a, "--doc")
	}
	for _, x := range f.Features {
		a = append(a, "--features", x)
	}
	if f.AllFeatures {
		a = append(a, "--all-features")
	}
	if f.NoDefaultFeatures {
		a = append(a, "--no-default-features")
	}
	if f.Target != "" {
		a = append(a, "--target", f.Target)
	}
	if f.Locked {
		a = append(a, "--locked")
	}
	if f.TestName != "" {
		a = append(a, f.TestName)
	}
	return a
}

// appendTargets adds one kind of target selection: each named target, then
// the flag for all of them.
func appendTargets(a []string, one string, names []string, all string, isAll bool) []string {
	for _, n := range names {
		a = append(a, one, n)
	}
	if isAll {
		a = append(a, all)
	}
	return a
}

// metadataArgs asks for every package of the lock file: with --all-features
// the package list is a superset of any feature selection's, so one
// metadata call serves every unit graph.
func (f BuildFlags) metadataArgs() []string {
	a := []string{"metadata", "--format-version", "1", "--all-features"}
	if f.ManifestPath != "" {
		a = append(a, "--manifest-path", f.ManifestPath)
	}
	if f.Locked {
		a = append(a, "--locked")
	}
	return a
}
