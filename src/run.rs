//! The batch: find the inputs, read and extract them in parallel, write the
//! tables. A bad document is reported and the batch goes on.
//!
//! The batch is a pipeline with memory that does not grow with the archive:
//!
//! - a reader thread pulls items from [`sources::items`] in batch order,
//!   hashes their bytes and hands each to the rayon pool (or, with
//!   `--resume`, straight to the writer when an earlier run already has its
//!   rows); it takes a slot for each document it hands on, so at most a few
//!   documents per thread are in flight;
//! - each worker runs [`process_item`] and renders the document's rows for
//!   every table it writes;
//! - the writer (the calling thread) puts the documents back in batch order
//!   by sequence number, appends their rows to the tables, frees their
//!   slots and draws the progress.
//!
//! Tables are written under temporary names and renamed together at the
//! end. On a cancel (Ctrl-C) the reader starts no new extraction (it still
//! carries over what an earlier run has rows for), the documents in flight
//! are finished and written, and the tables hold exactly the finished
//! documents, in batch order, ready for `--resume`.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;

use crate::assemble::{self, Event};
use crate::document::Document;
use crate::extract::dates::ReferenceKind;
use crate::extract::places::PlaceMention;
use crate::ingest::sources::{self, Inputs, Item};
use crate::ingest::{self, KnownMeta};
use crate::output::progress::Progress;
use crate::output::resume::{self, DocState, Earlier, EarlierTables, RunState, StateWriter};
use crate::output::rows::{CasualtyRow, DocumentRow, EventRow, PlaceRow};
use crate::output::{self, Formats, Table, TableWriter};

/// The exit code of a batch stopped by Ctrl-C (128 + SIGINT, as shells
/// report a process ended by it): the finished documents are written and
/// `--resume` completes the rest.
pub const EXIT_INTERRUPTED: i32 = 130;

/// Documents in flight (read, being extracted, or waiting for an earlier
/// one to be written) per worker thread. A few per thread keep every
/// thread busy when one document is slow; more would only hold memory.
const IN_FLIGHT_PER_THREAD: usize = 4;

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
    /// No progress display (errors still go to `report`).
    pub quiet: bool,
    /// Carry over the rows of documents an earlier run in `out` already
    /// extracted from the same bytes.
    pub resume: bool,
    /// Set (by a Ctrl-C handler) to stop the batch early: no new documents
    /// are started, the finished ones are written.
    pub cancel: Option<Arc<AtomicBool>>,
}

