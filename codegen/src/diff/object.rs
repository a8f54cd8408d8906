//! One schema object as `read.sql` gives it, typed: its kind, and the facts
//! the planner reads (a column's type and default, a constraint's kind…).
//! Every catalog code is an enum here; a code this reading does not know is
//! an error naming it, never a silent fallback.

use std::fmt;

/// A catalog code this reading does not know.
#[derive(Debug)]
pub struct UnknownCode {
    pub what: &'static str,
    pub code: String,
    pub object: String,
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} on {} (codegen diff does not know this catalog code)",
            self.what, self.code, self.object
        )
    }
}

impl std::error::Error for UnknownCode {}

/// Declares an enum of catalog codes with its parser.
macro_rules! codes {
    ($(#[$m:meta])* $name:ident, $what:literal { $($variant:ident = $code:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($variant),* }

        impl $name {
            pub fn parse(code: &str, object: &str) -> Result<Self, UnknownCode> {
                match code {
                    $($code => Ok(Self::$variant),)*
                    _ => Err(UnknownCode { what: $what, code: code.to_owned(), object: object.to_owned() }),
                }
            }
        }
    };
}

codes!(
    /// `pg_type.typtype` of the types read (enums, domains, ranges, composites).
    TypType, "type kind (typtype)" {
        Base = "b", Composite = "c", Domain = "d", Enum = "e", Pseudo = "p", Range = "r", Multirange = "m",
    }
);
codes!(
    /// `pg_class.relpersistence`.
    Persistence, "persistence (relpersistence)" { Permanent = "p", Unlogged = "u", Temporary = "t" }
);
codes!(
    /// `pg_class.relkind`.
    RelKind, "relation kind (relkind)" {
        Table = "r", Partitioned = "p", View = "v", Materialized = "m", Sequence = "S",
        Index = "i", PartitionedIndex = "I", Foreign = "f", Composite = "c", Toast = "t",
    }
);
codes!(
    /// `pg_constraint.contype`.
    ConType, "constraint kind (contype)" {
        Check = "c", Foreign = "f", NotNull = "n", Primary = "p", Unique = "u", Trigger = "t", Exclusion = "x",
    }
);
codes!(
    /// `pg_attribute.attidentity`.
    Identity, "identity kind (attidentity)" { None = "", Always = "a", ByDefault = "d" }
);
codes!(
    /// `pg_attribute.attgenerated`.
    Generated, "generated kind (attgenerated)" { None = "", Stored = "s", Virtual = "v" }
);
codes!(
    /// `pg_proc.prokind` of the routines read.
    ProKind, "function kind (prokind)" { Function = "f", Procedure = "p" }
);
codes!(
    /// `pg_policy.polcmd`.
    PolicyCommand, "policy command (polcmd)" {
        Select = "r", Insert = "a", Update = "w", Delete = "d", All = "*",
    }
);
codes!(
    /// `pg_trigger.tgenabled`.
    TriggerEnabled, "trigger firing (tgenabled)" { Origin = "O", Disabled = "D", Replica = "R", Always = "A" }
);
codes!(
    /// `pg_class.relreplident` (the default is not read).
    ReplicaIdentity, "replica identity (relreplident)" { Nothing = "n", Full = "f", Index = "i" }
);
codes!(
    /// `pg_default_acl.defaclobjtype`.
    AclObject, "default privileges' object type (defaclobjtype)" {
        Tables = "r", Sequences = "S", Functions = "f", Types = "T", Schemas = "n",
    }
);

/// The kinds of object `read.sql` reads, declared in the order of their
/// names (the snapshot's map is sorted by kind, then name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Column,
    Comment,
    Constraint,
    DefaultAcl,
    Extension,
    ForeignKey,
    Function,
    Grant,
    Index,
    Policy,
    Publication,
    PublicationTable,
    ReplicaIdentity,
    Rls,
    RlsForced,
    Schema,
    Sequence,
    SequenceOwner,
    Table,
    Trigger,
    Type,
    View,
}

