#[derive(runtime::Table, sqlx::FromRow)]
struct NoTable {
    id: i32,
}
fn main() {}
