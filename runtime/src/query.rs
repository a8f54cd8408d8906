//! What the helpers of `#[derive(Table)]` return: a statement with its
//! bound values and the executor to run it on. `.await` runs it
//! ([`IntoFuture`]), so `User::find(&pool, &id).await?` reads like a call of
//! an async fn.
//!
//! Why not async fns: every async fn is a state machine the compiler types
//! and borrow-checks on its own, and a schema of a hundred tables has well
//! over a thousand helpers. Built this way, a helper is a plain function
//! that binds values, and the one generic future below is compiled once, for
//! the executors an application really uses. The generated crate builds in
//! a fraction of the time.
//!
//! ```ignore
//! let user = User::find(&pool, &id).await?;             // Option<User>
//! let projects = user.projects(&mut *tx).await?;        // Vec<Project>
//! let deleted = Project::delete(&pool, &project.id).await?; // u64
//! ```

use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArguments, PgRow};
use sqlx::{Arguments, Encode, Error, FromRow, PgExecutor, Postgres, Type};
use std::collections::HashMap;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::{Mutex, OnceLock};

/// A statement with its bound values.
pub type Statement<'q> = sqlx::query::Query<'q, Postgres, PgArguments>;

/// A boxed, `Send` future of a query's result.
pub type Pending<'q, O> = Pin<Box<dyn Future<Output = Result<O, Error>> + Send + 'q>>;

/// A statement ready to run on `db`; `.await` runs it. `M` says what comes
/// back: [`One`] row, an [`Optional`] row, [`All`] rows, or the number of
/// rows [`Affected`].
#[must_use = "a query does nothing until it is awaited"]
pub struct Fetch<'q, E, T, M> {
    db: E,
    body: Body<'q>,
    rows: PhantomData<fn() -> (T, M)>,
}

