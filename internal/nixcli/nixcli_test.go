package nixcli

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/testenv"
)

func TestParseVersion(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Version
		err  bool
	}{
		{in: "nix-build (Nix) 2.8.0\n", want: Version{2, 8, 0}},
		{in: "nix-build (Nix) 2.26.3", want: Version{2, 26, 3}},
		{in: "nix-build (Nix) 2.18.1pre20230901_abcdef\n", want: Version{2, 18, 1}},
		{in: "nix-build (Nix) 2.3", want: Version{2, 3, 0}},
		{in: "nix-build (Lix, like Nix) 2.90.0\nSystem type: x86_64-linux\n", want: Version{2, 90, 0}},
		{in: "", err: true},
		{in: "nix-build", err: true},
		{in: "bash: nix-build: command not found", err: true},
		{in: "nix-build (Nix) two.eight", err: true},
		{in: "nix-build (Nix) 99999999999999999999.1", err: true},
	} {
		got, err := ParseVersion(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParseVersion(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestLess(t *testing.T) {
	for _, tc := range []struct {
		v, w Version
		want bool
	}{
		{Version{2, 7, 9}, MinVersion, true},
		{Version{1, 99, 0}, MinVersion, true},
		{Version{2, 8, 0}, MinVersion, false},
		{Version{2, 10, 0}, MinVersion, false},
		{Version{3, 0, 0}, MinVersion, false},
	} {
		if got := tc.v.Less(tc.w); got != tc.want {
			t.Errorf("%v.Less(%v) = %v", tc.v, tc.w, got)
		}
	}
}

func TestArgs(t *testing.T) {
	v := Version{2, 8, 0}
	for _, tc := range []struct {
		name string
		b    Build
		want string
	}{
		{"minimal", Build{Entry: "/p/nix", Attr: "all", OutLink: "/p/gc/result"},
			"/p/nix -A all --out-link /p/gc/result"},
		{"everything", Build{Entry: "/p/nix", Attr: "all", OutLink: "/p/gc/result",
			SandboxPaths: []string{"/bin", "/usr"}, MaxJobs: 4, Cores: 3, KeepGoing: true, Offline: true, JSONLog: true,
			Args: []string{"pkgs", "import <nixpkgs> { }"}, Extra: []string{"--show-trace"}},
			"/p/nix -A all --out-link /p/gc/result --arg pkgs |import <nixpkgs> { }| --max-jobs 4 --cores 3 --keep-going " +
				"--option substituters || --option sandbox true --option sandbox-paths |/bin /usr| --option sandbox-fallback false " +
				"--log-format internal-json --show-trace"},
	} {
		var words []string
		for _, a := range v.Args(tc.b) {
			if a == "" || strings.Contains(a, " ") {
				a = "|" + a + "|"
			}
			words = append(words, a)
		}
		if got := strings.Join(words, " "); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func TestVersionOutput(t *testing.T) {
	if _, err := VersionOutput(context.Background(), "/nonexistent/nix-build"); err == nil ||
		!strings.Contains(err.Error(), "/nonexistent/nix-build: not found") {
		t.Errorf("missing nix-build: %v", err)
	}
	if _, err := Supported("nix-build", "nix-build (Nix) 2.3.16\n"); err == nil || !strings.Contains(err.Error(), "Nix 2.3.16 is too old") {
		t.Errorf("Nix 2.3: %v", err)
	}
	testenv.NeedNix(t)
	out, err := VersionOutput(context.Background(), "nix-build")
	if err != nil {
		t.Fatal(err)
	}
	v, err := Supported("nix-build", out)
	if err != nil {
		t.Fatal(err)
	}
	if v.Less(MinVersion) || reflect.DeepEqual(v, Version{}) {
		t.Errorf("Supported(%q) = %v", out, v)
	}
}

func FuzzParseVersion(f *testing.F) {
	for _, s := range []string{"nix-build (Nix) 2.8.0\n", "nix-build (Nix) 2.18.1pre20230901_abc", "nix 2", "", "nix-build (Nix) 2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseVersion(s)
		if err != nil {
			return
		}
		if v.Major < 0 || v.Minor < 0 || v.Patch < 0 {
			t.Fatalf("negative version %v from %q", v, s)
		}
		// The printed form parses back to the same version.
		if w, err := ParseVersion("nix-build (Nix) " + v.String()); err != nil || w != v {
			t.Fatalf("round trip of %v: %v, %v", v, w, err)
		}
	})
}
