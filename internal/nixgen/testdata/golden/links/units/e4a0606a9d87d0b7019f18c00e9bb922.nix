# cmath 0.1.0 (path cmath): build-script-run `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."cmath-0.1.0"; in
lib.run {
  name = "0-02-cmath-0.1.0-build-script-run-e4a0606a";
  unit = "e4a0606a9d87d0b7019f18c00e9bb922";
  pkgName = "cmath";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"cmath\",\"kind\":\"build-script-run\",\"local\":true,\"mode\":\"run-custom-build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"e4a0606a9d87d0b7019f18c00e9bb922\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  script = "${units."23b4ee87eacc0fafe3d81e774ced6503"}/bin/build-script-build";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "cmath"
    "--version"
    "0.1.0"
    "--links"
    "cmath"
    "--lib-name"
    "cmath"
  ];
  unitEnv = {
    CARGO_CFG_DEBUG_ASSERTIONS = "";
    CARGO_CFG_FEATURE = "";
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
    CARGO_MANIFEST_LINKS = "cmath";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "cmath";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.1.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "0";
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
