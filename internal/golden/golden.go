// Package golden compares a test's output with checked-in files under the
// package's testdata/, or rewrites them: `go test ./internal/X -update`
// rewrites X's golden files, and `git diff` shows what changed. It is the
// one definition of the -update flag, so only tests may import it.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Update reports whether the test runs with -update, for a test that must
// record something other than a Check (a re-recorded input).
func Update() bool { return *update }

// Check compares got with the file at path; with -update it writes got
// there instead, creating the directories.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if d := firstDiff(got, want); d != "" {
		t.Errorf("%s differs from the output (go test -update rewrites it; review the diff): %s", path, d)
	}
}

// CheckDir compares the files below dir with files (by slash-separated
// path relative to dir): the same names, each with the same content. With
// -update it writes them and removes the files below dir that are not in
// files.
func CheckDir(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	have := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		have[filepath.ToSlash(rel)] = true
		return err
	})
	if err != nil && !(*update && os.IsNotExist(err)) {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		Check(t, filepath.Join(dir, filepath.FromSlash(name)), files[name])
	}
	for _, name := range slices.Sorted(maps.Keys(have)) {
		if _, ok := files[name]; ok {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(name))
		if !*update {
			t.Errorf("%s is no longer written (go test -update removes it)", path)
		} else if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
	}
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// firstDiff describes the first line where got and want differ, or is ""
// when they are equal.
func firstDiff(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	// The texts differ, so some line before the last of either does, or a
	// last line (the text after the final newline) does.
	g, w := strings.SplitAfter(string(got), "\n"), strings.SplitAfter(string(want), "\n")
	i := 0
	for i < len(g)-1 && i < len(w)-1 && g[i] == w[i] {
		i++
	}
	return fmt.Sprintf("line %d: the output has %q, the file %q", i+1, g[i], w[i])
}
