//! A coder's note that splits one toll between several events.
//!
//! Event datasets code one incident that struck several places as several
//! events and say in the notes how the dead were shared out: "fatalities
//! split between three events, coded as Kanta (4) and Lero (2)", "Fatalities
//! are split across 2 events (7)", "[1 fatality split among 12 events]".
//! The toll the sentence states is the whole incident's; the note gives this
//! event's share, so the note decides. A note that names the shares by place
//! gives each event the share of its own place; a note with one share for
//! every event ("5 coded to each", "split across 3 events (4)") gives that
//! share; a total split with no share stated gives each event the whole
//! number of the even split (one death among twelve events is 0 for each:
//! the dataset codes the death in one of them, and which one the note does
//! not say).

use std::sync::OnceLock;

use regex::Regex;

use crate::assemble::Event;
use crate::document::Document;
use crate::extract::counts::{CountKind, CountMention, CountRole};
use crate::extract::places::PlaceMention;
use crate::extract::Span;

/// One note: where its sentence lies and what it shares out.
#[derive(Debug, PartialEq)]
struct Note {
    block: usize,
    share: Share,
}

#[derive(Debug, PartialEq)]
enum Share {
    /// Each place's share, in the note's order: (folded name, share, span of
    /// the share's number).
    ByPlace(Vec<(String, u32, Span)>),
    /// The same share for every event.
    Each(u32, Span),
    /// The event's own toll over this many events, the number's span, and
    /// whether the toll must be a coder's figure (see [`divides_toll`]).
    Divide(u32, Span, bool),
}

fn note_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\bfatalit(?:y|ies)\b[^.\]]{0,60}?\b(?:split|spread)\s+(?:evenly\s+|equally\s+)?(?:between|among|across|over)\b",
        )
        .unwrap()
    })
}

/// Whether `hay` holds `needle` (ASCII, lower case) in any ASCII case: its
/// first letter in either case is found with `memchr2`, the rest compared
/// in place.
fn holds_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let first = needle[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|at| {
        hay.get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// "Kanta (4)", "(28) fatalities for Kanta", "(27) for Lero", "4 in Kanta".
fn place_share_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?x)
            (?P<a>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})\s\((?P<an>\d{1,5})\)
            | \((?P<bn>\d{1,5})\)\s(?:fatalities\s)?(?:for|in|to)\s(?P<b>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})
            ",
        )
        .unwrap()
    })
}

/// "5 coded to each", "(7)" after "events", "with 3 each".
fn each_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
            \bevents?\s*\((?P<a>\d{1,5})\)
            | \b(?P<b>\d{1,5})\s(?:fatalit(?:y|ies)\s)?(?:coded\s)?(?:to|for|in|per)\s(?:each|every)\b
            | \b(?P<c>\d{1,5})\s(?:fatalit(?:y|ies)\s)?each\b
            ",
        )
        .unwrap()
    })
}

/// "1 fatality split among 12 events", "coded as 10 and split between 2".
fn total_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
            \b(?P<total>\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s
            (?:fatalit(?:y|ies)|deaths?)\s(?:were\s|was\s|are\s|is\s)?(?:coded\s(?:and\s)?)?split\s
            (?:evenly\s|equally\s)?(?:between|among|across|over)\s(?:the\s)?
            (?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?:\w+\s)?events?\b
            ",
        )
        .unwrap()
    })
}

/// "spread across the two events", "spread over four villages", "split
/// between four events": how many parts, with no share stated.
fn parts_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
            \b(?P<verb>split|spread)\s(?:evenly\s|equally\s)?(?:between|among|across|over)\s(?:the\s)?
            (?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s
            (?:events|villages|locations|places)\b
            ",
        )
        .unwrap()
    })
}

/// A toll the coder set ("Unknown fatalities coded as 10"), which a split
/// with no share shares out evenly.
fn coded_toll_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)\bcoded\s+(?:as|at)\s+\d").unwrap())
}

fn small_number(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let w = w.to_ascii_lowercase();
    words.iter().position(|x| *x == w).map(|i| i as u32)
}

