package cargo

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
)

// RustcVersion is the toolchain identity printed by `rustc -vV`.
type RustcVersion struct {
	Verbose    string // the whole output, the toolchain's identity for hashing
	Release    string
	CommitHash string
	CommitDate string
	Host       string
	LLVM       string
}

// RustcVersion runs `rustc -vV`.
func (t Tools) RustcVersion(ctx context.Context) (*RustcVersion, error) {
	out, _, err := t.run(ctx, t.rustc(), false, t.rustc(), "-vV")
	if err != nil {
		return nil, err
	}
	v, err := ParseRustcVersion(string(out))
	if err != nil {
		return nil, &Error{Input: "rustc -vV", Msg: err.Error()}
	}
	return v, nil
}

// ParseRustcVersion parses `rustc -vV` output; host and release are required.
func ParseRustcVersion(out string) (*RustcVersion, error) {
	v := &RustcVersion{Verbose: out}
	for line := range strings.Lines(out) {
		k, val, ok := strings.Cut(strings.TrimRight(line, "\r\n"), ": ")
		if !ok {
			continue
		}
		switch k {
		case "release":
			v.Release = val
		case "commit-hash":
			v.CommitHash = val
		case "commit-date":
			v.CommitDate = val
		case "host":
			v.Host = val
		case "LLVM version":
			v.LLVM = val
		}
	}
	if v.Host == "" || v.Release == "" {
		return nil, fmt.Errorf("no host or release line in %q", firstLine(out))
	}
	return v, nil
}

// CrateTypes are the crate types cargo probes file names for, in its order.
var CrateTypes = []string{"bin", "rlib", "dylib", "cdylib", "staticlib", "proc-macro"}

// FileName is how rustc names the output of one crate type: prefix + crate name + suffix.
type FileName struct {
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

// TargetInfo is what one rustc probe tells about a compile kind.
type TargetInfo struct {
	// FileNames maps each of CrateTypes to its file name; nil when the target does not support it.
	FileNames      map[string]*FileName
	Sysroot        string
	SplitDebuginfo []string
	// Cfg is `rustc --print cfg` without proc_macro, which cargo drops too.
	Cfg []string
}

// Probe asks rustc about a compile kind the way cargo does, in one call:
// file names per crate type, sysroot, split-debuginfo values and cfg.
// triple is "" for the host; rustflags are the kind's RUSTFLAGS, which can change the cfg.
func (t Tools) Probe(ctx context.Context, triple string, rustflags []string) (*TargetInfo, error) {
	args := []string{"-", "--crate-name", "___", "--print=file-names"}
	args = append(args, rustflags...)
	if triple != "" {
		args = append(args, "--target", triple)
	}
	for _, ct := range CrateTypes {
		args = append(args, "--crate-type", ct)
	}
	args = append(args, "--print=sysroot", "--print=split-debuginfo", "--print=crate-name", "--print=cfg")
	input := "host"
	if triple != "" {
		input = triple
	}
	out, errOut, err := t.run(ctx, input, false, t.rustc(), args...)
	if err != nil {
		return nil, err
	}
	info, err := ParseProbe(string(out), string(errOut))
	if err != nil {
		return nil, &Error{Input: input, Msg: "rustc probe: " + err.Error()}
	}
	return info, nil
}

// ParseProbe parses the output of the probe in Probe. rustc prints no file
// name line for a crate type it warns is unsupported, so stderr decides
// which lines belong to which type (as in cargo's target_info.rs).
func ParseProbe(stdout, stderr string) (*TargetInfo, error) {
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	info := &TargetInfo{FileNames: map[string]*FileName{}}
	next := func() (string, bool) {
		if len(lines) == 0 {
			return "", false
		}
		l := lines[0]
		lines = lines[1:]
		return l, true
	}
	for _, ct := range CrateTypes {
		if strings.Contains(stderr, "unsupported crate type `"+ct+"`") || strings.Contains(stderr, "unknown crate type: `"+ct+"`") {
			info.FileNames[ct] = nil
			continue
		}
		l, ok := next()
		if !ok {
			return nil, fmt.Errorf("missing file name for crate type %s", ct)
		}
		prefix, suffix, ok := strings.Cut(l, "___")
		if !ok {
			return nil, fmt.Errorf("file name %q for crate type %s lacks the crate name", l, ct)
		}
		info.FileNames[ct] = &FileName{Prefix: prefix, Suffix: suffix}
	}
	sysroot, ok := next()
	if !ok || !filepath.IsAbs(sysroot) {
		return nil, fmt.Errorf("sysroot %q is not an absolute path", sysroot)
	}
	info.Sysroot = sysroot
	for {
		l, ok := next()
		if !ok {
			return nil, fmt.Errorf("missing crate-name delimiter")
		}
		if l == "___" {
			break
		}
		info.SplitDebuginfo = append(info.SplitDebuginfo, l)
	}
	for _, l := range lines {
		if l != "" && l != "proc_macro" {
			info.Cfg = append(info.Cfg, l)
		}
	}
	return info, nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
