# app 0.3.1-beta.2 (path app): lib `app`, profile dev
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."app-0.3.1-beta.2"; in
lib.compile {
  name = "1-03-app-0.3.1-beta.2-lib-30e02441";
  unit = "30e024416eac00e3c958123213cdd335";
  pkgName = "app";
  pkgVersion = "0.3.1-beta.2";
  cargoStart = "{\"crate\":\"app\",\"kind\":\"lib\",\"local\":true,\"mode\":\"build\",\"target\":\"app\",\"type\":\"start\",\"unit\":\"30e024416eac00e3c958123213cdd335\",\"v\":2,\"version\":\"0.3.1-beta.2\"}";
  src = src;
  relDir = "app";
  member = true;
  srcPath = "src/lib.rs";
  preArgs = [
    "--crate-name" "app"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--crate-type" "lib"
    "--emit=dep-info,metadata,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--forbid=unsafe_code"
    "--warn=unexpected_cfgs"
    "--check-cfg" "cfg(fixture_cfg)"
    "--cfg" "feature=\"default\""
    "--cfg" "feature=\"fancy\""
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values(\"default\", \"fancy\"))"
    "-C" "metadata=30e024416eac00e3"
    "-C" "extra-filename=-c958123213cdd335"
  ];
  targetArgs = [ ];
  libDeps = [
    units."806e510f652f98841e1278c18a2cf35d"
    units."b5b5855bbe4f035b7e6f7f7c8794a788"
    units."2fa86dc6ad9f582ddeb1810d3af79859"
    units."8915aafd7041592f876a55c283da8958"
  ];
  incremental = "30e024416eac00e3c958123213cdd335";
  externArgs = [
    "--extern" "itoa=${units."806e510f652f98841e1278c18a2cf35d"}/lib/libitoa-1e1278c18a2cf35d.rmeta"
    "--extern" "libc=${units."b5b5855bbe4f035b7e6f7f7c8794a788"}/lib/liblibc-7e6f7f7c8794a788.rmeta"
    "--extern" "macros=${units."2fa86dc6ad9f582ddeb1810d3af79859"}/lib/libmacros-deb1810d3af79859.so"
    "--extern" "textkit=${units."8915aafd7041592f876a55c283da8958"}/lib/libtextutils-876a55c283da8958.rmeta"
  ];
  ownRuns = [ ];
  linkRuns = [
    units."f82482e9326c30c74fa85e291bbcb209"
    units."eab25f13d82cd0537c19a3ac666e1796"
  ];
  cdylibRuns = [ ];
  linkLibs = true;
  linkArgFile = "link-arg.lib";
  unitEnv = {
    CARGO_CRATE_NAME = "app";
    CARGO_PKG_AUTHORS = "Ada <ada@example.org>:Bob <bob@example.org>";
    CARGO_PKG_DESCRIPTION = "libnix workspace fixture: several bins, an example, renamed and optional deps";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "MIT OR Apache-2.0";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "app";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.3.1-beta.2";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "3";
    CARGO_PKG_VERSION_PATCH = "1";
    CARGO_PKG_VERSION_PRE = "beta.2";
    CARGO_PRIMARY_PACKAGE = "1";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
  };
}
