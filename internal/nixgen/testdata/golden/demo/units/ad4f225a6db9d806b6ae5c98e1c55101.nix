# autocfg 1.1.0 (registry, replaced by debian): lib `autocfg`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."autocfg-1.1.0"; in
lib.compile {
  name = "0-00-autocfg-1.1.0-lib-ad4f225a";
  unit = "ad4f225a6db9d806b6ae5c98e1c55101";
  pkgName = "autocfg";
  pkgVersion = "1.1.0";
  cargoStart = "{\"crate\":\"autocfg\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"autocfg\",\"type\":\"start\",\"unit\":\"ad4f225a6db9d806b6ae5c98e1c55101\",\"v\":2,\"version\":\"1.1.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "autocfg"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=ad4f225a6db9d806"
    "-C" "extra-filename=-b6ae5c98e1c55101"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "autocfg";
    CARGO_PKG_AUTHORS = "Josh Stone <cuviper@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Automatic cfg for Rust compiler features";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "Apache-2.0 OR MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "autocfg";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/cuviper/autocfg";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.1.0";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
