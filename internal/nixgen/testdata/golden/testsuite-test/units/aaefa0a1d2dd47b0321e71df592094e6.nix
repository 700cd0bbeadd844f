# counter 0.1.0 (path counter): example `demo`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-0.1.0"; in
lib.compile {
  name = "1-02-counter-0.1.0-example-aaefa0a1";
  unit = "aaefa0a1d2dd47b0321e71df592094e6";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter\",\"kind\":\"example\",\"local\":true,\"mode\":\"build\",\"target\":\"demo\",\"type\":\"start\",\"unit\":\"aaefa0a1d2dd47b0321e71df592094e6\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "counter";
  member = true;
  srcPath = "examples/demo.rs";
  preArgs = [
    "--crate-name" "demo"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=aaefa0a1d2dd47b0"
    "-C" "extra-filename=-321e71df592094e6"
  ];
  targetArgs = [ ];
  libDeps = [
    units."8a2a51d6f5b54d57c541141482e27e72"
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  incremental = "aaefa0a1d2dd47b0321e71df592094e6";
  externArgs = [
    "--extern" "counter=${units."8a2a51d6f5b54d57c541141482e27e72"}/lib/libcounter-c541141482e27e72.rlib"
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "link-arg.example";
  exeFile = "demo-321e71df592094e6";
  exeName = "demo";
  unitEnv = {
    CARGO_BIN_NAME = "demo";
    CARGO_CRATE_NAME = "demo";
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
