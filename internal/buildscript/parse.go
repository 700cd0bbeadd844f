// Package buildscript implements cargo 1.95's handling of a build script's
// output: the raw scan for `cargo::error=`/warnings while the script runs, the
// parser of `cargo:`/`cargo::` instructions, cargo's messages, and the
// NUL-separated argument files the Nix builders read.
package buildscript

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Package is what cargo knows about the package whose build script ran and
// uses while parsing: names for messages and the target list for validation.
type Package struct {
	Name, Version  string
	Descr          string       // cargo's pkg_descr for messages; "" means "NAME vVERSION"
	RustVersion    *RustVersion // nil: no rust-version, no E-MSRV check
	Links          string       // the `links` value, "" if none
	LibName        string       // crate name of the lib target, "" if the package has no lib
	Bins           []string     // names of the bin targets
	HasTests       bool         // has integration-test targets
	HasBenches     bool
	HasExamples    bool
	HasCdylib      bool
	Nightly        bool   // nightly toolchain (cargo's nightly_features_allowed)
	RustcBootstrap string // RUSTC_BOOTSTRAP in cargo's environment, "" if unset
	// OutDir is the script's OUT_DIR as its dependents see it;
	// OutDirWhenRun, if set, is the OUT_DIR the script ran with, textually
	// replaced by OutDir in every value (cargo does this for a moved target dir).
	OutDir, OutDirWhenRun string
}

func (p *Package) descr() string {
	if p.Descr != "" {
		return p.Descr
	}
	return p.Name + " v" + p.Version
}

// nightlyAllowed is cargo's nightly_features_allowed: a nightly toolchain, or
// RUSTC_BOOTSTRAP=1 (which makes cargo itself behave as nightly).
func (p *Package) nightlyAllowed() bool { return p.Nightly || p.RustcBootstrap == "1" }

// LinkArgKind says which targets a rustc-link-arg* instruction is for.
type LinkArgKind int

const (
	LinkAll      LinkArgKind = iota // rustc-link-arg
	LinkBins                        // rustc-link-arg-bins
	LinkBin                         // rustc-link-arg-bin=BIN=ARG
	LinkTests                       // rustc-link-arg-tests
	LinkExamples                    // rustc-link-arg-examples
	LinkBenches                     // rustc-link-arg-benches
	LinkCdylib                      // rustc-link-arg-cdylib, rustc-cdylib-link-arg
)

// LinkArg is one `-C link-arg=Arg`; Bin is set for LinkBin.
type LinkArg struct {
	Kind LinkArgKind
	Bin  string
	Arg  string
}

// KV is a name/value pair (rustc-env, metadata).
type KV struct{ Key, Value string }

// Level is a log message's severity.
type Level string

const (
	Warning Level = "warning"
	Error   Level = "error"
)

// Message is a build script log message (cargo's LogMessage).
type Message struct {
	Level Level
	Text  string
}

// Output is the parsed output, cargo's BuildOutput. Every list keeps output order.
type Output struct {
	LinkSearch        []string // -L values, as written (may carry a KIND= prefix)
	LinkLibs          []string // -l values
	LinkArgs          []LinkArg
	Cfgs              []string
	CheckCfgs         []string
	Env               []KV
	Metadata          []KV
	RerunIfChanged    []string
	RerunIfEnvChanged []string
	Messages          []Message // warnings and errors, in output order
}

// reservedPrefixes are the old-syntax (`cargo:`) instructions; any other
// `cargo:KEY=VALUE` is metadata. The trailing '=' is part of each prefix.
var reservedPrefixes = []string{
	"rustc-flags=", "rustc-link-lib=", "rustc-link-search=", "rustc-link-arg-cdylib=",
	"rustc-cdylib-link-arg=", "rustc-link-arg-bins=", "rustc-link-arg-bin=",
	"rustc-link-arg-tests=", "rustc-link-arg-benches=", "rustc-link-arg-examples=",
	"rustc-link-arg=", "rustc-cfg=", "rustc-check-cfg=", "rustc-env=", "warning=",
	"rerun-if-changed=", "rerun-if-env-changed=",
}

