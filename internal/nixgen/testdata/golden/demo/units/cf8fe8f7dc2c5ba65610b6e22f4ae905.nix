# serde_json 1.0.87 (registry, replaced by debian): lib `serde_json`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."serde_json-1.0.87"; in
lib.compile {
  name = "1-07-serde_json-1.0.87-lib-cf8fe8f7";
  unit = "cf8fe8f7dc2c5ba65610b6e22f4ae905";
  pkgName = "serde_json";
  pkgVersion = "1.0.87";
  cargoStart = "{\"crate\":\"serde_json\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"serde_json\",\"type\":\"start\",\"unit\":\"cf8fe8f7dc2c5ba65610b6e22f4ae905\",\"v\":2,\"version\":\"1.0.87\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "serde_json"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"std\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"alloc\", \"arbitrary_precision\", \"default\", \"float_roundtrip\", \"indexmap\", \"preserve_order\", \"raw_value\", \"std\", \"unbounded_depth\"))"
    "-C" "metadata=cf8fe8f7dc2c5ba6"
    "-C" "extra-filename=-5610b6e22f4ae905"
  ];
  targetArgs = [ ];
  libDeps = [
    units."806e510f652f98841e1278c18a2cf35d"
    units."5ab4efd7ea7f50d474696dc90bf20ce3"
    units."af10ef2a7d7b4ef6f3295a7f9ff366fe"
  ];
  externArgs = [
    "--extern" "itoa=${units."806e510f652f98841e1278c18a2cf35d"}/lib/libitoa-1e1278c18a2cf35d.rmeta"
    "--extern" "ryu=${units."5ab4efd7ea7f50d474696dc90bf20ce3"}/lib/libryu-74696dc90bf20ce3.rmeta"
    "--extern" "serde=${units."af10ef2a7d7b4ef6f3295a7f9ff366fe"}/lib/libserde-f3295a7f9ff366fe.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."bb4260b5ac3874c8b95d17c00d7912de"
  ];
  linkRuns = [
    units."bb4260b5ac3874c8b95d17c00d7912de"
    units."889abd600fb2360176819d45a2f05041"
    units."7082ef3160c11e57e6cf30ca21a700c1"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "serde_json";
    CARGO_PKG_AUTHORS = "Erick Tryzelaar <erick.tryzelaar@gmail.com>:David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "A JSON serialization file format";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "serde_json";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/serde-rs/json";
    CARGO_PKG_RUST_VERSION = "1.36";
    CARGO_PKG_VERSION = "1.0.87";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "87";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
