# counter 0.1.0 (path counter): test `counter`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-0.1.0"; in
lib.compile {
  name = "1-01-counter-0.1.0-test-384da014";
  unit = "384da01468d7af51d2ba70058a5c0536";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter\",\"kind\":\"test\",\"local\":true,\"mode\":\"check\",\"target\":\"counter\",\"type\":\"start\",\"unit\":\"384da01468d7af51d2ba70058a5c0536\",\"v\":2,\"version\":\"0.1.0\"}";
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
    "--emit=dep-info,metadata"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--test"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=384da01468d7af51"
    "-C" "extra-filename=-d2ba70058a5c0536"
  ];
  targetArgs = [ ];
  libDeps = [
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  incremental = "384da01468d7af51d2ba70058a5c0536";
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
