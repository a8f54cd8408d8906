// The columns of a `#[unique]` key are columns of the struct's fields.
#[derive(runtime::Table)]
#[table(name = "organizations", view)]
#[unique(name = "organizations_owner_slug_key", columns = "owner_id, slug")]
struct Org {
    #[column(primary_key)]
    id: uuid::Uuid,
    slug: String,
}
fn main() {}
