package buildscript

import (
	"fmt"
	"strings"
)

// The texts below are cargo 1.95's, character for character
// (docs/cargo-semantics.md §5.7); tests compare them verbatim, so do not
// reword them.

const docsLink = "See https://doc.rust-lang.org/cargo/reference/build-scripts.html#outputs-of-the-build-script for more information about build script outputs."

// E-NOEQ, E-NOEQ-OLD, E-NOEQ-META: syntax is "cargo::", "cargo:" or "cargo::metadata=".
func errNoEquals(whence, line, syntax string) error {
	return fmt.Errorf("invalid output in %s: `%s`\nExpected a line with `%sKEY=VALUE` with an `=` character, but none was found.\n%s",
		whence, line, syntax, docsLink)
}

// E-UNKNOWN.
func errUnknownKey(whence, line, key string) error {
	return fmt.Errorf("invalid output in %s: `%s`\nUnknown key: `%s`.\n%s", whence, line, key, docsLink)
}

// E-MSRV; rest is the text after "cargo::".
func errMSRV(descr string, rv RustVersion, rest string) error {
	hint := ""
	if hasReservedPrefix(rest) {
		hint = fmt.Sprintf("Switch to the old `cargo:%s` syntax (note the single colon).\n", rest)
	} else if kv, ok := strings.CutPrefix(rest, "metadata="); ok {
		hint = fmt.Sprintf("Switch to the old `cargo:%s` syntax instead of `cargo::%s` (note the single colon).\n", kv, rest)
	}
	return fmt.Errorf("the `cargo::` syntax for build script output instructions was added in Rust 1.77.0, but the minimum supported Rust version of `%s` is %s.\n%s%s",
		descr, rv, hint, docsLink)
}

// E-FLAGS; value is the whole trimmed rustc-flags value.
func errFlags(whence, value string) error {
	return fmt.Errorf("only `-l` and `-L` flags are allowed in %s: `%s`", whence, value)
}

// E-FLAGS-NOVAL: cargo prints the (empty) missing value after the colon.
func errFlagsNoValue(whence string) error {
	return fmt.Errorf("flag in rustc-flags has no value in %s: ", whence)
}

// E-ENV.
func errEnv(whence, value string) error {
	return fmt.Errorf("Variable rustc-env has no value in %s: %s", whence, value)
}

// W-BOOTSTRAP is the first two lines of E-BOOTSTRAP.
func bootstrapWarning(whence, value string) string {
	return fmt.Sprintf("cannot set `RUSTC_BOOTSTRAP=%s` from %s.\nnote: crates cannot set `RUSTC_BOOTSTRAP` themselves, as doing so would subvert the stability guarantees of Rust for your project.", value, whence)
}

// E-BOOTSTRAP; name is the lib's crate name, or "1" without a lib.
func errBootstrap(whence, value, name string) error {
	return fmt.Errorf("%s\nhelp: If you're sure you want to do this in your project, set the environment variable `RUSTC_BOOTSTRAP=%s` before running cargo instead.",
		bootstrapWarning(whence, value), name)
}

// E-LINKARG-KIND; kind is bin, test, benchmark or example.
func errLinkArgKind(prefix, key, whence, descr, kind string) error {
	return fmt.Errorf("invalid instruction `%s%s` from %s\nThe package %s does not have a %s target.", prefix, key, whence, descr, kind)
}

// E-LINKARG-FORM.
func errLinkArgForm(prefix, value, whence string) error {
	return fmt.Errorf("invalid instruction `%srustc-link-arg-bin=%s` from %s\nThe instruction should have the form %srustc-link-arg-bin=BIN=ARG", prefix, value, whence, prefix)
}

// E-LINKARG-BIN.
func errLinkArgBin(prefix, whence, descr, bin string) error {
	return fmt.Errorf("invalid instruction `%srustc-link-arg-bin` from %s\nThe package %s does not have a bin target with the name `%s`.", prefix, whence, descr, bin)
}

// W-CDYLIB; key is the instruction as written (either spelling).
func cdylibWarning(prefix, key, descr string) string {
	return fmt.Sprintf("%s%s was specified in the build script of %s, but that package does not contain a cdylib target\n\nAllowing this was an unintended change in the 1.50 release, and may become an error in the future. For more information, see <https://github.com/rust-lang/cargo/issues/9562>.", prefix, key, descr)
}

// msgLogged is E-LOGGED.
const msgLogged = "build script logged errors"

// RunFailure renders E-RUN: the script exited with a non-zero status.
// backtraceProfile, when not empty, adds cargo's backtrace note about
// build-override debuginfo (cargo adds it when RUST_BACKTRACE is set and not
// "0" and the script was built without debuginfo; the caller decides).
// raw copies the script's stdout and stderr into the sections byte for byte,
// for a log that keeps bytes (Nix's); otherwise they are shown as text (see
// section).
func RunFailure(descr, command string, status int, stdout, stderr []byte, backtraceProfile string, raw bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "error: failed to run custom build command for `%s`\n", descr)
	if backtraceProfile != "" {
		fmt.Fprintf(&b, "note: To improve backtraces for build dependencies, set the CARGO_PROFILE_%s_BUILD_OVERRIDE_DEBUG=true environment variable to enable debug information generation.\n", envify(backtraceProfile))
	}
	cause := fmt.Sprintf("process didn't exit successfully: `%s` (exit status: %d)", command, status)
	cause += section("stdout", stdout, raw) + section("stderr", stderr, raw)
	b.WriteString("\nCaused by:\n")
	// cargo indents each line of a cause by two spaces, leaving empty lines
	// empty (and drops a '\r' before '\n', as Rust's str::lines does); a
	// lone '\r' is followed by the indent again (crGuard).
	for _, l := range rustLines(cause) {
		if l != "" {
			b.WriteString("  ")
		}
		b.WriteString(crGuard(l, "  "))
		b.WriteByte('\n')
	}
	return b.String()
}

// section is cargo's "--- stdout" block, left out when the stream is only
// whitespace. cargo 1.95 also leaves it out when the stream is not UTF-8 as
// a whole, which loses a panic message for one bad byte; here it is always
// shown: as text (display), or with raw the stream's own bytes.
func section(name string, data []byte, raw bool) string {
	s := display(data)
	if trimSpace(s) == "" {
		return ""
	}
	if raw {
		s = string(data)
	}
	return "\n--- " + name + "\n" + s
}
