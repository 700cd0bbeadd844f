package cargo

import (
	"context"
	"encoding/json"
	"fmt"
)

// Metadata is the part of `cargo metadata --format-version 1` libnix uses.
type Metadata struct {
	Version          int       `json:"version"`
	Packages         []Package `json:"packages"`
	WorkspaceMembers []string  `json:"workspace_members"`
	DefaultMembers   []string  `json:"workspace_default_members"`
	WorkspaceRoot    string    `json:"workspace_root"`
	TargetDirectory  string    `json:"target_directory"`
}

// Package is one package of `cargo metadata`.
type Package struct {
	Name         string              `json:"name"`
	Version      string              `json:"version"`
	ID           string              `json:"id"`
	Source       *string             `json:"source"`
	License      *string             `json:"license"`
	LicenseFile  *string             `json:"license_file"`
	Description  *string             `json:"description"`
	Targets      []Target            `json:"targets"`
	Features     map[string][]string `json:"features"`
	ManifestPath string              `json:"manifest_path"`
	Authors      []string            `json:"authors"`
	Readme       *string             `json:"readme"`
	Repository   *string             `json:"repository"`
	Homepage     *string             `json:"homepage"`
	Edition      string              `json:"edition"`
	Links        *string             `json:"links"`
	RustVersion  *string             `json:"rust_version"`
}

// Metadata runs `cargo metadata` for the flags' manifest and decodes it.
func (t Tools) Metadata(ctx context.Context, f BuildFlags) (*Metadata, error) {
	// Its stderr is not passed through: the unit graph, run at the same time,
	// reports the same manifest problems and its copy is the one shown.
	out, _, err := t.run(ctx, manifestInput(f), false, t.cargo(), f.metadataArgs()...)
	if err != nil {
		return nil, err
	}
	return DecodeMetadata(out)
}

// DecodeMetadata decodes `cargo metadata --format-version 1` output.
func DecodeMetadata(data []byte) (*Metadata, error) {
	var m Metadata
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, &Error{Input: "cargo metadata", Msg: err.Error()}
	}
	if m.Version != 1 {
		return nil, &Error{Input: "cargo metadata", Msg: fmt.Sprintf("unsupported format version %d (want 1)", m.Version)}
	}
	return &m, nil
}
