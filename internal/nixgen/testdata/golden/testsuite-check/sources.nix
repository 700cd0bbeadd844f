# Where every package's files come from. Written by nix-emit; edits are overwritten.
{ lib, ws }:
{
  "counter-0.1.0" = lib.localSrc { path = ws + "/counter"; name = "counter-0.1.0"; exclude = [ ]; };
  "counter-macros-0.1.0" = lib.localSrc { path = ws + "/counter-macros"; name = "counter-macros-0.1.0"; exclude = [ ]; };
}
