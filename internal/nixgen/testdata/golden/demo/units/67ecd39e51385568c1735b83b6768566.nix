# atty 0.2.14 (registry, replaced by debian): lib `atty`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."atty-0.2.14"; in
lib.compile {
  name = "1-03-atty-0.2.14-lib-67ecd39e";
  unit = "67ecd39e51385568c1735b83b6768566";
  pkgName = "atty";
  pkgVersion = "0.2.14";
  cargoStart = "{\"crate\":\"atty\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"atty\",\"type\":\"start\",\"unit\":\"67ecd39e51385568c1735b83b6768566\",\"v\":2,\"version\":\"0.2.14\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "atty"
    "--edition=2015"
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
    "-C" "metadata=67ecd39e51385568"
    "-C" "extra-filename=-c1735b83b6768566"
  ];
  targetArgs = [ ];
  libDeps = [
    units."72c1ef0e2edf756083bf965328c06ede"
  ];
  externArgs = [
    "--extern" "libc=${units."72c1ef0e2edf756083bf965328c06ede"}/lib/liblibc-83bf965328c06ede.rmeta"
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
    CARGO_CRATE_NAME = "atty";
    CARGO_PKG_AUTHORS = "softprops <d.tangren@gmail.com>";
    CARGO_PKG_DESCRIPTION = "A simple interface for querying atty";
    CARGO_PKG_HOMEPAGE = "https://github.com/softprops/atty";
    CARGO_PKG_LICENSE = "MIT";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "atty";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/softprops/atty";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.2.14";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "2";
    CARGO_PKG_VERSION_PATCH = "14";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
