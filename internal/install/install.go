// Package install is the bookkeeping of `cargo install --path` and `cargo
// uninstall` as cargo 1.95 does it, for binaries libnix has already built
// in the Nix store. It writes
// the root's .crates.toml and .crates2.json byte for byte as cargo does
// (so cargo and libnix can take turns on one root), and cargo's messages,
// but links each binary, <root>/bin/<name> -> its file in the store,
// instead of copying it; a Nix GC root per installed package keeps the
// store paths alive, made by the caller's Keep.
//
//	root, err := install.Root(flagRoot, configRoot, os.LookupEnv)
//	pkg := install.Package{ID: install.PathID(name, version, dir), Bins: ..., ...}
//	err = install.Begin(root, pkg, force, sh)   // before building: conflicts, "Installing <pkg>"
//	... build ...
//	err = install.Install(root, pkg, force, os.Getenv("PATH"), keep, sh)
//	err = install.Uninstall(root, "app@1", nil, keep, sh)
//	err = install.List(root, os.Stdout)
//
// Messages go to a Shell (nil for --quiet); errors are cargo's texts
// without "error: ", which the caller prints (exit status 101).
//
// Where libnix departs from cargo: "does the binary exist" is whether
// there is a directory entry (a dangling link counts), not whether the
// link resolves; the orphans removed when a new version drops a binary
// are judged against the installed binaries, not all the package's
// executables (examples); and only one spec at a time is uninstalled.
package install

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Shell receives cargo's messages: Status gets the word ("Installing",
// "Replacing", "Installed", "Replaced", "Removing", "Blocking") that cargo
// right-aligns in 12 columns and colours green; Warn a "warning:" text.
type Shell interface {
	Status(word, msg string)
	Warn(msg string)
}

// Plain is the Shell of cargo without colour, writing to w.
func Plain(w io.Writer) Shell { return plain{w} }

type plain struct{ w io.Writer }

func (p plain) Status(word, msg string) { fmt.Fprintf(p.w, "%12s %s\n", word, msg) }
func (p plain) Warn(msg string)         { fmt.Fprintf(p.w, "warning: %s\n", msg) }

// Package is what one install puts in place.
type Package struct {
	// ID is cargo's key, "wc-demo 0.4.0 (path+file:///home/dev/dl)"; cargo's
	// display of the package, "wc-demo v0.4.0 (/home/dev/dl)", comes from it.
	ID string
	// Bins maps each binary name to the absolute path of the file the
	// link points to (inside a store path).
	Bins map[string]string
	// For .crates2.json: the profile ("release", "dev", ...), the target
	// triple, the full `rustc -vV` output and the feature flags.
	Profile, Target, Rustc         string
	Features                       []string
	AllFeatures, NoDefaultFeatures bool
}

// Keep makes (or, with no targets, removes) the GC root called name that
// keeps one package's link targets alive; targets are sorted and distinct.
// name is stable for a package ID and safe as a file name. Removing a
// root that does not exist must succeed: a package cargo itself installed
// has none.
type Keep func(name string, targets []string) error

// Root resolves the install root as cargo: --root (flagRoot, "" when not
// given), else CARGO_INSTALL_ROOT, else the config's install.root (already
// resolved by the caller, "" when unset), else CARGO_HOME, else ~/.cargo.
func Root(flagRoot, configRoot string, env func(string) (string, bool)) (string, error) {
	if flagRoot != "" {
		return flagRoot, nil
	}
	if r, ok := env("CARGO_INSTALL_ROOT"); ok {
		return r, nil
	}
	if configRoot != "" {
		return configRoot, nil
	}
	if h, ok := env("CARGO_HOME"); ok && h != "" {
		return filepath.Abs(h)
	}
	if h, ok := env("HOME"); ok && h != "" {
		return filepath.Join(h, ".cargo"), nil
	}
	return "", errors.New("Cargo couldn't find your home directory. This probably means that $HOME was not set.")
}

// Begin is what cargo does before building a path install: the check
// that no binary belongs to another package (unless force), then the
// "Installing <package>" status.
func Begin(root string, pkg Package, force bool, sh Shell) error {
	t, id, _, err := openChecked(root, pkg, force, sh)
	if err != nil {
		return err
	}
	t.close()
	status(sh, "Installing", id.String())
	return nil
}

