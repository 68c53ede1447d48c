//! Sources: what the batch reads, in batch order, one [`Item`] at a time.
//!
//! The runner pulls items from [`items`] on one thread and hands them to the
//! workers, so reading stays streaming: an item's bytes are read only when
//! the iterator reaches it, and nothing holds the whole archive at once.
//! Every source kind (files, folders, and in time lists of paths, standard
//! input, archives and JSON Lines) ends up as items of the same shape.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Error, ErrorKind, Format, KnownMeta};

/// What the user asked the batch to read.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// Files and folders (folders walked recursively).
    pub paths: Vec<PathBuf>,
    /// A manifest: CSV with columns path and published, optional country and
    /// title; paths relative to the manifest's folder.
    pub manifest: Option<PathBuf>,
    /// The largest single document read, in bytes.
    pub max_bytes: u64,
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
    let found = discover(&inputs.paths)?;
    let manifest = match &inputs.manifest {
        Some(p) => read_manifest(p)?,
        None => HashMap::new(),
    };
    let max_bytes = inputs.max_bytes;
    Ok(Box::new(found.into_iter().map(move |f| {
        let known = if manifest.is_empty() {
            KnownMeta::default()
        } else {
            manifest
                .get(&canonical(&f.path))
                .cloned()
                .unwrap_or_default()
        };
        let (size, bytes) = read_limited(&f.path, max_bytes);
        Item {
            doc_id: f.doc_id,
            path: f.path,
            format: None,
            size,
            known,
            bytes,
        }
    })))
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
}

/// Every input under the given paths, in a stable order: files as given,
/// folders walked recursively in name order (hidden entries skipped). The
/// doc_id is the path relative to the argument it was found under.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Found>, SourceError> {
    let mut out = Vec::new();
    for root in paths {
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
            out.push(Found { path, doc_id });
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

fn canonical(p: &Path) -> PathBuf {
    fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}
