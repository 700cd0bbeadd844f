# serde 1.0.152 (registry, replaced by debian): lib `serde`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."serde-1.0.152"; in
lib.compile {
  name = "1-06-serde-1.0.152-lib-af10ef2a";
  unit = "af10ef2a7d7b4ef6f3295a7f9ff366fe";
  pkgName = "serde";
  pkgVersion = "1.0.152";
  cargoStart = "{\"crate\":\"serde\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"serde\",\"type\":\"start\",\"unit\":\"af10ef2a7d7b4ef6f3295a7f9ff366fe\",\"v\":2,\"version\":\"1.0.152\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "serde"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"derive\""
    "--cfg" "feature=\"serde_derive\""
    "--cfg" "feature=\"std\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"alloc\", \"default\", \"derive\", \"rc\", \"serde_derive\", \"std\", \"unstable\"))"
    "-C" "metadata=af10ef2a7d7b4ef6"
    "-C" "extra-filename=-f3295a7f9ff366fe"
  ];
  targetArgs = [ ];
  libDeps = [
    units."37a1dd8fd01e25e3ca72fd3e48b6b7c8"
  ];
  externArgs = [
    "--extern" "serde_derive=${units."37a1dd8fd01e25e3ca72fd3e48b6b7c8"}/lib/libserde_derive-ca72fd3e48b6b7c8.so"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."7082ef3160c11e57e6cf30ca21a700c1"
  ];
  linkRuns = [
    units."7082ef3160c11e57e6cf30ca21a700c1"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "serde";
    CARGO_PKG_AUTHORS = "Erick Tryzelaar <erick.tryzelaar@gmail.com>:David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "A generic serialization/deserialization framework";
    CARGO_PKG_HOMEPAGE = "https://serde.rs";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "serde";
    CARGO_PKG_README = "crates-io.md";
    CARGO_PKG_REPOSITORY = "https://github.com/serde-rs/serde";
    CARGO_PKG_RUST_VERSION = "1.13";
    CARGO_PKG_VERSION = "1.0.152";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "152";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
