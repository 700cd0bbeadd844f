# proc-macro-error-attr 1.0.3 (registry, replaced by debian): proc-macro `proc_macro_error_attr`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."proc-macro-error-attr-1.0.3"; in
lib.compile {
  name = "0-06-proc-macro-error-attr-1.0.3-proc-macro-bf96f0f7";
  unit = "bf96f0f73db4ba3f6ad5d716b6c33038";
  pkgName = "proc-macro-error-attr";
  pkgVersion = "1.0.3";
  cargoStart = "{\"crate\":\"proc-macro-error-attr\",\"kind\":\"proc-macro\",\"local\":false,\"mode\":\"build\",\"target\":\"proc_macro_error_attr\",\"type\":\"start\",\"unit\":\"bf96f0f73db4ba3f6ad5d716b6c33038\",\"v\":2,\"version\":\"1.0.3\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "proc_macro_error_attr"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "proc-macro"
    "--emit=dep-info,link"
    "-C" "prefer-dynamic"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=bf96f0f73db4ba3f"
    "-C" "extra-filename=-6ad5d716b6c33038"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d5b176aa03d1576145778f1f31e12816"
    units."c11752f635b428074a0d6c48db00be93"
    units."09540d0f637f06f6396ad8769ed222ba"
    units."b67be51f1205c87deed1f8574d32363d"
  ];
  externArgs = [
    "--extern" "proc_macro2=${units."d5b176aa03d1576145778f1f31e12816"}/lib/libproc_macro2-45778f1f31e12816.rlib"
    "--extern" "quote=${units."c11752f635b428074a0d6c48db00be93"}/lib/libquote-4a0d6c48db00be93.rlib"
    "--extern" "syn=${units."09540d0f637f06f6396ad8769ed222ba"}/lib/libsyn-396ad8769ed222ba.rlib"
    "--extern" "syn_mid=${units."b67be51f1205c87deed1f8574d32363d"}/lib/libsyn_mid-eed1f8574d32363d.rlib"
    "--extern"
    "proc_macro"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."350fc4592e856126c5570ce6f8c37e7c"
  ];
  linkRuns = [
    units."350fc4592e856126c5570ce6f8c37e7c"
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "proc_macro_error_attr";
    CARGO_PKG_AUTHORS = "CreepySkeleton <creepy-skeleton@yandex.ru>";
    CARGO_PKG_DESCRIPTION = "Attribute macro for proc-macro-error crate";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "proc-macro-error-attr";
    CARGO_PKG_README = "";
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
