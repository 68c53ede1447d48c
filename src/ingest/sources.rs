//! Sources: what the batch reads, in batch order, one [`Item`] at a time.
//!
//! The runner pulls items from [`items`] on one thread and hands them to the
//! workers, so reading stays streaming: an item's bytes are read only when
//! the iterator reaches it, and nothing holds the whole archive at once.
//! Every source kind (files, folders, lists of paths, standard input,
//! archives and JSON Lines) ends up as items of the same shape.

use std::collections::HashMap;
use std::fs;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use super::archive;
use super::jsonl::{self, JsonLines};
use super::{Error, ErrorKind, Format, KnownMeta};

/// What the user asked the batch to read.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// Files and folders (folders walked recursively); "-" is standard
    /// input.
    pub paths: Vec<PathBuf>,
    /// A manifest: CSV with columns path and published, optional country and
    /// title; paths relative to the manifest's folder.
    pub manifest: Option<PathBuf>,
    /// The largest single document read, in bytes.
    pub max_bytes: u64,
    /// A folder never read when a folder is walked: the output folder, so
    /// that a run over a folder that holds it does not read the tables of
    /// the last run back in as reports.
    pub exclude: Option<PathBuf>,
}

/// One document to read, with its bytes (or why they could not be read).
#[derive(Debug)]
pub struct Item {
    /// The document's id in every table: the path relative to the argument
    /// it was found under.
    pub doc_id: String,
    /// Where it came from, for messages and documents.csv; its extension
    /// also picks the format when `format` is None.
    pub path: PathBuf,
    /// The format when the source says it (None: from the extension or
    /// the first bytes).
    pub format: Option<Format>,
    /// Size in bytes as the source reports it.
    pub size: u64,
    /// What a manifest or the source knows beforehand.
    pub known: KnownMeta,
    pub bytes: Result<Vec<u8>, Error>,
}

/// A problem that stops the batch before it starts (a missing argument, a
/// broken manifest).
#[derive(Debug)]
pub struct SourceError(pub String);

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SourceError {}

/// Every item of the batch, in a stable order: files as given, folders
/// walked recursively in name order (hidden entries skipped). Errors here
/// are batch errors; a bad single document is an item whose bytes are Err.
pub fn items(inputs: &Inputs) -> Result<Box<dyn Iterator<Item = Item> + Send>, SourceError> {
    let found = discover(&inputs.paths, inputs.exclude.as_deref())?;
    let manifest = Arc::new(match &inputs.manifest {
        Some(p) => read_manifest(p)?,
        None => HashMap::new(),
    });
    let max_bytes = inputs.max_bytes;
    Ok(Box::new(found.into_iter().flat_map(
        move |f| -> Box<dyn Iterator<Item = Item> + Send> {
            if f.stdin {
                return stdin_items(max_bytes);
            }
            if let Some(kind) = archive::Kind::of(&f.path) {
                let members = archive::items(
                    kind,
                    &f.path,
                    &f.doc_id,
                    archive::Limits::from_max_bytes(max_bytes),
                );
                if manifest.is_empty() {
                    return members;
                }
                // A manifest row may name a member as the archive's path
                // and the member's ("batch.zip/mali/bamako.html").
                let manifest = Arc::clone(&manifest);
                return Box::new(members.map(move |mut item| {
                    if let Some(known) = manifest.get(&canonical(&item.path)) {
                        item.known = known.clone();
                    }
                    item
                }));
            }
            if is_jsonl(&f.path) {
                return jsonl_file_items(&f.path, &f.doc_id, max_bytes);
            }
            let known = if manifest.is_empty() {
                KnownMeta::default()
            } else {
                manifest
                    .get(&canonical(&f.path))
                    .cloned()
                    .unwrap_or_default()
            };
            let (size, bytes) = read_limited(&f.path, max_bytes);
            Box::new(std::iter::once(Item {
                doc_id: f.doc_id,
                path: f.path,
                format: None,
                size,
                known,
                bytes,
            }))
        },
    )))
}

/// The doc_id and path of standard input.
pub const STDIN_ID: &str = "stdin";

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

fn jsonl_file_items(
    path: &Path,
    doc_id: &str,
    max_bytes: u64,
) -> Box<dyn Iterator<Item = Item> + Send> {
    match fs::File::open(path) {
        Ok(f) => Box::new(JsonLines::new(BufReader::new(f), path, doc_id, max_bytes)),
        Err(e) => Box::new(std::iter::once(Item {
            doc_id: doc_id.to_string(),
            path: path.to_path_buf(),
            format: None,
            size: 0,
            known: KnownMeta::default(),
            bytes: Err(Error {
                path: path.to_path_buf(),
                kind: ErrorKind::Io(e),
            }),
        })),
    }
}

/// Standard input: one document, or JSON Lines when it reads as such.
fn stdin_items(max_bytes: u64) -> Box<dyn Iterator<Item = Item> + Send> {
    let path = PathBuf::from(STDIN_ID);
    let (size, bytes) = read_stream_limited(std::io::stdin().lock(), &path, max_bytes);
    if let Ok(b) = &bytes {
        if jsonl::looks_like_jsonl(b) {
            let bytes = bytes.unwrap_or_default();
            return Box::new(JsonLines::new(
                std::io::Cursor::new(bytes),
                &path,
                STDIN_ID,
                max_bytes,
            ));
        }
    }
    Box::new(std::iter::once(Item {
        doc_id: STDIN_ID.to_string(),
        path,
        format: None,
        size,
        known: KnownMeta::default(),
        bytes,
    }))
}

