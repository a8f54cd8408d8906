#[derive(runtime::Table)]
#[table(name = "organizations")]
struct Org {
    #[column(primary_key, default = "gen_random_uuid()")]
    id: uuid::Uuid,
    name: String,
    slug: String,
}
// A helper takes any value as `db`; what is not a pool, connection or
// transaction is refused where the query runs.
async fn lookup(url: &str, id: uuid::Uuid) {
    let _ = Org::find(url, &id).await;
}
fn main() {}
