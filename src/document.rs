//! Document: the text of one report, its blocks (headings, paragraphs, list
//! items), the sections they fall under, and its sentences, each with its
//! byte span in the text.

use chrono::NaiveDate;
use serde::Serialize;

use crate::extract::dates::Reference;
use crate::extract::Span;

/// What a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
}

/// A block handed over by an ingester, before it has a place in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawBlock {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    /// Index into `Document::sections`.
    pub section: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// The heading's words; empty for the text before the first heading.
    pub title: String,
    /// A date the heading itself gives ("June 10, 2019 • Press Release"): the
    /// items under it were reported on that day. Filled by the reference stage.
    pub dateline: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into `Document::blocks`.
    pub block: usize,
    /// Index into `Document::sections`.
    pub section: usize,
}

/// A country chapter of a multi-country report (an annual report's "MALI"
/// chapter), found by the reference stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Chapter {
    /// From the chapter's heading to the next chapter, or to a part heading
    /// that ends the country entries.
    pub span: Span,
    /// The heading's lines ("MALI\nREPUBLIC OF MALI"); empty at the
    /// chapter's start when it has none.
    pub heading: Span,
    /// The box of facts under the heading ("Head of state: ...",
    /// "Population: ...", "Life expectancy: ..."), which no extractor reads;
    /// empty at the chapter's start when none was found.
    pub facts: Span,
    /// The heading's lines in capitals joined by " / " ("MALI / REPUBLIC OF
    /// MALI"); empty when the chapter was found by its box of facts alone.
    pub title: String,
    /// (name, ISO alpha-3); `None` when neither the heading nor the text
    /// names a known country.
    pub country: Option<(String, String)>,
}

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceSource {
    Manifest,
    HtmlMeta,
    Header,
    None,
}

impl ReferenceSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceSource::Manifest => "manifest",
            ReferenceSource::HtmlMeta => "html_meta",
            ReferenceSource::Header => "header",
            ReferenceSource::None => "none",
        }
    }
}

/// What is known about a document besides its text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub lang: Option<String>,
    /// A publication date given by the manifest or the HTML metadata.
    pub published: Option<NaiveDate>,
    pub published_source: Option<ReferenceSource>,
    /// A country given by the manifest (a name or ISO alpha-3).
    pub country: Option<String>,
    /// "utf-8", or what the bytes were converted from ("windows-1252").
    pub encoding: String,
    /// The input's format: "text", "html".
    pub format: String,
    /// Problems that did not stop the document from being read.
    pub warnings: Vec<String>,
}

/// One report, ready for the extractors.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub doc_id: String,
    pub text: String,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub sentences: Vec<Sentence>,
    pub meta: Meta,
    /// What year-less dates are resolved against (stage 3).
    pub reference: Option<Reference>,
    pub reference_source: ReferenceSource,
    /// The document's country (name, ISO alpha-3), stage 3.
    pub country: Option<(String, String)>,
    /// The country chapters of a multi-country report, in text order, stage
    /// 3; empty for a report about one country.
    pub chapters: Vec<Chapter>,
}

impl Document {
    /// A document from blocks an ingester found (HTML): the text is the
    /// blocks joined by blank lines, so spans point into that text.
    pub fn from_blocks(doc_id: &str, raw: Vec<RawBlock>, meta: Meta) -> Document {
        let mut text = String::new();
        let mut spans = Vec::with_capacity(raw.len());
        for block in raw {
            let trimmed = normalize_space(&block.text);
            if trimmed.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(&trimmed);
            spans.push((block.kind, Span::new(start, text.len())));
        }
        Document::assemble(doc_id, text, spans, meta)
    }

    /// A document from plain text: blocks are separated by blank lines, and
    /// a short line that does not end like a sentence and is followed by more
    /// text is a heading. Spans point into `text` as given.
    pub fn from_text(doc_id: &str, text: String, meta: Meta) -> Document {
        let mut spans = Vec::new();
        for span in text_blocks(&text) {
            spans.push((BlockKind::Paragraph, span));
        }
        // A heading is only a heading when something follows it.
        let n = spans.len();
        for i in 0..n {
            let s = &text[spans[i].1.start..spans[i].1.end];
            if i + 1 < n && looks_like_heading(s) {
                spans[i].0 = BlockKind::Heading;
            }
        }
        Document::assemble(doc_id, text, spans, meta)
    }

    fn assemble(doc_id: &str, text: String, spans: Vec<(BlockKind, Span)>, meta: Meta) -> Document {
        Document::assemble_reusing(doc_id, text, spans, |_| None, meta)
    }

