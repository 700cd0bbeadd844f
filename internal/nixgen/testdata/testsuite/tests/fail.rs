#[test]
fn passes() {}

#[test]
fn fails() {
    assert_eq!(1 + 1, 3, "a failing test");
}
