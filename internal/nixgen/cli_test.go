package nixgen

import "testing"

// TestParseArgs: which combinations of the export flags nix-emit accepts.
// --export alone is accepted here; whether the output directory lies in the
// workspace, as it then must, is known once the plan is read (Emit).
func TestParseArgs(t *testing.T) {
	const together = "--src-url and --src-sha256 go together, with --export"
	for _, c := range []struct {
		args   []string
		export bool
		srcURL string
		err    string
	}{
		{args: []string{"--out", "o"}},
		{args: []string{"--out", "ws/nix", "--export"}, export: true},
		{args: []string{"--out", "o", "--export", "--src-url", "u", "--src-sha256", "h"}, export: true, srcURL: "u"},
		{args: []string{"--out", "o", "--src-url", "u", "--src-sha256", "h"}, err: together},
		{args: []string{"--out", "o", "--export", "--src-url", "u"}, err: together},
		{args: []string{"--out", "o", "--export", "--src-sha256", "h"}, err: together},
		{args: []string{"--out", "o", "--nixpkgs-rev", "0123456789abcdef0123456789abcdef01234567", "--nixpkgs-narhash", "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},
			err: "--nixpkgs-rev and --nixpkgs-narhash go together, with --export"},
	} {
		got, _, err := parseArgs(c.args)
		switch {
		case c.err != "":
			if err == nil || err.Error() != c.err {
				t.Errorf("%q: error %v, want %q", c.args, err, c.err)
			}
		case err != nil:
			t.Errorf("%q: %v", c.args, err)
		case got.Export != c.export || got.SrcURL != c.srcURL:
			t.Errorf("%q: Export %v, SrcURL %q; want %v, %q", c.args, got.Export, got.SrcURL, c.export, c.srcURL)
		}
	}
}
