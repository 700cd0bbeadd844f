# counter-macros 0.1.0 (path counter-macros): proc-macro `counter_macros`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-macros-0.1.0"; in
lib.compile {
  name = "0-00-counter-macros-0.1.0-proc-macro-cc607cad";
  unit = "cc607cad1e029933275fb4a9ebbb031c";
  pkgName = "counter-macros";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter-macros\",\"kind\":\"proc-macro\",\"local\":true,\"mode\":\"build\",\"target\":\"counter_macros\",\"type\":\"start\",\"unit\":\"cc607cad1e029933275fb4a9ebbb031c\",\"v\":2,\"version\":\"0.1.0\"}";
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
    "--crate-type" "proc-macro"
    "--emit=dep-info,link"
    "-C" "prefer-dynamic"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=cc607cad1e029933"
    "-C" "extra-filename=-275fb4a9ebbb031c"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "cc607cad1e029933275fb4a9ebbb031c";
  externArgs = [
    "--extern"
    "proc_macro"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
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
