#[derive(runtime::Table)]
#[table(name = "projects", view)]
struct Projection {
    id: uuid::Uuid,
    titel: String,
}
fn main() {}
