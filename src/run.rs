//! The batch: find the inputs, read and extract them in parallel, write the
//! tables. A bad document is reported and the batch goes on.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::assemble::{self, Event};
use crate::document::Document;
use crate::extract::dates::ReferenceKind;
use crate::extract::places::PlaceMention;
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

/// One input found on disk.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: PathBuf,
    pub doc_id: String,
}

/// What happened to one input.
pub struct Outcome {
    pub input: Input,
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

/// Every input under the given paths, in a stable order: files as given,
/// folders walked recursively in name order (hidden entries skipped). The
/// doc_id is the path relative to the argument it was found under.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Input>, BatchError> {
    let mut out = Vec::new();
    for root in paths {
        let meta =
            fs::metadata(root).map_err(|e| BatchError(format!("{}: {e}", root.display())))?;
        if meta.is_file() {
            let name = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push(Input {
                path: root.clone(),
                doc_id: name,
            });
            continue;
        }
        let mut stack = vec![root.clone()];
        let mut files = Vec::new();
        while let Some(dir) = stack.pop() {
            let entries =
                fs::read_dir(&dir).map_err(|e| BatchError(format!("{}: {e}", dir.display())))?;
            for entry in entries.flatten() {
                let name = entry.file_name();
                if name.to_string_lossy().starts_with('.') {
                    continue;
                }
                let path = entry.path();
                match entry.file_type() {
                    Ok(t) if t.is_dir() => stack.push(path),
                    Ok(t) if t.is_file() => files.push(path),
                    Ok(t) if t.is_symlink() && path.is_file() => files.push(path),
                    _ => {}
                }
            }
        }
        files.sort();
        for path in files {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let doc_id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Input { path, doc_id });
        }
    }
    Ok(out)
}

/// A manifest: CSV with columns path and published, optional country and
/// title; paths relative to the manifest's folder.
pub fn read_manifest(path: &Path) -> Result<HashMap<PathBuf, KnownMeta>, BatchError> {
    let err = |e: String| BatchError(format!("manifest {}: {e}", path.display()));
    let mut reader = csv::Reader::from_path(path).map_err(|e| err(e.to_string()))?;
    let headers = reader.headers().map_err(|e| err(e.to_string()))?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let path_col = col("path").ok_or_else(|| err("no 'path' column".to_string()))?;
    let published_col = col("published");
    let country_col = col("country");
    let title_col = col("title");
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut out = HashMap::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| err(e.to_string()))?;
        let get = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let Some(p) = get(Some(path_col)) else {
            continue;
        };
        let published = match get(published_col) {
            Some(s) => Some(
                ingest::html::parse_iso_date(s)
                    .or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                    .ok_or_else(|| {
                        err(format!(
                            "row {}: published '{s}' is not a YYYY-MM-DD date",
                            i + 2
                        ))
                    })?,
            ),
            None => None,
        };
        let key = canonical(&dir.join(p));
        out.insert(
            key,
            KnownMeta {
                published,
                country: get(country_col).map(str::to_string),
                title: get(title_col).map(str::to_string),
            },
        );
    }
    Ok(out)
}

fn canonical(p: &Path) -> PathBuf {
    fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

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
        serde_json::json!({"doc_id": doc.doc_id, "reference": doc.reference.map(|r| r.date.to_string()), "country": doc.country})
    )?;
    for line in assemble::explain(&doc) {
        writeln!(w, "{line}")?;
    }
    Ok(())
}

fn process_input(input: &Input, known: &KnownMeta, max_bytes: u64) -> Outcome {
    let bytes = fs::metadata(&input.path).map(|m| m.len()).unwrap_or(0);
    let mut row = DocumentRow {
        doc_id: input.doc_id.clone(),
        path: input.path.display().to_string(),
        bytes,
        ..DocumentRow::default()
    };
    match ingest::read_file(&input.doc_id, &input.path, known, max_bytes) {
        Err(e) => {
            row.status = if e.is_skip() { "skipped" } else { "failed" }.to_string();
            row.reason = e.reason();
            Outcome {
                input: input.clone(),
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
            if let Some((name, iso3)) = &doc.country {
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
                    input.path.display(),
                    doc.meta.warnings.join("; ")
                ))
            };
            Outcome {
                input: input.clone(),
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
    let inputs = discover(&config.inputs)?;
    if inputs.is_empty() {
        return Err(BatchError("no input files found".to_string()));
    }
    let manifest = match &config.manifest {
        Some(p) => read_manifest(p)?,
        None => HashMap::new(),
    };
    fs::create_dir_all(&config.out)
        .map_err(|e| BatchError(format!("{}: {e}", config.out.display())))?;

    let none = KnownMeta::default();
    let work = || -> Vec<Outcome> {
        inputs
            .par_iter()
            .map(|input| {
                let known = if manifest.is_empty() {
                    &none
                } else {
                    manifest.get(&canonical(&input.path)).unwrap_or(&none)
                };
                process_input(input, known, config.max_bytes)
            })
            .collect()
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
                places.push(PlaceRow::new(&o.input.doc_id, p, safe));
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
