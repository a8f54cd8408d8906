#[derive(runtime::Table)]
#[table(name = "projects", view)]
struct Projection {
    id: i64,
    name: String,
}
fn main() {}
