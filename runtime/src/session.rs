//! RLS-scoped sessions: a transaction that runs as a Supabase API role with
//! JWT claims set the way Supabase sets them, so `auth.uid()`, `auth.role()`
//! and `auth.jwt()` work and row-level security applies. Claims and the role
//! are bound values (`set_config`), never formatted into SQL.

use sqlx::postgres::Postgres;
use sqlx::{Acquire, PgConnection, Transaction};
use std::ops::{Deref, DerefMut};

/// The Supabase API roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Anon,
    Authenticated,
    ServiceRole,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Anon => "anon",
            Role::Authenticated => "authenticated",
            Role::ServiceRole => "service_role",
        }
    }
}

/// A transaction as a Supabase role. Every helper runs inside it (pass
/// `&mut *session`); `commit` or `rollback` explicitly, rollback on drop.
///
/// Begun inside an outer transaction, a session is a savepoint: `commit`
/// gives the outer transaction back its own role and claims, so it never
/// goes on as the session's role. Raw SQL run through `&mut *session` can
/// still leave the role (`RESET ROLE`, `SET ROLE postgres`) or end the
/// transaction (`COMMIT`): run only helpers and queries through it, and in
/// production let the pool log in as a role that cannot `SET ROLE` to a
/// privileged one.
pub struct Session<'c> {
    tx: Transaction<'c, Postgres>,
    /// The role and claims before the session: restored on commit.
    outer: (String, String, String, String),
}

impl<'c> Session<'c> {
    /// Begins a transaction as `role` with these JWT claims (`sub`, `role` and
    /// any extra ones, e.g. `email`, `app_metadata`).
    pub async fn begin<A>(db: A, role: Role, claims: serde_json::Value) -> Result<Self, sqlx::Error>
    where
        A: Acquire<'c, Database = Postgres>,
    {
        let mut tx = db.begin().await?;
        let outer: (String, String, String, String) = sqlx::query_as(
            "SELECT current_setting('role'),
                    coalesce(current_setting('request.jwt.claims', true), ''),
                    coalesce(current_setting('request.jwt.claim.sub', true), ''),
                    coalesce(current_setting('request.jwt.claim.role', true), '')",
        )
        .fetch_one(&mut *tx)
        .await?;
        let mut claims = match claims {
            serde_json::Value::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        claims.insert("role".into(), role.as_str().into());
        let sub = claims
            .get("sub")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned();
        sqlx::query(
            "SELECT set_config('request.jwt.claims', $1, true),
                    set_config('request.jwt.claim.sub', $2, true),
                    set_config('request.jwt.claim.role', $3, true),
                    set_config('role', $3, true)",
        )
        .bind(serde_json::Value::Object(claims).to_string())
        .bind(sub)
        .bind(role.as_str())
        .execute(&mut *tx)
        .await?;
        Ok(Session { tx, outer })
    }

    /// As a signed-in user (`authenticated`, `sub` = the user's id).
    pub async fn as_user<A>(db: A, user_id: impl std::fmt::Display) -> Result<Self, sqlx::Error>
    where
        A: Acquire<'c, Database = Postgres>,
    {
        Self::begin(
            db,
            Role::Authenticated,
            serde_json::json!({ "sub": user_id.to_string() }),
        )
        .await
    }

    /// As an anonymous visitor (`anon`, no `sub`).
    pub async fn as_anon<A>(db: A) -> Result<Self, sqlx::Error>
    where
        A: Acquire<'c, Database = Postgres>,
    {
        Self::begin(db, Role::Anon, serde_json::json!({})).await
    }

    /// As the service role (bypasses row-level security, as on Supabase).
    pub async fn as_service_role<A>(db: A) -> Result<Self, sqlx::Error>
    where
        A: Acquire<'c, Database = Postgres>,
    {
        Self::begin(db, Role::ServiceRole, serde_json::json!({})).await
    }

    /// Commits; inside an outer transaction, gives it back its role and
    /// claims first (a savepoint's `SET LOCAL`s outlive its release).
    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        let (role, claims, sub, claim_role) = &self.outer;
        sqlx::query(
            "SELECT set_config('request.jwt.claims', $1, true),
                    set_config('request.jwt.claim.sub', $2, true),
                    set_config('request.jwt.claim.role', $3, true),
                    set_config('role', $4, true)",
        )
        .bind(claims)
        .bind(sub)
        .bind(claim_role)
        .bind(role)
        .execute(&mut *self.tx)
        .await?;
        self.tx.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl Deref for Session<'_> {
    type Target = PgConnection;
    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl DerefMut for Session<'_> {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}
