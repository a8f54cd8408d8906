//! Compile-fail tests of `#[derive(Table)]`: each error is on the exact
//! span, with a sentence saying what to write instead. The structs are
//! checked against the committed `generated/schema.json`.

#[test]
fn derive_errors() {
    let snapshot =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/schema.json");
    std::env::set_var("CODEGEN_SCHEMA", snapshot.canonicalize().unwrap());
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
