#[derive(runtime::Table, sqlx::FromRow)]
#[table(name = "projectz")]
struct Unknown {
    id: uuid::Uuid,
}
fn main() {}
