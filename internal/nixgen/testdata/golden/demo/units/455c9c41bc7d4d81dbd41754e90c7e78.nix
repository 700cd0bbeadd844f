# clap_lex 0.3.0 (registry, replaced by debian): lib `clap_lex`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."clap_lex-0.3.0"; in
lib.compile {
  name = "1-01-clap_lex-0.3.0-lib-455c9c41";
  unit = "455c9c41bc7d4d81dbd41754e90c7e78";
  pkgName = "clap_lex";
  pkgVersion = "0.3.0";
  cargoStart = "{\"crate\":\"clap_lex\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"clap_lex\",\"type\":\"start\",\"unit\":\"455c9c41bc7d4d81dbd41754e90c7e78\",\"v\":2,\"version\":\"0.3.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "clap_lex"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=455c9c41bc7d4d81"
    "-C" "extra-filename=-dbd41754e90c7e78"
  ];
  targetArgs = [ ];
  libDeps = [
    units."ba6f8980ccc6a501f4e5b53d58f4a5e3"
  ];
  externArgs = [
    "--extern" "os_str_bytes=${units."ba6f8980ccc6a501f4e5b53d58f4a5e3"}/lib/libos_str_bytes-f4e5b53d58f4a5e3.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "clap_lex";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "Minimal, flexible command line parser";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "clap_lex";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/clap-rs/clap/tree/master/clap_lex";
    CARGO_PKG_RUST_VERSION = "1.60.0";
    CARGO_PKG_VERSION = "0.3.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "3";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
