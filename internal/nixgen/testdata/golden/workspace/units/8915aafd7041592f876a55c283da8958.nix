# text-utils 0.2.0 (path text-utils): lib `textutils`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."text-utils-0.2.0"; in
lib.compile {
  name = "1-02-text-utils-0.2.0-lib-8915aafd";
  unit = "8915aafd7041592f876a55c283da8958";
  pkgName = "text-utils";
  pkgVersion = "0.2.0";
  cargoStart = "{\"crate\":\"text-utils\",\"kind\":\"lib\",\"local\":true,\"mode\":\"build\",\"target\":\"textutils\",\"type\":\"start\",\"unit\":\"8915aafd7041592f876a55c283da8958\",\"v\":2,\"version\":\"0.2.0\"}";
  src = src;
  relDir = "text-utils";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "textutils"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--forbid=unsafe_code"
    "--warn=unexpected_cfgs"
    "--check-cfg" "cfg(fixture_cfg)"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=8915aafd7041592f"
    "-C" "extra-filename=-876a55c283da8958"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "8915aafd7041592f876a55c283da8958";
  externArgs = [ ];
  ownRuns = [
    units."eab25f13d82cd0537c19a3ac666e1796"
  ];
  linkRuns = [
    units."eab25f13d82cd0537c19a3ac666e1796"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "textutils";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "text-utils";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.2.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "2";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_PRIMARY_PACKAGE = "1";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
