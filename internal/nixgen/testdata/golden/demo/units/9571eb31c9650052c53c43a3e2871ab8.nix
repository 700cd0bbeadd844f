# memchr 2.5.0 (registry, replaced by debian): build-script-compile `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."memchr-2.5.0"; in
lib.compile {
  name = "0-00-memchr-2.5.0-build-script-compile-9571eb31";
  unit = "9571eb31c9650052c53c43a3e2871ab8";
  pkgName = "memchr";
  pkgVersion = "2.5.0";
  cargoStart = "{\"crate\":\"memchr\",\"kind\":\"build-script\",\"local\":false,\"mode\":\"build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"9571eb31c9650052c53c43a3e2871ab8\",\"v\":2,\"version\":\"2.5.0\"}";
  src = src;
  srcPath = "build.rs";
  preArgs = [
    "--crate-name" "build_script_build"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "bin"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"std\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"compiler_builtins\", \"core\", \"default\", \"libc\", \"rustc-dep-of-std\", \"std\", \"use_std\"))"
    "-C" "metadata=9571eb31c9650052"
    "-C" "extra-filename=-c53c43a3e2871ab8"
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
  linkLibs = false;
  linkArgFile = "";
  exeFile = "build_script_build-c53c43a3e2871ab8";
  exeName = "build-script-build";
  unitEnv = {
    CARGO_CRATE_NAME = "build_script_build";
    CARGO_PKG_AUTHORS = "Andrew Gallant <jamslam@gmail.com>:bluss";
    CARGO_PKG_DESCRIPTION = "Safe interface to memchr.";
    CARGO_PKG_HOMEPAGE = "https://github.com/BurntSushi/memchr";
    CARGO_PKG_LICENSE = "Unlicense/MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "memchr";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/BurntSushi/memchr";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "2.5.0";
    CARGO_PKG_VERSION_MAJOR = "2";
    CARGO_PKG_VERSION_MINOR = "5";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