/// The notes of a document, each read from the sentence that holds it (a
/// bracketed note is part of its sentence).
fn notes(doc: &Document) -> Vec<Note> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let text = doc.slice(s.span);
        // Every match opens with "fatalit" in some ASCII case (no "s" or
        // "k", which Unicode case folding also matches as "ſ" and the
        // Kelvin sign): a sentence without it needs no search. (A document
        // with "split" or "spread" somewhere, as every annual report has,
        // searched each of its sentences.)
        if !holds_ignore_ascii_case(text.as_bytes(), b"fatalit") {
            continue;
        }
        let Some(m) = note_regex().find(text) else {
            continue;
        };
        let abs = |a: usize, b: usize| Span {
            start: s.span.start + a,
            end: s.span.start + b,
        };
        // The note runs from "fatalities" to the end of its sentence (or of
        // its bracket).
        let rest_end = text[m.start()..]
            .find(']')
            .map_or(text.len(), |i| m.start() + i);
        let note = &text[m.start()..rest_end];
        let places: Vec<(String, u32, Span)> = place_share_regex()
            .captures_iter(note)
            .filter_map(|c| {
                let (name, n) = match (c.name("a"), c.name("an"), c.name("b"), c.name("bn")) {
                    (Some(a), Some(n), _, _) | (_, _, Some(a), Some(n)) => (a, n),
                    _ => return None,
                };
                let share = n.as_str().parse().ok()?;
                let start = m.start() + n.start();
                Some((
                    crate::eval::fold(name.as_str()),
                    share,
                    abs(start, start + n.len()),
                ))
            })
            .collect();
        let share = if places.len() >= 2 {
            Share::ByPlace(places)
        } else if let Some(c) = each_regex().captures(note) {
            let n = c.name("a").or(c.name("b")).or(c.name("c")).unwrap();
            let start = m.start() + n.start();
            Share::Each(n.as_str().parse().unwrap_or(0), abs(start, start + n.len()))
        } else if let Some(c) = total_regex().captures(text) {
            let (Some(total), Some(parts)) = (
                small_number(&c["total"]),
                small_number(&c["n"]).filter(|n| *n >= 2),
            ) else {
                continue;
            };
            let t = c.name("total").unwrap();
            Share::Each(total / parts, abs(t.start(), t.end()))
        } else if let Some(c) = parts_regex().captures(note) {
            let Some(parts) = small_number(&c["n"]).filter(|n| *n >= 2) else {
                continue;
            };
            let n = c.name("n").unwrap();
            let start = m.start() + n.start();
            Share::Divide(
                parts,
                abs(start, start + n.len()),
                c["verb"].eq_ignore_ascii_case("split"),
            )
        } else {
            continue;
        };
        out.push(Note {
            block: s.block,
            share,
        });
    }
    out
}

/// Give each event of a paragraph with a split note its share of the dead.
pub(crate) fn apply(doc: &Document, events: &mut Vec<Event>, places: &[PlaceMention]) {
    // Cheap test first: nearly every document has no such note.
    if !doc.text.contains("plit") && !doc.text.contains("pread") {
        return;
    }
    let notes = notes(doc);
    if notes.is_empty() {
        return;
    }
    // Sentences are in text order: the one an event starts in is found by
    // halving, not by a scan per event of a long document.
    let block_of = |at: usize| {
        let i = doc.sentences.partition_point(|s| s.span.start <= at);
        let s = doc.sentences.get(i.checked_sub(1)?)?;
        (at < s.span.end.max(s.span.start + 1)).then_some(s.block)
    };
    merge_into_lead(doc, events, places, &notes, block_of);
    for e in events.iter_mut() {
        if e.fatalities.is_none() {
            continue;
        }
        let Some(block) = block_of(e.span.start) else {
            continue;
        };
        let Some(note) = notes.iter().find(|n| n.block == block) else {
            continue;
        };
        let (share, span) = match &note.share {
            Share::Each(n, span) => (*n, *span),
            Share::ByPlace(places) => {
                let Some(place) = e.place.as_ref() else {
                    continue;
                };
                let here = crate::eval::fold(&place.name);
                match places.iter().find(|(name, _, _)| *name == here) {
                    Some((_, n, span)) => (*n, *span),
                    None => continue,
                }
            }
            Share::Divide(parts, span, needs_coded) => {
                if *needs_coded && !coded_toll_regex().is_match(doc.slice(doc.blocks[block].span)) {
                    continue;
                }
                let toll = e.fatalities.and_then(|f| f.best).unwrap_or(0);
                (toll / parts, *span)
            }
        };
        give_share(doc, e, share, span);
    }
}

/// The event's dead are its share, quoted from the note's number.
fn give_share(doc: &Document, e: &mut Event, share: u32, span: Span) {
    let mut mention = CountMention {
        span,
        trigger: span,
        kind: CountKind::Killed,
        low: Some(share),
        best: Some(share),
        high: Some(share),
        victim_group: String::new(),
        quantity_text: doc.text[span.start..span.end].to_string(),
        role: CountRole::Additive,
    };
    if let Some(first) = e.counts.iter().find(|c| c.kind == CountKind::Killed) {
        mention.victim_group = first.victim_group.clone();
    }
    e.counts.retain(|c| c.kind != CountKind::Killed);
    e.counts.push(mention);
    e.counts.sort_by_key(|c| c.span.start);
    e.recount();
}

