package buildscript

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// result is what one Process call produced, read back from disk.
type result struct {
	view   map[string][]string // non-empty argument files, plus "metadata" and "errors" from output.json
	stderr string
	stdout string
	json   []byte // output.json
	dir    string // the --out-dir
	failed bool
}

// process runs Process with an --out-dir in a temp dir and reads every file back.
func process(t *testing.T, r *ScriptRun, o Options) result {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	o.OutDir = dir
	var stdout, stderr bytes.Buffer
	err := Process(r, o, &stdout, &stderr)
	res := result{stderr: stderr.String(), stdout: stdout.String(), dir: dir, failed: errors.Is(err, ErrFailed)}
	if err != nil && !res.failed {
		t.Fatalf("Process: %v", err)
	}
	if res.failed {
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("failed run left %s behind", dir)
		}
		return res
	}
	res.view = readView(t, dir)
	if res.json, err = os.ReadFile(filepath.Join(dir, "output.json")); err != nil {
		t.Fatal(err)
	}
	return res
}

func readView(t *testing.T, dir string) map[string][]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	view := map[string][]string{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "output.json" {
			var j JSONOutput
			if err := json.Unmarshal(data, &j); err != nil {
				t.Fatalf("output.json: %v", err)
			}
			for _, m := range j.Metadata {
				view["metadata"] = append(view["metadata"], m.Key+"="+m.Value)
			}
			if len(j.Errors) > 0 {
				view["errors"] = j.Errors
			}
			continue
		}
		if recs := DecodeRecords(data); len(recs) > 0 {
			view[e.Name()] = recs
		}
	}
	return view
}
