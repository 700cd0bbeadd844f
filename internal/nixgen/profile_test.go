package nixgen

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/libnix/libnix/internal/plan"
)

// testProfile decodes a profile object as a plan does.
func testProfile(s string) plan.Profile {
	var p plan.Profile
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		panic(err)
	}
	return p
}

func TestAssertionFlags(t *testing.T) {
	for _, tc := range []struct {
		profile string
		want    []string
	}{
		{`{"opt_level":"0","debug_assertions":true,"overflow_checks":true}`, nil},
		{`{"opt_level":"0","debug_assertions":true,"overflow_checks":false}`, []string{"-C", "overflow-checks=off"}},
		{`{"opt_level":"0","debug_assertions":false,"overflow_checks":false}`, []string{"-C", "debug-assertions=off"}},
		{`{"opt_level":"0","debug_assertions":false,"overflow_checks":true}`, []string{"-C", "debug-assertions=off", "-C", "overflow-checks=on"}},
		{`{"opt_level":"3","debug_assertions":false,"overflow_checks":false}`, nil},
		{`{"opt_level":"3","debug_assertions":false,"overflow_checks":true}`, []string{"-C", "overflow-checks=on"}},
		{`{"opt_level":"s","debug_assertions":true,"overflow_checks":true}`, []string{"-C", "debug-assertions=on"}},
		{`{"opt_level":"2","debug_assertions":true,"overflow_checks":false}`, []string{"-C", "debug-assertions=on", "-C", "overflow-checks=off"}},
		{`{}`, []string{"-C", "debug-assertions=off"}},
	} {
		p := testProfile(tc.profile)
		if got := assertionFlags(&p); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.profile, got, tc.want)
		}
	}
}
