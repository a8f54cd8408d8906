#[derive(runtime::Table)]
#[table(name = "projectz")]
struct Unknown {
    id: uuid::Uuid,
}
fn main() {}
