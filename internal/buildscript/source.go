package buildscript

import "embed"

// Source is this package's Go source (tests included; they are not
// compiled). nix-emit writes it into a build system so that a nixpkgs
// toolchain builds buildrs-parse from source, for whatever platform it
// builds on; it needs nothing but the standard library and
// internal/cargoproto, whose Source nix-emit copies too.
//
//go:embed *.go
var Source embed.FS
