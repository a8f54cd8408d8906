#[derive(runtime::Table)]
#[table(name = "organizations", insert = NewOrg)]
struct Org {
    #[column(primary_key, default = "gen_random_uuid()")]
    id: uuid::Uuid,
    name: String,
    slug: String,
}
struct NewOrg {
    id: Option<uuid::Uuid>,
    name: String,
}
fn main() {}
