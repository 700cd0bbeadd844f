# counter-macros 0.1.0 (path counter-macros): test `counter_macros`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-macros-0.1.0"; in
lib.compile {
  name = "1-00-counter-macros-0.1.0-test-c7df555f";
  unit = "c7df555ffd4a8f39858d3e5d08a28617";
  pkgName = "counter-macros";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter-macros\",\"kind\":\"lib\",\"local\":true,\"mode\":\"test\",\"target\":\"counter_macros\",\"type\":\"start\",\"unit\":\"c7df555ffd4a8f39858d3e5d08a28617\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "counter-macros";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "counter_macros"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--emit=dep-info,link"
    "-C" "prefer-dynamic"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--test"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=c7df555ffd4a8f39"
    "-C" "extra-filename=-858d3e5d08a28617"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "c7df555ffd4a8f39858d3e5d08a28617";
  externArgs = [
    "--extern"
    "proc_macro"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  exeFile = "counter_macros-858d3e5d08a28617";
  exeName = "counter_macros-858d3e5d08a28617";
  unitEnv = {
    CARGO_CRATE_NAME = "counter_macros";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "counter-macros";
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
