# A build that cannot start: with Debian's Nix 2.26 (default sandbox-paths =
# /bin/sh=/usr/bin/bash-static), --option extra-sandbox-paths '/bin …' on a
# merged-/usr system (/bin is a symlink to usr/bin) fails while Nix sets up the
# sandbox, before the builder runs.
derivation {
  name = "sandbox-setup-1.0";
  system = builtins.currentSystem;
  builder = "/bin/sh";
  args = [ "-c" "echo never printed; touch $out" ];
  PATH = "/usr/bin:/bin";
}
