package buildscript

import (
	"fmt"
	"strconv"
	"strings"
)

// RustVersion is a package's `rust-version`: MAJOR[.MINOR[.PATCH]], as cargo
// accepts it (no pre-release or build metadata, no leading zeros).
type RustVersion struct {
	parts [3]uint64
	n     int // number of parts written
}

// ParseRustVersion parses a rust-version as written in Cargo.toml.
func ParseRustVersion(s string) (RustVersion, error) {
	var v RustVersion
	fields := strings.Split(s, ".")
	if s == "" || len(fields) > 3 {
		return v, fmt.Errorf("invalid rust-version %q: expected MAJOR[.MINOR[.PATCH]]", s)
	}
	for i, f := range fields {
		if f == "" || strings.Trim(f, "0123456789") != "" || (len(f) > 1 && f[0] == '0') {
			return v, fmt.Errorf("invalid rust-version %q: expected MAJOR[.MINOR[.PATCH]] with decimal numbers", s)
		}
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			return v, fmt.Errorf("invalid rust-version %q: %v", s, err)
		}
		v.parts[i] = n
	}
	v.n = len(fields)
	return v, nil
}

// String returns the version as written (cargo prints it this way in E-MSRV).
func (v RustVersion) String() string {
	s := make([]string, v.n)
	for i := range s {
		s[i] = strconv.FormatUint(v.parts[i], 10)
	}
	return strings.Join(s, ".")
}

// allowsNewSyntax reports whether the caret requirement ^1.77.0 matches v with
// missing parts read as 0 — cargo's test for the `cargo::` syntax. Note that a
// rust-version of 2.x fails the caret, exactly as in cargo.
func (v RustVersion) allowsNewSyntax() bool {
	return v.parts[0] == 1 && v.parts[1] >= 77
}
