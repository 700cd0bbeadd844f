package nixgen

import (
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/plan"
)

// LocalSrcKeeps reports whether lib.localSrc's filter (lib/lib.nix) keeps
// the entry at rel, a slash-separated path relative to the source's
// directory, when copying a package directory of this machine into the
// store. It leaves out the build output at the top (target, and the
// out-links result, result-2, …: every name starting with "result"), VCS
// data (.git at any depth) and the paths in exclude: the directories of
// other packages inside this one, sources of their own. TestLocalSrcMatchesNix
// holds lib.nix to this definition.
func LocalSrcKeeps(rel string, exclude []string) bool {
	return !slices.Contains(exclude, rel) && rel != "target" && path.Base(rel) != ".git" && !strings.HasPrefix(rel, "result")
}

// A LocalSource is a path package's directory as lib.localSrc copies it
// into the store: Dir (absolute) less the directories in Exclude.
type LocalSource struct {
	Dir     string
	Exclude []string
}

// LocalSources are the plan's path packages inside the workspace, by their
// manifest_dir (the key of Options.LocalHashes).
func LocalSources(p *plan.Plan) map[string]LocalSource {
	e := &emitter{p: p}
	srcs := map[string]LocalSource{}
	for _, pkg := range p.Packages {
		if pkg.Source.Kind == "path" && RelDir(pkg) != "" {
			srcs[pkg.ManifestDir] = LocalSource{Dir: filepath.Join(p.Workspace.Root, pkg.ManifestDir), Exclude: e.nestedPackages(pkg)}
		}
	}
	return srcs
}

// Hash is the sha256 (hex) of s's Nix archive, what builtins.path records
// for it: given to lib.localSrc, it spares evaluation from reading and
// hashing the directory again.
func (s LocalSource) Hash() (string, error) { return narHash(s.Dir, s.Exclude) }
