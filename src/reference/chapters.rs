//! Country chapters of a multi-country report.
//!
//! An annual human-rights report holds some 150 country chapters. In the
//! Amnesty International editions each opens with the country's name in
//! capitals on a line of its own ("MALI", sometimes behind a stray symbol
//! from the PDF), usually its formal name ("REPUBLIC OF MALI") and a box of
//! facts that starts "Head of state". A name in capitals alone is not a
//! chapter: running heads, contents pages and lists name countries in
//! capitals too. So a chapter starts only where a fact box starts ("Head of
//! state", "Head of government") and the heading just above it names a
//! country; the chapter runs to the next chapter, or to a part heading
//! ("PART THREE: ...") that ends the country entries.
//!
//! Text copied out of PDFs is messy: columns interleave, so a heading may
//! have a stray line of the previous chapter between it and its box, and a
//! long name may be broken over two lines ("TRINIDAD AND" / "TOBAGO"). The
//! heading is looked for in the few lines above the box, and a two-line
//! name is joined. A box with no country heading above it still starts a
//! chapter; its country is then the one its own text names most, or none.
//!
//! A document with fewer than two chapters has none: a single country
//! chapter (the Mali chapter of a report) keeps its one document country.

use std::sync::OnceLock;

use regex::Regex;

use super::floor_char_boundary;
use crate::document::Chapter;
use crate::extract::places::{self, Country};
use crate::extract::Span;

/// How many non-blank lines above a fact box its heading may stand.
const HEADING_LINES: usize = 8;

/// How much of a chapter without a heading is read to find its country.
const BODY_BYTES: usize = 20_000;

/// How many non-blank lines below a heading with its formal name its box
/// may stand when a column of text came between them.
const DISPLACED_BOX_LINES: usize = 40;

/// Where a chapter starts, as found.
struct Start {
    /// Index into the non-blank lines.
    line: usize,
    /// The heading's lines in capitals ("MALI / REPUBLIC OF MALI").
    title: String,
    /// `None` for a box with no heading: its text says the country later.
    country: Option<Country>,
    /// The line its box of facts starts on, once seen.
    box_line: Option<usize>,
    /// The heading's last line, when it has one.
    heading_end: Option<usize>,
}

impl Start {
    fn is(&self, country: &Country) -> bool {
        self.country
            .as_ref()
            .is_some_and(|c| c.iso3 == country.iso3)
    }
}

/// One non-blank line: its byte range, and its words with the PDF's stray
/// symbols and punctuation trimmed from both ends.
struct Line<'a> {
    start: usize,
    clean: &'a str,
    /// Whether the line ends like a sentence ("... in March.").
    full_stop: bool,
}

