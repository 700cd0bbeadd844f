# text-utils 0.2.0 (path text-utils): build-script-run `build-script-main`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."text-utils-0.2.0"; in
lib.run {
  name = "0-01-text-utils-0.2.0-build-script-run-eab25f13";
  unit = "eab25f13d82cd0537c19a3ac666e1796";
  pkgName = "text-utils";
  pkgVersion = "0.2.0";
  cargoStart = "{\"crate\":\"text-utils\",\"kind\":\"build-script-run\",\"local\":true,\"mode\":\"run-custom-build\",\"target\":\"build-script-main\",\"type\":\"start\",\"unit\":\"eab25f13d82cd0537c19a3ac666e1796\",\"v\":2,\"version\":\"0.2.0\"}";
  src = src;
  script = "${units."dd965ea21b1a8cf1a86811fb4b04b7c9"}/bin/build-script-main";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "text-utils"
    "--version"
    "0.2.0"
    "--lib-name"
    "textutils"
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
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "text-utils";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.2.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "2";
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
