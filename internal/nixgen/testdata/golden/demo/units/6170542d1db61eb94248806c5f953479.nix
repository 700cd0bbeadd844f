# proc-macro-error 1.0.3 (registry, replaced by debian): build-script-run `build-script-build`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."proc-macro-error-1.0.3"; in
lib.run {
  name = "0-02-proc-macro-error-1.0.3-build-script-run-6170542d";
  unit = "6170542d1db61eb94248806c5f953479";
  pkgName = "proc-macro-error";
  pkgVersion = "1.0.3";
  cargoStart = "{\"crate\":\"proc-macro-error\",\"kind\":\"build-script-run\",\"local\":false,\"mode\":\"run-custom-build\",\"target\":\"build-script-build\",\"type\":\"start\",\"unit\":\"6170542d1db61eb94248806c5f953479\",\"v\":2,\"version\":\"1.0.3\"}";
  src = src;
  script = "${units."b0216e1caae6bb728bbca6967d4546cd"}/bin/build-script-build";
  depRuns = [ ];
  parseArgs = [
    "--package"
    "proc-macro-error"
    "--version"
    "1.0.3"
    "--lib-name"
    "proc_macro_error"
    "--has-tests"
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
    CARGO_PKG_AUTHORS = "CreepySkeleton <creepy-skeleton@yandex.ru>";
    CARGO_PKG_DESCRIPTION = "Almost drop-in replacement to panics in proc-macros";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "proc-macro-error";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://gitlab.com/CreepySkeleton/proc-macro-error";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "1.0.3";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "3";
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
