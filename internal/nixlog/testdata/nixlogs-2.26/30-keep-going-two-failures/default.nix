# --keep-going with two failures: `fail-a` and `fail-b` exit 1 and 3 while
# `slow` keeps building and succeeds. Build the three top-level attributes:
# -A fail-a -A fail-b -A slow (nix-build) or `fail-a fail-b slow` (nix build -f).
let
  mk = name: script: derivation {
    inherit name;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" script ];
    PATH = "/usr/bin:/bin";
  };
in
{
  fail-a = mk "fail-a-1.0" ''
    echo "fail-a: starting"
    sleep 0.5
    echo "fail-a: error: first failure" >&2
    exit 1
  '';
  fail-b = mk "fail-b-2.0" ''
    echo "fail-b: starting"
    sleep 1
    echo "fail-b: error: second failure" >&2
    exit 3
  '';
  slow = mk "slow-3.0" ''
    i=1
    while [ $i -le 4 ]; do
      echo "slow: tick $i"
      sleep 0.5
      i=$((i+1))
    done
    echo done > $out
  '';
}
