# serde_json 1.0.87 (registry, replaced by debian): build-script-run `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."serde_json-1.0.87"; in
lib.run {
  name = "0-01-serde_json-1.0.87-build-script-run-bb4260b5";
  unit = "bb4260b5ac3874c8b95d17c00d7912de";
  pkgName = "serde_json";
  pkgVersion = "1.0.87";
  cargoStart = "{\"crate\":\"serde_json\",\"kind\":\"build-script-run\",\"local\":false,\"mode\":\"run-custom-build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"bb4260b5ac3874c8b95d17c00d7912de\",\"v\":2,\"version\":\"1.0.87\"}";
  src = src;
  script = "${units."7288b0bb49843e5a93bb428bc4dbfa54"}/bin/build-script-build";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "serde_json"
    "--version"
    "1.0.87"
    "--rust-version"
    "1.36"
    "--lib-name"
    "serde_json"
    "--has-tests"
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
    CARGO_PKG_AUTHORS = "Erick Tryzelaar <erick.tryzelaar@gmail.com>:David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "A JSON serialization file format";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "serde_json";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/serde-rs/json";
    CARGO_PKG_RUST_VERSION = "1.36";
    CARGO_PKG_VERSION = "1.0.87";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "87";
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
