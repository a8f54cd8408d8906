#[derive(runtime::Table)]
#[table(name = "projects", tabel = "x")]
struct Typo {
    id: i32,
}
fn main() {}
