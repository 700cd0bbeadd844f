package cargo

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Workspace is the cargo workspace a manifest belongs to, found the way
// cargo finds it but without running cargo.
type Workspace struct {
	Root    string   // the workspace root's directory
	Members []string // workspace.members patterns of the root manifest, absolute
}

// FindManifest finds the Cargo.toml cargo uses for a command run in dir:
// manifestPath (relative to dir) when given, else the nearest Cargo.toml in
// dir or a parent. Without one it fails in one line, before cargo is run.
func FindManifest(dir, manifestPath string) (string, error) {
	if manifestPath != "" {
		p := resolve(dir, manifestPath)
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			return "", fmt.Errorf("manifest path `%s` does not exist", manifestPath)
		}
		return p, nil
	}
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "Cargo.toml")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("could not find `Cargo.toml` in `%s` or any parent directory", dir)
		}
	}
}

// FindWorkspace finds the workspace of the absolute manifest path as cargo
// does: the manifest's own if it has [workspace], the one package.workspace
// names, or the nearest parent's [workspace] that does not exclude it; a
// package outside any workspace is its own root.
func FindWorkspace(manifest string) (*Workspace, error) {
	m, err := ReadManifest(manifest)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(manifest)
	switch {
	case m.workspace != nil:
		return newWorkspace(dir, m), nil
	case m.packageWorkspace != "":
		root := resolve(dir, m.packageWorkspace)
		rm, err := ReadManifest(filepath.Join(root, "Cargo.toml"))
		if err != nil {
			return nil, err
		}
		return newWorkspace(root, rm), nil
	}
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		p := filepath.Join(d, "Cargo.toml")
		if _, err := os.Stat(p); err == nil {
			pm, err := ReadManifest(p)
			if err != nil {
				return nil, err
			}
			if pm.workspace != nil && !excluded(d, pm.workspace.Exclude, dir) {
				return newWorkspace(d, pm), nil
			}
		}
		if filepath.Dir(d) == d {
			return newWorkspace(dir, m), nil
		}
	}
}

func newWorkspace(root string, m *Manifest) *Workspace {
	w := &Workspace{Root: root}
	if m.workspace != nil {
		for _, pat := range m.workspace.Members {
			w.Members = append(w.Members, resolve(root, pat))
		}
	}
	return w
}

// TargetDir is the target directory of a build in the workspace: the
// configured one (build.target-dir, CARGO_TARGET_DIR), else target/ in
// the workspace root.
func (w *Workspace) TargetDir(cfg *Config) string {
	if cfg.TargetDir != "" {
		return cfg.TargetDir
	}
	return filepath.Join(w.Root, "target")
}

// excluded reports whether dir is one of workspace.exclude of the root.
func excluded(root string, exclude []string, dir string) bool {
	for _, e := range exclude {
		p := resolve(root, e)
		if dir == p || strings.HasPrefix(dir, p+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// resolve makes p absolute relative to dir.
func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}
