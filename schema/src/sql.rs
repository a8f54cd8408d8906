//! SQL identifier quoting, shared by the generator and the derive.

/// `"name"`, always quoted (`"` doubled).
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The name as PostgreSQL would print it: bare when it is a plain
/// lower-case identifier, else quoted.
pub fn ident(name: &str) -> String {
    let plain = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
    if plain {
        name.to_owned()
    } else {
        quote(name)
    }
}

/// A type's name for sqlx's `type_name` (resolved with `::regtype`): bare in
/// `public`, schema-qualified elsewhere, quoted where needed
/// (`billing.status`, `"Billing"."Status"`).
pub fn type_name(schema: &str, name: &str) -> String {
    if schema == "public" {
        ident(name)
    } else {
        format!("{}.{}", ident(schema), ident(name))
    }
}

/// A type for a cast (`$1::"extensions"."vector"`, `"pg_catalog"."int4"[]`):
/// schema-qualified and quoted, `[]` per array dimension.
pub fn cast(ty: &crate::TypeRef) -> String {
    format!(
        "{}.{}{}",
        quote(&ty.schema),
        quote(&ty.name),
        "[]".repeat(ty.array_dims as usize)
    )
}

/// A dollar-quote tag for `body`: `$codegen$`, or `$codegen1$`, `$codegen2$`, …
/// when the body holds it (a name may say anything).
pub fn dollar_tag(body: &str) -> String {
    let mut tag = "$codegen$".to_owned();
    let mut n = 0;
    while body.contains(&tag) {
        n += 1;
        tag = format!("$codegen{n}$");
    }
    tag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_qualified_outside_public_and_quoted_when_needed() {
        assert_eq!(type_name("public", "status"), "status");
        assert_eq!(type_name("billing", "status"), "billing.status");
        assert_eq!(type_name("Billing", "Status"), "\"Billing\".\"Status\"");
        assert_eq!(type_name("public", "my type"), "\"my type\"");
        assert_eq!(quote("a\"b"), "\"a\"\"b\"");
    }

    #[test]
    fn dollar_tags_are_not_in_their_body() {
        assert_eq!(dollar_tag("CREATE TYPE t AS ENUM ('a')"), "$codegen$");
        assert_eq!(
            dollar_tag("CREATE TYPE \"x$codegen$\" AS ENUM ()"),
            "$codegen1$"
        );
        assert_eq!(dollar_tag("$codegen$ $codegen1$"), "$codegen2$");
    }
}
