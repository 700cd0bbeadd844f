// Package toolpath finds libnix's programs: they are installed together, so
// one looks for another next to itself first, then on PATH.
package toolpath

import (
	"os"
	"os/exec"
	"path/filepath"
)

// Find returns the path of the libnix program name: next to the running
// executable, else on PATH; "" if there is none.
func Find(name string) string {
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	return ""
}
