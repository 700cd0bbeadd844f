# Where every package's files come from. Written by nix-emit; edits are overwritten.
{ lib, ws }:
{
  "counter-0.1.0" = lib.localSrc { path = ws + "/counter"; name = "counter-0.1.0"; exclude = [ ]; };
  "counter-macros-0.1.0" = lib.localSrc { path = ws + "/counter-macros"; name = "counter-macros-0.1.0"; exclude = [ ]; };
  units = {
    # counter 0.1.0: lib `counter`
    "8a2a51d6f5b54d57c541141482e27e72" = lib.filesSrc { path = ws + "/counter"; name = "counter-0.1.0"; keep = [ "src/count.rs" "src/lib.rs" ]; dirs = [ "src" ]; };
    # counter 0.1.0: test `cli`
    df2ffc0217987dd2229bce7440fd05b5 = lib.filesSrc { path = ws + "/counter"; name = "counter-0.1.0"; keep = [ "tests/cli.rs" ]; dirs = [ "tests" ]; };
  };
  runs = {
    # counter 0.1.0: test `counter`
    "3ce6f61f09cf5fd1086c3cdcb8d1bd3f" = lib.localSrc { path = ws + "/counter"; name = "counter-0.1.0"; exclude = [ "tests/cli.rs" ]; };
    # counter 0.1.0: doctest `counter`
    a26703c25075623dc7ab01740a44d3d3 = lib.localSrc { path = ws + "/counter"; name = "counter-0.1.0"; exclude = [ "tests/cli.rs" ]; };
    # counter 0.1.0: test `count-words`
    "6d2de9899955dae7ba33424e194115cb" = lib.localSrc { path = ws + "/counter"; name = "counter-0.1.0"; exclude = [ "tests/cli.rs" ]; };
  };
}
