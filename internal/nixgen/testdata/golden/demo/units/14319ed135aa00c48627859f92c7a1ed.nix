# regex-syntax 0.6.27 (registry, replaced by debian): lib `regex_syntax`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."regex-syntax-0.6.27"; in
lib.compile {
  name = "1-00-regex-syntax-0.6.27-lib-14319ed1";
  unit = "14319ed135aa00c48627859f92c7a1ed";
  pkgName = "regex-syntax";
  pkgVersion = "0.6.27";
  cargoStart = "{\"crate\":\"regex-syntax\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"regex_syntax\",\"type\":\"start\",\"unit\":\"14319ed135aa00c48627859f92c7a1ed\",\"v\":2,\"version\":\"0.6.27\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "regex_syntax"
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
    "--cfg" "feature=\"unicode\""
    "--cfg" "feature=\"unicode-age\""
    "--cfg" "feature=\"unicode-bool\""
    "--cfg" "feature=\"unicode-case\""
    "--cfg" "feature=\"unicode-gencat\""
    "--cfg" "feature=\"unicode-perl\""
    "--cfg" "feature=\"unicode-script\""
    "--cfg" "feature=\"unicode-segment\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"unicode\", \"unicode-age\", \"unicode-bool\", \"unicode-case\", \"unicode-gencat\", \"unicode-perl\", \"unicode-script\", \"unicode-segment\"))"
    "-C" "metadata=14319ed135aa00c4"
    "-C" "extra-filename=-8627859f92c7a1ed"
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
    CARGO_CRATE_NAME = "regex_syntax";
    CARGO_PKG_AUTHORS = "The Rust Project Developers";
    CARGO_PKG_DESCRIPTION = "A regular expression parser.";
    CARGO_PKG_HOMEPAGE = "https://github.com/rust-lang/regex";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "regex-syntax";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/rust-lang/regex";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.6.27";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "6";
    CARGO_PKG_VERSION_PATCH = "27";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
