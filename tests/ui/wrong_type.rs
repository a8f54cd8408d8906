#[derive(runtime::Table, sqlx::FromRow)]
#[table(name = "projects", view)]
struct Projection {
    id: i64,
    name: String,
}
fn main() {}
