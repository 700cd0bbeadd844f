package cargo

import (
	"flag"
	"fmt"
	"slices"
	"strings"
)

// Commands whose unit graph a plan can be made of.
const (
	CommandBuild = "build"
	CommandTest  = "test"
	CommandCheck = "check"
	CommandDoc   = "doc"
)

// Commands lists the commands a plan can be made of, build first.
var Commands = []string{CommandBuild, CommandTest, CommandCheck, CommandDoc}

// BuildFlags are the options of `cargo build`, `cargo test`, `cargo check`
// and `cargo doc` crate-plan accepts; they mean what they mean to cargo and
// are passed to it unchanged.
type BuildFlags struct {
	// Command is the cargo command planned: CommandBuild (also when empty),
	// CommandTest, CommandCheck or CommandDoc.
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
	TestName string
	// NoDeps and DocumentPrivateItems are cargo doc's: document the
	// selected packages only, and their private items too.
	NoDeps               bool
	DocumentPrivateItems bool
	Features             []string
	AllFeatures          bool
	NoDefaultFeatures    bool
	Target               string
	Locked               bool
	// Frozen is cargo's --frozen: --locked and --offline.
	Frozen bool
	// TargetDir is --target-dir, as given (relative to the directory cargo
	// runs in).
	TargetDir string
	// Config are the --config KEY=VALUE|PATH overrides, Unstable the -Z
	// flags, both passed to every cargo call.
	Config, Unstable []string
}

// FlagsUsage describes the flags Register defines, for --help texts.
const FlagsUsage = `  --manifest-path PATH    path to Cargo.toml
  -r, --release           build with the release profile
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
  --frozen                --locked and --offline
  --target-dir DIR        directory for all generated artifacts
  --config KEY=VALUE|PATH override a cargo configuration value (repeatable)
  -Z FLAG                 unstable (nightly-only) flag for cargo (repeatable)
`

// Register defines the flags on fs, spelled as cargo spells them.
func (f *BuildFlags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.ManifestPath, "manifest-path", "", "")
	f.registerProfile(fs)
	f.registerPackages(fs)
	fs.Var((*StringList)(&f.Exclude), "exclude", "")
	fs.BoolVar(&f.Lib, "lib", false, "")
	f.registerBins(fs)
	fs.Var((*StringList)(&f.Examples), "example", "")
	fs.BoolVar(&f.AllExamples, "examples", false, "")
	fs.Var((*StringList)(&f.Tests), "test", "")
	fs.BoolVar(&f.AllTests, "tests", false, "")
	fs.Var((*StringList)(&f.Benches), "bench", "")
	fs.BoolVar(&f.AllBenches, "benches", false, "")
	fs.BoolVar(&f.AllTargets, "all-targets", false, "")
	fs.BoolVar(&f.Doc, "doc", false, "")
	f.registerFeatures(fs)
	f.registerCommon(fs)
}

// RegisterClean defines cargo clean's flags on fs: the selection of what
// to remove (Doc is its --doc).
func (f *BuildFlags) RegisterClean(fs *flag.FlagSet) {
	fs.StringVar(&f.ManifestPath, "manifest-path", "", "")
	f.registerProfile(fs)
	f.registerPackages(fs)
	fs.BoolVar(&f.Doc, "doc", false, "")
	f.registerCommon(fs)
}

// RegisterInstall defines cargo install's flags on fs that select what is
// built: the binaries (Bins, AllBins), features, profile and target.
func (f *BuildFlags) RegisterInstall(fs *flag.FlagSet) {
	f.registerBins(fs)
	f.registerFeatures(fs)
	fs.StringVar(&f.Profile, "profile", "", "")
	f.registerCommon(fs)
}

func (f *BuildFlags) registerProfile(fs *flag.FlagSet) {
	fs.BoolVar(&f.Release, "r", false, "")
	fs.BoolVar(&f.Release, "release", false, "")
	fs.StringVar(&f.Profile, "profile", "", "")
}

func (f *BuildFlags) registerPackages(fs *flag.FlagSet) {
	fs.Var((*StringList)(&f.Packages), "p", "")
	fs.Var((*StringList)(&f.Packages), "package", "")
	fs.BoolVar(&f.Workspace, "workspace", false, "")
}

func (f *BuildFlags) registerBins(fs *flag.FlagSet) {
	fs.Var((*StringList)(&f.Bins), "bin", "")
	fs.BoolVar(&f.AllBins, "bins", false, "")
}

func (f *BuildFlags) registerFeatures(fs *flag.FlagSet) {
	fs.Var((*StringList)(&f.Features), "F", "")
	fs.Var((*StringList)(&f.Features), "features", "")
	fs.BoolVar(&f.AllFeatures, "all-features", false, "")
	fs.BoolVar(&f.NoDefaultFeatures, "no-default-features", false, "")
}

// registerCommon defines the flags every cargo command takes: --target
// and those every cargo call of a plan gets (commonArgs).
func (f *BuildFlags) registerCommon(fs *flag.FlagSet) {
	fs.StringVar(&f.Target, "target", "", "")
	fs.BoolVar(&f.Locked, "locked", false, "")
	fs.BoolVar(&f.Frozen, "frozen", false, "")
	fs.StringVar(&f.TargetDir, "target-dir", "", "")
	fs.Var((*StringList)(&f.Config), "config", "")
	fs.Var((*StringList)(&f.Unstable), "Z", "")
}

