//! eventcoder turns reports into event tables.
pub mod document;
pub mod extract;
pub mod ingest;
