# crc32fast 1.3.2 (registry, replaced by debian): build-script-run `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."crc32fast-1.3.2"; in
lib.run {
  name = "0-01-crc32fast-1.3.2-build-script-run-849057eb";
  unit = "849057eb8b52f398ea31e5292be3e73b";
  pkgName = "crc32fast";
  pkgVersion = "1.3.2";
  cargoStart = "{\"crate\":\"crc32fast\",\"kind\":\"build-script-run\",\"local\":false,\"mode\":\"run-custom-build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"849057eb8b52f398ea31e5292be3e73b\",\"v\":2,\"version\":\"1.3.2\"}";
  src = src;
  script = "${units."d1d4a50982a5632856c2a15f77b9f726"}/bin/build-script-build";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "crc32fast"
    "--version"
    "1.3.2"
    "--lib-name"
    "crc32fast"
    "--has-benches"
  ];
  unitEnv = {
    CARGO_CFG_DEBUG_ASSERTIONS = "";
    CARGO_CFG_FEATURE = "default,std";
    CARGO_CFG_PANIC = "unwind";
    CARGO_CFG_TARGET_ABI = "";
    CARGO_CFG_TARGET_ARCH = "x86_64";
    CARGO_CFG_TARGET_ENDIAN = "little";
    CARGO_CFG_TARGET_ENV = "gnu";
    CARGO_CFG_TARGET_FAMILY = "unix";
    CARGO_CFG_TARGET_FEATURE = "fxsr,sse,sse2";
    CARGO_CFG_TARGET_HAS_ATOMIC = "16,32,64,8,ptr";
    CARGO_CFG_TARGET_OS = "linux";
    CARGO_CFG_TARGET_POINTER_WIDTH = "64";
    CARGO_CFG_TARGET_VENDOR = "unknown";
    CARGO_CFG_UNIX = "";
    CARGO_ENCODED_RUSTFLAGS = "";
    CARGO_FEATURE_DEFAULT = "1";
    CARGO_FEATURE_STD = "1";
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
    DEBUG = "true";
    HOST = "x86_64-unknown-linux-gnu";
    OPT_LEVEL = "0";
    PROFILE = "debug";
    TARGET = "x86_64-unknown-linux-gnu";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
