//! HTML: page furniture out, headings, paragraphs and list items in.

use chrono::NaiveDate;
use ego_tree::NodeRef;
use scraper::{Html, Node, Selector};

use crate::document::{BlockKind, RawBlock};

/// What an HTML page gives besides its blocks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HtmlMeta {
    pub title: Option<String>,
    pub lang: Option<String>,
    pub published: Option<NaiveDate>,
    /// The page ends before `</html>` (a truncated download).
    pub truncated: bool,
}

/// Elements whose whole subtree is page furniture, never report text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form", "button",
    "select", "option", "input", "label", "textarea", "iframe", "object", "embed", "canvas",
    "dialog", "menu", "head", "footer",
];

/// Class, id or aria-label words that mark furniture (cookie banners, share
/// bars, newsletter boxes) on elements that are otherwise ordinary divs.
const FURNITURE_WORDS: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "banner",
    "newsletter",
    "subscribe",
    "share",
    "social",
    "breadcrumb",
    "skiplink",
    "skip-link",
    "modal",
    "popup",
    "advert",
    "promo",
    "related",
    "sidebar",
    "menu",
    "navigation",
    "hidden",
    "visually-hidden",
    "sr-only",
    "language-selector",
];

/// Elements that do not break a block: their text flows into the block
/// around them.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    "ins", "del",
];

/// Parse a page into blocks and metadata.
pub fn parse(source: &str) -> (Vec<RawBlock>, HtmlMeta) {
    let flat = limit_nesting(source, MAX_DEPTH);
    let html = Html::parse_document(&flat);
    let mut meta = read_meta(&html);
    // The last 512 bytes, moved forward to a char boundary: a page is
    // rarely ASCII all the way to its end.
    let mut tail_start = source.len().saturating_sub(512);
    while !source.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    let lower_tail = source[tail_start..].to_ascii_lowercase();
    meta.truncated = !lower_tail.contains("</html>") && !lower_tail.contains("</body>");

    let mut walker = Walker::default();
    // An explicit stack, not recursion: deeply nested pages must not
    // overflow the stack.
    let mut stack: Vec<(NodeRef<Node>, bool)> = vec![(html.tree.root(), true)];
    while let Some((node, entering)) = stack.pop() {
        match node.value() {
            Node::Text(text) => {
                if entering {
                    walker.current.push_str(text);
                }
            }
            Node::Element(el) => {
                let name = el.name();
                if entering {
                    if is_furniture(el, node) {
                        continue;
                    }
                    let inline = INLINE.contains(&name);
                    if !inline {
                        walker.flush();
                        walker.enter(name);
                    }
                    if name == "br" {
                        walker.current.push(' ');
                    }
                    stack.push((node, false));
                    for child in node.children().rev() {
                        stack.push((child, true));
                    }
                } else if !INLINE.contains(&name) {
                    walker.flush();
                    walker.leave(name);
                }
            }
            _ => {
                if entering {
                    for child in node.children().rev() {
                        stack.push((child, true));
                    }
                }
            }
        }
    }
    walker.flush();
    (walker.blocks, meta)
}

/// Element nesting kept for the HTML parser. The HTML5 tree builder scans
/// the stack of open elements at each start tag, so its time grows with
/// depth times tags: a page of 100,000 nested divs took minutes. Real pages
/// nest a few dozen levels.
const MAX_DEPTH: usize = 256;

/// Elements that never contain others (or whose end tag is optional and
/// often left out), so they do not count as nesting.
const NO_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype",
];

/// The page with the start and end tags nested deeper than `max_depth`
/// left out (their text is kept), or the page itself when it nests less,
/// which is found by one scan of the tags.
fn limit_nesting(source: &str, max_depth: usize) -> std::borrow::Cow<'_, str> {
    // (byte range of the tag, whether it is kept)
    let mut drops: Vec<std::ops::Range<usize>> = Vec::new();
    // For each open element: whether its tags are dropped.
    let mut open: Vec<bool> = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let start = i + off;
        let rest = &source[start..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(source.len(), |e| start + e + 3);
            continue;
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        let end = start + close + 1;
        let tag = &rest[1..close];
        let is_end = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        i = end;
        if name.is_empty() || NO_NESTING.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        if matches!(name.as_str(), "script" | "style") && !is_end {
            // Raw text: skip to the end tag.
            let close_tag = format!("</{name}");
            // Past the end tag too, so it does not close an element.
            i = find_ascii_ci(&bytes[end..], close_tag.as_bytes())
                .and_then(|e| source[end + e..].find('>').map(|g| end + e + g + 1))
                .unwrap_or(source.len());
            continue;
        }
        if is_end {
            if open.pop() == Some(true) {
                drops.push(start..end);
            }
        } else {
            let drop = open.len() >= max_depth;
            open.push(drop);
            if drop {
                drops.push(start..end);
            }
        }
    }
    if drops.is_empty() {
        return std::borrow::Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for r in drops {
        out.push_str(&source[at..r.start]);
        // A space keeps words apart where a block tag was.
        out.push(' ');
        at = r.end;
    }
    out.push_str(&source[at..]);
    std::borrow::Cow::Owned(out)
}

