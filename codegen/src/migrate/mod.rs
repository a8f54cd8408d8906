//! `codegen migrate`: files, history, lock, checksums and the runner.

pub mod copy;
pub mod files;
pub mod history;
pub mod interrupt;
pub mod kinds;
pub mod new;
pub mod runner;
pub mod session;

pub use files::{Migration, SqlFile};
pub use runner::{Event, Migrator, State, Status};
