package jq

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	type unit struct {
		ID   string `json:"id"`
		Deps []int  `json:"deps"`
	}
	in := struct {
		Big   int64  `json:"big"`
		Units []unit `json:"units"`
	}{1<<62 + 1, []unit{{"a", []int{1}}, {"b", nil}}}
	for _, tc := range []struct {
		expr, want string
	}{
		{".units[].id", `"a" "b"`},
		{".units | length", "2"},
		{".big", "4611686018427387905"}, // exact, not a float64
		{".units[0].deps[0] + 1", "2"},
		{"empty", ""},
		{`{x: .units[1].deps}`, `{"x":null}`},
		{`.units[] | if .id == "b" then error("bad unit") else .id end`, `"a" error: error: bad unit`},
		{".big | keys", `error: keys cannot be applied to: number (4611686018427387905)`},
	} {
		f, err := Compile(tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		var got []string
		err = f.Run(in, func(v any) error {
			b, err := json.Marshal(v)
			got = append(got, string(b))
			return err
		})
		var fe *Error
		if err != nil && errors.As(err, &fe) {
			got = append(got, "error: "+err.Error())
		} else if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%s: got %s, want %s", tc.expr, s, tc.want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, expr := range []string{".[", "nosuchfunction(1)", ""} {
		if _, err := Compile(expr); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("Compile(%q): %v, want a one-line error", expr, err)
		}
	}
	f, _ := Compile(".[]")
	stop := fmt.Errorf("stop")
	var n int
	err := f.Run([]int{1, 2, 3}, func(any) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("out's error: %v after %d values, want it unchanged after 1", err, n)
	}
	if err := f.Run(func() {}, func(any) error { return nil }); err == nil || errors.As(err, new(*Error)) {
		t.Errorf("a value JSON cannot hold: %v, want a marshal error", err)
	}
}
