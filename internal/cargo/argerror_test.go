package cargo

import (
	"math"
	"testing"
)

func TestJaro(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"martha", "marhta", 0.944},
		{"dixon", "dicksonx", 0.767},
		{"jellyfish", "smellyfish", 0.896},
		{"", "", 1},
		{"a", "", 0},
		{"abc", "xyz", 0},
		{"x", "exclude", 0.714},
	} {
		if got := jaro(tc.a, tc.b); math.Abs(got-tc.want) > 0.001 {
			t.Errorf("jaro(%q, %q) = %.3f, want %.3f", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestArgErrorText(t *testing.T) {
	flags := []string{"example", "examples", "exclude", "release", "workspace"}
	build := Command{Name: "cargo build"}
	test := Command{Name: "cargo test", Operands: "[TESTNAME] [-- [ARGS]...]", Trailing: true}
	for _, tc := range []struct {
		err  *ArgError
		want string
	}{
		{build.UnexpectedArg("--relase", flags), "error: unexpected argument '--relase' found\n\n  tip: a similar argument exists: '--release'\n\nUsage: cargo build --release\n\nFor more information, try '--help'.\n"},
		{build.UnexpectedArg("-x", flags), "error: unexpected argument '-x' found\n\n  tip: a similar argument exists: '--exclude'\n\nUsage: cargo build [OPTIONS]\n\nFor more information, try '--help'.\n"},
		{build.UnexpectedArg("extra", flags), "error: unexpected argument 'extra' found\n\nUsage: cargo build [OPTIONS]\n\nFor more information, try '--help'.\n"},
		{test.UnexpectedArg("--nope", flags), "error: unexpected argument '--nope' found\n\n  tip: to pass '--nope' as a value, use '-- --nope'\n\nUsage: cargo test [OPTIONS] [TESTNAME] [-- [ARGS]...]\n\nFor more information, try '--help'.\n"},
		{InvalidValue("x", "--color <WHEN>", []string{"auto", "never"}), "error: invalid value 'x' for '--color <WHEN>'\n  [possible values: auto, never]\n\nFor more information, try '--help'.\n"},
		{NoValue("--jobs <N>"), "error: a value is required for '--jobs <N>' but none was supplied\n\nFor more information, try '--help'.\n"},
		{build.Conflict("--release", "--profile <PROFILE-NAME>"), "error: the argument '--release' cannot be used with '--profile <PROFILE-NAME>'\n\nUsage: cargo build --release\n\nFor more information, try '--help'.\n"},
	} {
		if got := tc.err.Text(); got != tc.want {
			t.Errorf("got\n%s\nwant\n%s", got, tc.want)
		}
	}
}
