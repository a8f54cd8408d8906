#[derive(runtime::Table)]
#[table(name = "projects", view)]
struct Projection {
    id: uuid::Uuid,
    description: String,
}
fn main() {}
