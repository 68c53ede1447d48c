//! Ingest: bytes in, Documents out.
//!
//! Each input is read whole (with a size limit), its encoding decoded, its
//! format detected, and its blocks handed to [`Document`]. A bad input gives
//! an [`Error`] that names the file and the reason; it never stops a batch.

pub mod html;
pub mod sources;
pub mod text;

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::document::{Document, Meta, ReferenceSource};

/// The formats eventcoder reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
        }
    }
}

/// What went wrong with one input, in words a user can act on.
#[derive(Debug)]
pub struct Error {
    pub path: PathBuf,
    pub kind: ErrorKind,
}

#[derive(Debug)]
pub enum ErrorKind {
    Io(std::io::Error),
    Empty,
    Binary { offset: usize },
    InvalidEncoding { offset: usize },
    TooLarge { bytes: u64, limit: u64 },
    Unsupported { what: String },
}

impl Error {
    /// Whether the input was skipped on purpose (empty, a format we do not
    /// read) rather than failed.
    pub fn is_skip(&self) -> bool {
        matches!(self.kind, ErrorKind::Empty | ErrorKind::Unsupported { .. })
    }

    /// The reason alone, for documents.csv.
    pub fn reason(&self) -> String {
        match &self.kind {
            ErrorKind::Io(e) => format!("could not read the file: {e}"),
            ErrorKind::Empty => "empty file: no text to read".to_string(),
            ErrorKind::Binary { offset } => {
                format!("binary file, not text: control byte at offset {offset}")
            }
            ErrorKind::InvalidEncoding { offset } => format!(
                "invalid UTF-8 at byte {offset}, and not Windows-1252/Latin-1 text either; \
                 convert the file to UTF-8"
            ),
            ErrorKind::TooLarge { bytes, limit } => format!(
                "file of {bytes} bytes is over the limit of {limit} bytes (raise --max-bytes)"
            ),
            ErrorKind::Unsupported { what } => format!("unsupported format: {what}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason())
    }
}

impl std::error::Error for Error {}

/// What a manifest row or the caller knows about an input before reading it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KnownMeta {
    pub published: Option<NaiveDate>,
    pub country: Option<String>,
    pub title: Option<String>,
}

/// Extensions read as HTML or text; anything else with an extension listed
/// in `UNSUPPORTED` is skipped, and an unknown one is sniffed.
const HTML_EXT: &[&str] = &["html", "htm", "xhtml", "shtml"];
const TEXT_EXT: &[&str] = &["txt", "text", "md", "markdown"];
const UNSUPPORTED: &[(&str, &str)] = &[
    ("pdf", "PDF (not read yet: convert with pdftotext)"),
    ("zip", "zip archive (not read yet: unpack it first)"),
    ("gz", "gzip archive (not read yet: unpack it first)"),
    ("tar", "tar archive (not read yet: unpack it first)"),
    ("docx", "Word document"),
    ("doc", "Word document"),
    ("odt", "OpenDocument text"),
    ("rtf", "RTF document"),
    ("png", "image"),
    ("jpg", "image"),
    ("jpeg", "image"),
    ("gif", "image"),
    ("csv", "CSV table"),
    ("json", "JSON (not read yet)"),
    ("jsonl", "JSON Lines (not read yet)"),
];

/// The format of a file from its extension, or from its first bytes when
/// the extension says nothing.
pub fn detect_format(path: &Path, bytes: &[u8]) -> Result<Format, ErrorKind> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    if HTML_EXT.contains(&ext.as_str()) {
        return Ok(Format::Html);
    }
    if TEXT_EXT.contains(&ext.as_str()) {
        return Ok(Format::Text);
    }
    if let Some((_, what)) = UNSUPPORTED.iter().find(|(e, _)| *e == ext) {
        return Err(ErrorKind::Unsupported {
            what: format!(".{ext}: {what}"),
        });
    }
    let head: String =
        String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body") {
        Ok(Format::Html)
    } else {
        Ok(Format::Text)
    }
}

/// Turn one input's bytes into a Document.
pub fn read_bytes(
    doc_id: &str,
    path: &Path,
    bytes: &[u8],
    known: &KnownMeta,
) -> Result<Document, Error> {
    read_bytes_as(doc_id, path, None, bytes, known)
}

/// Turn one input's bytes into a Document, in the given format or (None)
/// the one its extension or first bytes say.
pub fn read_bytes_as(
    doc_id: &str,
    path: &Path,
    format: Option<Format>,
    bytes: &[u8],
    known: &KnownMeta,
) -> Result<Document, Error> {
    let err = |kind| Error {
        path: path.to_path_buf(),
        kind,
    };
    let format = match format {
        Some(f) => f,
        None => detect_format(path, bytes).map_err(err)?,
    };
    let (text, encoding) = text::decode(bytes).map_err(|e| {
        err(match e {
            text::DecodeError::Empty => ErrorKind::Empty,
            text::DecodeError::Binary(offset) => ErrorKind::Binary { offset },
            text::DecodeError::Invalid(offset) => ErrorKind::InvalidEncoding { offset },
        })
    })?;
    let mut meta = Meta {
        title: known.title.clone(),
        country: known.country.clone(),
        encoding: encoding.to_string(),
        format: format.as_str().to_string(),
        ..Meta::default()
    };
    if let Some(d) = known.published {
        meta.published = Some(d);
        meta.published_source = Some(ReferenceSource::Manifest);
    }
    let doc = match format {
        Format::Text => Document::from_text(doc_id, text, meta),
        Format::Html => {
            let (blocks, page) = html::parse(&text);
            if meta.title.is_none() {
                meta.title = page.title;
            }
            meta.lang = page.lang;
            if meta.published.is_none() {
                if let Some(d) = page.published {
                    meta.published = Some(d);
                    meta.published_source = Some(ReferenceSource::HtmlMeta);
                }
            }
            if page.truncated {
                meta.warnings.push(
                    "truncated HTML: the page ends before </html>; read what was there".to_string(),
                );
            }
            let doc = Document::from_blocks(doc_id, blocks, meta);
            if doc.text.trim().is_empty() {
                return Err(err(ErrorKind::Empty));
            }
            doc
        }
    };
    Ok(doc)
}

/// Read a file (up to `max_bytes`) and turn it into a Document.
pub fn read_file(
    doc_id: &str,
    path: &Path,
    known: &KnownMeta,
    max_bytes: u64,
) -> Result<Document, Error> {
    let err = |kind| Error {
        path: path.to_path_buf(),
        kind,
    };
    let len = std::fs::metadata(path)
        .map_err(|e| err(ErrorKind::Io(e)))?
        .len();
    if len > max_bytes {
        return Err(err(ErrorKind::TooLarge {
            bytes: len,
            limit: max_bytes,
        }));
    }
    let bytes = std::fs::read(path).map_err(|e| err(ErrorKind::Io(e)))?;
    read_bytes(doc_id, path, &bytes, known)
}
