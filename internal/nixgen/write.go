package nixgen

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Marker names the file that marks a directory as written by nix-emit; nix-emit
// refuses to write into a non-empty directory without it, so a mistyped --out
// never deletes someone's files.
const Marker = ".libnix-emit"

// executables are the written files that must keep their executable bit
// when Nix copies them into the store.
var executables = map[string]bool{"buildrs-parse": true, WrapperName: true}

// managed lists the subdirectories whose stale files WriteDir removes.
var managed = []string{"units"}

// WriteDir writes files (relative path → content) into dir so that a reader
// never sees a half-written file: each changed file is written to a temporary
// name and renamed into place, the entry file default.nix last, and only then
// are files of earlier runs removed. Unit files are named by unit id, so an
// interrupted run leaves the previous default.nix with every file it imports.
// Files whose content is unchanged are not touched (their mtime stays).
// It returns the relative paths it wrote.
func WriteDir(dir string, files map[string][]byte) ([]string, error) {
	if err := claim(dir); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		// default.nix last: it is what makes the new files reachable.
		if (names[i] == "default.nix") != (names[j] == "default.nix") {
			return names[j] == "default.nix"
		}
		return names[i] < names[j]
	})
	var written []string
	made := map[string]bool{}
	for _, name := range names {
		mode := os.FileMode(0o644)
		if executables[name] {
			mode = 0o755
		}
		path := filepath.Join(dir, name)
		if d := filepath.Dir(path); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return written, err
			}
			made[d] = true
		}
		changed, err := writeIfChanged(path, files[name], mode)
		if err != nil {
			return written, err
		}
		if changed {
			written = append(written, name)
		}
	}
	return written, removeStale(dir, files)
}

func claim(dir string) error {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	} else if err != nil {
		return err
	} else if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, Marker)); err != nil {
			return fmt.Errorf("%s: directory is not empty and was not written by nix-emit (no %s file); refusing to write into it", dir, Marker)
		}
	}
	_, err = writeIfChanged(filepath.Join(dir, Marker), []byte("This directory is written by nix-emit; its files are replaced on every run.\n"), 0o644)
	return err
}

// writeIfChanged writes data to path unless the file already holds it with
// that mode, and reports whether it wrote.
func writeIfChanged(path string, data []byte, mode os.FileMode) (bool, error) {
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.Mode().Perm() == mode:
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
			return false, nil
		}
	case os.IsNotExist(err) && strings.HasPrefix(filepath.Base(filepath.Dir(path)), "units"):
		// A new unit file is named by its unit id: nothing refers to it
		// until default.nix is replaced, so it needs no temporary name
		// (which halves the file-system work of a first emit).
		return true, createFile(path, data, mode)
	}
	return true, writeFile(path, data, mode)
}

func createFile(path string, data []byte, mode os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

func writeFile(path string, data []byte, mode os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(f.Name(), mode)
	}
	if werr == nil {
		werr = os.Rename(f.Name(), path)
	}
	if werr != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%s: %w", path, werr)
	}
	return nil
}

func removeStale(dir string, files map[string][]byte) error {
	for _, sub := range managed {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return err
		}
		for _, e := range entries {
			rel := sub + "/" + e.Name()
			// Files of earlier runs go, and temporaries an interrupted run
			// left (".<name>.tmp-*"); other hidden files are the user's.
			_, current := files[rel]
			userHidden := strings.HasPrefix(e.Name(), ".") && !strings.Contains(e.Name(), ".tmp-")
			if current || e.IsDir() || userHidden {
				continue
			}
			if err := os.Remove(filepath.Join(dir, rel)); err != nil {
				return err
			}
		}
	}
	return nil
}
