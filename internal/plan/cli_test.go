package plan

import (
	"reflect"
	"testing"

	"github.com/libnix/libnix/internal/cargo"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args []string
		want cargo.BuildFlags
	}{
		{args: nil, want: cargo.BuildFlags{}},
		{args: []string{"build", "--release"}, want: cargo.BuildFlags{Command: "build", Release: true}},
		{args: []string{"test"}, want: cargo.BuildFlags{Command: "test"}},
		{args: []string{"test", "--lib", "counts", "-pcounter"},
			want: cargo.BuildFlags{Command: "test", Lib: true, TestName: "counts", Packages: []string{"counter"}}},
		{args: []string{"test", "--test", "cli", "--tests", "--doc"},
			want: cargo.BuildFlags{Command: "test", Tests: []string{"cli"}, AllTests: true, Doc: true}},
		{args: []string{"test", "--workspace", "--exclude", "a", "counts"},
			want: cargo.BuildFlags{Command: "test", Workspace: true, Exclude: []string{"a"}, TestName: "counts"}},
		{args: []string{"check", "--all-targets", "-pcounter"},
			want: cargo.BuildFlags{Command: "check", AllTargets: true, Packages: []string{"counter"}}},
		{args: []string{"doc", "--no-deps", "--document-private-items", "--bins"},
			want: cargo.BuildFlags{Command: "doc", NoDeps: true, DocumentPrivateItems: true, AllBins: true}},
	}
	for _, tt := range tests {
		got, _, err := parseArgs(tt.args)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseArgs(%q) = %+v, want %+v", tt.args, got, tt.want)
		}
	}
}
