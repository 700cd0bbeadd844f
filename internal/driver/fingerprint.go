package driver

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// racyWindow is how far before a reading a change may still be stamped:
// file times come from a coarse clock (one kernel tick, at most 10 ms), so
// a file written just after a reading began can carry an earlier time.
const racyWindow = 25 * time.Millisecond

// fingerprint hashes what inputs looked like into a key that changes when
// they do. It also keeps the newest modification time it saw: an input
// modified while it was being read (racy) must not be trusted, since the
// reader may have seen either version.
type fingerprint struct {
	h      hash.Hash
	newest time.Time
}

func newFingerprint() *fingerprint { return &fingerprint{h: sha256.New()} }

// add hashes strings, each length-prefixed so no two lists hash alike.
func (f *fingerprint) add(parts ...string) {
	var n [8]byte
	for _, p := range parts {
		binary.LittleEndian.PutUint64(n[:], uint64(len(p)))
		f.h.Write(n[:])
		io.WriteString(f.h, p)
	}
}

func (f *fingerprint) saw(t time.Time) {
	if t.After(f.newest) {
		f.newest = t
	}
}

// content hashes a file's bytes (or its absence): for small inputs whose
// content, not time stamp, matters (manifests, config, Cargo.lock).
func (f *fingerprint) content(path string) error {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f.add("absent", path)
		return nil
	case err != nil:
		return err
	}
	if st, err := os.Stat(path); err == nil {
		f.saw(st.ModTime())
	}
	sum := sha256.Sum256(data)
	f.add("file", path, string(sum[:]))
	return nil
}

// layout hashes what cargo's target auto-discovery sees in a package
// directory: the names (not the contents) of the files that make targets.
// Adding src/bin/tool.rs changes the plan without touching Cargo.toml.
func (f *fingerprint) layout(dir string) {
	for _, rel := range []string{"src/lib.rs", "src/main.rs", "build.rs"} {
		f.add("exists", rel, strconv.FormatBool(exists(filepath.Join(dir, rel))))
	}
	for _, rel := range []string{"src/bin", "examples", "tests", "benches"} {
		d := filepath.Join(dir, rel)
		if st, err := os.Stat(d); err == nil {
			f.saw(st.ModTime())
		}
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			f.add("entry", rel, e.Name(), strconv.FormatBool(e.IsDir()))
			if e.IsDir() {
				f.add("exists", strconv.FormatBool(exists(filepath.Join(d, e.Name(), "main.rs"))))
			}
		}
	}
}

// glob hashes the matches of a workspace.members pattern: a new member
// directory changes the plan without touching any existing file.
func (f *fingerprint) glob(pattern string) error {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	f.add("glob", pattern)
	for _, m := range matches {
		f.add(m)
		if err := f.content(filepath.Join(m, "Cargo.toml")); err != nil {
			return err
		}
	}
	if strings.ContainsAny(pattern, "*?[") {
		if st, err := os.Stat(filepath.Dir(pattern)); err == nil {
			f.saw(st.ModTime())
		}
	}
	return nil
}

// tree hashes the status (path, type, mode, size, time, link target) of every
// file under dir that skip keeps. It reads no content: a changed file has a
// new time stamp, and racy ones are caught by newest.
func (f *fingerprint) tree(dir string, skip func(rel string, d fs.DirEntry) bool) error {
	f.add("tree", dir)
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, dir), "/")
		if rel != "" && skip(rel, d) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		f.saw(info.ModTime())
		target := ""
		if info.Mode()&fs.ModeSymlink != 0 {
			target, _ = os.Readlink(p)
		}
		f.add(rel, info.Mode().String(), strconv.FormatInt(info.Size(), 10),
			strconv.FormatInt(info.ModTime().UnixNano(), 10), target)
		return nil
	})
}

func (f *fingerprint) sum() string { return hex.EncodeToString(f.h.Sum(nil)) }

// racy reports whether an input changed at or after start (within the
// clock's coarseness), so that its reading cannot be trusted.
func (f *fingerprint) racy(start time.Time) bool {
	return !f.newest.Before(start.Add(-racyWindow))
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// stamp identifies a file cheaply: path, size and modification time. It is
// enough for files libnix-build wrote itself or that change only when
// replaced (executables).
func stamp(path string) string {
	st, err := os.Stat(path)
	if err != nil {
		return "absent"
	}
	return strconv.FormatInt(st.Size(), 10) + " " + strconv.FormatInt(st.ModTime().UnixNano(), 10)
}