/// The country chapters of a text, in order; empty unless there are at
/// least two.
pub fn find(text: &str) -> Vec<Chapter> {
    let lines = lines(text);
    let mut starts: Vec<Start> = Vec::new();
    // The lines above the previous box belong to that chapter's heading.
    let mut floor = 0;
    let mut last_box: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if !is_fact_box(line.clean) {
            if let Some((first, country)) = formal_heading(&lines, i) {
                // Chapters start in text order, and never twice in a row for
                // one country.
                if !starts
                    .last()
                    .is_some_and(|s| s.is(&country) || s.line >= first)
                {
                    starts.push(Start {
                        line: first,
                        title: title(&lines, first, i),
                        country: Some(country),
                        box_line: None,
                        heading_end: Some(i),
                    });
                }
            }
            continue;
        }
        // The heading lies below the previous box and the previous start.
        let lo = floor
            .max(i.saturating_sub(HEADING_LINES))
            .max(starts.last().map_or(0, |s| s.line + 1));
        floor = i + 1;
        let previous_box = last_box.replace(i);
        if let Some((h, country)) = heading_above(&lines, lo, i) {
            // The box of the heading that already started the chapter
            // ("MALI" / "REPUBLIC OF MALI"), or a box broken over two
            // columns under one heading.
            if let Some(last) = starts.last_mut().filter(|s| s.is(&country)) {
                last.box_line.get_or_insert(i);
                continue;
            }
            // The heading's first line: the short name above the formal one
            // ("MALI" above "REPUBLIC OF MALI"), even with a stray line
            // between them.
            let first = (lo..h)
                .find(|&j| line_country(&lines, j).is_some_and(|(_, c)| c.iso3 == country.iso3))
                .unwrap_or(h);
            if starts.last().is_some_and(|s| s.line >= first) {
                continue;
            }
            starts.push(Start {
                line: first,
                title: title(&lines, first, h),
                country: Some(country),
                box_line: Some(i),
                heading_end: Some(h),
            });
            continue;
        }
        // A heading with its formal name and no box yet: a column of text
        // pushed the box down.
        if let Some(last) = starts
            .last_mut()
            .filter(|s| s.box_line.is_none() && i - s.line <= DISPLACED_BOX_LINES)
        {
            last.box_line = Some(i);
            continue;
        }
        // "Head of government" under "Head of state", even with a column of
        // text between them, is the same box: a box starts with the head of
        // state.
        if line.clean.starts_with("Head of government")
            || previous_box.is_some_and(|p| i - p <= HEADING_LINES)
        {
            continue;
        }
        starts.push(Start {
            line: i,
            title: String::new(),
            country: None,
            box_line: Some(i),
            heading_end: None,
        });
    }
    if starts.len() < 2 {
        return Vec::new();
    }

    let mut chapters: Vec<Chapter> = Vec::with_capacity(starts.len());
    for (
        k,
        Start {
            line,
            title,
            country,
            heading_end,
            box_line,
        },
    ) in starts.iter().enumerate()
    {
        let start = lines[*line].start;
        let next_line = starts.get(k + 1).map_or(lines.len(), |s| s.line);
        let next = lines.get(next_line).map_or(text.len(), |l| l.start);
        // A part heading between two chapters ends the country entries.
        let end = lines[*line + 1..]
            .iter()
            .take_while(|l| l.start < next)
            .find(|l| is_part_heading(l.clean))
            .map_or(next, |l| l.start);
        let country = country.clone().or_else(|| {
            let body_end = floor_char_boundary(text, (start + BODY_BYTES).min(end));
            places::detect_country(&text[start..body_end])
        });
        let country = country.map(|c| (c.name, c.iso3));
        // A box found again further down the same chapter (its text named
        // the same country) continues that chapter.
        if let Some(prev) = chapters.last_mut() {
            if prev.span.end == start && country.is_some() && prev.country == country {
                prev.span.end = end;
                continue;
            }
        }
        let heading = heading_end.map_or(Span::new(start, start), |h| {
            Span::new(start, lines[h].start + lines[h].clean.len())
        });
        let facts = box_line
            .and_then(|b| {
                let prose =
                    (b + 1..next_line.min(b + 1 + FACT_LINES)).find(|&j| is_prose(&lines[j]))?;
                Some(Span::new(lines[b].start, lines[prose].start))
            })
            .filter(|f| f.end <= end)
            .unwrap_or(Span::new(start, start));
        chapters.push(Chapter {
            span: Span::new(start, end),
            heading,
            facts,
            title: title.clone(),
            country,
        });
    }
    if chapters.len() < 2 {
        return Vec::new();
    }
    chapters
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let trimmed = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = raw.len() - trimmed.len();
        let clean = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
        if !clean.is_empty() {
            let end = raw.trim_end().trim_end_matches(['”', '"', '’', '\'', ')']);
            out.push(Line {
                start: pos + lead,
                clean,
                full_stop: end.ends_with(['.', '!', '?']),
            });
        }
        pos += raw.len();
    }
    out
}

