//! JSON Lines from scrapers: one document per line.
//!
//! Each line is a JSON object with the document in `text` (plain text) or
//! `html` (a page), and optionally `id`, `url`, `title`, `published`
//! (YYYY-MM-DD) and `country`. The doc_id is `id`, else the file's doc_id
//! and the line number (`news.jsonl:12`). A bad line is one failed item
//! that names its line; the lines after it are read as usual.
//!
//! Lines are read one at a time and never past `max_bytes`, so a file of a
//! million articles is read with the memory of one.

use std::io::{BufRead, ErrorKind as IoKind};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::sources::Item;
use super::{Error, ErrorKind, Format, KnownMeta};

/// One line's fields; unknown fields are ignored, so scrapers can carry
/// their own.
#[derive(Debug, Default, Deserialize)]
struct Record {
    id: Option<IdValue>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    country: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// Scrapers write ids as strings or numbers.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum IdValue {
    Text(String),
    Number(serde_json::Number),
}

impl IdValue {
    fn into_string(self) -> String {
        match self {
            IdValue::Text(s) => s,
            IdValue::Number(n) => n.to_string(),
        }
    }
}

/// Whether bytes read as JSON Lines: the first non-blank line is a JSON
/// object with a `text` or `html` field.
pub fn looks_like_jsonl(bytes: &[u8]) -> bool {
    let Some(first) = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.trim_ascii())
        .find(|l| !l.is_empty())
    else {
        return false;
    };
    let first = first.strip_prefix(b"\xef\xbb\xbf").unwrap_or(first);
    if !first.starts_with(b"{") {
        return false;
    }
    matches!(
        serde_json::from_slice::<Record>(first),
        Ok(r) if r.text.is_some() || r.html.is_some()
    )
}

/// The items of a JSON Lines stream, read lazily.
pub struct JsonLines<R> {
    reader: R,
    /// Where the lines come from ("news.jsonl", "stdin").
    source: PathBuf,
    /// The doc_id of the whole file, for lines without an id.
    file_id: String,
    max_bytes: u64,
    line: usize,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(reader: R, source: &Path, file_id: &str, max_bytes: u64) -> JsonLines<R> {
        JsonLines {
            reader,
            source: source.to_path_buf(),
            file_id: file_id.to_string(),
            max_bytes,
            line: 0,
            done: false,
        }
    }

    fn failed(&self, kind: ErrorKind, size: u64) -> Item {
        let path = self.line_path();
        Item {
            doc_id: format!("{}:{}", self.file_id, self.line),
            path: path.clone(),
            format: None,
            size,
            known: KnownMeta::default(),
            bytes: Err(Error { path, kind }),
        }
    }

    fn line_path(&self) -> PathBuf {
        PathBuf::from(format!("{}:{}", self.source.display(), self.line))
    }

    fn item(&self, bytes: &[u8]) -> Item {
        let size = bytes.len() as u64;
        let line_error = |reason: String| ErrorKind::JsonLine {
            line: self.line,
            reason,
        };
        let record: Record = match serde_json::from_slice(bytes) {
            Ok(r) => r,
            Err(e) => {
                return self.failed(
                    line_error(format!("not a JSON object ({e}); the other lines are read")),
                    size,
                )
            }
        };
        let published = match record.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => match super::html::parse_iso_date(s) {
                Some(d) => Some(d),
                None => {
                    return self.failed(
                        line_error(format!(
                            "\"published\": \"{s}\" is not a YYYY-MM-DD date; fix or drop it"
                        )),
                        size,
                    )
                }
            },
        };
        let (format, body) = match (record.text, record.html) {
            (Some(t), _) => (Format::Text, t),
            (None, Some(h)) => (Format::Html, h),
            (None, None) => {
                return self.failed(
                    line_error("no \"text\" or \"html\" field: nothing to read".to_string()),
                    size,
                )
            }
        };
        let doc_id = match record.id.map(IdValue::into_string) {
            Some(id) if !id.trim().is_empty() => id,
            _ => format!("{}:{}", self.file_id, self.line),
        };
        let nonempty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
        // documents.csv's path says where the document came from: the page's
        // address when the scraper kept it, else the file and line.
        let path = nonempty(record.url)
            .map(PathBuf::from)
            .unwrap_or_else(|| self.line_path());
        Item {
            doc_id,
            path,
            format: Some(format),
            size,
            known: KnownMeta {
                published,
                country: nonempty(record.country),
                title: nonempty(record.title),
            },
            bytes: Ok(body.into_bytes()),
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.line += 1;
            let mut buf = Vec::new();
            let (read, over) = match read_line_limited(&mut self.reader, self.max_bytes, &mut buf) {
                Ok(r) => r,
                Err(e) => {
                    self.done = true;
                    return Some(self.failed(ErrorKind::Io(e), 0));
                }
            };
            if read == 0 {
                self.done = true;
                return None;
            }
            if over {
                return Some(self.failed(
                    ErrorKind::TooLarge {
                        bytes: read,
                        limit: self.max_bytes,
                    },
                    read,
                ));
            }
            let line = buf.trim_ascii();
            let line = if self.line == 1 {
                line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line)
            } else {
                line
            };
            if line.is_empty() {
                continue;
            }
            return Some(self.item(line));
        }
        None
    }
}

