//! `generated/schema.json`: the schema model as pretty, stable JSON.

use schema::Catalog;

/// The model as JSON, two-space indented, with a final newline.
pub fn to_json(catalog: &Catalog) -> String {
    // About 7 KB a table: sized once rather than grown (and copied) ten times.
    let mut out = Vec::with_capacity(64 * 1024 + 8 * 1024 * catalog.tables.len());
    serde_json::to_writer_pretty(&mut out, catalog).expect("the schema model serialises");
    out.push(b'\n');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Reads a snapshot back.
pub fn from_json(text: &str) -> serde_json::Result<Catalog> {
    serde_json::from_str(text)
}
