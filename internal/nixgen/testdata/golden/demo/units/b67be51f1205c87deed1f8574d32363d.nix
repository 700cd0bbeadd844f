# syn-mid 0.5.0 (registry, replaced by debian): lib `syn_mid`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."syn-mid-0.5.0"; in
lib.compile {
  name = "0-05-syn-mid-0.5.0-lib-b67be51f";
  unit = "b67be51f1205c87deed1f8574d32363d";
  pkgName = "syn-mid";
  pkgVersion = "0.5.0";
  cargoStart = "{\"crate\":\"syn-mid\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"syn_mid\",\"type\":\"start\",\"unit\":\"b67be51f1205c87deed1f8574d32363d\",\"v\":2,\"version\":\"0.5.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "syn_mid"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"clone-impls\"))"
    "-C" "metadata=b67be51f1205c87d"
    "-C" "extra-filename=-eed1f8574d32363d"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d5b176aa03d1576145778f1f31e12816"
    units."c11752f635b428074a0d6c48db00be93"
    units."09540d0f637f06f6396ad8769ed222ba"
  ];
  externArgs = [
    "--extern" "proc_macro2=${units."d5b176aa03d1576145778f1f31e12816"}/lib/libproc_macro2-45778f1f31e12816.rmeta"
    "--extern" "quote=${units."c11752f635b428074a0d6c48db00be93"}/lib/libquote-4a0d6c48db00be93.rmeta"
    "--extern" "syn=${units."09540d0f637f06f6396ad8769ed222ba"}/lib/libsyn-396ad8769ed222ba.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "syn_mid";
    CARGO_PKG_AUTHORS = "Taiki Endo <te316e89@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Providing the features between \"full\" and \"derive\" of syn.\n";
    CARGO_PKG_HOMEPAGE = "https://github.com/taiki-e/syn-mid";
    CARGO_PKG_LICENSE = "Apache-2.0 OR MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "syn-mid";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/taiki-e/syn-mid";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.5.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "5";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
