//! The catalog's one-letter codes (`pg_class.relkind`, `pg_constraint.contype`,
//! `pg_policy.polcmd`, `pg_proc.prokind`, `provolatile`, `proargmodes`) and
//! access method names, typed once. A code this version does not know is an
//! [`UnknownCode`] naming it, never a silent fallback.

use crate::model::{FkAction, Identity, TableKind};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A catalog code that no variant stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    /// The catalog column, e.g. `pg_class.relkind`.
    pub column: &'static str,
    pub code: String,
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} code {:?}", self.column, self.code)
    }
}

impl std::error::Error for UnknownCode {}

fn unknown<T>(column: &'static str, code: &str) -> Result<T, UnknownCode> {
    Err(UnknownCode {
        column,
        code: code.to_owned(),
    })
}

/// `as_str`, `Display` and comparison with the spelling `schema.json` uses.
macro_rules! spelled {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// The spelling in `schema.json`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<str> for $ty {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $ty {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

impl TableKind {
    /// The kind of a `pg_class.relkind` the introspector reads (`r`, `p`,
    /// `v`, `m`, `f`).
    pub fn from_relkind(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "r" => TableKind::Table,
            "p" => TableKind::PartitionedTable,
            "v" => TableKind::View,
            "m" => TableKind::MaterializedView,
            "f" => TableKind::ForeignTable,
            _ => return unknown("pg_class.relkind", code),
        })
    }
}

/// What a `pg_constraint` row is (`contype`), of those the introspector reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConstraintKind {
    PrimaryKey,
    Unique,
    ForeignKey,
    Check,
}

impl ConstraintKind {
    pub fn from_contype(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "p" => ConstraintKind::PrimaryKey,
            "u" => ConstraintKind::Unique,
            "f" => ConstraintKind::ForeignKey,
            "c" => ConstraintKind::Check,
            _ => return unknown("pg_constraint.contype", code),
        })
    }
}

impl FkAction {
    /// The action of a `pg_constraint.confdeltype` / `confupdtype`.
    pub fn from_code(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "a" => FkAction::NoAction,
            "r" => FkAction::Restrict,
            "c" => FkAction::Cascade,
            "n" => FkAction::SetNull,
            "d" => FkAction::SetDefault,
            _ => return unknown("pg_constraint.confdeltype", code),
        })
    }
}

impl Identity {
    /// `pg_attribute.attidentity`: empty for a column that is no identity.
    pub fn from_attidentity(code: &str) -> Result<Option<Self>, UnknownCode> {
        Ok(match code {
            "" => None,
            "a" => Some(Identity::Always),
            "d" => Some(Identity::ByDefault),
            _ => return unknown("pg_attribute.attidentity", code),
        })
    }
}

/// The command a row-level security policy applies to (`pg_policy.polcmd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum PolicyCommand {
    All,
    Select,
    Insert,
    Update,
    Delete,
}

spelled!(PolicyCommand {
    All => "ALL",
    Select => "SELECT",
    Insert => "INSERT",
    Update => "UPDATE",
    Delete => "DELETE",
});

impl PolicyCommand {
    pub fn from_polcmd(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "*" => PolicyCommand::All,
            "r" => PolicyCommand::Select,
            "a" => PolicyCommand::Insert,
            "w" => PolicyCommand::Update,
            "d" => PolicyCommand::Delete,
            _ => return unknown("pg_policy.polcmd", code),
        })
    }
}

/// Function, procedure, aggregate or window function (`pg_proc.prokind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FunctionKind {
    Function,
    Procedure,
    Aggregate,
    Window,
}

spelled!(FunctionKind {
    Function => "function",
    Procedure => "procedure",
    Aggregate => "aggregate",
    Window => "window",
});

impl FunctionKind {
    pub fn from_prokind(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "f" => FunctionKind::Function,
            "p" => FunctionKind::Procedure,
            "a" => FunctionKind::Aggregate,
            "w" => FunctionKind::Window,
            _ => return unknown("pg_proc.prokind", code),
        })
    }
}

/// A function's volatility (`pg_proc.provolatile`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Volatility {
    Immutable,
    Stable,
    Volatile,
}

spelled!(Volatility {
    Immutable => "immutable",
    Stable => "stable",
    Volatile => "volatile",
});

impl Volatility {
    pub fn from_provolatile(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "i" => Volatility::Immutable,
            "s" => Volatility::Stable,
            "v" => Volatility::Volatile,
            _ => return unknown("pg_proc.provolatile", code),
        })
    }
}

/// How an argument is passed (`pg_proc.proargmodes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArgMode {
    In,
    Out,
    InOut,
    Variadic,
    /// A column of `RETURNS TABLE (…)`.
    Table,
}

spelled!(ArgMode {
    In => "in",
    Out => "out",
    InOut => "inout",
    Variadic => "variadic",
    Table => "table",
});

impl ArgMode {
    pub fn from_proargmode(code: &str) -> Result<Self, UnknownCode> {
        Ok(match code {
            "i" => ArgMode::In,
            "o" => ArgMode::Out,
            "b" => ArgMode::InOut,
            "v" => ArgMode::Variadic,
            "t" => ArgMode::Table,
            _ => return unknown("pg_proc.proargmodes", code),
        })
    }

    /// An argument the caller passes (`in`, `inout`, `variadic`).
    pub fn is_input(self) -> bool {
        matches!(self, ArgMode::In | ArgMode::InOut | ArgMode::Variadic)
    }

