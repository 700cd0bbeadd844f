fn main() {
    println!("plain: {} args", std::env::args().count() - 1);
}