impl Config {
    pub fn new(inputs: Vec<PathBuf>, out: PathBuf) -> Config {
        Config {
            inputs,
            out,
            manifest: None,
            formats: Formats::default(),
            raw: false,
            max_bytes: 64 * 1024 * 1024,
            jobs: None,
            quiet: true,
            resume: false,
            cancel: None,
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
    /// Documents whose rows were carried over from an earlier run.
    pub reused: usize,
    /// The batch was cancelled: only the documents counted here are in the
    /// tables.
    pub interrupted: bool,
}

impl Summary {
    /// 0 everything read; 1 some documents failed; 2 nothing could be read;
    /// [`EXIT_INTERRUPTED`] stopped by Ctrl-C.
    pub fn exit_code(&self) -> i32 {
        if self.interrupted {
            EXIT_INTERRUPTED
        } else if self.documents > 0 && self.ok == 0 && self.failed > 0 {
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
/// did. An archive or a JSON Lines file is every document in it, each
/// opened by its own line with its doc_id; `known` (a publication date
/// given on the command line) applies to every one. A document that cannot
/// be read is a line with its reason, and the others go on; a single file
/// that cannot be read is an error.
pub fn explain(path: &Path, known: &KnownMeta, w: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let inputs = Inputs {
        paths: vec![path.to_path_buf()],
        manifest: None,
        max_bytes: u64::MAX,
        exclude: None,
    };
    let items: Vec<Item> = sources::items(&inputs)
        .map_err(|e| anyhow::anyhow!(e.0))?
        .collect();
    let single = items.len() == 1;
    for item in items {
        let known = if *known == KnownMeta::default() {
            &item.known
        } else {
            known
        };
        let read = item.bytes.and_then(|bytes| {
            ingest::read_bytes_as(&item.doc_id, &item.path, item.format, &bytes, known)
        });
        let mut doc = match read {
            Ok(doc) => doc,
            Err(e) if single => return Err(e.into()),
            Err(e) => {
                writeln!(
                    w,
                    "{}",
                    serde_json::json!({"doc_id": item.doc_id, "error": e.reason()})
                )?;
                continue;
            }
        };
        crate::reference::resolve(&mut doc);
        writeln!(
            w,
            "{}",
            serde_json::json!({"doc_id": doc.doc_id, "reference": doc.reference.map(|r| r.date.to_string()), "country": doc.country, "chapters": doc.chapters})
        )?;
        for line in assemble::explain(&doc) {
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// Read, extract and assemble one item: the single per-document step.
/// `content_hash` is the hash of its bytes (empty when they could not be
/// read), recorded in documents.csv.
fn process_item(item: Item, content_hash: &str) -> Outcome {
    let mut row = DocumentRow {
        doc_id: item.doc_id.clone(),
        path: item.path.display().to_string(),
        bytes: item.size,
        content_hash: content_hash.to_string(),
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

/// What a worker hands the writer: a document's state and its rows for
/// each table written (in [`Table::wanted`] order), or `None` to copy them
/// from the earlier run.
struct Done {
    state: DocState,
    rows: Option<Vec<Vec<u8>>>,
}

/// What the workers need to render rows.
#[derive(Clone)]
struct RenderOptions {
    safe: bool,
    tables: Vec<Table>,
}

/// A document's rows for every table, rendered on the worker so the writer
/// only appends bytes.
fn render(o: &Outcome, opts: &RenderOptions) -> io::Result<Vec<Vec<u8>>> {
    let safe = opts.safe;
    let mut out = Vec::with_capacity(opts.tables.len());
    for table in &opts.tables {
        let bytes = match table {
            Table::Events => {
                let rows: Vec<EventRow> = o.events.iter().map(|e| EventRow::new(e, safe)).collect();
                output::csv_rows(&rows)?
            }
            Table::Casualties => {
                let rows: Vec<CasualtyRow> = o
                    .events
                    .iter()
                    .flat_map(|e| e.counts.iter().map(move |c| (e, c)))
                    .map(|(e, c)| CasualtyRow::new(e, c, &o.text, safe))
                    .collect();
                output::csv_rows(&rows)?
            }
            Table::Places => {
                let rows: Vec<PlaceRow> = o
                    .places
                    .iter()
                    .map(|p| PlaceRow::new(&o.doc_id, p, safe))
                    .collect();
                output::csv_rows(&rows)?
            }
            // JSON is for programs: raw text, never defused.
            Table::EventsJson => {
                let rows: Vec<EventRow> =
                    o.events.iter().map(|e| EventRow::new(e, false)).collect();
                output::json_array_elements(&rows)?
            }
            Table::EventsJsonl => {
                let rows: Vec<EventRow> =
                    o.events.iter().map(|e| EventRow::new(e, false)).collect();
                output::jsonl_rows(&rows)?
            }
            Table::Documents => {
                let row = if safe {
                    o.row.clone().defused()
                } else {
                    o.row.clone()
                };
                output::csv_rows(&[row])?
            }
        };
        out.push(bytes);
    }
    Ok(out)
}

/// The state recorded for a document (its ranges are filled in by the
/// writer).
fn doc_state(o: &Outcome, inputs_hash: &str) -> DocState {
    DocState {
        doc_id: o.doc_id.clone(),
        content_hash: o.row.content_hash.clone(),
        inputs_hash: inputs_hash.to_string(),
        status: o.row.status.clone(),
        events: o.events.len(),
        bytes: o.row.bytes,
        message: o.message.clone(),
        ranges: BTreeMap::new(),
    }
}

/// A document whose extraction panicked: a failed row, so that one bad
/// document never stops the batch.
fn crashed(doc_id: String, path: PathBuf, size: u64, hash: &str, why: &str) -> Outcome {
    let reason = format!("internal error while extracting: {why}");
    Outcome {
        message: Some(format!("{}: {reason}", path.display())),
        row: DocumentRow {
            doc_id: doc_id.clone(),
            path: path.display().to_string(),
            bytes: size,
            status: "failed".to_string(),
            reason,
            content_hash: hash.to_string(),
            ..DocumentRow::default()
        },
        doc_id,
        path,
        events: Vec::new(),
        places: Vec::new(),
        text: String::new(),
    }
}

/// Extract one item on a worker: process, render, and never panic out.
fn work(item: Item, hash: String, inputs_hash: String, opts: &RenderOptions) -> io::Result<Done> {
    let (doc_id, path, size) = (item.doc_id.clone(), item.path.clone(), item.size);
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| process_item(item, &hash)))
        .unwrap_or_else(|payload| {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            crashed(doc_id, path, size, &hash, &why)
        });
    Ok(Done {
        state: doc_state(&outcome, &inputs_hash),
        rows: Some(render(&outcome, opts)?),
    })
}

/// What else besides the bytes decides a document's rows: what the source
/// or a manifest knew, and the format it named.
fn inputs_hash(item: &Item) -> String {
    resume::content_hash(format!("{:?} {:?}", item.known, item.format).as_bytes())
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
        exclude: Some(config.out.clone()),
    };
    let items = sources::items(&inputs).map_err(|e| BatchError(e.0))?;
    let mut items = items.peekable();
    if items.peek().is_none() {
        return Err(BatchError("no input files found".to_string()));
    }
    let out = &config.out;
    let out_err = |e: io::Error| BatchError(format!("{}: {e}", out.display()));
    fs::create_dir_all(out).map_err(out_err)?;

    let mut names: Vec<&str> = Table::ALL.iter().map(|t| t.file_name()).collect();
    names.push(resume::STATE_FILE);
    let stale = output::remove_stale_temporaries(out, &names);
    if !stale.is_empty() {
        report(&format!(
            "removed {} temporary files in {} left by a run that was killed",
            stale.len(),
            out.display()
        ));
    }

    let tables = Table::wanted(config.formats);
    let build = resume::build_id();
    let (earlier, earlier_tables) = if config.resume {
        match Earlier::open(out, &build, config.raw, &tables) {
            Ok(found) => found,
            Err(why) => {
                report(&format!("--resume: {why}; extracting every document"));
                Default::default()
            }
        }
    } else {
        Default::default()
    };

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs.map(|n| n.max(1)).unwrap_or(0))
        .build()
        .map_err(|e| BatchError(format!("could not start the worker threads: {e}")))?;
    let in_flight = pool.current_num_threads() * IN_FLIGHT_PER_THREAD;
    let total = match items.size_hint() {
        (low, Some(high)) if low == high => Some(low as u64),
        _ => None,
    };
    let mut progress = Progress::new(config.quiet, total);

    let mut writer = Writer::create(out, &tables, earlier_tables, config.quiet).map_err(out_err)?;
    let opts = Arc::new(RenderOptions {
        safe: !config.raw,
        tables: tables.clone(),
    });
    let cancel = config.cancel.clone();
    let (done_tx, done_rx) = mpsc::channel::<(usize, io::Result<Done>)>();
    // A slot is taken (sent) before each document and freed (received)
    // when it is written: the channel's bound is the number in flight.
    let (slot_tx, slot_rx) = mpsc::sync_channel::<()>(in_flight);

    let (written, interrupted) = std::thread::scope(|scope| {
        let pool = &pool;
        let reader = scope.spawn(move || {
            let mut earlier = earlier;
            let cancelled = || cancel.as_ref().is_some_and(|c| c.load(Ordering::SeqCst));
            let mut interrupted = false;
            let mut seq = 0;
            loop {
                if !interrupted && cancelled() {
                    interrupted = true;
                }
                // After a cancel nothing new is started, but documents an
                // earlier run has rows for are still carried over (no
                // extraction, only reading and hashing), so that Ctrl-C
                // during a --resume run never throws earlier work away.
                if interrupted && earlier.is_empty() {
                    break;
                }
                let Some(item) = items.next() else {
                    break;
                };
                let hash = match &item.bytes {
                    Ok(bytes) => resume::content_hash(bytes),
                    Err(_) => String::new(),
                };
                let inputs_hash = inputs_hash(&item);
                let reused = if hash.is_empty() {
                    None
                } else {
                    earlier.take(&item.doc_id, &hash, &inputs_hash)
                };
                if reused.is_none() && interrupted {
                    continue;
                }
                if slot_tx.send(()).is_err() {
                    break; // the writer stopped
                }
                match reused {
                    Some(state) => {
                        let _ = done_tx.send((seq, Ok(Done { state, rows: None })));
                    }
                    None if cancelled() => {
                        // Ctrl-C came while this document waited for a
                        // slot: it is not started. Its slot stays taken,
                        // which only narrows the carry-over that follows.
                        interrupted = true;
                        continue;
                    }
                    None => {
                        let (tx, opts) = (done_tx.clone(), Arc::clone(&opts));
                        pool.spawn(move || {
                            let _ = tx.send((seq, work(item, hash, inputs_hash, &opts)));
                        });
                    }
                }
                seq += 1;
            }
            interrupted
        });
        let written = writer.write_in_order(done_rx, slot_rx, &mut progress, report);
        let interrupted = reader.join().unwrap_or(false);
        (written, interrupted)
    });
    progress.finish();
    let mut summary = written.map_err(out_err)?;
    summary.interrupted = interrupted;
    writer
        .commit(RunState {
            build,
            raw: config.raw,
            tables: BTreeMap::new(),
        })
        .map_err(|e| BatchError(format!("writing tables in {}: {e}", out.display())))?;
    Ok(summary)
}

/// The writing end of the batch: every table and the resume state, open
/// under temporary names.
struct Writer {
    dir: PathBuf,
    tables: Vec<TableWriter>,
    state: StateWriter,
    earlier: EarlierTables,
    quiet: bool,
}

impl Writer {
    fn create(
        dir: &Path,
        tables: &[Table],
        earlier: EarlierTables,
        quiet: bool,
    ) -> io::Result<Writer> {
        let mut writers = Vec::with_capacity(tables.len());
        for &t in tables {
            let header = match t {
                Table::Events => Some(output::header::<EventRow>()?),
                Table::Casualties => Some(output::header::<CasualtyRow>()?),
                Table::Places => Some(output::header::<PlaceRow>()?),
                Table::Documents => Some(output::header::<DocumentRow>()?),
                Table::EventsJson | Table::EventsJsonl => None,
            };
            writers.push(TableWriter::create(dir, t, header)?);
        }
        Ok(Writer {
            dir: dir.to_path_buf(),
            tables: writers,
            state: StateWriter::create(dir)?,
            earlier,
            quiet,
        })
    }

    /// Receive documents in any order, write them in batch order, free a
    /// slot for each. Returns when every sender is gone.
    fn write_in_order(
        &mut self,
        done: mpsc::Receiver<(usize, io::Result<Done>)>,
        slots: mpsc::Receiver<()>,
        progress: &mut Progress,
        report: &mut dyn FnMut(&str),
    ) -> io::Result<Summary> {
        let mut summary = Summary::default();
        let mut waiting: BTreeMap<usize, io::Result<Done>> = BTreeMap::new();
        let mut next = 0;
        for (seq, d) in done {
            waiting.insert(seq, d);
            while let Some(d) = waiting.remove(&next) {
                let d = d?;
                self.document(d, &mut summary, progress, report)?;
                let _ = slots.try_recv();
                next += 1;
            }
        }
        Ok(summary)
    }

    fn document(
        &mut self,
        d: Done,
        summary: &mut Summary,
        progress: &mut Progress,
        report: &mut dyn FnMut(&str),
    ) -> io::Result<()> {
        let Done { mut state, rows } = d;
        let mut ranges = BTreeMap::new();
        for (i, w) in self.tables.iter_mut().enumerate() {
            let range = match &rows {
                Some(rows) => w.append(&rows[i])?,
                None => {
                    let bytes = self.earlier.rows(w.table(), &state)?;
                    w.append(&bytes)?
                }
            };
            ranges.insert(w.table().file_name().to_string(), range);
        }
        summary.documents += 1;
        match state.status.as_str() {
            "ok" => summary.ok += 1,
            "skipped" => summary.skipped += 1,
            _ => summary.failed += 1,
        }
        summary.events += state.events;
        if rows.is_none() {
            summary.reused += 1;
        }
        // --quiet keeps failures only: skips and warnings are in
        // documents.csv.
        if let Some(m) = &state.message {
            if !self.quiet || state.status == "failed" {
                progress.message(report, m);
            }
        }
        progress.document(state.bytes, state.events);
        state.ranges = ranges;
        self.state.document(state)
    }

    /// Close every table and rename them all into place, the state last.
    fn commit(self, mut run: RunState) -> io::Result<()> {
        let mut finished = Vec::with_capacity(self.tables.len());
        for w in self.tables {
            let name = w.table().file_name();
            let (len, file) = w.finish()?;
            run.tables.insert(name.to_string(), len);
            finished.push(file);
        }
        let state = self.state.finish(run)?;
        drop(self.earlier);
        // From the first rename on, the old state no longer describes the
        // tables: remove it first, so that a crash between the renames
        // leaves no state rather than a wrong one.
        match fs::remove_file(self.dir.join(resume::STATE_FILE)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        for f in finished {
            f.rename()?;
        }
        state.rename()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ec-run-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
    }

    /// A folder holding six of the bad-input fixtures (four bad, two good),
    /// so these tests do not change when fixtures/bad grows.
    fn six_inputs(name: &str) -> PathBuf {
        let input = out_dir(name);
        fs::create_dir_all(&input).unwrap();
        for f in [
            "empty.txt",
            "good-report.txt",
            "invalid-utf8.txt",
            "junk.bin",
            "latin1-report.txt",
            "truncated.html",
        ] {
            fs::copy(fixture("fixtures/bad").join(f), input.join(f)).unwrap();
        }
        input
    }

    #[test]
    fn a_batch_cancelled_before_it_starts_writes_empty_complete_tables() {
        let out = out_dir("cancelled");
        let mut config = Config::new(vec![fixture("fixtures/bad")], out.clone());
        config.cancel = Some(Arc::new(AtomicBool::new(true)));
        let summary = run(&config, &mut |_| {}).unwrap();
        assert!(summary.interrupted);
        assert_eq!(summary.documents, 0);
        assert_eq!(summary.exit_code(), EXIT_INTERRUPTED);
        let events = fs::read_to_string(out.join("events.csv")).unwrap();
        assert!(events.starts_with("event_id,doc_id,"), "{events}");
        assert_eq!(events.lines().count(), 1);
        assert_eq!(fs::read_to_string(out.join("events.json")).unwrap(), "[]\n");
        fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn ctrl_c_during_resume_keeps_the_earlier_rows_and_starts_nothing_new() {
        let input = six_inputs("cancel-resume-input");
        let out = out_dir("cancel-resume");
        let mut config = Config::new(vec![input.clone()], out.clone());
        let full = run(&config, &mut |_| {}).unwrap();
        assert_eq!(full.documents, 6);
        let tables: Vec<String> = ["events.csv", "documents.csv", "events.json"]
            .iter()
            .map(|t| fs::read_to_string(out.join(t)).unwrap())
            .collect();

        // Cancelled from the start, but every document has earlier rows:
        // all are carried over, nothing is extracted, nothing is lost.
        config.resume = true;
        config.cancel = Some(Arc::new(AtomicBool::new(true)));
        let s = run(&config, &mut |_| {}).unwrap();
        assert!(s.interrupted);
        assert_eq!((s.documents, s.reused), (6, 6));
        for (t, before) in ["events.csv", "documents.csv", "events.json"]
            .iter()
            .zip(&tables)
        {
            assert_eq!(&fs::read_to_string(out.join(t)).unwrap(), before, "{t}");
        }

        // One document edited: it is not started after the cancel, the
        // others keep their rows, and a full resume then completes it.
        fs::write(
            input.join("good-report.txt"),
            "On 3 May 2020, soldiers killed 7 herders near Djibo, Burkina Faso.\n",
        )
        .unwrap();
        let s = run(&config, &mut |_| {}).unwrap();
        assert_eq!((s.documents, s.reused), (5, 5));
        let docs = fs::read_to_string(out.join("documents.csv")).unwrap();
        assert!(!docs.contains("good-report.txt"), "{docs}");
        config.cancel = None;
        let s = run(&config, &mut |_| {}).unwrap();
        assert_eq!((s.documents, s.reused, s.interrupted), (6, 5, false));
        let docs = fs::read_to_string(out.join("documents.csv")).unwrap();
        assert!(docs.contains("good-report.txt"), "{docs}");
        fs::remove_dir_all(&out).unwrap();
        fs::remove_dir_all(&input).unwrap();
    }

    #[test]
    fn messages_come_in_batch_order_and_quiet_keeps_failures_only() {
        let out = out_dir("messages");
        let input = six_inputs("messages-input");
        let mut config = Config::new(vec![input.clone()], out.clone());
        config.quiet = false;
        config.jobs = Some(2);
        let mut lines = Vec::new();
        let summary = run(&config, &mut |l| lines.push(l.to_string())).unwrap();
        assert_eq!((summary.documents, summary.failed), (6, 2));
        let files: Vec<&str> = lines
            .iter()
            .map(|l| l.split(':').next().unwrap().rsplit('/').next().unwrap())
            .collect();
        assert_eq!(
            files,
            [
                "empty.txt",
                "invalid-utf8.txt",
                "junk.bin",
                "truncated.html"
            ]
        );
        config.quiet = true;
        lines.clear();
        run(&config, &mut |l| lines.push(l.to_string())).unwrap();
        assert_eq!(lines.len(), 2, "{lines:?}");
        fs::remove_dir_all(&out).unwrap();
        fs::remove_dir_all(&input).unwrap();
    }
}
