# crc32fast 1.3.2 (registry, replaced by debian): lib `crc32fast`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."crc32fast-1.3.2"; in
lib.compile {
  name = "1-02-crc32fast-1.3.2-lib-03fd7090";
  unit = "03fd7090a1100b5c9d3a5fd2c18cec4e";
  pkgName = "crc32fast";
  pkgVersion = "1.3.2";
  cargoStart = "{\"crate\":\"crc32fast\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"crc32fast\",\"type\":\"start\",\"unit\":\"03fd7090a1100b5c9d3a5fd2c18cec4e\",\"v\":2,\"version\":\"1.3.2\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "crc32fast"
    "--edition=2015"
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
    "--check-cfg" "cfg(feature, values(\"default\", \"nightly\", \"std\"))"
    "-C" "metadata=03fd7090a1100b5c"
    "-C" "extra-filename=-9d3a5fd2c18cec4e"
  ];
  targetArgs = [ ];
  libDeps = [
    units."a2480e477550a81d92c1f1a121a0d6f0"
  ];
  externArgs = [
    "--extern" "cfg_if=${units."a2480e477550a81d92c1f1a121a0d6f0"}/lib/libcfg_if-92c1f1a121a0d6f0.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."849057eb8b52f398ea31e5292be3e73b"
  ];
  linkRuns = [
    units."849057eb8b52f398ea31e5292be3e73b"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "crc32fast";
    CARGO_PKG_AUTHORS = "Sam Rijs <srijs@airpost.net>:Alex Crichton <alex@alexcrichton.com>";
    CARGO_PKG_DESCRIPTION = "Fast, SIMD-accelerated CRC32 (IEEE) checksum computation";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "crc32fast";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/srijs/rust-crc32fast";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.3.2";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "3";
    CARGO_PKG_VERSION_PATCH = "2";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
