package cargo

import "testing"

var linuxCfg = []string{"debug_assertions", `panic="unwind"`, `target_arch="x86_64"`, `target_os="linux"`, `target_family="unix"`, "unix"}

func TestParseCfg(t *testing.T) {
	tests := []struct {
		expr    string
		want    bool
		wantErr bool
	}{
		{expr: "cfg(unix)", want: true},
		{expr: "cfg(windows)", want: false},
		{expr: `cfg(target_os = "linux")`, want: true},
		{expr: `cfg(target_os="macos")`, want: false},
		{expr: `cfg(all(unix, target_arch = "x86_64"))`, want: true},
		{expr: `cfg(all(unix, target_arch = "aarch64"))`, want: false},
		{expr: `cfg(any(windows, target_os = "linux",))`, want: true},
		{expr: `cfg(not(windows))`, want: true},
		{expr: `cfg(all())`, want: true},
		{expr: `cfg(any())`, want: false},
		{expr: `cfg(not(unix, windows))`, wantErr: true},
		{expr: `unix`, wantErr: true},
		{expr: `cfg(target_os = linux)`, wantErr: true},
		{expr: `cfg(target_os = "linux)`, wantErr: true},
		{expr: `cfg(unix windows)`, wantErr: true},
		{expr: `cfg()`, wantErr: true},
	}
	for _, tt := range tests {
		e, err := ParseCfg(tt.expr)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseCfg(%q) error = %v, wantErr %v", tt.expr, err, tt.wantErr)
			continue
		}
		if err == nil && e.Matches(linuxCfg) != tt.want {
			t.Errorf("ParseCfg(%q).Matches = %v, want %v", tt.expr, !tt.want, tt.want)
		}
	}
}

func FuzzParseCfg(f *testing.F) {
	for _, s := range []string{"cfg(unix)", `cfg(all(unix, target_os = "linux"))`, `cfg(not(any(a,b,)))`, "cfg(", `cfg(a="`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseCfg(s)
		if err == nil {
			e.Matches(linuxCfg) // must not panic
		}
	})
}