/// What `.await` does: run the statement, return the empty result, or
/// return the error of a value that could not be encoded.
enum Body<'q> {
    Run(Statement<'q>),
    Bound(&'q str, PgArguments),
    Nothing,
    Failed(BoxDynError),
}

impl<'q, E, T, M> Fetch<'q, E, T, M> {
    fn of(db: E, body: Body<'q>) -> Self {
        Fetch {
            db,
            body,
            rows: PhantomData,
        }
    }

    /// `statement` to run on `db`.
    pub fn new(db: E, statement: Statement<'q>) -> Self {
        Fetch::of(db, Body::Run(statement))
    }

    /// `sql` with `params` bound in order (`$1`, `$2`, …), to run on `db`.
    /// What the helpers call (through [`bound`]): one slice of `&dyn Param` instead of a chain
    /// of `.bind(…)` calls — the same encoding, but a helper's body is one
    /// array of references, cheaper for the compiler to check than a chain
    /// that moves the statement through a generic call per value (the
    /// 100-table crate's `cargo check`: about 5.3 s → 4.6 s). A value that
    /// fails to encode is the error of `.await` (`sqlx::Error::Encode`), as
    /// with `Query::bind`.
    pub fn bound<'p>(db: E, sql: &'q str, params: &[&'p (dyn Param<'p> + 'p)]) -> Self {
        let mut args = PgArguments::default();
        for (n, p) in params.iter().enumerate() {
            if let Err(e) = p.add_to(&mut args) {
                return Fetch::failed(db, n + 1, e);
            }
        }
        Fetch::of(db, Body::Bound(sql, args))
    }

    fn failed(db: E, n: usize, e: BoxDynError) -> Self {
        let message = format!("Encoding argument ${n} failed: {e}");
        Fetch::of(db, Body::Failed(message.into()))
    }

    /// `sql` with one array parameter per element of the tuple `columns`
    /// gives for a row, holding that element of every row in `rows`: what
    /// `insert_many`'s `UNNEST($1, $2, …)` binds. The arrays are filled by
    /// the one loop of [`Unnest`], written once for every tuple size, not
    /// in every table's helper.
    pub fn unnest<R, C: Unnest<'q>>(
        db: E,
        sql: &'q str,
        rows: &'q [R],
        columns: impl Fn(&'q R) -> C,
    ) -> Self {
        let mut args = PgArguments::default();
        match C::bind(rows.iter().map(columns), rows.len(), &mut args) {
            Ok(()) => Fetch::of(db, Body::Bound(sql, args)),
            Err((n, e)) => Fetch::failed(db, n, e),
        }
    }

    /// Nothing to run (a NULL foreign key, say): no row, no rows, or zero
    /// rows affected, without a round trip; [`One`] gives `RowNotFound`.
    pub fn nothing(db: E) -> Self {
        Fetch::of(db, Body::Nothing)
    }
}

/// [`Fetch::bound`], [`Fetch::unnest`] and [`Fetch::nothing`] as free
/// functions: what the helpers call. A call that names the type
/// (`Fetch::bound(…)`) is a user type annotation, which the borrow checker
/// proves in every helper on its own (a canonical query each, about a
/// twentieth of a generated crate's `cargo check`); a generic function whose
/// arguments are all inferred carries none.
pub fn bound<'q, 'p, E, T, M>(
    db: E,
    sql: &'q str,
    params: &[&'p (dyn Param<'p> + 'p)],
) -> Fetch<'q, E, T, M> {
    Fetch::bound(db, sql, params)
}

/// [`Fetch::unnest`], as [`bound`] is [`Fetch::bound`].
pub fn unnest<'q, E, T, M, R, C: Unnest<'q>>(
    db: E,
    sql: &'q str,
    rows: &'q [R],
    columns: impl Fn(&'q R) -> C,
) -> Fetch<'q, E, T, M> {
    Fetch::unnest(db, sql, rows, columns)
}

/// [`Fetch::nothing`], as [`bound`] is [`Fetch::bound`].
pub fn nothing<'q, E, T, M>(db: E) -> Fetch<'q, E, T, M> {
    Fetch::nothing(db)
}

/// `fetch`'s values bound to another statement, `sql`: `upsert` is
/// `insert`'s values with an `ON CONFLICT` clause, without a second list of
/// the same values for the compiler to check. A statement made with
/// [`Fetch::new`] keeps its arguments too.
pub fn with_sql<'q, E, T, M>(fetch: Fetch<'q, E, T, M>, sql: &'q str) -> Fetch<'q, E, T, M> {
    let body = match fetch.body {
        Body::Bound(_, args) => Body::Bound(sql, args),
        Body::Run(mut statement) => match sqlx::Execute::take_arguments(&mut statement) {
            Ok(args) => Body::Bound(sql, args.unwrap_or_default()),
            Err(e) => Body::Failed(e),
        },
        other => other,
    };
    Fetch::of(fetch.db, body)
}

/// A value bound to a parameter by [`Fetch::bound`]: anything sqlx can
/// bind to a PostgreSQL statement.
/// (`'p`: how long the value is borrowed for; the arguments do not keep it.)
pub trait Param<'p> {
    /// Encodes the value as the next parameter of `args`.
    fn add_to(&'p self, args: &mut PgArguments) -> Result<(), BoxDynError>;
}

impl<'p, T> Param<'p> for T
where
    T: Encode<'p, Postgres> + Type<Postgres> + 'p,
{
    fn add_to(&'p self, args: &mut PgArguments) -> Result<(), BoxDynError> {
        Arguments::<'p>::add(args, self)
    }
}

/// A tuple of column values that [`Fetch::unnest`] turns into one array
/// parameter per element.
pub trait Unnest<'q>: Sized {
    /// Binds the arrays of `rows`' elements (`len` rows) to `args`; on an
    /// encoding error, the parameter's number and the error.
    fn bind(
        rows: impl Iterator<Item = Self>,
        len: usize,
        args: &mut PgArguments,
    ) -> Result<(), (usize, BoxDynError)>;
}

macro_rules! unnest {
    ($($i:tt $t:ident),+) => {
        impl<'q, $($t),+> Unnest<'q> for ($($t,)+)
        where
            $(Vec<$t>: Encode<'q, Postgres> + Type<Postgres> + 'q,)+
        {
            fn bind(
                rows: impl Iterator<Item = Self>,
                len: usize,
                args: &mut PgArguments,
            ) -> Result<(), (usize, BoxDynError)> {
                let mut arrays = ($(Vec::<$t>::with_capacity(len),)+);
                for row in rows {
                    $(arrays.$i.push(row.$i);)+
                }
                $(Arguments::add(args, arrays.$i).map_err(|e| ($i + 1, e))?;)+
                Ok(())
            }
        }
    };
}

for_tuples!(unnest);

/// `head` then `tail`, built once per pair for the life of the process: a
/// relation helper's statement, the target table's `SELECT` and the helper's
/// `WHERE`. One function for every helper, instead of a `static` and a
/// `format!` in each, which the type checker of a generated crate pays for.
pub fn concat(head: &'static str, tail: &'static str) -> &'static str {
    type Joined = HashMap<(&'static str, &'static str), &'static str>;
    static JOINED: OnceLock<Mutex<Joined>> = OnceLock::new();
    let mut joined = JOINED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    joined
        .entry((head, tail))
        .or_insert_with(|| String::leak([head, tail].concat()))
}

