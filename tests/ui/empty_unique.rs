// A `#[unique]` key names its columns.
#[derive(runtime::Table)]
#[table(name = "organizations", view)]
#[unique]
#[unique()]
#[unique(name = "organizations_slug_key")]
#[unique(columns = " , ")]
struct Org {
    #[column(primary_key)]
    id: uuid::Uuid,
    slug: String,
}
fn main() {}
