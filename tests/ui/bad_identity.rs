#[derive(runtime::Table)]
#[table(name = "events")]
struct Event {
    #[column(primary_key, identity = "sometimes")]
    id: i64,
}
fn main() {}
