package cargo

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