    /// [`Document::assemble`], taking a block's sentences from `known` where
    /// it has them (the sentences of a block of the same span split before).
    fn assemble_reusing(
        doc_id: &str,
        text: String,
        spans: Vec<(BlockKind, Span)>,
        known: impl Fn(Span) -> Option<Vec<Span>>,
        meta: Meta,
    ) -> Document {
        let mut sections = vec![Section {
            title: String::new(),
            dateline: None,
        }];
        let mut blocks = Vec::with_capacity(spans.len());
        let mut sentences = Vec::new();
        for (kind, span) in spans {
            if kind == BlockKind::Heading {
                let title = &text[span.start..span.end];
                sections.push(Section {
                    // A chapter's heading may hold its short and its formal
                    // name on two lines.
                    title: if title.contains('\n') {
                        normalize_space(title)
                    } else {
                        title.to_string()
                    },
                    dateline: None,
                });
            }
            let section = sections.len() - 1;
            let block = blocks.len();
            blocks.push(Block {
                kind,
                span,
                section,
            });
            if kind != BlockKind::Heading {
                let found = known(span).unwrap_or_else(|| {
                    split_sentences(&text[span.start..span.end])
                        .into_iter()
                        .map(|s| s.offset(span.start))
                        .collect()
                });
                for span in found {
                    sentences.push(Sentence {
                        span,
                        block,
                        section,
                    });
                }
            }
        }
        Document {
            doc_id: doc_id.to_string(),
            text,
            blocks,
            sections,
            sentences,
            meta,
            reference: None,
            reference_source: ReferenceSource::None,
            country: None,
            chapters: Vec::new(),
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Give a multi-country report its chapters, each a section of its own:
    /// the blocks are cut where a chapter starts and ends (text copied out
    /// of a PDF runs one chapter into the next in one block), and each
    /// chapter's heading becomes a heading, so that no sentence runs from
    /// one chapter into the next and events name the chapter as their
    /// section. The box of facts is left out of the blocks: its "Death
    /// penalty: abolitionist" and populations are no events, and glued to
    /// the first sentence they made false ones. A document without
    /// chapters is left as it is.
    pub fn set_chapters(&mut self, chapters: Vec<Chapter>) {
        if chapters.is_empty() {
            return;
        }
        let mut cuts: Vec<usize> = chapters
            .iter()
            .flat_map(|c| {
                [
                    c.span.start,
                    c.heading.end,
                    c.facts.start,
                    c.facts.end,
                    c.span.end,
                ]
            })
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let mut spans = Vec::with_capacity(self.blocks.len() + cuts.len());
        for block in &self.blocks {
            // The cuts strictly inside the block: a run of the sorted cuts,
            // found by binary search instead of testing every cut of the
            // document against every block.
            let from = cuts.partition_point(|&c| c <= block.span.start);
            let to = cuts.partition_point(|&c| c < block.span.end);
            let inner = cuts[from..to.max(from)].iter().copied();
            let mut bounds: Vec<usize> = std::iter::once(block.span.start)
                .chain(inner)
                .chain(std::iter::once(block.span.end))
                .collect();
            bounds.dedup();
            let whole = bounds.len() == 2;
            for w in bounds.windows(2) {
                let piece = &self.text[w[0]..w[1]];
                let lead = piece.len() - piece.trim_start().len();
                let span = Span::new(w[0] + lead, w[0] + lead + piece.trim().len());
                let in_facts = chapters.iter().any(|c| {
                    !c.facts.is_empty() && c.facts.start <= span.start && span.end <= c.facts.end
                });
                if span.is_empty() || in_facts {
                    continue;
                }
                let kind = if chapters
                    .iter()
                    .any(|c| c.heading == span && !span.is_empty())
                {
                    BlockKind::Heading
                } else if whole || block.kind != BlockKind::Heading {
                    block.kind
                } else {
                    BlockKind::Paragraph
                };
                spans.push((kind, span));
            }
        }
        // Most blocks come out whole: their sentences were split already,
        // and splitting depends only on the block's text. The blocks and
        // the sentences are in text order.
        let (blocks, sentences) = (&self.blocks, &self.sentences);
        let known = |span: Span| {
            let b = blocks.partition_point(|b| b.span.start < span.start);
            let block = blocks.get(b)?;
            if block.span != span || block.kind == BlockKind::Heading {
                return None;
            }
            let from = sentences.partition_point(|s| s.block < b);
            let to = sentences.partition_point(|s| s.block <= b);
            Some(sentences[from..to].iter().map(|s| s.span).collect())
        };
        let text = std::mem::take(&mut self.text);
        let meta = std::mem::take(&mut self.meta);
        let mut doc = Document::assemble_reusing(&self.doc_id, text, spans, known, meta);
        doc.reference = self.reference;
        doc.reference_source = self.reference_source;
        doc.country = self.country.take();
        doc.chapters = chapters;
        *self = doc;
    }

    /// The index of the sentence that holds a byte offset of the text.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self
            .sentences
            .partition_point(|s| s.span.start <= offset)
            .checked_sub(1)?;
        (offset < self.sentences[i].span.end).then_some(i)
    }

    /// Where the section holding a byte offset begins: the start of its
    /// first sentence (the news item or the part under one heading), or the
    /// offset itself outside any sentence.
    pub fn section_start(&self, offset: usize) -> usize {
        let Some(i) = self.sentence_at(offset) else {
            return offset;
        };
        let section = self.sentences[i].section;
        let first = self.sentences[..i].partition_point(|s| s.section < section);
        self.sentences[first].span.start
    }

    /// The index of the chapter that holds a byte offset of the text.
    pub fn chapter_at(&self, offset: usize) -> Option<usize> {
        let i = self
            .chapters
            .partition_point(|c| c.span.start <= offset)
            .checked_sub(1)?;
        (offset < self.chapters[i].span.end).then_some(i)
    }

    /// The country at a byte offset: its chapter's in a multi-country
    /// report, else the document's. Places, actors and the country of an
    /// event are read through this, never from `country` directly.
    pub fn country_at(&self, offset: usize) -> Option<&(String, String)> {
        match self.chapter_at(offset) {
            Some(i) => self.chapters[i].country.as_ref(),
            None => self.country.as_ref(),
        }
    }

    /// The number of sections that have a heading.
    pub fn headed_sections(&self) -> usize {
        self.sections.iter().filter(|s| !s.title.is_empty()).count()
    }
}

/// Collapse runs of white space into one space and trim.
fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Spans of the blank-line separated blocks of a plain text, trimmed.
fn text_blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, end));
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, end));
    }
    out
}

