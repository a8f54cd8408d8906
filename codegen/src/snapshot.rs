//! `generated/schema.json`: the schema model as pretty, stable JSON.

use schema::Catalog;

/// The model as JSON, two-space indented, with a final newline.
pub fn to_json(catalog: &Catalog) -> String {
    // About 7 KB a table: sized once rather than grown (and copied) ten times.
    let mut out = Vec::with_capacity(64 * 1024 + 8 * 1024 * catalog.tables.len());
    write_json(&mut out, catalog).expect("the schema model serialises");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`to_json`]'s text, written to `w` as it is made (never held whole).
pub fn write_json(w: &mut dyn std::io::Write, catalog: &Catalog) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, catalog)?;
    w.write_all(b"\n")
}

/// Reads a snapshot back.
pub fn from_json(text: &str) -> serde_json::Result<Catalog> {
    serde_json::from_str(text)
}
