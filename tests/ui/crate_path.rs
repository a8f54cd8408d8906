// `crate = "…"` is where the emitted code finds the runtime crate: a path
// that does not resolve is reported as such.
#[derive(runtime::Table)]
#[table(name = "organizations", view, crate = "not_here")]
struct Org {
    #[column(primary_key)]
    id: uuid::Uuid,
}
fn main() {}
