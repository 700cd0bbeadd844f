# cmath 0.1.0 (path cmath): lib `cmath`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."cmath-0.1.0"; in
lib.compile {
  name = "1-03-cmath-0.1.0-lib-8904d6fa";
  unit = "8904d6fa4082a045799ee8895a66be8d";
  pkgName = "cmath";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"cmath\",\"kind\":\"lib\",\"local\":true,\"mode\":\"build\",\"target\":\"cmath\",\"type\":\"start\",\"unit\":\"8904d6fa4082a045799ee8895a66be8d\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "cmath";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "cmath"
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
    "-C" "metadata=8904d6fa4082a045"
    "-C" "extra-filename=-799ee8895a66be8d"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "8904d6fa4082a045799ee8895a66be8d";
  externArgs = [ ];
  ownRuns = [
    units."e4a0606a9d87d0b7019f18c00e9bb922"
  ];
  linkRuns = [
    units."e4a0606a9d87d0b7019f18c00e9bb922"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "cmath";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "cmath";
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
