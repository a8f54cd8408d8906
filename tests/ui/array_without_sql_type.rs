// `insert_many` sends an array column as JSON and casts it back to its
// `sql_type`: a written array field needs one.
#[derive(runtime::Table)]
#[table(name = "projects", insert = NewProject)]
struct Project {
    #[column(primary_key, default = "gen_random_uuid()")]
    id: uuid::Uuid,
    #[column(default = "'{}'::text[]")]
    tags: Vec<String>,
}
struct NewProject {
    id: Option<uuid::Uuid>,
    tags: Option<Vec<String>>,
}
fn main() {}
