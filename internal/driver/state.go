package driver

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// stateVersion is the version of the build record (docs/libnix-build.md).
const stateVersion = 8

// stateFile is the build record's name inside target/<profile>/nix/.
const stateFile = ".libnix-build.json"

// buildState records the last emit and the last successful build of one
// target/<profile>/ directory, so an unchanged project is neither emitted
// nor evaluated again.
type buildState struct {
	Version int `json:"version"`
	// EmitKey fingerprints what the emitted files were made from; Files are
	// their stamps (size and time) as written.
	EmitKey string            `json:"emit_key"`
	Files   map[string]string `json:"files"`
	// BuildKey fingerprints the inputs of the last successful nix-build
	// (emitted files, source trees, arguments); empty when it must run again.
	BuildKey string `json:"build_key"`
	// Outs are the store paths of the emitted roots last built, in order.
	Outs []string `json:"outs"`
	// Links are the symlinks made under target/, relative to it;
	// RootLinks the roots' links of the last build (Outs), with their
	// targets, made again without reading the outputs while Outs stay.
	Links     []string `json:"links"`
	RootLinks []link   `json:"root_links"`
	// Kept are the links of earlier builds the last one did not make and
	// left in place, as cargo leaves its files; KeptRoots their store
	// paths, the GC roots gc/kept*.
	Kept      []link   `json:"kept"`
	KeptRoots []string `json:"kept_roots"`
	// BuildrsParse is the emitted buildrs-parse added to the store, which
	// the host toolchain's builds mount (nixgen.BuildrsParsePath).
	BuildrsParse string `json:"buildrs_parse,omitempty"`
	// Recent are the outputs of recent builds by content (recent.go).
	Recent []recentBuild `json:"recent"`
	// Inputs are what each local unit read in its last build, by unit id.
	// Narrowed are the units ("run ID" for a test run) emitted with
	// narrowed sources; Seen, for the others, the fingerprint of their
	// package's directory when they were last emitted (narrow.go).
	// Hashes are source directories' hashes (nixgen.LocalSource), by
	// absolute path, with the fingerprint of the directory they were
	// computed for.
	Hashes   map[string]sourceHash  `json:"hashes"`
	Inputs   map[string]*unitInputs `json:"inputs"`
	Narrowed map[string]bool        `json:"narrowed"`
	Seen     map[string]string      `json:"seen"`
}

func loadState(nixDir string) *buildState {
	var s buildState
	data, err := os.ReadFile(filepath.Join(nixDir, stateFile))
	if err != nil || json.Unmarshal(data, &s) != nil || s.Version != stateVersion {
		// No record, or one this version cannot read: everything is redone.
		s = buildState{Version: stateVersion}
	}
	if s.Hashes == nil {
		s.Hashes = map[string]sourceHash{}
	}
	if s.Inputs == nil {
		s.Inputs = map[string]*unitInputs{}
	}
	if s.Seen == nil {
		s.Seen = map[string]string{}
	}
	if s.Narrowed == nil {
		s.Narrowed = map[string]bool{}
	}
	return &s
}

func (s *buildState) save(nixDir string) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(nixDir, stateFile), append(data, '\n'))
}

// emitted reports whether the files of the last emit are still as written.
func (s *buildState) emitted(nixDir string) bool {
	if len(s.Files) == 0 {
		return false
	}
	for name, st := range s.Files {
		if stamp(filepath.Join(nixDir, name)) != st {
			return false
		}
	}
	return true
}

// sourceHash is a source directory's hash and the fingerprint of the
// directory it was computed from.
type sourceHash struct {
	Tree string `json:"tree"`
	Sum  string `json:"sha256"`
}