/// "Fulani gunmen attacked the village of Kanta. Seven people were killed
/// (fatalities split between three events in Lero (4), Sumo (2), Kanta
/// (1))": the toll's sentence takes its place from the note, which lists
/// every event of the incident; the paragraph's lead told which of them
/// this is. The lead's event, with no dead of its own, takes the toll's
/// counts, and the toll's event goes.
fn merge_into_lead(
    doc: &Document,
    events: &mut Vec<Event>,
    places: &[PlaceMention],
    notes: &[Note],
    block_of: impl Fn(usize) -> Option<usize>,
) {
    let mut i = 0;
    while i < events.len() {
        let merged = (|| {
            let e = &events[i];
            e.fatalities?;
            let block = block_of(e.span.start)?;
            let Share::ByPlace(shares) = &notes.iter().find(|n| n.block == block)?.share else {
                return None;
            };
            let listed = |name: &str| shares.iter().any(|(n, _, _)| n == name);
            let here = crate::eval::fold(&e.place.as_ref()?.name);
            if !listed(&here) {
                return None;
            }
            let lead = (0..i).find(|&j| {
                let l = &events[j];
                l.fatalities.is_none() && l.place.is_some() && block_of(l.span.start) == Some(block)
            })?;
            let l = &events[lead];
            // The note's name for the lead's place: the place itself, or
            // the village the lead names before the coder's place ("the
            // village of Sumo (coded as Dara at geoprecision 2)").
            let named = std::iter::once(l.place.as_ref()?.name.as_str())
                .chain(
                    places
                        .iter()
                        .filter(|p| p.span.start >= l.span.start && p.span.end <= l.span.end)
                        .map(|p| p.name.as_str()),
                )
                .map(crate::eval::fold)
                .find(|n| listed(n))?;
            if named == here {
                return None;
            }
            let (_, share, span) = shares.iter().find(|(n, _, _)| *n == named)?;
            Some((lead, *share, *span))
        })();
        let Some((lead, share, span)) = merged else {
            i += 1;
            continue;
        };
        let e = events.remove(i);
        let l = &mut events[lead];
        l.counts.extend(e.counts);
        l.counts.sort_by_key(|c| c.span.start);
        if l.actor1.is_none() {
            l.actor1 = e.actor1;
        }
        if l.actor2.is_none() {
            l.actor2 = e.actor2;
        }
        give_share(doc, l, share, span);
    }
}

/// "Unknown fatalities coded as 5", "unknown fatalities among the gunmen
/// coded at low estimate of 2": the coder's figure for the
/// dead nobody counted.
fn unknown_coded_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
            \b(?:unknown|unspecified)\s(?:number\sof\s)?fatalities\b[^.;()\[\]]{0,60}?
            \bcoded\s(?:as|at)\s(?:(?:a|the)\s)?(?:low\sestimate\sof\s)?(?P<n>\d{1,4})\b
            ",
        )
        .unwrap()
    })
}

/// "An unknown number of rebels and two policemen were killed", "killing
/// an unspecified number of": some of the dead went uncounted.
fn uncounted_dead_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
            \b(?:unknown|unspecified|undetermined)\snumber\sof\b[^.;]{0,80}?\b(?:killed|dead)\b
            | \bkill(?:ed|ing)\san?\s(?:unknown|unspecified|undetermined)\snumber\b
            ",
        )
        .unwrap()
    })
}

/// "He spoke of many casualties (coded as 10)": the coder's figure for a
/// toll the words leave vague.
fn bracketed_coded_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:casualties|fatalities|deaths|dead|killed)\b[^.;()]{0,60}?\(\s*coded\s+as\s+(?P<n>\d{1,4})\s*\)",
        )
        .unwrap()
    })
}

