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
