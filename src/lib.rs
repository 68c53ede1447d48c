//! eventcoder turns reports into event tables.
pub mod assemble;
pub mod document;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod output;
pub mod reference;
pub mod run;
mod split_notes;
