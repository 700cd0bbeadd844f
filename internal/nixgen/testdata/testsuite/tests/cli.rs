use std::process::Command;

#[test]
fn runs_the_binary() {
    let out = Command::new(env!("CARGO_BIN_EXE_suite")).args(["a", "b"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "suite: 2 words\n");
}

#[test]
fn writes_target_tmpdir() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-scratch");
    std::fs::write(&path, "x").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"x");
}

#[test]
fn package_env() {
    assert_eq!(std::env::var("CARGO_PKG_NAME").unwrap(), "suite");
    assert!(std::path::Path::new("data/input.txt").exists());
}