func hasReservedPrefix(s string) bool {
	return slices.ContainsFunc(reservedPrefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// Parse applies cargo's grammar (docs/cargo-semantics.md §5.1–§5.4) to a
// build script's stdout. The first problem aborts the parse with cargo's
// message as the error text.
func Parse(input []byte, p *Package) (*Output, error) {
	out := &Output{}
	descr := p.descr()
	whence := "build script of `" + descr + "`"
	for chunk := range bytes.SplitSeq(input, []byte{'\n'}) {
		if !utf8.Valid(chunk) {
			continue
		}
		line := trimSpace(string(chunk))
		var key, value, prefix string
		if data, ok := strings.CutPrefix(line, "cargo::"); ok {
			prefix = "cargo::"
			if p.RustVersion != nil && !p.RustVersion.allowsNewSyntax() {
				return nil, errMSRV(descr, *p.RustVersion, data)
			}
			k, v, ok := strings.Cut(data, "=")
			if !ok {
				return nil, errNoEquals(whence, line, "cargo::")
			}
			key, value = k, trimEnd(v)
		} else if data, ok := strings.CutPrefix(line, "cargo:"); ok {
			prefix = "cargo:"
			if hasReservedPrefix(data) {
				k, v, _ := strings.Cut(data, "=")
				key, value = k, trimEnd(v)
			} else {
				key, value = "metadata", data
			}
		} else {
			continue
		}
		if p.OutDirWhenRun != "" {
			value = strings.ReplaceAll(value, p.OutDirWhenRun, p.OutDir)
		}
		if err := out.apply(p, whence, line, prefix, key, value); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// apply dispatches one instruction (the table of docs/cargo-semantics.md §5.3).
func (out *Output) apply(p *Package, whence, line, prefix, key, value string) error {
	descr := p.descr()
	linkArg := func(has bool, kind string, k LinkArgKind) error {
		if !has {
			return errLinkArgKind(prefix, key, whence, descr, kind)
		}
		out.LinkArgs = append(out.LinkArgs, LinkArg{Kind: k, Arg: value})
		return nil
	}
	switch key {
	case "rustc-flags":
		paths, libs, err := parseRustcFlags(value, whence)
		if err != nil {
			return err
		}
		out.LinkLibs = append(out.LinkLibs, libs...)
		out.LinkSearch = append(out.LinkSearch, paths...)
	case "rustc-link-lib":
		out.LinkLibs = append(out.LinkLibs, value)
	case "rustc-link-search":
		out.LinkSearch = append(out.LinkSearch, value)
	case "rustc-link-arg-cdylib", "rustc-cdylib-link-arg":
		if !p.HasCdylib {
			out.Messages = append(out.Messages, Message{Warning, cdylibWarning(prefix, key, descr)})
		}
		out.LinkArgs = append(out.LinkArgs, LinkArg{Kind: LinkCdylib, Arg: value})
	case "rustc-link-arg-bins":
		return linkArg(len(p.Bins) > 0, "bin", LinkBins)
	case "rustc-link-arg-bin":
		bin, arg, ok := strings.Cut(value, "=")
		if !ok {
			return errLinkArgForm(prefix, value, whence)
		}
		if !slices.Contains(p.Bins, bin) {
			return errLinkArgBin(prefix, whence, descr, bin)
		}
		out.LinkArgs = append(out.LinkArgs, LinkArg{Kind: LinkBin, Bin: bin, Arg: arg})
	case "rustc-link-arg-tests":
		return linkArg(p.HasTests, "test", LinkTests)
	case "rustc-link-arg-benches":
		return linkArg(p.HasBenches, "benchmark", LinkBenches)
	case "rustc-link-arg-examples":
		return linkArg(p.HasExamples, "example", LinkExamples)
	case "rustc-link-arg":
		out.LinkArgs = append(out.LinkArgs, LinkArg{Kind: LinkAll, Arg: value})
	case "rustc-cfg":
		out.Cfgs = append(out.Cfgs, value)
	case "rustc-check-cfg":
		out.CheckCfgs = append(out.CheckCfgs, value)
	case "rustc-env":
		name, val, ok := strings.Cut(value, "=")
		if !ok {
			return errEnv(whence, value)
		}
		if name != "RUSTC_BOOTSTRAP" {
			out.Env = append(out.Env, KV{name, val})
		} else if p.nightlyAllowed() || p.bootstrapAllowsLib() {
			out.Messages = append(out.Messages, Message{Warning, bootstrapWarning(whence, val)})
		} else {
			lib := p.LibName
			if lib == "" {
				lib = "1"
			}
			return errBootstrap(whence, val, lib)
		}
	case "error":
		out.Messages = append(out.Messages, Message{Error, value})
	case "warning":
		out.Messages = append(out.Messages, Message{Warning, value})
	case "rerun-if-changed":
		out.RerunIfChanged = append(out.RerunIfChanged, value)
	case "rerun-if-env-changed":
		out.RerunIfEnvChanged = append(out.RerunIfEnvChanged, value)
	case "metadata":
		k, v, ok := strings.Cut(value, "=")
		if !ok {
			syntax := "cargo::metadata="
			if prefix == "cargo:" {
				syntax = "cargo:"
			}
			return errNoEquals(whence, line, syntax)
		}
		out.Metadata = append(out.Metadata, KV{k, trimEnd(v)})
	default:
		return errUnknownKey(whence, line, key)
	}
	return nil
}

// bootstrapAllowsLib: RUSTC_BOOTSTRAP is a comma list naming the lib's crate.
func (p *Package) bootstrapAllowsLib() bool {
	return p.LibName != "" && slices.Contains(strings.Split(p.RustcBootstrap, ","), p.LibName)
}

// parseRustcFlags splits a rustc-flags value into -L paths and -l libraries.
// Only `-l X`, `-lX`, `-L X`, `-LX` are allowed.
func parseRustcFlags(value, whence string) (paths, libs []string, err error) {
	value = trimSpace(value)
	words := strings.FieldsFunc(value, unicode.IsSpace)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w, "-l") && !strings.HasPrefix(w, "-L") {
			return nil, nil, errFlags(whence, value)
		}
		flag, v := w[:2], w[2:]
		if v == "" {
			if i+1 == len(words) {
				return nil, nil, errFlagsNoValue(whence)
			}
			i++
			v = words[i]
		}
		if flag == "-l" {
			libs = append(libs, v)
		} else {
			paths = append(paths, v)
		}
	}
	return paths, libs, nil
}