// openChecked opens root's tracking files for installing pkg and checks
// that no binary of it belongs to another package (unless force); dups are
// the binaries already installed (check's). The caller closes t.
func openChecked(root string, pkg Package, force bool, sh Shell) (t *tracker, id pkgID, dups map[string]*entry, err error) {
	if id, err = parseID(pkg.ID); err != nil {
		return nil, id, nil, err
	}
	if t, err = openTracker(root, sh); err != nil {
		return nil, id, nil, err
	}
	if dups, err = t.check(binDir(root), id, pkg, force); err != nil {
		t.close()
		return nil, id, nil, err
	}
	return t, id, dups, nil
}

// Install links pkg's binaries into root/bin, replacing each link
// atomically (a link under a temporary name, renamed over the old),
// records the install in the tracking files, and writes cargo's messages:
// "Installing <bin>" for a new binary, "Replacing <bin>" for one that
// existed, "Removing executable ..." for a binary a new version no longer
// has, "Installed"/"Replaced", and the PATH warning unless root/bin is on
// pathEnv. It checks conflicts again, as cargo does after building.
func Install(root string, pkg Package, force bool, pathEnv string, keep Keep, sh Shell) error {
	t, id, dups, err := openChecked(root, pkg, force, sh)
	if err != nil {
		return err
	}
	defer t.close()
	dst := binDir(root)
	bins := slices.Sorted(maps.Keys(pkg.Bins))
	if len(bins) == 0 {
		return errors.New("specified package has no binaries")
	}
	if err := os.MkdirAll(dst, 0o777); err != nil {
		return err
	}
	// Root the new targets (and the package's other links) before any
	// link points to them.
	keepName := gcName(id)
	targets := slices.Collect(maps.Values(pkg.Bins))
	if e := t.entry(id, false); e != nil {
		targets = append(targets, linkTargets(dst, e.bins)...)
	}
	kept := map[string][]string{keepName: sortedSet(targets)}
	if err := keep(keepName, slices.Clone(kept[keepName])); err != nil {
		return err
	}

	staging, err := os.MkdirTemp(dst, ".libnix-install")
	if err != nil {
		return err
	}
	defer os.RemoveAll(staging)
	for _, bin := range bins {
		if err := os.Symlink(pkg.Bins[bin], filepath.Join(staging, bin)); err != nil {
			return err
		}
	}
	var toInstall, toReplace, done []string
	for _, bin := range bins {
		if _, ok := dups[bin]; ok {
			toReplace = append(toReplace, bin)
		} else {
			toInstall = append(toInstall, bin)
		}
	}
	// New binaries first, undone if one fails, as cargo's Transaction.
	for _, bin := range toInstall {
		status(sh, "Installing", filepath.Join(dst, bin))
		if err := os.Rename(filepath.Join(staging, bin), filepath.Join(dst, bin)); err != nil {
			for _, b := range done {
				os.Remove(filepath.Join(dst, b))
			}
			return fmt.Errorf("failed to move `%s` to `%s`: %v", filepath.Join(staging, bin), filepath.Join(dst, bin), err)
		}
		done = append(done, bin)
	}
	// A failed replacement is reported after the metadata is saved.
	var replaceErr error
	for _, bin := range toReplace {
		status(sh, "Replacing", filepath.Join(dst, bin))
		if err := os.Rename(filepath.Join(staging, bin), filepath.Join(dst, bin)); err != nil {
			replaceErr = fmt.Errorf("failed to move `%s` to `%s`: %v", filepath.Join(staging, bin), filepath.Join(dst, bin), err)
			break
		}
		done = append(done, bin)
	}
	slices.Sort(done)

	changed := map[string]pkgID{id.raw: id}
	for _, e := range dups {
		if e != nil {
			changed[e.id.raw] = e.id
		}
	}
	t.markInstalled(id, done, pkg)
	t.removeOrphans(dst, id, bins, dups, sh)
	if err := t.save(); err != nil {
		return err
	}
	if replaceErr != nil {
		return replaceErr
	}
	if err := t.rekeep(dst, changed, kept, keep); err != nil {
		return err
	}

	self := id.String()
	if len(dups) == 0 {
		status(sh, "Installed", fmt.Sprintf("package `%s` %s", self, executables(done)))
	} else {
		if len(toInstall) > 0 {
			status(sh, "Installed", fmt.Sprintf("package `%s` %s", self, executables(toInstall)))
		}
		byOwner := map[string][]string{}
		for _, bin := range slices.Sorted(maps.Keys(dups)) {
			owner := "unknown"
			if e := dups[bin]; e != nil {
				owner = e.id.String()
			}
			byOwner[owner] = append(byOwner[owner], bin)
		}
		for _, owner := range slices.Sorted(maps.Keys(byOwner)) {
			status(sh, "Replaced", fmt.Sprintf("package `%s` with `%s` %s", owner, self, executables(byOwner[owner])))
		}
	}
	if !onPath(dst, pathEnv) && sh != nil {
		sh.Warn(fmt.Sprintf("be sure to add `%s` to your PATH to be able to run the installed binaries", dst))
	}
	return nil
}

