//! The derive's expansion, snapshotted (insta, prettyplease-formatted) for
//! representative structs, and its error collection. The structs name the
//! committed `generated/schema.json`, so the compile-time check runs too.

use syn::DeriveInput;

/// The expansion of `#[derive(Table)]` on `input`, as rustfmt-like text.
fn expand(input: DeriveInput) -> String {
    let tokens = crate::table(&input).unwrap_or_else(|e| panic!("{e}"));
    let file = syn::parse2::<syn::File>(tokens).expect("the expansion parses as items");
    prettyplease::unparse(&file)
}

/// Every message of the error the derive reports for `input`.
fn errors(input: DeriveInput) -> Vec<String> {
    match crate::table(&input) {
        Ok(_) => Vec::new(),
        Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
    }
}

/// A plain table: one-column key, a unique and an indexed column, defaults,
/// insert and patch types.
#[test]
fn plain_table() {
    insta::assert_snapshot!(expand(syn::parse_quote! {
        #[table(schema = "public", name = "organizations", insert = NewOrganization,
                patch = OrganizationPatch, snapshot = "../generated/schema.json")]
        pub struct Organization {
            #[column(sql_type = "uuid", primary_key, indexed, default = "gen_random_uuid()")]
            pub id: uuid::Uuid,
            #[column(sql_type = "character varying(120)")]
            pub name: String,
            #[column(sql_type = "character varying(63)", unique, indexed)]
            pub slug: String,
            #[column(sql_type = "uuid", indexed)]
            pub owner_id: uuid::Uuid,
            #[column(sql_type = "text", default = "'free'::text")]
            pub plan: String,
        }
    }));
}

/// A composite primary key, a multi-column unique key and two foreign keys
/// with relation helpers.
#[test]
fn composite_key_unique_and_relations() {
    insta::assert_snapshot!(expand(syn::parse_quote! {
        #[table(schema = "public", name = "memberships", insert = NewMembership,
                patch = MembershipPatch, snapshot = "../generated/schema.json")]
        #[foreign_key(name = "memberships_organization_id_fkey", columns = "organization_id",
                      references = "public.organizations", ref_columns = "id",
                      target = crate::public::Organization)]
        #[foreign_key(name = "memberships_user_id_fkey", columns = "user_id",
                      references = "public.users", ref_columns = "id", target = crate::public::User)]
        #[unique(name = "memberships_user_role_key", columns = "user_id, role")]
        pub struct Membership {
            #[column(sql_type = "uuid", primary_key, indexed)]
            pub organization_id: uuid::Uuid,
            #[column(sql_type = "uuid", primary_key, indexed)]
            pub user_id: uuid::Uuid,
            #[column(sql_type = "membership_role", default = "'member'::membership_role")]
            pub role: crate::public::types::MembershipRole,
            #[column(sql_type = "timestamp with time zone", default = "now()")]
            pub joined_at: chrono::DateTime<chrono::Utc>,
        }
    }));
}

/// The table the row-level-security tests run through `Session`: nullable
/// columns, an array column (`insert_many` sends it as JSON), a nullable
/// foreign key.
#[test]
fn rls_session_table() {
    insta::assert_snapshot!(expand(syn::parse_quote! {
        #[table(schema = "public", name = "projects", insert = NewProject, patch = ProjectPatch,
                snapshot = "../generated/schema.json")]
        #[foreign_key(name = "projects_organization_id_fkey", columns = "organization_id",
                      references = "public.organizations", ref_columns = "id",
                      target = crate::public::Organization)]
        pub struct Project {
            #[column(sql_type = "uuid", primary_key, indexed, default = "gen_random_uuid()")]
            pub id: uuid::Uuid,
            #[column(sql_type = "uuid", indexed)]
            pub user_id: uuid::Uuid,
            #[column(sql_type = "uuid", indexed)]
            pub organization_id: Option<uuid::Uuid>,
            #[column(sql_type = "character varying(200)")]
            pub name: String,
            #[column(sql_type = "text")]
            pub description: Option<String>,
            #[column(sql_type = "text[]", default = "'{}'::text[]")]
            pub tags: Vec<String>,
            #[column(sql_type = "boolean", default = "false")]
            pub is_public: bool,
        }
    }));
}

/// A read-only struct whose runtime crate is elsewhere: every runtime path
/// starts at `crate = "…"`.
#[test]
fn view_with_crate_path() {
    insta::assert_snapshot!(expand(syn::parse_quote! {
        #[table(name = "projects", view, crate = "::my_runtime", snapshot = "../generated/schema.json")]
        pub struct ProjectName {
            #[column(primary_key)]
            pub id: uuid::Uuid,
            pub name: String,
        }
    }));
}

/// Every mistake of a struct is reported, not only the first: attribute
/// keys, values, key columns and the snapshot check together.
#[test]
fn every_mistake_at_once() {
    let found = errors(syn::parse_quote! {
        #[table(name = "projects", tabel = "x", insert = NewProject,
                snapshot = "../generated/schema.json")]
        #[unique()]
        #[unique(columns = "name, titel")]
        struct Project {
            #[column(primary_key, identity = "sometimes", nme = "id")]
            id: i64,
            name: String,
            tags: Vec<String>,
        }
    });
    let expected = [
        "unknown `table` key `tabel`",
        "`#[unique]` names the columns of a unique key",
        "identity is \"always\" or \"by_default\"",
        "unknown `column` key `nme`",
        "unique key `` names column `titel`, which no field maps",
        "an array column needs its `sql_type",
        "column `id` is `uuid`: write `uuid::Uuid`",
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (found, expected) in found.iter().zip(expected) {
        assert!(
            found.starts_with(expected),
            "{found:?} should start with {expected:?}"
        );
    }
}

/// The attribute names the derive declares (`proc_macro_derive` needs them
/// as identifiers) are the ones `schema::attrs` spells.
#[test]
fn declared_attributes_are_schema_attrs() {
    let declared = format!("attributes({})", schema::attrs::ATTRIBUTES.join(", "));
    assert!(
        include_str!("lib.rs").contains(&format!("#[proc_macro_derive(Table, {declared})]")),
        "lib.rs should declare {declared}"
    );
}

/// A value that does not parse ends its attribute, and is the one error
/// about it: the table name it may have hidden is not reported missing.
#[test]
fn a_value_that_does_not_parse_is_one_error() {
    let found = errors(syn::parse_quote! {
        #[table(name = 5)]
        struct T {
            id: i32,
        }
    });
    assert_eq!(found, ["expected string literal"]);
}
