package nixlog

import (
	"slices"
	"strings"
	"testing"
)

func TestParseCargo(t *testing.T) {
	tests := []struct {
		name  string
		line  string
		ok    bool
		check func(t *testing.T, m *CargoMsg)
	}{
		{"v2 start", `@cargo {"v":2,"type":"start","unit":"u1","crate":"demo","version":"0.1.0","kind":"bin","target":"demo","mode":"build","local":true}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Version != 2 || m.Type != CargoStart || m.Crate != "demo" || m.PkgVersion != "0.1.0" || m.Kind != "bin" || !m.Local || m.Unit != "u1" {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 diagnostic", `@cargo {"v":2,"type":"diagnostic","unit":"u1","message":{"$message_type":"diagnostic","level":"warning","message":"unused","code":{"code":"unused_variables"},"rendered":"warning: unused\n"}}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoDiagnostic || len(m.Diagnostics) != 1 || m.Diagnostics[0].Rendered != "warning: unused\n" || m.Diagnostics[0].Code != "unused_variables" {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 buildscript", `@cargo {"v":2,"type":"buildscript","unit":"u","level":"warning","text":"hi","crate":"c","version":"1.0.0"}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoBuildScript || m.Text != "hi" || m.Level != "warning" {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 command", `@cargo {"v":2,"type":"command","unit":"u","env":["A=b"],"argv":["rustc","x"]}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoCommand || !slices.Equal(m.Env, []string{"A=b"}) || !slices.Equal(m.Argv, []string{"rustc", "x"}) {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 command without a program", `@cargo {"v":2,"type":"command","unit":"u","env":[],"argv":[]}`, false, nil},
		{"v2 finish, cancelled", `@cargo {"v":2,"type":"finish","unit":"u","exit":1,"cancelled":true}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoFinish || !m.Cancelled || m.Stale {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 finish", `@cargo {"v":2,"type":"finish","unit":"u","exit":101,"error":"boom"}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoFinish || m.Exit != 101 || m.Error != "boom" {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 stale finish", `@cargo {"v":2,"type":"finish","unit":"u","exit":1,"stale":true}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoFinish || m.Exit != 1 || !m.Stale {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 stale success is no stale", `@cargo {"v":2,"type":"finish","unit":"u","exit":0,"stale":true}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoFinish || m.Stale {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 unknown type", `@cargo {"v":2,"type":"later","unit":"u"}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoOther {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 diagnostic without message", `@cargo {"v":2,"type":"diagnostic","unit":"u"}`, false, nil},
		{"v2 diagnostic, not rustc's", `@cargo {"v":2,"type":"diagnostic","unit":"u","message":{"$message_type":"artifact","message":"m"}}`, false, nil},
		{"v2 a field of another message is ignored", `@cargo {"v":2,"type":"start","unit":"u","exit":"x","messages":5}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoStart || m.Exit != 0 || m.Unit != "u" {
					t.Errorf("%+v", m)
				}
			}},
		{"v2 field of the wrong type", `@cargo {"v":2,"type":"finish","unit":"u","exit":"x"}`, false, nil},
		{"v2 numeric type", `@cargo {"v":2,"type":0}`, false, nil},
		{"v3", `@cargo {"v":3,"type":"start"}`, false, nil},
		{"v1 start with spaces", `@cargo { "type":0, "crate_name":"bar", "crate_type":"(build.rs run)" }`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Version != 1 || m.Type != CargoStart || m.Crate != "bar" || m.Kind != "build-script-run" {
					t.Errorf("%+v", m)
				}
			}},
		{"v1 rustc finish", `@cargo {"type":2,"crate_name":"baz","crate_type":"(bin)","rustc_exit_code":1,"rustc_messages":[{"$message_type":"diagnostic","message":"m","level":"error","rendered":"error: m\n"},{"$message_type":"artifact","artifact":"x"}]}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoFinish || m.Exit != 1 || len(m.Diagnostics) != 1 || m.Kind != "bin" {
					t.Errorf("%+v", m)
				}
			}},
		{"v1 build script finish", `@cargo {"type":3,"crate_name":"bar","exit_code":1,"messages":["notice","stderr"]}`, true,
			func(t *testing.T, m *CargoMsg) {
				if m.Type != CargoFinish || m.Exit != 1 || len(m.Output) != 2 {
					t.Errorf("%+v", m)
				}
			}},
		{"not json", `@cargo hello`, false, nil},
		{"no prefix", `cargo {"type":0}`, false, nil},
		{"no type", `@cargo {"crate_name":"x"}`, false, nil},
		{"array", `@cargo [1]`, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := ParseCargo(tt.line)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok {
				tt.check(t, m)
			}
		})
	}
}

func FuzzParseCargo(f *testing.F) {
	for _, s := range []string{
		`@cargo {"v":2,"type":"start","crate":"demo"}`,
		`@cargo {"type":2,"rustc_messages":[{"message":"m","level":"error"}]}`,
		`@cargo {"v":2,"type":"diagnostic","message":{"message":"x","rendered":null}}`,
		`@cargo { "type":0, "crate_name":"x", "crate_type":"" }`,
		`@cargo {"v":2,"type":"command","unit":"u","env":["A=b"],"argv":["rustc"]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		m, ok := ParseCargo(line)
		if ok && m.Version != 1 && m.Version != 2 {
			t.Fatalf("version %d", m.Version)
		}
	})
}

func TestUnitFromDrvName(t *testing.T) {
	tests := []struct{ name, crate, version, kind string }{
		{"foo-0_1_0-aaaa", "foo", "0.1.0", "lib"},
		{"bar-0_2_0-script_build_run-bbbb", "bar", "0.2.0", "build-script-run"},
		{"curl-sys-0_4_80_plus_curl-8_12_1-script_build-1ca15d2b5c594c8c", "curl-sys", "0.4.80+curl-8.12.1", "build-script"},
		{"demo-1_0_0-beta_1-bin-0123456789abcdef", "demo", "1.0.0-beta.1", "bin"},
		{"other-thing", "foo", "", ""},
		{"foo-bar", "foo", "", ""},
	}
	for _, tt := range tests {
		v, k := unitFromDrvName(tt.name, tt.crate)
		if v != tt.version || k != tt.kind {
			t.Errorf("unitFromDrvName(%q, %q) = %q, %q; want %q, %q", tt.name, tt.crate, v, k, tt.version, tt.kind)
		}
	}
}

func TestLibnixUnit(t *testing.T) {
	for _, tc := range []struct{ name, crate, version, kind string }{
		{"1-04-app-0.3.1-beta.2-bin-eabbd425", "app", "0.3.1-beta.2", "bin"},
		{"0-00-text-utils-0.2.0-build-script-compile-dd965ea2", "text-utils", "0.2.0", "build-script-compile"},
		{"0-01-libc-0.2.139-build-script-run-f82482e9", "libc", "0.2.139", "build-script-run"},
		{"0-00-macros-0.1.0-proc-macro-2fa86dc6", "macros", "0.1.0", "proc-macro"},
		{"1-02-serde-1.0.0+build.5-lib-0123abcd", "serde", "1.0.0+build.5", "lib"},
		{"par-a-0.1", "", "", ""},
		{"1-04-app-0.3.1-bin-EABBD425", "", "", ""},
	} {
		crate, version, kind, ok := LibnixUnit(tc.name)
		if ok != (tc.crate != "") || crate != tc.crate || version != tc.version || kind != tc.kind {
			t.Errorf("LibnixUnit(%q) = %q %q %q %v", tc.name, crate, version, kind, ok)
		}
	}
}

// FuzzLibnixUnit: what it reads from a name is in the name, in order.
func FuzzLibnixUnit(f *testing.F) {
	f.Add("1-04-app-0.3.1-beta.2-bin-eabbd425")
	f.Add("0-00-a-b-1.2.3-build-script-run-00000000")
	f.Fuzz(func(t *testing.T, name string) {
		crate, version, kind, ok := LibnixUnit(name)
		if ok && !strings.Contains(name, "-"+crate+"-"+version+"-"+kind+"-") {
			t.Fatalf("LibnixUnit(%q) = %q %q %q", name, crate, version, kind)
		}
	})
}
