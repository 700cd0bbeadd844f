package driver

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
)

// clean is cargo clean: it removes the target directory, one profile's
// directory (--release, --profile), the documentation (--doc), or a
// package's outputs (-p), and with them libnix's GC roots for what it
// removes (gc/ under a profile's nix/), so the store may collect them. It
// counts and sizes what it removes as cargo does, symlinks by their own
// size, never what they point to in the store.
func clean(ctx context.Context, o *Options, sh *shell) error {
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	pr, err := findProject(cwd, o.Cargo, os.LookupEnv)
	if err != nil {
		return err
	}
	// A build in progress holds the lock: wait for it, as cargo clean
	// does, rather than remove what it writes.
	var lockFile string
	if exists(pr.TargetDir) {
		stateDir := filepath.Join(pr.TargetDir, ".libnix")
		lock, err := lockDir(ctx, stateDir, func() { blocking(sh, o) })
		if err != nil {
			return err
		}
		defer lock.Close()
		lockFile = lock.Name()
	}
	f := o.Cargo
	var dirs []string // whole directories to remove
	var files []string
	profileDir := plan.ProfileDir(f.ProfileName())
	base := pr.TargetDir
	if f.Target != "" {
		base = filepath.Join(base, f.Target)
	}
	switch {
	case f.Doc:
		dirs = append(dirs, filepath.Join(pr.TargetDir, "doc"))
	case len(f.Packages) > 0:
		if files, err = packageFiles(ctx, f, filepath.Join(base, profileDir)); err != nil {
			return err
		}
	case f.Release || f.Profile != "" || f.Target != "":
		dirs = append(dirs, filepath.Join(base, profileDir))
	default:
		dirs = append(dirs, pr.TargetDir)
	}
	count, size := 0, int64(0)
	tally := func(p string, d fs.DirEntry) {
		if d.IsDir() || p == lockFile {
			return // the lock is clean's own
		}
		if info, err := d.Info(); err == nil {
			count++
			size += info.Size()
		}
	}
	for _, d := range dirs {
		filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err == nil {
				tally(p, e)
			}
			return nil
		})
	}
	for _, p := range files {
		if info, err := os.Lstat(p); err == nil {
			tally(p, fs.FileInfoToDirEntry(info))
		}
	}
	summary := fmt.Sprintf("%d files", count)
	if count == 1 {
		summary = "1 file"
	}
	if count > 0 {
		summary += ", " + humanBytes(size) + " total"
	}
	if o.DryRun {
		if o.Level != "errors" {
			sh.status("Summary", summary, green)
			sh.warn("no files deleted due to --dry-run")
		}
		return nil
	}
	for _, d := range dirs {
		if err := removeAll(d); err != nil {
			return err
		}
	}
	for _, p := range files {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	if o.Level != "errors" {
		sh.status("Removed", summary, green)
	}
	return nil
}

// removeAll is os.RemoveAll, also for the directories the build users
// left read-only (rustc's incremental caches).
func removeAll(dir string) error {
	err := os.RemoveAll(dir)
	if err == nil || !os.IsPermission(err) {
		return err
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})
	return os.RemoveAll(dir)
}

// humanBytes is cargo's size: bytes as a whole number, larger sizes with
// one decimal in binary units (2.3KiB, 59.9MiB).
func humanBytes(n int64) string {
	suffixes := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(suffixes)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%dB", n)
	}
	return fmt.Sprintf("%.1f%s", v, suffixes[i])
}

// packageFiles are the files cargo clean -p removes from a profile's
// directory dir for the packages f names, as libnix-build makes them:
// links named after the packages' targets (NAME, examples/NAME,
// deps/NAME-HASH, libCRATE.rlib and the other library files).
func packageFiles(ctx context.Context, f cargo.BuildFlags, dir string) ([]string, error) {
	md, err := cargo.Tools{Cargo: os.Getenv("CARGO")}.Metadata(ctx, f)
	if err != nil {
		return nil, err
	}
	pkgs := md.Packages
	var names []string // crate and target names the files are named after
	for _, spec := range f.Packages {
		var found []cargo.Package
		for _, p := range pkgs {
			if p.Name == spec || p.Name+"@"+p.Version == spec || p.ID == spec {
				found = append(found, p)
			}
		}
		if len(found) == 0 {
			return nil, &cargoFailure{fmt.Sprintf("package ID specification `%s` did not match any packages", spec)}
		}
		for _, p := range found {
			for _, t := range p.Targets {
				names = append(names, t.Name, strings.ReplaceAll(t.Name, "-", "_"))
			}
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	var files []string
	for _, sub := range []string{"", "deps", "examples"} {
		entries, _ := os.ReadDir(filepath.Join(dir, sub))
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			if n := e.Name(); slices.ContainsFunc(names, func(name string) bool { return outputOf(n, name) }) {
				files = append(files, filepath.Join(dir, sub, n))
			}
		}
	}
	return files, nil
}

// outputOf reports whether file is named as an output of the target name
// (or its crate name): name, name-HASH, libname.rlib, libname-HASH.so, …
func outputOf(file, name string) bool {
	for _, s := range []string{file, strings.TrimPrefix(file, "lib")} {
		if rest, ok := strings.CutPrefix(s, name); ok && outputSuffix.MatchString(rest) {
			return true
		}
	}
	return false
}

// outputSuffix follows a target's name in its files: rustc's -HASH and an
// extension, each optional.
var outputSuffix = regexp.MustCompile(`^(-[0-9a-f]{16})?(\.[a-z]+)?$`)
