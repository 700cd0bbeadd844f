package driver

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/libnix/libnix/internal/plan"
)

func TestElapsed(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0.00s"},
		{270 * time.Millisecond, "0.27s"},
		{12345 * time.Millisecond, "12.34s"},
		{59999 * time.Millisecond, "59.99s"},
		{65 * time.Second, "1m 05s"},
		{3725 * time.Second, "62m 05s"},
	} {
		if got := elapsed(tc.d); got != tc.want {
			t.Errorf("elapsed(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

// TestFinishedText checks cargo's wording for each kind of profile.
func TestFinishedText(t *testing.T) {
	for _, tc := range []struct {
		profile, json, want string
	}{
		{"dev", `{"opt_level":"0","debuginfo":2}`, "`dev` profile [unoptimized + debuginfo] target(s) in 1.50s"},
		{"release", `{"opt_level":"3","debuginfo":0}`, "`release` profile [optimized] target(s) in 1.50s"},
		{"profiling", `{"opt_level":"3","debuginfo":"line-tables-only"}`, "`profiling` profile [optimized + debuginfo] target(s) in 1.50s"},
		{"quick", `{"opt_level":"0","debuginfo":null}`, "`quick` profile [unoptimized] target(s) in 1.50s"},
		{"small", `{"opt_level":"s","debuginfo":"none"}`, "`small` profile [optimized] target(s) in 1.50s"},
	} {
		u := &plan.Unit{}
		if err := json.Unmarshal([]byte(tc.json), &u.Profile); err != nil {
			t.Fatal(err)
		}
		p := &plan.Plan{Workspace: plan.Workspace{Profile: tc.profile}, Units: []*plan.Unit{u}, Roots: []int{0}}
		if got := finishedText(p, 1500*time.Millisecond); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.json, got, tc.want)
		}
	}
}

func TestKindDir(t *testing.T) {
	for _, tc := range []struct{ kind, want string }{
		{"host", ""},
		{"x86_64-unknown-linux-musl", "x86_64-unknown-linux-musl"},
		{"/specs/my-target.json", "my-target"},
	} {
		p := &plan.Plan{Units: []*plan.Unit{{CompileKind: tc.kind}}, Roots: []int{0}}
		if got := kindDir(p); got != tc.want {
			t.Errorf("kindDir(%q) = %q, want %q", tc.kind, got, tc.want)
		}
	}
}
