# cmath 0.1.0 (path cmath): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."cmath-0.1.0"; in
lib.compile {
  name = "0-01-cmath-0.1.0-build-script-compile-23b4ee87";
  unit = "23b4ee87eacc0fafe3d81e774ced6503";
  pkgName = "cmath";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"cmath\",\"kind\":\"build-script\",\"local\":true,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"23b4ee87eacc0fafe3d81e774ced6503\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "cmath";
  member = true;
  srcPath = "build.rs";
  preArgs = [
    "--crate-name" "build_script_build"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=23b4ee87eacc0faf"
    "-C" "extra-filename=-e3d81e774ced6503"
  ];
  targetArgs = [ ];
  libDeps = [
    units."1c13b05bde9af0462b8ebc23895555f3"
  ];
  incremental = "23b4ee87eacc0fafe3d81e774ced6503";
  externArgs = [
    "--extern" "cc=${units."1c13b05bde9af0462b8ebc23895555f3"}/lib/libcc-2b8ebc23895555f3.rlib"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_build-e3d81e774ced6503";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
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
