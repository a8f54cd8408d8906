#[derive(runtime::Table)]
struct NoTable {
    id: i32,
}
fn main() {}