/// The value a patch field sets: `Some(None)` (set NULL) and `None`
/// (leave unchanged, with its flag false) both bind NULL.
pub fn inner<T>(field: &Option<Option<T>>) -> Option<&T> {
    field.as_ref().and_then(Option::as_ref)
}

/// A NOT NULL column's patch field, `Option<T>`, bound as it is (`None`
/// binds NULL, which `COALESCE($n, col)` reads as "leave unchanged"); the
/// call keeps a patch field that is not an `Option` a compile error.
pub fn optional<T>(field: &Option<T>) -> &Option<T> {
    field
}

/// What a query returns, and how to run it for that.
pub trait Mode<T> {
    type Output: Send;
    /// Runs `statement` on `db`.
    fn run<'q, E>(statement: Statement<'q>, db: E) -> Pending<'q, Self::Output>
    where
        E: PgExecutor<'q> + 'q,
        T: 'q;
    /// The result when there is nothing to run.
    fn nothing() -> Result<Self::Output, Error>;
}

/// Exactly one row; `sqlx::Error::RowNotFound` when there is none.
pub enum One {}
/// At most one row.
pub enum Optional {}
/// Every row.
pub enum All {}
/// The number of rows the statement affected.
pub enum Affected {}
/// Nothing: the statement ran.
pub enum Exec {}

fn decode<T: for<'r> FromRow<'r, PgRow>>(row: PgRow) -> Result<T, Error> {
    T::from_row(&row)
}

/// The modes that decode rows differ only in the sqlx call and the empty result.
macro_rules! row_mode {
    ($mode:ident, $output:ty, $fetch:ident, $nothing:expr) => {
        impl<T: for<'r> FromRow<'r, PgRow> + Send + Unpin> Mode<T> for $mode {
            type Output = $output;
            fn run<'q, E>(statement: Statement<'q>, db: E) -> Pending<'q, $output>
            where
                E: PgExecutor<'q> + 'q,
                T: 'q,
            {
                Box::pin(statement.try_map(decode::<T>).$fetch(db))
            }
            fn nothing() -> Result<$output, Error> {
                $nothing
            }
        }
    };
}

row_mode!(One, T, fetch_one, Err(Error::RowNotFound));
row_mode!(Optional, Option<T>, fetch_optional, Ok(None));

// Every row: decoded straight off the row stream (sqlx's `Map::fetch_all`
// goes through an extra yielding stream per row, measurably slower).
impl<T: for<'r> FromRow<'r, PgRow> + Send + Unpin> Mode<T> for All {
    type Output = Vec<T>;
    fn run<'q, E>(statement: Statement<'q>, db: E) -> Pending<'q, Vec<T>>
    where
        E: PgExecutor<'q> + 'q,
        T: 'q,
    {
        use futures::{StreamExt, TryStreamExt};
        Box::pin(
            statement
                .fetch(db)
                .map(|row| row.and_then(|row| T::from_row(&row)))
                .try_collect(),
        )
    }
    fn nothing() -> Result<Vec<T>, Error> {
        Ok(Vec::new())
    }
}

impl Mode<()> for Affected {
    type Output = u64;
    fn run<'q, E>(statement: Statement<'q>, db: E) -> Pending<'q, u64>
    where
        E: PgExecutor<'q> + 'q,
    {
        Box::pin(async move { Ok(statement.execute(db).await?.rows_affected()) })
    }
    fn nothing() -> Result<u64, Error> {
        Ok(0)
    }
}

impl Mode<()> for Exec {
    type Output = ();
    fn run<'q, E>(statement: Statement<'q>, db: E) -> Pending<'q, ()>
    where
        E: PgExecutor<'q> + 'q,
    {
        Box::pin(async move { statement.execute(db).await.map(drop) })
    }
    fn nothing() -> Result<(), Error> {
        Ok(())
    }
}

impl<'q, E, T, M> IntoFuture for Fetch<'q, E, T, M>
where
    E: PgExecutor<'q> + 'q,
    T: 'q,
    M: Mode<T>,
    M::Output: 'q,
{
    type Output = Result<M::Output, Error>;
    type IntoFuture = Pending<'q, M::Output>;

    fn into_future(self) -> Self::IntoFuture {
        match self.body {
            Body::Run(statement) => M::run(statement, self.db),
            Body::Bound(sql, args) => M::run(sqlx::query_with(sql, args), self.db),
            Body::Nothing => Box::pin(std::future::ready(M::nothing())),
            Body::Failed(e) => Box::pin(std::future::ready(Err(Error::Encode(e)))),
        }
    }
}
