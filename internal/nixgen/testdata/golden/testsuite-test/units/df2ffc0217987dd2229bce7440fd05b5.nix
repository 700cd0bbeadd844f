# counter 0.1.0 (path counter): test `cli`, profile test
# Written by nix-emit from the plan; edits are overwritten.
{ lib, units, sources }:
let src = sources."counter-0.1.0"; in
lib.compile {
  name = "1-03-counter-0.1.0-test-df2ffc02";
  unit = "df2ffc0217987dd2229bce7440fd05b5";
  pkgName = "counter";
  pkgVersion = "0.1.0";
  cargoStart = "{\"crate\":\"counter\",\"kind\":\"test\",\"local\":true,\"mode\":\"test\",\"target\":\"cli\",\"type\":\"start\",\"unit\":\"df2ffc0217987dd2229bce7440fd05b5\",\"v\":2,\"version\":\"0.1.0\"}";
  src = src;
  relDir = "counter";
  member = true;
  srcPath = "tests/cli.rs";
  preArgs = [
    "--crate-name" "cli"
    "--edition=2021"
  ];
  rustcArgs = [
    "--error-format=json"
    "--json=diagnostic-rendered-ansi,artifacts,future-incompat"
    "--emit=dep-info,link"
    "-C" "embed-bitcode=no"
    "-C" "debuginfo=2"
    "--test"
    "--check-cfg" "cfg(docsrs,test)"
    "--check-cfg" "cfg(feature, values())"
    "-C" "metadata=df2ffc0217987dd2"
    "-C" "extra-filename=-229bce7440fd05b5"
  ];
  targetArgs = [ ];
  libDeps = [
    units."8a2a51d6f5b54d57c541141482e27e72"
    units."cc607cad1e029933275fb4a9ebbb031c"
  ];
  incremental = "df2ffc0217987dd2229bce7440fd05b5";
  externArgs = [
    "--extern" "counter=${units."8a2a51d6f5b54d57c541141482e27e72"}/lib/libcounter-c541141482e27e72.rlib"
    "--extern" "counter_macros=${units."cc607cad1e029933275fb4a9ebbb031c"}/lib/libcounter_macros-275fb4a9ebbb031c.so"
  ];
  ownRuns = [ ];
  linkRuns = [ ];
  cdylibRuns = [ ];
  linkLibs = false;
  linkArgFile = "link-arg.test";
  exeFile = "cli-229bce7440fd05b5";
  exeName = "cli-229bce7440fd05b5";
  unitEnv = {
    CARGO_CRATE_NAME = "cli";
    CARGO_PKG_AUTHORS = "";
    CARGO_PKG_DESCRIPTION = "testsuite fixture: words counted";
    CARGO_PKG_HOMEPAGE = "";
    CARGO_PKG_LICENSE = "";
    CARGO_PKG_LICENSE_FILE = "";
    CARGO_PKG_NAME = "counter";
    CARGO_PKG_README = "";
    CARGO_PKG_REPOSITORY = "";
    CARGO_PKG_RUST_VERSION = "";
    CARGO_PKG_VERSION = "0.1.0";
    CARGO_PKG_VERSION_MAJOR = "0";
    CARGO_PKG_VERSION_MINOR = "1";
    CARGO_PKG_VERSION_PATCH = "0";
    CARGO_PKG_VERSION_PRE = "";
    CARGO_PRIMARY_PACKAGE = "1";
    CARGO_TARGET_TMPDIR = "/tmp";
    CARGO_MANIFEST_DIR = "${src}";
    CARGO_MANIFEST_PATH = "${src}/Cargo.toml";
    CARGO_BIN_EXE_count-words = "${units."29fad2b32ae05e6219947d0a7ede318c"}/bin/count-words";
  };
}
