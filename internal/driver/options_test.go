package driver

import (
	"reflect"
	"runtime"
	"slices"
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
		if o.Command == "" {
			o.Command = "build"
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
		{args: []string{"--release", "--nix-arg", "--show-trace", "--nix-option", "cores", "2", "--nix-arg=-v"},
			want: def(Options{Cargo: cargo.BuildFlags{Release: true}, NixArgs: []string{"--show-trace", "--option", "cores", "2", "-v"}})},
		{args: []string{"build", "-q"}, want: def(Options{Level: "errors"})},
		{args: []string{"test", "--no-run", "--no-fail-fast", "--", "--exact", "--", "x"},
			want: def(Options{Command: "test", Cargo: cargo.BuildFlags{Command: "test"}, NoRun: true, NoFailFast: true, Args: []string{"--exact", "--", "x"}})},
		{args: []string{"test", "counts", "--test", "cli", "--doc"},
			want: def(Options{Command: "test", Cargo: cargo.BuildFlags{Command: "test", TestName: "counts", Tests: []string{"cli"}, Doc: true}})},
		{args: []string{"test", "--rerun", "--on-host"}, want: def(Options{Command: "test", Cargo: cargo.BuildFlags{Command: "test"}, Rerun: true, OnHost: true})},
		{args: []string{"run", "--rerun"}, err: "unexpected argument '--rerun' found"},
		{args: []string{"test", "a", "b"}, err: "unexpected argument 'b' found"},
		{args: []string{"test", "--doc", "--no-run"}, err: "can't skip running doc tests with --no-run"},
		{args: []string{"build", "--doc"}, err: "--doc: only cargo test takes it"},
		{args: []string{"run", "--bin", "app", "--nix-arg", "-K", "--", "--nix-arg", "a b"},
			want: def(Options{Command: "run", Cargo: cargo.BuildFlags{Bins: []string{"app"}}, NixArgs: []string{"-K"}, Args: []string{"--nix-arg", "a b"}})},
		{args: []string{"--", "--show-trace"}, err: "unexpected argument '--show-trace' found"},
		{args: []string{"build", "--no-run"}, err: "unexpected argument '--no-run' found"},
		{args: []string{"--nix-option", "cores"}, err: "a value is required for '--nix-option <NAME> <VALUE>' but none was supplied"},
		{args: []string{"run", "--bin", "a", "--bin", "b"}, err: "`cargo run` can run at most one executable, but multiple were specified"},
		{args: []string{"run", "--all-targets"}, err: "unexpected argument '--all-targets' found"},
		{args: []string{"--release", "--profile", "x"}, err: "the argument '--release' cannot be used with '--profile <PROFILE-NAME>'"},
		{args: []string{"-v", "-q"}, err: "cannot set both --verbose and --quiet"},
		{args: []string{"-j", "0"}, err: "jobs may not be 0"},
		{args: []string{"-j", "two"}, err: "could not parse `two`. Number of parallel jobs should be `default` or a number."},
		{args: []string{"--toolchain", "fenix"}, err: "invalid value 'fenix' for '--toolchain <TOOLCHAIN>'\n  [possible values: host, pkgs]"},
		{args: []string{"--color", "sometimes"}, err: "invalid value 'sometimes' for '--color <WHEN>'\n  [possible values: auto, always, never]"},
		{args: []string{"--frobnicate"}, err: "unexpected argument '--frobnicate' found"},
		{args: []string{"build", "build"}, err: "unexpected argument 'build' found"},
		{args: []string{"-r", "-vv", "--frozen", "--target-dir", "t", "--config", "a.b=1", "-Zfoo", "-j", "-1", "-V"},
			want: def(Options{Cargo: cargo.BuildFlags{Release: true, Frozen: true, TargetDir: "t", Config: []string{"a.b=1"}, Unstable: []string{"foo"}},
				Jobs: max(cpus-1, 1), Level: "verbose", VeryVerbose: true, Offline: true, Version: true})},
		{args: []string{"-j", "default"}, want: def(Options{})},
		{args: []string{"build", "--"}, want: def(Options{Args: []string{}})}, // as cargo build --
	} {
		got, err := ParseArgs(tc.args, noEnv)
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
	if _, err := ParseArgs([]string{"--help"}, noEnv); err != usage.ErrHelp {
		t.Errorf("--help: %v", err)
	}
}

func noEnv(string) (string, bool) { return "", false }

func FuzzParseArgs(f *testing.F) {
	for _, s := range []string{"", "--release -p app", "test -j2 -- --show-trace", "run -- -v -q", "--nix-option a b --nix-arg c", "--color=always --toolchain pkgs", "-Ffoo,bar --bin x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Fields(s)
		o, err := ParseArgs(args, noEnv)
		if err != nil {
			return
		}
		if o.Jobs < 1 || (o.Level != "cargo" && o.Level != "verbose" && o.Level != "errors") {
			t.Fatalf("ParseArgs(%q) accepted %+v", args, o)
		}
		// Everything after the first -- reaches the tests or the program
		// untouched.
		if i := slices.Index(args, "--"); i >= 0 && !slices.Equal(o.Args, args[i+1:]) {
			t.Fatalf("ParseArgs(%q): args after -- %q", args, o.Args)
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

// TestParseArgsEnv: CARGO_TERM_* set the defaults of --color, --verbose and
// --quiet, and a flag overrides them, as with cargo.
func TestParseArgsEnv(t *testing.T) {
	for _, tc := range []struct {
		env   map[string]string
		args  []string
		level string
		color string
		err   string
	}{
		{env: map[string]string{"CARGO_TERM_VERBOSE": "true"}, level: "verbose", color: "auto"},
		{env: map[string]string{"CARGO_TERM_QUIET": "true", "CARGO_TERM_COLOR": "never"}, level: "errors", color: "never"},
		{env: map[string]string{"CARGO_TERM_COLOR": "never"}, args: []string{"--color", "always"}, level: "cargo", color: "always"},
		{env: map[string]string{"CARGO_TERM_COLOR": "bogus"}, err: "argument for --color must be auto, always, or never, but found `bogus`"},
		{env: map[string]string{"CARGO_TERM_QUIET": "yes"}, err: "error in environment variable `CARGO_TERM_QUIET`: provided string was not `true` or `false`"},
		{env: map[string]string{"CARGO_TERM_VERBOSE": "true", "CARGO_TERM_QUIET": "true"}, err: "cannot set both --verbose and --quiet"},
	} {
		env := func(k string) (string, bool) { v, ok := tc.env[k]; return v, ok }
		o, err := ParseArgs(tc.args, env)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%v %q: error %v, want %q", tc.env, tc.args, err, tc.err)
			}
			continue
		}
		if err != nil || o.Level != tc.level || o.Color != tc.color {
			t.Errorf("%v %q: %+v, %v; want level %s, color %s", tc.env, tc.args, o, err, tc.level, tc.color)
		}
	}
}

func TestRemoteBuilders(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, ""},
		{[]string{"--builders", "ssh://b x86_64-linux"}, "ssh://b x86_64-linux"},
		{[]string{"--show-trace", "--option", "builders", "ssh-ng://c"}, "ssh-ng://c"},
		{[]string{"--option", "builders", ""}, ""},
		{[]string{"--builders"}, ""},
	} {
		if got := remoteBuilders(tc.args); got != tc.want {
			t.Errorf("remoteBuilders(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

func TestHumanBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0B", 357: "357B", 1023: "1023B", 2355: "2.3KiB", 62810000: "59.9MiB"} {
		if got := humanBytes(n); got != want {
			t.Errorf("humanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestParseBuilders(t *testing.T) {
	got := parseBuilders("ssh://root@b x86_64-linux /k 2 1;ssh-ng://c\n# a comment\n\nlocal - - 4")
	want := []buildMachine{{"ssh://root@b", "/k"}, {"ssh-ng://c", ""}, {"local", ""}}
	if !slices.Equal(got, want) {
		t.Errorf("parseBuilders = %+v, want %+v", got, want)
	}
}

// FuzzParseBuilders: every machine read is a word of the specification.
func FuzzParseBuilders(f *testing.F) {
	f.Add("ssh://root@b x86_64-linux /k 2 1;ssh-ng://c\n# c")
	f.Fuzz(func(t *testing.T, spec string) {
		for _, m := range parseBuilders(spec) {
			if m.uri == "" || strings.ContainsAny(m.uri, " \t\n;") || !strings.Contains(spec, m.uri) || !strings.Contains(spec, m.key) {
				t.Fatalf("parseBuilders(%q) read %+v", spec, m)
			}
		}
	})
}
