# proc-macro-error 1.0.3 (registry, replaced by debian): lib `proc_macro_error`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."proc-macro-error-1.0.3"; in
lib.compile {
  name = "0-07-proc-macro-error-1.0.3-lib-5ee19c43";
  unit = "5ee19c43f6f97aa1a03da8a40b13b4de";
  pkgName = "proc-macro-error";
  pkgVersion = "1.0.3";
  cargoStart = "{\"crate\":\"proc-macro-error\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"proc_macro_error\",\"type\":\"start\",\"unit\":\"5ee19c43f6f97aa1a03da8a40b13b4de\",\"v\":2,\"version\":\"1.0.3\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "proc_macro_error"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=5ee19c43f6f97aa1"
    "-C" "extra-filename=-a03da8a40b13b4de"
  ];
  targetArgs = [ ];
  libDeps = [
    units."bf96f0f73db4ba3f6ad5d716b6c33038"
    units."d5b176aa03d1576145778f1f31e12816"
    units."c11752f635b428074a0d6c48db00be93"
    units."09540d0f637f06f6396ad8769ed222ba"
  ];
  externArgs = [
    "--extern" "proc_macro_error_attr=${units."bf96f0f73db4ba3f6ad5d716b6c33038"}/lib/libproc_macro_error_attr-6ad5d716b6c33038.so"
    "--extern" "proc_macro2=${units."d5b176aa03d1576145778f1f31e12816"}/lib/libproc_macro2-45778f1f31e12816.rmeta"
    "--extern" "quote=${units."c11752f635b428074a0d6c48db00be93"}/lib/libquote-4a0d6c48db00be93.rmeta"
    "--extern" "syn=${units."09540d0f637f06f6396ad8769ed222ba"}/lib/libsyn-396ad8769ed222ba.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."6170542d1db61eb94248806c5f953479"
  ];
  linkRuns = [
    units."6170542d1db61eb94248806c5f953479"
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "proc_macro_error";
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
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
