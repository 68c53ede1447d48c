//! eventcoder turns reports into event tables.
pub mod extract;