/// Read a stream whole, refusing one over `max_bytes` (counted while
/// reading: a pipe has no size to ask for).
pub fn read_stream_limited(
    reader: impl Read,
    path: &Path,
    max_bytes: u64,
) -> (u64, Result<Vec<u8>, Error>) {
    let err = |kind| Error {
        path: path.to_path_buf(),
        kind,
    };
    let mut bytes = Vec::new();
    match reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
    {
        Err(e) => (bytes.len() as u64, Err(err(ErrorKind::Io(e)))),
        Ok(n) if n as u64 > max_bytes => (
            n as u64,
            Err(err(ErrorKind::TooLarge {
                bytes: n as u64,
                limit: max_bytes,
            })),
        ),
        Ok(n) => (n as u64, Ok(bytes)),
    }
}

/// The paths listed in a file (`--files-from`): one per line, blank lines
/// and lines starting with '#' skipped; "-" as the list reads it from
/// standard input, and "-" in the list is standard input as a document.
pub fn read_path_list(list: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let err = |e: String| SourceError(format!("--files-from {}: {e}", list.display()));
    let text = if list == Path::new("-") {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| err(format!("could not read standard input ({e})")))?;
        s
    } else {
        let bytes = fs::read(list).map_err(|e| err(e.to_string()))?;
        String::from_utf8(bytes).map_err(|_| err("not UTF-8 text".to_string()))?
    };
    let dir = if list == Path::new("-") {
        Path::new("")
    } else {
        list.parent().unwrap_or(Path::new(""))
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line == "-" && list == Path::new("-") {
            return Err(err(
                "lists '-' (standard input), but the list itself is read from standard input"
                    .to_string(),
            ));
        }
        let p = Path::new(line);
        // Paths in a list file are relative to the list's folder, as in a
        // manifest; "-" stays standard input.
        if line == "-" || p.is_absolute() {
            out.push(p.to_path_buf());
        } else {
            out.push(dir.join(p));
        }
    }
    Ok(out)
}

/// Read a whole file, refusing one over `max_bytes`.
pub fn read_limited(path: &Path, max_bytes: u64) -> (u64, Result<Vec<u8>, Error>) {
    let err = |kind| Error {
        path: path.to_path_buf(),
        kind,
    };
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return (0, Err(err(ErrorKind::Io(e)))),
    };
    if len > max_bytes {
        return (
            len,
            Err(err(ErrorKind::TooLarge {
                bytes: len,
                limit: max_bytes,
            })),
        );
    }
    (len, fs::read(path).map_err(|e| err(ErrorKind::Io(e))))
}

/// A file found on disk.
#[derive(Clone, Debug)]
pub struct Found {
    pub path: PathBuf,
    pub doc_id: String,
    /// Standard input ("-"), not a file.
    pub stdin: bool,
}

/// Every input under the given paths, in a stable order: files as given,
/// folders walked recursively in name order (hidden entries and the
/// `exclude` folder skipped). The doc_id is the path relative to the
/// argument it was found under.
pub fn discover(paths: &[PathBuf], exclude: Option<&Path>) -> Result<Vec<Found>, SourceError> {
    // Compared by canonical path: "output", "./output" and an absolute
    // path name the same folder. A folder that does not exist yet cannot
    // be met in the walk.
    let exclude = exclude.and_then(|p| fs::canonicalize(p).ok());
    let mut out = Vec::new();
    let mut stdin_seen = false;
    for root in paths {
        if root == Path::new("-") {
            if stdin_seen {
                return Err(SourceError(
                    "'-' (standard input) is given more than once".to_string(),
                ));
            }
            stdin_seen = true;
            out.push(Found {
                path: PathBuf::from(STDIN_ID),
                doc_id: STDIN_ID.to_string(),
                stdin: true,
            });
            continue;
        }
        let meta =
            fs::metadata(root).map_err(|e| SourceError(format!("{}: {e}", root.display())))?;
        if meta.is_file() {
            let name = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push(Found {
                path: root.clone(),
                doc_id: name,
                stdin: false,
            });
            continue;
        }
        let mut stack = vec![root.clone()];
        let mut files = Vec::new();
        while let Some(dir) = stack.pop() {
            let entries =
                fs::read_dir(&dir).map_err(|e| SourceError(format!("{}: {e}", dir.display())))?;
            for entry in entries.flatten() {
                let name = entry.file_name();
                if name.to_string_lossy().starts_with('.') {
                    continue;
                }
                let path = entry.path();
                match entry.file_type() {
                    Ok(t) if t.is_dir() => {
                        let excluded = exclude.is_some() && exclude == fs::canonicalize(&path).ok();
                        if !excluded {
                            stack.push(path)
                        }
                    }
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
            out.push(Found {
                path,
                doc_id,
                stdin: false,
            });
        }
    }
    Ok(out)
}

/// A manifest: CSV with columns path and published, optional country and
/// title; paths relative to the manifest's folder.
pub fn read_manifest(path: &Path) -> Result<HashMap<PathBuf, KnownMeta>, SourceError> {
    let err = |e: String| SourceError(format!("manifest {}: {e}", path.display()));
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
                super::html::parse_iso_date(s)
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

/// The canonical form of a path, for matching manifest rows: the longest
/// part of it that exists is canonicalized and the rest kept as written,
/// so that an archive member ("reports/batch.zip/mali.txt", which is no
/// file on disk) matches however the archive's folder was named.
fn canonical(p: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut head = p;
    loop {
        if let Ok(c) = fs::canonicalize(head) {
            return rest.iter().rev().fold(c, |path, part| path.join(part));
        }
        match (head.parent(), head.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                head = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
            }
            _ => return p.to_path_buf(),
        }
    }
}
