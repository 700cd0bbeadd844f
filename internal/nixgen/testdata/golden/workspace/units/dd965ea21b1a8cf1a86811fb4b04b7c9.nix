# text-utils 0.2.0 (path text-utils): build-script-compile `build-script-main`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."text-utils-0.2.0"; in
lib.compile {
  name = "0-00-text-utils-0.2.0-build-script-compile-dd965ea2";
  unit = "dd965ea21b1a8cf1a86811fb4b04b7c9";
  pkgName = "text-utils";
  pkgVersion = "0.2.0";
  cargoStart = "{\"crate\":\"text-utils\",\"kind\":\"build-script\",\"local\":true,\"mode\":\"build\",\"target\":\"build-script-main\",\"type\":\"start\",\"unit\":\"dd965ea21b1a8cf1a86811fb4b04b7c9\",\"v\":2,\"version\":\"0.2.0\"}";
  src = src;
  relDir = "text-utils";
  member = true;
  srcPath = "build/main.rs";
  preArgs = [
    "--crate-name" "build_script_main"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--forbid=unsafe_code"
    "--warn=unexpected_cfgs"
    "--check-cfg" "cfg(fixture_cfg)"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=dd965ea21b1a8cf1"
    "-C" "extra-filename=-a86811fb4b04b7c9"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "dd965ea21b1a8cf1a86811fb4b04b7c9";
  externArgs = [ ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_main-a86811fb4b04b7c9";
  exeName = "build-script-main";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_main";
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
