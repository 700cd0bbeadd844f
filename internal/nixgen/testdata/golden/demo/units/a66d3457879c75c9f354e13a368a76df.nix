# termcolor 1.1.2 (registry, replaced by debian): lib `termcolor`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."termcolor-1.1.2"; in
lib.compile {
  name = "1-00-termcolor-1.1.2-lib-a66d3457";
  unit = "a66d3457879c75c9f354e13a368a76df";
  pkgName = "termcolor";
  pkgVersion = "1.1.2";
  cargoStart = "{\"crate\":\"termcolor\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"termcolor\",\"type\":\"start\",\"unit\":\"a66d3457879c75c9f354e13a368a76df\",\"v\":2,\"version\":\"1.1.2\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "termcolor"
    "--edition=2018"
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
    "-C" "metadata=a66d3457879c75c9"
    "-C" "extra-filename=-f354e13a368a76df"
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
    CARGO_CRATE_NAME = "termcolor";
    CARGO_PKG_AUTHORS = "Andrew Gallant <jamslam@gmail.com>";
    CARGO_PKG_DESCRIPTION = "A simple cross platform library for writing colored text to a terminal.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/BurntSushi/termcolor";
    CARGO_PKG_LICENSE = "Unlicense OR MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "termcolor";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/BurntSushi/termcolor";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.1.2";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "2";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
