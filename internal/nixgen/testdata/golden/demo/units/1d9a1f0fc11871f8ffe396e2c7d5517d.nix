# once_cell 1.17.0 (registry, replaced by debian): lib `once_cell`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."once_cell-1.17.0"; in
lib.compile {
  name = "1-00-once_cell-1.17.0-lib-1d9a1f0f";
  unit = "1d9a1f0fc11871f8ffe396e2c7d5517d";
  pkgName = "once_cell";
  pkgVersion = "1.17.0";
  cargoStart = "{\"crate\":\"once_cell\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"once_cell\",\"type\":\"start\",\"unit\":\"1d9a1f0fc11871f8ffe396e2c7d5517d\",\"v\":2,\"version\":\"1.17.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "once_cell"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"alloc\""
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"race\""
    "--cfg" "feature=\"std\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"alloc\", \"default\", \"parking_lot\", \"parking_lot_core\", \"race\", \"std\", \"unstable\"))"
    "-C" "metadata=1d9a1f0fc11871f8"
    "-C" "extra-filename=-ffe396e2c7d5517d"
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
    CARGO_CRATE_NAME = "once_cell";
    CARGO_PKG_AUTHORS = "Aleksey Kladov <aleksey.kladov@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Single assignment cells and lazy values.";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "once_cell";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/matklad/once_cell";
    CARGO_PKG_RUST_VERSION = "1.56";
    CARGO_PKG_VERSION = "1.17.0";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "17";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
