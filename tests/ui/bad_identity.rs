#[derive(runtime::Table, sqlx::FromRow)]
#[table(name = "events")]
struct Event {
    #[column(primary_key, identity = "sometimes")]
    id: i64,
}
fn main() {}
