# version_check 0.9.4 (registry, replaced by debian): lib `version_check`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."version_check-0.9.4"; in
lib.compile {
  name = "0-00-version_check-0.9.4-lib-d048b49e";
  unit = "d048b49e639b74e8be2f35a9c4256eb6";
  pkgName = "version_check";
  pkgVersion = "0.9.4";
  cargoStart = "{\"crate\":\"version_check\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"version_check\",\"type\":\"start\",\"unit\":\"d048b49e639b74e8be2f35a9c4256eb6\",\"v\":2,\"version\":\"0.9.4\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "version_check"
    "--edition=2015"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=d048b49e639b74e8"
    "-C" "extra-filename=-be2f35a9c4256eb6"
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
    CARGO_CRATE_NAME = "version_check";
    CARGO_PKG_AUTHORS = "Sergio Benitez <sb@sergio.bz>";
    CARGO_PKG_DESCRIPTION = "Tiny crate to check the version of the installed/running rustc.";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT/Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "version_check";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/SergioBenitez/version_check";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.9.4";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "9";
    CARGO_PKG_VERSION_PATCH = "4";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
