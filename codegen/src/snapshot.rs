//! `generated/schema.json`: the schema model as pretty, stable JSON.

use schema::Catalog;

/// The model as JSON, two-space indented, with a final newline.
pub fn to_json(catalog: &Catalog) -> String {
    let mut s = serde_json::to_string_pretty(catalog).expect("the schema model serialises");
    s.push('\n');
    s
}

/// Reads a snapshot back.
pub fn from_json(text: &str) -> serde_json::Result<Catalog> {
    serde_json::from_str(text)
}
