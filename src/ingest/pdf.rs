//! PDF: the text layer of each page, in page order, made back into
//! paragraphs.
//!
//! The pdf-extract crate (on lopdf) places the glyphs of a page and breaks
//! lines where the baseline moves; everything after that is ours:
//! running heads, running footers and page numbers are dropped, a word
//! hyphenated at a line end is joined, the lines of a paragraph are joined
//! with spaces, and a paragraph cut by a page break is made whole again.
//!
//! pdf-extract can panic on malformed files (it unwraps in places), so every
//! call into it runs under `catch_unwind`, and the panic becomes a reason in
//! documents.csv instead of a crashed batch.

use std::cell::Cell;
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// Why a PDF gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// Protected by a password we do not have.
    Encrypted,
    /// Pages but no text layer: a scan.
    NoText { pages: usize },
    /// The file is not a PDF we can parse.
    Broken(String),
}

/// The text of a PDF, ready for `Document::from_text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfText {
    /// Paragraphs separated by blank lines.
    pub text: String,
    pub pages: usize,
    /// Pages that could not be read (the others were).
    pub warnings: Vec<String>,
}

/// Read the text of a PDF.
pub fn extract(bytes: &[u8]) -> Result<PdfText, PdfError> {
    inflation_check(bytes)?;
    let (pages, warnings) = page_texts(bytes)?;
    let text = rebuild(&pages);
    if text.trim().is_empty() {
        return Err(PdfError::NoText { pages: pages.len() });
    }
    Ok(PdfText {
        text,
        pages: pages.len(),
        warnings,
    })
}

thread_local! {
    /// Set while this thread is inside pdf-extract, so that the panic hook
    /// stays quiet about panics we catch and report ourselves.
    static IN_PDF: Cell<bool> = const { Cell::new(false) };
}

/// Run `f` (a call into pdf-extract) with panics caught and not printed.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !IN_PDF.with(Cell::get) {
                previous(info);
            }
        }));
    });
    IN_PDF.with(|c| c.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    IN_PDF.with(|c| c.set(false));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".to_string())
    })
}

/// The raw text of every page, in page order, and a warning per page that
/// could not be read.
fn page_texts(bytes: &[u8]) -> Result<(Vec<String>, Vec<String>), PdfError> {
    let load = |bytes: &[u8]| {
        guarded(|| pdf_extract::Document::load_mem(bytes))
            .map_err(|p| PdfError::Broken(format!("the PDF parser failed ({p})")))?
            .map_err(|e| PdfError::Broken(e.to_string()))
    };
    let mut doc = match load(bytes) {
        Ok(doc) => doc,
        // A damaged cross-reference table (offsets off after an edit or a
        // transfer that changed line ends) is common in archives; rebuild it
        // from the objects themselves and try once more.
        Err(first) => match repair_xref(bytes) {
            Some(repaired) => load(&repaired).map_err(|_| first)?,
            None => return Err(first),
        },
    };
    if doc.is_encrypted() {
        // Many PDFs are "encrypted" with an empty user password that only
        // restricts printing or copying; those open without asking.
        match guarded(|| doc.decrypt("")) {
            Ok(Ok(())) => {}
            _ => return Err(PdfError::Encrypted),
        }
    }
    let page_ids: Vec<(u32, pdf_extract::ObjectId)> =
        guarded(|| doc.get_pages().into_iter().collect())
            .map_err(|p| PdfError::Broken(format!("the page tree is broken ({p})")))?;
    let numbers: Vec<u32> = page_ids.iter().map(|(n, _)| *n).collect();
    let mut pages = Vec::with_capacity(numbers.len());
    let mut unread = Vec::new();
    for &(n, id) in &page_ids {
        // pdf-extract follows /Parent links without a guard when it looks
        // up inherited attributes: a page whose parents loop would never
        // return (found by the ingest_pdf fuzz target).
        if parents_loop(&doc, id) {
            unread.push(n.to_string());
            pages.push(String::new());
            continue;
        }
        let mut text = String::new();
        let result = guarded(|| {
            let mut out = pdf_extract::PlainTextOutput::new(&mut text);
            pdf_extract::output_doc_page(&doc, &mut out, n)
        });
        if !matches!(result, Ok(Ok(()))) {
            unread.push(n.to_string());
            text.clear();
        }
        pages.push(text);
    }
    let mut warnings = Vec::new();
    if !unread.is_empty() {
        let shown = unread.len().min(20);
        let more = if unread.len() > shown { ", ..." } else { "" };
        warnings.push(format!(
            "{} of {} PDF pages could not be read (damaged page content), the rest were: pages {}{more}",
            unread.len(),
            numbers.len(),
            unread[..shown].join(", ")
        ));
    }
    Ok((pages, warnings))
}