const KINDS: &[(Kind, &str)] = &[
    (Kind::Column, "column"),
    (Kind::Comment, "comment"),
    (Kind::Constraint, "constraint"),
    (Kind::DefaultAcl, "default-acl"),
    (Kind::Extension, "extension"),
    (Kind::ForeignKey, "foreign-key"),
    (Kind::Function, "function"),
    (Kind::Grant, "grant"),
    (Kind::Index, "index"),
    (Kind::Policy, "policy"),
    (Kind::Publication, "publication"),
    (Kind::PublicationTable, "publication-table"),
    (Kind::ReplicaIdentity, "replica-identity"),
    (Kind::Rls, "rls"),
    (Kind::RlsForced, "rls-forced"),
    (Kind::Schema, "schema"),
    (Kind::Sequence, "sequence"),
    (Kind::SequenceOwner, "sequence-owner"),
    (Kind::Table, "table"),
    (Kind::Trigger, "trigger"),
    (Kind::Type, "type"),
    (Kind::View, "view"),
];

impl Kind {
    /// The kind's word in fingerprint lines.
    pub fn as_str(self) -> &'static str {
        KINDS[self as usize].1
    }

    pub fn parse(word: &str, object: &str) -> Result<Self, UnknownCode> {
        KINDS
            .iter()
            .find(|(_, w)| *w == word)
            .map(|(k, _)| *k)
            .ok_or_else(|| UnknownCode {
                what: "object kind",
                code: word.to_owned(),
                object: object.to_owned(),
            })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An enum, domain, range or composite type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeInfo {
    pub typtype: TypType,
    /// An enum's labels in order (None: not an enum, or one without labels).
    pub labels: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SequenceInfo {
    /// `AS … INCREMENT BY … CYCLE`.
    pub options: String,
    pub persistence: Persistence,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableInfo {
    pub relkind: RelKind,
    pub persistence: Persistence,
    pub partition_by: Option<String>,
    pub partition_of: Option<String>,
    /// Parents of a table made with `INHERITS`, comma-separated.
    pub inherits: Option<String>,
    pub bound: Option<String>,
    /// `reloptions`, `key=value` each.
    pub options: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ColumnInfo {
    /// The quoted column name.
    pub column: String,
    /// `format_type` of the column.
    pub ty: String,
    pub collate: Option<String>,
    pub notnull: bool,
    pub default: Option<String>,
    pub identity: Identity,
    pub generated: Generated,
    pub attnum: i32,
    pub typtype: TypType,
    /// The type's quoted `schema.name`.
    pub type_name: String,
    /// An identity column's sequence (quoted `schema.name`).
    pub identity_sequence: Option<String>,
    /// The type's `typcategory` (`N` numeric, `S` string, `U` user, …).
    pub category: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConstraintInfo {
    /// The table's quoted name.
    pub table: String,
    /// The quoted constraint name.
    pub constraint: String,
    pub def: String,
    pub contype: ConType,
    /// On a partitioned table.
    pub partitioned: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndexInfo {
    pub table: String,
    /// On a materialized view.
    pub on_view: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionInfo {
    pub result: Option<String>,
    pub kind: ProKind,
    pub args: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DefaultAclInfo {
    pub objtype: AclObject,
    /// None: in every schema.
    pub schema: Option<String>,
    pub role: String,
    pub privilege: String,
    pub grantee: String,
}

/// The facts of one object, by kind. (The larger facts are boxed: a
/// snapshot holds tens of thousands of objects, most of them small.)
#[derive(Debug, Clone, PartialEq)]
pub enum Info {
    None,
    Type(Box<TypeInfo>),
    Sequence(Box<SequenceInfo>),
    Table(Box<TableInfo>),
    Column(Box<ColumnInfo>),
    Constraint(Box<ConstraintInfo>),
    Index(Box<IndexInfo>),
    View(RelKind),
    Function(Box<FunctionInfo>),
    Trigger(TriggerEnabled),
    Policy(PolicyCommand),
    ReplicaIdentity(ReplicaIdentity),
    DefaultAcl(Box<DefaultAclInfo>),
    /// What a comment is on, when that is a relation.
    Comment(Option<RelKind>),
}

/// The positional facts `read.sql` gives for one object.
struct Facts<'a> {
    values: &'a [Option<&'a str>],
    object: &'a str,
}

impl<'a> Facts<'a> {
    fn opt(&self, i: usize) -> Option<String> {
        self.values.get(i).copied().flatten().map(str::to_owned)
    }

    fn text(&self, i: usize) -> String {
        self.opt(i).unwrap_or_default()
    }

    fn code(&self, i: usize) -> &str {
        self.values.get(i).copied().flatten().unwrap_or("")
    }

    fn flag(&self, i: usize) -> bool {
        self.code(i) == "true"
    }

    fn rest(&self, from: usize) -> Vec<String> {
        self.values
            .iter()
            .skip(from)
            .filter_map(|v| v.map(str::to_owned))
            .collect()
    }

    fn relkind(&self, i: usize) -> Result<RelKind, UnknownCode> {
        RelKind::parse(self.code(i), self.object)
    }
}

impl Info {
    /// The facts of an object of `kind` from `read.sql`'s `info` array
    /// (its positions are listed there, per kind).
    pub fn parse(kind: Kind, object: &str, values: &[Option<&str>]) -> Result<Info, UnknownCode> {
        let f = Facts { values, object };
        Ok(match kind {
            Kind::Type => {
                let labels = f.rest(1);
                let typtype = TypType::parse(f.code(0), object)?;
                Info::Type(Box::new(TypeInfo {
                    typtype,
                    labels: (typtype == TypType::Enum && !labels.is_empty()).then_some(labels),
                }))
            }
            Kind::Sequence => Info::Sequence(Box::new(SequenceInfo {
                options: f.text(0),
                persistence: Persistence::parse(f.code(1), object)?,
            })),
            Kind::Table => Info::Table(Box::new(TableInfo {
                relkind: f.relkind(0)?,
                persistence: Persistence::parse(f.code(1), object)?,
                partition_by: f.opt(2),
                partition_of: f.opt(3),
                inherits: f.opt(4),
                bound: f.opt(5),
                options: f.rest(6),
            })),
            Kind::Column => Info::Column(Box::new(ColumnInfo {
                column: f.text(0),
                ty: f.text(1),
                collate: f.opt(2),
                notnull: f.flag(3),
                default: f.opt(4),
                identity: Identity::parse(f.code(5), object)?,
                generated: Generated::parse(f.code(6), object)?,
                attnum: f.code(7).parse().unwrap_or(0),
                typtype: TypType::parse(f.code(8), object)?,
                type_name: f.text(9),
                identity_sequence: f.opt(10),
                category: f.text(11),
            })),
            Kind::Constraint | Kind::ForeignKey => Info::Constraint(Box::new(ConstraintInfo {
                table: f.text(0),
                constraint: f.text(1),
                def: f.text(2),
                contype: ConType::parse(f.code(3), object)?,
                partitioned: f.flag(4),
            })),
            Kind::Index => Info::Index(Box::new(IndexInfo {
                table: f.text(0),
                on_view: f.relkind(1)? == RelKind::Materialized,
            })),
            Kind::View => Info::View(f.relkind(0)?),
            Kind::Function => Info::Function(Box::new(FunctionInfo {
                result: f.opt(0),
                kind: ProKind::parse(f.code(1), object)?,
                args: f.opt(2),
            })),
            Kind::Trigger => Info::Trigger(TriggerEnabled::parse(f.code(0), object)?),
            Kind::Policy => Info::Policy(PolicyCommand::parse(f.code(0), object)?),
            Kind::ReplicaIdentity => {
                Info::ReplicaIdentity(ReplicaIdentity::parse(f.code(0), object)?)
            }
            Kind::DefaultAcl => Info::DefaultAcl(Box::new(DefaultAclInfo {
                objtype: AclObject::parse(f.code(0), object)?,
                schema: f.opt(1),
                role: f.text(2),
                privilege: f.text(3),
                grantee: f.text(4),
            })),
            Kind::Comment => Info::Comment(match f.values.first() {
                Some(Some(code)) => Some(RelKind::parse(code, object)?),
                _ => None,
            }),
            _ => Info::None,
        })
    }
}
