# The libnix builder library. nix-emit writes this file unchanged into every
# generated build system; the unit files call it. Every unit is one
# derivation built by builder.sh with __structuredAttrs, so lists and strings
# reach the builder as bash arrays and variables, never as shell code.
{ toolchain, overrides ? { }, packages ? [ ], salt ? "", testArgs ? [ ], testThreads ? 0, testQuiet ? false, clippyArgs ? null }:
let
  inherit (builtins) elem substring stringLength baseNameOf dirOf attrNames filter concatStringsSep listToAttrs;

  # Per-crate additions from Cargo.dependencies.nix: "name" applies to every
  # version of the crate, "name@version" to one and wins over "name".
  # A key that names no crate of the plan is an error, not silently ignored.
  unknown = filter (k: !(elem k packages)) (attrNames overrides);
  checkedOverrides =
    if unknown == [ ] then overrides
    else throw "Cargo.dependencies.nix: ${concatStringsSep ", " unknown}: no such crate in the build plan (crates: ${concatStringsSep " " packages})";
  overrideFor = name: version:
    (checkedOverrides.${name} or { }) // (checkedOverrides."${name}@${version}" or { });

  # What an override adds to a unit: its inputs' bin/ on PATH and their
  # pkg-config files, and its environment variables.
  withOverride = u:
    let
      o = overrideFor u.pkgName u.pkgVersion;
      inputs = (o.buildInputs or [ ]) ++ (o.nativeBuildInputs or [ ]);
      dirs = sub: concatStringsSep ":" (map (i: "${i}/${sub}") inputs);
    in
    u // {
      extraPath = dirs "bin";
      unitEnv = u.unitEnv
        // (if inputs == [ ] then { } else { PKG_CONFIG_PATH = "${dirs "lib/pkgconfig"}:${dirs "share/pkgconfig"}"; })
        // (o.env or { });
    };

  # An incremental unit compiles this machine's working tree with a cache
  # that lives here, outside the store: a remote builder would compile it
  # from scratch, and no binary cache can hold an edit just made. So Nix
  # neither starts its build hook nor asks the substituters for it (as for
  # nixpkgs' runCommandLocal); each would cost a process or a network round
  # trip on every edit.
  localOnly = u: if u ? incremental then { preferLocalBuild = true; allowSubstitutes = false; } else { };

  unitDrv = action: attrs: derivation ({
    inherit (toolchain) system;
    builder = toolchain.bash;
    args = [ ./builder.sh ];
    __structuredAttrs = true;
    inherit action;
    toolPath = toolchain.path;
    # The toolchain's identity (rustc -vV, linker version) is part of every
    # unit, so a toolchain change rebuilds everything and nothing else does.
    # A salt makes every unit new to the store: a from-scratch build.
    toolchainId = toolchain.identity + (if salt == "" then "" else "\nsalt: ${salt}");
  } // attrs);
in
rec {
  # cargo clippy: a workspace member's units compile through clippy-driver,
  # which lints them, with clippy's arguments in CLIPPY_ARGS (each ended by
  # __CLIPPY_HACKERY__, as cargo passes them).
  withClippy = u:
    if clippyArgs == null || !(u.member or false) then u else u // {
      clippyDriver = toolchain.clippyDriver;
      unitEnv = u.unitEnv // { CLIPPY_ARGS = concatStringsSep "" (map (a: a + "__CLIPPY_HACKERY__") clippyArgs); };
    };

  # A compile unit: lib, proc-macro, bin, example, test, bench or build-script compile.
  compile = u: unitDrv "compile" (withClippy (withOverride ({
    rustc = toolchain.rustc;
    ownRuns = [ ];
    linkRuns = [ ];
    cdylibRuns = [ ];
    linkLibs = false;
    linkArgFile = "";
    incrementalRoot = "/libnix-incremental";
  } // u // {
    unitEnv = { CARGO = toolchain.cargo; } // (u.unitEnv or { });
  } // localOnly u)));

  # A doc unit (cargo doc): rustdoc, with the builder of compiles. Its
  # shared files go to nix-support's parts through rustdoc's --merge=none,
  # an unstable option, hence RUSTC_BOOTSTRAP (cargo's own
  # -Zrustdoc-mergeable-info does the same).
  rustdoc = u: compile (u // {
    rustc = toolchain.rustdoc;
    unitEnv = u.unitEnv // { RUSTC_BOOTSTRAP = "1"; };
  });

  # target/doc: the doc units' pages, and rustdoc's --merge=finalize of
  # their parts for the shared files (search index, crate list, trait
  # implementations, static files).
  docRoot = name: docs: unitDrv "docroot" {
    inherit name docs;
    crates = map (d: d.drvAttrs.docCrate) docs;
    rustdoc = toolchain.rustdoc;
  };

  # A build-script run: runs the compiled script and parses its output.
  run = u: unitDrv "run" (withOverride ({
    buildrsParse = toolchain.buildrsParse;
    buildrsParseId = toolchain.buildrsParseId;
    depRuns = [ ];
  } // u // {
    unitEnv = {
      CARGO = toolchain.cargo;
      RUSTC = toolchain.rustc;
      RUSTDOC = toolchain.rustdoc;
    } // (u.unitEnv or { });
  }));

  # A test run: the binary of a test-mode compile unit, run as cargo test
  # runs it, with its package's environment (the compile's, less what cargo
  # sets for rustc alone). A failing run fails the derivation, so it runs
  # again next time; a passing one is in the store with what it printed.
  # cargo test -q: --quiet after the arguments of a harness binary.
  testRun = { test, src, harness }:
    let c = test.drvAttrs; in
    unitDrv "test" {
      args = [ ./testrun.sh ];
      name = "run-${substring 0 207 c.name}";
      inherit src;
      inherit (c) unit srcPath ownRuns linkRuns libDeps extraPath;
      inherit testThreads;
      testArgs = testArgs ++ (if testQuiet && harness then [ "--quiet" ] else [ ]);
      relDir = c.relDir or "";
      exe = "${test}/bin/${c.exeName}";
      rustLib = toolchain.rustLib;
      unitEnv = removeAttrs c.unitEnv [ "CARGO_CRATE_NAME" "CARGO_BIN_NAME" "CARGO_PRIMARY_PACKAGE" "CARGO_TARGET_TMPDIR" ];
      preferLocalBuild = true;
      allowSubstitutes = false;
    };

  # A library's doc tests: rustdoc --test against the built lib and its
  # deps, run as cargo test runs it; a run like testRun's.
  docTest = u: unitDrv "doc" (withOverride ({
    args = [ ./testrun.sh ];
    rustdoc = toolchain.rustdoc;
    rustLib = toolchain.rustLib;
    inherit testThreads;
    # cargo test -q: rustdoc's --test-args --quiet.
    testArgs = testArgs ++ (if testQuiet then [ "--quiet" ] else [ ]);
    preferLocalBuild = true;
    allowSubstitutes = false;
  } // u // {
    unitEnv = { CARGO = toolchain.cargo; } // removeAttrs u.unitEnv [ "CARGO_PRIMARY_PACKAGE" ];
  }));

  # A crates.io (or mirror) .crate file, checked against Cargo.lock's sha256.
  fetchCrate = { name, version, url, sha256 }: derivation {
    name = "crate-${name}-${version}.tar.gz";
    builder = "builtin:fetchurl";
    system = "builtin";
    inherit url;
    outputHashMode = "flat";
    outputHashAlgo = "sha256";
    outputHash = sha256;
    unpack = false;
    executable = false;
    preferLocalBuild = true;
  };

  # The unpacked source of a registry crate.
  registrySrc = { name, version, url, sha256 }: unitDrv "unpack" {
    name = "${name}-${version}";
    crate = fetchCrate { inherit name version url sha256; };
  };

  # A package directory from this machine (workspace member, path or
  # directory-registry crate): only that directory, without build outputs,
  # VCS data, Nix out-links or the directories of other packages inside it.
  # With sha256 (of the filtered tree's archive, for crates of a registry
  # directory, which do not change) evaluation finds the copy in the store
  # without reading the directory.
  localSrc = { path, name, exclude ? [ ], sha256 ? null }:
    let root = toString path; in
    builtins.path ({
      inherit path name;
      filter = p: type:
        let rel = substring (stringLength root + 1) (-1) p; in
        !(elem rel exclude)
        && rel != "target"
        && baseNameOf p != ".git"
        && substring 0 6 rel != "result";
    } // (if sha256 == null then { } else { inherit sha256; }));

  # Part of a package's files: each path in keep (a directory with all it
  # holds) and the directories leading to them (dirs). A narrowed unit's
  # source: the files its last dep-info named (docs/nix-emit.md).
  filesSrc = { path, name, keep, dirs }:
    let
      root = toString path;
      set = names: listToAttrs (map (n: { name = n; value = true; }) names);
      kept = set keep;
      walked = set dirs;
      under = rel: rel != "." && (kept ? ${rel} || under (dirOf rel));
    in
    builtins.path {
      inherit path name;
      filter = p: type:
        let rel = substring (stringLength root + 1) (-1) p; in
        walked ? ${rel} || under rel;
    };

  # A git dependency at its locked revision, and the package's subdirectory in it.
  gitSrc = { url, rev, subdir ? "" }:
    let repo = builtins.fetchGit { inherit url rev; allRefs = true; }; in
    if subdir == "" then repo.outPath else "${repo}/${subdir}";

  # One derivation that builds the given outputs and links them by name.
  linkFarm = name: entries: unitDrv "link" {
    inherit name;
    linkNames = builtins.attrNames entries;
    linkTargets = builtins.attrValues entries;
  };
}
