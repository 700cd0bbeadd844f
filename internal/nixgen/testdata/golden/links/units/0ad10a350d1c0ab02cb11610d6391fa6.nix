# user 0.1.0 (path user): bin `user`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."user-0.1.0"; in
lib.compile {
  name = "1-04-user-0.1.0-bin-0ad10a35";
  unit = "0ad10a350d1c0ab02cb11610d6391fa6";
  pkgName = "user";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"user\",\"kind\":\"bin\",\"local\":true,\"mode\":\"build\",\"target\":\"user\",\"type\":\"start\",\"unit\":\"0ad10a350d1c0ab02cb11610d6391fa6\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "user";
  member = true;
  srcPath = "src/main.rs";
  preArgs = [
    "--crate-name" "user"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=0ad10a350d1c0ab0"
    "-C" "extra-filename=-2cb11610d6391fa6"
  ];
  targetArgs = [ ];
  libDeps = [
    units."8904d6fa4082a045799ee8895a66be8d"
    units."2b0539f85501e9945429739d7c3d649d"
  ];
  incremental = "0ad10a350d1c0ab02cb11610d6391fa6";
  externArgs = [
    "--extern" "cmath=${units."8904d6fa4082a045799ee8895a66be8d"}/lib/libcmath-799ee8895a66be8d.rlib"
    "--extern" "zprobe_sys=${units."2b0539f85501e9945429739d7c3d649d"}/lib/libzprobe_sys-5429739d7c3d649d.rlib"
  ];
  ownRuns = [
    units."e8e6d58d9a504bfd71908a2af72e0426"
  ];
  linkRuns = [
    units."e8e6d58d9a504bfd71908a2af72e0426"
    units."e4a0606a9d87d0b7019f18c00e9bb922"
    units."bbee4660f766c7c2c5436f977bdd8333"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.bin.user";
  exeFile = "user-2cb11610d6391fa6";
  exeName = "user";
  unitEnv = {
    CARGO_BIN_NAME = "user";
    CARGO_CRATE_NAME = "user";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "user";
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
