package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestReadInputs: what a unit's output says it read, as the package's
// files, and when it must keep its whole package.
func TestReadInputs(t *testing.T) {
	const src = "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-app-0.1.0"
	for _, c := range []struct {
		name, dir, kind string
		depInfo, output string // the compile's lib/app.d, the run's args/output.json
		want            unitInputs
	}{
		{name: "modules", dir: "app", kind: "lib",
			depInfo: "/o/libapp.rlib: app/src/lib.rs app/src/a.rs app/src/../data/x.txt\n\napp/src/lib.rs:\n",
			want:    unitInputs{Files: []string{"data/x.txt", "src/a.rs", "src/lib.rs"}}},
		{name: "at the workspace root", dir: ".", kind: "bin",
			depInfo: "/o/app: src/main.rs src/cli.rs\n",
			want:    unitInputs{Files: []string{"src/cli.rs", "src/main.rs"}}},
		{name: "generated and dependencies' files", dir: "app", kind: "lib",
			depInfo: "/o/x: app/src/lib.rs /build/out/gen.rs " + src + "/x.rs\n",
			want:    unitInputs{Files: []string{"src/lib.rs"}}},
		{name: "another package's file", dir: "app", kind: "lib",
			depInfo: "/o/x: app/src/lib.rs other/src/shared.rs\n",
			want:    unitInputs{Files: []string{"src/lib.rs"}, Whole: true}},
		{name: "a file elsewhere on the machine", dir: "app", kind: "lib",
			depInfo: "/o/x: app/src/lib.rs /etc/data.txt\n",
			want:    unitInputs{Files: []string{"src/lib.rs"}, Whole: true}},
		{name: "env! of CARGO_MANIFEST_DIR", dir: "app", kind: "test",
			depInfo: "/o/x: app/tests/t.rs\n\n# env-dep:CARGO_MANIFEST_DIR=" + src + "\n",
			want:    unitInputs{Files: []string{"tests/t.rs"}, Whole: true}},
		{name: "other env-deps", dir: "app", kind: "lib",
			depInfo: "/o/x: app/src/lib.rs\n\n# env-dep:CARGO_PKG_NAME=app\n",
			want:    unitInputs{Files: []string{"src/lib.rs"}}},
		{name: "rerun-if-changed", dir: "app", kind: "build-script-run",
			output: `{"version": 1, "rerun_if_changed": ["build.rs", "proto/", "/usr/include/zlib.h"]}`,
			want:   unitInputs{Files: []string{"build.rs", "proto"}}},
		{name: "no rerun-if-changed", dir: "app", kind: "build-script-run",
			output: `{"version": 1, "rerun_if_changed": []}`,
			want:   unitInputs{}},
		{name: "rerun-if-changed outside", dir: "app", kind: "build-script-run",
			output: `{"version": 1, "rerun_if_changed": ["../shared/x.h"]}`,
			want:   unitInputs{Whole: true}},
		{name: "metadata naming the source", dir: "app", kind: "build-script-run",
			output: `{"version": 1, "metadata": [{"key": "include", "value": "` + src + `/csrc"}], "rerun_if_changed": ["build.rs"]}`,
			want:   unitInputs{Files: []string{"build.rs"}, Whole: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			if c.depInfo != "" {
				os.MkdirAll(filepath.Join(out, "lib"), 0o755)
				os.WriteFile(filepath.Join(out, "lib", "app-1234.d"), []byte(c.depInfo), 0o644)
			}
			if c.output != "" {
				os.MkdirAll(filepath.Join(out, "args"), 0o755)
				os.WriteFile(filepath.Join(out, "args", "output.json"), []byte(c.output), 0o644)
			}
			got, err := readInputs(out, c.dir, c.kind)
			if err != nil {
				t.Fatal(err)
			}
			c.want.Package, c.want.Kind = c.dir, c.kind
			if !reflect.DeepEqual(*got, c.want) {
				t.Errorf("readInputs = %+v, want %+v", *got, c.want)
			}
		})
	}
	// An output without its dep-info is an error the caller reports.
	if _, err := readInputs(t.TempDir(), "app", "lib"); err == nil {
		t.Error("readInputs of an output without a .d file: no error")
	}
}
