# regex 1.7.1 (registry, replaced by debian): lib `regex`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."regex-1.7.1"; in
lib.compile {
  name = "1-04-regex-1.7.1-lib-e06abe07";
  unit = "e06abe07e690e299f09790f350640e97";
  pkgName = "regex";
  pkgVersion = "1.7.1";
  cargoStart = "{\"crate\":\"regex\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"regex\",\"type\":\"start\",\"unit\":\"e06abe07e690e299f09790f350640e97\",\"v\":2,\"version\":\"1.7.1\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "regex"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"aho-corasick\""
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"memchr\""
    "--cfg" "feature=\"perf\""
    "--cfg" "feature=\"perf-cache\""
    "--cfg" "feature=\"perf-dfa\""
    "--cfg" "feature=\"perf-inline\""
    "--cfg" "feature=\"perf-literal\""
    "--cfg" "feature=\"std\""
    "--cfg" "feature=\"unicode\""
    "--cfg" "feature=\"unicode-age\""
    "--cfg" "feature=\"unicode-bool\""
    "--cfg" "feature=\"unicode-case\""
    "--cfg" "feature=\"unicode-gencat\""
    "--cfg" "feature=\"unicode-perl\""
    "--cfg" "feature=\"unicode-script\""
    "--cfg" "feature=\"unicode-segment\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"aho-corasick\", \"default\", \"memchr\", \"pattern\", \"perf\", \"perf-cache\", \"perf-dfa\", \"perf-inline\", \"perf-literal\", \"std\", \"unicode\", \"unicode-age\", \"unicode-bool\", \"unicode-case\", \"unicode-gencat\", \"unicode-perl\", \"unicode-script\", \"unicode-segment\", \"unstable\", \"use_std\"))"
    "-C" "metadata=e06abe07e690e299"
    "-C" "extra-filename=-f09790f350640e97"
  ];
  targetArgs = [ ];
  libDeps = [
    units."495cbb957c6d05eb5e4a1ca663614abc"
    units."55975b43212661198825f8ee8102b85e"
    units."14319ed135aa00c48627859f92c7a1ed"
  ];
  externArgs = [
    "--extern" "aho_corasick=${units."495cbb957c6d05eb5e4a1ca663614abc"}/lib/libaho_corasick-5e4a1ca663614abc.rmeta"
    "--extern" "memchr=${units."55975b43212661198825f8ee8102b85e"}/lib/libmemchr-8825f8ee8102b85e.rmeta"
    "--extern" "regex_syntax=${units."14319ed135aa00c48627859f92c7a1ed"}/lib/libregex_syntax-8627859f92c7a1ed.rmeta"
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
    CARGO_CRATE_NAME = "regex";
    CARGO_PKG_AUTHORS = "The Rust Project Developers";
    CARGO_PKG_DESCRIPTION = "An implementation of regular expressions for Rust. This implementation uses\nfinite automata and guarantees linear time matching on all inputs.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/rust-lang/regex";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "regex";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/rust-lang/regex";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.7.1";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "7";
    CARGO_PKG_VERSION_PATCH = "1";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
