# zprobe-sys 0.1.0 (path zprobe-sys): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."zprobe-sys-0.1.0"; in
lib.compile {
  name = "0-01-zprobe-sys-0.1.0-build-script-compile-c10a950f";
  unit = "c10a950f3648bd0aada27e7acad890c8";
  pkgName = "zprobe-sys";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"zprobe-sys\",\"kind\":\"build-script\",\"local\":true,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"c10a950f3648bd0aada27e7acad890c8\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "zprobe-sys";
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
    "-C" "metadata=c10a950f3648bd0a"
    "-C" "extra-filename=-ada27e7acad890c8"
  ];
  targetArgs = [ ];
  libDeps = [
    units."5724aa08aa31ed397c4694107b25cb23"
  ];
  incremental = "c10a950f3648bd0aada27e7acad890c8";
  externArgs = [
    "--extern" "pkg_config=${units."5724aa08aa31ed397c4694107b25cb23"}/lib/libpkg_config-7c4694107b25cb23.rlib"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_build-ada27e7acad890c8";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
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
