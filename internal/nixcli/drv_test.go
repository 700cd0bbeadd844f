package nixcli

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The files in testdata were written by Nix 2.8: an input-addressed
// derivation and a fixed-output one (hash fields set).
func TestDrvOutputsFile(t *testing.T) {
	tests := []struct {
		file string
		want map[string]string
	}{
		{"logone-e2e-ok.drv", map[string]string{"out": "/nix/store/96y0crpb2nkpbfiii9xw6pxl7a04hc99-logone-e2e-ok"}},
		{"crate-itoa-1.0.1.tar.gz.drv", map[string]string{"out": "/nix/store/akpij2vawnkydgyy13mjw2cyd6qgw5pf-crate-itoa-1.0.1.tar.gz"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := DrvOutputs(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("DrvOutputs = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDrvOutputsErrorNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.drv")
	if err := os.WriteFile(path, []byte("Derive([],[],"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := DrvOutputs(path); err == nil || err.Error() != path+": derivation has no outputs" {
		t.Errorf("DrvOutputs error = %v, want %s: derivation has no outputs", err, path)
	}
	missing := filepath.Join(t.TempDir(), "missing.drv")
	if _, err := DrvOutputs(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("DrvOutputs of a missing file: error = %v, want it to name the file", err)
	}
}

func TestParseDrvOutputs(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string
	}{
		{
			name: "several outputs",
			in:   `Derive([("bin","/nix/store/a-x-bin","",""),("dev","/nix/store/b-x-dev","",""),("out","/nix/store/c-x","","")],[],[],"x86_64-linux","/bin/sh",[],[])`,
			want: map[string]string{"bin": "/nix/store/a-x-bin", "dev": "/nix/store/b-x-dev", "out": "/nix/store/c-x"},
		},
		{
			name: "floating content-addressed: no path yet",
			in:   `Derive([("out","","r:sha256","")],[],[],"x86_64-linux","/bin/sh",[],[])`,
			want: map[string]string{"out": ""},
		},
		{
			name: "dynamic-derivation form",
			in:   `DrvWithVersion("xp-dyn-drv",[("out","/nix/store/d-y.drv","text:sha256","")],[],[],"x86_64-linux","/bin/sh",[],[])`,
			want: map[string]string{"out": "/nix/store/d-y.drv"},
		},
		{
			name: "escapes, as Nix reads them",
			in:   `Derive([("o\"\\\n\r\t\x","p","","")],`,
			want: map[string]string{"o\"\\\n\r\tx": "p"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDrvOutputs([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseDrvOutputs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseDrvOutputsErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "not a derivation: does not start with Derive( or DrvWithVersion("},
		{"JSON", `{"out":"x"}`, "not a derivation: does not start with Derive( or DrvWithVersion("},
		{"unknown version", `DrvWithVersion("v9",[`, `unsupported derivation version "v9"`},
		{"no outputs", `Derive([],[],`, "derivation has no outputs"},
		{"three fields", `Derive([("out","p","")],`, `at byte 21: want ",", have ')'`},
		{"unterminated string", `Derive([("out","/nix/sto`, "at byte 15: unterminated string"},
		{"escape at the end", `Derive([("out\`, "at byte 9: unterminated string"},
		{"cut off after the list", `Derive([("out","p","","")]`, `at byte 26: want ",", file ends`},
		{"empty name", `Derive([("","p","","")],`, "output with an empty name"},
		{"duplicate", `Derive([("out","p","",""),("out","q","","")],`, `output "out" listed twice`},
		{"whitespace", `Derive([ ("out","p","","")],`, `at byte 8: want "(", have ' '`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDrvOutputs([]byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("ParseDrvOutputs error = %v, want %s", err, tt.want)
			}
		})
	}
}

func FuzzParseDrvOutputs(f *testing.F) {
	for _, name := range []string{"logone-e2e-ok.drv", "crate-itoa-1.0.1.tar.gz.drv"} {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`DrvWithVersion("xp-dyn-drv",[("a\"b","","r:sha256",""),("out","p","","")],`))
	f.Fuzz(func(t *testing.T, data []byte) {
		outs, err := ParseDrvOutputs(data)
		if err == nil && len(outs) == 0 {
			t.Fatal("no error and no outputs")
		}
	})
}
