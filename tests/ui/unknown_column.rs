#[derive(runtime::Table, sqlx::FromRow)]
#[table(name = "projects", view)]
struct Projection {
    id: uuid::Uuid,
    titel: String,
}
fn main() {}
