package cargo

import (
	"fmt"
	"os"
	"strings"

	"github.com/BurntSushi/toml"
)

// Lockfile is what libnix needs from Cargo.lock: each package's source and checksum.
type Lockfile struct {
	Version  int
	Packages []LockedPackage
}

// LockedPackage is one [[package]] of Cargo.lock.
type LockedPackage struct {
	Name     string
	Version  string
	Source   string // "" for path packages; for git "git+URL?ref#REV"
	Checksum string // verbatim; "" when absent
}

type lockfileTOML struct {
	Version  int `toml:"version"`
	Packages []struct {
		Name     string `toml:"name"`
		Version  string `toml:"version"`
		Source   string `toml:"source"`
		Checksum string `toml:"checksum"`
	} `toml:"package"`
	// Version 1 lock files keep checksums here, keyed "checksum NAME VERSION (SOURCE)".
	Metadata map[string]string `toml:"metadata"`
}

// ReadLockfile reads and decodes the Cargo.lock at path.
func ReadLockfile(path string) (*Lockfile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Input: path, Msg: strings.TrimPrefix(err.Error(), "open "+path+": ")}
	}
	lf, err := DecodeLockfile(data)
	if err != nil {
		return nil, &Error{Input: path, Msg: err.Error()}
	}
	return lf, nil
}

// DecodeLockfile decodes the text of a Cargo.lock.
func DecodeLockfile(data []byte) (*Lockfile, error) {
	var raw lockfileTOML
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, err
	}
	lf := &Lockfile{Version: raw.Version}
	for i, p := range raw.Packages {
		if p.Name == "" || p.Version == "" {
			return nil, fmt.Errorf("package %d: missing name or version", i+1)
		}
		sum := p.Checksum
		if sum == "" && p.Source != "" {
			sum = raw.Metadata[fmt.Sprintf("checksum %s %s (%s)", p.Name, p.Version, p.Source)]
		}
		lf.Packages = append(lf.Packages, LockedPackage{Name: p.Name, Version: p.Version, Source: p.Source, Checksum: sum})
	}
	return lf, nil
}

// Find returns the locked package with this name and version whose source
// matches source (a source id without its "#rev" fragment); ok is false if none.
func (lf *Lockfile) Find(name, version, source string) (LockedPackage, bool) {
	for _, p := range lf.Packages {
		if p.Name == name && p.Version == version && stripFragment(p.Source) == stripFragment(source) {
			return p, true
		}
	}
	return LockedPackage{}, false
}

func stripFragment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}
