//! The batch: find the inputs, read and extract them in parallel, write the
//! tables. A bad document is reported and the batch goes on.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::assemble::{self, Event};
use crate::document::Document;
use crate::extract::dates::ReferenceKind;
use crate::extract::places::PlaceMention;
use crate::ingest::sources::{self, Inputs, Item};
use crate::ingest::{self, KnownMeta};
use crate::output::rows::{CasualtyRow, DocumentRow, EventRow, PlaceRow};
use crate::output::{self, Formats};

/// A validated batch configuration (the binary builds it from flags).
#[derive(Clone, Debug)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub out: PathBuf,
    pub manifest: Option<PathBuf>,
    pub formats: Formats,
    /// Write text cells as they are, without defusing formulas.
    pub raw: bool,
    pub max_bytes: u64,
    pub jobs: Option<usize>,
    pub quiet: bool,
}

impl Config {
    pub fn new(inputs: Vec<PathBuf>, out: PathBuf) -> Config {
        Config {
            inputs,
            out,
            manifest: None,
            formats: Formats::default(),
            raw: false,
            max_bytes: 512 * 1024 * 1024,
            jobs: None,
            quiet: true,
        }
    }
}

/// What happened to one input.
pub struct Outcome {
    pub doc_id: String,
    pub path: PathBuf,
    pub row: DocumentRow,
    pub events: Vec<Event>,
    pub places: Vec<PlaceMention>,
    pub text: String,
    /// The message for stderr when the input failed or was skipped.
    pub message: Option<String>,
}

/// How a batch ended.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub ok: usize,
    pub skipped: usize,
    pub failed: usize,
    pub events: usize,
}

impl Summary {
    /// 0 everything read; 1 some documents failed; 2 nothing could be read.
    pub fn exit_code(&self) -> i32 {
        if self.documents > 0 && self.ok == 0 && self.failed > 0 {
            2
        } else if self.failed > 0 {
            1
        } else {
            0
        }
    }
}

/// A batch-level error: the batch could not run at all.
#[derive(Debug)]
pub struct BatchError(pub String);

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BatchError {}

/// Read, resolve and assemble one document.
pub fn process_document(mut doc: Document) -> (Document, assemble::Assembled) {
    crate::reference::resolve(&mut doc);
    let assembled = assemble::assemble(&doc);
    (doc, assembled)
}

/// Every mention of every sentence of a document, as JSON lines: what each
/// extractor saw, for a user who wants to know why an event came out as it
/// did.
pub fn explain(path: &Path, known: &KnownMeta, w: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut doc = ingest::read_file(&name, path, known, u64::MAX)?;
    crate::reference::resolve(&mut doc);
    writeln!(
        w,
        "{}",
        serde_json::json!({"doc_id": doc.doc_id, "reference": doc.reference.map(|r| r.date.to_string()), "country": doc.country, "chapters": doc.chapters})
    )?;
    for line in assemble::explain(&doc) {
        writeln!(w, "{line}")?;
    }
    Ok(())
}

fn process_item(item: Item) -> Outcome {
    let mut row = DocumentRow {
        doc_id: item.doc_id.clone(),
        path: item.path.display().to_string(),
        bytes: item.size,
        ..DocumentRow::default()
    };
    let read = item.bytes.and_then(|bytes| {
        ingest::read_bytes_as(&item.doc_id, &item.path, item.format, &bytes, &item.known)
    });
    match read {
        Err(e) => {
            row.status = if e.is_skip() { "skipped" } else { "failed" }.to_string();
            row.reason = e.reason();
            Outcome {
                doc_id: item.doc_id.clone(),
                path: item.path.clone(),
                row,
                events: Vec::new(),
                places: Vec::new(),
                text: String::new(),
                message: Some(e.to_string()),
            }
        }
        Ok(doc) => {
            let (doc, assembled) = process_document(doc);
            row.format = doc.meta.format.clone();
            row.encoding = doc.meta.encoding.clone();
            row.title = doc.meta.title.clone().unwrap_or_default();
            row.lang = doc.meta.lang.clone().unwrap_or_default();
            if !doc.chapters.is_empty() {
                // Each event has its chapter's country; the document has many.
                row.country = format!("multiple ({} chapters)", doc.chapters.len());
            } else if let Some((name, iso3)) = &doc.country {
                row.country = name.clone();
                row.iso3 = iso3.clone();
            }
            if let Some(r) = doc.reference {
                row.reference_date = r.date.to_string();
                row.reference_kind = match r.kind {
                    ReferenceKind::Published => "published",
                    ReferenceKind::PeriodEnd => "period_end",
                }
                .to_string();
            }
            row.reference_source = doc.reference_source.as_str().to_string();
            row.published = doc
                .meta
                .published
                .map(|d| d.to_string())
                .unwrap_or_default();
            row.sections = doc.headed_sections();
            row.sentences = doc.sentences.len();
            row.events = assembled.events.len();
            row.status = "ok".to_string();
            let mut reasons = Vec::new();
            if doc.meta.encoding != "utf-8" {
                reasons.push(format!("converted from {}", doc.meta.encoding));
            }
            reasons.extend(doc.meta.warnings.iter().cloned());
            row.reason = reasons.join("; ");
            let message = if doc.meta.warnings.is_empty() {
                None
            } else {
                Some(format!(
                    "{}: warning: {}",
                    item.path.display(),
                    doc.meta.warnings.join("; ")
                ))
            };
            Outcome {
                doc_id: item.doc_id.clone(),
                path: item.path.clone(),
                row,
                events: assembled.events,
                places: assembled.places,
                text: doc.text,
                message,
            }
        }
    }
}

