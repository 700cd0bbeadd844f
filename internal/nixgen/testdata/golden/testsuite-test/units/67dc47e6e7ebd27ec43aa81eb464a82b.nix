# counter-macros 0.1.0 (path counter-macros): doctest `counter_macros`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-macros-0.1.0"; in
lib.docTest {
  name = "1-01-counter-macros-0.1.0-doctest-67dc47e6";
  unit = "67dc47e6e7ebd27ec43aa81eb464a82b";
  pkgName = "counter-macros";
  pkgVersion = "0.1.0";
  src = src;
  relDir = "counter-macros";
  srcPath = "src/lib.rs";
  preArgs = [
    "--edition=2021"
    "--crate-type" "proc-macro"
    "--color" "auto"
    "--crate-name" "counter_macros"
    "--test"
  ];
  targetArgs = [ ];
  lintArgs = [ ];
  libDeps = [
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  externArgs = [
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
    "--extern"
    "proc_macro"
  ];
  postArgs = [
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
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
