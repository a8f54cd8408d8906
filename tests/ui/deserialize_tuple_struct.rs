#[derive(runtime::Deserialize)]
struct Pair(i32, i32);

#[derive(runtime::Deserialize)]
struct Generic<T> {
    value: T,
}

fn main() {}
