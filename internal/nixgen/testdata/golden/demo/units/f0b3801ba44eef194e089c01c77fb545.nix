# unicode-ident 1.0.0 (registry, replaced by debian): lib `unicode_ident`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."unicode-ident-1.0.0"; in
lib.compile {
  name = "0-00-unicode-ident-1.0.0-lib-f0b3801b";
  unit = "f0b3801ba44eef194e089c01c77fb545";
  pkgName = "unicode-ident";
  pkgVersion = "1.0.0";
  cargoStart = "{\"crate\":\"unicode-ident\",\"kind\":\"lib\",\"local\":false,\"mode\":\"build\",\"target\":\"unicode_ident\",\"type\":\"start\",\"unit\":\"f0b3801ba44eef194e089c01c77fb545\",\"v\":2,\"version\":\"1.0.0\"}";
  src = src;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "unicode_ident"
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
    "-C" "metadata=f0b3801ba44eef19"
    "-C" "extra-filename=-4e089c01c77fb545"
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
    CARGO_CRATE_NAME = "unicode_ident";
    CARGO_PKG_AUTHORS = "David Tolnay <dtolnay@gmail.com>";
    CARGO_PKG_DESCRIPTION = "Determine whether characters have the XID_Start or XID_Continue properties according to Unicode Standard Annex #31";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "unicode-ident";
    CARGO_PKG_README = "README.md";
    CARGO_PKG_REPOSITORY = "https://github.com/dtolnay/unicode-ident";
    CARGO_PKG_RUST_VERSION = "1.31";
    CARGO_PKG_VERSION = "1.0.0";
    CARGO_PKG_VERSION_MAJOR = "1";
    CARGO_PKG_VERSION_MINOR = "0";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
