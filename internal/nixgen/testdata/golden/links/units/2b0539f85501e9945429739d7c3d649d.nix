# zprobe-sys 0.1.0 (path zprobe-sys): lib `zprobe_sys`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."zprobe-sys-0.1.0"; in
lib.compile {
  name = "1-03-zprobe-sys-0.1.0-lib-2b0539f8";
  unit = "2b0539f85501e9945429739d7c3d649d";
  pkgName = "zprobe-sys";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"zprobe-sys\",\"kind\":\"lib\",\"local\":true,\"mode\":\"build\",\"target\":\"zprobe_sys\",\"type\":\"start\",\"unit\":\"2b0539f85501e9945429739d7c3d649d\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "zprobe-sys";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "zprobe_sys"
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
    "-C" "metadata=2b0539f85501e994"
    "-C" "extra-filename=-5429739d7c3d649d"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  incremental = "2b0539f85501e9945429739d7c3d649d";
  externArgs = [ ];
  ownRuns = [
    units."bbee4660f766c7c2c5436f977bdd8333"
  ];
  linkRuns = [
    units."bbee4660f766c7c2c5436f977bdd8333"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "zprobe_sys";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "zprobe-sys";
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
