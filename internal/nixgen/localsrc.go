package nixgen

import (
	"path"
	"slices"
	"strings"
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
