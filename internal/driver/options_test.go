package driver

import (
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
	"github.com/libnix/libnix/internal/usage"
)

func TestParseArgs(t *testing.T) {
	cpus := runtime.NumCPU()
	def := func(o Options) *Options {
		if o.Jobs == 0 {
			o.Jobs = cpus
		}
		if o.Toolchain == "" {
			o.Toolchain = "host"
		}
		if o.Level == "" {
			o.Level = "cargo"
		}
		if o.Color == "" {
			o.Color = "auto"
		}
		return &o
	}
	for _, tc := range []struct {
		args []string
		want *Options
		err  string
	}{
		{args: nil, want: def(Options{})},
		{args: []string{"--release", "-p", "app", "--package=lib", "--bin", "a", "-F", "x,y", "--features", "z"},
			want: def(Options{Cargo: cargo.BuildFlags{Release: true, Packages: []string{"app", "lib"}, Bins: []string{"a"}, Features: []string{"x,y", "z"}}})},
		{args: []string{"-j2", "-papp", "-Ffancy", "-q"},
			want: def(Options{Jobs: 2, Level: "errors", Cargo: cargo.BuildFlags{Packages: []string{"app"}, Features: []string{"fancy"}}})},
		{args: []string{"--jobs", "3", "-v", "--keep-going", "--toolchain", "pkgs", "--color=never", "--offline"},
			want: def(Options{Jobs: 3, Level: "verbose", KeepGoing: true, Toolchain: "pkgs", Color: "never", Offline: true})},
		{args: []string{"--manifest-path", "a/Cargo.toml", "--profile", "fast", "--target", "x86_64-unknown-linux-musl", "--all-features", "--no-default-features", "--locked", "--workspace", "--lib", "--example", "e"},
			want: def(Options{Cargo: cargo.BuildFlags{ManifestPath: "a/Cargo.toml", Profile: "fast", Target: "x86_64-unknown-linux-musl",
				AllFeatures: true, NoDefaultFeatures: true, Locked: true, Workspace: true, Lib: true, Examples: []string{"e"}}})},
		{args: []string{"--release", "--", "--show-trace", "-v", "--release"},
			want: def(Options{Cargo: cargo.BuildFlags{Release: true}, NixArgs: []string{"--show-trace", "-v", "--release"}})},
		{args: []string{"--release", "--profile", "x"}, err: "--release: conflicts with --profile"},
		{args: []string{"-v", "-q"}, err: "--verbose: conflicts with --quiet"},
		{args: []string{"-j", "0"}, err: `--jobs "0": must be at least 1`},
		{args: []string{"-j", "two"}, err: `-j "two": must be a whole number`},
		{args: []string{"--toolchain", "fenix"}, err: `--toolchain "fenix": must be host or pkgs`},
		{args: []string{"--color", "sometimes"}, err: `--color "sometimes": must be auto, always or never`},
		{args: []string{"--frobnicate"}, err: "--frobnicate: unknown option"},
		{args: []string{"build"}, err: "build: unexpected argument (nix-build arguments go after --)"},
	} {
		got, err := ParseArgs(tc.args)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("ParseArgs(%q) error %v, want %q", tc.args, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseArgs(%q): %v", tc.args, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseArgs(%q) =\n %+v\nwant\n %+v", tc.args, got, tc.want)
		}
	}
	if _, err := ParseArgs([]string{"--help"}); err != usage.ErrHelp {
		t.Errorf("--help: %v", err)
	}
}

func FuzzParseArgs(f *testing.F) {
	for _, s := range []string{"", "--release -p app", "-j2 -- --show-trace", "-v -q", "--color=always --toolchain pkgs", "-Ffoo,bar --bin x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Fields(s)
		o, err := ParseArgs(args)
		if err != nil {
			return
		}
		if o.Jobs < 1 || (o.Level != "cargo" && o.Level != "verbose" && o.Level != "errors") {
			t.Fatalf("ParseArgs(%q) accepted %+v", args, o)
		}
		// Everything after the first -- reaches nix-build untouched.
		for i, a := range args {
			if a == "--" {
				if !reflect.DeepEqual(o.NixArgs, args[i+1:]) && len(args[i+1:]) > 0 {
					t.Fatalf("ParseArgs(%q): nix args %q", args, o.NixArgs)
				}
				break
			}
		}
	})
}

// TestNixJobs: -j N gives Nix N cores and one build more than N at once, so
// its own work between two builds leaves no CPU idle; -j 1 stays serial.
func TestNixJobs(t *testing.T) {
	for cpus, want := range map[int]int{1: 1, 2: 3, 8: 9} {
		if got := nixJobs(cpus); got != want {
			t.Errorf("nixJobs(%d) = %d, want %d", cpus, got, want)
		}
	}
}
