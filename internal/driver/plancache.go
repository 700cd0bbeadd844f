package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/plan"
)

// cacheVersion is the version of the plan cache files (docs/libnix-build.md).
const cacheVersion = 2

// planRequest is everything besides files that decides a plan: where cargo
// runs, the flags, the environment cargo reads, the toolchain's identity
// (`rustc -vV`, which rustup resolves as cargo would) and this program.
type planRequest struct {
	pr    *project
	flags cargo.BuildFlags
	env   []string
	rustc string
	self  string
}

// cacheEntry is one cached plan: the inputs to check and the plan itself.
// It is written as one line of JSON, then the plan's JSON: the header is
// read and checked without reading the plan, which is decoded once, only
// when it is used (a no-op run of a large workspace spent a third of its
// time scanning the plan twice).
type cacheEntry struct {
	Version int      `json:"version"`
	Key     string   `json:"key"`
	Files   []string `json:"files"` // read for their content
	Dirs    []string `json:"dirs"`  // path packages: target auto-discovery
	Globs   []string `json:"globs"` // workspace.members patterns
	Plan    []byte   `json:"-"`
}

// plannerEnv is the part of the environment cargo and rustc plans depend on.
// It leaves out CARGO_TERM_* (output only), what cargo sets for a
// subcommand (cargo libnix) and what rustup sets
// for its proxies, so that cargo libnix build and libnix-build share plans:
// those variables pick a toolchain, and the toolchain's rustc -vV is part
// of the key already.
func plannerEnv(environ []string) []string {
	var env []string
	home := ""
	for _, kv := range environ {
		if h, ok := strings.CutPrefix(kv, "HOME="); ok {
			home = h
		}
	}
	for _, kv := range environ {
		switch {
		case strings.HasPrefix(kv, "CARGO="), strings.HasPrefix(kv, "CARGO_TERM_"), strings.HasPrefix(kv, "RUSTUP_"), strings.HasPrefix(kv, "RUST_RECURSION_COUNT="):
		case home != "" && kv == "CARGO_HOME="+filepath.Join(home, ".cargo"):
		case strings.HasPrefix(kv, "CARGO") || strings.HasPrefix(kv, "RUST") || strings.HasPrefix(kv, "HOME="):
			env = append(env, kv)
		}
	}
	sort.Strings(env)
	return env
}

// cachePath is the file of this request's cached plan under dir: one per
// place, manifest and flags, so switching between profiles or packages
// does not re-plan.
func (r *planRequest) cachePath(dir string) string {
	flags, _ := json.Marshal(r.flags)
	sum := sha256.Sum256([]byte(r.pr.Cwd + "\x00" + r.pr.Manifest + "\x00" + string(flags)))
	return filepath.Join(dir, "plan-"+hex.EncodeToString(sum[:8])+".json")
}

// key fingerprints the request and the inputs an entry lists.
func (r *planRequest) key(e *cacheEntry) (*fingerprint, error) {
	f := newFingerprint()
	flags, _ := json.Marshal(r.flags)
	f.add("request", r.pr.Cwd, r.pr.Manifest, string(flags), r.rustc, r.self)
	f.add(r.env...)
	for _, p := range e.Files {
		if err := f.content(p); err != nil {
			return nil, err
		}
	}
	for _, d := range e.Dirs {
		f.add("dir", d)
		f.layout(d)
	}
	for _, g := range e.Globs {
		if err := f.glob(g); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// inputs lists the files and directories whose change may change plan p:
// every package's manifest, the workspace's, Cargo.lock, every place a
// cargo config file may appear (--config files too), and the workspace
// members' patterns.
func (r *planRequest) inputs(p *plan.Plan, env func(string) (string, bool)) *cacheEntry {
	root := p.Workspace.Root
	e := &cacheEntry{Version: cacheVersion, Globs: r.pr.Members}
	e.Files = append(e.Files, r.pr.Manifest, filepath.Join(root, "Cargo.toml"), filepath.Join(root, "Cargo.lock"))
	for d := r.pr.Cwd; ; d = filepath.Dir(d) {
		e.Files = append(e.Files, filepath.Join(d, ".cargo", "config"), filepath.Join(d, ".cargo", "config.toml"))
		if filepath.Dir(d) == d {
			break
		}
	}
	home, _ := env("CARGO_HOME")
	if h, _ := env("HOME"); home == "" && h != "" {
		home = filepath.Join(h, ".cargo")
	}
	if home != "" {
		e.Files = append(e.Files, filepath.Join(home, "config"), filepath.Join(home, "config.toml"))
	}
	// A --config argument is a file when one of its name exists: its
	// content, or its absence, is an input.
	for _, arg := range r.flags.Config {
		if path, _ := cargo.ConfigFileArg(r.pr.Cwd, arg); path != "" {
			e.Files = append(e.Files, path)
		}
	}
	for _, pkg := range p.Packages {
		dir := packageDir(p, pkg)
		e.Files = append(e.Files, filepath.Join(dir, "Cargo.toml"))
		if pkg.Source.Kind == "path" {
			e.Dirs = append(e.Dirs, dir)
		}
	}
	return e
}

// loadPlan returns the cached plan when every input is as it was.
func (r *planRequest) loadPlan(path string) (*plan.Plan, []byte, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, false
	}
	header, raw, ok := bytes.Cut(data, []byte{'\n'})
	var e cacheEntry
	if !ok || json.Unmarshal(header, &e) != nil || e.Version != cacheVersion {
		return nil, nil, false
	}
	e.Plan = raw
	f, err := r.key(&e)
	if err != nil || f.sum() != e.Key {
		return nil, nil, false
	}
	p, err := plan.Decode(bytes.NewReader(e.Plan), path)
	if err != nil {
		return nil, nil, false
	}
	return p, e.Plan, true
}

// storePlan caches plan p (raw is its JSON) made at start, unless an input
// changed while cargo read it: then the next run plans again.
func (r *planRequest) storePlan(path string, p *plan.Plan, raw []byte, start time.Time, env func(string) (string, bool)) error {
	e := r.inputs(p, env)
	f, err := r.key(e)
	if err != nil {
		return err
	}
	if f.racy(start) {
		os.Remove(path)
		return nil
	}
	e.Key = f.sum()
	header, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(append(header, '\n'), raw...))
}

// writeFileAtomic writes data to a temporary file next to path and renames
// it into place: readers see the old file or the new one, never a part.
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), tempPrefix+"*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
