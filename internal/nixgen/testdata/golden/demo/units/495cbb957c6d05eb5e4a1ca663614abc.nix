# aho-corasick 0.7.19 (registry, replaced by debian): lib `aho_corasick`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."aho-corasick-0.7.19"; in
lib.compile {
  name = "1-03-aho-corasick-0.7.19-lib-495cbb95";
  unit = "495cbb957c6d05eb5e4a1ca663614abc";
  pkgName = "aho-corasick";
  pkgVersion = "0.7.19";
  cargoStart = "{\"crate\":\"aho-corasick\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"aho_corasick\",\"type\":\"start\",\"unit\":\"495cbb957c6d05eb5e4a1ca663614abc\",\"v\":2,\"version\":\"0.7.19\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "aho_corasick"
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
    "--check-cfg" "cfg(feature, values(\"default\", \"std\"))"
    "-C" "metadata=495cbb957c6d05eb"
    "-C" "extra-filename=-5e4a1ca663614abc"
  ];
  targetArgs = [ ];
  libDeps = [
    units."55975b43212661198825f8ee8102b85e"
  ];
  externArgs = [
    "--extern" "memchr=${units."55975b43212661198825f8ee8102b85e"}/lib/libmemchr-8825f8ee8102b85e.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."64ef101aaa275bb501d72f72d8dbd44d"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "aho_corasick";
    CARGO_PKG_AUTHORS = "Andrew Gallant <jamslam@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Fast multiple substring searching.";
    CARGO_PKG_HOMEPAGE = "https://github.com/BurntSushi/aho-corasick";
    CARGO_PKG_LICENSE = "Unlicense/MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "aho-corasick";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/BurntSushi/aho-corasick";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.7.19";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "7";
    CARGO_PKG_VERSION_PATCH = "19";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