/// A coder's figure for uncounted dead. "An unknown number of rebels and
/// two policemen were killed, unknown fatalities coded as 6" is 8: the
/// figure stands for the uncounted part and adds to the dead the text
/// counts exactly; vague counts ("several were killed") are what it
/// replaces. "Many casualties (coded as 10)" gives a sentence with no
/// count of dead the figure.
pub(crate) fn apply_coded_figures(doc: &Document, events: &mut [Event]) {
    if !doc.text.contains("coded a") {
        return;
    }
    for s in &doc.sentences {
        let text = doc.slice(s.span);
        let (m, part) = if let Some(c) = unknown_coded_regex().captures(text) {
            (c.name("n").unwrap(), true)
        } else if let Some(c) = bracketed_coded_regex().captures(text) {
            (c.name("n").unwrap(), false)
        } else {
            continue;
        };
        let Ok(figure) = m.as_str().parse::<u32>() else {
            continue;
        };
        let at = Span {
            start: s.span.start + m.start(),
            end: s.span.start + m.end(),
        };
        let block = doc.blocks[s.block].span;
        let killed = |c: &&CountMention| c.kind == CountKind::Killed;
        let before: Vec<usize> = (0..events.len())
            .filter(|&i| events[i].span.start >= block.start && events[i].span.start <= at.start)
            .collect();
        // The sentence's own event, else the paragraph's last one before it.
        let Some(&last) = before.last() else {
            continue;
        };
        let target = if part {
            if !uncounted_dead_regex().is_match(&doc.text[block.start..at.start]) {
                continue;
            }
            last
        } else {
            let own = &events[last];
            if own.counts.iter().any(|c| killed(&c)) {
                continue;
            }
            // "Clashes broke out near Kanta. He spoke of many casualties
            // (coded as 10)": a sentence with no perpetrator of its own
            // tells the dead of the incident the paragraph told before.
            if own.actor1.is_some() {
                last
            } else {
                before
                    .iter()
                    .rev()
                    .copied()
                    .find(|&i| {
                        events[i].actor1.is_some() && !events[i].counts.iter().any(|c| killed(&c))
                    })
                    .unwrap_or(last)
            }
        };
        let e = &mut events[target];
        // Exact counts told before the figure stay; the rest of the dead
        // (vague counts, the figure read as a revision) give way to it.
        e.counts.retain(|c| {
            c.kind != CountKind::Killed
                || (part
                    && c.span.end <= at.start
                    && c.role == CountRole::Additive
                    && c.high.is_some()
                    && c.low == c.best
                    && c.best == c.high)
        });
        let group = e.counts.iter().find(killed).map(|c| c.victim_group.clone());
        e.counts.push(CountMention {
            span: at,
            trigger: at,
            kind: CountKind::Killed,
            low: Some(figure),
            best: Some(figure),
            high: None,
            victim_group: group.unwrap_or_default(),
            quantity_text: m.as_str().to_string(),
            role: CountRole::Additive,
        });
        e.counts.sort_by_key(|c| c.span.start);
        e.recount();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Meta;

    #[test]
    fn note_word_test_ignores_ascii_case_only() {
        assert!(holds_ignore_ascii_case(
            b"Unknown FATALITIES split",
            b"fatalit"
        ));
        assert!(holds_ignore_ascii_case(b"fatalit", b"fatalit"));
        assert!(!holds_ignore_ascii_case(b"a fatal it", b"fatalit"));
        assert!(!holds_ignore_ascii_case(b"the fatali", b"fatalit"));
    }

    fn shares(text: &str) -> Vec<Share> {
        let doc = Document::from_text("t", text.to_string(), Meta::default());
        notes(&doc).into_iter().map(|n| n.share).collect()
    }

    fn each(text: &str) -> Option<u32> {
        match shares(text).pop()? {
            Share::Each(n, _) => Some(n),
            Share::ByPlace(_) | Share::Divide(..) => None,
        }
    }

    #[test]
    fn shares_by_place() {
        let s = shares(
            "Six herders were killed in two raids on Kanta and Lero, \
             fatalities split between both events, with Kanta (4) and Lero (2).",
        );
        let [Share::ByPlace(p)] = s.as_slice() else {
            panic!("{s:?}")
        };
        let got: Vec<(&str, u32)> = p.iter().map(|(n, s, _)| (n.as_str(), *s)).collect();
        assert_eq!(got, vec![("kanta", 4), ("lero", 2)]);
        let s = shares(
            "Fatalities split between (2) events with (30) fatalities for Dara and (12) for Sumo.",
        );
        let [Share::ByPlace(p)] = s.as_slice() else {
            panic!("{s:?}")
        };
        let got: Vec<(&str, u32)> = p.iter().map(|(n, s, _)| (n.as_str(), *s)).collect();
        assert_eq!(got, vec![("dara", 30), ("sumo", 12)]);
    }

    #[test]
    fn one_share_for_each() {
        assert_eq!(each("Fatalities are split across 3 events (6)."), Some(6));
        assert_eq!(
            each("Unknown fatalities coded as 8 and split between the two events with 4 coded to each."),
            Some(4)
        );
        assert_eq!(
            each("A policeman was killed at an unknown place [1 fatality split among 9 events]."),
            Some(0)
        );
        assert_eq!(each("Twelve fatalities split among four events."), Some(3));
        assert_eq!(each("12 fatalities split among four events."), Some(3));
    }

    #[test]
    fn not_a_note() {
        assert!(shares("The assailants split into five teams and killed 9 people.").is_empty());
        assert!(shares("The party split between two factions after the deaths.").is_empty());
    }

    fn fatalities(text: &str) -> Vec<(String, Option<u32>)> {
        let doc = Document::from_text("t.txt", text.to_string(), Meta::default());
        crate::assemble::assemble(&doc)
            .events
            .iter()
            .map(|e| {
                let place = e.place.as_ref().map(|p| p.name.clone()).unwrap_or_default();
                (place, e.fatalities.and_then(|f| f.best))
            })
            .collect()
    }

    #[test]
    fn the_event_takes_its_share() {
        // The note's total is the incident's; the event in Lero keeps Lero's share.
        let got = fatalities(
            "On 3 May 2020, gunmen attacked the village of Lero. Nine herders were killed \
             in raids on Kanta and Lero (fatalities split between two events: Kanta (6), Lero (3)).",
        );
        assert_eq!(got, vec![("Lero".to_string(), Some(3))]);
        let got = fatalities(
            "On 3 May 2020, rebels shelled army positions near Kanta. One soldier was killed \
             at a place not named [1 fatality split among 7 events].",
        );
        assert_eq!(got, vec![("Kanta".to_string(), Some(0))]);
        // The lead names which of the note's places this event is.
        let got = fatalities(
            "On 3 May 2020, gunmen attacked the village of Tamou. Nine herders were killed \
             (fatalities split between three events in Kalo (5), Sira (3), Tamou (1)).",
        );
        assert_eq!(got, vec![("Tamou".to_string(), Some(1))]);
        // A note spreading the toll with no share stated divides it.
        let got = fatalities(
            "On 3 May 2020, gunmen attacked the village of Tamou and two hamlets near it, \
             killing 12 herders. Fatalities spread over three villages.",
        );
        assert_eq!(got, vec![("Tamou".to_string(), Some(4))]);
        let got = fatalities(
            "On 3 May 2020, airstrikes hit a militant camp near Kalo, killing an unknown \
             number of fighters. Unknown fatalities coded as 6. Fatalities split between \
             two events.",
        );
        assert_eq!(got, vec![("Kalo".to_string(), Some(3))]);
        // A split with the text's own toll for this place keeps that toll.
        let got = fatalities(
            "On 3 May 2020, airstrikes hit militant camps. Eight militants were killed in \
             the strike near Kalo. Fatalities split between two events.",
        );
        assert_eq!(got.last(), Some(&("Kalo".to_string(), Some(8))));
        // A coder's figure for uncounted dead adds to the exact count ...
        let got = fatalities(
            "On 3 May 2020, soldiers raided a camp near Kalo; an unknown number of \
             rebels and two policemen were killed, unknown fatalities coded as 6.",
        );
        assert_eq!(got, vec![("Kalo".to_string(), Some(8))]);
        let got = fatalities(
            "On 3 May 2020, militants ambushed a patrol near Kalo, one soldier was killed, \
             an unspecified number of gunmen were also killed. Unknown fatalities among \
             the gunmen coded at low estimate of 2.",
        );
        assert_eq!(got, vec![("Kalo".to_string(), Some(3))]);
        // ... and replaces a vague one.
        let got = fatalities(
            "On 3 May 2020, militants ambushed a patrol near Kalo, several policemen were \
             killed and an unknown number of rebels. Unknown fatalities coded as 7.",
        );
        assert_eq!(got, vec![("Kalo".to_string(), Some(7))]);
        // A bracketed figure after vague casualties gives the incident its dead.
        let got = fatalities(
            "On 3 May 2020, herders and farmers clashed near Kalo. The mayor spoke of many \
             casualties (coded as 10).",
        );
        assert_eq!(got.first(), Some(&("Kalo".to_string(), Some(10))));
        // Without a note the sentence's toll stands.
        let got = fatalities(
            "On 3 May 2020, rebels shelled army positions near Kanta. One soldier was killed.",
        );
        assert_eq!(got, vec![("Kanta".to_string(), Some(1))]);
    }
}
