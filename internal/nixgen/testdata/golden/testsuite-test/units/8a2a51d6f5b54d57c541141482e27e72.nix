# counter 0.1.0 (path counter): lib `counter`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-0.1.0"; in
lib.compile {
  name = "1-01-counter-0.1.0-lib-8a2a51d6";
  unit = "8a2a51d6f5b54d57c541141482e27e72";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter\",\"kind\":\"lib\",\"local\":true,\"mode\":\"build\",\"target\":\"counter\",\"type\":\"start\",\"unit\":\"8a2a51d6f5b54d57c541141482e27e72\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "counter";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "counter"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=8a2a51d6f5b54d57"
    "-C" "extra-filename=-c541141482e27e72"
  ];
  targetArgs = [ ];
  libDeps = [
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  incremental = "8a2a51d6f5b54d57c541141482e27e72";
  externArgs = [
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "counter";
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
