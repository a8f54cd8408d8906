// `crate = "…"` is a path.
#[derive(runtime::Table)]
#[table(name = "organizations", view, crate = "not a path")]
struct Org {
    #[column(primary_key)]
    id: uuid::Uuid,
}
fn main() {}
