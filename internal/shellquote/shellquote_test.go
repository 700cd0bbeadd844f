package shellquote

import (
	"os/exec"
	"testing"
)

func TestWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain/path-1.0_x=y,z+", "plain/path-1.0_x=y,z+"},
		{"", "''"},
		{"a b", "'a b'"},
		{"it's", `'it'\''s'`},
		{"${HOME}", "'${HOME}'"},
		{"new\nline", "'new\nline'"},
		{"ünï", "ünï"},
	} {
		if got := Word(tc.in); got != tc.want {
			t.Errorf("Word(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCommand: a Running line quotes as cargo's shell-escape does, the
// program left as it is.
func TestCommand(t *testing.T) {
	got := Command([]string{"CARGO_PKG_NAME=app", "CARGO_PKG_AUTHORS=", "X=a b"}, []string{"target/debug/app", "a", "b c", "", "it's", "--x=1,2/3.4+5", "$HOME", "ü"})
	want := `CARGO_PKG_NAME=app CARGO_PKG_AUTHORS='' X='a b' target/debug/app a 'b c' '' 'it'\''s' --x=1,2/3.4+5 '$HOME' ü`
	if got != want {
		t.Errorf("Command = %s\nwant %s", got, want)
	}
}

// FuzzWord: sh reads every quoted word back as the word itself.
func FuzzWord(f *testing.F) {
	for _, s := range []string{"", "a b", "it's", "$(x)", "`x`", "\\", "'\"'"} {
		f.Add(s)
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		f.Skip("no sh")
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] == 0 {
				return // no shell word holds a NUL
			}
		}
		out, err := exec.Command(sh, "-c", "printf %s "+Word(s)).Output()
		if err != nil || string(out) != s {
			t.Fatalf("sh read %q back as %q (%v)", s, out, err)
		}
	})
}