    /// A column of the result (`out`, `inout`, `table`).
    pub fn is_output(self) -> bool {
        matches!(self, ArgMode::Out | ArgMode::InOut | ArgMode::Table)
    }
}

/// An index access method (`pg_am.amname`). Extensions add methods of their
/// own (pgvector's `hnsw`, `ivfflat`), so a name that is not built in is
/// kept as [`IndexMethod::Other`]: it is a name, not a code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum IndexMethod {
    Btree,
    Hash,
    Gist,
    Gin,
    Spgist,
    Brin,
    Other(String),
}

impl IndexMethod {
    pub fn from_amname(name: &str) -> Self {
        match name {
            "btree" => IndexMethod::Btree,
            "hash" => IndexMethod::Hash,
            "gist" => IndexMethod::Gist,
            "gin" => IndexMethod::Gin,
            "spgist" => IndexMethod::Spgist,
            "brin" => IndexMethod::Brin,
            other => IndexMethod::Other(other.to_owned()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            IndexMethod::Btree => "btree",
            IndexMethod::Hash => "hash",
            IndexMethod::Gist => "gist",
            IndexMethod::Gin => "gin",
            IndexMethod::Spgist => "spgist",
            IndexMethod::Brin => "brin",
            IndexMethod::Other(name) => name,
        }
    }
}

impl From<String> for IndexMethod {
    fn from(name: String) -> Self {
        IndexMethod::from_amname(&name)
    }
}

impl From<IndexMethod> for String {
    fn from(m: IndexMethod) -> String {
        m.as_str().to_owned()
    }
}

impl fmt::Display for IndexMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for IndexMethod {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_parse() {
        let relkinds: Vec<_> = ["r", "p", "v", "m", "f"]
            .iter()
            .map(|c| TableKind::from_relkind(c).unwrap())
            .collect();
        assert_eq!(
            relkinds,
            [
                TableKind::Table,
                TableKind::PartitionedTable,
                TableKind::View,
                TableKind::MaterializedView,
                TableKind::ForeignTable
            ]
        );
        assert_eq!(
            ConstraintKind::from_contype("f"),
            Ok(ConstraintKind::ForeignKey)
        );
        assert_eq!(PolicyCommand::from_polcmd("*"), Ok(PolicyCommand::All));
        assert_eq!(PolicyCommand::from_polcmd("w"), Ok(PolicyCommand::Update));
        assert_eq!(FunctionKind::from_prokind("a"), Ok(FunctionKind::Aggregate));
        assert_eq!(Volatility::from_provolatile("s"), Ok(Volatility::Stable));
        assert_eq!(ArgMode::from_proargmode("b"), Ok(ArgMode::InOut));
        assert_eq!(FkAction::from_code("a"), Ok(FkAction::NoAction));
        assert_eq!(Identity::from_attidentity(""), Ok(None));
        assert_eq!(IndexMethod::from_amname("gin"), IndexMethod::Gin);
        assert_eq!(
            IndexMethod::from_amname("hnsw"),
            IndexMethod::Other("hnsw".into())
        );
    }

    #[test]
    fn unknown_codes_are_errors_naming_the_code() {
        let errors = [
            TableKind::from_relkind("S").unwrap_err(),
            ConstraintKind::from_contype("x").unwrap_err(),
            PolicyCommand::from_polcmd("q").unwrap_err(),
            FunctionKind::from_prokind("z").unwrap_err(),
            Volatility::from_provolatile("").unwrap_err(),
            ArgMode::from_proargmode("k").unwrap_err(),
            FkAction::from_code(" ").unwrap_err(),
            Identity::from_attidentity("x").unwrap_err(),
            crate::TypeKind::from_typtype("z").unwrap_err(),
        ];
        assert_eq!(
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
            [
                r#"unknown pg_class.relkind code "S""#,
                r#"unknown pg_constraint.contype code "x""#,
                r#"unknown pg_policy.polcmd code "q""#,
                r#"unknown pg_proc.prokind code "z""#,
                r#"unknown pg_proc.provolatile code """#,
                r#"unknown pg_proc.proargmodes code "k""#,
                r#"unknown pg_constraint.confdeltype code " ""#,
                r#"unknown pg_attribute.attidentity code "x""#,
                r#"unknown pg_type.typtype code "z""#,
            ]
        );
    }

    #[test]
    fn spellings_match_the_json() {
        // The JSON spelling of every variant is its `as_str`.
        fn json<T: Serialize>(v: &T) -> String {
            serde_json::to_string(v).unwrap()
        }
        let all: Vec<(String, &str)> = vec![
            (json(&PolicyCommand::All), PolicyCommand::All.as_str()),
            (json(&PolicyCommand::Delete), PolicyCommand::Delete.as_str()),
            (json(&FunctionKind::Window), FunctionKind::Window.as_str()),
            (json(&Volatility::Immutable), Volatility::Immutable.as_str()),
            (json(&ArgMode::InOut), ArgMode::InOut.as_str()),
            (json(&ArgMode::Table), ArgMode::Table.as_str()),
            (json(&IndexMethod::Spgist), "spgist"),
            (json(&IndexMethod::Other("hnsw".into())), "hnsw"),
        ];
        for (json, text) in all {
            assert_eq!(json, format!("{text:?}"));
        }
        let back: IndexMethod = serde_json::from_str("\"brin\"").unwrap();
        assert_eq!(back, IndexMethod::Brin);
        let back: ArgMode = serde_json::from_str("\"variadic\"").unwrap();
        assert_eq!(back, ArgMode::Variadic);
    }
}
