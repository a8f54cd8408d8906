//! `codegen introspect`: the catalog as the schema model.

use super::session::{on_database, Setup};
use super::{print_event, Args};
use codegen::job;
use codegen::Result;
use std::path::Path;

/// A line per table, or the JSON model; on the embedded database the
/// migrations are applied first.
pub async fn run(args: &Args, dir: &Path, schemas: &[String], json: bool) -> Result<()> {
    on_database(args, dir, Setup::default(), async |s| {
        if s.target.is_embedded() {
            s.migrator.up(&mut s.conn, &s.url, &mut print_event).await?;
        }
        let catalog = job::read_catalog(&mut s.conn, &s.url, schemas).await?;
        if json {
            print!("{}", codegen::snapshot::to_json(&catalog));
        } else {
            print_summary(&catalog);
        }
        Ok(())
    })
    .await
}

fn print_summary(catalog: &schema::Catalog) {
    for t in &catalog.tables {
        let kind = format!("{:?}", t.kind).to_lowercase();
        println!(
            "{}.{} ({kind}): {} columns, {} indexes, {} foreign keys, {} policies{}",
            t.schema,
            t.name,
            t.columns.len(),
            t.indexes.len(),
            t.foreign_keys.len(),
            t.policies.len(),
            if t.rls_enabled { ", RLS on" } else { "" }
        );
    }
    println!(
        "{} enums, {} domains, {} composite types, {} ranges, {} functions",
        catalog.enums.len(),
        catalog.domains.len(),
        catalog.composites.len(),
        catalog.ranges.len(),
        catalog.functions.len()
    );
}