/// The most the Flate streams of a PDF may inflate to, all together, as a
/// multiple of the file's size (past [`INFLATE_FLOOR`]). Text and vector
/// content compress 3 to 10 times and photographs are stored as JPEG, so a
/// real report is nowhere near; a stream of zeros compresses 1000 times.
pub const MAX_PDF_RATIO: u64 = 100;
/// Below this many inflated bytes in all, the ratio is not checked.
const INFLATE_FLOOR: u64 = 64 << 20;

/// Refuse a decompression bomb before the parser sees it. lopdf inflates
/// every stream whole, with no limit (object streams while loading, page
/// contents while pdf-extract reads them), so a small file could take
/// gigabytes. Every stream's bytes are inflated here first, counted and
/// dropped as they come, against a budget for the whole file. A stream
/// that is not zlib data is left alone (the parser decides what it is).
fn inflation_check(bytes: &[u8]) -> Result<(), PdfError> {
    use std::io::Read;
    let budget = (bytes.len() as u64)
        .saturating_mul(MAX_PDF_RATIO)
        .max(INFLATE_FLOOR);
    let mut total = 0u64;
    let mut chunk = vec![0u8; 64 * 1024];
    let mut at = 0;
    while let Some(found) = find_first(&bytes[at..], b"stream") {
        let keyword = at + found;
        at = keyword + b"stream".len();
        // "endstream" also contains the word; the data starts after the
        // end of line that follows "stream".
        if bytes[..keyword].ends_with(b"end") {
            continue;
        }
        let data_start = match bytes.get(at..at + 2) {
            Some([b'\r', b'\n']) => at + 2,
            Some([b'\n', _]) | Some([b'\r', _]) => at + 1,
            _ => continue,
        };
        let data_end =
            find_first(&bytes[data_start..], b"endstream").map_or(bytes.len(), |n| data_start + n);
        let mut inflater = flate2::read::ZlibDecoder::new(&bytes[data_start..data_end]);
        loop {
            match inflater.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n as u64;
                    if total > budget {
                        return Err(PdfError::Broken(format!(
                            "its compressed streams expand more than {MAX_PDF_RATIO} times the file's size (a likely decompression bomb)"
                        )));
                    }
                }
            }
        }
        at = data_end;
    }
    Ok(())
}

/// Whether the chain of /Parent links from a page comes back to an object
/// already seen (or is absurdly deep).
fn parents_loop(doc: &pdf_extract::Document, page: pdf_extract::ObjectId) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut id = page;
    loop {
        if !seen.insert(id) || seen.len() > 256 {
            return true;
        }
        let parent = doc
            .get_dictionary(id)
            .and_then(|d| d.get(b"Parent"))
            .and_then(|p| p.as_reference());
        match parent {
            Ok(p) => id = p,
            Err(_) => return false,
        }
    }
}

