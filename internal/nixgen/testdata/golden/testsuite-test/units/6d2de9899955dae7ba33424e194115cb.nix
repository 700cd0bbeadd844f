# counter 0.1.0 (path counter): test `count-words`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-0.1.0"; in
lib.compile {
  name = "1-02-counter-0.1.0-test-6d2de989";
  unit = "6d2de9899955dae7ba33424e194115cb";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter\",\"kind\":\"bin\",\"local\":true,\"mode\":\"test\",\"target\":\"count-words\",\"type\":\"start\",\"unit\":\"6d2de9899955dae7ba33424e194115cb\",\"v\":2,\"version\":\"0.1.0\"}";
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
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--test"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=6d2de9899955dae7"
    "-C" "extra-filename=-ba33424e194115cb"
  ];
  targetArgs = [ ];
  libDeps = [
    units."8a2a51d6f5b54d57c541141482e27e72"
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  incremental = "6d2de9899955dae7ba33424e194115cb";
  externArgs = [
    "--extern" "counter=${units."8a2a51d6f5b54d57c541141482e27e72"}/lib/libcounter-c541141482e27e72.rlib"
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "link-arg.bin.count-words";
  exeFile = "count_words-ba33424e194115cb";
  exeName = "count_words-ba33424e194115cb";
  unitEnv = {
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
