//! Ingest: bytes in, Documents out.
//!
//! Each input is read whole (with a size limit), its encoding decoded, its
//! format detected, and its blocks handed to [`Document`]. A bad input gives
//! an [`Error`] that names the file and the reason; it never stops a batch.

pub mod archive;
pub mod html;
pub mod jsonl;
pub mod pdf;
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
    Pdf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Pdf => "pdf",
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
    Binary {
        offset: usize,
    },
    InvalidEncoding {
        offset: usize,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Unsupported {
        what: String,
    },
    /// A PDF protected by a password.
    PdfEncrypted,
    /// A PDF whose pages have no text layer (scanned images).
    PdfNoText {
        pages: usize,
    },
    /// A PDF the parser could not read.
    PdfBroken {
        reason: String,
    },
    /// An archive that could not be opened or read on.
    Archive {
        reason: String,
    },
    /// An archive member whose path would land outside the archive's folder.
    UnsafeMemberPath {
        member: String,
    },
    /// An archive member that expands far more than text does.
    CompressionRatio {
        limit: u64,
    },
    /// An archive whose members add up to more than the total limit.
    ArchiveTooLarge {
        limit: u64,
    },
    /// A JSON Lines line that is not a document.
    JsonLine {
        line: usize,
        reason: String,
    },
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
                "{bytes} bytes, over the limit of {limit} bytes per document (raise --max-bytes)"
            ),
            ErrorKind::Unsupported { what } => format!("unsupported format: {what}"),
            ErrorKind::PdfEncrypted => "encrypted PDF: it needs a password; save an unprotected \
                 copy (or print it to PDF) and read that"
                .to_string(),
            ErrorKind::PdfNoText { pages } => format!(
                "PDF of {pages} pages without a text layer (scanned images?); run OCR on it first"
            ),
            ErrorKind::PdfBroken { reason } => {
                format!("damaged or unusual PDF, no text read: {reason}")
            }
            ErrorKind::Archive { reason } => format!("could not read the archive: {reason}"),
            ErrorKind::UnsafeMemberPath { member } => format!(
                "archive member '{member}' has an absolute path or climbs out with '..'; \
                 refused (unpack the archive yourself if you trust it)"
            ),
            ErrorKind::CompressionRatio { limit } => format!(
                "archive member expands more than {limit} times its compressed size \
                 (a zip bomb?); refused"
            ),
            ErrorKind::ArchiveTooLarge { limit } => format!(
                "the archive's members add up to more than {limit} bytes \
                 (8 times --max-bytes); the rest of the archive is not read"
            ),
            ErrorKind::JsonLine { line, reason } => format!("line {line}: {reason}"),
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
    // Archives and JSON Lines given as inputs are opened by `sources`; one
    // that gets here is inside an archive.
    (
        "zip",
        "archive inside an archive (unpack the outer one to read it)",
    ),
    (
        "tgz",
        "archive inside an archive (unpack the outer one to read it)",
    ),
    (
        "tar",
        "archive inside an archive (unpack the outer one to read it)",
    ),
    ("docx", "Word document"),
    ("doc", "Word document"),
    ("odt", "OpenDocument text"),
    ("rtf", "RTF document"),
    ("png", "image"),
    ("jpg", "image"),
    ("jpeg", "image"),
    ("gif", "image"),
    ("csv", "CSV table"),
    (
        "json",
        "JSON (write one document per line as .jsonl to have it read)",
    ),
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
    if ext == "pdf" || bytes.starts_with(b"%PDF-") {
        return Ok(Format::Pdf);
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
    if format == Format::Pdf {
        return read_pdf(doc_id, bytes, known).map_err(err);
    }
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
        Format::Pdf => unreachable!("PDF is read by read_pdf above"),
    };
    Ok(doc)
}

fn read_pdf(doc_id: &str, bytes: &[u8], known: &KnownMeta) -> Result<Document, ErrorKind> {
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    let read = pdf::extract(bytes).map_err(|e| match e {
        pdf::PdfError::Encrypted => ErrorKind::PdfEncrypted,
        pdf::PdfError::NoText { pages } => ErrorKind::PdfNoText { pages },
        pdf::PdfError::Broken(reason) => ErrorKind::PdfBroken { reason },
    })?;
    let mut meta = Meta {
        title: known.title.clone(),
        country: known.country.clone(),
        encoding: "utf-8".to_string(),
        format: Format::Pdf.as_str().to_string(),
        warnings: read.warnings,
        ..Meta::default()
    };
    if let Some(d) = known.published {
        meta.published = Some(d);
        meta.published_source = Some(ReferenceSource::Manifest);
    }
    Ok(Document::from_text(doc_id, read.text, meta))
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