/// A copy of the PDF with a new cross-reference table and trailer at its
/// end, built by finding every "N G obj" in the file (later ones win, as in
/// an incremental update), or None when no object or no catalog is found.
fn repair_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    use regex::bytes::Regex;
    use std::sync::OnceLock;
    static OBJ: OnceLock<Regex> = OnceLock::new();
    static TRAILER_NUM: OnceLock<Regex> = OnceLock::new();
    static CATALOG: OnceLock<Regex> = OnceLock::new();
    let obj = OBJ.get_or_init(|| {
        Regex::new(r"(?m)(?:^|[\r\n])(\d{1,10})[ \t]+(\d{1,5})[ \t]+obj\b").unwrap()
    });
    let trailer_num =
        TRAILER_NUM.get_or_init(|| Regex::new(r"/(?:Prev|XRefStm|Size)\s+\d+").unwrap());
    let catalog = CATALOG.get_or_init(|| Regex::new(r"/Type\s*/Catalog\b").unwrap());
    // lopdf counts offsets from "%PDF-", skipping anything before it.
    let start = bytes.windows(5).position(|w| w == b"%PDF-")?;
    let body = &bytes[start..];
    let mut objects: std::collections::BTreeMap<u32, (u16, usize)> = Default::default();
    for caps in obj.captures_iter(body) {
        let id: u32 = std::str::from_utf8(&caps[1]).ok()?.parse().ok()?;
        let generation: u16 = std::str::from_utf8(&caps[2]).ok()?.parse().ok()?;
        objects.insert(id, (generation, caps.get(1)?.start()));
    }
    let max_id = *objects.keys().next_back()?;
    // The table has a line for every number up to the highest: a stray
    // "83000000 0 obj" would make it gigabytes (found by the ingest_pdf
    // fuzz target). Real files number their objects densely.
    if max_id as usize > 64 * objects.len() + 4096 {
        return None;
    }
    // The last trailer dictionary, less its pointers into the old tables;
    // else a new one naming the catalog.
    let dict = match find_last(body, b"trailer") {
        Some(at) => {
            let dict = balanced_dict(&body[at + 7..])?;
            trailer_num.replace_all(dict, &b""[..]).into_owned()
        }
        None => {
            let root = objects.iter().find_map(|(&id, &(generation, offset))| {
                let end = find_first(&body[offset..], b"endobj").map_or(body.len(), |e| offset + e);
                catalog
                    .is_match(&body[offset..end])
                    .then_some((id, generation))
            })?;
            format!("<< /Root {} {} R >>", root.0, root.1).into_bytes()
        }
    };
    let mut out = body.to_vec();
    out.extend_from_slice(b"\n");
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n", max_id + 1).as_bytes());
    for id in 0..=max_id {
        let entry = match objects.get(&id) {
            Some(&(generation, offset)) => format!("{offset:010} {generation:05} n \n"),
            None => "0000000000 65535 f \n".to_string(),
        };
        out.extend_from_slice(entry.as_bytes());
    }
    out.extend_from_slice(b"trailer\n");
    // The new Size goes first; the old dictionary's entries follow.
    out.extend_from_slice(format!("<< /Size {} ", max_id + 1).as_bytes());
    out.extend_from_slice(dict.strip_prefix(b"<<").unwrap_or(&dict));
    out.extend_from_slice(format!("\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    Some(out)
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn find_first(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The "<< ... >>" dictionary at the start of `bytes` (after white space),
/// nested dictionaries included.
fn balanced_dict(bytes: &[u8]) -> Option<&[u8]> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    if !rest.starts_with(b"<<") {
        return None;
    }
    let mut depth = 0usize;
    let mut i = 0;
    while i + 1 < rest.len() {
        match &rest[i..i + 2] {
            b"<<" => {
                depth += 1;
                i += 2;
            }
            b">>" => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(&rest[..i]);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// How many lines at the top and at the bottom of a page may be running
/// heads, footers or page numbers.
const EDGE_LINES: usize = 3;

/// Page texts -> paragraphs separated by blank lines.
///
/// PDF text has no paragraph marks, only lines. A paragraph ends at a blank
/// line (a larger gap between baselines), after a short line that ends a
/// sentence, and around a heading (a short line without final punctuation
/// between lines that start with capitals); a bullet starts a new one.
pub fn rebuild(pages: &[String]) -> String {
    let pages: Vec<Vec<&str>> = pages.iter().map(|p| page_lines(p)).collect();
    let furniture = running_lines(&pages);
    let mut paragraphs: Vec<String> = Vec::new();
    // Whether the last paragraph may go on (it was cut by a page break).
    let mut open = false;
    for (page_no, lines) in pages.iter().enumerate() {
        let kept: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| !furniture[page_no].contains(i))
            .map(|(_, l)| l.trim())
            .collect();
        // Blank lines left where furniture was removed say nothing about
        // paragraphs.
        let first = kept
            .iter()
            .position(|l| !l.is_empty())
            .unwrap_or(kept.len());
        let last = kept
            .iter()
            .rposition(|l| !l.is_empty())
            .map_or(first, |i| i + 1);
        let kept = &kept[first..last.max(first)];
        let width = typical_width(kept);
        let mut current: Option<String> = None;
        let mut first_on_page = true;
        for (i, &line) in kept.iter().enumerate() {
            if line.is_empty() {
                if let Some(p) = current.take() {
                    paragraphs.push(p);
                }
                open = false;
                first_on_page = false;
                continue;
            }
            let next = kept.get(i + 1).copied().unwrap_or("");
            let heading = is_heading(line, next, width);
            if heading || starts_bullet(line) {
                if let Some(p) = current.take() {
                    paragraphs.push(p);
                }
            }
            if current.is_none() {
                // A paragraph cut by the page break goes on when this page's
                // first line reads as its continuation.
                if first_on_page && open && continues(paragraphs.last(), line) {
                    current = paragraphs.pop();
                }
            }
            first_on_page = false;
            match current.as_mut() {
                None => current = Some(line.to_string()),
                Some(p) => join_line(p, line),
            }
            let short = (line.chars().count() as f32) < width * 0.75;
            let ends_sentence = line.ends_with(['.', '!', '?', '”', '"', ':']);
            if heading || (short && ends_sentence) {
                if let Some(p) = current.take() {
                    paragraphs.push(p);
                }
            }
        }
        if let Some(p) = current.take() {
            paragraphs.push(p);
            open = true;
        } else {
            open = false;
        }
    }
    let mut text = paragraphs.join("\n\n");
    text.push('\n');
    text
}

/// The width of a full line of body text on a page, in characters: the
/// longer lines set it (the last lines of paragraphs and headings are
/// shorter).
fn typical_width(lines: &[&str]) -> f32 {
    let mut widths: Vec<usize> = lines
        .iter()
        .map(|l| l.chars().count())
        .filter(|&n| n > 0)
        .collect();
    if widths.is_empty() {
        return 0.0;
    }
    widths.sort_unstable();
    widths[widths.len() * 3 / 4] as f32
}

/// A heading: a short line that starts with a capital or a digit and ends
/// without punctuation, followed by a line that starts with a capital (or
/// by nothing).
fn is_heading(line: &str, next: &str, width: f32) -> bool {
    let short = (line.chars().count() as f32) < width * 0.75;
    let first = line.chars().next().unwrap_or(' ');
    let last = line.chars().last().unwrap_or('.');
    let next_first = next.chars().next().unwrap_or('A');
    short
        && (first.is_uppercase() || first.is_ascii_digit())
        && (last.is_alphanumeric() || last == ')')
        && !line.ends_with('-')
        && (next_first.is_uppercase() || starts_bullet(next))
}

/// A list item: a bullet glyph and a space.
fn starts_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('•' | '◦' | '▪' | '■' | '●' | '–' | '*'))
        && chars.next().is_some_and(char::is_whitespace)
}

fn page_lines(page: &str) -> Vec<&str> {
    page.lines().map(|l| l.trim_end()).collect()
}

/// A line's shape with numbers masked, so "Amnesty International Report
/// 2011 87" on one page and "... 2011 88" on the next are the same.
fn line_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    let mut last_digit = false;
    for c in line.trim().chars() {
        if c.is_ascii_digit() {
            if !last_digit {
                key.push('#');
            }
            last_digit = true;
        } else {
            last_digit = false;
            if !c.is_whitespace() {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

/// A page number alone: "12", "- 12 -", "Page 12", "12 of 40", "xiv".
fn is_page_number(line: &str) -> bool {
    let t = line
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c == '|' || c.is_whitespace());
    if t.is_empty() {
        return false;
    }
    if t.len() <= 5 && t.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = t.to_lowercase();
    if lower.len() <= 6 && lower.chars().all(|c| "ivxlc".contains(c)) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let num = |w: &str| !w.is_empty() && w.len() <= 5 && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        ["page", n] | ["p.", n] => num(n),
        [n, "of", m] | [n, "/", m] => num(n) && num(m),
        ["page", n, "of", m] => num(n) && num(m),
        _ => false,
    }
}

/// Per page, the indices of lines that are running heads, footers or page
/// numbers.
///
/// A line in the top or bottom `EDGE_LINES` of a page is furniture when it
/// is a page number, or when the same line (numbers masked) stands at the
/// edge of another page at most two pages away (running heads alternate
/// between left and right pages), or at the edge of many pages. A chapter
/// title that is also the chapter's running head goes with it: without
/// font sizes the two cannot be told apart, and a lost heading costs less
/// than a running head repeated into every page's first paragraph.
fn running_lines(pages: &[Vec<&str>]) -> Vec<Vec<usize>> {
    let edges: Vec<Vec<usize>> = pages.iter().map(|lines| edge_indices(lines)).collect();
    // key -> pages it stands at the edge of, in order.
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (p, idx) in edges.iter().enumerate() {
        for &i in idx {
            let key = line_key(pages[p][i]);
            // Short keys ("#", "a") say nothing about repetition.
            if key.chars().count() < 3 {
                continue;
            }
            let pages_of = seen.entry(key).or_default();
            if pages_of.last() != Some(&p) {
                pages_of.push(p);
            }
        }
    }
    let frequent = (pages.len() / 5).max(5);
    let mut out = vec![Vec::new(); pages.len()];
    for (p, idx) in edges.iter().enumerate() {
        for &i in idx {
            let line = pages[p][i];
            if is_page_number(line) {
                out[p].push(i);
                continue;
            }
            let Some(pages_of) = seen.get(&line_key(line)) else {
                continue;
            };
            if pages_of.len() >= frequent {
                out[p].push(i);
                continue;
            }
            // A running head of a few pages: repeated within two pages.
            let pos = pages_of.iter().position(|&q| q == p).unwrap_or(0);
            let near = |q: Option<&usize>| q.is_some_and(|&q| q.abs_diff(p) <= 2);
            if near(pos.checked_sub(1).and_then(|j| pages_of.get(j))) || near(pages_of.get(pos + 1))
            {
                out[p].push(i);
            }
        }
    }
    out
}

/// The indices of the first and last `EDGE_LINES` non-blank lines.
fn edge_indices(lines: &[&str]) -> Vec<usize> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let mut idx: Vec<usize> = filled.iter().take(EDGE_LINES).copied().collect();
    for &i in filled.iter().rev().take(EDGE_LINES) {
        if !idx.contains(&i) {
            idx.push(i);
        }
    }
    idx
}

/// Whether `line`, the first on a page, continues the paragraph that ended
/// the previous page: that paragraph does not end a sentence, and the line
/// starts in lower case or with punctuation that goes on a sentence.
fn continues(previous: Option<&String>, line: &str) -> bool {
    let Some(prev) = previous else {
        return false;
    };
    let ends_sentence = prev
        .trim_end()
        .ends_with(['.', '!', '?', ':', '”', '"', ')']);
    let first = line.chars().next().unwrap_or(' ');
    let hyphen_cut = prev.ends_with('-') || prev.ends_with('\u{ad}');
    hyphen_cut || (!ends_sentence && (first.is_lowercase() || matches!(first, ',' | ';' | '–')))
}

/// Append a line to a paragraph: a word hyphenated at the line end is
/// joined ("govern-" + "ment" -> "government"), other lines are joined with
/// a space.
fn join_line(paragraph: &mut String, line: &str) {
    let first = line.chars().next().unwrap_or(' ');
    if paragraph.ends_with('\u{ad}') {
        paragraph.pop();
        paragraph.push_str(line);
        return;
    }
    if paragraph.ends_with('-') && first.is_lowercase() {
        let before = paragraph[..paragraph.len() - 1].chars().last();
        if before.is_some_and(char::is_alphabetic) {
            paragraph.pop();
            paragraph.push_str(line);
            return;
        }
    }
    paragraph.push(' ');
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|s| s.to_string()).collect()
    }

    /// A small PDF whose one stream inflates to 100 MB of zeros is refused
    /// before the parser inflates it; a real stream passes.
    #[test]
    fn a_decompression_bomb_is_refused_before_parsing() {
        use std::io::Write;
        let pdf_with = |data: &[u8]| {
            let mut pdf = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\r\n".to_vec();
            pdf.extend_from_slice(data);
            pdf.extend_from_slice(b"\r\nendstream\nendobj\n%%EOF\n");
            pdf
        };
        let mut zeros = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        for _ in 0..100 {
            zeros.write_all(&[0u8; 1 << 20]).unwrap();
        }
        let bomb = pdf_with(&zeros.finish().unwrap());
        match inflation_check(&bomb) {
            Err(PdfError::Broken(reason)) => {
                assert!(reason.contains("decompression bomb"), "{reason}")
            }
            other => panic!("not refused: {other:?}"),
        }
        let mut text = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        text.write_all(b"BT /F1 12 Tf (Soldiers killed 3 people.) Tj ET")
            .unwrap();
        assert_eq!(inflation_check(&pdf_with(&text.finish().unwrap())), Ok(()));
        // The fixtures (real PDFs with Flate streams) pass.
        for f in [
            "fixtures/pdf/two-pages.pdf",
            "fixtures/pdf/cyclic-parents.pdf",
        ] {
            let bytes = std::fs::read(f).unwrap();
            assert_eq!(inflation_check(&bytes), Ok(()), "{f}");
        }
    }

    #[test]
    fn hyphen_at_line_end_is_joined_and_lines_become_one_paragraph() {
        let text = rebuild(&pages(&[
            "The army de-\nployed in the north\nof the country.\n\nA second paragraph.\n",
        ]));
        assert_eq!(
            text,
            "The army deployed in the north of the country.\n\nA second paragraph.\n"
        );
    }

    #[test]
    fn hyphen_before_a_capital_or_a_digit_is_kept() {
        let text = rebuild(&pages(&[
            "Talks with the pro-\nGovernment militia and the 2010-\n2011 period.\n",
        ]));
        assert_eq!(
            text,
            "Talks with the pro- Government militia and the 2010- 2011 period.\n"
        );
    }

    #[test]
    fn page_numbers_and_running_heads_are_removed() {
        let body = [
            "Police detained three journalists in the capital.",
            "Soldiers burned a market in the east.",
            "Rebels abducted two aid workers near the border.",
            "The courts sentenced four men to death.",
            "Protesters were beaten by security forces.",
        ];
        let raw: Vec<String> = body
            .iter()
            .enumerate()
            .map(|(i, line)| format!("Human Rights Yearbook 2030\n\n{line}\n\n{}\n", i + 11))
            .collect();
        let text = rebuild(&raw);
        assert!(!text.contains("Yearbook"), "{text}");
        for n in 11..16 {
            assert!(!text.contains(&n.to_string()), "{text}");
        }
        for line in body {
            assert!(text.contains(line), "{text}");
        }
    }

    #[test]
    fn chapter_running_head_goes_and_a_one_off_title_stays() {
        let raw = pages(&[
            "ATLANTIS 2030\n\nThe police arrested 12 people.\n",
            "Atlantis tab\n\nSoldiers killed 3 villagers.\n",
            "Atlantis tab\n\nCourts sentenced 2 men.\n",
        ]);
        let text = rebuild(&raw);
        assert!(!text.contains("tab"), "{text}");
        assert!(text.starts_with("ATLANTIS 2030\n\nThe police"), "{text}");
    }

    #[test]
    fn paragraph_cut_by_a_page_break_is_made_whole() {
        let raw = pages(&[
            "On 3 May soldiers opened fire on\n\n7\n",
            "the crowd, killing 9 people.\n\nA new paragraph.\n\n8\n",
        ]);
        assert_eq!(
            rebuild(&raw),
            "On 3 May soldiers opened fire on the crowd, killing 9 people.\n\nA new paragraph.\n"
        );
    }

    #[test]
    fn page_number_shapes() {
        for yes in ["12", "- 12 -", "Page 3", "3 of 40", "xiv", " 7 "] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["2011 was a year", "Mali", "12 people were killed", ""] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    fn fixture(path: &str) -> Vec<u8> {
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
    }

    /// The PDF fixture (written by fixtures/pdf/make_pdfs.py) read whole:
    /// running head and page numbers gone, "ac-" + "cording" joined, the
    /// paragraph cut by the page break whole, the chapter title kept.
    const TWO_PAGES: &str = "KORANIA\n\n\
        On 4 March 2030, soldiers of the national army killed 12 civilians in the village of \
        Tamba, according to residents who buried the dead.\n\n\
        On 9 March 2030, gunmen abducted 3 teachers near the town of Dori and set fire to the \
        school before they fled on motorbikes.\n\n\
        Police arrested 25 protesters in the capital on 20 March 2030.\n";

    #[test]
    fn two_page_fixture_reads_as_clean_paragraphs() {
        let read = extract(&fixture("fixtures/pdf/two-pages.pdf")).unwrap();
        assert_eq!(read.pages, 2);
        assert_eq!(read.text, TWO_PAGES);
        assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    }

    #[test]
    fn wrong_xref_offset_is_repaired() {
        // Point startxref somewhere wrong, as a transfer that rewrote line
        // ends does: the table is rebuilt from the objects.
        let good = fixture("fixtures/pdf/two-pages.pdf");
        let at = good.windows(9).rposition(|w| w == b"startxref").unwrap();
        let mut bad = good[..at].to_vec();
        bad.extend_from_slice(b"startxref\n17\n%%EOF\n");
        assert!(pdf_extract::Document::load_mem(&bad).is_err());
        assert_eq!(extract(&bad).unwrap().text, TWO_PAGES);
    }

    #[test]
    fn password_protected_pdf_says_so() {
        assert_eq!(
            extract(&fixture("fixtures/bad/encrypted.pdf")),
            Err(PdfError::Encrypted)
        );
    }

    #[test]
    fn truncated_pdf_is_a_reason_not_a_panic() {
        let good = fixture("fixtures/pdf/two-pages.pdf");
        for cut in [20, good.len() / 3, good.len() / 2, good.len() - 40] {
            let _ = extract(&good[..cut]);
        }
    }

    #[test]
    fn pages_whose_parents_loop_are_skipped_not_followed_forever() {
        // A mutation of the two-page fixture (found by the ingest_pdf fuzz
        // target) whose /Parent links loop: pdf-extract's lookup of
        // inherited attributes never returned.
        let read = extract(&fixture("fixtures/pdf/cyclic-parents.pdf"));
        assert!(read.is_err(), "{read:?}");
    }

    #[test]
    fn a_huge_object_number_does_not_make_a_huge_repaired_table() {
        // A broken xref and one object numbered in the tens of millions:
        // the repair is refused instead of writing a line per number.
        let good = fixture("fixtures/pdf/two-pages.pdf");
        let at = good.windows(9).rposition(|w| w == b"startxref").unwrap();
        let mut bad = good[..at].to_vec();
        bad.extend_from_slice(b"\n83000000 0 obj\n<< >>\nendobj\nstartxref\n17\n%%EOF\n");
        assert!(repair_xref(&bad).is_none());
        assert!(extract(&bad).is_err());
    }

    #[test]
    fn broken_bytes_are_a_reason_not_a_panic() {
        let err = extract(b"%PDF-1.4\nthis is not really a pdf\n%%EOF").unwrap_err();
        assert!(matches!(err, PdfError::Broken(_)), "{err:?}");
    }
}
