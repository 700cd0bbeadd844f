package buildscript

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

// allBytes is every byte a value can hold: all of ASCII except NUL and '\n'
// (which ends the line), and UTF-8 beyond it. The x's keep trimming away.
func allBytes() string {
	var b strings.Builder
	b.WriteString("x")
	for c := 1; c < 0x80; c++ {
		if c != '\n' {
			b.WriteByte(byte(c))
		}
	}
	b.WriteString("é€😀\u00a0\u2028\uFFFD\U0010FFFFx")
	return b.String()
}

// bashRead reads an argument file into an array with bash's mapfile, the
// builders' way (never evaluating it), and runs use on "${a[@]}".
func bashRead(t *testing.T, bash, file, use string) []byte {
	t.Helper()
	cmd := exec.Command(bash, "-c", `mapfile -d "" -t a < "$1" && `+use, "bash", file)
	cmd.Dir = t.TempDir()
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("bash reading %s: %v", file, err)
	}
	return out
}

func TestHostileValues(t *testing.T) {
	bash := testenv.NeedTool(t, "bash")
	pwned := filepath.Join(t.TempDir(), "pwned")
	hostile := []string{
		`"double" 'single' \"esc\" \\ \n \t`,
		"$HOME ${HOME} ${PATH:?x} $((1+1)) $'\\x41'",
		"$(touch " + pwned + ") `touch " + pwned + "` ;touch " + pwned + " | touch " + pwned + " && touch " + pwned,
		"a b\tc\rd\ve\ff",
		"-l foo -L bar --cfg x",
		"*?[a-z]{a,b}~!#%^&()<>|",
		allBytes(),
	}
	var input strings.Builder
	for _, v := range hostile {
		for _, ins := range []string{"cargo::rustc-cfg=", "cargo::rustc-check-cfg=", "cargo::rustc-env=V=", "cargo::rustc-link-lib=",
			"cargo::rustc-link-search=", "cargo::rustc-link-arg=", "cargo::warning=", "cargo:key=", "cargo::metadata=k="} {
			input.WriteString(ins + v + "\n")
		}
	}
	// A newline cannot be embedded: it ends the line, the rest is not an instruction.
	input.WriteString("cargo::rustc-cfg=before\nafter=1\n")

	p := &Package{Name: "evil", Version: "6.6.6", Links: "evil"}
	res := process(t, &ScriptRun{Package: p, Name: "hostile", Stdout: []byte(input.String())}, Options{})
	if res.failed {
		t.Fatalf("failed: %s", res.stderr)
	}
	want := map[string][]string{}
	for _, v := range hostile {
		want["rustc-args"] = append(want["rustc-args"], "--cfg", v)
		want["env"] = append(want["env"], "V="+v)
		want["link-lib"] = append(want["link-lib"], "-l", v)
		want["link-search-other"] = append(want["link-search-other"], "-L", v)
		want["link-arg.lib"] = append(want["link-arg.lib"], "-C", "link-arg="+v)
		want["warnings"] = append(want["warnings"], v)
	}
	want["rustc-args"] = append(want["rustc-args"], "--cfg", "before")
	for _, v := range hostile {
		want["rustc-args"] = append(want["rustc-args"], "--check-cfg", v)
	}
	want["dep-env"] = []string{"DEP_EVIL_KEY=" + hostile[len(hostile)-1], "DEP_EVIL_K=" + hostile[len(hostile)-1]}

	for name, records := range want {
		if got := res.view[name]; !slices.Equal(got, records) {
			t.Errorf("%s:\n%q\nwant\n%q", name, got, records)
		}
		// Byte-exact through bash's mapfile, as the builders read them.
		file := filepath.Join(res.dir, name)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if back := bashRead(t, bash, file, `printf "%s\0" "${a[@]}"`); !bytes.Equal(back, data) {
			t.Errorf("%s: bash read back\n%q\nwant\n%q", name, back, data)
		}
	}
	// The env file used as the builder uses it: env "${a[@]}" rustc …
	got := bashRead(t, bash, filepath.Join(res.dir, "env"), `env -i "${a[@]}" printenv V`)
	if want := hostile[len(hostile)-1] + "\n"; string(got) != want {
		t.Errorf("env V = %q, want %q", got, want)
	}
	if _, err := os.Stat(pwned); err == nil {
		t.Fatalf("a value was executed: %s exists", pwned)
	}
}

// A NUL is valid UTF-8 but cannot be an argv element: rejected, nothing written.
func TestNULValueRejected(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stderr bytes.Buffer
	r := &ScriptRun{Package: &Package{Name: "n", Version: "1.0.0"}, Name: "out.txt", Stdout: []byte("cargo::rustc-env=A=x\x00y\n")}
	err := Process(r, Options{OutDir: dir}, &bytes.Buffer{}, &stderr)
	if err == nil || errors.Is(err, ErrFailed) {
		t.Fatalf("err = %v, want a NUL error", err)
	}
	if want := `out.txt: env: value "A=x\x00y" contains a NUL byte, which cannot be passed as an argument`; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("%s was written", dir)
	}
}

func TestWriteDir(t *testing.T) {
	base := t.TempDir()
	files := []File{{"a", []byte("1\x00")}, {"b", nil}}
	empty := filepath.Join(base, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Join(base, "new"), empty} {
		if err := WriteDir(dir, files); err != nil {
			t.Fatalf("WriteDir(%s): %v", dir, err)
		}
		if got := readView(t, dir); !slices.Equal(got["a"], []string{"1"}) || len(got) != 1 {
			t.Errorf("%s: %q", dir, got)
		}
	}
	if err := WriteDir(empty, files); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("non-empty dir: err = %v", err)
	}
	if err := WriteDir(filepath.Join(base, "missing", "x"), files); err == nil {
		t.Errorf("missing parent: no error")
	}
	entries, _ := os.ReadDir(base)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary %s left behind", e.Name())
		}
	}
}
