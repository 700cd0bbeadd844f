package buildscript

import (
	"reflect"
	"strconv"
	"testing"
)

// The cases of docs/cargo-semantics.md §7, restated for what this package
// owns: the parse, the messages, and the argument files. Where a case is
// about a whole cargo build, a comment says which part belongs to the
// compile builder (lib.nix) or to nix-emit.

const (
	descr  = "foo v0.5.0 (/work/foo)"
	whence = "build script of `" + descr + "`"
	docs   = "See https://doc.rust-lang.org/cargo/reference/build-scripts.html#outputs-of-the-build-script for more information about build script outputs."
	noteRB = "note: crates cannot set `RUSTC_BOOTSTRAP` themselves, as doing so would subvert the stability guarantees of Rust for your project."
	w9562  = "\n\nAllowing this was an unintended change in the 1.50 release, and may become an error in the future. For more information, see <https://github.com/rust-lang/cargo/issues/9562>."
)

type files = map[string][]string

type parseCase struct {
	n      int // case number in docs/cargo-semantics.md §7 (0: additional case)
	name   string
	pkg    func(*Package)
	run    func(*ScriptRun)
	input  string
	want   files  // non-empty files (see readView)
	stderr string // exact
	failed bool
}

func rv(s string) func(*Package) {
	return func(p *Package) {
		v, err := ParseRustVersion(s)
		if err != nil {
			panic(err)
		}
		p.RustVersion = &v
	}
}

func links(l string) func(*Package) { return func(p *Package) { p.Links = l } }

func invalid(line, expected string) string {
	return "error: invalid output in " + whence + ": `" + line + "`\n" + expected + "\n" + docs + "\n"
}

func noEq(line, syntax string) string {
	return invalid(line, "Expected a line with `"+syntax+"KEY=VALUE` with an `=` character, but none was found.")
}

func msrv(version, hint string) string {
	return "error: the `cargo::` syntax for build script output instructions was added in Rust 1.77.0, but the minimum supported Rust version of `" + descr + "` is " + version + ".\n" + hint + docs + "\n"
}

func bootstrap(level, help string) string {
	s := level + "cannot set `RUSTC_BOOTSTRAP=1` from " + whence + ".\n" + noteRB + "\n"
	if help != "" {
		s += "help: If you're sure you want to do this in your project, set the environment variable `RUSTC_BOOTSTRAP=" + help + "` before running cargo instead.\n"
	}
	return s
}

