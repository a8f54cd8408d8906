//! Naming rules: SQL names → valid, warning-free Rust identifiers. The SQL
//! name is always kept in an attribute, so nothing is lost.
//!
//! - tables → singular `UpperCamelCase` structs (`user_sessions` →
//!   `UserSession`), overridable in `codegen.toml`;
//! - columns → `snake_case` fields; Rust keywords become raw identifiers
//!   (`r#type`), or get a trailing `_` where raw is not allowed (`self_`);
//! - non-ASCII letters are transliterated (`ü` → `u`), other characters
//!   become `_`; a leading digit gets a prefix (`1st` → `c_1st`, `T1st`);
//! - names that collide after conversion get `_2`, `_3`, … in SQL order.

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Type and trait names of the Rust prelude: a struct or type named like
/// one would shadow it
/// in its module and in every `use generated::*`, so it gets the suffix
/// `Table` or `Type` (`options` → `OptionTable`).
const PRELUDE: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "ToString",
    "ToOwned",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsRef",
    "AsMut",
    "Into",
    "From",
    "Default",
    "Iterator",
    "Extend",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "TryFrom",
    "TryInto",
    "FromIterator",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Whether `s` is a Rust keyword.
pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Latin letters with diacritics → ASCII; anything else non-alphanumeric → `_`.
pub fn to_ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => c.to_string(),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a".into(),
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => "A".into(),
            'è' | 'é' | 'ê' | 'ë' | 'ē' => "e".into(),
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => "E".into(),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => "i".into(),
            'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => "I".into(),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o".into(),
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "O".into(),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u".into(),
            'Ù' | 'Ú' | 'Û' | 'Ü' => "U".into(),
            'ñ' => "n".into(),
            'Ñ' => "N".into(),
            'ç' => "c".into(),
            'Ç' => "C".into(),
            'ß' => "ss".into(),
            'ğ' => "g".into(),
            'ş' => "s".into(),
            c if c.is_alphanumeric() => format!("_u{:x}_", c as u32),
            _ => "_".into(),
        })
        .collect()
}

/// Makes an identifier valid: a prefix before a leading digit, a fallback
/// for an empty name, raw (`r#`) or `_`-suffixed keywords.
fn valid(ident: String, digit_prefix: &str, empty: &str) -> String {
    valid_in(ident, digit_prefix, empty, true)
}

/// [`valid`], with `items` false for names that cannot shadow the prelude
/// (enum variants live in their enum's namespace).
fn valid_in(ident: String, digit_prefix: &str, empty: &str, items: bool) -> String {
    let ident = if ident.is_empty() {
        empty.to_owned()
    } else if ident.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{digit_prefix}{ident}")
    } else {
        ident
    };
    if ident == "Self" || (items && PRELUDE.contains(&ident.as_str())) {
        // UpperCamelCase names stay UpperCamelCase (`SelfTable`, `OptionType`).
        format!("{ident}{empty}")
    } else if NOT_RAW.contains(&ident.as_str()) {
        format!("{ident}_")
    } else if is_keyword(&ident) {
        format!("r#{ident}")
    } else {
        ident
    }
}

