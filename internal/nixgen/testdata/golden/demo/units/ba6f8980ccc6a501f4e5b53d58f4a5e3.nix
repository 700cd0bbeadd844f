# os_str_bytes 6.0.0 (registry, replaced by debian): lib `os_str_bytes`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."os_str_bytes-6.0.0"; in
lib.compile {
  name = "1-00-os_str_bytes-6.0.0-lib-ba6f8980";
  unit = "ba6f8980ccc6a501f4e5b53d58f4a5e3";
  pkgName = "os_str_bytes";
  pkgVersion = "6.0.0";
  cargoStart = "{\"crate\":\"os_str_bytes\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"os_str_bytes\",\"type\":\"start\",\"unit\":\"ba6f8980ccc6a501f4e5b53d58f4a5e3\",\"v\":2,\"version\":\"6.0.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "os_str_bytes"
    "--edition=2018"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--cfg" "feature=\"raw_os_str\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"memchr\", \"print_bytes\", \"raw_os_str\", \"uniquote\"))"
    "-C" "metadata=ba6f8980ccc6a501"
    "-C" "extra-filename=-f4e5b53d58f4a5e3"
  ];
  targetArgs = [ ];
  libDeps = [ ];
  externArgs = [
    "--cap-lints"
    "allow"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "os_str_bytes";
    CARGO_PKG_AUTHORS = "dylni";
    CARGO_PKG_DESCRIPTION = "Utilities for converting between byte sequences and platform-native strings\n";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "os_str_bytes";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dylni/os_str_bytes";
    CARGO_PKG_RUST_VERSION = "1.52.0";
    CARGO_PKG_VERSION = "6.0.0";
    CARGO_PKG_VERSION_MAJOR = "6";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