// Uninstall removes the binaries of the one package spec names (all of
// them, or only bins), saving the tracking files after each as cargo
// does, writes "Removing <bin>" for each and updates the package's GC root.
func Uninstall(root, specText string, bins []string, keep Keep, sh Shell) error {
	t, err := openTracker(root, sh)
	if err != nil {
		return err
	}
	defer t.close()
	ids := make([]pkgID, len(t.pkgs))
	for i, e := range t.pkgs {
		ids[i] = e.id
	}
	sp, err := parseSpec(specText)
	if err != nil {
		return fmt.Errorf("%v%s", err, closestMsg(specText, ids))
	}
	id, err := sp.query(ids)
	if err != nil {
		return err
	}
	e := t.entry(id, false)
	dst := filepath.Join(root, "bin")
	for _, bin := range e.bins {
		if _, err := os.Lstat(filepath.Join(dst, bin)); err != nil {
			return fmt.Errorf("corrupt metadata, `%s` does not exist when it should", filepath.Join(dst, bin))
		}
	}
	remove := sortedSet(slices.Clone(bins))
	for _, bin := range remove {
		if !slices.Contains(e.bins, bin) {
			return fmt.Errorf("binary `%s` not installed as part of `%s`", bin, id)
		}
	}
	if len(remove) == 0 {
		remove = slices.Clone(e.bins)
	}
	for _, bin := range remove {
		path := filepath.Join(dst, bin)
		status(sh, "Removing", path)
		if err := os.Remove(path); err != nil {
			return err
		}
		t.removeBins(e, []string{bin})
		if err := t.save(); err != nil {
			return err
		}
	}
	return t.rekeep(dst, map[string]pkgID{id.raw: id}, nil, keep)
}