// DocFlagsUsage describes the flags RegisterDoc defines.
const DocFlagsUsage = `  --no-deps               doc: do not document the dependencies
  --document-private-items
                          doc: document private items too
`

// RegisterDoc defines cargo doc's flags on fs, for a command that plans
// cargo doc (Register leaves them out).
func (f *BuildFlags) RegisterDoc(fs *flag.FlagSet) {
	fs.BoolVar(&f.NoDeps, "no-deps", false, "")
	fs.BoolVar(&f.DocumentPrivateItems, "document-private-items", false, "")
}

// ConflictError is Check's error for two flags that cannot go together.
type ConflictError struct{ First, Second string }

func (e *ConflictError) Error() string { return e.First + ": conflicts with " + e.Second }

// Check reports flags that cannot go together, and those the command does
// not take, as cargo does; cargo itself judges the target selection.
func (f BuildFlags) Check() error {
	c := f.CommandName()
	if !slices.Contains(Commands, c) {
		return fmt.Errorf("command %q: not one of %s", c, strings.Join(Commands, ", "))
	}
	if f.Release && f.Profile != "" {
		return &ConflictError{"--release", "--profile"}
	}
	only := []struct {
		set     bool
		name    string
		command string
	}{
		{f.Doc, "--doc", CommandTest},
		{f.TestName != "", "TESTNAME", CommandTest},
		{f.NoDeps, "--no-deps", CommandDoc},
		{f.DocumentPrivateItems, "--document-private-items", CommandDoc},
	}
	for _, o := range only {
		if o.set && c != o.command {
			return fmt.Errorf("%s: only cargo %s takes it", o.name, o.command)
		}
	}
	if c != CommandDoc {
		return nil
	}
	// cargo doc documents libs, bins and examples only.
	for _, o := range []struct {
		set  bool
		name string
	}{
		{len(f.Tests) > 0, "--test"}, {f.AllTests, "--tests"},
		{len(f.Benches) > 0, "--bench"}, {f.AllBenches, "--benches"},
		{f.AllTargets, "--all-targets"},
	} {
		if o.set {
			return fmt.Errorf("%s: cargo doc does not take it", o.name)
		}
	}
	return nil
}

// ChecksPlain reports whether cargo check's target selection checks the
// target of the given kind ("lib", "bin", "example", "proc-macro") and
// name as itself rather than as a test. The unit graph prints both as
// mode "check"; a root unit that is alone of its kind in the graph was
// selected one way or the other, and this says which.
func (f BuildFlags) ChecksPlain(kind, name string) bool {
	selects := f.Lib || len(f.Bins) > 0 || f.AllBins || len(f.Examples) > 0 || f.AllExamples ||
		len(f.Tests) > 0 || f.AllTests || len(f.Benches) > 0 || f.AllBenches || f.AllTargets
	switch {
	case !selects || f.AllTargets:
		return true
	case kind == "lib" || kind == "proc-macro":
		return f.Lib
	case kind == "bin":
		return f.AllBins || slices.Contains(f.Bins, name)
	case kind == "example":
		return f.AllExamples || slices.Contains(f.Examples, name)
	}
	return false
}

// CommandName is the cargo command planned, "build" when Command is empty.
func (f BuildFlags) CommandName() string {
	return orDefault(f.Command, CommandBuild)
}

// StringList is a repeatable flag: each use adds a value.
type StringList []string

func (l *StringList) String() string     { return strings.Join(*l, ",") }
func (l *StringList) Set(s string) error { *l = append(*l, s); return nil }

// SplitShort spells cargo's glued short options (-j2, -pfoo, -Ffeat) as two
// arguments, which is what the flag package understands.
func SplitShort(args []string) []string {
	var out []string
	for _, a := range args {
		if len(a) > 2 && a[0] == '-' && strings.IndexByte("jpFZ", a[1]) >= 0 && a[2] != '=' {
			out = append(out, a[:2], a[2:])
			continue
		}
		out = append(out, a)
	}
	return out
}

// ProfileName is the profile cargo builds with: dev (test for cargo test;
// check and doc use dev) unless told otherwise.
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
	if f.NoDeps {
		a = append(a, "--no-deps")
	}
	if f.DocumentPrivateItems {
		a = append(a, "--document-private-items")
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
	a = append(a, f.commonArgs()...)
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
	return append(a, f.commonArgs()...)
}

// commonArgs are the arguments every cargo call of a plan takes.
func (f BuildFlags) commonArgs() []string {
	var a []string
	if f.Locked {
		a = append(a, "--locked")
	}
	if f.Frozen {
		a = append(a, "--frozen")
	}
	if f.TargetDir != "" {
		a = append(a, "--target-dir", f.TargetDir)
	}
	for _, c := range f.Config {
		a = append(a, "--config", c)
	}
	for _, z := range f.Unstable {
		a = append(a, "-Z", z)
	}
	return a
}