var parseCases = []parseCase{
	{n: 1, input: "cargo::example", stderr: noEq("cargo::example", "cargo::"), failed: true},
	{n: 2, input: "cargo:foo", stderr: noEq("cargo:foo", "cargo:"), failed: true},
	{n: 3, input: "cargo::metadata=foo", stderr: noEq("cargo::metadata=foo", "cargo::metadata="), failed: true},
	{n: 4, input: "cargo::foo=bar", stderr: invalid("cargo::foo=bar", "Unknown key: `foo`."), failed: true},
	{n: 5, pkg: rv("1.60.0"), input: "cargo::metadata=foo=bar", failed: true,
		stderr: msrv("1.60.0", "Switch to the old `cargo:foo=bar` syntax instead of `cargo::metadata=foo=bar` (note the single colon).\n")},
	{n: 6, pkg: rv("1.60.0"), input: "cargo::rustc-check-cfg=cfg(foo)", failed: true,
		stderr: msrv("1.60.0", "Switch to the old `cargo:rustc-check-cfg=cfg(foo)` syntax (note the single colon).\n")},
	{n: 7, pkg: rv("1.60.0"), input: "cargo::foo=bar", failed: true, stderr: msrv("1.60.0", "")},
	{n: 8, pkg: rv("1.77"), input: "cargo::metadata=foo=bar", want: files{"metadata": {"foo=bar"}}},
	{n: 9, pkg: rv("1.60.0"), input: "cargo:rustc-env=FOO=foo\ncargo:foo=foo\n",
		want: files{"env": {"FOO=foo"}, "metadata": {"foo=foo"}}},
	{n: 10, input: "cargo:rustc-env=FOO=foo\ncargo:foo=foo\n",
		want: files{"env": {"FOO=foo"}, "metadata": {"foo=foo"}}},
	{n: 11, input: "cargo::rustc-flags=-aaa -bbb", failed: true,
		stderr: "error: only `-l` and `-L` flags are allowed in " + whence + ": `-aaa -bbb`\n"},
	// 12–14: foo's lib reads link-search-* then link-lib; a dependent's
	// compile reads only the link-search files (compile builder,
	// docs/cargo-semantics.md §5.5).
	{n: 12, input: "cargo::rustc-flags=-l nonexistinglib -L R/dummy-path1 -L R/dummy-path2\n",
		want: files{"link-lib": {"-l", "nonexistinglib"}, "link-search-other": {"-L", "R/dummy-path1", "-L", "R/dummy-path2"}}},
	{n: 13, input: "cargo::rustc-flags=-lnonexistinglib -L R/dummy-path1 -L R/dummy-path2\n",
		want: files{"link-lib": {"-l", "nonexistinglib"}, "link-search-other": {"-L", "R/dummy-path1", "-L", "R/dummy-path2"}}},
	{n: 14, input: "cargo::rustc-flags=-L foo\ncargo::rustc-flags=-l static=foo\n",
		want: files{"link-lib": {"-l", "static=foo"}, "link-search-other": {"-L", "foo"}}},
	{n: 15, input: "cargo::rustc-link-search=foo\ncargo::rustc-link-lib=static=foo\ncargo::rustc-link-lib=bar\ncargo::rustc-link-search=bar\n",
		want: files{"link-lib": {"-l", "static=foo", "-l", "bar"}, "link-search-other": {"-L", "foo", "-L", "bar"}}},
	// 16–18: which scripts read dep-env (direct normal dependents only, also
	// under `cargo test`) and CARGO_MANIFEST_LINKS are the builder's part.
	{n: 16, pkg: links("foo"), input: "cargo::metadata=foo=bar\ncargo::metadata=bar=baz\n",
		want: files{"dep-env": {"DEP_FOO_FOO=bar", "DEP_FOO_BAR=baz"}, "metadata": {"foo=bar", "bar=baz"}}},
	{n: 17, pkg: links("foo"), input: "cargo::metadata=key=value\n",
		want: files{"dep-env": {"DEP_FOO_KEY=value"}, "metadata": {"key=value"}}},
	{n: 18, pkg: links("bar"), input: "cargo::metadata=foo=bar\n",
		want: files{"dep-env": {"DEP_BAR_FOO=bar"}, "metadata": {"foo=bar"}}},
	{n: 19, input: "cargo::metadata=foo=direct\n", want: files{"metadata": {"foo=direct"}}},
	// 20: `links` overrides (docs/cargo-semantics.md §4.5) replace the script
	// (nix-emit); the -L reaches a and the root through the compile builder's
	// to_link walk.
	{n: 20, pkg: links("bar"), input: "cargo::rustc-flags=-L bar\n", want: files{"link-search-other": {"-L", "bar"}}},
	// 21: each run contributes once per compile: compile builder.
	{n: 21, input: "cargo::rustc-link-search=native=test\n", want: files{"link-search-other": {"-L", "native=test"}}},
	{n: 22, input: "cargo::rustc-link-search=/work/foo/link-dir\n", want: files{"link-search-other": {"-L", "/work/foo/link-dir"}}},
	{n: 23, input: "cargo::rustc-cfg=foo\n", want: files{"rustc-args": {"--cfg", "foo"}}},
	// 24: the config override itself is nix-emit's; its rustc-cfg list reads like these lines.
	{n: 24, pkg: links("a"), input: "cargo:rustc-cfg=foo\n", want: files{"rustc-args": {"--cfg", "foo"}}},
	{n: 25, input: "cargo::rustc-env=FOO=foo\n", want: files{"env": {"FOO=foo"}}},
	{n: 26, input: "cargo::warning=foo\ncargo::warning=bar\n",
		stderr: "warning: foo@0.5.0: foo\nwarning: foo@0.5.0: bar\n", want: files{"warnings": {"foo", "bar"}}},
	{n: 27, input: "cargo::warning=foo\ncargo::warning=bar\ncargo::error=foo err\ncargo::error=bar err\n", failed: true,
		stderr: "warning: foo@0.5.0: foo\nwarning: foo@0.5.0: bar\nerror: foo@0.5.0: foo err\nerror: foo@0.5.0: bar err\nerror: build script logged errors\n"},
	// 28, 29: cargo hides dependencies' warnings unless -vv; here they are
	// always printed and logone decides (the unit's `local` flag).
	{n: 28, pkg: func(p *Package) { p.Name, p.Version, p.Descr = "bar", "0.1.0", "bar v0.1.0" },
		input: "cargo::warning=foo\ncargo::warning=bar\n", stderr: "warning: bar@0.1.0: foo\nwarning: bar@0.1.0: bar\n",
		want: files{"warnings": {"foo", "bar"}}},
	{n: 30, input: "cargo::warning=foo\ncargo::warning=bar\n", failed: true,
		run: func(r *ScriptRun) {
			r.ExitStatus = 101
			r.Command = "/work/foo/target/debug/build/foo-0123/build-script-build"
			r.Stderr = []byte("\nthread 'main' panicked at build.rs:4:5:\nexplicit panic\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n")
		},
		stderr: "warning: foo@0.5.0: foo\nwarning: foo@0.5.0: bar\nerror: failed to run custom build command for `" + descr + "`\n\nCaused by:\n" +
			"  process didn't exit successfully: `/work/foo/target/debug/build/foo-0123/build-script-build` (exit status: 101)\n" +
			"  --- stdout\n  cargo::warning=foo\n  cargo::warning=bar\n\n  --- stderr\n\n  thread 'main' panicked at build.rs:4:5:\n  explicit panic\n" +
			"  note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"},
	{n: 31, input: "\xff\xff\ncargo::rustc-cfg=foo\n\xff\xff\n", want: files{"rustc-args": {"--cfg", "foo"}}},
	// 32: the override is nix-emit's; envify keeps the dot.
	{n: 32, pkg: links("a.b"), input: "cargo:rustc-link-search=foo\ncargo:k=v\n",
		want: files{"link-search-other": {"-L", "foo"}, "dep-env": {"DEP_A.B_K=v"}, "metadata": {"k=v"}}},
	// 33: each script's paths split by its own OUT_DIR; the compile builder
	// concatenates every entry's outdir file, then every other file.
	{n: 33, pkg: func(p *Package) { p.OutDir = "/b/foo/out" },
		input: "cargo::rustc-link-search=/ext1\ncargo::rustc-link-search=native=/b/foo/out/lib\ncargo::rustc-link-search=/b/foo/out\n" +
			"cargo::rustc-link-search=/b/foo/out2/lib\ncargo::rustc-flags=-L/b/foo/out/a -L /ext2\ncargo::rustc-link-search=all=/b//foo/./out/c/\n" +
			"cargo::rustc-link-search=weird=/b/foo/out/d\ncargo::rustc-link-search=/b/foo\n",
		want: files{
			"link-search-outdir": {"-L", "native=/b/foo/out/lib", "-L", "/b/foo/out", "-L", "/b/foo/out/a", "-L", "all=/b//foo/./out/c/"},
			"link-search-other":  {"-L", "/ext1", "-L", "/b/foo/out2/lib", "-L", "/ext2", "-L", "weird=/b/foo/out/d", "-L", "/b/foo"}}},
	{n: 34, pkg: func(p *Package) { p.Bins = []string{"foo", "bar"} },
		input: "cargo::rustc-link-arg-bins=--bogus-flag-all\ncargo::rustc-link-arg-bin=foo=--bogus-flag-foo\ncargo::rustc-link-arg-bin=bar=--bogus-flag-bar\n",
		want: files{
			"link-arg.bin.foo": {"-C", "link-arg=--bogus-flag-all", "-C", "link-arg=--bogus-flag-foo"},
			"link-arg.bin.bar": {"-C", "link-arg=--bogus-flag-all", "-C", "link-arg=--bogus-flag-bar"}}},
	{n: 35, name: "a", input: "cargo::rustc-link-arg-bins=--bogus", failed: true,
		stderr: "error: invalid instruction `cargo::rustc-link-arg-bins` from " + whence + "\nThe package " + descr + " does not have a bin target.\n"},
	{n: 35, name: "b", input: "cargo::rustc-link-arg-bin=abc=--bogus", failed: true,
		stderr: "error: invalid instruction `cargo::rustc-link-arg-bin` from " + whence + "\nThe package " + descr + " does not have a bin target with the name `abc`.\n"},
	{n: 35, name: "c", input: "cargo::rustc-link-arg-bin=abc", failed: true,
		stderr: "error: invalid instruction `cargo::rustc-link-arg-bin=abc` from " + whence + "\nThe instruction should have the form cargo::rustc-link-arg-bin=BIN=ARG\n"},
	// 36: dependents' cdylib compiles read link-arg.dependent-cdylib (compile builder).
	{n: 36, name: "cdylib", input: "cargo::rustc-link-arg-cdylib=--bogus\n",
		stderr: "warning: foo@0.5.0: cargo::rustc-link-arg-cdylib was specified in the build script of " + descr + ", but that package does not contain a cdylib target" + w9562 + "\n",
		want: files{
			"warnings":                  {"cargo::rustc-link-arg-cdylib was specified in the build script of " + descr + ", but that package does not contain a cdylib target" + w9562},
			"link-arg.cdylib":           {"-C", "link-arg=--bogus"},
			"link-arg.dependent-cdylib": {"-C", "link-arg=--bogus"}}},
	{n: 36, name: "all", input: "cargo::rustc-link-arg=--bogus\n",
		want: files{
			"link-arg.lib": {"-C", "link-arg=--bogus"}, "link-arg.cdylib": {"-C", "link-arg=--bogus"},
			"link-arg.test": {"-C", "link-arg=--bogus"}, "link-arg.bench": {"-C", "link-arg=--bogus"},
			"link-arg.example": {"-C", "link-arg=--bogus"}}},
	{n: 37, pkg: func(p *Package) { p.HasCdylib = true }, input: "cargo::rustc-cdylib-link-arg=--one\ncargo::rustc-link-arg-cdylib=--two\n",
		want: files{
			"link-arg.cdylib":           {"-C", "link-arg=--one", "-C", "link-arg=--two"},
			"link-arg.dependent-cdylib": {"-C", "link-arg=--one", "-C", "link-arg=--two"}}},
	// 38: a lib unit test reads link-arg.lib, which does not have it.
	{n: 38, pkg: func(p *Package) { p.HasCdylib, p.LibName = true, "foo" }, input: "cargo::rustc-link-arg-cdylib=-lhack\n",
		want: files{"link-arg.cdylib": {"-C", "link-arg=-lhack"}, "link-arg.dependent-cdylib": {"-C", "link-arg=-lhack"}}},
	{n: 39, pkg: func(p *Package) { p.HasTests, p.HasBenches, p.HasExamples = true, true, true },
		input: "cargo::rustc-link-arg-tests=T\ncargo::rustc-link-arg-benches=B\ncargo::rustc-link-arg-examples=E\n",
		want:  files{"link-arg.test": {"-C", "link-arg=T"}, "link-arg.bench": {"-C", "link-arg=B"}, "link-arg.example": {"-C", "link-arg=E"}}},
	{n: 39, name: "benches missing", input: "cargo:rustc-link-arg-benches=B\n", failed: true,
		stderr: "error: invalid instruction `cargo:rustc-link-arg-benches` from " + whence + "\nThe package " + descr + " does not have a benchmark target.\n"},
	{n: 39, name: "tests missing", input: "cargo::rustc-link-arg-tests=T\n", failed: true,
		stderr: "error: invalid instruction `cargo::rustc-link-arg-tests` from " + whence + "\nThe package " + descr + " does not have a test target.\n"},
	{n: 39, name: "examples missing", input: "cargo::rustc-link-arg-examples=E\n", failed: true,
		stderr: "error: invalid instruction `cargo::rustc-link-arg-examples` from " + whence + "\nThe package " + descr + " does not have a example target.\n"},
	{n: 40, name: "stable", pkg: func(p *Package) { p.LibName = "has_dashes" }, input: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n",
		failed: true, stderr: bootstrap("error: ", "has_dashes")},
	{n: 40, name: "nightly", pkg: func(p *Package) { p.LibName, p.Nightly = "has_dashes", true }, input: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n",
		stderr: bootstrap("warning: foo@0.5.0: ", ""), want: files{"warnings": {bootstrap("", "")[:len(bootstrap("", ""))-1]}}},
	{n: 40, name: "env names lib", pkg: func(p *Package) { p.LibName, p.RustcBootstrap = "has_dashes", "other,has_dashes" },
		input: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", stderr: bootstrap("warning: foo@0.5.0: ", ""),
		want: files{"warnings": {bootstrap("", "")[:len(bootstrap("", ""))-1]}}},
	{n: 40, name: "env 1", pkg: func(p *Package) { p.LibName, p.RustcBootstrap = "has_dashes", "1" },
		input: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", stderr: bootstrap("warning: foo@0.5.0: ", ""),
		want: files{"warnings": {bootstrap("", "")[:len(bootstrap("", ""))-1]}}},
	{n: 40, name: "env names other", pkg: func(p *Package) { p.LibName, p.RustcBootstrap = "has_dashes", "bar" },
		input: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", failed: true, stderr: bootstrap("error: ", "has_dashes")},
	{n: 40, name: "bin only", pkg: func(p *Package) { p.Bins, p.RustcBootstrap = []string{"foo"}, "foo" },
		input: "cargo::rustc-env=RUSTC_BOOTSTRAP=1\n", failed: true, stderr: bootstrap("error: ", "1")},
	// 41 (CARGO_ENCODED_RUSTFLAGS) is the environment of the run: builder only.
	{n: 42, pkg: links("l"), input: "cargo:error=x\n", want: files{"metadata": {"error=x"}, "dep-env": {"DEP_L_ERROR=x"}}},
	{n: 43, input: "cargo:metadata=foo=bar\n", want: files{"metadata": {"metadata=foo=bar"}}},
	{n: 44, input: "cargo:KEY=VAL=UE\n", want: files{"metadata": {"KEY=VAL=UE"}}},
	{n: 45, pkg: links("l"), input: "cargo:=empty\n", want: files{"metadata": {"=empty"}, "dep-env": {"DEP_L_=empty"}}},
	{n: 46, input: "  cargo::rustc-cfg=indented  \r\n", want: files{"rustc-args": {"--cfg", "indented"}}},
	{n: 47, input: "cargo::rustc-env=A= b c \n", want: files{"env": {"A= b c"}}},
	{n: 48, name: "space", input: "cargo::rustc-cfg = x", failed: true, stderr: invalid("cargo::rustc-cfg = x", "Unknown key: `rustc-cfg `.")},
	{n: 48, name: "case", input: "cargo::RUSTC-CFG=x", failed: true, stderr: invalid("cargo::RUSTC-CFG=x", "Unknown key: `RUSTC-CFG`.")},
	{n: 48, name: "empty key", input: "cargo::=x", failed: true, stderr: invalid("cargo::=x", "Unknown key: ``.")},
	{n: 48, name: "bare", input: "cargo::", failed: true, stderr: noEq("cargo::", "cargo::")},
	{n: 49, input: "cargo::rustc-flags=-lfoo -L native=/a -l static=bar -L/b\n",
		want: files{"link-search-other": {"-L", "native=/a", "-L", "/b"}, "link-lib": {"-l", "foo", "-l", "static=bar"}}},
	{n: 50, name: "no value", input: "cargo::rustc-flags=-l", failed: true,
		stderr: "error: flag in rustc-flags has no value in " + whence + ": \n"},
	{n: 50, name: "empty", input: "cargo::rustc-flags=\n", want: files{}},
	{n: 50, name: "env", input: "cargo::rustc-env=NOVALUE", failed: true,
		stderr: "error: Variable rustc-env has no value in " + whence + ": NOVALUE\n"},
	{n: 51, input: "cargo::warning=w1\ncargo::error=e1\ncargo:warning=w2\ncargo:error=olderr\ncargo::bogus\n", failed: true,
		stderr: "warning: foo@0.5.0: w1\nerror: foo@0.5.0: e1\nwarning: foo@0.5.0: w2\nerror: build script logged errors\n"},
	{n: 52, pkg: links("pl"), input: "cargo::metadata=k=1\ncargo::metadata=k=2\ncargo:k-x.y=3\n",
		want: files{"dep-env": {"DEP_PL_K=2", "DEP_PL_K_X.Y=3"}, "metadata": {"k=1", "k=2", "k-x.y=3"}}},
	{n: 53, input: "cargo::rustc-link-arg-cdylib=x\ncargo::rustc-cfg=after\n",
		stderr: "warning: foo@0.5.0: cargo::rustc-link-arg-cdylib was specified in the build script of " + descr + ", but that package does not contain a cdylib target" + w9562 + "\n",
		want: files{
			"warnings":        {"cargo::rustc-link-arg-cdylib was specified in the build script of " + descr + ", but that package does not contain a cdylib target" + w9562},
			"link-arg.cdylib": {"-C", "link-arg=x"}, "link-arg.dependent-cdylib": {"-C", "link-arg=x"},
			"rustc-args": {"--cfg", "after"}}},
	{n: 54, input: "cargo::rustc-link-search=native=/x\ncargo::rustc-link-search=framework=/y\ncargo::rustc-link-lib=static:+whole-archive=z\n",
		want: files{"link-search-other": {"-L", "native=/x", "-L", "framework=/y"}, "link-lib": {"-l", "static:+whole-archive=z"}}},

	// Additional cases, checked against cargo 1.95 where marked [exp].
	{name: "indented error is reported but does not fail [exp]", input: "cargo::warning=w1\n  cargo::error=indented\n",
		stderr: "warning: foo@0.5.0: w1\nerror: foo@0.5.0: indented\n", want: files{"warnings": {"w1"}, "errors": {"indented"}}},
	{name: "scan is lossy and drops CR [exp]", input: "cargo::warning=w1\ncargo::error=bad\xff\xe2\x82x\r\ncargo::warning=w2\r\n", failed: true,
		stderr: "warning: foo@0.5.0: w1\nerror: foo@0.5.0: bad\uFFFD\uFFFDx\nwarning: foo@0.5.0: w2\nerror: build script logged errors\n"},
	{name: "parse error hides scanned warnings [exp]", input: "cargo::warning=w1\ncargo::bogus\n", failed: true,
		stderr: noEq("cargo::bogus", "cargo::")},
	{name: "link-arg-bin splits at the first =", pkg: func(p *Package) { p.Bins = []string{"a"} }, input: "cargo::rustc-link-arg-bin=a=b=c\n",
		want: files{"link-arg.bin.a": {"-C", "link-arg=b=c"}}},
	{name: "link args keep output order across kinds", pkg: func(p *Package) { p.Bins = []string{"a"} },
		input: "cargo::rustc-link-arg-bin=a=1\ncargo::rustc-link-arg=2\ncargo::rustc-link-arg-bins=3\n",
		want: files{"link-arg.bin.a": {"-C", "link-arg=1", "-C", "link-arg=2", "-C", "link-arg=3"},
			"link-arg.lib": {"-C", "link-arg=2"}, "link-arg.cdylib": {"-C", "link-arg=2"}, "link-arg.test": {"-C", "link-arg=2"},
			"link-arg.bench": {"-C", "link-arg=2"}, "link-arg.example": {"-C", "link-arg=2"}}},
	{name: "cfgs before check-cfgs [exp]", input: "cargo::rustc-check-cfg=cfg(zz)\ncargo::rustc-cfg=aa\ncargo::rustc-check-cfg=cfg(yy)\ncargo::rustc-cfg=bb\n",
		want: files{"rustc-args": {"--cfg", "aa", "--cfg", "bb", "--check-cfg", "cfg(zz)", "--check-cfg", "cfg(yy)"}}},
	{name: "msrv 1.80 passes", pkg: rv("1.80"), input: "cargo::rustc-cfg=x\n", want: files{"rustc-args": {"--cfg", "x"}}},
	{name: "msrv 1.76.9 fails", pkg: rv("1.76.9"), input: "cargo::rustc-cfg=x\n", failed: true,
		stderr: msrv("1.76.9", "Switch to the old `cargo:rustc-cfg=x` syntax (note the single colon).\n")},
	{name: "msrv 1 fails", pkg: rv("1"), input: "cargo::warning=x\n", failed: true,
		stderr: msrv("1", "Switch to the old `cargo:warning=x` syntax (note the single colon).\n")},
	{name: "msrv caret: 2.0 fails", pkg: rv("2.0"), input: "cargo::foo=x\n", failed: true, stderr: msrv("2.0", "")},
	{name: "msrv is not checked on old syntax", pkg: rv("1.0"), input: "cargo:rustc-cfg=x\n", want: files{"rustc-args": {"--cfg", "x"}}},
	{name: "env splits at the first =", input: "cargo::rustc-env=A=b=c\ncargo::rustc-env=E=\n", want: files{"env": {"A=b=c", "E="}}},
	{name: "old syntax non-reserved prefixes are metadata", input: "cargo:rustc-cfg =x\ncargo:rerun-if-changed\n",
		stderr: noEq("cargo:rerun-if-changed", "cargo:"), failed: true},
	{name: "out-dir rewrite", pkg: func(p *Package) { p.OutDirWhenRun, p.OutDir = "/tmp/run/out", "/nix/store/x-run/out" }, input: "cargo::rustc-link-search=native=/tmp/run/out/lib\n" +
		"cargo::rustc-env=INC=/tmp/run/out/include:/tmp/run/out\ncargo:include=/tmp/run/out/inc\n",
		want: files{"link-search-outdir": {"-L", "native=/nix/store/x-run/out/lib"}, "env": {"INC=/nix/store/x-run/out/include:/nix/store/x-run/out"},
			"metadata": {"include=/nix/store/x-run/out/inc"}}},
	{name: "rerun and metadata trailing space", input: "cargo:key= v \ncargo::rerun-if-changed=build.rs\ncargo::rerun-if-env-changed=CC\n",
		want: files{"metadata": {"key= v"}}},
	{name: "script killed, no output", run: func(r *ScriptRun) { r.ExitStatus = 137; r.Command = "run" }, input: " \n", failed: true,
		stderr: "error: failed to run custom build command for `" + descr + "`\n\nCaused by:\n  process didn't exit successfully: `run` (exit status: 137)\n"},
	// cargo 1.95 leaves out the whole --- stdout section here, as it is not UTF-8.
	{name: "backtrace note and non-UTF-8 stdout, shown unlike cargo", input: "cargo::warning=w\n\xff\n", failed: true,
		run: func(r *ScriptRun) {
			r.ExitStatus, r.Command, r.BacktraceProfile, r.Stderr = 1, "x", "release-lto", []byte("e\r\n")
		},
		stderr: "warning: foo@0.5.0: w\nerror: failed to run custom build command for `" + descr + "`\n" +
			"note: To improve backtraces for build dependencies, set the CARGO_PROFILE_RELEASE_LTO_BUILD_OVERRIDE_DEBUG=true environment variable to enable debug information generation.\n" +
			"\nCaused by:\n  process didn't exit successfully: `x` (exit status: 1)\n  --- stdout\n  cargo::warning=w\n  \uFFFD\n\n  --- stderr\n  e\n"},
}

func TestParseCases(t *testing.T) {
	for _, c := range parseCases {
		name := c.name
		if c.n > 0 {
			name = "case" + strconv.Itoa(c.n)
			if c.name != "" {
				name += "/" + c.name
			}
		}
		t.Run(name, func(t *testing.T) {
			p := &Package{Name: "foo", Version: "0.5.0", Descr: descr}
			if c.pkg != nil {
				c.pkg(p)
			}
			r := &ScriptRun{Package: p, Name: "test", Stdout: []byte(c.input)}
			if c.run != nil {
				c.run(r)
			}
			got := process(t, r, Options{})
			if got.stderr != c.stderr {
				t.Errorf("stderr:\n%s\nwant:\n%s", got.stderr, c.stderr)
			}
			if got.failed != c.failed {
				t.Fatalf("failed = %v, want %v", got.failed, c.failed)
			}
			if c.want == nil {
				c.want = files{}
			}
			if !c.failed && !reflect.DeepEqual(got.view, c.want) {
				t.Errorf("files:\n%q\nwant:\n%q", got.view, c.want)
			}
		})
	}
}
