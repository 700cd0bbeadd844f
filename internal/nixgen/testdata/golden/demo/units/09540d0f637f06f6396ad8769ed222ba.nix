# syn 1.0.107 (registry, replaced by debian): lib `syn`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."syn-1.0.107"; in
lib.compile {
  name = "0-04-syn-1.0.107-lib-09540d0f";
  unit = "09540d0f637f06f6396ad8769ed222ba";
  pkgName = "syn";
  pkgVersion = "1.0.107";
  cargoStart = "{\"crate\":\"syn\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"syn\",\"type\":\"start\",\"unit\":\"09540d0f637f06f6396ad8769ed222ba\",\"v\":2,\"version\":\"1.0.107\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "syn"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "--cfg" "feature=\"clone-impls\""
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"derive\""
    "--cfg" "feature=\"full\""
    "--cfg" "feature=\"parsing\""
    "--cfg" "feature=\"printing\""
    "--cfg" "feature=\"proc-macro\""
    "--cfg" "feature=\"quote\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"clone-impls\", \"default\", \"derive\", \"extra-traits\", \"fold\", \"full\", \"parsing\", \"printing\", \"proc-macro\", \"quote\", \"visit\", \"visit-mut\"))"
    "-C" "metadata=09540d0f637f06f6"
    "-C" "extra-filename=-396ad8769ed222ba"
  ];
  targetArgs = [ ];
  libDeps = [
    units."d5b176aa03d1576145778f1f31e12816"
    units."c11752f635b428074a0d6c48db00be93"
    units."f0b3801ba44eef194e089c01c77fb545"
  ];
  externArgs = [
    "--extern" "proc_macro2=${units."d5b176aa03d1576145778f1f31e12816"}/lib/libproc_macro2-45778f1f31e12816.rmeta"
    "--extern" "quote=${units."c11752f635b428074a0d6c48db00be93"}/lib/libquote-4a0d6c48db00be93.rmeta"
    "--extern" "unicode_ident=${units."f0b3801ba44eef194e089c01c77fb545"}/lib/libunicode_ident-4e089c01c77fb545.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [
    units."e3a3876cd7ff5ac479417588cfdae742"
  ];
  linkRuns = [
    units."e3a3876cd7ff5ac479417588cfdae742"
    units."7065e4faf37e0574bf200e7cf534ab79"
    units."e84ac119e651db6fce846c3e56d36fb8"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "syn";
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
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
