//! Scratch copies of the prepared database (`CREATE DATABASE … TEMPLATE`),
//! made at once (a template may be copied by several sessions together),
//! each dropped when its worker is done, and any left at the end.

use crate::error::{Error, Result};
use std::time::Duration;

/// The scratch databases of a run, on the server of `url`.
pub(super) struct Copies {
    url: String,
    names: Vec<String>,
    /// Copies already dropped (by [`Copies::drop_one`]).
    dropped: std::sync::Mutex<Vec<String>>,
}

impl Copies {
    pub fn new(url: &str) -> Self {
        Copies {
            url: url.to_owned(),
            names: Vec::new(),
            dropped: Default::default(),
        }
    }

    /// `n` copies of `template` made together; their URLs. Every copy
    /// made is dropped by [`Copies::drop_all`], even when another failed.
    pub async fn make(&mut self, template: &str, n: usize) -> Result<Vec<String>> {
        let names: Vec<String> = (0..n).map(|_| copy_name(template)).collect();
        self.names.extend(names.iter().cloned());
        let url = &self.url;
        let made = join_all(
            names
                .iter()
                .map(|name| Box::pin(copy_database(url, template, name)) as Pending<'_, _>)
                .collect(),
        )
        .await;
        made.into_iter().collect()
    }

    /// Drops the copy `copy_url` names, if it is one of these (and not
    /// dropped yet); [`Copies::drop_all`] then leaves it out.
    pub async fn drop_one(&self, copy_url: &str) {
        let name = self.names.iter().find(|name| {
            crate::diff::verify::with_database(&self.url, name).is_ok_and(|u| u == copy_url)
        });
        let Some(name) = name else { return };
        if self.dropped.lock().expect("not poisoned").contains(name) {
            return;
        }
        crate::diff::verify::drop_database(&self.url, name).await;
        self.dropped
            .lock()
            .expect("not poisoned")
            .push(name.clone());
    }

    /// Drops every copy not dropped yet, together.
    pub async fn drop_all(self) {
        let url = &self.url;
        let dropped = self.dropped.into_inner().expect("not poisoned");
        join_all(
            self.names
                .iter()
                .filter(|name| !dropped.contains(name))
                .map(|name| {
                    Box::pin(crate::diff::verify::drop_database(url, name)) as Pending<'_, _>
                })
                .collect(),
        )
        .await;
    }
}

pub(super) type Pending<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + 'a>>;

/// Runs `futures` together on this task; their outputs in order.
pub(super) async fn join_all<T>(mut futures: Vec<Pending<'_, T>>) -> Vec<T> {
    let mut out: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, slot) in futures.iter_mut().zip(out.iter_mut()) {
            if slot.is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().flatten().collect()
}

/// A name for a scratch copy of `template`: unique to this run, at most 63 bytes.
fn copy_name(template: &str) -> String {
    let mut name = String::new();
    for c in template.chars() {
        if name.len() + c.len_utf8() > 24 {
            break;
        }
        name.push(c);
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    format!("{name}_codegen_test_{}", &id[..16])
}

/// `CREATE DATABASE copy TEMPLATE template` on the server of `url`, with
/// the template's database-level settings (`ALTER DATABASE … SET`, which
/// a copy does not inherit: Supabase's `search_path`); returns its URL.
async fn copy_database(url: &str, template: &str, copy: &str) -> Result<String> {
    let admin_db = if template == "postgres" {
        "template1"
    } else {
        "postgres"
    };
    let admin_url = crate::diff::verify::with_database(url, admin_db)?;
    let mut admin = crate::db::connect(&admin_url).await?;
    let q = schema::sql::ident;
    let mut result = Ok(Default::default());
    for attempt in 0..40 {
        result = sqlx::raw_sql(&format!(
            "CREATE DATABASE {} TEMPLATE {}",
            q(copy),
            q(template)
        ))
        .execute(&mut admin)
        .await;
        let busy = result
            .as_ref()
            .err()
            .and_then(|e| e.as_database_error())
            .and_then(|d| d.code())
            .is_some_and(|c| c == "55006");
        if !busy || attempt == 39 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    if let Err(e) = result {
        crate::db::close(admin).await;
        return Err(Error::Usage(format!(
            "could not copy database {template} to run the tests on a scratch copy ({}); close other sessions on it",
            crate::db::redact_message(&e.to_string())
        )));
    }
    copy_settings(&mut admin, template, copy).await;
    crate::db::close(admin).await;
    crate::diff::verify::with_database(url, copy)
}

/// The template's `ALTER DATABASE … SET` and `ALTER ROLE … IN DATABASE …
/// SET` settings, given to the copy.
async fn copy_settings(admin: &mut sqlx::PgConnection, template: &str, copy: &str) {
    let q = schema::sql::ident;
    let settings: Vec<(Option<String>, Vec<String>)> = sqlx::query_as(
        "SELECT r.rolname::text, s.setconfig FROM pg_db_role_setting s
           JOIN pg_database d ON d.oid = s.setdatabase
           LEFT JOIN pg_roles r ON r.oid = s.setrole
          WHERE d.datname = $1",
    )
    .bind(template)
    .fetch_all(&mut *admin)
    .await
    .unwrap_or_default();
    for (role, config) in settings {
        for item in config {
            let Some((key, value)) = item.split_once('=') else {
                continue;
            };
            let list = matches!(
                key.to_ascii_lowercase().as_str(),
                "search_path"
                    | "temp_tablespaces"
                    | "datestyle"
                    | "local_preload_libraries"
                    | "session_preload_libraries"
            );
            let value = if list {
                value.to_owned()
            } else {
                format!("'{}'", value.replace('\'', "''"))
            };
            let scope = match &role {
                Some(r) => format!("ALTER ROLE {} IN DATABASE {}", q(r), q(copy)),
                None => format!("ALTER DATABASE {}", q(copy)),
            };
            let _ = sqlx::raw_sql(&format!("{scope} SET {} = {value}", q(key)))
                .execute(&mut *admin)
                .await;
        }
    }
}
