# memchr 2.5.0 (registry, replaced by debian): lib `memchr`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."memchr-2.5.0"; in
lib.compile {
  name = "1-02-memchr-2.5.0-lib-55975b43";
  unit = "55975b43212661198825f8ee8102b85e";
  pkgName = "memchr";
  pkgVersion = "2.5.0";
  cargoStart = "{\"crate\":\"memchr\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"memchr\",\"type\":\"start\",\"unit\":\"55975b43212661198825f8ee8102b85e\",\"v\":2,\"version\":\"2.5.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "memchr"
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
    "--check-cfg" "cfg(feature, values(\"compiler_builtins\", \"core\", \"default\", \"libc\", \"rustc-dep-of-std\", \"std\", \"use_std\"))"
    "-C" "metadata=55975b4321266119"
    "-C" "extra-filename=-8825f8ee8102b85e"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."64ef101aaa275bb501d72f72d8dbd44d"
  ];
  linkRuns = [
    units."64ef101aaa275bb501d72f72d8dbd44d"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "memchr";
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
