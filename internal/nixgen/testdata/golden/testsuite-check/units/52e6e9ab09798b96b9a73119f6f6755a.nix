# counter 0.1.0 (path counter): bin `count-words`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-0.1.0"; in
lib.compile {
  name = "1-02-counter-0.1.0-bin-52e6e9ab";
  unit = "52e6e9ab09798b96b9a73119f6f6755a";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter\",\"kind\":\"bin\",\"local\":true,\"mode\":\"check\",\"target\":\"count-words\",\"type\":\"start\",\"unit\":\"52e6e9ab09798b96b9a73119f6f6755a\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "counter";
  member = true;
  srcPath = "src/main.rs";
  preArgs = [
    "--crate-name" "count_words"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,metadata"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=52e6e9ab09798b96"
    "-C" "extra-filename=-b9a73119f6f6755a"
  ];
  targetArgs = [ ];
  libDeps = [
    units."dd45cf87503050f5a17bdad3f4ecc538"
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  incremental = "52e6e9ab09798b96b9a73119f6f6755a";
  externArgs = [
    "--extern" "counter=${units."dd45cf87503050f5a17bdad3f4ecc538"}/lib/libcounter-a17bdad3f4ecc538.rmeta"
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "link-arg.bin.count-words";
  unitEnv = {
    CARGO_BIN_NAME = "count-words";
    CARGO_CRATE_NAME = "count_words";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "testsuite fixture: words counted";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "counter";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.1.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_PRIMARY_PACKAGE = "1";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