/// Where `needle` (lower-case ASCII) starts in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

#[derive(Default)]
struct Walker {
    blocks: Vec<RawBlock>,
    current: String,
    /// The kinds of the open block elements, innermost last.
    open: Vec<BlockKind>,
}

impl Walker {
    fn enter(&mut self, name: &str) {
        let kind = match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
            "li" | "dt" | "dd" => BlockKind::ListItem,
            _ => self.open.last().copied().unwrap_or(BlockKind::Paragraph),
        };
        self.open.push(kind);
    }

    fn leave(&mut self, _name: &str) {
        self.open.pop();
    }

    fn flush(&mut self) {
        if self.current.trim().is_empty() {
            self.current.clear();
            return;
        }
        let kind = self.open.last().copied().unwrap_or(BlockKind::Paragraph);
        self.blocks.push(RawBlock {
            kind,
            text: std::mem::take(&mut self.current),
        });
    }
}

fn is_furniture(el: &scraper::node::Element, node: NodeRef<Node>) -> bool {
    let name = el.name();
    if DROPPED.contains(&name) {
        return true;
    }
    // A page's own header (logo, menus) is furniture; an article's header
    // holds its title and date, so it stays.
    if name == "header" && !has_ancestor(node, &["article", "main"]) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        el.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "search" | "dialog")
    ) {
        return true;
    }
    let mut words = String::new();
    for attr in ["class", "id", "aria-label"] {
        if let Some(v) = el.attr(attr) {
            words.push_str(&v.to_ascii_lowercase());
            words.push(' ');
        }
    }
    if words.is_empty() {
        return false;
    }
    words
        .split(|c: char| c.is_whitespace() || c == '_')
        .any(|w| {
            FURNITURE_WORDS.iter().any(|f| {
                w == *f
                    || w.starts_with(&format!("{f}-"))
                    || w.ends_with(&format!("-{f}"))
                    || w.contains(&format!("{f}banner"))
            })
        })
}

fn has_ancestor(node: NodeRef<Node>, names: &[&str]) -> bool {
    node.ancestors().any(|a| match a.value() {
        Node::Element(e) => names.contains(&e.name()),
        _ => false,
    })
}

fn read_meta(html: &Html) -> HtmlMeta {
    let mut meta = HtmlMeta::default();
    let sel = |s: &str| Selector::parse(s).expect("static selector");
    if let Some(el) = html.select(&sel("html")).next() {
        meta.lang = el
            .value()
            .attr("lang")
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty());
    }
    let content = |q: &str| -> Option<String> {
        html.select(&sel(q))
            .filter_map(|e| e.value().attr("content"))
            .map(|s| s.trim().to_string())
            .find(|s| !s.is_empty())
    };
    meta.title = content("meta[property='og:title']").or_else(|| {
        html.select(&sel("title"))
            .next()
            .map(|t| {
                t.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.is_empty())
    });
    let mut published = content("meta[property='article:published_time']")
        .or_else(|| content("meta[name='article:published_time']"))
        .or_else(|| content("meta[itemprop='datePublished']"))
        .or_else(|| content("meta[name='date']"))
        .or_else(|| content("meta[name='dc.date']"))
        .or_else(|| content("meta[name='DC.date.issued']"))
        .and_then(|s| parse_iso_date(&s));
    if published.is_none() {
        for script in html.select(&sel("script[type='application/ld+json']")) {
            let text: String = script.text().collect();
            if let Some(d) = json_ld_date(&text) {
                published = Some(d);
                break;
            }
        }
    }
    if published.is_none() {
        published = html
            .select(&sel("time[datetime]"))
            .filter_map(|t| t.value().attr("datetime"))
            .find_map(parse_iso_date);
    }
    meta.published = published;
    meta
}

