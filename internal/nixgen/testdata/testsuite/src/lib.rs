//! The test runs' fixture: a library with unit tests and a doc test.

/// Counts the words of `s`.
///
/// ```
/// assert_eq!(suite::words("a b c"), 3);
/// ```
pub fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(words("one two"), 2);
    }

    #[test]
    fn reads_data_by_manifest_dir() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/input.txt");
        assert_eq!(words(&std::fs::read_to_string(path).unwrap()), 3);
        let run_time = std::env::var("CARGO_MANIFEST_DIR").unwrap();
        assert!(std::path::Path::new(&run_time).join("data/input.txt").exists());
    }

    #[test]
    fn writes_next_to_its_files() {
        std::fs::write("data/scratch.txt", "written").unwrap();
        assert_eq!(std::fs::read_to_string("data/scratch.txt").unwrap(), "written");
    }

    #[test]
    #[ignore]
    fn slow() {}
}
