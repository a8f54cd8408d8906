// Every mistake of the struct is reported in one compilation, from the
// attributes to the schema check.
#[derive(runtime::Table)]
#[table(name = "projects", tabel = "x", insert = NewProject)]
#[unique(name = "projects_name_key", columns = "name, titel")]
struct Project {
    #[column(primary_key, identity = "sometimes")]
    id: uuid::Uuid,
    #[column(nme = "name")]
    name: i32,
    tags: Vec<String>,
}
struct NewProject {
    name: i32,
    tags: Vec<String>,
}
fn main() {}
