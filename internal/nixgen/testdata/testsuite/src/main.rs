fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("suite: {} words", suite::words(&args.join(" ")));
}

#[test]
fn bin_test() {
    assert_eq!(suite::words("x"), 1);
}