/// Run a batch: every input read, every table written. Problems with single
/// documents go to `report` (one line each) and into documents.csv.
pub fn run(config: &Config, report: &mut dyn FnMut(&str)) -> Result<Summary, BatchError> {
    // The gazetteer loads on another thread while the inputs are found.
    crate::extract::places::preload();
    let inputs = Inputs {
        paths: config.inputs.clone(),
        manifest: config.manifest.clone(),
        max_bytes: config.max_bytes,
    };
    let items = sources::items(&inputs).map_err(|e| BatchError(e.0))?;
    let mut items = items.peekable();
    if items.peek().is_none() {
        return Err(BatchError("no input files found".to_string()));
    }
    fs::create_dir_all(&config.out)
        .map_err(|e| BatchError(format!("{}: {e}", config.out.display())))?;

    // Items are read in order by the iterator and extracted in parallel;
    // the sequence number puts the outcomes back in batch order.
    let work = move || -> Vec<Outcome> {
        let mut outcomes: Vec<(usize, Outcome)> = items
            .enumerate()
            .par_bridge()
            .map(|(seq, item)| (seq, process_item(item)))
            .collect();
        outcomes.sort_unstable_by_key(|(seq, _)| *seq);
        outcomes.into_iter().map(|(_, o)| o).collect()
    };
    let outcomes = match config.jobs {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .map_err(|e| BatchError(format!("could not start {n} threads: {e}")))?
            .install(work),
        None => work(),
    };

    let mut summary = Summary {
        documents: outcomes.len(),
        ..Summary::default()
    };
    for o in &outcomes {
        match o.row.status.as_str() {
            "ok" => summary.ok += 1,
            "skipped" => summary.skipped += 1,
            _ => summary.failed += 1,
        }
        summary.events += o.events.len();
        if let Some(m) = &o.message {
            report(m);
        }
    }
    write_tables(config, &outcomes)
        .map_err(|e| BatchError(format!("writing tables in {}: {e}", config.out.display())))?;
    Ok(summary)
}

fn write_tables(config: &Config, outcomes: &[Outcome]) -> std::io::Result<()> {
    let safe = !config.raw;
    let out = &config.out;
    let events: Vec<&Event> = outcomes.iter().flat_map(|o| o.events.iter()).collect();
    if config.formats.csv {
        let rows: Vec<EventRow> = events.iter().map(|e| EventRow::new(e, safe)).collect();
        output::write_csv(&out.join("events.csv"), &rows)?;
        let mut casualties = Vec::new();
        let mut places = Vec::new();
        for o in outcomes {
            for e in &o.events {
                for c in &e.counts {
                    casualties.push(CasualtyRow::new(e, c, &o.text, safe));
                }
            }
            for p in &o.places {
                places.push(PlaceRow::new(&o.doc_id, p, safe));
            }
        }
        output::write_csv(&out.join("casualties.csv"), &casualties)?;
        output::write_csv(&out.join("places.csv"), &places)?;
    }
    if config.formats.json || config.formats.jsonl {
        let rows: Vec<EventRow> = events.iter().map(|e| EventRow::new(e, false)).collect();
        if config.formats.json {
            output::write_json(&out.join("events.json"), &rows)?;
        }
        if config.formats.jsonl {
            output::write_jsonl(&out.join("events.jsonl"), &rows)?;
        }
    }
    let docs: Vec<DocumentRow> = outcomes
        .iter()
        .map(|o| {
            if safe {
                o.row.clone().defused()
            } else {
                o.row.clone()
            }
        })
        .collect();
    output::write_csv(&out.join("documents.csv"), &docs)?;
    Ok(())
}
