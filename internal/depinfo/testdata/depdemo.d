/tmp/s21dep/target/debug/deps/depdemo-0123456789abcdef.d: src/lib.rs src/a.rs src/with\ space.rs src/../data.txt

/tmp/s21dep/target/debug/deps/libdepdemo-0123456789abcdef.rlib: src/lib.rs src/a.rs src/with\ space.rs src/../data.txt

/tmp/s21dep/target/debug/deps/libdepdemo-0123456789abcdef.rmeta: src/lib.rs src/a.rs src/with\ space.rs src/../data.txt

src/lib.rs:
src/a.rs:
src/with\ space.rs:
src/../data.txt:

# env-dep:CARGO_PKG_NAME=depdemo
# env-dep:NOPE
