// Package nixcli runs nix-build for libnix-build: it finds out which Nix is
// installed and turns what a build needs into nix-build arguments. Every
// option that depends on the Nix version is chosen here, nowhere else.
package nixcli

import (
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// Version is a Nix release number.
type Version struct {
	Major, Minor, Patch int
}

// MinVersion is the oldest Nix libnix-build supports: the first whose
// internal-json log, --option sandbox-paths and __structuredAttrs
// (.attrs.sh) behave as the emitted builders and logone expect.
var MinVersion = Version{2, 8, 0}

func (v Version) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }

// Less reports whether v is older than w.
func (v Version) Less(w Version) bool {
	if v.Major != w.Major {
		return v.Major < w.Major
	}
	if v.Minor != w.Minor {
		return v.Minor < w.Minor
	}
	return v.Patch < w.Patch
}

// ParseVersion reads the output of `nix-build --version`:
// "nix-build (Nix) 2.8.0", also "2.18.1pre20230901_abcdef" or "2.3" (patch 0).
func ParseVersion(out string) (Version, error) {
	line, _, _ := strings.Cut(strings.TrimSpace(out), "\n")
	fields := strings.Fields(line)
	if !strings.HasPrefix(line, "nix") || len(fields) < 2 {
		return Version{}, fmt.Errorf("unrecognised version output %q", line)
	}
	m := versionRE.FindStringSubmatch(fields[len(fields)-1])
	if m == nil {
		return Version{}, fmt.Errorf("unrecognised version output %q", line)
	}
	var v Version
	for i, p := range []*int{&v.Major, &v.Minor, &v.Patch} {
		if m[i+1] == "" {
			break
		}
		n, err := strconv.Atoi(m[i+1])
		if err != nil {
			return Version{}, fmt.Errorf("version number out of range in %q", line)
		}
		*p = n
	}
	return v, nil
}

var versionRE = regexp.MustCompile(`^(\d+)\.(\d+)(?:\.(\d+))?`)

// VersionOutput is what `nix-build --version` prints.
func VersionOutput(ctx context.Context, nixBuild string) (string, error) {
	path, err := exec.LookPath(nixBuild)
	if err != nil {
		return "", fmt.Errorf("%s: not found (is Nix installed? see https://nixos.org/download)", nixBuild)
	}
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return "", fmt.Errorf("%s --version: %v", nixBuild, err)
	}
	return string(out), nil
}

// Supported reads the version nixBuild printed (out) and checks that
// libnix-build supports it.
func Supported(nixBuild, out string) (Version, error) {
	v, err := ParseVersion(out)
	if err != nil {
		return Version{}, fmt.Errorf("%s --version: %v", nixBuild, err)
	}
	if v.Less(MinVersion) {
		return v, fmt.Errorf("%s: Nix %s is too old; libnix-build needs Nix %s or newer", nixBuild, v, MinVersion)
	}
	return v, nil
}

// Build is one nix-build run of an emitted build system.
type Build struct {
	Entry   string // the directory holding default.nix
	Attr    string // the attribute to build ("all")
	OutLink string // the GC root nix-build creates (-o)
	// SandboxPaths are host directories the builds need (nixgen.SandboxPaths);
	// when set, builds run sandboxed with them bind-mounted.
	SandboxPaths []string
	MaxJobs      int      // derivations built at once (--max-jobs)
	Cores        int      // each one's NIX_BUILD_CORES (--cores)
	KeepGoing    bool     // build what can be built after a failure
	Offline      bool     // ask no binary cache (cargo's --offline / net.offline)
	JSONLog      bool     // --log-format internal-json, for logone
	Args         []string // arguments of default.nix: name, Nix expression pairs (--arg)
	Extra        []string // the user's own nix-build arguments, last so they win
}

// ArgFlags are b.Args as nix-build and nix-instantiate take them:
// --arg NAME EXPR for each pair.
func (b Build) ArgFlags() []string {
	var a []string
	for i := 0; i+1 < len(b.Args); i += 2 {
		a = append(a, "--arg", b.Args[i], b.Args[i+1])
	}
	return a
}

// Args are the nix-build arguments of b for Nix version v.
func (v Version) Args(b Build) []string {
	a := append([]string{b.Entry, "-A", b.Attr, "--out-link", b.OutLink}, b.ArgFlags()...)
	if b.MaxJobs > 0 {
		a = append(a, "--max-jobs", strconv.Itoa(b.MaxJobs))
	}
	if b.Cores > 0 {
		a = append(a, "--cores", strconv.Itoa(b.Cores))
	}
	if b.KeepGoing {
		a = append(a, "--keep-going")
	}
	if b.Offline {
		// An unreachable binary cache costs a timeout per build otherwise.
		a = append(a, "--option", "substituters", "")
	}
	if len(b.SandboxPaths) > 0 {
		a = append(a, "--option", "sandbox", "true",
			// sandbox-paths, not extra-sandbox-paths: Debian's Nix 2.26 has a
			// default (/bin/sh=…) that breaks next to a /bin that is a symlink;
			// and no silent fallback to an unsandboxed build, where the build
			// users could not read the toolchain (docs/nix-versions.md).
			"--option", "sandbox-paths", strings.Join(b.SandboxPaths, " "),
			"--option", "sandbox-fallback", "false")
	}
	if b.JSONLog {
		a = append(a, "--log-format", "internal-json")
	}
	return append(a, b.Extra...)
}