// List writes `cargo install --list`: each package, then its binaries.
func List(root string, w io.Writer) error {
	t, err := openTracker(root, nil)
	if err != nil {
		return err
	}
	defer t.close()
	var b strings.Builder
	for _, e := range t.pkgs {
		b.WriteString(e.id.String() + ":\n")
		for _, bin := range e.bins {
			b.WriteString("    " + bin + "\n")
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// check is cargo's check_upgrade for a path install: the binaries of pkg
// already in dst with the package that installed each (nil if none did),
// an error if one is not from a package of the same name and !force.
func (t *tracker) check(dst string, id pkgID, pkg Package, force bool) (map[string]*entry, error) {
	dups := map[string]*entry{}
	for _, bin := range slices.Sorted(maps.Keys(pkg.Bins)) {
		if _, err := os.Lstat(filepath.Join(dst, bin)); err == nil {
			dups[bin] = t.owner(bin)
		}
	}
	if force {
		return dups, nil
	}
	var msg strings.Builder
	conflict := false
	for _, bin := range slices.Sorted(maps.Keys(dups)) {
		fmt.Fprintf(&msg, "binary `%s` already exists in destination", bin)
		if e := dups[bin]; e != nil {
			fmt.Fprintf(&msg, " as part of `%s`", e.id)
			conflict = conflict || e.id.name != id.name
		} else {
			conflict = true
		}
		msg.WriteString("\n")
	}
	if conflict {
		return nil, errors.New(msg.String() + "Add --force to overwrite")
	}
	return dups, nil
}

// markInstalled is cargo's mark_installed: bins move to id from whichever
// package had them, and id's v2 record is the new build's.
func (t *tracker) markInstalled(id pkgID, bins []string, pkg Package) {
	for _, e := range slices.Clone(t.pkgs) {
		t.removeBins(e, bins)
	}
	e := t.entry(id, true)
	e.bins = sortedSet(append(e.bins, bins...))
	e.versionReq = nil
	e.features = sortedSet(slices.Clone(pkg.Features))
	e.allFeatures, e.noDefaultFeatures = pkg.AllFeatures, pkg.NoDefaultFeatures
	e.profile = pkg.Profile
	e.target, e.rustc = &pkg.Target, &pkg.Rustc
}

// removeOrphans is cargo's remove_orphaned_bins: a package of the same
// name whose binary was replaced loses the binaries the new one lacks.
func (t *tracker) removeOrphans(dst string, id pkgID, bins []string, dups map[string]*entry, sh Shell) {
	var olds []*entry
	for _, e := range dups {
		if e != nil && e.id.name == id.name && !slices.Contains(olds, e) {
			olds = append(olds, e)
		}
	}
	slices.SortFunc(olds, func(a, b *entry) int { return a.id.compare(b.id) })
	for _, old := range olds {
		var orphans []string
		for _, b := range old.bins {
			if !slices.Contains(bins, b) {
				orphans = append(orphans, b)
			}
		}
		if len(orphans) == 0 {
			continue
		}
		t.removeBins(old, orphans)
		for _, b := range orphans {
			path := filepath.Join(dst, b)
			if _, err := os.Lstat(path); err != nil {
				continue
			}
			status(sh, "Removing", fmt.Sprintf("executable `%s` from previous version %s", path, old.id))
			if err := os.Remove(path); err != nil && sh != nil {
				sh.Warn(fmt.Sprintf("failed to remove orphan: failed to remove %q: %v", path, err))
			}
		}
	}
}

// rekeep sets the GC root of each package in ids to its links' targets
// now, removing it for a package no longer installed; kept are the roots
// already set to what they hold.
func (t *tracker) rekeep(dst string, ids map[string]pkgID, kept map[string][]string, keep Keep) error {
	for _, raw := range slices.Sorted(maps.Keys(ids)) {
		var targets []string
		if e := t.entry(ids[raw], false); e != nil {
			targets = linkTargets(dst, e.bins)
		}
		name := gcName(ids[raw])
		if have, ok := kept[name]; ok && slices.Equal(have, targets) {
			continue
		}
		if err := keep(name, targets); err != nil {
			return err
		}
	}
	return nil
}

// linkTargets are the targets of the bins in dst that are links (a binary
// cargo installed is a file, which no GC root needs to keep).
func linkTargets(dst string, bins []string) []string {
	var out []string
	for _, b := range bins {
		if target, err := os.Readlink(filepath.Join(dst, b)); err == nil {
			out = append(out, target)
		}
	}
	return sortedSet(out)
}

// gcName names a package's GC root: readable, and distinct per ID.
func gcName(id pkgID) string {
	sum := sha256.Sum256([]byte(id.raw))
	return id.name + "-" + id.version.raw + "-" + hex.EncodeToString(sum[:8])
}

// binDir is root/bin as cargo's install shows it: absolute, normalized.
func binDir(root string) string {
	dst, err := filepath.Abs(filepath.Join(root, "bin"))
	if err != nil {
		return filepath.Join(root, "bin")
	}
	return dst
}

// onPath compares as Rust's Path equality: by components, so "//" and
// "/./" and a trailing slash do not matter.
func onPath(dst, pathEnv string) bool {
	for _, p := range filepath.SplitList(pathEnv) {
		if filepath.IsAbs(p) && components(p) == components(dst) {
			return true
		}
	}
	return false
}

func components(p string) string {
	var parts []string
	for _, c := range strings.Split(p, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "/")
}

// executables is cargo's "(executable `a`)" / "(executables `a`, `b`)".
func executables(bins []string) string {
	if len(bins) == 1 {
		return fmt.Sprintf("(executable `%s`)", bins[0])
	}
	quoted := make([]string, len(bins))
	for i, b := range bins {
		quoted[i] = "`" + b + "`"
	}
	return "(executables " + strings.Join(quoted, ", ") + ")"
}

func status(sh Shell, word, msg string) {
	if sh != nil {
		sh.Status(word, msg)
	}
}
