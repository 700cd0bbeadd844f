package driver

import (
	"path/filepath"

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

// findProject finds the project of a build run in the absolute directory cwd
// with flags f (--manifest-path, --target-dir).
func findProject(cwd string, f cargo.BuildFlags, env func(string) (string, bool)) (*project, error) {
	manifest, err := cargo.FindManifest(cwd, f.ManifestPath)
	if err != nil {
		return nil, err
	}
	ws, err := cargo.FindWorkspace(manifest)
	if err != nil {
		return nil, err
	}
	cfg, err := cargo.LoadConfig(cwd, f.Config, env)
	if err != nil {
		return nil, err
	}
	pr := &project{Cwd: cwd, Manifest: manifest, Root: ws.Root, Members: ws.Members,
		TargetDir: ws.TargetDir(cfg), Offline: cfg.Offline}
	if f.TargetDir != "" {
		pr.TargetDir = filepath.Join(cwd, f.TargetDir)
		if filepath.IsAbs(f.TargetDir) {
			pr.TargetDir = filepath.Clean(f.TargetDir)
		}
	}
	return pr, nil
}
