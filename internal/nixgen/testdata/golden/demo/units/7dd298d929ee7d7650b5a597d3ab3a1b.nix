# strsim 0.10.0 (registry, replaced by debian): lib `strsim`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."strsim-0.10.0"; in
lib.compile {
  name = "1-00-strsim-0.10.0-lib-7dd298d9";
  unit = "7dd298d929ee7d7650b5a597d3ab3a1b";
  pkgName = "strsim";
  pkgVersion = "0.10.0";
  cargoStart = "{\"crate\":\"strsim\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"strsim\",\"type\":\"start\",\"unit\":\"7dd298d929ee7d7650b5a597d3ab3a1b\",\"v\":2,\"version\":\"0.10.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "strsim"
    "--edition=2015"
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
    "-C" "metadata=7dd298d929ee7d76"
    "-C" "extra-filename=-50b5a597d3ab3a1b"
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
    CARGO_CRATE_NAME = "strsim";
    CARGO_PKG_AUTHORS = "Danny Guo <danny@dannyguo.com>";
    CARGO_PKG_DESCRIPTION = "Implementations of string similarity metrics. Includes Hamming, Levenshtein,\nOSA, Damerau-Levenshtein, Jaro, Jaro-Winkler, and Sørensen-Dice.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/dguo/strsim-rs";
    CARGO_PKG_LICENSE = "MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "strsim";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dguo/strsim-rs";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.10.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "10";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
