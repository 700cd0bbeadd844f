package cargo

import (
	"reflect"
	"testing"
)

func TestLintFlags(t *testing.T) {
	ws := `[workspace.lints.rust]
unsafe_code = "forbid"
[workspace.lints.clippy]
all = { level = "warn", priority = -1 }
`
	tests := []struct {
		name, manifest string
		want           []string
		wantErr        bool
	}{
		{name: "none", manifest: "[package]\nname = \"a\"\n", want: []string{}},
		{
			name: "sorted by priority then name descending",
			manifest: `[lints.rust]
unsafe_code = "forbid"
unexpected_cfgs = { level = "warn", check-cfg = ["cfg(foo)", "cfg(bar, values(\"x\"))"] }
missing_docs = { level = "deny", priority = 2 }
[lints.clippy]
pedantic = { level = "allow", priority = -1 }
[lints.cargo]
ignored = "warn"
`,
			want: []string{"--allow=clippy::pedantic", "--forbid=unsafe_code", "--warn=unexpected_cfgs", "--deny=missing_docs", "--check-cfg", "cfg(foo)", "--check-cfg", `cfg(bar, values("x"))`},
		},
		{name: "workspace", manifest: "[lints]\nworkspace = true\n", want: []string{"--warn=clippy::all", "--forbid=unsafe_code"}},
		{name: "bad level", manifest: "[lints.rust]\nx = \"loud\"\n", wantErr: true},
	}
	wsm, err := DecodeManifest([]byte(ws))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		m, err := DecodeManifest([]byte(tt.manifest))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got, err := m.LintFlags(wsm)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: error = %v, wantErr %v", tt.name, err, tt.wantErr)
			continue
		}
		if err == nil && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestHarness(t *testing.T) {
	m, err := DecodeManifest([]byte("[lib]\nharness = false\n[[test]]\nname = \"it\"\nharness = false\n[[bin]]\nname = \"b\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind, name string
		want       bool
	}{
		{"lib", "x", false}, {"proc-macro", "x", false}, {"test", "it", false}, {"test", "other", true}, {"bin", "b", true},
	}
	for _, tt := range tests {
		if got := m.Harness(tt.kind, tt.name); got != tt.want {
			t.Errorf("Harness(%s, %s) = %v, want %v", tt.kind, tt.name, got, tt.want)
		}
	}
}

func FuzzDecodeManifest(f *testing.F) {
	f.Add("[lints.rust]\na = \"warn\"\n[lints]\nworkspace = true\n")
	f.Add("[profile.x]\ninherits = \"release\"\n[[bin]]\nname = \"b\"\nharness = false\n")
	f.Add("[lints.rust.unexpected_cfgs]\nlevel = \"warn\"\ncheck-cfg = [1]\n")
	f.Fuzz(func(t *testing.T, s string) {
		if m, err := DecodeManifest([]byte(s)); err == nil {
			m.LintFlags(m) // must not panic
		}
	})
}

func TestDefaultRun(t *testing.T) {
	for manifest, want := range map[string]string{
		"[package]\nname = \"a\"\n":                         "",
		"[package]\nname = \"a\"\ndefault-run = \"tool\"\n": "tool",
		"[workspace]\nmembers = [\"a\"]\n":                  "",
	} {
		m, err := DecodeManifest([]byte(manifest))
		if err != nil || m.DefaultRun != want {
			t.Errorf("%q: DefaultRun %q, %v; want %q", manifest, m.DefaultRun, err, want)
		}
	}
}
