package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/libnix/libnix/internal/cargo"
)

// project is where a build reads and writes, found the way cargo finds it
// but without running cargo, so that a cached plan can be found (and the
// target directory locked) before cargo is asked anything. The plan has the
// final word: Run checks the guess against it.
type project struct {
	Cwd       string
	Manifest  string   // the Cargo.toml cargo uses (absolute)
	Root      string   // the workspace root
	Members   []string // workspace.members patterns of the root manifest, absolute
	TargetDir string
	Offline   bool // cargo's net.offline (config) or CARGO_NET_OFFLINE
}

// manifestTOML is the part of a Cargo.toml that decides the workspace.
type manifestTOML struct {
	Workspace *struct {
		Members []string `toml:"members"`
		Exclude []string `toml:"exclude"`
	} `toml:"workspace"`
	Package *struct {
		Workspace string `toml:"workspace"`
	} `toml:"package"`
}

// configTOML is the part of a cargo config file libnix-build reads itself.
type configTOML struct {
	Build struct {
		TargetDir *string `toml:"target-dir"`
	} `toml:"build"`
	Net struct {
		Offline *bool `toml:"offline"`
	} `toml:"net"`
}

func findProject(cwd, manifestPath string, env func(string) (string, bool)) (*project, error) {
	pr := &project{Cwd: cwd}
	if manifestPath != "" {
		p, err := filepath.Abs(manifestPath)
		if err != nil {
			return nil, err
		}
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			return nil, fmt.Errorf("%s: manifest not found", manifestPath)
		}
		pr.Manifest = p
	} else {
		for d := cwd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "Cargo.toml")); err == nil {
				pr.Manifest = filepath.Join(d, "Cargo.toml")
				break
			}
			if filepath.Dir(d) == d {
				return nil, fmt.Errorf("%s: could not find Cargo.toml here or in any parent directory", cwd)
			}
		}
	}
	if err := pr.findRoot(); err != nil {
		return nil, err
	}
	cfg, err := cargo.LoadConfig(cwd, env)
	if err != nil {
		return nil, err
	}
	// Files are listed highest precedence first: the first setting wins.
	var targetDir string
	offline := false
	for i := len(cfg.Files) - 1; i >= 0; i-- {
		var c configTOML
		if _, err := toml.DecodeFile(cfg.Files[i], &c); err != nil {
			return nil, fmt.Errorf("%s: %v", cfg.Files[i], err)
		}
		if c.Build.TargetDir != nil {
			// Relative to the directory that holds .cargo/.
			targetDir = resolve(filepath.Dir(filepath.Dir(cfg.Files[i])), *c.Build.TargetDir)
		}
		if c.Net.Offline != nil {
			offline = *c.Net.Offline
		}
	}
	if v, ok := env("CARGO_NET_OFFLINE"); ok {
		offline = v == "true"
	}
	for _, name := range []string{"CARGO_BUILD_TARGET_DIR", "CARGO_TARGET_DIR"} {
		if v, ok := env(name); ok && v != "" {
			targetDir = resolve(cwd, v)
		}
	}
	if targetDir == "" {
		targetDir = filepath.Join(pr.Root, "target")
	}
	pr.TargetDir, pr.Offline = targetDir, offline
	return pr, nil
}

// findRoot finds the workspace root as cargo does: the package's own
// manifest if it has [workspace], the directory package.workspace names, or
// the nearest parent whose manifest has a [workspace] that does not exclude
// the package.
func (pr *project) findRoot() error {
	m, err := readManifestTOML(pr.Manifest)
	if err != nil {
		return err
	}
	dir := filepath.Dir(pr.Manifest)
	switch {
	case m.Workspace != nil:
		return pr.setRoot(dir, m)
	case m.Package != nil && m.Package.Workspace != "":
		root := resolve(dir, m.Package.Workspace)
		rm, err := readManifestTOML(filepath.Join(root, "Cargo.toml"))
		if err != nil {
			return err
		}
		return pr.setRoot(root, rm)
	}
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		p := filepath.Join(d, "Cargo.toml")
		if _, err := os.Stat(p); err == nil {
			pm, err := readManifestTOML(p)
			if err != nil {
				return err
			}
			if pm.Workspace != nil && !excluded(d, pm.Workspace.Exclude, dir) {
				return pr.setRoot(d, pm)
			}
		}
		if filepath.Dir(d) == d {
			return pr.setRoot(dir, m)
		}
	}
}

func (pr *project) setRoot(root string, m *manifestTOML) error {
	pr.Root = root
	if m.Workspace != nil {
		for _, pat := range m.Workspace.Members {
			pr.Members = append(pr.Members, resolve(root, pat))
		}
	}
	return nil
}

func excluded(root string, exclude []string, dir string) bool {
	for _, e := range exclude {
		p := resolve(root, e)
		if dir == p || strings.HasPrefix(dir, p+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func readManifestTOML(path string) (*manifestTOML, error) {
	var m manifestTOML
	if _, err := toml.DecodeFile(path, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return &m, nil
}

// resolve makes p absolute relative to dir.
func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}
