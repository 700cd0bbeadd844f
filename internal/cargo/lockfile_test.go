package cargo

import "testing"

func TestDecodeLockfile(t *testing.T) {
	v4 := `version = 4
[[package]]
name = "app"
version = "0.1.0"

[[package]]
name = "itoa"
version = "1.0.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "abc"

[[package]]
name = "greet"
version = "0.4.0"
source = "git+file:///r?branch=main#0dbd"
`
	v1 := `[[package]]
name = "itoa"
version = "1.0.1"
source = "registry+https://github.com/rust-lang/crates.io-index"

[metadata]
"checksum itoa 1.0.1 (registry+https://github.com/rust-lang/crates.io-index)" = "def"
`
	tests := []struct {
		name, data           string
		pkg, version, source string
		wantSum              string
		wantFound, wantErr   bool
	}{
		{name: "v4 registry", data: v4, pkg: "itoa", version: "1.0.1", source: "registry+https://github.com/rust-lang/crates.io-index", wantSum: "abc", wantFound: true},
		{name: "v4 path", data: v4, pkg: "app", version: "0.1.0", wantFound: true},
		{name: "v4 git by source id", data: v4, pkg: "greet", version: "0.4.0", source: "git+file:///r?branch=main#0dbd", wantFound: true},
		{name: "wrong version", data: v4, pkg: "itoa", version: "1.0.2", source: "registry+https://github.com/rust-lang/crates.io-index"},
		{name: "v1 metadata checksum", data: v1, pkg: "itoa", version: "1.0.1", source: "registry+https://github.com/rust-lang/crates.io-index", wantSum: "def", wantFound: true},
		{name: "broken", data: "[[package]\n", wantErr: true},
		{name: "no name", data: "[[package]]\nversion = \"1\"\n", wantErr: true},
	}
	for _, tt := range tests {
		lf, err := DecodeLockfile([]byte(tt.data))
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: error = %v, wantErr %v", tt.name, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		p, ok := lf.Find(tt.pkg, tt.version, tt.source)
		if ok != tt.wantFound || p.Checksum != tt.wantSum {
			t.Errorf("%s: Find = %+v, %v; want checksum %q, found %v", tt.name, p, ok, tt.wantSum, tt.wantFound)
		}
	}
}

func FuzzDecodeLockfile(f *testing.F) {
	f.Add("version = 4\n[[package]]\nname = \"a\"\nversion = \"1\"\nchecksum = \"x\"\n")
	f.Add("[metadata]\n\"checksum a 1 (s)\" = \"y\"\n")
	f.Fuzz(func(t *testing.T, s string) {
		if lf, err := DecodeLockfile([]byte(s)); err == nil {
			for _, p := range lf.Packages {
				if p.Name == "" || p.Version == "" {
					t.Errorf("accepted a package without name or version: %+v", p)
				}
			}
		}
	})
}
