# syn 1.0.107 (registry, replaced by debian): build-script-run `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."syn-1.0.107"; in
lib.run {
  name = "0-01-syn-1.0.107-build-script-run-e3a3876c";
  unit = "e3a3876cd7ff5ac479417588cfdae742";
  pkgName = "syn";
  pkgVersion = "1.0.107";
  cargoStart = "{\"crate\":\"syn\",\"kind\":\"build-script-run\",\"local\":false,\"mode\":\"run-custom-build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"e3a3876cd7ff5ac479417588cfdae742\",\"v\":2,\"version\":\"1.0.107\"}";
  src = src;
  script = "${units."aeca6a717f309b32a0e9de1f083b5267"}/bin/build-script-build";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "syn"
    "--version"
    "1.0.107"
    "--rust-version"
    "1.31"
    "--lib-name"
    "syn"
    "--has-benches"
    "--has-tests"
  ];
  unitEnv = {
    CARGO_CFG_DEBUG_ASSERTIONS = "";
    CARGO_CFG_FEATURE = "clone-impls,default,derive,full,parsing,printing,proc-macro,quote";
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
    CARGO_FEATURE_CLONE_IMPLS = "1";
    CARGO_FEATURE_DEFAULT = "1";
    CARGO_FEATURE_DERIVE = "1";
    CARGO_FEATURE_FULL = "1";
    CARGO_FEATURE_PARSING = "1";
    CARGO_FEATURE_PRINTING = "1";
    CARGO_FEATURE_PROC_MACRO = "1";
    CARGO_FEATURE_QUOTE = "1";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Parser for Rust source code";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "syn";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/syn";
    CARGO_PKG_RUST_VERSION = "1.31";
    CARGO_PKG_VERSION = "1.0.107";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "107";
    CARGO_PKG_VERSION_PRE = "";
    DEBUG = "false";
    HOST = "x86_64-unknown-linux-gnu";
    OPT_LEVEL = "0";
    PROFILE = "debug";
    TARGET = "x86_64-unknown-linux-gnu";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
