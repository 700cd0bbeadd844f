// Package libnix holds the source that a generated build system carries:
// buildrs-parse runs inside the builds, so with a nixpkgs toolchain it is
// built there, for whatever platform the build runs on.
package libnix

import "embed"

// BuildrsParseSource is buildrs-parse's source: its main and the packages
// it imports (standard library aside), by path in this module. It holds
// their tests too, which a build does not compile. TestBuildrsParseSource
// checks the list against the imports.
//
//go:embed cmd/buildrs-parse/main.go internal/buildscript/*.go internal/cargoproto/*.go internal/usage/*.go
var BuildrsParseSource embed.FS
