# clap 4.0.32 (registry, replaced by debian): lib `clap`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."clap-4.0.32"; in
lib.compile {
  name = "1-09-clap-4.0.32-lib-b948fd4b";
  unit = "b948fd4be0f8b00c95590d51c7cf8cb4";
  pkgName = "clap";
  pkgVersion = "4.0.32";
  cargoStart = "{\"crate\":\"clap\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"clap\",\"type\":\"start\",\"unit\":\"b948fd4be0f8b00c95590d51c7cf8cb4\",\"v\":2,\"version\":\"4.0.32\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "clap"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"color\""
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"derive\""
    "--cfg" "feature=\"error-context\""
    "--cfg" "feature=\"help\""
    "--cfg" "feature=\"std\""
    "--cfg" "feature=\"suggestions\""
    "--cfg" "feature=\"usage\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"cargo\", \"color\", \"debug\", \"default\", \"deprecated\", \"derive\", \"env\", \"error-context\", \"help\", \"std\", \"string\", \"suggestions\", \"unicode\", \"unstable-grouped\", \"unstable-replace\", \"usage\", \"wrap_help\"))"
    "-C" "metadata=b948fd4be0f8b00c"
    "-C" "extra-filename=-95590d51c7cf8cb4"
  ];
  targetArgs = [ ];
  libDeps = [
    units."67ecd39e51385568c1735b83b6768566"
    units."d56e27382afd3f532a10530d3b463305"
    units."4a82793cbccdf4d3185a799c50422112"
    units."455c9c41bc7d4d81dbd41754e90c7e78"
    units."1d9a1f0fc11871f8ffe396e2c7d5517d"
    units."7dd298d929ee7d7650b5a597d3ab3a1b"
    units."a66d3457879c75c9f354e13a368a76df"
  ];
  externArgs = [
    "--extern" "atty=${units."67ecd39e51385568c1735b83b6768566"}/lib/libatty-c1735b83b6768566.rmeta"
    "--extern" "bitflags=${units."d56e27382afd3f532a10530d3b463305"}/lib/libbitflags-2a10530d3b463305.rmeta"
    "--extern" "clap_derive=${units."4a82793cbccdf4d3185a799c50422112"}/lib/libclap_derive-185a799c50422112.so"
    "--extern" "clap_lex=${units."455c9c41bc7d4d81dbd41754e90c7e78"}/lib/libclap_lex-dbd41754e90c7e78.rmeta"
    "--extern" "once_cell=${units."1d9a1f0fc11871f8ffe396e2c7d5517d"}/lib/libonce_cell-ffe396e2c7d5517d.rmeta"
    "--extern" "strsim=${units."7dd298d929ee7d7650b5a597d3ab3a1b"}/lib/libstrsim-50b5a597d3ab3a1b.rmeta"
    "--extern" "termcolor=${units."a66d3457879c75c9f354e13a368a76df"}/lib/libtermcolor-f354e13a368a76df.rmeta"
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."abd9884d8692e7f0db99bd373be58aaa"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "clap";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "A simple to use, efficient, and full-featured Command Line Argument Parser";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "clap";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/clap-rs/clap";
    CARGO_PKG_RUST_VERSION = "1.60.0";
    CARGO_PKG_VERSION = "4.0.32";
    CARGO_PKG_VERSION_MAJOR = "4";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "32";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