/// Read one line (through '\n') into `buf`, keeping at most `max` bytes;
/// the rest of a longer line is read and dropped. Returns the bytes the line
/// had and whether it was over `max`.
fn read_line_limited(
    reader: &mut impl BufRead,
    max: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<(u64, bool)> {
    let mut total: u64 = 0;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == IoKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok((total, total > max));
        }
        let (take, end) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = max.saturating_sub(buf.len() as u64) as usize;
        buf.extend_from_slice(&chunk[..take.min(room)]);
        total += take as u64;
        reader.consume(take);
        if end {
            return Ok((total, total > max.saturating_add(1)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &str) -> Vec<Item> {
        JsonLines::new(
            input.as_bytes(),
            Path::new("feed.jsonl"),
            "feed.jsonl",
            1000,
        )
        .collect()
    }

    #[test]
    fn fields_become_the_item_and_its_known_meta() {
        let got = items(
            r#"{"id": "a1", "url": "https://example.org/a1", "title": "Raid", "published": "2030-02-01", "country": "Chad", "text": "Soldiers killed 3 people."}"#,
        );
        assert_eq!(got.len(), 1);
        let item = &got[0];
        assert_eq!(item.doc_id, "a1");
        assert_eq!(item.path, PathBuf::from("https://example.org/a1"));
        assert_eq!(item.format, Some(Format::Text));
        assert_eq!(item.known.title.as_deref(), Some("Raid"));
        assert_eq!(item.known.country.as_deref(), Some("Chad"));
        assert_eq!(item.known.published.unwrap().to_string(), "2030-02-01");
        assert_eq!(
            item.bytes.as_ref().unwrap().as_slice(),
            b"Soldiers killed 3 people."
        );
    }

    #[test]
    fn without_id_the_doc_id_is_file_and_line_and_html_is_html() {
        let got = items("\n{\"html\": \"<p>Police arrested 4 men.</p>\", \"id\": 17}\n{\"html\": \"<p>x</p>\"}\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].doc_id, "17");
        assert_eq!(got[0].format, Some(Format::Html));
        assert_eq!(got[1].doc_id, "feed.jsonl:3");
        assert_eq!(got[1].path, PathBuf::from("feed.jsonl:3"));
    }

    #[test]
    fn a_bad_line_fails_alone_with_its_line_number() {
        let got = items(
            "{\"text\": \"one\"}\n{not json\n{\"title\": \"no body\"}\n{\"text\": \"t\", \"published\": \"last week\"}\n{\"text\": \"four\"}\n",
        );
        assert_eq!(got.len(), 5);
        let reasons: Vec<String> = got
            .iter()
            .map(|i| match &i.bytes {
                Ok(_) => "ok".to_string(),
                Err(e) => e.reason(),
            })
            .collect();
        assert_eq!(reasons[0], "ok");
        assert!(
            reasons[1].starts_with("line 2: not a JSON object"),
            "{}",
            reasons[1]
        );
        assert!(
            reasons[2].starts_with("line 3: no \"text\" or \"html\""),
            "{}",
            reasons[2]
        );
        assert!(
            reasons[3].contains("line 4: \"published\": \"last week\""),
            "{}",
            reasons[3]
        );
        assert_eq!(reasons[4], "ok");
        assert_eq!(got[1].doc_id, "feed.jsonl:2");
        assert_eq!(
            got[1].bytes.as_ref().unwrap_err().to_string(),
            format!("feed.jsonl:2: {}", reasons[1])
        );
    }

    #[test]
    fn a_line_over_the_limit_is_refused_and_the_next_is_read() {
        let long = format!("{{\"text\": \"{}\"}}\n", "a".repeat(3000));
        let input = format!("{long}{{\"text\": \"short\"}}\n");
        let got = items(&input);
        assert_eq!(got.len(), 2);
        assert!(matches!(
            got[0].bytes.as_ref().unwrap_err().kind,
            ErrorKind::TooLarge { limit: 1000, .. }
        ));
        assert_eq!(got[1].bytes.as_ref().unwrap().as_slice(), b"short");
    }

    #[test]
    fn sniffing_json_lines() {
        assert!(looks_like_jsonl(
            b"\n  {\"text\": \"a\"}\n{\"text\": \"b\"}"
        ));
        assert!(looks_like_jsonl(b"\xef\xbb\xbf{\"html\": \"<p>a</p>\"}"));
        assert!(!looks_like_jsonl(b"{not json}\n"));
        assert!(!looks_like_jsonl(b"{\"name\": \"no text field\"}\n"));
        assert!(!looks_like_jsonl(b"Soldiers killed 3 people.\n"));
    }
}
