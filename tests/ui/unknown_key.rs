#[derive(runtime::Table, sqlx::FromRow)]
#[table(name = "projects", tabel = "x")]
struct Typo {
    id: i32,
}
fn main() {}
