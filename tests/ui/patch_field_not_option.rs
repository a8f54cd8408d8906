#[derive(runtime::Table)]
#[table(name = "organizations", patch = OrgPatch)]
struct Org {
    #[column(primary_key, default = "gen_random_uuid()")]
    id: uuid::Uuid,
    name: String,
    slug: String,
}
// A patch field is `Option<T>`: `None` leaves the column unchanged.
#[derive(Default)]
struct OrgPatch {
    name: Option<String>,
    slug: String,
}
fn main() {}