/// English singular of a snake_case table name's last word (simple rules).
pub fn singular(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let keep = [
        "status", "news", "series", "species", "analysis", "data", "metadata", "access", "address",
        "bus",
    ];
    if keep.iter().any(|k| lower.ends_with(k)) {
        return word.to_owned();
    }
    for (plural, single) in [
        ("ies", "y"),
        ("sses", "ss"),
        ("shes", "sh"),
        ("ches", "ch"),
        ("xes", "x"),
        ("zes", "z"),
    ] {
        if lower.ends_with(plural) && lower.len() > plural.len() + 1 {
            return format!("{}{single}", &word[..word.len() - plural.len()]);
        }
    }
    if lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && lower.len() > 3
    {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// The struct name of a table: singular UpperCamelCase.
pub fn struct_name(table: &str) -> String {
    let snake = to_ascii(table).to_snake_case();
    let (head, last) = snake
        .rsplit_once('_')
        .map_or(("", snake.as_str()), |(h, l)| (h, l));
    let singular = if head.is_empty() {
        singular(last)
    } else {
        format!("{head}_{}", singular(last))
    };
    valid(singular.to_upper_camel_case(), "T", "Table")
}

/// The type name of an enum or composite: UpperCamelCase, not singularised.
pub fn type_name(name: &str) -> String {
    valid(to_ascii(name).to_upper_camel_case(), "T", "Type")
}

/// The field name of a column: snake_case.
pub fn field_name(column: &str) -> String {
    valid(to_ascii(column).to_snake_case(), "c_", "column")
}

/// A module or file name: snake_case, never raw (`type` → `type_`).
pub fn module_name(name: &str) -> String {
    let v = valid(to_ascii(name).to_snake_case(), "m_", "module");
    match v.strip_prefix("r#") {
        Some(k) => format!("{k}_"),
        None => v,
    }
}

/// The variant name of an enum label: UpperCamelCase.
pub fn variant_name(label: &str) -> String {
    valid_in(to_ascii(label).to_upper_camel_case(), "V", "Empty", false)
}

/// Names taken so far in one namespace; `claim` makes a name unique in
/// order: later duplicates get `_2`, `_3`, … (`2`, `3` for UpperCamelCase).
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    seen: std::collections::HashSet<String>,
}

impl NameSet {
    /// Takes `name`, or the first free variant of it.
    pub fn claim(&mut self, name: &str) -> String {
        let base = name.trim_start_matches("r#");
        if self.seen.insert(base.to_owned()) {
            return name.to_owned();
        }
        let sep = if base.starts_with(|c: char| c.is_ascii_uppercase()) || base.ends_with('_') {
            ""
        } else {
            "_"
        };
        let mut n = 2;
        loop {
            let candidate = format!("{base}{sep}{n}");
            if self.seen.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// Makes a list of names unique in order (see [`NameSet::claim`]).
pub fn dedupe(names: &mut [String]) {
    let mut set = NameSet::default();
    for name in names.iter_mut() {
        *name = set.claim(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structs_are_singular_upper_camel_case() {
        assert_eq!(struct_name("users"), "User");
        assert_eq!(struct_name("user_sessions"), "UserSession");
        assert_eq!(struct_name("template_categories"), "TemplateCategory");
        assert_eq!(struct_name("daily_usage"), "DailyUsage");
        assert_eq!(struct_name("addresses"), "Address");
        assert_eq!(struct_name("status"), "Status");
        assert_eq!(struct_name("MixedCase"), "MixedCase");
        assert_eq!(struct_name("1st_things"), "T1stThing");
        assert_eq!(struct_name("Self"), "SelfTable");
        assert_eq!(struct_name("options"), "OptionTable");
        assert_eq!(struct_name("results"), "ResultTable");
        assert_eq!(struct_name("strings"), "StringTable");
        assert_eq!(struct_name("vec"), "VecTable");
        assert_eq!(type_name("box"), "BoxType");
    }

    #[test]
    fn fields_are_valid_snake_case() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("Type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("with space"), "with_space");
        assert_eq!(field_name("quo\"te"), "quo_te");
        assert_eq!(field_name("ünïcödé"), "unicode");
        assert_eq!(field_name("1st"), "c_1st");
        assert_eq!(field_name("名前"), "u540d_u524d");
        let mut names = vec![field_name("Type"), field_name("type"), field_name("type_2")];
        dedupe(&mut names);
        assert_eq!(names, ["r#type", "type_2", "type_2_2"]);
        let mut names = vec![field_name("Self"), field_name("self")];
        dedupe(&mut names);
        assert_eq!(names, ["self_", "self_2"], "no `__`: non_snake_case");
    }

    #[test]
    fn variants() {
        assert_eq!(variant_name("PG-13"), "Pg13");
        assert_eq!(variant_name("a b"), "AB");
        assert_eq!(variant_name("in_progress"), "InProgress");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(
            variant_name("ok"),
            "Ok",
            "variants cannot shadow the prelude"
        );
    }
}
