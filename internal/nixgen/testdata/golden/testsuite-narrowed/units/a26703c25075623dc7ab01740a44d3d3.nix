# counter 0.1.0 (path counter): doctest `counter`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources.runs.a26703c25075623dc7ab01740a44d3d3; in
lib.docTest {
  name = "1-02-counter-0.1.0-doctest-a26703c2";
  unit = "a26703c25075623dc7ab01740a44d3d3";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  src = src;
  relDir = "counter";
  srcPath = "src/lib.rs";
  preArgs = [
    "--edition=2021"
    "--crate-type" "lib"
    "--color" "auto"
    "--crate-name" "counter"
    "--test"
  ];
  targetArgs = [ ];
  lintArgs = [ ];
  libDeps = [
    units."8a2a51d6f5b54d57c541141482e27e72"
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  externArgs = [
    "--extern" "counter=${units."8a2a51d6f5b54d57c541141482e27e72"}/lib/libcounter-c541141482e27e72.rlib"
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
  ];
  postArgs = [
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
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
