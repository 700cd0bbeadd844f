package cargo

import (
	"reflect"
	"strings"
	"testing"
)

func TestFlagsForCargo(t *testing.T) {
	tests := []struct {
		name    string
		flags   BuildFlags
		command string
		args    string // buildArgs, space separated
		profile string
		err     string
	}{
		{name: "build", flags: BuildFlags{}, command: "build", profile: "dev"},
		{name: "test", flags: BuildFlags{Command: "test"}, command: "test", profile: "test"},
		{name: "test --release", flags: BuildFlags{Command: "test", Release: true}, command: "test", args: "--release", profile: "release"},
		{name: "test --profile", flags: BuildFlags{Command: "test", Profile: "dev"}, command: "test", args: "--profile dev", profile: "dev"},
		{name: "selection in cargo's spelling, TESTNAME last",
			flags: BuildFlags{Command: "test", Workspace: true, Exclude: []string{"a", "b"}, Lib: true, Bins: []string{"x"}, AllBins: true,
				AllExamples: true, Tests: []string{"cli", "it"}, AllTests: true, Benches: []string{"speed"}, AllBenches: true, TestName: "counts"},
			command: "test", profile: "test",
			args: "--workspace --exclude a --exclude b --lib --bin x --bins --examples --test cli --test it --tests --bench speed --benches counts"},
		{name: "doc", flags: BuildFlags{Command: "test", Doc: true}, command: "test", args: "--doc", profile: "test"},
		{name: "build --doc", flags: BuildFlags{Doc: true}, err: "--doc: only cargo test takes it"},
		{name: "build TESTNAME", flags: BuildFlags{Command: "build", TestName: "x"}, err: "TESTNAME: only cargo test takes it"},
		{name: "release and profile", flags: BuildFlags{Command: "test", Release: true, Profile: "p"}, err: "--release: conflicts with --profile"},
		{name: "check", flags: BuildFlags{Command: "check", AllTargets: true}, command: "check", args: "--all-targets", profile: "dev"},
		{name: "check --release", flags: BuildFlags{Command: "check", Release: true}, command: "check", args: "--release", profile: "release"},
		{name: "doc", flags: BuildFlags{Command: "doc", NoDeps: true, DocumentPrivateItems: true, Bins: []string{"x"}},
			command: "doc", args: "--bin x --no-deps --document-private-items", profile: "dev"},
		{name: "check --doc", flags: BuildFlags{Command: "check", Doc: true}, err: "--doc: only cargo test takes it"},
		{name: "doc TESTNAME", flags: BuildFlags{Command: "doc", TestName: "x"}, err: "TESTNAME: only cargo test takes it"},
		{name: "build --no-deps", flags: BuildFlags{NoDeps: true}, err: "--no-deps: only cargo doc takes it"},
		{name: "test --document-private-items", flags: BuildFlags{Command: "test", DocumentPrivateItems: true}, err: "--document-private-items: only cargo doc takes it"},
		{name: "doc --test", flags: BuildFlags{Command: "doc", Tests: []string{"cli"}}, err: "--test: cargo doc does not take it"},
		{name: "doc --benches", flags: BuildFlags{Command: "doc", AllBenches: true}, err: "--benches: cargo doc does not take it"},
		{name: "doc --all-targets", flags: BuildFlags{Command: "doc", AllTargets: true}, err: "--all-targets: cargo doc does not take it"},
		{name: "unknown command", flags: BuildFlags{Command: "run"}, err: `command "run": not one of build, test, check, doc`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.flags.Check()
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("Check: %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			if got := tt.flags.CommandName(); got != tt.command {
				t.Errorf("CommandName %s, want %s", got, tt.command)
			}
			if got := tt.flags.ProfileName(); got != tt.profile {
				t.Errorf("ProfileName %s, want %s", got, tt.profile)
			}
			if got, want := tt.flags.buildArgs(), strings.Fields(tt.args); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
				t.Errorf("args %q, want %q", got, want)
			}
		})
	}
}

func TestChecksPlain(t *testing.T) {
	tests := []struct {
		name       string
		flags      BuildFlags
		kind, targ string
		want       bool
	}{
		{name: "default selection", flags: BuildFlags{}, kind: "lib", targ: "a", want: true},
		{name: "all targets", flags: BuildFlags{AllTargets: true}, kind: "bin", targ: "a", want: true},
		{name: "tests only", flags: BuildFlags{AllTests: true}, kind: "bin", targ: "a", want: false},
		{name: "benches only", flags: BuildFlags{AllBenches: true}, kind: "proc-macro", targ: "m", want: false},
		{name: "lib and tests: the lib", flags: BuildFlags{Lib: true, AllTests: true}, kind: "proc-macro", targ: "m", want: true},
		{name: "lib and tests: a bin", flags: BuildFlags{Lib: true, AllTests: true}, kind: "bin", targ: "a", want: false},
		{name: "named bin", flags: BuildFlags{Bins: []string{"a"}, AllTests: true}, kind: "bin", targ: "a", want: true},
		{name: "another bin", flags: BuildFlags{Bins: []string{"b"}, AllTests: true}, kind: "bin", targ: "a", want: false},
		{name: "examples", flags: BuildFlags{AllExamples: true}, kind: "example", targ: "e", want: true},
		{name: "named example", flags: BuildFlags{Examples: []string{"e"}, AllBenches: true}, kind: "example", targ: "e", want: true},
	}
	for _, tt := range tests {
		if got := tt.flags.ChecksPlain(tt.kind, tt.targ); got != tt.want {
			t.Errorf("%s: ChecksPlain(%s, %s) = %v, want %v", tt.name, tt.kind, tt.targ, got, tt.want)
		}
	}
}
