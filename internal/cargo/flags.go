package cargo

import (
	"errors"
	"flag"
	"strings"
)

// BuildFlags are the `cargo build` options crate-plan accepts; they mean
// what they mean to cargo and are passed to it unchanged.
type BuildFlags struct {
	ManifestPath      string
	Release           bool
	Profile           string
	Packages          []string
	Workspace         bool
	Bins              []string
	Lib               bool
	Examples          []string
	AllTargets        bool
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
  --lib                   build only the library
  --bin NAME              build only the named binary (repeatable)
  --example NAME          build only the named example (repeatable)
  --all-targets           build every target (tests and benches as test binaries)
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
	fs.BoolVar(&f.Lib, "lib", false, "")
	fs.Var((*stringList)(&f.Bins), "bin", "")
	fs.Var((*stringList)(&f.Examples), "example", "")
	fs.BoolVar(&f.AllTargets, "all-targets", false, "")
	fs.Var((*stringList)(&f.Features), "F", "")
	fs.Var((*stringList)(&f.Features), "features", "")
	fs.BoolVar(&f.AllFeatures, "all-features", false, "")
	fs.BoolVar(&f.NoDefaultFeatures, "no-default-features", false, "")
	fs.StringVar(&f.Target, "target", "", "")
	fs.BoolVar(&f.Locked, "locked", false, "")
}

// Check reports flags that cannot go together, as cargo does.
func (f BuildFlags) Check() error {
	if f.Release && f.Profile != "" {
		return errors.New("--release: conflicts with --profile")
	}
	return nil
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

// ProfileName is the profile cargo builds with: dev unless told otherwise.
func (f BuildFlags) ProfileName() string {
	switch {
	case f.Profile != "":
		return f.Profile
	case f.Release:
		return "release"
	}
	return "dev"
}

// buildArgs are the selection arguments of `cargo build`, in cargo's spelling.
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
	for _, b := range f.Bins {
		a = append(a, "--bin", b)
	}
	if f.Lib {
		a = append(a, "--lib")
	}
	for _, e := range f.Examples {
		a = append(a, "--example", e)
	}
	if f.AllTargets {
		a = append(a, "--all-targets")
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
