package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	for _, tc := range []struct{ got, want, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"", "", ""},
		{"a\nb\n", "a\nc\n", `line 2: the output has "b\n", the file "c\n"`},
		{"a\n", "a\nb\n", `line 2: the output has "", the file "b\n"`},
		{"a\nb", "a\n", `line 2: the output has "b", the file ""`},
		{"a", "a\n", `line 1: the output has "a", the file "a\n"`},
	} {
		if got := firstDiff([]byte(tc.got), []byte(tc.want)); got != tc.diff {
			t.Errorf("firstDiff(%q, %q) = %q, want %q", tc.got, tc.want, got, tc.diff)
		}
	}
}

// TestCheckDirUpdate: with -update, CheckDir writes every file, creating
// directories, and removes the ones no longer written.
func TestCheckDirUpdate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "golden")
	defer func(u bool) { *update = u }(*update)
	*update = true
	CheckDir(t, dir, map[string][]byte{"a": []byte("1"), "sub/b": []byte("2")})
	CheckDir(t, dir, map[string][]byte{"sub/b": []byte("3")})
	if _, err := os.Stat(filepath.Join(dir, "a")); !os.IsNotExist(err) {
		t.Errorf("a was not removed: %v", err)
	}
	*update = false
	CheckDir(t, dir, map[string][]byte{"sub/b": []byte("3")})
}
