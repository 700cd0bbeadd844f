package cargo

import (
	"reflect"
	"testing"
)

const linuxProbe = `___
lib___.rlib
lib___.so
lib___.so
lib___.a
lib___.so
/opt/rust
off
packed
unpacked
___
debug_assertions
proc_macro
target_os="linux"
unix
`

func TestParseProbe(t *testing.T) {
	tests := []struct {
		name, stdout, stderr string
		want                 *TargetInfo
		wantErr              bool
	}{
		{
			name:   "linux",
			stdout: linuxProbe,
			want: &TargetInfo{
				FileNames: map[string]*FileName{
					"bin": {"", ""}, "rlib": {"lib", ".rlib"}, "dylib": {"lib", ".so"},
					"cdylib": {"lib", ".so"}, "staticlib": {"lib", ".a"}, "proc-macro": {"lib", ".so"},
				},
				Sysroot:        "/opt/rust",
				SplitDebuginfo: []string{"off", "packed", "unpacked"},
				Cfg:            []string{"debug_assertions", `target_os="linux"`, "unix"},
			},
		},
		{
			name:   "unsupported dylib and proc-macro",
			stdout: "___.wasm\nlib___.rlib\n___.wasm\nlib___.a\n/opt/rust\n___\ntarget_family=\"wasm\"\n",
			stderr: "warning: dropping unsupported crate type `dylib` for target `wasm32-unknown-unknown`\nwarning: dropping unsupported crate type `proc-macro` for target `wasm32-unknown-unknown`\n",
			want: &TargetInfo{
				FileNames: map[string]*FileName{
					"bin": {"", ".wasm"}, "rlib": {"lib", ".rlib"}, "dylib": nil,
					"cdylib": {"", ".wasm"}, "staticlib": {"lib", ".a"}, "proc-macro": nil,
				},
				Sysroot: "/opt/rust",
				Cfg:     []string{`target_family="wasm"`},
			},
		},
		{name: "truncated", stdout: "___\nlib___.rlib\n", wantErr: true},
		{name: "relative sysroot", stdout: "___\na___\nb___\nc___\nd___\ne___\nrust\n___\n", wantErr: true},
		{name: "no delimiter", stdout: "___\na___\nb___\nc___\nd___\ne___\n/r\noff\n", wantErr: true},
		{name: "no crate name", stdout: "x\n", wantErr: true},
	}
	for _, tt := range tests {
		got, err := ParseProbe(tt.stdout, tt.stderr)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: error = %v, wantErr %v", tt.name, err, tt.wantErr)
			continue
		}
		if err == nil && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestParseRustcVersion(t *testing.T) {
	out := "rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\ncommit-hash: 5980\ncommit-date: 2026-04-14\nhost: x86_64-unknown-linux-gnu\nrelease: 1.95.0\nLLVM version: 22.1.2\n"
	v, err := ParseRustcVersion(out)
	if err != nil {
		t.Fatal(err)
	}
	want := &RustcVersion{Verbose: out, Release: "1.95.0", CommitHash: "5980", CommitDate: "2026-04-14", Host: "x86_64-unknown-linux-gnu", LLVM: "22.1.2"}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("got %+v, want %+v", v, want)
	}
	if _, err := ParseRustcVersion("rustc 1.0\n"); err == nil {
		t.Error("no host line: want an error")
	}
}

func FuzzParseProbe(f *testing.F) {
	f.Add(linuxProbe, "")
	f.Add("___.wasm\n/r\n___\n", "unsupported crate type `rlib`")
	f.Fuzz(func(t *testing.T, stdout, stderr string) {
		ParseProbe(stdout, stderr) // must not panic
	})
}

func FuzzParseRustcVersion(f *testing.F) {
	f.Add("host: x\nrelease: 1\n")
	f.Add("LLVM version: : :\n")
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := ParseRustcVersion(s); err == nil && (v.Host == "" || v.Release == "") {
			t.Errorf("accepted %q without host or release", s)
		}
	})
}