/// `datePublished` anywhere in a JSON-LD block (objects, arrays, @graph).
fn json_ld_date(text: &str) -> Option<NaiveDate> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(d) = map
                    .get("datePublished")
                    .and_then(|d| d.as_str())
                    .and_then(parse_iso_date)
                {
                    return Some(d);
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    None
}

/// The date part of an ISO 8601 date or date-time ("2022-03-29T10:00:00Z").
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let day = s.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[RawBlock]) -> Vec<(BlockKind, String)> {
        blocks
            .iter()
            .map(|b| {
                (
                    b.kind,
                    b.text.split_whitespace().collect::<Vec<_>>().join(" "),
                )
            })
            .collect()
    }

    #[test]
    fn drops_furniture_keeps_article() {
        let page = r#"<!doctype html><html lang="en"><head><title>Mali 2021 - Amnesty</title>
<meta property="article:published_time" content="2022-03-29T09:00:00+00:00"></head>
<body><header class="site"><nav><a href="/">Home</a></nav></header>
<div class="cookie-banner"><p>We use cookies.</p></div>
<main><article><header><h1>Mali 2021</h1></header>
<p>Soldiers <a href="x">arrested</a> 30 people.</p><ul><li>First item</li></ul>
<script>var x = "killed 50 people";</script></article></main>
<aside><p>Related: 12 killed elsewhere.</p></aside>
<footer><p>Copyright</p></footer></body></html>"#;
        let (blocks, meta) = parse(page);
        assert_eq!(
            texts(&blocks),
            vec![
                (BlockKind::Heading, "Mali 2021".to_string()),
                (
                    BlockKind::Paragraph,
                    "Soldiers arrested 30 people.".to_string()
                ),
                (BlockKind::ListItem, "First item".to_string()),
            ]
        );
        assert_eq!(meta.lang.as_deref(), Some("en"));
        assert_eq!(meta.title.as_deref(), Some("Mali 2021 - Amnesty"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2022, 3, 29));
        assert!(!meta.truncated);
    }

    #[test]
    fn json_ld_and_time_dates() {
        let page = r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-06-10"}]}</script></head><body><p>x</p></body></html>"#;
        assert_eq!(
            parse(page).1.published,
            NaiveDate::from_ymd_opt(2020, 6, 10)
        );
        let page = r#"<html><body><p>Posted <time datetime="2019-06-10T08:00">June 10</time></p></body></html>"#;
        assert_eq!(
            parse(page).1.published,
            NaiveDate::from_ymd_opt(2019, 6, 10)
        );
    }

    #[test]
    fn truncated_page_is_flagged_and_read() {
        let (blocks, meta) = parse("<html><body><p>Police arrested two people.</p><p>The");
        assert!(meta.truncated);
        assert_eq!(blocks[0].text, "Police arrested two people.");
    }

    /// Regression (found by the ingest_html fuzz target): the truncation
    /// check cut the last 512 bytes at a byte offset and panicked when that
    /// offset fell inside a multi-byte character.
    #[test]
    fn tail_check_starts_on_a_char_boundary() {
        for pad in 0..3 {
            let page = format!(
                "<html><body><p>Soldiers detained three men in Ségou.</p>{}</body></html>{}",
                "•".repeat(200),
                " ".repeat(pad)
            );
            let (blocks, meta) = parse(&page);
            assert!(!meta.truncated);
            assert_eq!(blocks[0].text, "Soldiers detained three men in Ségou.");
            let (_, meta) = parse(&page[..page.find("</body>").unwrap()]);
            assert!(meta.truncated);
        }
    }

    #[test]
    fn very_deep_nesting_is_flattened_and_its_text_kept() {
        let depth = 50_000;
        let page = format!(
            "<html><body>{}<p>Gunmen killed 4 people.</p><script>if (a<b) {{}}</script>{}<p>After.</p></body></html>",
            "<div class=\"x\">".repeat(depth),
            "</div>".repeat(depth)
        );
        let flat = limit_nesting(&page, MAX_DEPTH);
        // html and body are two of the levels kept.
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH - 2);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH - 2);
        let (blocks, _) = parse(&page);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Gunmen killed 4 people.", "After."]);
        // A page of ordinary depth is left as it is.
        let page = "<div><div><p>x</p></div></div>";
        assert!(matches!(
            limit_nesting(page, MAX_DEPTH),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(3_000),
            "</div>".repeat(3_000)
        );
        let (blocks, _) = parse(&page);
        assert_eq!(blocks.last().map(|b| b.text.as_str()), Some("deep"));
    }
}
