package nixgen

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

var hostile = []string{
	"",
	"plain",
	`quote " and backslash \ and \" and \\"`,
	"${builtins.currentTime}",
	"$${x}",
	"$",
	"$$",
	"\\${x}",
	"$(touch /tmp/libnix-pwned)",
	"`touch /tmp/libnix-pwned`",
	"new\nline\r\n\ttab",
	"''${x}'' ''\\n",
	"path with spaces/and 'single' quotes",
	"unicode: é ✓ 🚀",
	"non-utf8: \xff\xfe\x80",
	"trailing backslash \\",
	"trailing dollar $",
}

func TestStrRejectsNUL(t *testing.T) {
	if _, err := Str("a\x00b"); err == nil {
		t.Fatal("Str accepted a NUL byte")
	}
}

func TestStrShape(t *testing.T) {
	for _, s := range hostile {
		q, err := Str(s)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ReplaceAll(q, `\$`, ""), "$") {
			t.Errorf("Str(%q) = %s has an unescaped $", s, q)
		}
		if strings.ContainsAny(q, "\n\r") {
			t.Errorf("Str(%q) = %s spans lines", s, q)
		}
	}
}

// TestStrRoundTripNix evaluates every escaped string with real Nix and
// compares the bytes Nix produces with the input.
func TestStrRoundTripNix(t *testing.T) {
	testenv.NeedNix(t)
	nix := testenv.NeedTool(t, "nix")
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("[\n")
	for _, s := range hostile {
		b.WriteString("  " + quote(s) + "\n")
	}
	b.WriteString("]\n")
	file := filepath.Join(dir, "strings.nix")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, s := range hostile {
		expr := "builtins.elemAt (import " + file + ") " + itoa(i)
		out, err := exec.Command(nix, "--extra-experimental-features", "nix-command",
			"eval", "--impure", "--raw", "--expr", expr).Output()
		if err != nil {
			t.Fatalf("nix eval of %q: %v", s, err)
		}
		if string(out) != s {
			t.Errorf("round trip of %q gave %q", s, out)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestIdent(t *testing.T) {
	for in, want := range map[string]string{
		"serde":       "serde",
		"proc-macro2": "proc-macro2",
		"1abc":        `"1abc"`,
		"in":          `"in"`,
		"a.b":         `"a.b"`,
		"x y":         `"x y"`,
		"":            `""`,
		"${x}":        `"\${x}"`,
	} {
		if got := Ident(in); got != want {
			t.Errorf("Ident(%q) = %s, want %s", in, got, want)
		}
	}
}

// FuzzStr checks that the escaped form decodes back to the input under Nix's
// double-quoted string rules, without needing nix itself.
func FuzzStr(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Str(s)
		if strings.IndexByte(s, 0) >= 0 {
			if err == nil {
				t.Fatal("NUL accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		got, ok := decodeNixString(q)
		if !ok || got != s {
			t.Fatalf("Str(%q) = %s decodes to %q (ok=%v)", s, q, got, ok)
		}
	})
}

// decodeNixString is an independent reading of a Nix double-quoted literal:
// it fails on any unescaped '"' or interpolation inside the literal.
func decodeNixString(q string) (string, bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", false
	}
	body := q[1 : len(q)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch c {
		case '"':
			return "", false
		case '$':
			if i+1 < len(body) && body[i+1] == '{' {
				return "", false
			}
			b.WriteByte(c)
		case '\\':
			i++
			if i == len(body) {
				return "", false
			}
			switch body[i] {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(body[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// TestStrList: StrList's expression evaluates to the very strings, hostile
// ones included.
func TestStrList(t *testing.T) {
	ss := []string{"-D", "warnings", `"${builtins.currentTime}"`, "a\\b\n\tc", "", "é ${x} $y"}
	expr, err := StrList(ss)
	if err != nil {
		t.Fatal(err)
	}
	testenv.NeedNix(t)
	out, err := exec.Command("nix-instantiate", "--eval", "--strict", "--json", "-E", expr).Output()
	if err != nil {
		t.Fatalf("nix-instantiate --eval %s: %v", expr, err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil || !slices.Equal(got, ss) {
		t.Errorf("%s evaluates to %s, want %q", expr, out, ss)
	}
}
