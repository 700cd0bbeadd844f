# heck 0.4.0 (registry, replaced by debian): lib `heck`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."heck-0.4.0"; in
lib.compile {
  name = "0-00-heck-0.4.0-lib-8becb514";
  unit = "8becb514e9ae142b5277fdea2c7abb5f";
  pkgName = "heck";
  pkgVersion = "0.4.0";
  cargoStart = "{\"crate\":\"heck\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"heck\",\"type\":\"start\",\"unit\":\"8becb514e9ae142b5277fdea2c7abb5f\",\"v\":2,\"version\":\"0.4.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "heck"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--cfg" "feature=\"default\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"unicode\", \"unicode-segmentation\"))"
    "-C" "metadata=8becb514e9ae142b"
    "-C" "extra-filename=-5277fdea2c7abb5f"
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
    CARGO_CRATE_NAME = "heck";
    CARGO_PKG_AUTHORS = "Without Boats <woboats@gmail.com>";
    CARGO_PKG_DESCRIPTION = "heck is a case conversion library.";
    CARGO_PKG_HOMEPAGE = "https://github.com/withoutboats/heck";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "heck";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/withoutboats/heck";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.4.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "4";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