/// A heading in plain text: one short line, no sentence-final punctuation,
/// starting with a capital or a digit.
fn looks_like_heading(block: &str) -> bool {
    if block.contains('\n') || block.len() > 120 {
        return false;
    }
    let last = block.chars().last().unwrap_or('.');
    if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '…' | '”' | '"') {
        return false;
    }
    let first = block.chars().next().unwrap_or(' ');
    (first.is_uppercase() || first.is_ascii_digit()) && block.split_whitespace().count() <= 16
}

/// Words whose final period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "col", "gen", "lt", "sgt", "capt", "maj", "cpl", "pte", "adm",
    "cmdr", "brig", "rev", "gov", "sen", "rep", "hon", "pres", "st", "mt", "ft", "jr", "sr", "inc",
    "ltd", "co", "corp", "dept", "univ", "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "est",
    "u.n", "u.s", "u.k", "u.s.a", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "art", "para", "fig", "vol", "ch", "pp", "mme", "mlle", "m",
    "gén", "av", "bd", "incl",
];

/// Abbreviations that end a sentence unless a number follows ("No. 12" but
/// "He said no.").
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "p", "art"];

/// Sentence spans within one block, relative to the block.
///
/// A sentence ends at `.`, `!` or `?` (and closing quotes or brackets after
/// it) followed by white space and a capital, a digit or an opening quote;
/// not after a known abbreviation or a single-letter initial. A period
/// glued to a capitalised word ("command.It was") also ends a sentence, as
/// reports lose spaces when they are copied out of PDFs.
pub fn split_sentences(block: &str) -> Vec<Span> {
    let bytes = block.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Only a stop mark or the lead byte of a bullet glyph can change
    // anything: the bytes between them are skipped by vectorised searches
    // (each found position is kept until the scan passes it), not read one
    // by one.
    let mut stop_at = 0;
    let mut glyph_at = 0;
    loop {
        if stop_at < i {
            stop_at = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
        if glyph_at < i {
            glyph_at = next_glyph_lead(bytes, i);
        }
        i = stop_at.min(glyph_at);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        // A PDF's bullet glyph (a private-use character, or the object
        // replacement character an image left) starts a list item, whatever
        // ends the text before it: "... a journalist was killed. \u{10FC00}
        // Zakia Zaki, who ran ...".
        if b >= 0xEE {
            let c = block[i..].chars().next().unwrap_or(' ');
            if is_bullet_glyph(c) {
                push_trimmed(block, start, i, &mut out);
                i += c.len_utf8();
                start = i;
                continue;
            }
        }
        if b == b'.' || b == b'!' || b == b'?' {
            let mut j = i + 1;
            // Closing quotes and brackets belong to the sentence.
            while j < bytes.len() {
                let rest = &block[j..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &block[j..];
            let space = rest.len() - rest.trim_start().len();
            let next = rest.trim_start().chars().next();
            let boundary = match next {
                None => false,
                Some(c) if space > 0 => {
                    (c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '"' | '“' | '‘' | '(' | '«'))
                        && !(b == b'.' && is_abbreviation(&block[start..i], c))
                }
                // Glued: "command.It" - a lowercase word, a period, then a
                // capitalised word.
                Some(c) => {
                    b == b'.' && c.is_uppercase() && glued_boundary(&block[start..i], &block[j..])
                }
            };
            if boundary {
                let end = j;
                push_trimmed(block, start, end, &mut out);
                start = j + space;
                i = start;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(block, start, block.len(), &mut out);
    out
}

/// The first byte at or after `from` that can start a bullet glyph (see
/// [`is_bullet_glyph`]), or the end: the private-use areas and U+FFFC
/// begin with 0xEE or 0xEF in UTF-8, the supplementary private-use planes
/// with 0xF3 or 0xF4.
fn next_glyph_lead(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from..];
    let bmp = memchr::memchr2(0xEE, 0xEF, rest);
    let planes = memchr::memchr2(0xF3, 0xF4, &rest[..bmp.unwrap_or(rest.len())]);
    planes.or(bmp).map_or(bytes.len(), |k| from + k)
}

/// Private-use characters (what a PDF's symbol-font bullets become) and
/// U+FFFC, the object replacement character.
fn is_bullet_glyph(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' | '\u{FFFC}')
}

fn push_trimmed(block: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &block[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Whether the word before a period is an abbreviation, given the first
/// character after the space.
fn is_abbreviation(before: &str, next: char) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    // Asked at nearly every full stop of a document: a short ASCII word
    // (nearly every word before one) is lower-cased on the stack.
    let mut buf = [0u8; 16];
    let owned;
    let lower: &str = if word.len() <= buf.len() && word.is_ascii() {
        let bytes = &mut buf[..word.len()];
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        std::str::from_utf8(bytes).expect("ASCII stays UTF-8")
    } else {
        owned = word.to_lowercase();
        &owned
    };
    if lower.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("J. Smith").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    if NUMBER_ABBREVIATIONS.contains(&lower) {
        return next.is_ascii_digit();
    }
    // Month abbreviations only when a day or a year follows.
    if [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    .contains(&lower)
    {
        return next.is_ascii_digit();
    }
    if ABBREVIATIONS.contains(&lower) {
        return true;
    }
    // Dotted acronyms: "U.N.", "A.Q.I.M."
    word.len() >= 3
        && word.chars().filter(|&c| c == '.').count() >= 1
        && word.chars().all(|c| c == '.' || c.is_uppercase())
}

fn glued_boundary(before: &str, after: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 3
        && word.chars().all(|c| c.is_lowercase())
        && next.chars().count() >= 2
        && next.chars().skip(1).all(|c| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(block: &str) -> Vec<&str> {
        split_sentences(block)
            .into_iter()
            .map(|s| &block[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_on_sentence_ends_not_abbreviations() {
        assert_eq!(
            sentences(
                "Col. Diarra met Dr. Keita in Jan. 2021. Then the U.N. team left. No. 5 was next."
            ),
            vec![
                "Col. Diarra met Dr. Keita in Jan. 2021.",
                "Then the U.N. team left.",
                "No. 5 was next."
            ]
        );
    }

    /// A section begins at its first sentence, after its heading; text
    /// outside any sentence is its own start.
    #[test]
    fn section_start_is_the_first_sentence_under_the_heading() {
        let text = "Lead line one. Lead line two.\n\nSecond item\n\nIt began here. It went on.";
        let doc = Document::from_text("t.txt", text.to_string(), Meta::default());
        let began = text.find("It began").unwrap();
        assert_eq!(doc.section_start(text.find("It went").unwrap()), began);
        assert_eq!(doc.section_start(began), began);
        assert_eq!(doc.section_start(text.find("two").unwrap()), 0);
        let heading = text.find("Second").unwrap();
        assert_eq!(doc.section_start(heading), heading);
    }

    /// A PDF's bullet glyph starts a list item, glued or not, with or
    /// without a full stop before it.
    #[test]
    fn bullet_glyphs_start_sentences() {
        assert_eq!(
            sentences(
                "Two reporters were beaten. \u{10FC00} On 4 May, a student was shot \u{F0B7}Police \
                 arrested 12 traders.\u{FFFC}Sixty homes were burned."
            ),
            vec![
                "Two reporters were beaten.",
                "On 4 May, a student was shot",
                "Police arrested 12 traders.",
                "Sixty homes were burned."
            ]
        );
    }

    #[test]
    fn initials_and_eg_do_not_split() {
        assert_eq!(
            sentences("Gen. J. Smith said it, e.g. The report agreed. He said no. Others left."),
            vec![
                "Gen. J. Smith said it, e.g. The report agreed.",
                "He said no.",
                "Others left."
            ]
        );
    }

    /// "incl." in a toll ("7 wounded incl. 2 severely by a blast") does not
    /// cut the toll from its cause.
    #[test]
    fn incl_does_not_split() {
        assert_eq!(
            sentences(
                "Seven guards wounded incl. 2 severely by a blast near the gate. Calm returned."
            ),
            vec![
                "Seven guards wounded incl. 2 severely by a blast near the gate.",
                "Calm returned."
            ]
        );
    }

    #[test]
    fn glued_period_splits() {
        assert_eq!(
            sentences("He was summoned by the high command.It was not until later."),
            vec![
                "He was summoned by the high command.",
                "It was not until later."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("They were accused of plotting to “destabilize the state.” They were freed."),
            vec![
                "They were accused of plotting to “destabilize the state.”",
                "They were freed."
            ]
        );
    }

    #[test]
    fn text_blocks_headings_and_spans() {
        let text = "MALI 2021\n\nSoldiers arrested 30 people. They were freed.\n\nAbuses by armed groups\n\nThe GSIM blockaded villages.\n".to_string();
        let doc = Document::from_text("mali.txt", text, Meta::default());
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, vec!["", "MALI 2021", "Abuses by armed groups"]);
        let sents: Vec<&str> = doc.sentences.iter().map(|s| doc.slice(s.span)).collect();
        assert_eq!(
            sents,
            vec![
                "Soldiers arrested 30 people.",
                "They were freed.",
                "The GSIM blockaded villages."
            ]
        );
        assert_eq!(doc.sentences[2].section, 2);
    }

    #[test]
    fn country_at_reads_the_chapter_else_the_document() {
        let mut doc = Document::from_text("a.txt", "x".repeat(100), Meta::default());
        let none = Span::new(0, 0);
        doc.country = Some(("Mali".into(), "MLI".into()));
        assert_eq!(doc.country_at(50).map(|c| c.1.as_str()), Some("MLI"));
        doc.chapters = vec![
            Chapter {
                span: Span::new(10, 40),
                heading: none,
                facts: none,
                title: "KENYA".into(),
                country: Some(("Kenya".into(), "KEN".into())),
            },
            Chapter {
                span: Span::new(40, 70),
                heading: none,
                facts: none,
                title: String::new(),
                country: None,
            },
        ];
        let at = |i| doc.country_at(i).map(|c| c.1.as_str());
        assert_eq!(at(5), Some("MLI"));
        assert_eq!(at(10), Some("KEN"));
        assert_eq!(at(39), Some("KEN"));
        // A chapter whose country is unknown has none, not the document's.
        assert_eq!(at(40), None);
        assert_eq!(doc.chapter_at(69), Some(1));
        assert_eq!(doc.chapter_at(70), None);
        assert_eq!(at(90), Some("MLI"));
    }

    #[test]
    fn html_blocks_join_with_blank_lines() {
        let doc = Document::from_blocks(
            "a.html",
            vec![
                RawBlock {
                    kind: BlockKind::Heading,
                    text: " MALI   2021 ".into(),
                },
                RawBlock {
                    kind: BlockKind::Paragraph,
                    text: "Soldiers\narrested 30 people.".into(),
                },
            ],
            Meta::default(),
        );
        assert_eq!(doc.text, "MALI 2021\n\nSoldiers arrested 30 people.");
        assert_eq!(
            doc.slice(doc.sentences[0].span),
            "Soldiers arrested 30 people."
        );
    }
}
