package render

import (
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
)

// failingReader returns its data, then err.
type failingReader struct {
	data string
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// TestMainInput: input that cannot be read to its end gets one line saying
// so, exit status 2, and no summary. (The CLI table in testdata/cli has the
// cases a string can give as stdin.)
func TestMainInput(t *testing.T) {
	started := `@nix {"action":"start","fields":["/nix/store/3isqykh6vz8f58r3g1lzdqgzfgq79d0l-weird-output.drv","",1,1],"id":5,"level":3,"text":"","type":105}` + "\n" +
		`@nix {"action":"stop","id":5}` + "\n"
	dir, err := os.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer dir.Close()
	tests := []struct {
		name           string
		stdin          io.Reader
		args           []string
		stdout, stderr string
	}{
		{"stdin is a directory", dir, nil, "", "logone: stdin: is a directory\n"},
		{"I/O error mid-stream", &failingReader{started, syscall.EIO}, nil, "    Building weird-output\n", "logone: stdin: input/output error\n"},
		{"I/O error mid-stream, json", &failingReader{started, syscall.EIO}, []string{"--format", "json"},
			`{"drv":"/nix/store/3isqykh6vz8f58r3g1lzdqgzfgq79d0l-weird-output.drv","event":"build-started","name":"weird-output","version":1}` + "\n",
			"logone: stdin: input/output error\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut strings.Builder
			status := Run(append([]string{"--color", "never"}, tt.args...), tt.stdin, &out, &errOut)
			if status != 2 || out.String() != tt.stdout || errOut.String() != tt.stderr {
				t.Errorf("status %d\nstdout %q\nstderr %q\nwant 2\n%q\n%q", status, out.String(), errOut.String(), tt.stdout, tt.stderr)
			}
		})
	}
}