/// The first line of a chapter's box of facts: "Head of state: ...", "Head
/// of state and government", "Head of government".
fn is_fact_box(clean: &str) -> bool {
    ["Head of state", "Head of government"].iter().any(|p| {
        clean
            .strip_prefix(p)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// How many lines a box of facts may run over (labels, values, and the
/// page furniture and stray column text the PDF put among them).
const FACT_LINES: usize = 15;

/// A line of running prose, which ends a box of facts: five words or more,
/// no "Label:" near its start, and a sentence ending, or mostly lowercase
/// words (a sentence wrapped over lines); a line of the box's values
/// ("abolitionist ... 23.9 million ... per cent") only when it ends a
/// sentence.
fn is_prose(line: &Line) -> bool {
    const VALUES: &[&str] = &["abolitionist", "retentionist", "per cent", "per 1,000"];
    let words: Vec<&str> = line.clean.split_whitespace().collect();
    if words.len() < 5 || line.clean.chars().take(40).any(|c| c == ':') {
        return false;
    }
    if line.full_stop {
        return true;
    }
    if VALUES.iter().any(|v| line.clean.contains(v)) {
        return false;
    }
    let lowercase = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    line.clean.contains(". ") || (words.len() >= 8 && lowercase * 2 >= words.len())
}

/// "PART THREE: SELECTED HUMAN RIGHTS TREATIES", "Part 2".
fn is_part_heading(clean: &str) -> bool {
    static PART: OnceLock<Regex> = OnceLock::new();
    PART.get_or_init(|| {
        Regex::new(r"(?i)^part\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+|\d+)\b(?:\s*[:.–-]|$)").unwrap()
    })
    .is_match(clean)
}

/// The heading nearest above the box at line `a`, from line `lo` on: its
/// line index and country.
fn heading_above(lines: &[Line], lo: usize, a: usize) -> Option<(usize, Country)> {
    (lo..a).rev().find_map(|i| line_country(lines, i))
}

/// The lines of a heading in capitals, joined by " / ".
fn title(lines: &[Line], first: usize, last: usize) -> String {
    lines[first..=last]
        .iter()
        .map(|l| l.clean)
        .filter(|w| is_capitals(w))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Words that make a line a state's formal name.
const FORMAL_WORDS: &[&str] = &[
    "REPUBLIC",
    "KINGDOM",
    "FEDERATION",
    "CONFEDERATION",
    "PRINCIPALITY",
    "SULTANATE",
    "EMIRATE",
    "EMIRATES",
    "STATE",
    "STATES",
    "JAMAHIRIYA",
    "COMMONWEALTH",
    "DUCHY",
];

/// A chapter heading without its box: the country's name and, on the line
/// below or the rest of the same line, its formal name ("CYPRUS" /
/// "REPUBLIC OF CYPRUS"; "JORDAN HASHEMITE KINGDOM OF JORDAN"). A formal
/// name is not written in running heads or lists, so the pair is enough.
/// The heading's first line and its country, when line `i` ends one.
fn formal_heading(lines: &[Line], i: usize) -> Option<(usize, Country)> {
    let line = lines[i].clean;
    if !is_capitals(line) {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let formal_from = words.iter().position(|w| FORMAL_WORDS.contains(w))?;
    let country = name_country(line)?;
    if i > 0 {
        if let Some((first, c)) = line_country(lines, i - 1) {
            let formal_only = places::country_by_name(line)
                .is_none_or(|c| c.iso3 != country.iso3 || c.name.to_uppercase() != line);
            if c.iso3 == country.iso3 && formal_only {
                return Some((first, country));
            }
        }
    }
    // One line: a plain name, then the formal one.
    (1..formal_from)
        .any(|k| {
            places::country_by_name(&words[..k].join(" ")).is_some_and(|c| c.iso3 == country.iso3)
        })
        .then_some((i, country))
}

/// The country a line in capitals names, alone or as the end of a name
/// broken over two lines ("TRINIDAD AND" / "TOBAGO"): the index of the
/// line the name starts on, and the country.
fn line_country(lines: &[Line], i: usize) -> Option<(usize, Country)> {
    let line = lines[i].clean;
    if !is_capitals(line) {
        return None;
    }
    if i > 0 && is_capitals(lines[i - 1].clean) {
        let joined = format!("{} {}", lines[i - 1].clean, line);
        if let Some(c) = places::country_by_name(&joined) {
            return Some((i - 1, c));
        }
    }
    name_country(line).map(|c| (i, c))
}

/// Words in capitals, at least three letters, short enough for a heading.
fn is_capitals(s: &str) -> bool {
    s.len() <= 80
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
}

/// Words of a state's formal name that are not its name ("ARGENTINE
/// REPUBLIC", "SWISS CONFEDERATION", "LIBYAN ARAB JAMAHIRIYA").
const STATE_FORMS: &[&str] = &[
    "REPUBLIC",
    "KINGDOM",
    "FEDERATION",
    "CONFEDERATION",
    "STATES",
    "STATE",
    "PRINCIPALITY",
    "SULTANATE",
    "EMIRATE",
    "DEMOCRATIC",
    "PEOPLE’S",
    "PEOPLE'S",
    "SOCIALIST",
    "FEDERAL",
    "ISLAMIC",
    "ARAB",
    "JAMAHIRIYA",
    "GREAT",
    "UNITED",
    "OF",
    "THE",
];

/// The country a chapter heading names: "MALI", "REPUBLIC OF MALI",
/// "CONGO (REPUBLIC OF)", "SERBIA (INCLUDING KOSOVO)", "ISRAEL AND THE
/// OCCUPIED PALESTINIAN TERRITORIES", "UNITED MEXICAN STATES".
fn name_country(heading: &str) -> Option<Country> {
    let heading = heading.trim();
    if let Some(c) = places::country_by_name(heading) {
        return Some(c);
    }
    let words: Vec<&str> = heading.split_whitespace().collect();
    // "AUSTRALIA AUSTRALIA": the short and the formal name run together.
    let half = words.len() / 2;
    if words.len() % 2 == 0 && half > 0 && words[..half] == words[half..] {
        return places::country_by_name(&words[..half].join(" "));
    }
    // "KOREA (REPUBLIC OF)" is "REPUBLIC OF KOREA"; "SERBIA (INCLUDING
    // KOSOVO)" is Serbia.
    if let Some((name, rest)) = heading.split_once('(') {
        let inside = rest.trim_end_matches(')').trim();
        let name = name.trim();
        if inside.ends_with(" OF") || inside.ends_with(" OF THE") {
            if let Some(c) = places::country_by_name(&format!("{inside} {name}")) {
                return Some(c);
            }
        }
        return name_country(name);
    }
    // "REPUBLIC OF SERBIA, INCLUDING KOSOVO": the name before the comma.
    if let Some((name, _)) = heading.split_once(',') {
        return name_country(name);
    }
    // "PEOPLE’S DEMOCRATIC REPUBLIC OF ALGERIA": the words after the last "OF".
    if let Some((_, name)) = heading.rsplit_once(" OF ") {
        if let Some(c) = places::country_by_name(name) {
            return Some(c);
        }
    }
    // "ISRAEL AND THE OCCUPIED PALESTINIAN TERRITORIES": the first named.
    if let Some((first, _)) = heading.split_once(" AND ") {
        if let Some(c) = places::country_by_name(first) {
            return Some(c);
        }
    }
    // "ARGENTINE REPUBLIC": the words that are not a state form.
    let core: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !STATE_FORMS.contains(w))
        .collect();
    if !core.is_empty() && core.len() < words.len() {
        if let Some(c) = places::country_by_name(&core.join(" ")) {
            return Some(c);
        }
    }
    // Two lines run together: "GUINEA PAPUA NEW GUINEA" (the end of a
    // broken name, then the whole), "LAOS L LAO PEOPLE’S DEMOCRATIC
    // REPUBLIC". The longest end that names a country, else the longest
    // beginning.
    (1..words.len())
        .map(|k| words[k..].join(" "))
        .chain((1..words.len()).rev().map(|k| words[..k].join(" ")))
        .find_map(|part| places::country_by_name(&part))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (title, iso3, first words of the chapter) of each chapter found.
    fn found(text: &str) -> Vec<(String, String, String)> {
        find(text)
            .into_iter()
            .map(|c| {
                let body: String = text[c.span.start..c.span.end].chars().take(12).collect();
                (c.title, c.country.map(|c| c.1).unwrap_or_default(), body)
            })
            .collect()
    }

    const THREE: &str = "\
WORLD HUMAN RIGHTS REVIEW 2030
This review covers the year 2029 in three countries.
Contents: KENYA, PERU, NORWAY
PART TWO: COUNTRY ENTRIES
KENYA
REPUBLIC OF KENYA
Head of state and government: A. Person
Police in Kisumu shot dead four traders in March.
PERU
REPUBLIC OF PERU
Head of state: B. Person
Head of government: C. Person
Soldiers detained nine farmers near Ayacucho in May.
NORWAY
Review 2030
\u{FFFC}\u{FFFC}NORWAY
KINGDOM OF NORWAY
Head of state: King D. Person
Asylum-seekers were held for months.
PART THREE: TREATIES
A list of treaties follows.
";

    #[test]
    fn three_chapters_with_their_countries_and_ends() {
        let chapters = find(THREE);
        let got: Vec<(String, String)> = chapters
            .iter()
            .map(|c| (c.title.clone(), c.country.clone().unwrap().1))
            .collect();
        assert_eq!(
            got,
            vec![
                ("KENYA / REPUBLIC OF KENYA".to_string(), "KEN".to_string()),
                ("PERU / REPUBLIC OF PERU".to_string(), "PER".to_string()),
                ("NORWAY / KINGDOM OF NORWAY".to_string(), "NOR".to_string()),
            ]
        );
        // Each chapter starts at its heading (past the stray symbols) and
        // ends where the next starts; the last ends at the part heading.
        assert!(THREE[chapters[0].span.start..].starts_with("KENYA\nREPUBLIC"));
        assert_eq!(chapters[0].span.end, chapters[1].span.start);
        assert!(THREE[chapters[2].span.start..].starts_with("NORWAY\n"));
        assert!(THREE[chapters[2].span.end..].starts_with("PART THREE"));
        // A running head between them belongs to the chapter it falls in.
        // A running head or a stray name in capitals with no box under it
        // belongs to the chapter it falls in.
        let peru = &THREE[chapters[1].span.start..chapters[1].span.end];
        assert!(peru.contains("NORWAY\nReview 2030"));
    }

    #[test]
    fn names_in_capitals_without_a_fact_box_start_nothing() {
        // A contents list, a running head and a list of countries in
        // capitals: no box below them, so no chapter.
        let text = "\
CONTENTS
KENYA
PERU
NORWAY
Visits were made to the following countries:
GHANA
TOGO
The regional overview follows.
";
        assert!(find(text).is_empty());
        // Only a heading right above a box counts: the list's capitals stay
        // out of the chapter that follows them.
        let text = format!("LIST OF VISITS\nGHANA\nTOGO\nmany paragraphs of text.\nmore text.\nmore text.\nmore text.\nmore text.\nmore text.\nmore text.\nmore text.\n{THREE}");
        let got = found(&text);
        let iso: Vec<&str> = got.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(iso, vec!["KEN", "PER", "NOR"]);
        assert!(got[0].2.starts_with("KENYA\n"));
    }

    #[test]
    fn one_chapter_is_not_a_multi_country_report() {
        let text =
            "MALI 2030\nREPUBLIC OF MALI\nHead of state: E. Person\nSoldiers detained a mayor.\n";
        assert!(find(text).is_empty());
    }

    #[test]
    fn head_of_state_in_running_text_is_not_a_box() {
        let text = "\
KENYA
REPUBLIC OF KENYA
Head of state: A. Person
The Head of state pardoned 40 prisoners.
PERU
He met the Head of state of Peru in May.
NORWAY
KINGDOM OF NORWAY
Head of state: King D. Person
";
        let got: Vec<String> = found(text).into_iter().map(|c| c.1).collect();
        assert_eq!(got, vec!["KEN", "NOR"]);
    }

    #[test]
    fn heading_shapes_from_pdf_text() {
        // A name broken over two lines, a formal name with the short name
        // in brackets, a heading with a stray line between it and its
        // formal name, and a box with a formal name only.
        let text = "\
TRINIDAD AND
TOBAGO
REPUBLIC OF TRINIDAD AND TOBAGO
Head of state: F. Person
Police shot two men in Port of Spain.
CONGO (REPUBLIC OF)
Head of state: G. Person
Soldiers beat a journalist in Brazzaville.
INDONESIA
a stray line from the column before.
REPUBLIC OF INDONESIA
Head of state and government: H. Person
SWISS CONFEDERATION
Head of state and government: I. Person
ISRAEL AND THE OCCUPIED PALESTINIAN TERRITORIES
STATE OF ISRAEL
Head of state: J. Person
SERBIA
REPUBLIC OF SERBIA, INCLUDING KOSOVO
Head of state: M. Person
AUSTRALIA AUSTRALIA
Head of state: N. Person
";
        let got: Vec<(String, String, String)> = found(text);
        let iso: Vec<&str> = got.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(iso, vec!["TTO", "COG", "IDN", "CHE", "ISR", "SRB", "AUS"]);
        assert_eq!(got[0].2, "TRINIDAD AND");
        assert_eq!(got[2].2, "INDONESIA\na ");
    }

    #[test]
    fn a_box_without_a_heading_takes_the_country_its_text_names() {
        let text = "\
KENYA
REPUBLIC OF KENYA
Head of state: A. Person
Head of government: L. Person
Police in Kenya shot dead four traders in Kisumu.
Courts in Kenya freed them.
Police in Kenya shot dead four traders in Kisumu.
Courts in Kenya freed them.
Police in Kenya shot dead four traders in Kisumu.
Courts in Kenya freed them.
Police in Kenya shot dead four traders in Kisumu.
Courts in Kenya freed them.
Head of state and government: K. Person
Death penalty: abolitionist
In Ghana, police arrested journalists in Accra. Ghana's courts freed them.
";
        let got: Vec<(String, String, String)> = found(text);
        let iso: Vec<&str> = got.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(iso, vec!["KEN", "GHA"]);
        assert_eq!(got[1].0, "");
    }

    #[test]
    fn a_box_pushed_down_by_a_column_stays_with_its_heading() {
        // The name and the formal name start the chapter; the box a column
        // of text pushed down is the same chapter's, not a new one.
        let mut text = String::from("KENYA\nREPUBLIC OF KENYA\nHead of state: A. Person\n");
        text.push_str("CYPRUS\nREPUBLIC OF CYPRUS\n");
        for _ in 0..12 {
            text.push_str("Police in Nicosia held migrants for months.\n");
        }
        text.push_str("Head of state and government: O. Person\nDeath penalty: abolitionist\n");
        let got = found(&text);
        let iso: Vec<&str> = got.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(iso, vec!["KEN", "CYP"]);
        assert_eq!(got[1].0, "CYPRUS / REPUBLIC OF CYPRUS");
        // A plain name above a plain name is not a heading: "UNITED
        // KINGDOM" is a name, not a formal one.
        let text = "KENYA\nREPUBLIC OF KENYA\nHead of state: A. Person\nUK\nUNITED KINGDOM\nThe text goes on.\n";
        assert!(find(text).is_empty());
    }

    #[test]
    fn part_heading_shapes() {
        assert!(is_part_heading("PART THREE: SELECTED TREATIES"));
        assert!(is_part_heading("pArt two: couNtry eNtrIes"));
        assert!(is_part_heading("Part 2"));
        assert!(!is_part_heading("Part of the army mutinied"));
        assert!(!is_part_heading("PARTS OF THE COUNTRY"));
    }
}
