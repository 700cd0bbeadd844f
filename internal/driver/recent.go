package driver

import (
	"os"
	"path/filepath"

	"github.com/libnix/libnix/internal/nixcli"
)

// Recent builds: an edit undone, or a branch checked out again, gives the
// sources of an earlier build back, with new modification times, so the
// build key (file stamps) misses; the content key does not, and the
// outputs of that build, still in the store, are this one's, without
// nix-build (docs/libnix-build.md, "Caching").

// recentBuilds is how many builds the record keeps by content.
const recentBuilds = 8

// recentBuild is a successful build's outputs by the key of its content.
type recentBuild struct {
	Key  string   `json:"key"`
	Outs []string `json:"outs"`
}

// contentKey fingerprints what nb builds by content: the emitted files
// (whose sources carry their hashes, b.hashes), Cargo.dependencies.nix, nix and its
// arguments. It is "" when the build reads something it cannot key by
// content: nixpkgs (which can move), a source nix-emit gives no hash
// (vendored crates inside the workspace).
func (b *builder) contentKey(nb nixcli.Build) string {
	if b.o.Toolchain != "host" {
		return ""
	}
	for _, pkg := range b.p.Packages {
		if _, ok := b.hashes[pkg.ManifestDir]; !ok && (pkg.Source.Kind == "path" || pkg.Source.Replaced != nil) && !filepath.IsAbs(pkg.ManifestDir) {
			return ""
		}
	}
	f := newFingerprint()
	if err := f.content(filepath.Join(b.p.Workspace.Root, "Cargo.dependencies.nix")); err != nil {
		return ""
	}
	f.add(b.state.EmitKey, b.nix.String())
	f.add(b.nix.Args(nb)...)
	return f.sum()
}

// remember records a successful build's outputs under its content key,
// the most recent first.
func (s *buildState) remember(key string, outs []string) {
	recent := []recentBuild{{Key: key, Outs: outs}}
	for _, r := range s.Recent {
		if r.Key != key && len(recent) < recentBuilds {
			recent = append(recent, r)
		}
	}
	s.Recent = recent
}

// recent gives the outputs of a recent build of this content when they
// are all still in the store and each has its out-link already (nix-build
// registered those links as GC roots: pointing them elsewhere keeps them
// roots); nil otherwise.
func (s *buildState) recent(key string, want int, gcRoot string) []string {
	for _, r := range s.Recent {
		if r.Key != key || len(r.Outs) != want {
			continue
		}
		for i, out := range r.Outs {
			if !exists(out) {
				return nil
			}
			if st, err := os.Lstat(outLink(gcRoot, i)); err != nil || st.Mode()&os.ModeSymlink == 0 {
				return nil
			}
		}
		return r.Outs
	}
	return nil
}

// relinkRoots points the out-links at outs, each replaced atomically.
func relinkRoots(gcRoot string, outs []string) error {
	for i, out := range outs {
		link := outLink(gcRoot, i)
		tmp := filepath.Join(filepath.Dir(link), tempPrefix+filepath.Base(link))
		os.Remove(tmp)
		if err := os.Symlink(out, tmp); err != nil {
			return err
		}
		if err := os.Rename(tmp, link); err != nil {
			os.Remove(tmp)
			return err
		}
	}
	return nil
}
