//! `codegen migrate`: files, history, lock, checksums and the runner.

pub mod committing;
pub mod copy;
pub mod down;
pub mod execute;
pub mod files;
pub mod history;
pub mod interrupt;
pub mod kinds;
pub mod new;
mod rollback;
pub mod runner;
pub mod seed;
pub mod session;
pub mod status;

pub use files::{Migration, SqlFile};
pub use runner::{Event, Migrator, Setup};
pub use status::{State, Status, StatusEntry};
