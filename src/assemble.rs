//! Assembly: mentions -> events.
//!
//! Each sentence's acts are grouped into events (acts of one kind of violence
//! in one sentence tell one event: "killed 22 people ... in an airstrike").
//! Every event takes the dates, counts, places and actors of its part of the
//! sentence; what it lacks it inherits from the rest of the sentence, then
//! its paragraph, then its section. Its ACLED type follows from its acts and
//! actors.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use serde::Serialize;

use crate::document::Document;
use crate::extract::actors::{self, ActorContext, ActorMention, ActorType};
use crate::extract::acts::{self, ActKind, ActMention};
use crate::extract::counts::{self, CountKind, CountMention, CountRole};
use crate::extract::dates::{
    self, DateContext, DateMention, DatePrecision, Reference, ReferenceKind,
};
use crate::extract::places::{self, PlaceContext, PlaceKind, PlaceMention};
use crate::extract::{LeanRegex, RegexMatch, Span, WordRegex};

/// `fn $name(text: &str) -> bool`: whether `text` holds a word of the
/// list `$pattern`, a [`WordRegex`] built on first use. The word lists of
/// assembly ("repelled", "from the air", ...) are all of this shape.
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $pattern:expr) => {
        $(#[$doc])*
        fn $name(text: &str) -> bool {
            static RE: OnceLock<WordRegex> = OnceLock::new();
            RE.get_or_init(|| WordRegex::new($pattern)).is_match(text)
        }
    };
}

/// An event's date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventDate {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub precision: DatePrecision,
    /// The words it was read from.
    pub text: String,
    /// How it was found when not in the event's own words: "inherited from
    /// the paragraph", "year unknown".
    pub note: String,
    pub span: Option<Span>,
}

/// An actor in a role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    pub name: String,
    pub actor_type: ActorType,
    pub span: Option<Span>,
}

/// A low/best/high estimate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Estimate {
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
}

/// One event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub event_id: String,
    pub doc_id: String,
    pub date: Option<EventDate>,
    pub event_type: &'static str,
    pub sub_event_type: &'static str,
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub place: Option<PlaceMention>,
    /// The country (name, ISO alpha-3) from the place, else the document.
    pub country: Option<(String, String)>,
    pub fatalities: Option<Estimate>,
    pub injured: Option<u32>,
    pub arrested: Option<u32>,
    pub disappeared: Option<u32>,
    pub tortured: Option<u32>,
    pub displaced: Option<u32>,
    pub counts: Vec<CountMention>,
    pub acts: Vec<ActKind>,
    pub section: String,
    pub quote: String,
    /// The sentence's span in the document text.
    pub span: Span,
    /// No actor, count or place of its own: dropped unless a later sentence
    /// of the same incident adds one.
    #[serde(skip)]
    pub vague: bool,
}

impl Event {
    /// The per-kind totals from the event's counts.
    pub(crate) fn recount(&mut self) {
        let sum = |kind: CountKind| total(&self.counts, kind);
        let best = |kind: CountKind| sum(kind).and_then(|e| e.best);
        self.fatalities = sum(CountKind::Killed);
        self.injured = best(CountKind::Injured);
        self.arrested = best(CountKind::Arrested);
        self.disappeared = best(CountKind::Disappeared);
        self.tortured = best(CountKind::Tortured);
        self.displaced = best(CountKind::Displaced);
    }
}

/// Everything a sentence yields, before it becomes events.
struct SentenceMentions {
    dates: Vec<DateMention>,
    counts: Vec<CountMention>,
    places: Vec<PlaceMention>,
    actors: Vec<ActorMention>,
    acts: Vec<ActMention>,
}

/// What earlier sentences leave for later ones.
#[derive(Default)]
struct Carry {
    block: usize,
    section: usize,
    block_date: Option<EventDate>,
    section_date: Option<EventDate>,
    block_place: Option<PlaceMention>,
    block_perpetrator: Option<Actor>,
    /// The sentence `block_perpetrator` was told in.
    perpetrator_sentence: usize,
    /// Sentences of the paragraph, since `block_perpetrator` was last
    /// settled, whose actors were not read: a sentence with neither an act
    /// nor a count makes no event, so its actors matter only if a later
    /// event of the paragraph needs a perpetrator carried over. They are
    /// read only then (`settle_perpetrator`), or dropped unread when a
    /// later sentence names a perpetrator of its own.
    unread_actors: Vec<usize>,
    /// The last region named in the section ("Military operations in the
    /// Mopti region ..."), for villages the gazetteer lacks.
    section_region: Option<PlaceMention>,
    /// The block of the last event, for telling one incident over several
    /// sentences.
    last_event_block: Option<usize>,
    /// A protest was told earlier in the paragraph: violence with no armed
    /// actor named is the protest turning violent.
    block_protest: bool,
    /// The last sentence that told a protest.
    protest_sentence: usize,
    /// A sentence of the paragraph that was a date alone ("12/22/2008."):
    /// the item's dateline, against which the paragraph's weekdays and
    /// relative dates ("On Monday") are read, as under a section's dateline.
    block_dateline: Option<NaiveDate>,
    /// The last dated thing, for "the following day", "later that month".
    previous: Option<(NaiveDate, NaiveDate)>,
    /// The country chapter of a multi-country report: places, actors and
    /// events do not carry over from one chapter into the next.
    chapter: Option<usize>,
    /// The last sentence that told a natural hazard's toll
    /// (`natural_hazard_tolls`): the agentless harm of the next two
    /// sentences of its paragraph ("the injured and orphaned children")
    /// is the same disaster's.
    hazard_sentence: Option<usize>,
}

/// All mentions of a document, kept for the long tables.
#[derive(Default)]
pub struct Assembled {
    pub events: Vec<Event>,
    pub places: Vec<PlaceMention>,
}

/// Turn a document into events.
pub fn assemble(doc: &Document) -> Assembled {
    let contexts = Contexts::new(doc);
    let mut out = Assembled::default();
    let mut carry = Carry {
        block: usize::MAX,
        section: usize::MAX,
        ..Carry::default()
    };
    // The first date of each paragraph, for a sentence that is dated only by
    // what follows it ("Two civil servants were disappeared ... X was
    // arrested on 6 September"). Read only for the paragraphs that need it,
    // not in a second date pass over the whole document.
    let mut later_block_date = LaterDates::new(doc);

    // A news brief that names no act of violence, coercion or protest but a
    // date and an actor ("a new armed group was announced", "a column of
    // military vehicles entered the territory") is one event all the same:
    // the first such sentence, kept in case the document yields no other.
    let mut brief: Option<Brief> = None;
    // Without any actor, the brief's first dated sentence still tells what
    // happened and when ("On 6 May, observers counted 40 explosions near
    // X"): a short report is written about one thing.
    let mut dated_brief: Option<Brief> = None;
    // Without a date either ("Rioters tore up billboards in X", as undated
    // notes are written), a short item still happened where its first
    // sentence that names a place below the country says.
    let mut placed_brief: Option<Brief> = None;
    // The document's habit for 03/01/2021, from its unambiguous dates.
    let day_first = dates::infer_day_first(&doc.text);
    // A short item (see `brief` below) reads every sentence's actors.
    let short = doc.sentences.len() <= 10;
    // A short item's first vague event, kept if the item has no other.
    let mut first_vague: Option<Event> = None;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let chapter = doc.chapter_at(sentence.span.start);
        let new_chapter = chapter != carry.chapter;
        if new_chapter {
            carry.chapter = chapter;
            carry.last_event_block = None;
        }
        if new_chapter || sentence.block != carry.block {
            carry.block = sentence.block;
            carry.block_date = None;
            carry.block_place = None;
            carry.block_dateline = None;
            carry.block_perpetrator = None;
            carry.unread_actors.clear();
            carry.block_protest = false;
        }
        if new_chapter || sentence.section != carry.section {
            carry.section = sentence.section;
            carry.section_date = None;
            carry.section_region = None;
        }
        let text = doc.slice(sentence.span);
        let base = sentence.span.start;
        if is_page_index(text) {
            continue;
        }
        let (actor_ctx, place_ctx) = contexts.at(doc, base);
        let date_ctx = DateContext {
            reference: match carry.block_dateline {
                Some(date) => Some(Reference {
                    date,
                    kind: ReferenceKind::Published,
                }),
                None => sentence_reference(doc, sentence.section),
            },
            previous: carry.previous,
            day_first,
        };
        let acts = acts::extract(text, base);
        let counts = effective_roles(counts::extract(text, base), text, base);
        let counts = included_incident_tolls(counts, text, base);
        let counts = toll_feared_to_rise(counts, text, base);
        // "if one more of them is killed": no one harmed.
        let conditional = conditional_harm(text, base, &acts);
        let (acts, counts) = if conditional.is_empty() {
            (acts, counts)
        } else {
            (
                acts.into_iter()
                    .filter(|a| !conditional.contains(&a.span))
                    .collect(),
                counts
                    .into_iter()
                    .filter(|c| !conditional.iter().any(|s| c.trigger.overlaps(*s)))
                    .collect(),
            )
        };
        let block_start = doc.blocks[sentence.block].span.start;
        // "Four men were wounded. One of them died": the wounded who died.
        let counts = wounded_who_died(counts, text, base, |best| {
            out.events
                .iter()
                .rev()
                .find(|e| e.span.start >= block_start)
                .is_some_and(|e| {
                    !e.counts.iter().any(|c| c.kind == CountKind::Killed)
                        && e.counts
                            .iter()
                            .any(|c| c.kind == CountKind::Injured && c.best >= Some(best))
                })
        });
        // A rival figure ("Other sources said 30 were killed") for a toll
        // the paragraph has already given.
        let counts = drop_rival_figures(counts, text, base, |kind| {
            out.events
                .iter()
                .any(|e| e.span.start >= block_start && e.counts.iter().any(|c| c.kind == kind))
        });
        // Actors are the costliest stage: read only where something can
        // use them (an event, a claim, a short item's brief); elsewhere the
        // sentence waits in `unread_actors` for a later event of the
        // paragraph that needs its perpetrator.
        let makes_events = !acts.is_empty() || !counts.is_empty();
        // The sentence ASCII-lower-cased, made on first use: the cue words
        // of claims and planting, and the background rules' words, are
        // looked for in it before their regexes ([`Needle`]).
        let lower_made = std::cell::OnceCell::new();
        let lower = || {
            lower_made
                .get_or_init(|| text.to_ascii_lowercase())
                .as_str()
        };
        let actors = if makes_events || short || claim_cue(text, lower()) {
            attributed_groups(text, base, actors::extract(text, base, actor_ctx))
        } else {
            carry.unread_actors.push(si);
            Vec::new()
        };
        let m = SentenceMentions {
            dates: dates::extract(text, base, &date_ctx),
            counts,
            // A victim named in full and then by surname ("attacked Ravi
            // Menon in Kollam. Menon, a councillor, ...") is no place.
            places: {
                let found: Vec<PlaceMention> = places::extract(text, base, place_ctx)
                    .into_iter()
                    .filter(|p| {
                        !places::unlisted_person(&doc.text, p)
                            && !places::surname_of_a_person(&doc.text, p)
                    })
                    .collect();
                let unlocated = places::marked_unlocated(&doc.text, &found);
                let found: Vec<PlaceMention> = found
                    .into_iter()
                    .zip(unlocated)
                    .filter_map(|(p, u)| (!u).then_some(p))
                    .collect();
                without_places_in_group_names(&doc.text, found, &actors, !out.places.is_empty())
            },
            actors,
            acts,
        };
        if brief.is_none()
            && m.dates.iter().any(|d| d.start.is_some())
            && m.actors.iter().any(|a| is_perpetrator_type(a.actor_type))
        {
            brief = Some((si, m.dates.clone(), m.places.clone(), m.actors.clone()));
        }
        if dated_brief.is_none() && m.dates.iter().any(|d| d.start.is_some()) {
            dated_brief = Some((si, m.dates.clone(), m.places.clone(), m.actors.clone()));
        }
        if placed_brief.is_none() && m.places.iter().any(|p| p.kind != PlaceKind::Country) {
            placed_brief = Some((si, m.dates.clone(), m.places.clone(), m.actors.clone()));
        }
        let mut events = if makes_events {
            sentence_events(
                doc,
                &contexts,
                si,
                &m,
                lower(),
                &mut carry,
                &mut later_block_date,
            )
        } else {
            Vec::new()
        };
        // "A bomb that unidentified gunmen had planted", "a Taliban-planted
        // bomb": whoever planted the device did the bombing, whoever set it
        // off or was hit by it.
        let planted_by = planter(text, lower, base, &m.actors);
        for e in events
            .iter_mut()
            .filter(|e| e.acts.contains(&ActKind::Explosive))
        {
            if let Some(p) = planted_by.clone() {
                if e.actor2.as_ref().is_some_and(|a| a.name == p.name) {
                    e.actor2 = None;
                }
                e.actor1 = Some(p);
            }
        }
        // "A truck struck a mine near Tessalit. The device had probably
        // been planted by JNIM": a sentence that only says who planted
        // the device names the perpetrator of the bombing the paragraph
        // told just before, when that left it unnamed.
        if let Some(p) = planted_by.filter(|_| {
            !events.iter().any(|e| e.acts.contains(&ActKind::Explosive))
                && carry.last_event_block == Some(sentence.block)
        }) {
            let block_start = doc.blocks[sentence.block].span.start;
            if let Some(e) = out.events.last_mut().filter(|e| {
                e.span.start >= block_start
                    && e.acts.contains(&ActKind::Explosive)
                    && e.actor1
                        .as_ref()
                        .is_none_or(|a| a.span.is_none() || is_generic(&a.name))
            }) {
                if e.actor2.as_ref().is_some_and(|a| a.name == p.name) {
                    e.actor2 = None;
                }
                e.actor1 = Some(p);
            }
        }
        // "An attack on a village in central Mali": the place is a village
        // the text leaves unnamed, so the event has a country and no
        // location, as ACLED writes it, not the country as its place.
        for e in &mut events {
            if let Some(p) = e.place.as_mut() {
                if p.kind == PlaceKind::Country
                    && p.span.start >= base
                    && unnamed_locality_before(&text[..p.span.start - base])
                {
                    p.name.clear();
                }
            }
        }
        // A claim names the perpetrator of an event whose perpetrator the
        // text left unnamed, in this sentence or the one before.
        if let Some(claimant) = claimed_by(text, lower, base, &m.actors) {
            let unnamed = |e: &Event| {
                e.actor1
                    .as_ref()
                    .is_none_or(|a| a.span.is_none() || is_generic(&a.name))
            };
            // "JNIM claimed the attack": a claim of responsibility looks back
            // over the paragraph, to the attack however many sentences of
            // detail came between ("A suicide bomber in a truck had led
            // it."), back to an event whose perpetrator is named.
            let responsibility = || {
                claim_regex()
                    .find(text)
                    .is_some_and(|m| m.as_str().to_ascii_lowercase().starts_with("claimed"))
            };
            if carry.last_event_block == Some(sentence.block) && responsibility() {
                let block_start = doc.blocks[sentence.block].span.start;
                for e in out.events.iter_mut().rev() {
                    if e.span.start < block_start || !unnamed(e) {
                        break;
                    }
                    if e.event_type != "Protests" && e.event_type != "Riots" {
                        e.actor1 = Some(actor_of(claimant));
                    }
                }
            }
            if let Some(e) = events.iter_mut().find(|e| unnamed(e)) {
                e.actor1 = Some(actor_of(claimant));
            } else if events.is_empty() && carry.last_event_block == Some(sentence.block) {
                // "An IED struck the convoy, one peacekeeper was killed,
                // one assailant was arrested. JNIM claimed responsibility":
                // the claim covers every event the sentence before told
                // with an unnamed perpetrator, not only its last one.
                let told_before = out.events.last().map(|e| e.span);
                for e in out.events.iter_mut().rev() {
                    if Some(e.span) != told_before {
                        break;
                    }
                    if unnamed(e) && e.event_type != "Protests" && e.event_type != "Riots" {
                        e.actor1 = Some(actor_of(claimant));
                    }
                }
            }
        }
        if let Some(r) = m.places.iter().rev().find(|p| p.kind == PlaceKind::Admin1) {
            carry.section_region = Some(r.clone());
        }
        // A village the gazetteer lacks, with no region in its own words,
        // lies in the region the section names (the nearest known enclosing
        // unit), at that region's precision.
        for e in &mut events {
            let (Some(p), Some(r)) = (e.place.as_mut(), carry.section_region.as_ref()) else {
                continue;
            };
            if p.kind == PlaceKind::Unlisted
                && p.admin1.is_none()
                && (p.iso3.is_none() || p.iso3 == r.iso3)
            {
                p.admin1 = r.admin1.clone().or_else(|| Some(r.name.clone()));
                p.country = p.country.clone().or_else(|| r.country.clone());
                p.iso3 = p.iso3.clone().or_else(|| r.iso3.clone());
                if p.latitude.is_none() {
                    p.latitude = r.latitude;
                    p.longitude = r.longitude;
                    p.geo_precision = 3;
                }
            }
        }

        // What this sentence leaves for the next ones.
        if let [d] = m.dates.as_slice() {
            let bare = text.trim().trim_end_matches(['.', ':']).trim_end();
            if d.precision == DatePrecision::Day && bare == d.text && d.year_explicit {
                carry.block_dateline = d.start;
            }
        }
        if let Some(d) = m.dates.iter().find(|d| d.start.is_some()) {
            let date = event_date(d, "");
            carry.previous = Some((d.start.unwrap(), d.end.unwrap_or(d.start.unwrap())));
            carry.block_date = Some(date.clone());
            carry.section_date = Some(date);
        }
        if let Some(e) = events.last() {
            if let Some(d) = &e.date {
                if let (Some(s), Some(t)) = (d.start, d.end) {
                    carry.previous = Some((s, t));
                }
            }
        }
        // A place someone was taken to ("before being transferred to Bamako
        // central prison") is where they were held, not where the
        // paragraph's next event happened: it is not carried on.
        if let Some(p) = most_specific(
            m.places
                .iter()
                .filter(|p| !destination_of_transfer(text, p.span.start.saturating_sub(base))),
        ) {
            // A sentence that makes no event after the paragraph's incident
            // and sets itself in another time ("the same group attacked a
            // market in X in 2014") tells background: its place is not
            // where the incident's later sentences happened.
            // (Searched last, and only for a place below the country: the
            // other tests need no search.)
            let background = || {
                events.is_empty()
                    && carry.last_event_block == Some(sentence.block)
                    && carry.block_place.is_some()
                    && told_of_another_time(text)
            };
            // "in central Ramadi ... the governor of the Anbar province":
            // a region that holds the paragraph's town says no more than
            // the town, which stays the paragraph's place.
            let wider = carry.block_place.as_ref().is_some_and(|b| {
                region_holds(p, b) || refers_back(text) && named_with(&doc.text, p, b)
            });
            if p.kind != PlaceKind::Country && !wider && !background() {
                carry.block_place = Some(p.clone());
            }
        }
        // A perpetrator of this sentence's supersedes whatever the
        // paragraph's unread sentences named before it: they need no
        // reading any more.
        if let Some(a) = events.iter().rev().find_map(|e| e.actor1.clone()) {
            carry.block_perpetrator = Some(a);
            carry.perpetrator_sentence = si;
            carry.unread_actors.clear();
        } else if let Some(a) =
            // The subject that opens the sentence before the target named
            // last ("French forces carried out an operation against ISGS").
            opening_subject(text, base, &m.actors, &m.counts).or_else(|| {
                    m.actors
                        .iter()
                        .rev()
                        .find(|a| is_perpetrator_type(a.actor_type))
                })
        {
            carry.block_perpetrator = Some(actor_of(a));
            carry.perpetrator_sentence = si;
            carry.unread_actors.clear();
        }
        if events
            .iter()
            .any(|e| e.acts.contains(&ActKind::Protest) || e.event_type == "Protests")
        {
            carry.block_protest = true;
            carry.protest_sentence = si;
        }
        // "The attack was repelled by the village's self-defence group" with
        // no event of its own: the attack told just before met armed
        // defenders, so it was a battle.
        if events.is_empty() && carry.last_event_block == Some(sentence.block) {
            if let Some(prev) = out.events.last_mut() {
                if prev.event_type == "Violence against civilians"
                    && prev.sub_event_type == "Attack"
                    && repelled(text)
                {
                    prev.event_type = "Battles";
                    prev.sub_event_type = "Armed clash";
                }
            }
        }
        // "Gunmen abducted three traders. Their bodies were found in a
        // ditch": a finding of bodies makes no event of its own, but tells
        // how the abduction told just before ended.
        if events.is_empty() && carry.last_event_block == Some(sentence.block) {
            if let Some(prev) = out.events.last_mut() {
                let dead = held_people_killed(&prev.counts, &[], &[], text);
                if !dead.is_empty() {
                    prev.counts.extend(dead);
                    prev.recount();
                }
            }
        }
        // "The monitors counted 40 explosions in both directions": the
        // shelling told just before in the paragraph was an exchange between
        // two armed sides, a battle.
        // (The words are searched last: most sentences follow no
        // shelling of their paragraph.)
        if carry.last_event_block == Some(sentence.block) {
            if let Some(prev) = out
                .events
                .last_mut()
                .filter(|p| p.event_type == "Explosions/Remote violence" && two_way_fire(text))
            {
                prev.event_type = "Battles";
                prev.sub_event_type = "Armed clash";
            }
        }
        // "Workers demonstrated outside the ministry. Some threw stones at
        // the police": the protest told just before turned violent, which
        // ACLED codes as one riot, a violent demonstration.
        if carry.last_event_block == Some(sentence.block) {
            if let Some(prev) = out.events.last_mut().filter(|p| p.event_type == "Protests") {
                if let Some(i) = events
                    .iter()
                    .position(|e| turned_violent(prev, e, text, short))
                {
                    let riot = events.remove(i);
                    prev.event_type = "Riots";
                    prev.sub_event_type = "Violent demonstration";
                    let country = prev.country.as_ref().map(|c| c.0.clone());
                    crowd_as_actor1(
                        prev.event_type,
                        prev.sub_event_type,
                        &mut prev.actor1,
                        &mut prev.actor2,
                        country.as_deref(),
                    );
                    merge_into(prev, riot, text);
                }
            }
        }
        // Only the last event before this sentence and the ones it adds can
        // be vague (every earlier vague one was dropped, and merging never
        // makes an event vague): the check below looks at them alone, not
        // at every event of the document again.
        let open_from = out.events.len().saturating_sub(1);
        for e in events {
            // "2. A bomb went off ... 3. A soldier was killed ...": items
            // of a numbered list are the day's incidents one by one (see
            // `list_item_number`), never one told on.
            let listed_apart = |prev: &Event| {
                list_item_number(&doc.text, e.span.start).is_some()
                    && list_item_number(&doc.text, prev.span.start).is_some()
            };
            match out.events.last_mut() {
                Some(prev)
                    if carry.last_event_block == Some(sentence.block)
                        && !listed_apart(prev)
                        && continues(prev, &e, text) =>
                {
                    merge_into(prev, e, text)
                }
                _ => out.events.push(e),
            }
            carry.last_event_block = Some(sentence.block);
        }
        // A vague event ("a wholesale assault on basic freedoms") is kept
        // only if a later sentence gave it something; the last one is still
        // open.
        // The last event always stays, vague or not.
        if let Some(last) = out.events.pop() {
            if out.events.len() > open_from {
                let mut tail = out.events.split_off(open_from);
                if short && first_vague.is_none() {
                    first_vague = tail.iter().find(|e| e.vague).cloned();
                }
                tail.retain(|e| !e.vague);
                out.events.append(&mut tail);
            }
            out.events.push(last);
        }
        // The sentence's places join the document's list in the order read:
        // moved there once the sentence is done with them (nothing above
        // reads `out.places`), not cloned.
        out.places.extend(m.places);
    }
    if short && first_vague.is_none() {
        first_vague = out.events.iter().find(|e| e.vague).cloned();
    }
    out.events.retain(|e| !e.vague);
    // A news item of a paragraph (up to ten sentences: a dated lead, then
    // background, claims and arrests) is written about one incident even
    // when no act word names it ("a parcel left at the station was made safe
    // by the police"); a longer document with no act at all is not read as one.
    // Failing a dated sentence with an actor, the item's first act is its
    // event even when it names no actor, count or place ("A bomb went off
    // outside a shop"): in a longer document such a sentence is comment,
    // and goes.
    if out.events.is_empty() && short {
        if let Some((si, dates, places, actors)) = brief {
            out.events
                .push(brief_event(doc, si, &dates, &places, &actors));
        } else if let Some(mut e) = first_vague {
            e.vague = false;
            out.events.push(e);
        } else if let Some((si, dates, places, actors)) = dated_brief.or(placed_brief) {
            out.events
                .push(brief_event(doc, si, &dates, &places, &actors));
        }
    }
    if short {
        injured_told_apart(&mut out.events);
        further_incidents_join_lead(&mut out.events, &doc.text);
        attackers_killed_join_lead(&mut out.events, &doc.text);
        state_operation_leads(doc, &contexts, &mut out.events);
    }
    // "Ten people were arrested when they were demanding fuel. Drivers
    // burned tyres": in a news item, arrests by a force on the day of the
    // item's riot are that riot's intervention, not an event of their own.
    if short
        && out.events.len() == 2
        && out.events[0].sub_event_type == "Arrests"
        && out.events[0]
            .actor1
            .as_ref()
            .is_some_and(|a| a.actor_type == ActorType::StateForces)
        && out.events[1].event_type == "Riots"
        && !dated_otherwise(&out.events[0], &out.events[1])
    {
        let arrests = out.events.remove(0);
        if out.events[0].arrested.is_none() {
            out.events[0].arrested = arrests.arrested;
        }
        if out.events[0].actor2.is_none() {
            out.events[0].actor2 = arrests.actor1;
        }
    }
    // A protest or riot stays the crowd's whatever step last set its actor:
    // a force merged in from a later sentence ("Police fired tear gas to
    // disperse them") is the other side.
    for e in out.events.iter_mut() {
        if e.actor1
            .as_ref()
            .is_some_and(|a| a.actor_type == ActorType::StateForces)
        {
            // "Police fired shots to disperse the mob": force used on a
            // crowd the text calls rioters is their riot.
            if short
                && matches!(e.event_type, "Violence against civilians" | "Battles")
                && e.actor2
                    .as_ref()
                    .is_some_and(|a| a.actor_type == ActorType::Rioters)
            {
                e.event_type = "Riots";
                e.sub_event_type = "Mob violence";
                e.actor2 = None;
            }
            let country = e.country.as_ref().map(|c| c.0.clone());
            crowd_as_actor1(
                e.event_type,
                e.sub_event_type,
                &mut e.actor1,
                &mut e.actor2,
                country.as_deref(),
            );
        }
    }
    place_from_later_sentence(doc, &mut out);
    if short {
        place_from_first_later_place(doc, &mut out);
    }
    // A headline names the incident however long the item that follows
    // it (a list's entry may retell the inquiry at length).
    place_from_headline(doc, &mut out);
    if short {
        place_from_title(doc, &mut out);
    }
    infer_place_regions(doc, &mut out);
    crate::split_notes::apply_coded_figures(doc, &mut out.events);
    crate::split_notes::apply(doc, &mut out.events, &out.places);
    if short {
        attackers_in_toll(doc, &mut out.events);
    }
    if doc.sentences.len() <= SHARED_TOLL_ITEM_SENTENCES {
        share_across_incidents(doc, &mut out.events);
    }
    // After the shares: an item that gives a total and then tells one of its
    // incidents by its ordinal ("The second blast occurred at the X market")
    // is about that incident, placed where the lead put them all.
    if short {
        toll_placed_at_lead(doc, &out.places, &mut out.events);
    }
    out
}

/// The longest item, in sentences, read for a toll shared across several
/// incidents (see [`share_across_incidents`]): a news item that tells one
/// of a day's coordinated attacks runs longer than the ten sentences of a
/// short item when it also tells how the attackers came and who claimed
/// them; a report's chapter runs far longer.
const SHARED_TOLL_ITEM_SENTENCES: usize = 16;

/// "It was the first of two car bombs set off that day ... 22 people died
/// across both blasts": an item written for one of several incidents gives
/// their joint toll, and its own share is that toll over the incidents,
/// rounded half up, as GTD shares it out. A toll is joint when its words say
/// so: "across both blasts", "across the ensuing clashes", "across which",
/// "in the two attacks", a clause hung on the item's "one of N" ("one of
/// eight attacks that killed a total of 171", "one of two bombings in which
/// 14 died"), and "a total of", "in total" or "cumulatively" in an item that
/// is one of N. The number of incidents is the phrase's own ("both", "all
/// three", "the two") or the item's "one of N". A toll the item gives for
/// its own incident ("three people were killed in the taxi") stands, and the
/// joint toll then gives nothing; the attackers' deaths alone are no such
/// toll ("killing both assailants", where the joint toll counts them too).
/// Only short items are read this way: a report's chapter gives its totals
/// as totals.
///
/// An item that gives a total for several incidents ("The blasts killed a
/// total of 24") and then tells one of them by its ordinal ("The second
/// explosion occurred at the market, killing six") is about that one: the
/// total told before it is joint, though the item says no "one of N". With
/// no number of incidents to share it by, it gives way only to the toll of
/// the incident told; an item that tells several of them by their ordinals
/// tells them all, and its total stands.
fn share_across_incidents(doc: &Document, events: &mut [Event]) {
    // A joint toll whose number of incidents the item does not say.
    const INCIDENTS_UNTOLD: u32 = 0;
    const NOUNS: &str = "attacks|blasts|bombings|incidents|explosions|assaults|clashes";
    static ACROSS: OnceLock<Regex> = OnceLock::new();
    let across = ACROSS.get_or_init(|| {
        Regex::new(&format!(r"(?i)\bacross (?:which\b|(?:all )?(?:of )?(?:the |these |those )?(?:(both|[a-z]+|\d+) )?(?:[a-z-]+ )?(?:{NOUNS})\b)"))
            .unwrap()
    });
    static IN_THE_N: OnceLock<Regex> = OnceLock::new();
    let in_the_n = IN_THE_N.get_or_init(|| {
        Regex::new(&format!(r"(?i)\b(?:in|from|after) (?:the |all |all the )?(both|two|three|four|five|six|\d+) (?:[a-z-]+ ){{0,2}}?(?:{NOUNS})\b"))
            .unwrap()
    });
    // The item's "one of N": the N must count incidents ("one of two car
    // bombs", not "one of two gunmen").
    static ONE_OF: OnceLock<Regex> = OnceLock::new();
    let one_of = ONE_OF.get_or_init(|| {
        Regex::new(&format!(r"(?i)\b(?:one|first|second|third|fourth|fifth|last) of (\w+) (?:[\w-]+ ){{0,3}}?(?:{NOUNS}|bombs|raids|ambushes|strikes|shootings)\b"))
            .unwrap()
    });
    // "one of eight attacks ... that killed", "in which 14 died": the toll
    // told in a clause of the "one of N" itself, before any comma.
    static ONE_OF_WHICH: OnceLock<Regex> = OnceLock::new();
    let one_of_which = ONE_OF_WHICH.get_or_init(|| {
        Regex::new(&format!(r"(?i)\b(?:one|first|second|third|fourth|fifth|last) of (\w+) (?:[\w-]+ ){{0,3}}?(?:{NOUNS}|bombs|raids|ambushes|strikes|shootings)\b[^,;]*?\b(?:in which|which|that)\b[^,;]*"))
            .unwrap()
    });
    static TOTAL: OnceLock<Regex> = OnceLock::new();
    let total_words = TOTAL
        .get_or_init(|| Regex::new(r"(?i)\b(?:a total of|in total|cumulative(?:ly)?)\b").unwrap());
    static THIS: OnceLock<LeanRegex> = OnceLock::new();
    let this_one = THIS.get_or_init(|| {
        LeanRegex::new(
            r"(?i)\bthis (?:particular )?(?:attack|incident|blast|bombing|explosion|assault)\b",
        )
    });
    let number = |w: &str| -> Option<u32> {
        if w.eq_ignore_ascii_case("both") {
            return Some(2);
        }
        w.parse::<u32>().ok().or_else(|| {
            counts::small_number(&w.to_ascii_lowercase()).and_then(|v| u32::try_from(v).ok())
        })
    };
    let item_incidents = one_of
        .captures_iter(&doc.text)
        .find_map(|c| number(&c[1]))
        .filter(|&n| n >= 2);
    // The one sentence that opens on an incident's ordinal ("The first
    // explosion occurred ..."), where the item tells no other so.
    static ORDINAL: OnceLock<Regex> = OnceLock::new();
    let ordinal = ORDINAL.get_or_init(|| {
        Regex::new(r"(?i)^\W*the (?:first|second|third|fourth|fifth|sixth|last) (?:explosion|blast|bombing|bomb|attack|assault|incident)\b")
            .unwrap()
    });
    static TOTAL_OF_PARTS: OnceLock<Regex> = OnceLock::new();
    let total_of_parts = TOTAL_OF_PARTS
        .get_or_init(|| Regex::new(r"(?i)\b(?:a total(?: of)?|in total|altogether)\b").unwrap());
    // Looked for only when a sentence gives a total of parts: a long
    // report's every sentence need not be matched.
    let ordinal_part_found = std::cell::OnceCell::new();
    let ordinal_part = || {
        *ordinal_part_found.get_or_init(|| {
            let mut parts = doc
                .sentences
                .iter()
                .filter(|s| ordinal.is_match(doc.slice(s.span)));
            match (parts.next(), parts.next()) {
                (Some(s), None) => Some(s.span.start),
                _ => None,
            }
        })
    };
    let sentence_of = |at: usize| doc.sentence_at(at);
    // The incidents a count's sentence shares its toll among, if it does.
    let shared_by = |c: &CountMention| -> Option<u32> {
        let si = sentence_of(c.span.start)?;
        let span = doc.sentences[si].span;
        let text = doc.slice(span);
        let at = c.span.start - span.start;
        // A marker after the count, with no "this attack" between them
        // ("14 died in this attack, while 101 were wounded across both").
        let after = |m: regex::Match| m.start() < at || !this_one.is_match(&text[at..m.start()]);
        let n = if let Some(cap) = across.captures(text).filter(|c| after(c.get(0).unwrap())) {
            cap.get(1)
                .and_then(|m| number(m.as_str()))
                .or(item_incidents)
        } else if let Some(cap) = item_incidents
            .and(in_the_n.captures(text))
            .filter(|c| after(c.get(0).unwrap()))
        {
            number(&cap[1])
        } else if let Some(cap) = one_of_which.captures_iter(text).find(|c| {
            let m = c.get(0).unwrap();
            m.start() < at && at < m.end()
        }) {
            number(&cap[1])
        } else {
            let next = doc.sentences.get(si + 1).map(|s| doc.slice(s.span));
            let total = total_words.is_match(text)
                || next.is_some_and(|t| t.to_ascii_lowercase().contains("cumulativ"));
            item_incidents
                .filter(|_| total && !this_one.is_match(text))
                .or_else(|| {
                    (total_of_parts.is_match(text))
                        .then(ordinal_part)
                        .flatten()
                        .filter(|&part| span.end <= part)
                        .map(|_| INCIDENTS_UNTOLD)
                })
        }?;
        (n >= 2 || n == INCIDENTS_UNTOLD).then_some(n)
    };
    let share = |v: u32, n: u32| (2 * u64::from(v) + u64::from(n)) / (2 * u64::from(n));
    let share = |v: Option<u32>, n: u32| v.and_then(|v| u32::try_from(share(v, n)).ok());
    for kind in [CountKind::Killed, CountKind::Injured] {
        let harms = |c: &CountMention| c.kind == kind && c.best.unwrap_or(0) > 0;
        // A toll of the item's own incident, of someone other than the
        // attackers, and not a part of the dead told again ("Those killed
        // included two journalists").
        let own = events.iter().any(|e| {
            e.counts.iter().any(|c| {
                harms(c)
                    && c.role != CountRole::Subset
                    && c.victim_group != "assailants"
                    && shared_by(c).is_none()
                    && !part_told_again(doc, c)
            })
        });
        for e in events.iter_mut() {
            let joint: Vec<(usize, u32)> = e
                .counts
                .iter()
                .enumerate()
                .filter(|(_, c)| harms(c))
                .filter_map(|(i, c)| shared_by(c).map(|n| (i, n)))
                .collect();
            let Some(&(_, n)) = joint.first() else {
                continue;
            };
            if !own && n == INCIDENTS_UNTOLD {
                continue;
            }
            if own {
                let drop: Vec<usize> = joint.iter().map(|&(i, _)| i).collect();
                let mut i = 0;
                e.counts.retain(|_| {
                    i += 1;
                    !drop.contains(&(i - 1))
                });
                if kind == CountKind::Killed {
                    e.fatalities = total(&e.counts, kind);
                } else {
                    e.injured = total(&e.counts, kind).and_then(|f| f.best);
                }
                continue;
            }
            let joint: Vec<CountMention> =
                joint.iter().map(|&(i, _)| e.counts[i].clone()).collect();
            let est = total(&joint, kind);
            if kind == CountKind::Killed {
                e.fatalities = est.map(|f| Estimate {
                    low: share(f.low, n),
                    best: share(f.best, n),
                    high: share(f.high, n),
                });
            } else {
                e.injured = share(est.and_then(|f| f.best), n);
            }
        }
    }
}

/// The attackers' deaths inside a toll the item states. "Three suicide
/// bombers detonated their vests. Six people, including the bombers, were
/// killed" is six: a toll that says it includes the attackers holds every
/// attacker's death the item tells elsewhere. "Four suicide bombers raided
/// a camp. In addition to the assailants, two soldiers were killed" is six:
/// the attackers added with no number of their own are as many as the item
/// said there were (its first "N bombers", "N assailants"), and those are
/// all of them, so their deaths told elsewhere are not added again. Only
/// events whose toll is the sum of their counts are read.
fn attackers_in_toll(doc: &Document, events: &mut [Event]) {
    const ATTACKERS: &str = "bombers?|assailants?|attackers?|perpetrators?|gunmen|gunman";
    static INCLUDING: OnceLock<Regex> = OnceLock::new();
    let including = INCLUDING.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\bincluding (?:the |all |all the |both )?(?:\w+ )?(?:suicide )?(?:{ATTACKERS})\b"
        ))
        .unwrap()
    });
    static ADDITION: OnceLock<Regex> = OnceLock::new();
    let addition = ADDITION.get_or_init(|| {
        Regex::new(r"(?i)\bin addition to (?:the|all the|all) (?:suicide )?(?:bombers|assailants|attackers|perpetrators|gunmen)\b")
            .unwrap()
    });
    static TOLD: OnceLock<Regex> = OnceLock::new();
    let told = TOLD.get_or_init(|| {
        Regex::new(r"(?i)\b(?:at least )?(\w+) (?:suicide |armed |unidentified |unknown )?(?:bombers|assailants|attackers|perpetrators|gunmen)\b")
            .unwrap()
    });
    let attackers =
        |c: &CountMention| c.kind == CountKind::Killed && c.victim_group == "assailants";
    for e in events.iter_mut() {
        if e.fatalities != total(&e.counts, CountKind::Killed) {
            continue;
        }
        let sentence_of = |at: usize| doc.sentence_at(at).map(|i| doc.sentences[i].span);
        let general = |c: &CountMention| {
            c.kind == CountKind::Killed
                && c.role != CountRole::Subset
                && matches!(
                    c.victim_group.as_str(),
                    "people" | "persons" | "individuals" | ""
                )
        };
        // A general toll whose sentence says it includes the attackers.
        let toll = e.counts.iter().filter(|c| general(c)).find_map(|c| {
            let span = sentence_of(c.span.start)?;
            let text = doc.slice(span);
            // "not including the suicide bomber" leaves him out.
            let m = including.find_iter(text).find(|m| {
                !text[..m.start()]
                    .to_ascii_lowercase()
                    .trim_end()
                    .ends_with("not")
            })?;
            Some((span, span.start + m.start()))
        });
        let mut changed = false;
        if let Some((span, inc)) = toll {
            for c in e.counts.iter_mut() {
                let inside = span.start <= c.span.start && c.span.start < span.end;
                if attackers(c) && c.role != CountRole::Subset && (!inside || c.span.start > inc) {
                    c.role = CountRole::Subset;
                    changed = true;
                }
            }
        } else if let Some((span, at)) = e
            .counts
            .iter()
            .filter(|c| general(c) || c.kind == CountKind::Killed)
            .find_map(|c| {
                let span = sentence_of(c.span.start)?;
                let m = addition.find(doc.slice(span))?;
                Some((span, span.start + m.start()))
            })
        {
            // The number of attackers the item gave before this sentence.
            let before = &doc.text[doc.section_start(span.start)..span.start];
            let n = told
                .captures_iter(before)
                .find_map(|c| counts::small_number(&c[1].to_ascii_lowercase()))
                .and_then(|n| u32::try_from(n).ok())
                .filter(|&n| n >= 2);
            let none_inside = !e
                .counts
                .iter()
                .any(|c| attackers(c) && span.start <= c.span.start && c.span.start < span.end);
            // Deaths of attackers told before that already come to as many.
            let told_dead: u32 = e
                .counts
                .iter()
                .filter(|c| attackers(c) && c.role != CountRole::Subset)
                .filter_map(|c| c.best)
                .sum();
            if let (Some(n), true) = (n.filter(|&n| n > told_dead), none_inside) {
                let mut trigger = None;
                let mut first = None;
                for (i, c) in e.counts.iter_mut().enumerate() {
                    if attackers(c) && c.role != CountRole::Subset {
                        c.role = CountRole::Subset;
                        first.get_or_insert(i);
                    }
                    if trigger.is_none()
                        && c.kind == CountKind::Killed
                        && span.start <= c.span.start
                        && c.span.start < span.end
                    {
                        trigger = Some(c.trigger);
                    }
                }
                let words = &doc.text[at..];
                let end = words.find(',').unwrap_or(words.len()).min(60);
                let quote = words[..end].trim_end();
                // Before the deaths it holds: a subset counts only after
                // its total (see `total`).
                let at_index = first.unwrap_or(e.counts.len());
                e.counts.insert(
                    at_index,
                    CountMention {
                        span: Span {
                            start: at,
                            end: at + quote.len(),
                        },
                        trigger: trigger.unwrap_or(Span {
                            start: at,
                            end: at + quote.len(),
                        }),
                        kind: CountKind::Killed,
                        low: Some(n),
                        best: Some(n),
                        high: Some(n),
                        victim_group: "assailants".to_string(),
                        quantity_text: quote.to_string(),
                        role: CountRole::Additive,
                    },
                );
                changed = true;
            }
        }
        if changed {
            e.fatalities = total(&e.counts, CountKind::Killed);
        }
    }
}

/// "Those killed included two journalists", "Among the dead were ...": the
/// words before the count in its sentence point back to a toll told before.
fn part_told_again(doc: &Document, c: &CountMention) -> bool {
    let Some(s) = doc.sentence_at(c.span.start).map(|i| &doc.sentences[i]) else {
        return false;
    };
    let before = doc.text[s.span.start..c.span.start].to_ascii_lowercase();
    [
        "those killed",
        "among",
        "includ",
        "the dead",
        "the victims",
        "of whom",
    ]
    .iter()
    .any(|w| before.contains(w))
}

/// Where state forces went after someone, the fight that followed is
/// theirs: "military police went to the hill to check a tip; the officers
/// came under fire and a gunfight followed", "gunmen exchanged fire with
/// the police during a chase", "a shoot-out broke out during a police
/// operation". However the fight itself is told (by the suspects who
/// fired, by the gang the operation targeted), ACLED codes the operation's
/// force as actor1 and the people it went after as actor2. Only a short
/// item's battles are read this way: a report's chapter tells many
/// operations and fights, and which fight belongs to which operation is
/// not this rule's to guess.
fn state_operation_leads(doc: &Document, contexts: &Contexts, events: &mut [Event]) {
    // A state force as the subject of an operation verb.
    static LED: OnceLock<WordRegex> = OnceLock::new();
    let led = LED.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:(?:carried out|conducted|launched|mounted|led)\s+(?:an?|the|a joint|joint)\s+(?:[\w-]+\s+){0,3}?(?:operation|raid|search|crackdown|sweep)|went to|raided|chased|dismantled|encountered)\b",
        )
    });
    // An operation named anywhere in the sentence, and a symmetric
    // exchange of fire whose other side is a state force.
    static DURING: OnceLock<WordRegex> = OnceLock::new();
    let during = DURING.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:during\s+an?\s+(?:[\w-]+\s+){0,4}?(?:operation|raid|chase|search|crackdown|patrol)|exchanged fire with)\b",
        )
    });
    let fights = |e: &Event| {
        e.event_type == "Battles"
            && e.actor1.as_ref().is_none_or(|a| {
                !matches!(a.actor_type, ActorType::StateForces | ActorType::External)
            })
    };
    if !events.iter().any(fights) || !(led.is_match(&doc.text) || during.is_match(&doc.text)) {
        return;
    }
    for e in events.iter_mut().filter(|e| fights(e)) {
        let Some(block) = doc
            .sentences
            .iter()
            .find(|s| {
                s.span.start <= e.span.start && e.span.start < s.span.end.max(s.span.start + 1)
            })
            .map(|s| s.block)
        else {
            continue;
        };
        let force = doc
            .sentences
            .iter()
            .filter(|s| s.block == block && s.span.start <= e.span.start)
            .find_map(|s| operation_force(doc, contexts, s.span, led, during));
        let Some(force) = force else {
            continue;
        };
        // The side the force fought is actor2; the force itself, when
        // the fight's wording had it there, is not named twice.
        match e.actor1.take() {
            Some(other) => e.actor2 = Some(other),
            None if e.actor2.as_ref().is_some_and(|a| a.name == force.name) => e.actor2 = None,
            None => {}
        }
        e.actor1 = Some(force);
    }
}

/// The state force a sentence says led an operation (see
/// `state_operation_leads`), if any.
fn operation_force(
    doc: &Document,
    contexts: &Contexts,
    span: Span,
    led: &WordRegex,
    during: &WordRegex,
) -> Option<Actor> {
    let text = doc.slice(span);
    let base = span.start;
    if !(led.is_match(text) || during.is_match(text)) {
        return None;
    }
    let (actor_ctx, _) = contexts.at(doc, base);
    let actors = actors::extract(text, base, actor_ctx);
    let state = |a: &&ActorMention| a.actor_type == ActorType::StateForces && !a.implicit;
    // "Military police officers went to": the force is the last actor
    // before the verb, in the same clause.
    for m in led.find_iter(text) {
        let subject = actors
            .iter()
            .rev()
            .find(|a| a.span.end <= base + m.start())
            .filter(state)
            .filter(|a| {
                let gap = &text[a.span.end - base..m.start()];
                !gap.contains([',', ';', '.', ':']) && gap.split_whitespace().count() <= 6
            });
        if let Some(a) = subject {
            return Some(actor_of(a));
        }
    }
    for m in during.find_iter(text) {
        let phrase = m.as_str().to_ascii_lowercase();
        let force = if phrase.starts_with("exchanged") {
            // "gunmen exchanged fire with the police".
            actors
                .iter()
                .find(|a| a.span.start >= base + m.end())
                .filter(state)
                .filter(|a| {
                    text[m.end()..a.span.start - base]
                        .split_whitespace()
                        .count()
                        <= 3
                })
        } else {
            // "during a police operation", "police forces exchanged fire
            // ... during a patrol": the force that ran it, named before the
            // operation's words end. ("During a patrol, gunmen opened fire
            // and soldiers killed one": the gunmen started the fight.) "The
            // operation" looks back to one told before, which may not be
            // this fight's.
            actors
                .iter()
                .filter(|a| a.span.end <= base + m.end())
                .find(state)
        };
        if let Some(a) = force {
            return Some(actor_of(a));
        }
    }
    None
}

/// The actor a sentence says planted an explosive device: "a landmine
/// planted by an unidentified armed group", "a Taliban-planted IED", "an
/// IS mine laid on the road".
fn planter<'l>(
    text: &str,
    lower: impl FnOnce() -> &'l str,
    base: usize,
    actors: &[ActorMention],
) -> Option<Actor> {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    let re = RE.get_or_init(|| WordRegex::new(r"(?i)\b(?:planted|laid|placed)\b"));
    let armed = |a: &&ActorMention| !a.implicit && is_armed(a.actor_type);
    // Every reading below ends on an armed actor of the sentence: without
    // one (most sentences read no actors at all) the words are not
    // searched.
    if !actors.iter().any(|a| armed(&a)) {
        return None;
    }
    // Nor without one of the three words in any ASCII case (no "s" or "k"
    // in them: see [`Needle`]).
    static WORDS: [Needle; 3] = [
        Needle::new("planted"),
        Needle::new("laid"),
        Needle::new("placed"),
    ];
    if !any_in_lower(&WORDS, lower()) {
        return None;
    }
    for m in re.find_iter(text) {
        let after = &text[m.end()..];
        let by = after.trim_start().to_ascii_lowercase().starts_with("by ");
        // "Taliban planted the bomb", "it was militants who planted the
        // device": the subject right before the verb, when what it planted
        // is an explosive.
        let device_after = after
            .split_whitespace()
            .take(3)
            .any(|w| explosive_noun(w.trim_matches(|c: char| !c.is_alphanumeric())));
        let subject = actors
            .iter()
            .rfind(|a| a.span.end <= base + m.start())
            .filter(|a| {
                let gap = text[a.span.end - base..m.start()]
                    .trim()
                    .to_ascii_lowercase();
                device_after && matches!(gap.as_str(), "" | "who" | "had" | "who had")
            })
            .filter(armed);
        let found = if subject.is_some() {
            subject
        } else if by {
            // "planted by (an unknown) X": the first actor within a few words.
            actors
                .iter()
                .find(|a| a.span.start >= base + m.end())
                .filter(armed)
                .filter(|a| {
                    text[m.end()..a.span.start - base]
                        .split_whitespace()
                        .count()
                        <= 4
                })
        } else if text[..m.start()].ends_with('-') {
            // "Taliban-planted".
            actors
                .iter()
                .find(|a| a.span.end + 1 == base + m.start())
                .filter(armed)
        } else {
            // "an IS landmine planted": the actor right before the device
            // that was planted.
            let lead = text[..m.start()].trim_end();
            let device = lead
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(explosive_noun);
            let device_start = lead.rfind(char::is_whitespace).map_or(0, |i| i + 1);
            actors
                .iter()
                .filter(|_| device)
                .find(|a| {
                    a.span.end <= base + device_start
                        && text[a.span.end - base..device_start].trim().is_empty()
                })
                .filter(armed)
        };
        if let Some(a) = found {
            return Some(actor_of(a));
        }
    }
    None
}

fn explosive_noun(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "ied"
            | "ieds"
            | "mine"
            | "mines"
            | "landmine"
            | "landmines"
            | "bomb"
            | "bombs"
            | "explosive"
            | "explosives"
            | "device"
            | "devices"
    )
}

/// The index of the event with the most dead, the first of them on a tie.
fn deadliest(events: &[Event]) -> Option<usize> {
    let killed = |e: &Event| e.fatalities.and_then(|f| f.best).unwrap_or(0);
    events
        .iter()
        .enumerate()
        .max_by_key(|&(i, e)| (killed(e), std::cmp::Reverse(i)))
        .map(|(i, _)| i)
}

/// "Four people were killed in a grenade attack on a bar. Ten others were
/// injured in Saturday's attack": a news item of a few sentences is written
/// about the incident it leads with (its deadliest, else its first), and a
/// toll of the injured told in a sentence of its own is that incident's when
/// the incident counted no injured yet, even where the sentence was read as
/// an event apart (a date of its own, "the device exploded ...", another
/// place word). That holds too when the sentence has deaths of its own but
/// fewer: "A bomb killed 11 and injured 40 ... Seven of the eleven died at
/// once" or a later toll update ("bringing the death toll to 15") can outnumber
/// the lead and leave the item's wounded with an event nobody reads as its
/// incident.
fn injured_told_apart(events: &mut [Event]) {
    let Some(lead) = deadliest(events) else {
        return;
    };
    if events[lead].injured.is_some() {
        return;
    }
    gather_injured(events, lead, |_, _| true);
}

/// Move the injured counts of the events `takes` picks (other than the
/// lead, and only those with injured) into the lead event.
fn gather_injured(events: &mut [Event], lead: usize, takes: impl Fn(usize, &Event) -> bool) {
    let mut moved = Vec::new();
    for (i, e) in events.iter_mut().enumerate() {
        if i == lead || e.injured.is_none() || !takes(i, e) {
            continue;
        }
        let (hurt, rest): (Vec<CountMention>, Vec<CountMention>) = std::mem::take(&mut e.counts)
            .into_iter()
            .partition(|c| c.kind == CountKind::Injured);
        e.counts = rest;
        e.recount();
        moved.extend(hurt);
    }
    if moved.is_empty() {
        return;
    }
    let lead = &mut events[lead];
    lead.counts.extend(moved);
    lead.counts.sort_by_key(|c| (c.span.start, c.trigger.start));
    drop_attacker_who_lived(&mut lead.counts);
    lead.recount();
}

/// "A car bomb killed nine people and injured 16 in a market. A second car
/// bomb killed an additional four and injured another 12": a news item that
/// leads with one incident and then tells further ones in sentences that
/// mark themselves as more of the same day's violence ("a second bomb",
/// "additional", "Elsewhere", "Earlier in the day", "In addition") gives the
/// item's wounded as the sum: their injured join the lead's. A lead that
/// already tells a toll over several attacks ("A wave of bombings killed
/// 36 and injured 150") has counted them, and takes nothing. The item's
/// dead are the sum too ("killing an additional four" is four more of the
/// day's dead), read more strictly: see `tells_further_toll`, and an item
/// that states its own total ("A total of 13 died in the two blasts") or
/// leads with a toll over a whole area ("Violence across the north killed
/// 28") keeps each incident's dead apart.
fn further_incidents_join_lead(events: &mut [Event], text: &str) {
    let Some(lead) = deadliest(events) else {
        return;
    };
    let lead_quote = events[lead].quote.to_lowercase();
    if tells_several_attacks(&lead_quote) {
        // "A series of bombs killed 22 in the capital. In addition, a
        // roadside bomb killed two soldiers in the north": the lead's toll
        // covers its own attacks; a sentence that opens on a word of more
        // ("Additionally", "In addition", "Elsewhere") adds one beyond them.
        gather_injured(events, lead, |_, e| opens_on_more(&e.quote));
        if !states_total(text) {
            gather_killed(events, lead, |_, e| opens_on_more(&e.quote));
        }
        return;
    }
    // A deadliest incident that is itself told as a further one ("A second
    // bomb killed nine more") follows the incidents it adds to: theirs join.
    let lead_told_further = tells_further_incident(&events[lead].quote);
    let lead_quote_cased = events[lead].quote.clone();
    let lead_listed = list_item_number(text, events[lead].span.start).is_some();
    let elsewhere = |e: &Event| {
        opens_on_another_place(&e.quote, &lead_quote_cased)
            || (lead_listed && list_item_number(text, e.span.start).is_some())
    };
    gather_injured(events, lead, |i, e| {
        (lead_told_further && i < lead) || tells_further_incident(&e.quote) || elsewhere(e)
    });
    // The dead join the same way, on a stricter reading of the sentence
    // (see `tells_further_toll`), unless the item states its own total
    // ("A total of 23 died in the four blasts"), which has counted them.
    // A lead over a whole area ("Violence across the north killed 28")
    // has counted the incidents told after it.
    if states_total(text) || has_words(&lead_quote, "across") || has_words(&lead_quote, "violence")
    {
        return;
    }
    let lead_told_further =
        tells_further_toll(&events[lead].quote) || counts_other_dead(&events[lead], text);
    // "Mortars killed three at the airfield. In the Kala district, a bomber
    // killed five": a deadliest incident that opens on a place the earlier
    // sentence does not name is another incident of the item too.
    let lead_elsewhere = |e: &Event| opens_on_another_place(&lead_quote_cased, &e.quote);
    gather_killed(events, lead, |i, e| {
        (i < lead && (lead_told_further || lead_elsewhere(e)))
            || tells_further_toll(&e.quote)
            || elsewhere(e)
            || counts_other_dead(e, text)
    });
}

/// "Two other people were killed in a shooting", "three other militants
/// died": a sentence whose dead are counted as others than dead told
/// before adds to them.
fn counts_other_dead(e: &Event, text: &str) -> bool {
    // A number before "other(s)": "the other succumbed" is the second of
    // people counted already.
    let numbered_other = |q: &str| {
        let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
        words.windows(2).any(|w| {
            matches!(w[1].as_str(), "other" | "others")
                && (w[0].bytes().all(|b| b.is_ascii_digit())
                    || counts::small_number(&w[0]).is_some())
        })
    };
    e.counts.iter().any(|c| {
        c.kind == CountKind::Killed
            && text
                .get(c.span.start..c.span.end)
                .is_some_and(numbered_other)
    })
}

/// "Gunmen shot dead a village chief in Lotu. Two hours later one of the
/// gunmen was shot dead at a roadblock near Kaba": a news item of a few
/// sentences tells one incident, and the attackers who died in it, told in
/// a sentence read as an event apart (another place word, another day, an
/// abduction between), died in that incident; GTD counts them with its
/// victims. Only a sentence whose every death is of attackers it counts
/// ("one of the gunmen", "two of the assailants"), not one that tells a
/// further incident of the day; an attacker the sentence only implies dead
/// ("another bomber blew himself up") is as often inside the lead's toll as
/// not, and stays where it is.
fn attackers_killed_join_lead(events: &mut [Event], text: &str) {
    let Some(lead) = deadliest(events) else {
        return;
    };
    if events[lead].fatalities.and_then(|f| f.best).unwrap_or(0) == 0 {
        return;
    }
    let lead_quote = events[lead].quote.clone();
    let lead_listed = list_item_number(text, events[lead].span.start).is_some();
    // "A suicide bomber detonated ... Aside from the death of the bomber":
    // the attacker the lead already counts, named again with "the".
    let lead_has_attacker = events[lead]
        .counts
        .iter()
        .any(|c| c.kind == CountKind::Killed && c.victim_group == "assailants");
    // A pronoun ("blew themselves up", "before he was killed") counts no
    // one new: it points back at people the item may have counted.
    let counted = |c: &CountMention| {
        let words = c.quantity_text.to_ascii_lowercase();
        let pronoun = matches!(
            words.as_str(),
            "he" | "him" | "she" | "her" | "they" | "them" | "themselves"
        );
        let told_again = lead_has_attacker && words == "the";
        !pronoun && !told_again
    };
    gather_killed(events, lead, |_, e| {
        let dead: Vec<&CountMention> = e
            .counts
            .iter()
            .filter(|c| c.kind == CountKind::Killed && c.role != CountRole::Subset)
            .collect();
        let attackers_only = !dead.is_empty()
            && dead
                .iter()
                .all(|c| c.victim_group == "assailants" && !implied_attacker(c) && counted(c));
        let listed_apart = lead_listed && list_item_number(text, e.span.start).is_some();
        let apart = tells_further_toll(&e.quote)
            || opens_on_another_place(&e.quote, &lead_quote)
            || listed_apart;
        attackers_only && !apart
    });
}

/// "Additionally, a soldier was killed", "Elsewhere, ...": a sentence
/// that opens on a word saying its incident is one more of the item's
/// ("In addition to the bombers, ..." opens on no such word).
fn opens_on_more(sentence: &str) -> bool {
    more_opening(&opening_lower(sentence))
}

/// Whether an opening in lower case (`opening_lower`) is a word of more of
/// [`opens_on_more`].
fn more_opening(opening: &str) -> bool {
    opening.starts_with("additionally")
        || opening.starts_with("elsewhere")
        || (opening.starts_with("in addition") && !opening.starts_with("in addition to "))
}

/// The first 16 characters of a sentence, from its first letter or digit,
/// in lower case: enough for the words of more read above, without
/// lower-casing the whole sentence.
fn opening_lower(sentence: &str) -> String {
    sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take(16)
        .flat_map(char::to_lowercase)
        .collect()
}

/// "1. A bomb killed two people at a market. 2. Gunmen shot dead a family
/// of five.": an item that numbers its sentences lists the day's incidents
/// one by one, and the number before the sentence at `at` says it is one of
/// them. Returns the number.
fn list_item_number(text: &str, at: usize) -> Option<u32> {
    let before = text.get(..at)?.trim_end();
    let mark = before.strip_suffix('.')?;
    let digits = mark.len() - mark.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let number = &mark[mark.len() - digits..];
    let opens = mark[..mark.len() - digits]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    (digits > 0 && digits <= 2 && opens)
        .then(|| number.parse().ok())
        .flatten()
}

/// "Furthermore, ...", "Moreover, ...", "Also, ...": a sentence that opens
/// on a word adding to what the item told before, as [`opens_on_more`]
/// does, or on one of these.
fn opens_on_more_dead(sentence: &str) -> bool {
    let opening = opening_lower(sentence);
    more_opening(&opening)
        || ["furthermore", "moreover", "also,"]
            .iter()
            .any(|w| opening.starts_with(w))
}

/// "A bomb killed nine people at a market in Hilla. In Baqubah, a roadside
/// bomb killed five": a sentence that opens on a place the lead sentence
/// does not name ("In Baqubah,", "In the river town of Kut,") moves the
/// item to another incident of the same day, as "Elsewhere" does. A place
/// the lead names ("A bomb went off in Hilla. In Hilla, police said ...")
/// tells more of the lead's own incident, and an opening on a month or a
/// day ("In March,") is a time, not a place.
fn opens_on_another_place(sentence: &str, lead_quote: &str) -> bool {
    let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(rest) = opening.strip_prefix("In ") else {
        return false;
    };
    // The place phrase: up to its comma, or else the run of capitalised
    // words after "In" ("In Baghdad a car bomb ..."); at most six words.
    let phrase: Vec<&str> = match rest.find(',') {
        Some(comma) if rest[..comma].split_whitespace().count() <= 6 => {
            rest[..comma].split_whitespace().collect()
        }
        _ => rest
            .split_whitespace()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .take(6)
            .collect(),
    };
    let names: Vec<&str> = phrase
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && *w != "The")
        .collect();
    const TIMES: [&str; 19] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    !names.is_empty()
        && !names.iter().any(|w| TIMES.contains(w))
        && !names.iter().any(|w| has_words(lead_quote, w))
}

/// "A wave of bombings killed 36", "Three blasts killed 12": a sentence
/// that tells a toll over several attacks.
fn tells_several_attacks(sentence: &str) -> bool {
    const SEVERAL: [&str; 9] = [
        "attacks",
        "bombings",
        "explosions",
        "blasts",
        "incidents",
        "series",
        "string",
        "wave",
        "spate",
    ];
    let lower = sentence.to_lowercase();
    SEVERAL.iter().any(|w| has_words(&lower, w))
}

/// "A total of 32 were killed in the four blasts", "In all, 20 died": a
/// toll said to be the whole of the item's incidents.
fn states_total(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "a total of",
        "in total",
        "in all",
        "altogether",
        "the total",
    ]
    .iter()
    .any(|p| has_words(&lower, p))
}

/// A further incident whose dead are more dead of the item, read more
/// strictly than `tells_further_incident` for the wounded: "In addition to
/// the bombers, seven were killed" counts dead the item told already; "in
/// an earlier incident" looks back at another day's toll; and "additional"
/// must count ("an additional four", "additional attacks"), not be part of
/// a title ("additional Superintendent of Police").
fn tells_further_toll(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let opening = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "In addition to this attack, ..." tells one more incident.
    let to_incident = [
        "this ",
        "that ",
        "these ",
        "those ",
        "the attack",
        "the bombing",
        "the blast",
    ]
    .iter()
    .any(|w| {
        opening
            .strip_prefix("in addition to ")
            .is_some_and(|rest| rest.starts_with(w))
    });
    if (opening.starts_with("in addition to ") && !to_incident) || has_words(&lower, "an earlier") {
        return false;
    }
    if has_words(&lower, "another") {
        return true;
    }
    if !tells_further_incident(sentence) {
        return false;
    }
    // Whether a cue other than a title-like "additional" holds: test the
    // sentence with every "additional" that is followed by a capital word
    // taken out.
    let mut rest = String::with_capacity(sentence.len());
    let mut words = sentence.split(' ').peekable();
    while let Some(w) = words.next() {
        let titled = w.eq_ignore_ascii_case("additional")
            && words
                .peek()
                .and_then(|n| n.chars().next())
                .is_some_and(char::is_uppercase);
        if !titled {
            rest.push_str(w);
            rest.push(' ');
        }
    }
    rest.len() == sentence.len() + 1 || tells_further_incident(&rest)
}

/// A count that is the attacker's own implied death ("a suicide bomber
/// detonated his vest", "blew himself up"), not a number the text gives.
fn implied_attacker(c: &CountMention) -> bool {
    c.victim_group == "assailants"
        && matches!(
            c.quantity_text.to_lowercase().as_str(),
            "himself" | "herself" | "bomber" | "bombers" | "attacker" | "attackers"
        )
}

/// Add the dead of the events `takes` picks (other than the lead) to the
/// lead event: each such event's own total joins as one more count.
fn gather_killed(events: &mut [Event], lead: usize, takes: impl Fn(usize, &Event) -> bool) {
    let mut moved = Vec::new();
    for (i, e) in events.iter_mut().enumerate() {
        if i == lead || !takes(i, e) {
            continue;
        }
        // The attacker a further sentence implies dead ("a second suicide
        // bomber detonated his car") is as often inside the lead's toll as
        // not: only the dead the sentence counts move.
        let told: Vec<CountMention> = e
            .counts
            .iter()
            .filter(|c| c.kind == CountKind::Killed && !implied_attacker(c))
            .cloned()
            .collect();
        let Some(dead) = total(&told, CountKind::Killed) else {
            continue;
        };
        let first = told[0].clone();
        e.counts.retain(|c| c.kind != CountKind::Killed);
        e.recount();
        moved.push(CountMention {
            low: dead.low,
            best: dead.best,
            high: dead.high,
            role: CountRole::Additive,
            ..first
        });
    }
    if moved.is_empty() {
        return;
    }
    let lead = &mut events[lead];
    lead.counts.extend(moved);
    lead.counts.sort_by_key(|c| (c.span.start, c.trigger.start));
    lead.recount();
}

/// A sentence that tells one more incident of the same report: it opens on
/// a word that moves to another place or time of the same day
/// ("Elsewhere", "Earlier", "Hours later", "Another bomb"), or counts its
/// act or its victims on from the ones told before ("a second blast",
/// "killing an additional three", "two more bombs").
fn tells_further_incident(sentence: &str) -> bool {
    const OPENINGS: [&str; 26] = [
        "elsewhere",
        "furthermore",
        "in addition",
        "additionally",
        "separately",
        "moreover",
        "also",
        "earlier",
        "later",
        "hours later",
        "a few hours later",
        "a short time later",
        "the same day",
        "the next day",
        "on the next day",
        // "Simultaneously, gunmen attacked a second post", "Several hours
        // later ...", "On the same day, ...": more of the same day's attacks.
        "simultaneously",
        "at the same time",
        "several hours later",
        "minutes later",
        "a day later",
        "the day after",
        "the following day",
        "on the following day",
        "on the same day",
        "later that day",
        "later in the day",
    ];
    const ANOTHER: [&str; 11] = [
        "bomb",
        "blast",
        "attack",
        "bombing",
        "explosion",
        "explosive",
        "device",
        "suicide",
        "car",
        "roadside",
        "grenade",
    ];
    const ANYWHERE: [&str; 12] = [
        "a second",
        "a third",
        "a fourth",
        "a separate",
        "a similar",
        "additional",
        "two more",
        "three more",
        "other attacks",
        "an earlier",
        "also injured",
        "also wounded",
    ];
    let lower = sentence.to_lowercase();
    let opening = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens_with = |p: &str| {
        opening.starts_with(p)
            && !opening[p.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    };
    // "another bombing", "in another attack": the act's word after it.
    let names_the_act = |rest: &str| {
        ANOTHER.iter().any(|w| {
            rest.starts_with(w)
                && !rest[w.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
    };
    // "Another IED bombing killed one": one word may describe the act.
    let another_described = opening
        .strip_prefix("another ")
        .and_then(|rest| rest.split_once(' '))
        .is_some_and(|(_, rest)| names_the_act(rest));
    // "Militants also attacked a post": the subject did one more thing.
    let words = lower.split(|c: char| !c.is_alphanumeric());
    let also_did = words.clone().zip(words.skip(1)).any(|w| {
        w.0 == "also"
            && matches!(
                w.1,
                "attacked"
                    | "killed"
                    | "shot"
                    | "executed"
                    | "stormed"
                    | "ambushed"
                    | "targeted"
                    | "detonated"
                    | "bombed"
            )
    });
    OPENINGS.iter().any(|p| opens_with(p))
        || another_described
        || also_did
        || opening
            .strip_prefix("another ")
            .or_else(|| opening.strip_prefix("in another "))
            .is_some_and(names_the_act)
        || ANYWHERE.iter().any(|p| has_words(&lower, p))
        || counts_on(&lower)
}

/// "Four more people were killed", "18 more died": a sentence that opens
/// on a number and "more" (not "more than") counts people on from those
/// told before ("injuring eight more" in a sentence of its own incident
/// means others, not more incidents).
fn counts_on(lower: &str) -> bool {
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let (Some(first), Some(second), third) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let number = first.bytes().all(|b| b.is_ascii_digit()) || counts::small_number(first).is_some();
    number && second == "more" && third != Some("than")
}

/// `phrase` in `hay` as whole words (both lower-cased by the caller).
fn has_words(hay: &str, phrase: &str) -> bool {
    hay.match_indices(phrase).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Read the actors of the paragraph's sentences skipped so far, newest
/// first, until one names a perpetrator: the one the paragraph carries on,
/// as if every sentence had been read in turn.
///
/// Called only where an event wants the carried perpetrator, not before
/// each sentence that makes events: most events name their own, and the
/// paragraph's other sentences then went through the actor stage for
/// nothing (a sixth of a run over the annual reports). Reading later gives
/// the same perpetrator: a sentence read since either named one, which
/// cleared the list, or named none and left the paragraph's perpetrator as
/// it was, so the newest unread sentence that names one, else the one
/// carried before them, is what settling early would have kept.
fn settle_perpetrator(doc: &Document, contexts: &Contexts, carry: &mut Carry) {
    for &si in carry.unread_actors.iter().rev() {
        let span = doc.sentences[si].span;
        let (actor_ctx, _) = contexts.at(doc, span.start);
        let mentions = actors::extract(doc.slice(span), span.start, actor_ctx);
        // "French forces carried out an operation against ISGS. Seven
        // militants were killed.": the subject that opens the sentence
        // before did it, not the target named last.
        let found = opening_subject(doc.slice(span), span.start, &mentions, &[])
            .or_else(|| {
                mentions
                    .iter()
                    .rev()
                    .find(|a| is_perpetrator_type(a.actor_type))
            })
            .map(actor_of);
        if found.is_some() {
            carry.block_perpetrator = found;
            carry.perpetrator_sentence = si;
            break;
        }
    }
    carry.unread_actors.clear();
}

/// "A bomb killed three people. The attack occurred in Peshawar.": an event
/// whose own sentence names no place below the country takes the first
/// place of a later sentence of its paragraph that told no event of its
/// own, in the same country. A country named as the whole field of a wave
/// of attacks ("attacks across Iraq") stays the event's place.
/// How far on a later sentence may tell where the event was.
const LATER_SENTENCES: usize = 2;

fn place_from_later_sentence(doc: &Document, out: &mut Assembled) {
    // The sentence holding an offset, as in infer_place_regions.
    let sentence_of = |offset: usize| {
        let i = doc.sentences.partition_point(|s| s.span.start <= offset);
        let k = i.checked_sub(1)?;
        let s = &doc.sentences[k];
        (offset < s.span.end.max(s.span.start + 1)).then_some((k, s.block))
    };
    // A later sentence's own event of another kind or another day ("His
    // arrest led to protests ... in Bamako", "On 10 September, ...") is
    // another incident: its place is not this one's.
    let mut told: Vec<(usize, &'static str, Option<NaiveDate>)> = out
        .events
        .iter()
        .map(|e| {
            (
                e.span.start,
                e.event_type,
                e.date.as_ref().and_then(|d| d.start),
            )
        })
        .collect();
    // Sorted by where they start, the events told between an event and a
    // later place are found by binary search instead of reading every
    // event of the document for each place (what is asked of each of
    // them does not depend on their order).
    told.sort_unstable_by_key(|&(start, _, _)| start);
    // "A bomb killed three soldiers in Sinai. It hit a convoy as it drove
    // through the town of X": the same day's attack told again with
    // another act (a bombing, then fighting or a killing) is the same
    // incident, and its place is this one's.
    let violent = |kind: &str| {
        matches!(
            kind,
            "Battles" | "Explosions/Remote violence" | "Violence against civilians"
        )
    };
    // Where the events start, whether each counts anyone, and its day.
    let retold: Vec<(usize, bool, Option<NaiveDate>)> = out
        .events
        .iter()
        .map(|e| {
            (
                e.span.start,
                !e.counts.is_empty(),
                e.date.as_ref().and_then(|d| d.start),
            )
        })
        .collect();
    for e in &mut out.events {
        if let Some(town) = e
            .place
            .as_ref()
            .filter(|p| matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Admin2))
            .and_then(|p| town_in_region(doc, &out.places, &retold, p, e))
        {
            e.place = Some(town.clone());
            continue;
        }
        // "a train travelling from X to Y derailed ... The bomb exploded in
        // Z district": a trip's start is where the victims came from; a
        // later sentence that retells the incident says where it was.
        let trip_start = e
            .place
            .as_ref()
            .is_some_and(|p| p.kind != PlaceKind::Country && starts_a_trip(doc, p));
        if e.place
            .as_ref()
            .is_some_and(|p| p.kind != PlaceKind::Country)
            && !trip_start
        {
            continue;
        }
        // "rockets fired from X struck a border town ... the town of Y": a
        // country a shot came from does not hold the place it struck.
        let mut origin = false;
        if let Some(p) = e.place.as_ref().filter(|_| !trip_start) {
            // The words just before the country, not the whole document
            // up to it lower-cased once per event.
            let from = p.span.start.saturating_sub(32);
            let from = (from..=p.span.start)
                .find(|&i| doc.text.is_char_boundary(i))
                .unwrap_or(p.span.start);
            let before = doc.text[from..p.span.start].trim_end().to_lowercase();
            // "across northern Iraq": the wave's field with its bearing.
            let before = before
                .rsplit_once(' ')
                .filter(|(_, w)| {
                    ["northern", "southern", "eastern", "western", "central"].contains(w)
                })
                .map_or(before.as_str(), |(b, _)| b);
            if ["across", "throughout", "all over"]
                .iter()
                .any(|w| before.ends_with(w))
            {
                continue;
            }
            // Not "seized from X", "groups from X": a country one is
            // taken from or comes from may well be where it happened.
            origin = ["fired from", "launched from"]
                .iter()
                .any(|w| before.ends_with(w));
        }
        let Some((own, block)) = sentence_of(e.span.end.saturating_sub(1)) else {
            continue;
        };
        // Places are in text order: start at the first one after the event
        // and stop past the paragraph or the sentences looked at, instead
        // of scanning every place of the document for every event.
        let first = out.places.partition_point(|q| q.span.start < e.span.end);
        let mut later = None;
        for q in &out.places[first..] {
            let Some((k, b)) = sentence_of(q.span.start) else {
                continue;
            };
            if b != block || k > own + LATER_SENTENCES {
                break;
            }
            if k > own
                && q.kind != PlaceKind::Country
                && (origin
                    || e.place
                        .as_ref()
                        .is_none_or(|p| p.iso3.is_none() || p.iso3 == q.iso3))
                // An event with no place still has its chapter's country:
                // a place of another country (a PDF's text may run one
                // chapter into the next) is not where it happened.
                && (e.place.is_some() || in_event_country(e, q))
                && (!trip_start || retells(doc.slice(doc.sentences[k].span)))
                && (says_where_it_happened(doc.slice(doc.sentences[k].span))
                    || opens_on_the_incident(doc.slice(doc.sentences[k].span))
                    || {
                        let from = told.partition_point(|&(start, _, _)| start <= e.span.start);
                        let to = told.partition_point(|&(start, _, _)| start <= q.span.start);
                        told[from..to.max(from)].iter().all(|&(_, kind, day)| {
                            (kind == e.event_type || violent(kind) && violent(e.event_type))
                                && day.is_none_or(|d| {
                                    e.date.as_ref().and_then(|x| x.start) == Some(d)
                                })
                        })
                    })
            {
                // "the North Sinai town of X": a town after its region in
                // the same sentence is the more specific place.
                let town = out.places[first..].iter().find(|t| {
                    t.span.start > q.span.start
                        && t.span.start - q.span.end <= 24
                        && matches!(t.kind, PlaceKind::Locality | PlaceKind::Unlisted)
                        && t.iso3 == q.iso3
                });
                later = match town {
                    Some(t) if q.kind == PlaceKind::Admin1 => Some(t),
                    _ => Some(q),
                };
                break;
            }
        }
        if let Some(q) = later {
            e.place = Some(q.clone());
        }
    }
}

/// "Two men were arrested with weapons in their car. It later emerged
/// that they meant to attack the mayor of Kelto.": in a short item, an
/// event left with no place at all (not even a country) happened where
/// the item goes on to say, at the most specific
/// place of the first later sentence of its paragraph that names one in
/// the event's country, unless a sentence read on the way tells of
/// another incident ("another", "elsewhere", an event of its own on
/// another day, or a protest the incident led to: "His arrest led to a
/// protest in Kelto"). The item's other acts (an arrest after a killing,
/// a house seized after a bombing) are details of the incident. An item
/// says where its incident was somewhere; a place it names only later is
/// the best there is, and a country named later still says more than none.
fn place_from_first_later_place(doc: &Document, out: &mut Assembled) {
    const OTHER_PLACE_WORDS: &[&str] = &["another", "separate", "separately", "elsewhere"];
    let sentence_at = |offset: usize| {
        doc.sentences
            .partition_point(|s| s.span.start <= offset)
            .checked_sub(1)
    };
    let told: Vec<(usize, &'static str, Option<NaiveDate>)> = out
        .events
        .iter()
        .map(|e| {
            (
                e.span.start,
                e.event_type,
                e.date.as_ref().and_then(|d| d.start),
            )
        })
        .collect();
    for e in out.events.iter_mut().filter(|e| e.place.is_none()) {
        let Some(own) = sentence_at(e.span.end.saturating_sub(1)) else {
            continue;
        };
        let block = doc.sentences[own].block;
        let first = out.places.partition_point(|q| q.span.start < e.span.end);
        let Some(k) = out.places[first..]
            .iter()
            .filter_map(|q| sentence_at(q.span.start))
            .find(|&k| k > own)
        else {
            continue;
        };
        let read = &doc.sentences[own + 1..=k];
        let span = doc.sentences[k].span;
        let day = e.date.as_ref().and_then(|d| d.start);
        if read.iter().any(|s| {
            s.block != block
                || lower_words(doc.slice(s.span)).any(|w| OTHER_PLACE_WORDS.contains(&w.as_str()))
        }) || told.iter().any(|&(start, kind, d)| {
            start > e.span.start
                && start < span.end
                && (kind != e.event_type && (kind == "Protests" || e.event_type == "Protests")
                    || d.is_some_and(|d| Some(d) != day))
        }) {
            continue;
        }
        let place = most_specific(
            out.places[first..]
                .iter()
                .filter(|q| q.span.start >= span.start && q.span.end <= span.end),
        );
        if let Some(q) = place.filter(|q| in_event_country(e, q)) {
            e.place = Some(q.clone());
        }
    }
}

/// "A bomb went off at a church in X on Sunday. Two bombers blew
/// themselves up at the gates in the Y quarter. Fourteen people were
/// killed.": a news item that opens on its incident and its place tells
/// the incident's details and toll in the sentences after it, and the
/// places those name (a quarter, a street, a site) lie within the lead's
/// place: the item's deadliest event, told in a later sentence, is placed
/// where the lead sentence put the incident. That holds too when the lead
/// has a toll of its own and a later sentence tells a deadlier incident
/// ("A bomb killed three in X. In the Z district, gunmen killed five"):
/// lists of incidents code the item, and the toll gathered over it, to the
/// place it leads with. Not a
/// lead placed only in a country, nor at a trip's start ("a flight from X
/// to Y was hijacked"), nor a place in another country; not a lead given
/// its place by a later sentence, and not a toll placed at one of the
/// places the lead names ("attacks on posts in X, Y and Z ... seven were
/// killed in Z"), which says which of them it was.
fn toll_placed_at_lead(doc: &Document, places: &[PlaceMention], events: &mut [Event]) {
    // The first of the most killed: a later one has more dead than the lead.
    let Some(deadliest) = deadliest(events).filter(|&d| d > 0) else {
        return;
    };
    let lead = &events[0];
    let in_lead = |p: &PlaceMention| p.span.start >= lead.span.start && p.span.end <= lead.span.end;
    let Some(place) = lead
        .place
        .as_ref()
        .filter(|p| p.kind != PlaceKind::Country && in_lead(p) && !starts_a_trip(doc, p))
    else {
        return;
    };
    let toll = &events[deadliest];
    if toll.span.start < lead.span.end
        || toll.place.as_ref().is_some_and(|p| {
            p.name == place.name
                || (p.iso3.is_some() && place.iso3.is_some() && p.iso3 != place.iso3)
                || places.iter().any(|q| in_lead(q) && q.name == p.name)
        })
    {
        return;
    }
    let place = place.clone();
    events[deadliest].place = Some(place);
}

/// "travelling from X to Y": place `p` is written after "from" and before
/// "to" and another capitalised name, the start of a trip.
fn starts_a_trip(doc: &Document, p: &PlaceMention) -> bool {
    let from = p.span.start.saturating_sub(8);
    let from = (from..=p.span.start)
        .find(|&i| doc.text.is_char_boundary(i))
        .unwrap_or(p.span.start);
    let before = doc.text[from..p.span.start].to_lowercase();
    let after = doc.text[p.span.end..].strip_prefix(" to ");
    before.ends_with(" from ") && after.is_some_and(|a| a.starts_with(char::is_uppercase))
}

/// Words for the victims or the incident, besides places::INCIDENT_WORDS, that
/// open a sentence retelling the incident before it ("The victims ...").
const RETOLD_WORDS: &[&str] = &[
    "incident",
    "killing",
    "bomb",
    "victims",
    "casualties",
    "casualty",
    "fatality",
    "fatalities",
    "deaths",
    "clash",
    "clashes",
    "fighting",
    "assault",
];

/// Words of a sentence that tells another incident than the one before it.
const OTHER_INCIDENT_WORDS: &[&str] = &[
    "another",
    "also",
    "separate",
    "separately",
    "second",
    "earlier",
    "later",
    "meanwhile",
    "elsewhere",
    "previous",
    "yesterday",
];

/// "Two policemen were killed in a bombing in X Province. The attack
/// occurred in the town of Y.": an event placed only in a region (or a
/// district) takes the town of that region (district) that a later sentence
/// of its paragraph names first, when that sentence opens by retelling the
/// incident ("The attack", "The victims") and no sentence read tells of
/// another one: an event of its own with a count or another day, or words
/// such as "another", "also", "elsewhere". A first place outside the
/// region, or the region's own name again ("the governor of X"), leaves
/// the event in the region: reports that name a region and then several
/// towns tell each town's incident in a sentence of its own.
fn town_in_region<'a>(
    doc: &Document,
    places: &'a [PlaceMention],
    retold: &[(usize, bool, Option<NaiveDate>)],
    region: &PlaceMention,
    e: &Event,
) -> Option<&'a PlaceMention> {
    let span = e.span;
    let day = e.date.as_ref().and_then(|d| d.start);
    let own = doc
        .sentences
        .partition_point(|s| s.span.start <= span.start)
        .checked_sub(1)?;
    let block = doc.sentences[own].block;
    let first = places.partition_point(|q| q.span.start < span.end);
    let q = places[first..]
        .iter()
        .find(|q| q.kind != PlaceKind::Country)?;
    let k = doc
        .sentences
        .partition_point(|s| s.span.start <= q.span.start)
        .checked_sub(1)?;
    let later = &doc.sentences[own + 1..=k.max(own)];
    if k <= own
        || k > own + LATER_SENTENCES
        || later.iter().any(|s| s.block != block)
        || !retells(doc.slice(doc.sentences[k].span))
        || retold.iter().any(|&(s, counted, d)| {
            s >= span.end
                && s < doc.sentences[k].span.end
                && (counted || d.is_some_and(|d| Some(d) != day))
        })
        || later.iter().any(|s| {
            doc.slice(s.span)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| OTHER_INCIDENT_WORDS.contains(&w.to_lowercase().as_str()))
        })
    {
        return None;
    }
    // A settlement the gazetteer lacks counts when the text calls it one
    // ("the village of Y"): its units are the region's it was read in.
    let settlement = q.kind == PlaceKind::Locality
        || q.kind == PlaceKind::Unlisted && {
            // The words just before the name, not the whole text up to it.
            let from = (q.span.start.saturating_sub(16)..=q.span.start)
                .find(|&i| doc.text.is_char_boundary(i))
                .unwrap_or(q.span.start);
            let before = doc.text[from..q.span.start].trim_end().to_lowercase();
            ["town of", "village of", "city of"]
                .iter()
                .any(|w| before.ends_with(w))
        };
    let inside = q.iso3 == region.iso3
        && q.admin1.is_some()
        && q.admin1 == region.admin1
        && q.name != region.name
        && match region.kind {
            PlaceKind::Admin1 => settlement || q.kind == PlaceKind::Admin2,
            _ => settlement && q.admin2.is_some() && q.admin2 == region.admin2,
        };
    // "in the Kelo region" that the gazetteer lacks (a historical or
    // informal region): whether the town lies in it cannot be checked, and
    // the retelling sentence is trusted for a town the gazetteer places.
    let in_unlisted_region = region.kind == PlaceKind::Admin1
        && region.gazetteer_name.is_none()
        && q.kind == PlaceKind::Locality
        && region
            .iso3
            .as_ref()
            .is_none_or(|r| q.iso3.as_ref() == Some(r));
    (inside || in_unlisted_region).then_some(q)
}

/// "The attack occurred in ...", "The victims had been ...": a sentence
/// that opens with "the" (or "this") and a word for the incident or its
/// victims goes on about the incident before it.
fn retells(sentence: &str) -> bool {
    let mut words = lower_words(sentence);
    matches!(words.next().as_deref(), Some("the" | "this"))
        && words.next().is_some_and(|w| names_the_incident(&w))
}

/// A sentence's words in lower case, split at every character that is not
/// a letter or a digit.
fn lower_words(sentence: &str) -> impl Iterator<Item = String> + '_ {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A word for an incident ("attack", "blast") or for those it struck
/// ("victims"): with "the" or "this", it names the incident told before.
fn names_the_incident(word: &str) -> bool {
    places::INCIDENT_WORDS.contains(&word) || RETOLD_WORDS.contains(&word)
}

/// "The incident took place at a rally in Lomi", "The attack occurred when
/// ...": a sentence whose subject is the incident told before and whose
/// verb says where or when it happened tells no incident of its own, even
/// where its other words make an event of another kind (a rally, an
/// arrest): its place is that incident's.
fn says_where_it_happened(sentence: &str) -> bool {
    if !retells(sentence) {
        return false;
    }
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(2);
    let verb = match words.next() {
        Some("reportedly" | "also") => words.next(),
        w => w,
    };
    match verb {
        Some("occurred" | "happened") => true,
        Some("took") => words.next() == Some("place"),
        _ => false,
    }
}

/// "In this incident, a second parcel turned up in Kelto", "During the attack,
/// ...": a sentence that opens on the incident told before, named again
/// with "the" or "this", adds details of that incident (a find, a shot
/// back), not an incident of its own, so its place is that incident's.
fn opens_on_the_incident(sentence: &str) -> bool {
    let mut words = lower_words(sentence);
    matches!(words.next().as_deref(), Some("in" | "during"))
        && matches!(words.next().as_deref(), Some("the" | "this"))
        && words.next().is_some_and(|w| names_the_incident(&w))
}

/// "2011 Dunamo bombings: two bombs went off near the market in Ketara",
/// "Sorvi ambush: ...": a news item that opens with the incident's name, a
/// place and a word for the attack before a colon, is coded to that place,
/// as lists of incidents code it; the streets, quarters and villages the
/// item goes on to name are parts of it. The events of the headline's
/// paragraph take its most specific place below the country.
fn place_from_headline(doc: &Document, out: &mut Assembled) {
    let Some(first) = doc.sentences.first() else {
        return;
    };
    let sentence = &doc.text[first.span.start..first.span.end];
    let head_end = match sentence.find(':') {
        Some(colon) => {
            let head: Vec<&str> = sentence[..colon].split_whitespace().collect();
            let named = head.len() <= 8 && head.last().is_some_and(|w| is_incident_word(w));
            named.then_some(colon)
        }
        None => dated_headline_end(sentence),
    };
    let Some(head_end) = head_end else {
        return;
    };
    let end = first.span.start + head_end;
    let named: Vec<&PlaceMention> = out
        .places
        .iter()
        .filter(|p| {
            p.span.start >= first.span.start && p.span.end <= end && p.kind != PlaceKind::Country
        })
        .collect();
    // "2010 Dunamo and Ketara bombings": two places, two incidents; each
    // event keeps its own.
    if named.iter().any(|p| p.name != named[0].name) {
        return;
    }
    let Some(place) = named.first().map(|p| (*p).clone()) else {
        return;
    };
    let block_of = |offset: usize| {
        let i = doc.sentences.partition_point(|s| s.span.start <= offset);
        doc.sentences.get(i.checked_sub(1)?).map(|s| s.block)
    };
    // The same town under another name in the item ("2016 Istanbul
    // bombing: ... near the Hippodrome of Constantinople") is written as
    // the headline names it: lists of incidents code the headline's name.
    for e in &mut out.events {
        if block_of(e.span.start) == Some(first.block) {
            e.place = Some(place.clone());
        }
    }
}

/// The first `n` words of a sentence with their byte offsets in it, and
/// how many of them open it as a date ("2011", "3 May 2009").
fn opening_words(sentence: &str, n: usize) -> (Vec<(usize, &str)>, usize) {
    let words: Vec<(usize, &str)> = sentence
        .split_whitespace()
        .take(n)
        .map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w))
        .collect();
    let is_date_word =
        |w: &str| w.chars().all(|c| c.is_ascii_digit()) || places::never_place(&w.to_lowercase());
    let start = words.iter().take_while(|(_, w)| is_date_word(w)).count();
    (words, start)
}

/// The last word of an incident's name in a headline ("bombing", "Raids").
fn is_incident_word(w: &str) -> bool {
    places::INCIDENT_WORDS.contains(&w.to_lowercase().as_str())
}

/// "2011 Dunamo bombing Two men set off ...": a headline that lost its
/// colon, where the item's first sentence follows the incident's name at
/// once. Only a name that opens with its year ("2011", "May 2009", "3 May
/// 2009") is read so: without the date, "Kelto militia attack Dunamo" is a
/// sentence, not a title. The byte offset where the headline ends.
fn dated_headline_end(sentence: &str) -> Option<usize> {
    let (words, start) = opening_words(sentence, 12);
    let year = words[..start]
        .iter()
        .any(|(_, w)| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    if !year {
        return None;
    }
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut at = start;
    while at < words.len() && at < start + 4 && capital(words[at].1) {
        at += 1;
    }
    if at == start {
        return None;
    }
    // At most two lower-case words ("suicide", "stabbing") before the
    // incident's word, which the item's first capitalised word follows.
    let k = (at..words.len().min(at + 3)).find(|&k| {
        let w = words[k].1;
        is_incident_word(w) && words.get(k + 1).is_some_and(|(_, n)| capital(n))
    })?;
    if !words[at..k]
        .iter()
        .all(|(_, w)| w.chars().all(char::is_lowercase))
    {
        return None;
    }
    Some(words[k].0 + words[k].1.len())
}

/// "Varnel massacre", "2009 Ostrova Beach bombings: ...", "Kelto Airport
/// Massacre by ...": a short item that opens with an incident's name, a
/// place written with capitals and then the word for the attack, names
/// where it happened even when the gazetteer lacks the place. Only events
/// left without any place below the country take it: a town the item's
/// sentences name is read first. The name is the run of capitalised words after any year
/// or month; at most two lower-case words ("bus", "hostage") may stand
/// between it and the incident word.
fn place_from_title(doc: &Document, out: &mut Assembled) {
    if !out.events.iter().any(placed_at_most_in_a_country) {
        return;
    }
    let Some(first) = doc.sentences.first() else {
        return;
    };
    let sentence = &doc.text[first.span.start..first.span.end];
    let (words, start) = opening_words(sentence, 10);
    let incident = |w: &str| is_incident_word(w.trim_end_matches([':', ',']));
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let mut end = start;
    while end < words.len() && capital(words[end].1) && !incident(words[end].1) {
        end += 1;
    }
    if end == start || end - start > 4 {
        return;
    }
    let Some(at) = (end..words.len().min(end + 3)).find(|&k| incident(words[k].1)) else {
        return;
    };
    let lower = |w: &str| w.chars().all(|c| c.is_lowercase());
    if !words[end..at].iter().all(|(_, w)| lower(w)) {
        return;
    }
    // The incident's name ends the sentence, or comes before a colon or
    // "by": not "Varnel attack victims were ...".
    let closes = words[at].1.ends_with(':')
        || words
            .get(at + 1)
            .is_none_or(|(_, w)| *w == ":" || w.eq_ignore_ascii_case("by"));
    if !closes {
        return;
    }
    let from = first.span.start + words[start].0;
    let (last_at, last) = words[end - 1];
    let to = first.span.start + last_at + last.len();
    let name = doc.text[from..to].to_string();
    if name
        .split([' ', '-'])
        .any(|w| places::never_place(&w.to_lowercase()))
        || places::country_by_name(&name).is_some()
    {
        return;
    }
    let place = PlaceMention::unlisted(
        Span {
            start: from,
            end: to,
        },
        name.clone(),
        name,
        1,
    );
    for e in &mut out.events {
        if placed_at_most_in_a_country(e) {
            e.place = Some(place.clone());
        }
    }
}

/// An event with no place, or only its country ("Varnel massacre: gunmen
/// killed 26 people at a school in northern Ostrova"): a title's place
/// says more.
fn placed_at_most_in_a_country(e: &Event) -> bool {
    e.place
        .as_ref()
        .is_none_or(|p| p.kind == PlaceKind::Country)
}

/// A village the gazetteer lacks, whose sentence names no region, takes
/// the region of the nearest earlier place of the same country in the same
/// paragraph (places::infer_regions), so that places.csv and the events
/// give it the same admin1. Another paragraph may be about another part of
/// the country: "transferred to the prison in Bamako" says nothing of a
/// village in the next paragraph.
fn infer_place_regions(doc: &Document, out: &mut Assembled) {
    // Sentences are in text order and do not overlap: the one holding an
    // offset is the last that starts at or before it (a binary search; a
    // scan per place made this quadratic in long reports).
    let block_of = |offset: usize| {
        let i = doc.sentences.partition_point(|s| s.span.start <= offset);
        let s = doc.sentences.get(i.checked_sub(1)?)?;
        (offset < s.span.end.max(s.span.start + 1)).then_some(s.block)
    };
    let blocks: Vec<Option<usize>> = out.places.iter().map(|p| block_of(p.span.start)).collect();
    let mut i = 0;
    while i < out.places.len() {
        let mut j = i + 1;
        while j < out.places.len() && blocks[j] == blocks[i] {
            j += 1;
        }
        if blocks[i].is_some() {
            places::infer_regions(&doc.text, &mut out.places[i..j]);
        }
        i = j;
    }
    for e in &mut out.events {
        let Some(p) = e.place.as_mut() else { continue };
        if p.kind != PlaceKind::Unlisted || p.admin1.is_some() {
            continue;
        }
        if let Some(q) = out
            .places
            .iter()
            .find(|q| q.span == p.span && q.admin1.is_some())
        {
            p.admin1 = q.admin1.clone();
            p.latitude = q.latitude;
            p.longitude = q.longitude;
            p.geo_precision = q.geo_precision;
        }
    }
}

/// A brief's first dated sentence that names an actor: its index and its
/// dates, places and actors.
type Brief = (
    usize,
    Vec<DateMention>,
    Vec<PlaceMention>,
    Vec<ActorMention>,
);

/// The one event of a short news brief with no act word: Strategic
/// developments / Other, with the brief's first date, place and actor.
fn brief_event(
    doc: &Document,
    si: usize,
    dates: &[DateMention],
    places: &[PlaceMention],
    actors: &[ActorMention],
) -> Event {
    let sentence = doc.sentences[si];
    let date = dates
        .iter()
        .find(|d| d.start.is_some())
        .map(|d| event_date(d, ""));
    let place = most_specific(places.iter()).cloned();
    let actor1 = actors
        .iter()
        .find(|a| is_perpetrator_type(a.actor_type))
        .map(actor_of);
    let country = place
        .as_ref()
        .and_then(|p| Some((p.country.clone()?, p.iso3.clone()?)))
        .or_else(|| doc.country_at(sentence.span.start).cloned());
    // "Protesters blocked the highway": a brief about a crowd is a protest
    // (or a riot), which ACLED codes to Protesters (or Rioters) of the
    // country.
    // "Police dispersed 60 vendors who demanded to reopen": a crowd that
    // demands something and is broken up protested, with an intervention
    // by the force that dispersed it.
    let lower = doc.slice(sentence.span).to_lowercase();
    let demand_dispersed =
        lower.contains("dispers") && (lower.contains("demand") || lower.contains("calling for"));
    // "Soldiers stopped protesters from setting up tents": a force that
    // acts on a crowd the sentence names is the other side of the crowd's
    // protest (or riot).
    let crowd = actors
        .iter()
        .find(|a| !a.implicit && matches!(a.actor_type, ActorType::Protesters | ActorType::Rioters))
        .map(|a| a.actor_type);
    let mut actor2 = None;
    let (event_type, sub_event_type, actor1) = match actor1 {
        Some(a)
            if a.actor_type == ActorType::StateForces && (demand_dispersed || crowd.is_some()) =>
        {
            let (event_type, sub_event_type, label, crowd) = if crowd == Some(ActorType::Rioters) {
                (
                    "Riots",
                    "Violent demonstration",
                    "Rioters",
                    ActorType::Rioters,
                )
            } else {
                (
                    "Protests",
                    "Protest with intervention",
                    "Protesters",
                    ActorType::Protesters,
                )
            };
            let name = match &country {
                Some((c, _)) => format!("{label} ({c})"),
                None => label.to_string(),
            };
            actor2 = Some(a);
            let actor1 = Actor {
                name,
                actor_type: crowd,
                span: None,
            };
            (event_type, sub_event_type, Some(actor1))
        }
        Some(a) if matches!(a.actor_type, ActorType::Protesters | ActorType::Rioters) => {
            let (event_type, sub_event_type, label) = if a.actor_type == ActorType::Protesters {
                ("Protests", "Peaceful protest", "Protesters")
            } else {
                ("Riots", "Mob violence", "Rioters")
            };
            let name = match &country {
                Some((c, _)) => format!("{label} ({c})"),
                None => label.to_string(),
            };
            let actor1 = Actor {
                name,
                actor_type: a.actor_type,
                span: a.span,
            };
            (event_type, sub_event_type, Some(actor1))
        }
        other => ("Strategic developments", "Other", other),
    };
    Event {
        event_id: event_id(&doc.doc_id, sentence.span.start, 0),
        doc_id: doc.doc_id.clone(),
        date,
        event_type,
        sub_event_type,
        actor1,
        actor2,
        place,
        country,
        fatalities: None,
        injured: None,
        arrested: None,
        disappeared: None,
        tortured: None,
        displaced: None,
        counts: Vec::new(),
        acts: Vec::new(),
        section: doc.sections[sentence.section].title.clone(),
        quote: doc.slice(sentence.span).to_string(),
        span: sentence.span,
        vague: false,
    }
}

/// What the actor and place extractors know of each part of a document:
/// its country (a multi-country report's chapter's) and the acronyms the
/// whole document defines.
struct Contexts {
    document: (ActorContext, PlaceContext),
    chapters: Vec<(ActorContext, PlaceContext)>,
}

impl Contexts {
    fn new(doc: &Document) -> Contexts {
        let acronyms = actors::learn_acronyms(&doc.text);
        let context = |country: Option<&(String, String)>| {
            let country_iso3 = country.map(|c| c.1.clone());
            let actor_ctx = ActorContext {
                country_iso3: country_iso3.clone(),
                acronyms: acronyms.clone(),
            };
            (actor_ctx, PlaceContext { country_iso3 })
        };
        Contexts {
            document: context(doc.country.as_ref()),
            chapters: doc
                .chapters
                .iter()
                .map(|c| context(c.country.as_ref()))
                .collect(),
        }
    }

    /// The contexts of the text at a byte offset.
    fn at(&self, doc: &Document, offset: usize) -> (&ActorContext, &PlaceContext) {
        let (actor_ctx, place_ctx) = match doc.chapter_at(offset) {
            Some(i) => &self.chapters[i],
            None => &self.document,
        };
        (actor_ctx, place_ctx)
    }
}

/// Each sentence's mentions as JSON, for `eventcoder explain`.
pub fn explain(doc: &Document) -> Vec<serde_json::Value> {
    let contexts = Contexts::new(doc);
    doc.sentences
        .iter()
        .map(|s| {
            let text = doc.slice(s.span);
            let (actor_ctx, place_ctx) = contexts.at(doc, s.span.start);
            let ctx = DateContext {
                reference: sentence_reference(doc, s.section),
                ..DateContext::default()
            };
            serde_json::json!({
                "sentence": text,
                "span": s.span,
                "section": doc.sections[s.section].title,
                "country": doc.country_at(s.span.start),
                "acts": acts::extract(text, s.span.start),
                "dates": dates::extract(text, s.span.start, &ctx),
                "counts": counts::extract(text, s.span.start),
                "places": places::extract(text, s.span.start, place_ctx),
                "actors": actors::extract(text, s.span.start, actor_ctx),
            })
        })
        .collect()
}

/// The first date of each paragraph, widened to its month, read on first
/// use.
struct LaterDates {
    cache: Vec<Option<Option<EventDate>>>,
}

impl LaterDates {
    fn new(doc: &Document) -> LaterDates {
        LaterDates {
            cache: vec![None; doc.blocks.len()],
        }
    }

    fn get(&mut self, doc: &Document, block: usize) -> Option<&EventDate> {
        if self.cache[block].is_none() {
            // The sentences are in text order, so in block order: the
            // block's own are found by a binary search, not by reading
            // every sentence of the document for each block asked about.
            let from = doc.sentences.partition_point(|s| s.block < block);
            let first = doc.sentences[from..]
                .iter()
                .take_while(|s| s.block == block)
                .find_map(|s| {
                    let ctx = DateContext {
                        reference: sentence_reference(doc, s.section),
                        ..DateContext::default()
                    };
                    dates::extract(doc.slice(s.span), s.span.start, &ctx)
                        .into_iter()
                        .find(|m| m.start.is_some())
                        .map(|m| widen_to_month(&m))
                });
            self.cache[block] = Some(first);
        }
        self.cache[block].as_ref().and_then(|d| d.as_ref())
    }
}

/// The reference for a sentence: a section's dateline ("June 10, 2019 •
/// Press Release") is the publication date of the items under it.
fn sentence_reference(doc: &Document, section: usize) -> Option<Reference> {
    match doc.sections.get(section).and_then(|s| s.dateline) {
        Some(date) => Some(Reference {
            date,
            kind: ReferenceKind::Published,
        }),
        None => doc.reference,
    }
}

/// A group of acts that tells one event, with the part of the sentence that
/// belongs to it.
struct Group {
    acts: Vec<ActMention>,
    /// The event's part of the sentence: from its first act to the next
    /// group's first act.
    start: usize,
    end: usize,
}

fn sentence_events(
    doc: &Document,
    contexts: &Contexts,
    si: usize,
    m: &SentenceMentions,
    lower: &str,
    carry: &mut Carry,
    later_block_date: &mut LaterDates,
) -> Vec<Event> {
    let sentence = doc.sentences[si];
    let text = doc.slice(sentence.span);
    // `lower` is `text` ASCII-lower-cased: the background rules below look
    // for their cue words in it first ([`Needle`]).

    // "Women staged a protest in response to the killing of three men",
    // "protested against the measures imposed to battle the virus": the
    // violence is what the protest is about, not an event of its own, and
    // its counts go with it.
    let mut causes = cause_spans(text, sentence.span.start, &m.acts);
    causes.extend(cumulative_tolls(
        text,
        lower,
        sentence.span.start,
        &m.acts,
        &m.counts,
        &m.dates,
    ));
    // "Four people were killed in the blast. Police said the same group
    // had killed 12 people in a similar attack last year": in a short
    // item, violence told in the past perfect after the item's lead
    // incident (an event already told in the paragraph) is background, not
    // an event whose toll could outrank the incident the item is about.
    if doc.sentences.len() <= 10 && carry.last_event_block == Some(sentence.block) {
        causes.extend(past_perfect(text, sentence.span.start, &m.acts, &m.counts));
        causes.extend(another_time(text, sentence.span.start, &m.acts, &m.counts));
    }
    causes.extend(recalled_incidents(
        text,
        lower,
        sentence.span.start,
        &m.acts,
        &m.counts,
    ));
    causes.extend(death_as_cause(
        text,
        lower,
        sentence.span.start,
        &m.acts,
        &m.counts,
    ));
    // A natural hazard's toll is no event; the incident the paragraph
    // told last is then the disaster, which no later sentence continues.
    let hazard = natural_hazard_tolls(
        doc,
        si,
        text,
        lower,
        m,
        // A sentence between that tells harm done by hand ("Armed police
        // used violence") ends the disaster's part of the paragraph.
        carry.hazard_sentence.is_some_and(|h| {
            doc.sentences[h].block == sentence.block
                && (si - h == 1
                    || (si - h == 2 && !names_human_harm(doc.slice(doc.sentences[si - 1].span))))
        }),
    );
    let (hazard, told_hazard) = hazard;
    causes.extend(hazard);
    let report_date = carry
        .block_dateline
        .or_else(|| sentence_reference(doc, sentence.section).map(|r| r.date));
    causes.extend(relative_of_past_time(
        text,
        lower,
        sentence.span.start,
        &m.acts,
        &m.counts,
        &m.dates,
        report_date,
    ));
    causes.extend(came_after(
        text,
        lower,
        sentence.span.start,
        &m.acts,
        &m.counts,
        carry.last_event_block == Some(sentence.block),
    ));
    if doc.sentences.len() > 10
        && doc.blocks.len() == 1
        && carry.last_event_block == Some(sentence.block)
    {
        // A longer item of one paragraph (an encyclopedia's entry on one
        // attack) is still about its lead incident: an attack its own words
        // set in another year ("similar to the bombing in X in 2003") is
        // background too.
        causes.extend(another_time(text, sentence.span.start, &m.acts, &m.counts));
    }
    let filtered;
    let m = if causes.is_empty() {
        m
    } else {
        filtered = SentenceMentions {
            dates: m.dates.clone(),
            counts: m
                .counts
                .iter()
                .filter(|c| !causes.iter().any(|s| c.trigger.overlaps(*s)))
                .cloned()
                .collect(),
            places: m.places.clone(),
            actors: m.actors.clone(),
            acts: m
                .acts
                .iter()
                .filter(|a| !causes.contains(&a.span))
                .cloned()
                .collect(),
        };
        &filtered
    };
    if told_hazard {
        carry.last_event_block = None;
        carry.hazard_sentence = Some(si);
    }

    // Acts inside an actor's name ("Special Anti-Terror Force") are not acts,
    // nor is the verb of a subset ("19 of those killed"), which restates a
    // toll already told, unless it is also the verb of the total ("7
    // people (including a nurse) died").
    let acts: Vec<&ActMention> = m
        .acts
        .iter()
        .filter(|a| {
            // An actor implied by its weapon ("a mine blast", "an Israeli
            // airstrike") keeps the act it was read from, and so does a
            // force named by the weapon it used as the agent of a passive
            // ("killed by military airstrikes", "hit by army shelling"):
            // the weapon is the phrase's last word, not part of a name
            // ("Special Anti-Terror Force").
            let weapon_head = |x: &ActorMention| {
                a.span.end == x.span.end
                    && text[..x.span.start - sentence.span.start]
                        .trim_end()
                        .to_ascii_lowercase()
                        .ends_with(" by")
                    && matches!(
                        a.kind,
                        ActKind::Airstrike
                            | ActKind::Shelling
                            | ActKind::Explosive
                            | ActKind::Grenade
                            | ActKind::SuicideBomb
                    )
            };
            !m.actors.iter().any(|x| {
                !x.implicit && x.span.contains(a.span) && x.span != a.span && !weapon_head(x)
            })
        })
        .filter(|a| {
            let counted = |subset: bool| {
                m.counts
                    .iter()
                    .any(|c| (c.role == CountRole::Subset) == subset && c.trigger.overlaps(a.span))
            };
            !counted(true) || counted(false)
        })
        .collect();
    // "investigations into the use of lethal force during protests":
    // an act named as the subject of an inquiry or a trial is not told as
    // an event unless a count comes with it.
    let acts: Vec<&ActMention> = acts
        .into_iter()
        .filter(|a| {
            // The count first: it costs no search.
            m.counts
                .iter()
                .any(|c| c.trigger.overlaps(a.span) || c.span.start >= a.span.start)
                || !under_inquiry(&text[..a.span.start - sentence.span.start])
        })
        .collect();
    let has_fresh = acts.iter().any(|a| !a.definite);
    let acts: Vec<&ActMention> = acts
        .into_iter()
        .filter(|a| {
            // "The airstrike occurred ...", "investigating the torture":
            // a definite noun refers back to an event already told, unless
            // a count is its own ("the enforced disappearance of 17 bus
            // travellers"), or it is the only act and a count follows it.
            !a.definite
                || m.counts.iter().any(|c| c.trigger.overlaps(a.span))
                || (!has_fresh && m.counts.iter().any(|c| c.span.start >= a.span.start))
        })
        .collect();

    let mut groups: Vec<Group> = Vec::new();
    for act in acts {
        match groups.last_mut() {
            Some(g)
                if same_event_kind(g.acts[0].kind, act.kind)
                    && (!date_between(&m.dates, g.acts.last().unwrap().span, act.span)
                        || date_then_when(
                            text,
                            sentence.span.start,
                            &m.dates,
                            g.acts.last().unwrap().span,
                            act.span,
                        )) =>
            {
                g.acts.push(act.clone())
            }
            _ => groups.push(Group {
                acts: vec![act.clone()],
                start: act.span.start,
                end: sentence.span.end,
            }),
        }
    }
    // A count whose kind no act covers makes an event of its own when the
    // sentence tells no other event ("“22 presumed terrorists” had been
    // held"); in a sentence that does, it belongs to that event ("21
    // soldiers whose bodies were found ... after they were disappeared").
    // Subsets never make events.
    // A patrol or an operation ("conducted an operation ..., leaving four
    // fighters dead") tells no violence of its own: its toll is an event.
    let had_acts = groups
        .iter()
        .any(|g| g.acts.iter().any(|a| a.kind != ActKind::NonViolent));
    for c in &m.counts {
        let covered = groups.iter().any(|g| {
            g.acts
                .iter()
                .any(|a| a.span.overlaps(c.trigger) || count_fits(a.kind, c.kind))
        });
        if !covered && !had_acts && c.role != CountRole::Subset {
            groups.push(Group {
                acts: vec![ActMention {
                    span: c.trigger,
                    kind: act_of_count(c.kind),
                    nominal: false,
                    definite: false,
                    passive: false,
                }],
                start: c.trigger.start.min(c.span.start),
                end: sentence.span.end,
            });
        }
    }
    // "Police detained three activists taking part in an unauthorised
    // protest": arrests in a sentence that tells a protest are the
    // protest's intervention, one event, unless they are what the protest
    // is about ("supporters of a preacher who was detained ... protested").
    if let Some(pi) = groups
        .iter()
        .position(|g| g.acts.iter().any(|a| a.kind == ActKind::Protest))
    {
        let protest_span = groups[pi]
            .acts
            .iter()
            .find(|a| a.kind == ActKind::Protest)
            .map(|a| a.span)
            .expect("the group has a protest");
        let mut moved = Vec::new();
        let mut gi = 0;
        groups.retain(|g| {
            let here = gi;
            gi += 1;
            if here == pi || !g.acts.iter().all(|a| a.kind == ActKind::Arrest) {
                return true;
            }
            // The protest's own span, to read what joins it to the arrest.
            let protest_at = protest_span;
            // "supporters of a preacher who was detained": an arrest told as
            // who the protesters are is no event of its own.
            let told_in_passing = g.acts.iter().all(|a| {
                let before = text[..a.span.start - sentence.span.start].to_ascii_lowercase();
                let tail: Vec<&str> = before.split_whitespace().rev().take(4).collect();
                tail.iter()
                    .any(|w| matches!(*w, "who" | "whose" | "of" | "house" | "under"))
            });
            // "arrested 5,000 people after the rallies", "an arrest causing
            // protests", "protested against the arrest": the arrest is an
            // event of its own, before or after the protest.
            let separate = g.acts.iter().any(|a| {
                let (from, to) = if a.span.start < protest_at.start {
                    (a.span.end, protest_at.start)
                } else {
                    (protest_at.end, a.span.start)
                };
                let between = text
                    .get(
                        from.saturating_sub(sentence.span.start)
                            ..to.saturating_sub(sentence.span.start),
                    )
                    .unwrap_or("")
                    .to_ascii_lowercase();
                [
                    "after",
                    "following",
                    "caus",
                    "spark",
                    "prompt",
                    "led to",
                    "trigger",
                    "against",
                    "over",
                    "demand",
                    "release",
                ]
                .iter()
                .any(|cue| between.contains(cue))
            });
            if separate {
                return true;
            }
            if !told_in_passing {
                moved.extend(g.acts.iter().cloned());
            }
            false
        });
        if let Some(p) = groups
            .iter_mut()
            .find(|g| g.acts.iter().any(|a| a.kind == ActKind::Protest))
        {
            p.start = moved.iter().map(|a| a.span.start).fold(p.start, usize::min);
            p.acts.extend(moved);
        }
    }
    groups.sort_by_key(|g| g.start);
    for i in 0..groups.len() {
        groups[i].end = groups
            .get(i + 1)
            .map(|n| n.start)
            .unwrap_or(sentence.span.end);
    }
    let first_start = groups.first().map(|g| g.start).unwrap_or(sentence.span.end);
    let in_group = |span: Span, g: &Group| span.start >= g.start && span.start < g.end;
    let before_all = |span: Span| span.start < first_start;

    let section_title = doc.sections[sentence.section].title.clone();
    let mut events = Vec::new();
    // Events whose passive act ("were kidnapped", "was beaten to death")
    // found no agent before it: a later part of the sentence may name it.
    let mut agentless: Vec<bool> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        // Dates: its own, else the sentence's opening, else the paragraph,
        // else later in the paragraph, else the section, else the dateline.
        // Of the dates in its part of the sentence and before the first act,
        // the one nearest its acts ("bodies were discovered in a mass grave
        // in 2012 ..., Amnesty International said today" is 2012).
        let distance = |d: &DateMention| -> usize {
            g.acts
                .iter()
                .map(|a| {
                    if d.span.end <= a.span.start {
                        a.span.start - d.span.end
                    } else {
                        d.span.start.saturating_sub(a.span.end)
                    }
                })
                .min()
                .unwrap_or(usize::MAX)
        };
        let nearest_date = m
            .dates
            .iter()
            .filter(|d| {
                (in_group(d.span, g) || before_all(d.span))
                    && (d.start.is_some() || d.yearless.is_some())
            })
            // A date with its own year or day beats a relative one ("said
            // today"); a bare year ("an attempted murder in 2018", "who
            // passed the test in 2019") yields to a day or month told for
            // the event; then the nearest wins.
            .min_by_key(|d| {
                (
                    !heads(text, d, sentence.span.start),
                    ends_at(text, d.span.start - sentence.span.start),
                    !d.year_explicit,
                    is_relative(d),
                    d.precision == DatePrecision::Year,
                    distance(d),
                )
            });
        // "The clash lasted until 5 May", "the siege ended on 12 October":
        // the day the incident ended is no day it began; the paragraph's
        // date, where it has one, is.
        let nearest_date = nearest_date.filter(|d| {
            carry.block_date.is_none() || !ends_at(text, d.span.start - sentence.span.start)
        });
        let date = if let Some(d) = nearest_date {
            Some(event_date(d, ""))
        } else if let Some(d) = gi
            .checked_sub(1)
            .and_then(|p| events.get(p))
            .and_then(|e: &Event| e.date.clone())
        {
            Some(d)
        } else if let Some(d) = &carry.block_date {
            Some(inherited(d, "inherited from the paragraph"))
        } else if let Some(d) = later_block_date.get(doc, sentence.block) {
            Some(inherited(d, "inherited from later in the paragraph"))
        } else if let Some(d) = &carry.section_date {
            Some(inherited(d, "inherited from the section"))
        } else if let Some(day) = doc.sections[sentence.section].dateline {
            let first = day.with_day(1).unwrap_or(day);
            Some(EventDate {
                start: Some(first),
                end: Some(day),
                precision: DatePrecision::Range,
                text: String::new(),
                note: "reported on the section's date; happened on or before it".to_string(),
                span: None,
            })
        } else {
            None
        };

        // Counts: those whose trigger is one of the group's acts, or that
        // stand in its part of the sentence.
        let counts: Vec<CountMention> = m
            .counts
            .iter()
            .filter(|c| count_group(c, &groups, first_start) == Some(gi))
            .cloned()
            .collect();

        // Place: the most specific of its own part, else of the sentence's
        // opening, else of the whole sentence, else the paragraph's.
        // A country is the last resort: "residents in Bamako staged a
        // protest against French policy in Mali" happened in Bamako.
        // "was shot in X and rushed to hospital in Y": where the victim
        // was taken is no place of the event, unless the sentence names
        // no other.
        let not_destination = |p: &&PlaceMention| {
            !destination_of_transfer(text, p.span.start.saturating_sub(sentence.span.start))
        };
        // "Ravi Tamang, 24, from Kalo, was shot near Dunamo": a person's
        // home town, written after his age, is where he came from; the
        // event is at the sentence's other place, else the paragraph's.
        let not_home = |p: &&PlaceMention| {
            !home_after_age(text, p.span.start.saturating_sub(sentence.span.start))
        };
        // "in Kelto, residents staged a protest against the return of
        // people stranded in Dunamo": a place in what the protest is about
        // is not where it was held; the sentence's other place is.
        let not_cause = |p: &&PlaceMention| {
            !in_protest_cause(text, sentence.span.start, &g.acts, &m.places, p.span)
        };
        let own_places = m
            .places
            .iter()
            .filter(|p| in_group(p.span, g))
            .filter(not_destination)
            .filter(not_home)
            .filter(not_cause);
        let sentence_places = || m.places.iter().filter(not_home);
        let below_country = |p: &&PlaceMention| p.kind != PlaceKind::Country;
        // "(coded as Hombori at geoprecision 2)": the note says which place
        // the event was coded to.
        // Only the sentence's words before the place are read: not the
        // whole document up to it, once per place.
        // "[coded to Thessaloniki-East Thessaloniki]": the place may be the last word
        // of the name the note codes to, after up to two capitalised words.
        let coded = m.places.iter().find(|p| {
            let from = sentence.span.start.min(p.span.start);
            let before = &doc.text[from..p.span.start];
            let name_words = before
                .split_whitespace()
                .rev()
                .take(2)
                .take_while(|w| w.starts_with(char::is_uppercase))
                .count();
            let mut words = last_words(before, char::is_alphanumeric).skip(name_words);
            matches!(words.next().as_deref(), Some("as" | "to" | "at"))
                && words.next().as_deref() == Some("coded")
        });
        let own_pick = most_specific(own_places.clone().filter(below_country));
        let opening_pick = most_specific(
            sentence_places()
                .filter(|p| before_all(p.span))
                .filter(below_country),
        );
        // "In Qarnabit, Diyala, gunmen stormed the Diyala council building":
        // a region named in the act's part, that holds the town the
        // sentence opens on ("in", "at", "near" it), says no more than the
        // town. Not "villagers from Qarnabit" nor "the Qarnabit mayor".
        let set_at = |p: &PlaceMention| {
            p.span.start >= sentence.span.start
                && last_words(
                    &doc.text[sentence.span.start..p.span.start],
                    char::is_alphanumeric,
                )
                .next()
                .is_some_and(|w| matches!(w.as_str(), "in" | "at" | "near"))
        };
        // A name the gazetteer lacks takes its region from its neighbours:
        // it lies in the region only when its address says so ("in
        // Qarnabit, Diyala"), not when a region comes later ("a build-up in
        // Darfur ... an offensive in North Darfur").
        let addressed = |p: &PlaceMention| {
            p.kind != PlaceKind::Unlisted
                || m.places.iter().any(|q| {
                    matches!(q.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
                        && q.span.start > p.span.end
                        && doc.text[p.span.end..q.span.start].trim() == ","
                })
        };
        // "On 3 May, in Kelto, Dara province, police raided a house in the
        // Tano area": a sentence framed by a town's address (", in" the
        // town, a comma, the region that holds it, a comma, all before the
        // act) is at that town; a quarter or site the act's part names lies
        // within it. Not a village named later: a town holds no villages,
        // so the address named a district. Not a list of towns and regions
        // ("in Kelto, Dara and Sumo") nor a place the words run into ("sent
        // troops to intervene in Kelto, Dara province"). The address may
        // run on through other names, listed or not, to the region or the
        // country that holds the town ("On 3 May, in central Kelto, Dara
        // Republic, Ganda, gunmen fired at a train at Tano station"): the
        // station lies in the town.
        let framed_address = |p: &PlaceMention| {
            let before = doc.text[sentence.span.start.min(p.span.start)..p.span.start].trim_end();
            let before = before
                .strip_suffix("central")
                .map_or(before, |b| b.trim_end());
            if !(matches!(p.kind, PlaceKind::Locality | PlaceKind::Unlisted)
                && before
                    .strip_suffix("in")
                    .or_else(|| before.strip_suffix("In"))
                    .is_some_and(|b| {
                        let b = b.trim_end();
                        b.is_empty() || b.ends_with(',')
                    }))
            {
                return false;
            }
            let mut end = p.span.end;
            for q in m.places.iter().filter(|q| q.span.start >= p.span.end) {
                if !before_all(q.span) || !address_gap(&doc.text[end..q.span.start]) {
                    return false;
                }
                // "in Kelto Kalay, Dara, ...": a name the gazetteer lacks
                // before a listed town or district is coded to that town.
                if p.kind == PlaceKind::Unlisted
                    && matches!(q.kind, PlaceKind::Locality | PlaceKind::Admin2)
                {
                    return false;
                }
                end = q.span.end;
                let holds = (q.kind == PlaceKind::Admin1 && region_holds(q, p))
                    || (q.kind == PlaceKind::Country && q.iso3.is_some() && q.iso3 == p.iso3);
                if holds && doc.text[end..].starts_with(',') {
                    return true;
                }
            }
            false
        };
        let named_village = |p: &PlaceMention| {
            let after = doc.text[p.span.end..].trim_start();
            let before = doc.text[sentence.span.start.min(p.span.start)..p.span.start].trim_end();
            has_words(&p.text.to_lowercase(), "village")
                || after.starts_with("village")
                || before.ends_with("village of")
                || before.ends_with("villages of")
        };

        // "residents in Kelto staged a protest in support of a leader from
        // Dunamo": the town that protesters, rioters or civilians the
        // sentence names are "in", right before its verb, is where they
        // acted; a place in the act's part says what the act was about or
        // where it led. Not armed men, who set out from where they are
        // ("soldiers in Kelto raided Dunamo"), nor a place that a clause
        // goes on to describe ("workers in Kelto, where ...").
        let actors_in = |p: &PlaceMention| {
            let verb_next = doc.text.get(p.span.end..).is_some_and(|rest| {
                let mut b = rest.bytes();
                b.next() == Some(b' ') && b.next().is_some_and(|c| c.is_ascii_lowercase())
            });
            verb_next
                && m.actors.iter().any(|a| {
                    !a.implicit
                        && matches!(
                            a.actor_type,
                            ActorType::Protesters | ActorType::Rioters | ActorType::Civilians
                        )
                        && a.span.end <= p.span.start
                        && doc
                            .text
                            .get(a.span.end..p.span.start)
                            .is_some_and(|gap| gap.trim() == "in")
                })
        };
        let place = coded
            .or_else(|| match (own_pick, opening_pick) {
                (Some(own), Some(opening))
                    if set_at(opening) && addressed(opening) && region_holds(own, opening) =>
                {
                    Some(opening)
                }
                (Some(own), Some(opening))
                    if own.span.start > opening.span.end
                        && !named_village(own)
                        && framed_address(opening) =>
                {
                    Some(opening)
                }
                (Some(_), Some(opening)) if actors_in(opening) => Some(opening),
                (own, opening) => own.or(opening),
            })
            // "a rally of the Kelo Front (Bangladesh) in Dhaka city": a
            // country in the act's part gives way to a town the sentence
            // names; the country is the last resort. Not to a place someone
            // was taken to ("detained in Serbia and transferred to The
            // Hague").
            .or_else(|| {
                let below = || {
                    sentence_places()
                        .filter(not_destination)
                        .filter(below_country)
                };
                most_specific(below().filter(|p| before_all(p.span)))
                    .or_else(|| most_specific(below()))
            })
            .or_else(|| most_specific(own_places))
            .or_else(|| most_specific(sentence_places().filter(|p| before_all(p.span))))
            .or_else(|| most_specific(sentence_places()))
            .cloned()
            // A country the sentence names is where it happened when the
            // paragraph's place lies in another country ("In Saudi Arabia,
            // 27 prisoners were executed" after a paragraph on Iran).
            // Only "in X" and the like: "a citizen of X", "workers from X"
            // tell who, not where.
            .filter(|p| {
                p.kind != PlaceKind::Country
                    || carry.block_place.as_ref().is_none_or(|b| {
                        b.iso3.is_some()
                            && b.iso3 != p.iso3
                            && p.span.start >= sentence.span.start
                            && last_words(
                                &doc.text[sentence.span.start..p.span.start],
                                char::is_alphanumeric,
                            )
                            .next()
                            .is_some_and(|w| matches!(w.as_str(), "in" | "across" | "throughout"))
                    })
            })
            .or_else(|| carry.block_place.clone())
            .or_else(|| most_specific(m.places.iter()).cloned())
            // "Gunmen raided Qarnabit, Diyala. This was one of three attacks
            // in Diyala that day.": a sentence that opens on the paragraph's
            // incident ("This", "It") and names only a region that holds the
            // incident's town is still at that town.
            .map(|p| match &carry.block_place {
                Some(b)
                    if refers_back(text)
                        && (region_holds(&p, b) || named_with(&doc.text, &p, b)) =>
                {
                    b.clone()
                }
                _ => p,
            });

        let main = g
            .acts
            .iter()
            // Arrests merged into a protest are its intervention: the
            // protest decides the event.
            .max_by_key(|a| {
                (
                    a.kind.rank(),
                    a.kind != ActKind::Arrest,
                    std::cmp::Reverse(a.span.start),
                )
            })
            .expect("a group has an act");
        let (mut actor1, mut actor2) = roles(text, sentence.span.start, g, &m.actors, &counts);
        // A passive verb with no agent ("Farabougou was blockaded", "X was
        // arrested on 6 September") leaves the agent to the sentence before.
        // So does a toll with no verb of its own ("4 fatalities.", "Three
        // dead.") that follows the sentence telling the attack.
        let toll_only = g
            .acts
            .iter()
            .all(|a| !m.acts.iter().any(|x| x.span == a.span));
        // So does an act told as a noun that is the event itself ("The
        // raid left six dead", "Airstrikes hit two camps"), not a crime
        // only named as what a trial or an inquiry is about ("tried for
        // the unlawful killings of 39 civilians"), which keeps no agent.
        // Only where the sentence tells the event with a count or a place
        // of its own: a carried agent must not make an event of a noun the
        // text only mentions ("allegations of abuse", "the last execution
        // took place in 1993"), which is too vague to code without one.
        let told_here = !counts.is_empty() || m.places.iter().any(|p| p.kind != PlaceKind::Country);
        let wants_agent = actor1.is_none()
            && needs_perpetrator(main.kind)
            && (toll_only
                || bare_toll(text)
                || g.acts.iter().any(|a| {
                    a.passive
                        || (a.nominal
                            && told_here
                            && !named_crime(&text[..a.span.start - sentence.span.start]))
                }));
        if wants_agent {
            // "Gunmen abducted four traders, three were executed": the
            // sentence's own earlier perpetrator before the paragraph's.
            let earlier = events
                .iter()
                .rev()
                .filter_map(|e: &Event| e.actor1.as_ref())
                // "two Dozos were shot dead" after "Dozos who had abducted
                // a civilian": the earlier perpetrators are now the victims.
                .find(|a| {
                    a.span.is_some()
                        && is_perpetrator_type(a.actor_type)
                        // A crowd arrests no one: "Several were arrested"
                        // after a protest is the police's.
                        && !(main.kind == ActKind::Arrest
                            && matches!(a.actor_type, ActorType::Protesters | ActorType::Rioters))
                        && actor2.as_ref().is_none_or(|v| v.name != a.name)
                });
            let custody = m
                .actors
                .iter()
                .any(|a| a.implicit && a.actor_type == ActorType::StateForces);
            if earlier.is_none() {
                settle_perpetrator(doc, contexts, carry);
            }
            actor1 = earlier.cloned().or_else(|| {
                carry.block_perpetrator.clone().filter(|a| {
                    carries_to(a, main.kind, custody, si > carry.perpetrator_sentence + 1)
                })
            });
        }
        // "Two aid workers were kidnapped near Tenenkou", "seven farmers
        // were found dead": the actor stage read the act itself as the work
        // of an unnamed armed group (see `actors::implicit_perpetrator`);
        // with no one else to have done it, that group is actor1.
        // Only for the acts such a group does: a clash has two sides the
        // text names, and a riot or a closure is no armed group's.
        if actor1.is_none()
            && matches!(
                main.kind,
                ActKind::Kill
                    | ActKind::Injure
                    | ActKind::Attack
                    | ActKind::Airstrike
                    | ActKind::Explosive
                    | ActKind::Disappear
                    | ActKind::Torture
            )
        {
            actor1 = m
                .actors
                .iter()
                .find(|a| a.implicit && a.span.start >= g.start && a.span.start < g.end)
                .map(actor_of);
        }
        let mut counts = counts;
        // The object follows the last verb of a chain ("arrested and
        // detained the former president"), not a later noun in the group.
        let mut anchor = &g.acts[0];
        for a in &g.acts[1..] {
            let gap = text
                .get(anchor.span.end - sentence.span.start..a.span.start - sentence.span.start)
                .unwrap_or("");
            if gap.len() <= 24 && !gap.contains([',', ';', '.']) {
                anchor = a;
            } else {
                break;
            }
        }
        // "A convoy was struck by an IED ..., a subcontractor was killed":
        // the bombing decides the event, and the killing in its group still
        // says who died.
        let named = persons_named(text, sentence.span.start, main, anchor, &counts).or_else(|| {
            g.acts
                .iter()
                .filter(|a| a.kind == ActKind::Kill && a.passive && main.kind != ActKind::Kill)
                .find_map(|a| persons_named(text, sentence.span.start, a, a, &counts))
        });
        if let Some(n) = named {
            if n.victim_group == "officials"
                && actor2
                    .as_ref()
                    .is_none_or(|a| a.span.is_none_or(|s| s.start > n.span.end))
            {
                actor2 = Some(Actor {
                    name: government(doc, sentence.span.start),
                    actor_type: ActorType::StateForces,
                    span: Some(n.span),
                });
            }
            if n.victim_group == "officials" {
                counts.retain(|c| c.kind != n.kind);
            }
            counts.push(n);
        }
        // Victims a count names before any actor after the act ("torturing
        // an elderly man to force him to confess to belonging to an armed
        // group") are the victims.
        // A person counted from the verb alone ("X was disappeared") has no
        // words of its own that could name the victims.
        let worded = |c: &&CountMention| c.span != c.trigger;
        let count_victims_first = counts
            .iter()
            .filter(worded)
            .filter(|c| c.role != CountRole::Subset && c.victim_group != "officials")
            .map(|c| c.span.start)
            .min();
        // An actor named inside the count's phrase ("a member of a
        // village guard unit", "nine border guards") is the victim.
        let mut victim_in_count = false;
        if let Some(c) = counts
            .iter()
            .filter(worded)
            .find(|c| c.role != CountRole::Subset && c.victim_group != "officials")
        {
            let clause_end = text
                .get(c.span.end - sentence.span.start..)
                .and_then(|rest| rest.find([',', ';', '.']).map(|i| c.span.end + i))
                .unwrap_or(sentence.span.end)
                .min(c.span.end + 50);
            // Only within the count's own words: no act between them ("a
            // man was killed in a drive-by shooting" names no victim actor).
            if let Some(a) = m
                .actors
                .iter()
                .filter(|a| !a.implicit)
                .filter(|a| {
                    !m.acts
                        .iter()
                        .any(|x| x.span.start >= c.span.end && x.span.end <= a.span.start)
                })
                .find(|a| a.span.start >= c.span.start && a.span.start < clause_end)
            {
                // "one assailant was killed": the attackers' own losses
                // name no victim.
                if actor1.as_ref().and_then(|x| x.span) != Some(a.span)
                    && actor1.as_ref().map(|x| &x.name) != Some(&a.name)
                {
                    actor2 = Some(actor_of(a));
                    // Only an actor the count's noun belongs to ("a member
                    // of a militia", "two CMA fighters") is sure to be the
                    // victim; "a man forced to confess to belonging to an
                    // armed group" is no member of it.
                    let gap = text
                        .get(
                            c.span.end.min(a.span.start) - sentence.span.start
                                ..a.span.start - sentence.span.start,
                        )
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase();
                    victim_in_count = is_armed(a.actor_type)
                        && matches!(
                            gap.as_str(),
                            "" | "of" | "of a" | "of an" | "of the" | "from" | "from the"
                        );
                }
            }
        }
        // The count's own actor ("a member of a militia") already names the
        // victims: the count's bare noun ("members") must not replace it.
        if actor2.is_none()
            || !victim_in_count
                && count_victims_first.is_some_and(|c| {
                    actor2
                        .as_ref()
                        .and_then(|a| a.span)
                        .is_some_and(|a| c < a.start && c >= g.start)
                })
        {
            actor2 = victims_from_counts(&counts, doc).or(actor2);
        }
        if actor1.is_some() && actor2.as_ref().map(|a| &a.name) == actor1.as_ref().map(|a| &a.name)
        {
            actor2 = None;
        }
        // "an off-duty policeman", "a retired soldier", "a former army
        // commander": ACLED codes them as civilians, not as the force they
        // serve or served in.
        if main.kind.is_violent()
            && actor2.as_ref().is_some_and(|a| is_armed(a.actor_type))
            && off_duty_victim(text, sentence.span.start, actor2.as_ref(), &counts)
        {
            actor2 = Some(Actor {
                name: with_country("Civilians", doc, sentence.span.start),
                actor_type: ActorType::Civilians,
                span: actor2.as_ref().and_then(|a| a.span),
            });
        }
        // "Militiamen beat up a member of an opposition party": a party's
        // members who are attacked are civilians (the party stays their
        // association), not an armed side, so the act is violence against
        // civilians rather than a battle.
        // (Not when a party's wing fights it: "the youth wing and the
        // opposition's supporters fought" is a party clash, below.)
        if main.kind.is_violent()
            && actor2
                .as_ref()
                .is_some_and(|a| actors::is_political_party(&a.name))
            && !(main.kind == ActKind::Clash
                && actor1
                    .as_ref()
                    .is_some_and(|a| actors::is_party_wing(&a.name)))
        {
            actor2 = Some(Actor {
                name: with_country("Civilians", doc, sentence.span.start),
                actor_type: ActorType::Civilians,
                span: actor2.as_ref().and_then(|a| a.span),
            });
        }
        // A village or town blockaded or besieged: its people are the
        // target (ACLED's Civilians of the country).
        if main.kind == ActKind::Blockade && actor2.is_none() {
            actor2 = Some(Actor {
                name: with_country("Civilians", doc, sentence.span.start),
                actor_type: ActorType::Civilians,
                span: None,
            });
        }
        // "22 presumed terrorists were arrested": people only suspected of
        // belonging to an unnamed armed group are no actor of their own.
        if main.kind == ActKind::Arrest
            && actor2.as_ref().is_some_and(|a| {
                is_generic(&a.name)
                    && is_armed(a.actor_type)
                    && match a.span {
                        Some(s) => {
                            let from = s.start.saturating_sub(24).max(sentence.span.start);
                            // The hedge may be inside the mention's own words.
                            doc.text.get(from..s.end).is_some_and(suspected)
                        }
                        // Read from a count's words ("22 presumed terrorists").
                        None => counts.iter().any(|c| {
                            doc.text
                                .get(c.span.start..c.span.end)
                                .is_some_and(suspected)
                        }),
                    }
            })
        {
            actor2 = None;
        }
        // "Ten militants were killed when the army repulsed their attack":
        // the armed victims made the attack, and the force that repulsed it
        // is the other side.
        if actor1.is_none()
            && actor2
                .as_ref()
                .is_some_and(|a| a.span.is_some() && is_armed(a.actor_type))
        {
            if let Some(at) = repulsed_their_attack(text) {
                let repeller = m
                    .actors
                    .iter()
                    .filter(|a| !a.implicit && is_armed(a.actor_type))
                    .filter(|a| a.span.end <= sentence.span.start + at)
                    .rfind(|a| actor2.as_ref().and_then(|x| x.span) != Some(a.span))
                    .map(actor_of);
                if repeller.is_some() {
                    actor1 = actor2.take();
                    actor2 = repeller;
                }
            }
        }
        let (mut event_type, mut sub_event_type) = classify(
            g,
            main.kind,
            actor1.as_ref(),
            actor2.as_ref(),
            &counts,
            text,
        );
        // A protest told in this sentence or the two before: violence
        // further down a long paragraph is not that protest's.
        // ("Police intervened in the demonstration" names it again.)
        let recent_protest = carry.block_protest
            && (si <= carry.protest_sentence + PROTEST_REACH
                || m.acts.iter().any(|a| a.kind == ActKind::Protest));
        // Violence with no armed actor: a protest turning violent, or a mob
        // with sticks and stones.
        let unarmed = actor1
            .as_ref()
            .is_none_or(|a| !is_armed(a.actor_type) || a.span.is_none())
            && actor2.as_ref().is_none_or(|a| !is_armed(a.actor_type));
        // People, not armed groups, attacking ("about 250 people targeted
        // police forces", "two groups clashed over a land dispute") riot.
        // (The sides are read here, before the rules below change them;
        // the crowd words are searched only where a mob would matter.)
        let crowd_named = actor1.as_ref().is_some_and(|a| {
            a.span.is_some()
                && matches!(
                    a.actor_type,
                    ActorType::Civilians | ActorType::Protesters | ActorType::Rioters
                )
        });
        let sides_unnamed = actor1.as_ref().is_none_or(|a| a.span.is_none())
            && actor2.as_ref().is_none_or(|a| a.span.is_none());
        let mob =
            || crowd_named || (sides_unnamed && !agentless_death(main, doc) && communal(text));
        // "clashes between police and shopkeepers", "Palestinians clashed
        // with Israeli forces": people, not an armed group, on one side of
        // a clash riot against the forces on the other.
        // A party's supporters are people, not an armed group: "CNL and
        // CNDD-FDD supporters fought each other" riots (ACLED codes party
        // clashes so unless an armed wing is named).
        let party = |a: &ActorMention| actors::is_political_party(&a.name);
        // A party's youth wing fighting another party's supporters is a
        // party clash too ("the ruling party's youth league and opposition
        // supporters fought"): both sides are party followers.
        let party_clash = [actor1.as_ref(), actor2.as_ref()].iter().all(|a| {
            a.is_none_or(|a| {
                actors::is_political_party(&a.name)
                    || actors::is_party_wing(&a.name)
                    || matches!(
                        a.actor_type,
                        ActorType::Civilians | ActorType::Protesters | ActorType::Rioters
                    )
            })
        }) && [actor1.as_ref(), actor2.as_ref()]
            .iter()
            .flatten()
            .any(|a| actors::is_political_party(&a.name));
        let wing_in_clash = |a: &ActorMention| party_clash && actors::is_party_wing(&a.name);
        if main.kind == ActKind::Clash
            && event_type == "Battles"
            && (party_clash || crowd_in_clash(text, main.span.start - sentence.span.start))
            && !m.actors.iter().any(|a| {
                !a.implicit
                    && !party(a)
                    && !wing_in_clash(a)
                    && matches!(
                        a.actor_type,
                        ActorType::RebelGroup
                            | ActorType::PoliticalMilitia
                            | ActorType::IdentityMilitia
                    )
                    && clause_of(text, main.span.start - sentence.span.start)
                        .contains(&(a.span.start - sentence.span.start))
            })
        {
            let protest = recent_protest
                || g.acts.iter().any(|a| a.kind == ActKind::Protest)
                || actor1
                    .iter()
                    .chain(actor2.iter())
                    .any(|a| a.actor_type == ActorType::Protesters);
            (event_type, sub_event_type) = if protest {
                ("Riots", "Violent demonstration")
            } else {
                ("Riots", "Mob violence")
            };
            let forces = [actor1.take(), actor2.take()]
                .into_iter()
                .flatten()
                .find(|a| matches!(a.actor_type, ActorType::StateForces | ActorType::External));
            actor1 = Some(Actor {
                name: with_country("Rioters", doc, sentence.span.start),
                actor_type: ActorType::Rioters,
                span: None,
            });
            actor2 = forces;
        }
        // A crowd that loots or burns riots too (its looting is named by
        // the crowd subject in `roles`, never by an unnamed perpetrator).
        let crowd_looting = main.kind == ActKind::Looting
            && actor1
                .as_ref()
                .is_some_and(|a| a.span.is_some() && a.actor_type == ActorType::Civilians);
        if (main.kind.is_violent() || main.kind == ActKind::Torture || crowd_looting)
            && !matches!(event_type, "Riots" | "Explosions/Remote violence")
            && mob()
        {
            if recent_protest || g.acts.iter().any(|a| a.kind == ActKind::Protest) {
                (event_type, sub_event_type) = ("Riots", "Violent demonstration");
            } else {
                (event_type, sub_event_type) = ("Riots", "Mob violence");
            }
            if actor1
                .as_ref()
                .is_none_or(|a| a.span.is_none() || a.actor_type == ActorType::Civilians)
            {
                actor1 = Some(Actor {
                    name: with_country("Rioters", doc, sentence.span.start),
                    actor_type: ActorType::Rioters,
                    span: actor1.as_ref().and_then(|a| a.span),
                });
            }
        } else if main.kind.is_violent()
            && unarmed
            && !matches!(event_type, "Riots" | "Explosions/Remote violence")
        {
            if recent_protest || g.acts.iter().any(|a| a.kind == ActKind::Protest) {
                (event_type, sub_event_type) = ("Riots", "Violent demonstration");
                if actor1.as_ref().is_none_or(|a| a.span.is_none()) {
                    actor1 = Some(Actor {
                        name: with_country("Rioters", doc, sentence.span.start),
                        actor_type: ActorType::Rioters,
                        span: None,
                    });
                }
            } else if cold_weapons(text) || private_dispute(text) {
                (event_type, sub_event_type) = ("Riots", "Mob violence");
                if actor1
                    .as_ref()
                    .is_none_or(|a| a.span.is_none() || a.actor_type == ActorType::Civilians)
                {
                    actor1 = Some(Actor {
                        name: with_country("Rioters", doc, sentence.span.start),
                        actor_type: ActorType::Rioters,
                        span: None,
                    });
                }
            }
        }
        if actor1.is_none() && event_type == "Violence against civilians" {
            // "died as a result of torture in the central prison": the
            // jailers the sentence implies (an implicit custody actor) did
            // the killing as well as the torture.
            actor1 = m
                .actors
                .iter()
                .find(|a| {
                    a.implicit
                        && a.actor_type == ActorType::StateForces
                        && (a.name.starts_with("Prison Guards")
                            || a.name.starts_with("Police Forces"))
                })
                .map(actor_of);
        }
        if actor1.is_none() {
            // Told with a verb of its own ("was shot dead", "were
            // abducted"), not only named ("the unlawful killings of 39
            // civilians") or read from a toll.
            let told_with_verb = g
                .acts
                .iter()
                .any(|a| !a.nominal && m.acts.iter().any(|x| x.span == a.span));
            actor1 = default_actor1(
                event_type,
                sub_event_type,
                actor2.as_ref(),
                told_with_verb,
                doc,
                sentence.span.start,
            );
        }
        // "a gunfight between two families", "clashes between two tribal
        // militias": both sides are clan (or tribal) militias, and the one
        // the text names stands for the first side too.
        if event_type == "Battles"
            && actor1.as_ref().is_some_and(|a| a.span.is_none())
            && actor2.as_ref().is_some_and(|a| {
                a.name.starts_with("Unidentified Clan Militia")
                    || a.name.starts_with("Unidentified Tribal Militia")
            })
        {
            actor1 = actor2.clone();
        }
        // "one killed during inter-clan clashes": a clash whose victims are
        // named but whose sides are only the clans the sentence names.
        if event_type == "Battles" && actor1.as_ref().is_some_and(|a| a.span.is_none()) {
            if let Some(clan) = m.actors.iter().find(|a| {
                !a.implicit
                    && a.name.starts_with("Unidentified Clan Militia")
                    && in_group(a.span, g)
            }) {
                actor1 = Some(actor_of(clan));
            }
        }
        // An event that names no actor, no count and no place of its own is
        // too vague to code ("a wholesale assault on basic freedoms").
        let named_actor = actor1.as_ref().is_some_and(|a| a.span.is_some())
            || actor2.as_ref().is_some_and(|a| a.span.is_some());
        let own_place = m.places.iter().any(|p| p.kind != PlaceKind::Country);
        // A protest told with its verb ("graduates protested in front of the
        // ministry") is an event even where the text names no place.
        let told_protest = g
            .acts
            .iter()
            .any(|a| a.kind == ActKind::Protest && !a.nominal);
        let vague = counts.is_empty() && !named_actor && !own_place && !told_protest;

        let country = place
            .as_ref()
            .and_then(|p| Some((p.country.clone()?, p.iso3.clone()?)))
            .or_else(|| doc.country_at(sentence.span.start).cloned());
        crowd_as_actor1(
            event_type,
            sub_event_type,
            &mut actor1,
            &mut actor2,
            country.as_ref().map(|c| c.0.as_str()),
        );
        let mut acts_kinds: Vec<ActKind> = g.acts.iter().map(|a| a.kind).collect();
        acts_kinds.dedup();
        events.push(Event {
            event_id: event_id(&doc.doc_id, sentence.span.start, gi),
            doc_id: doc.doc_id.clone(),
            date,
            event_type,
            sub_event_type,
            actor1,
            actor2,
            place,
            country,
            fatalities: None,
            injured: None,
            arrested: None,
            disappeared: None,
            tortured: None,
            displaced: None,
            counts,
            acts: acts_kinds,
            section: section_title.clone(),
            quote: text.to_string(),
            span: sentence.span,
            vague,
        });
        events.last_mut().expect("just pushed").recount();
        // An Unidentified Armed Group put in only because no one was named
        // (no span) yields to a named one as well.
        agentless.push(
            needs_perpetrator(main.kind)
                && events.last().is_some_and(|e| {
                    e.actor1.as_ref().is_none_or(|a| {
                        a.span.is_none() && a.actor_type == ActorType::PoliticalMilitia
                    })
                }),
        );
    }
    // "Four staff were kidnapped when gunmen raided their office", "a
    // detainee was beaten to death by soldiers, who ...": the agent named
    // by a later part of the same sentence did the passive act before it.
    for i in 0..events.len() {
        if !agentless[i] {
            continue;
        }
        let later = events[i + 1..]
            .iter()
            .chain(events[..i].iter().rev())
            .filter_map(|e| e.actor1.as_ref())
            .find(|a| {
                a.span.is_some()
                    && is_perpetrator_type(a.actor_type)
                    && !matches!(a.actor_type, ActorType::Protesters | ActorType::Rioters)
                    && events[i].actor2.as_ref().is_none_or(|v| v.name != a.name)
            })
            .cloned();
        if later.is_some() {
            events[i].actor1 = later;
            continue;
        }
        // "French forces conducted an operation ..., 40 militants were
        // killed": with no agent anywhere else in the sentence, the armed
        // subject that opens it did the passive act.
        if let Some(a) = opening_subject(text, sentence.span.start, &m.actors, &m.counts) {
            if events[i].actor2.as_ref().is_none_or(|v| v.name != a.name) {
                events[i].actor1 = Some(actor_of(a));
            }
        }
    }
    events
}

/// Whether an act told as a noun, with `before` the sentence's text up to
/// it, is a crime only named as what something is about: "tried for the
/// unlawful killings", "an inquiry into the torture of", "accused of
/// killings".
fn named_crime(before: &str) -> bool {
    let last = last_words(before, char::is_alphanumeric).find(|w| {
        !matches!(
            w.as_str(),
            "the"
                | "a"
                | "an"
                | "these"
                | "those"
                | "this"
                | "unlawful"
                | "alleged"
                | "extrajudicial"
                | "arbitrary"
                | "summary"
                | "enforced"
        )
    });
    matches!(
        last.as_deref(),
        Some("for" | "of" | "into" | "over" | "about" | "on" | "against" | "to")
    )
}

/// The armed actor that opens a sentence as the subject of an active verb:
/// "On 3 May, Malian soldiers raided ...", "Dozo militiamen stopped a bus
/// ...". Only the sentence's first actor, after no more than a date or a
/// label, not counted among the dead, hurt or held, and followed by a verb
/// in the past tense, not by "were" ("two soldiers were ambushed").
fn opening_subject<'a>(
    text: &str,
    base: usize,
    actors: &'a [ActorMention],
    counts: &[CountMention],
) -> Option<&'a ActorMention> {
    let first = actors.iter().min_by_key(|a| a.span.start)?;
    if first.implicit || !is_armed(first.actor_type) || is_generic(&first.name) {
        return None;
    }
    if counts.iter().any(|c| c.span.contains(first.span)) {
        return None;
    }
    let lead = text.get(..first.span.start.checked_sub(base)?)?;
    // What comes before the subject: nothing, an article, or a lead that
    // ends with a comma ("On 21 May 2019,", "Arrests: On 2 May,").
    let lead = lead.trim_end();
    let lead = ["the", "The", "a", "A", "an", "An"]
        .iter()
        .find_map(|art| {
            lead.strip_suffix(art)
                .filter(|l| l.is_empty() || l.ends_with([' ', ',', ':']))
        })
        .unwrap_or(lead)
        .trim_end();
    if !(lead.is_empty() || lead.ends_with([',', ':'])) || lead.contains([';', '.']) {
        return None;
    }
    // "French forces of Operation Barkhane carried out": the subject's
    // "of" phrase naming a unit is part of it.
    let mut end = first.span.end;
    let start = first.span.end;
    for next in actors.iter().filter(|a| a.span.start >= start) {
        let gap = text.get(end - base..next.span.start - base)?.trim();
        if matches!(gap, "of" | "of the" | "from" | "from the") {
            end = next.span.end;
        } else {
            break;
        }
    }
    let rest = text.get(end - base..)?;
    let verb = rest
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .to_ascii_lowercase()
        })
        .find(|w| !matches!(w.as_str(), "reportedly" | "allegedly" | "also" | "then"))?;
    // Who reports, observes or suffers is no agent ("the monitors
    // observed 40 explosions", "the police suffered losses").
    let says = matches!(
        verb.as_str(),
        "observed"
            | "recorded"
            | "reported"
            | "stated"
            | "announced"
            | "noted"
            | "confirmed"
            | "documented"
            | "claimed"
            | "denied"
            | "accused"
            | "alleged"
            | "suffered"
            | "received"
            | "welcomed"
            | "condemned"
            | "called"
            | "urged"
            | "demanded"
            | "warned"
            | "expressed"
            | "published"
            | "blamed"
            | "requested"
            | "asked"
            | "signed"
            | "agreed"
            | "decided"
            | "lost"
    );
    (!says && verb.ends_with("ed") && verb.len() > 3
        || matches!(
            verb.as_str(),
            "began"
                | "took"
                | "shot"
                | "fought"
                | "made"
                | "led"
                | "stole"
                | "burnt"
                | "set"
                | "hit"
                | "struck"
                | "held"
                | "seized"
                | "opened"
                | "drove"
                | "overran"
        ))
    .then_some(first)
}

/// The spans of violent acts that are the cause of something else in the
/// sentence, not events of their own: the motive of an attack (see
/// [`motives`]), and what a protest is about: after the protest, behind a
/// word that gives its cause ("against", "in response to", "condemning"),
/// with no clause break (";", "when") between.
fn cause_spans(text: &str, base: usize, acts: &[ActMention]) -> Vec<Span> {
    static CUE: OnceLock<LeanRegex> = OnceLock::new();
    static BREAK: OnceLock<LeanRegex> = OnceLock::new();
    let cue = CUE.get_or_init(|| {
        LeanRegex::new(r"(?i)\b(?:against|over|in response to|in reaction to|in protest|to protest|protesting|condemn\w*|denounc\w*|demand\w*|calling for|call for|complaining|in support of|in solidarity|to support|commemorat\w*|in memory of|mourn\w*|carrying|about|following|after)\b")
    });
    let brk = BREAK.get_or_init(|| {
        LeanRegex::new(r"(?i);|\b(?:when|while|before|but|until|then|turned|clashed|dispersed)\b")
    });
    let mut causes = motives(text, base, acts);
    let Some(protest) = acts
        .iter()
        .filter(|a| a.kind == ActKind::Protest)
        .min_by_key(|a| a.span.start)
    else {
        return causes;
    };
    // A riot or damage word behind the cue is the cause too ("against the
    // detention of people involved in riots", "demanding the arrest of those
    // who set fire to the crops"), unless another verb of the protesters'
    // joins it ("protested over prices and threw stones").
    let protest_causes = acts
        .iter()
        .filter(|a| {
            (a.kind.is_violent() || a.kind == ActKind::Looting) && a.span.start >= protest.span.end
        })
        .filter(|a| {
            let between = text
                .get(protest.span.end - base..a.span.start - base)
                .unwrap_or("");
            if !cue.is_match(between) || brk.is_match(between) {
                return false;
            }
            // Only a riot or looting can be the protesters' own verb: the
            // cue's last match, whose search (a reverse search over `\w*`
            // words) cost some 100,000 instructions a sentence, is found
            // for those alone. The answer is the same as finding it first.
            if !matches!(a.kind, ActKind::Riot | ActKind::Looting) {
                return true;
            }
            let after_cue = cue
                .find_iter(between)
                .last()
                .map_or("", |m| &between[m.end()..]);
            let own_verb = after_cue.contains(',') || after_cue.contains(" and ");
            !own_verb
        })
        .map(|a| a.span);
    causes.extend(protest_causes);
    // "relatives of a guard who was shot dead held a protest": violence in a
    // relative clause tells who the protesters are or what they protest.
    let relative = acts
        .iter()
        .filter(|a| {
            (a.kind.is_violent() || a.kind == ActKind::Looting)
                && a.kind != ActKind::Riot
                && !a.nominal
        })
        .filter(|a| {
            // The relative word within four words before the act, with no
            // comma between them.
            let before = text[..a.span.start - base].to_ascii_lowercase();
            [" who ", " whose ", " which "].iter().any(|w| {
                before.rfind(w).is_some_and(|at| {
                    let tail = &before[at + 1..];
                    tail.split_whitespace().count() <= 4 && !tail.contains([',', ';'])
                })
            })
        })
        .map(|a| a.span);
    causes.extend(relative);
    causes.extend(protest_subject_causes(text, base, acts));
    causes
}

/// Acts a protest is about, not acts done at it: "marched in support of the
/// gendarmerie, which has faced attacks", "protested against the arrest of a
/// cleric", "calling for the trial of the men who burned the market",
/// "families of people killed in attacks protested". The violence, arrest or
/// abduction named as the protest's cause happened before and elsewhere;
/// kept, it would make a peaceful protest a riot or an attack. (Wider than
/// the cue rule of [`cause_spans`]: arrests and abductions too, a cause
/// before the protest, a comma opening a relative clause.)
///
/// After the protest, an act is its cause when a cue ("against", "over",
/// "demanding", "in support of"...) comes between them with no clause break
/// (a semicolon, or a comma not opening a relative clause), and the act is a
/// noun, a passive, or inside a relative clause ("people who set fire"): a
/// verb of the crowd's own ("protested over wages and burned the office")
/// stays. Before the protest, an act is its cause inside a phrase opened by
/// a relative pronoun or "following"/"after"/"since" ("families who say
/// their sons were abducted by rebels held a sit-in").
fn protest_subject_causes(text: &str, base: usize, acts: &[ActMention]) -> Vec<Span> {
    let Some(protest) = acts.iter().find(|a| a.kind == ActKind::Protest) else {
        return Vec::new();
    };
    let after_cue = protest_cause_cue();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let before_cue = BEFORE.get_or_init(|| {
        Regex::new(r"(?i-u)\b(?:who|whose|following|after|since|in the wake of|of (?:people|those|victims))\b").expect("protest cause cue")
    });
    static REL: OnceLock<LeanRegex> = OnceLock::new();
    let relative = REL.get_or_init(|| LeanRegex::new(r"(?i-u)\b(?:who|which|whose|that)\b"));
    // A clause break: a semicolon, or a comma that does not open a relative
    // clause ("the gendarmerie, which has faced").
    let broken = clause_broken;
    let cause = |a: &ActMention| -> bool {
        if matches!(
            a.kind,
            ActKind::Protest
                | ActKind::Blockade
                | ActKind::NonViolent
                | ActKind::Agreement
                | ActKind::BaseEstablished
                | ActKind::TransferTerritory
                | ActKind::DisruptedWeapons
                | ActKind::Displace
                | ActKind::TakeTerritory
        ) {
            return false;
        }
        let (start, end) = (a.span.start - base, a.span.end - base);
        let (p_start, p_end) = (protest.span.start - base, protest.span.end - base);
        if start >= p_end {
            let between = &text[p_end..start];
            let Some(cue) = after_cue.find_iter(between).last() else {
                return false;
            };
            let rest = &between[cue.end()..];
            !broken(rest)
                && (a.nominal
                    || a.passive
                    || relative.is_match(rest)
                    || text[end..].trim_start().starts_with("by "))
        } else if end <= p_start {
            let before = &text[..start];
            // "widows of soldiers killed by jihadists marched": a
            // participle with its agent describes the marchers.
            let reduced = !a.nominal && !a.passive && text[end..].trim_start().starts_with("by ");
            // "four were killed when a demonstration over food turned
            // violent": the protest is the setting of the act told first.
            let setting = text[end..p_start].split_whitespace().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "when" | "while" | "during" | "as" | "amid"
                )
            });
            if setting {
                return false;
            }
            let Some(cue) = before_cue.find_iter(before).last() else {
                return reduced && !broken(&text[end..p_start]);
            };
            let tail = &before[cue.end()..];
            // A relative clause tells whose the act is only close to its
            // pronoun: "a journalist who was reporting) as well as two
            // policemen were killed" has moved on.
            let relative_far =
                matches!(cue.as_str().to_ascii_lowercase().as_str(), "who" | "whose")
                    && (tail.split_whitespace().count() > 6 || tail.contains([')', '(']));
            !relative_far && !broken(tail)
        } else {
            false
        }
    };
    acts.iter().filter(|a| cause(a)).map(|a| a.span).collect()
}

/// The words after a protest that give what it is about: "against",
/// "over", "demanding", "in support of", "in response to"...
fn protest_cause_cue() -> &'static Regex {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    AFTER.get_or_init(|| {
        Regex::new(r"(?i-u)\b(?:against|over|demand(?:ing|ed)?|denounc(?:ing|ed|e)|condemn(?:ing|ed)?|in support of|support(?:ing)? (?:for )?|solidarity with|to protest|in protest (?:at|against|over)|protesting|following|after|in reaction to|in response to|calling for|to demand|justice for|in memory of|in honou?r of|since)\b").expect("protest cause cue")
    })
}

/// Whether a clause break comes in `s`: a semicolon, or a comma that does
/// not open a relative clause ("the gendarmerie, which has faced").
fn clause_broken(s: &str) -> bool {
    s.contains(';')
        || s.split(',').skip(1).any(|rest| {
            let w = rest.split_whitespace().next().unwrap_or("");
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "which" | "who" | "whose" | "where" | "that"
            )
        })
}

/// Whether the place at `place` stands in what a protest is about, not
/// where it was held: after the protest, behind a cue that gives its cause,
/// with no clause break between ("residents of Kelto staged a
/// demonstration against the return of people stranded in Lima", "women in
/// Kelto protested over the killing of three herders in Dunamo"). Only
/// when the sentence names a place below the country before the protest:
/// "people protested against the government's agenda in Kelto" were in
/// Kelto. `text` is the sentence, starting at `base`; `places` are its
/// places.
fn in_protest_cause(
    text: &str,
    base: usize,
    acts: &[ActMention],
    places: &[PlaceMention],
    place: Span,
) -> bool {
    // Any protest before the place will do: "took to the streets to
    // protest against the beating of a deputy at a rally in Bamako".
    acts.iter()
        .filter(|a| a.kind == ActKind::Protest && a.span.end <= place.start)
        .any(|protest| {
            let placed_before = places
                .iter()
                .any(|q| q.kind != PlaceKind::Country && q.span.end <= protest.span.start);
            let between = text
                .get(protest.span.end - base..place.start - base)
                .unwrap_or("");
            placed_before
                && protest_cause_cue()
                    .find_iter(between)
                    .last()
                    .is_some_and(|cue| !clause_broken(&between[cue.end()..]))
        })
}

/// The spans of violent acts told as the motive of another ("in
/// retaliation for an army raid on their camp that left 12 dead", "in
/// retribution for the shooting death of an official"): an earlier
/// incident the report names as the cause, not an event of its own. The
/// motive runs from its cue to the end of the clause (a comma, a semicolon,
/// a full stop), so that "In revenge for the killing of a herder, militiamen
/// attacked the village" keeps the attack. An attack told as "a response
/// to" or "to commemorate" a killing, or done "because" soldiers "had"
/// killed, names its motive the same way.
fn motives(text: &str, base: usize, acts: &[ActMention]) -> Vec<Span> {
    static CUE: OnceLock<WordRegex> = OnceLock::new();
    let cue = CUE.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:in (?:retaliation|retribution|revenge|reprisal) for|(?:as )?(?:a )?(?:means of )?(?:retaliation|retribution|revenge|reprisal) for|to avenge|(?:in|as a|was a) (?:response|reaction) to|to commemorate|in memory of|because (?:\w+ ){1,4}had)\b",
        )
    });
    let mut out = Vec::new();
    // Only violence has a motive here: without it the cues need no search.
    if !acts.iter().any(|a| a.kind.is_violent()) {
        return out;
    }
    for m in cue.find_iter(text) {
        let rest = &text[m.end()..];
        let clause_end = m.end() + rest.find([',', ';', '.']).unwrap_or(rest.len());
        out.extend(
            acts.iter()
                .filter(|a| a.kind.is_violent())
                .filter(|a| a.span.start >= base + m.end() && a.span.end <= base + clause_end)
                .map(|a| a.span),
        );
    }
    out
}

/// The spans a sentence's violence is told by: its violent acts and the
/// words of its counts ("have left 200 dead"). The filters below
/// (running totals, background) each keep the ones they find.
fn harm_spans<'a>(
    acts: &'a [ActMention],
    counts: &'a [CountMention],
) -> impl Iterator<Item = Span> + 'a {
    acts.iter()
        .filter(|a| a.kind.is_violent())
        .map(|a| a.span)
        .chain(counts.iter().map(|c| c.trigger))
}

/// The harm spans (`harm_spans`) that begin inside one of `segments`,
/// byte ranges of the sentence whose text starts at `base`.
fn harm_spans_within(
    acts: &[ActMention],
    counts: &[CountMention],
    base: usize,
    segments: &[std::ops::Range<usize>],
) -> Vec<Span> {
    harm_spans(acts, counts)
        .filter(|span| {
            span.start
                .checked_sub(base)
                .is_some_and(|at| segments.iter().any(|r| r.contains(&at)))
        })
        .collect()
}

/// The spans of violent acts, and of the words of counts, told in the
/// past perfect ("had killed", "had been shot dead", "had reportedly been
/// wounded"): "had" within three words before the act or the count's word,
/// in its clause, with no conjunction between ("had gathered when a bomb
/// killed" tells the act in the simple past), in a sentence that names
/// another time or in a relative clause. A past perfect alone ("At least
/// 18 soldiers had been killed") often still tells the lead incident.
fn past_perfect(
    text: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
) -> Vec<Span> {
    static OTHER: OnceLock<WordRegex> = OnceLock::new();
    let other = OTHER.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:earlier|previous(?:ly)?|last (?:year|month|week)|(?:year|month|week)s? (?:before|earlier)|ago|similar|another|in (?:19|20)\d\d)\b",
        )
    });
    let other_time = other.is_match(text);
    let mut out: Vec<Span> = harm_spans(acts, counts)
        .filter(|span| {
            let Some(before) = text.get(..span.start.saturating_sub(base)) else {
                return false;
            };
            let clause = before.rsplit([',', ';', ':', '(']).next().unwrap_or(before);
            let words: Vec<&str> = clause.split_whitespace().collect();
            (words.len().saturating_sub(3)..words.len()).any(|j| {
                // Told of another time ("earlier", "last year", "in 2009"),
                // or of someone the sentence is about ("a police officer
                // who had been killed").
                let relative = j > 0
                    && matches!(
                        words[j - 1].to_ascii_lowercase().as_str(),
                        "who" | "that" | "which" | "whom"
                    );
                words[j].eq_ignore_ascii_case("had")
                    && (other_time || relative)
                    && !words[j + 1..].iter().any(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "when" | "and" | "as" | "while" | "before" | "after" | "but" | "until"
                        )
                    })
            })
        })
        .collect();
    // "The two dead men being buried had been shot by gunmen earlier": the
    // count of the act's own clause goes with it.
    let clause = |at: usize| clause_around(text, at);
    let acts_dropped: Vec<std::ops::Range<usize>> = acts
        .iter()
        .filter(|a| out.contains(&a.span))
        .filter_map(|a| a.span.start.checked_sub(base).map(clause))
        .collect();
    for c in counts {
        let at = c.trigger.start.saturating_sub(base);
        if acts_dropped.iter().any(|r| r.contains(&at)) && !out.contains(&c.trigger) {
            out.push(c.trigger);
        }
    }
    out
}

/// The spans of violent acts, and of the words of counts, that recall an
/// earlier incident to measure or explain the one told: "the bloodiest day
/// since coordinated attacks left more than 130 dead", "the violence since
/// the riot in which 85 people died", "a revenge attack for the 85
/// protesters crushed to death", "a response to the clash in which the army
/// killed several". The earlier incident is background; its
/// toll is not the incident's. After "since", the recalled incident needs a
/// superlative before it ("deadliest", "worst", "first") or a relative word
/// of its own ("in which", "when", "that") so that a period ("clashes since
/// Monday have left 30 dead") still tells the incident's toll; the words
/// run to the end of the clause.
fn recalled_incidents(
    text: &str,
    lower: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
) -> Vec<Span> {
    static SINCE: OnceLock<WordRegex> = OnceLock::new();
    static SUPERLATIVE: OnceLock<WordRegex> = OnceLock::new();
    static REVENGE: OnceLock<WordRegex> = OnceLock::new();
    let since = SINCE.get_or_init(|| WordRegex::new(r"(?i)\bsince\b"));
    let superlative = SUPERLATIVE.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:deadliest|bloodiest|worst|biggest|largest|most (?:deadly|serious|violent)|first)\b",
        )
    });
    let revenge = REVENGE.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:(?:revenge|retaliatory|reprisal|retaliation|retribution) (?:attacks?|acts?|killings?|strikes?|raids?|bombings?) for|(?:in|a) (?:response|reprisal|retaliation|revenge) (?:to|for))\b",
        )
    });
    // No harm told, nothing to set apart.
    if harm_spans(acts, counts).next().is_none() {
        return Vec::new();
    }
    // Asked of every sentence that tells harm: most hold neither word. A
    // word the matches cannot lack ("ince" of "since"; "veng", "liat",
    // "buti", "pri" or "pon" of the revenge words) is looked for before
    // the regexes.
    static SINCE_WORD: Needle = Needle::new("ince");
    static REVENGE_WORDS: [Needle; 5] = [
        Needle::new("veng"),
        Needle::new("liat"),
        Needle::new("buti"),
        Needle::new("pri"),
        Needle::new("pon"),
    ];
    let may_since = SINCE_WORD.in_lower(lower);
    let may_revenge = any_in_lower(&REVENGE_WORDS, lower);
    let has_since = may_since && since.is_match(text);
    let has_revenge = may_revenge && revenge.is_match(text);
    if !has_since && !has_revenge {
        return Vec::new();
    }
    let clause_end = |from: usize| {
        lower[from..]
            .find([',', ';', ':', '('])
            .map_or(lower.len(), |i| from + i)
    };
    let mut segments: Vec<std::ops::Range<usize>> = Vec::new();
    for m in since.find_iter(if has_since { text } else { "" }) {
        // The recalled incident ends with its clause or at "and" or "but"
        // ("since 1994 and was due to the halt in executions that ...").
        let clause = clause_end(m.end());
        let end = [" and ", " but "]
            .iter()
            .filter_map(|w| lower[m.end()..clause].find(w))
            .min()
            .map_or(clause, |i| m.end() + i);
        let recalled = &lower[m.end()..end];
        let relative = recalled
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .take(10)
            .any(|w| matches!(w, "which" | "when" | "that" | "where"));
        if relative || superlative.is_match(&text[..m.start()]) {
            segments.push(m.end()..end);
        }
    }
    for m in revenge.find_iter(if has_revenge { text } else { "" }) {
        segments.push(m.end()..clause_end(m.end()));
    }
    if segments.is_empty() {
        return Vec::new();
    }
    harm_spans_within(acts, counts, base, &segments)
}

/// "an earthquake struck": the hazard's own verb, which the act lexicon
/// reads as an attack. `text` is the document's.
fn hazard_verb(text: &str, a: &ActMention) -> bool {
    a.kind == ActKind::Attack
        && text
            .get(a.span.start..a.span.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("struck"))
}

/// A piece of every word of [`names_natural_hazard`]'s patterns: "quake"
/// (earthquake, quake), "tsunami", "flood" (floods, flooding,
/// floodwaters, flash-floods), "cyclone", "hurricane", "typhoon",
/// "tornado", "slide" (landslide, mudslide), "avalanche", "drought",
/// "volcan" (volcano, volcanic), "heat" (heatwave, heat wave), "rains",
/// "storm".
static HAZARD_PIECES: [Needle; 14] = [
    Needle::new("quake"),
    Needle::new("tsunami"),
    Needle::new("flood"),
    Needle::new("cyclone"),
    Needle::new("hurricane"),
    Needle::new("typhoon"),
    Needle::new("tornado"),
    Needle::new("slide"),
    Needle::new("avalanche"),
    Needle::new("drought"),
    Needle::new("volcan"),
    Needle::new("heat"),
    Needle::new("rains"),
    Needle::new("storm"),
];

/// Whether `text` names a natural hazard ("an earthquake", "floods",
/// "Cyclone Nargis", "heavy rains"). The hazard's noun is followed by no
/// capitalised word ("Floods hit ...", "Background Floods, which ..."),
/// or names a storm ("Hurricane Katrina"): one inside a name ("the Flood
/// Control Department", "the Drought Relief Fund") is an office. "storm"
/// alone is "to storm" a building, or "Operation Storm", an offensive.
///
/// `lower` is `text` ASCII-lower-cased: every hazard word holds one of
/// [`HAZARD_PIECES`], looked for there before the regexes.
fn names_natural_hazard(text: &str, lower: &str) -> bool {
    if !any_in_lower(&HAZARD_PIECES, lower) {
        return false;
    }
    static HAZARD: OnceLock<WordRegex> = OnceLock::new();
    static STORM: OnceLock<WordRegex> = OnceLock::new();
    // In any case, but not followed by a capitalised word, which makes it
    // part of a name ("the Flood Control Department").
    let hazard = HAZARD.get_or_init(|| {
        WordRegex::new(
            r"(?i:\b(?:earthquakes?|quakes?|tsunamis?|floods?|flooding|floodwaters?|flash-floods?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|avalanches?|droughts?|volcano(?:e?s)?|volcanic|heatwaves?|heat waves?|(?:heavy|torrential|monsoon) rains|storms|tropical storms?)\b)(?:\S|\s+[^A-Z\s]|\s*$)",
        )
    });
    let storm = STORM
        .get_or_init(|| WordRegex::new(r"\b(?:Hurricane|Cyclone|Typhoon|Tropical Storm) [A-Z]"));
    hazard.is_match(text) || storm.is_match(text)
}

word_list!(
    /// An epidemic or an illness ("a cholera epidemic", "Ebola", "died
    /// from the disease"), whose deaths are no violence either.
    names_epidemic,
    r"\b(?:epidemics?|pandemics?|diseases?|illness(?:es)?)\b|\b(?i:ebola|covid(?:-19)?|cholera|malaria|measles|tuberculosis)\b"
);

word_list!(
    /// Words of armed violence or of a hand that harmed: with any of them
    /// a toll beside a natural hazard may be violence ("displaced by the
    /// fighting; their situation was aggravated by floods", "the police
    /// shooting of unarmed civilians in the days after Hurricane
    /// Katrina").
    names_human_harm,
    r"(?i)\b(?:conflicts?|fighting|fighters?|violence|violent|wars?|clashe?s|attack(?:s|ed|ers?)?|armed|insecurity|insurgen(?:ts?|cy)|militants?|rebels?|militias?|soldiers?|troops|army|police|security forces|gunmen|shot|shooting|shootings|shelling|shells|bomb(?:s|ed|ing|ings|ers?)?|explosi(?:ons?|ves?)|grenades?|mines?|rockets?|mortars?|missiles?|air ?strikes?|gunfire|executed|executions?|tortured?|beaten|beat|lynched|killed by|evict(?:ed|ions?)?|demolish(?:ed|ing)?|demolitions?|custody|detention|detainees?|prison(?:s|ers?)?|jail|denied|denial|neglect(?:ed)?|starv(?:ed|ation|ing)|medical (?:care|treatment)|behead(?:ed|ing|ings)?|hanged|stabbed|strangled|stoned|massacres?|murder(?:s|ed)?|operations?)\b"
);

/// The harm of a sentence that a natural hazard did, to be set apart
/// like the causes: "a massive earthquake hit northern Pakistan leaving
/// some 73,000 people dead", "floods displaced millions", "On 11 March,
/// an earthquake followed by a tsunami devastated the area. An estimated
/// 20,000 people died or were reported missing." ACLED and UCDP code
/// organised violence only; a disaster's toll is no event, and summed
/// with the year's violence it would swamp it.
///
/// The hazard is named in the sentence, or in the sentence before it in
/// the same paragraph, or one of the two sentences before it told its
/// toll (`hazard_told_before`), when this one tells deaths, injuries or
/// displacement with no cause of its own. The sentence holds no armed actor, no act of
/// another kind (an arrest, an attack other than the hazard's "struck")
/// and no word of human harm (`names_human_harm`): "evicted cyclone
/// survivors", "police shot looters after the floods" stay events.
///
/// An epidemic named in the sentence ("a cholera epidemic ... killing more
/// than 200 people") sets apart its deaths alone, under the same
/// conditions, and is not carried to later sentences. The second value
/// says a hazard's toll was set apart, for that carry.
fn natural_hazard_tolls(
    doc: &Document,
    si: usize,
    text: &str,
    lower: &str,
    m: &SentenceMentions,
    hazard_told_before: bool,
) -> (Vec<Span>, bool) {
    let hazard_harm =
        |a: &ActMention| matches!(a.kind, ActKind::Kill | ActKind::Injure | ActKind::Displace);
    if !m.acts.iter().any(hazard_harm) && m.counts.is_empty() {
        return (Vec::new(), false);
    }
    let is_struck = |a: &ActMention| hazard_verb(&doc.text, a);
    // The cheap vetoes first: most harm is told with its armed actor or
    // its attack.
    let other_act = m.acts.iter().any(|a| {
        !hazard_harm(a)
            && !matches!(
                a.kind,
                ActKind::NonViolent | ActKind::Agreement | ActKind::BaseEstablished
            )
            && !is_struck(a)
    });
    let armed = m.actors.iter().any(|a| {
        !a.implicit && !matches!(a.actor_type, ActorType::Civilians | ActorType::Protesters)
    });
    if other_act || armed {
        return (Vec::new(), false);
    }
    let hazard_here = names_natural_hazard(text, lower);
    let hazard_before = !hazard_here
        && (hazard_told_before
            || (si > 0 && doc.sentences[si - 1].block == doc.sentences[si].block && {
                // The sentence before tells the hazard and nothing done by
                // hand: no word of human harm and no act but the hazard's
                // own.
                let before_span = doc.sentences[si - 1].span;
                let before = doc.slice(before_span);
                names_natural_hazard(before, &before.to_ascii_lowercase())
                    && !names_human_harm(before)
                    && acts::extract(before, before_span.start)
                        .iter()
                        .all(|a| a.kind == ActKind::NonViolent || hazard_verb(&doc.text, a))
            }));
    // An epidemic's deaths, told in the sentence itself ("a cholera
    // epidemic killed more than 200 people"): its deaths alone, for a
    // pandemic beside injuries is most often the setting of violence
    // ("police beat vendors who broke the epidemic curfew").
    let epidemic = !hazard_here && !hazard_before && names_epidemic(text);
    if !hazard_here && !hazard_before && !epidemic {
        return (Vec::new(), false);
    }
    if names_human_harm(text) {
        return (Vec::new(), false);
    }
    // An epidemic's deaths alone; a hazard's deaths, injuries,
    // displacement and missing, and its "struck".
    let spans: Vec<Span> = m
        .acts
        .iter()
        .filter(|a| {
            if epidemic {
                a.kind == ActKind::Kill
            } else {
                hazard_harm(a) || is_struck(a)
            }
        })
        .map(|a| a.span)
        .chain(
            m.counts
                .iter()
                .filter(|c| {
                    if epidemic {
                        c.kind == CountKind::Killed
                    } else {
                        matches!(
                            c.kind,
                            CountKind::Killed
                                | CountKind::Injured
                                | CountKind::Displaced
                                | CountKind::Disappeared
                        )
                    }
                })
                .map(|c| c.trigger),
        )
        .collect();
    let told = !epidemic && !spans.is_empty();
    (spans, told)
}

/// The spans of violent acts, and of the words of counts, of a death
/// named as what another act of the sentence answered: "youths burned
/// tyres after the death of a guard shot dead by gunmen", "Following the
/// killing of a trader, residents blocked the road". The death, a noun
/// after "after", "following", "over" or "about", happened before; its
/// victim is no one the act harmed. The death runs to the end of its
/// clause, and the sentence must tell an act before it (or after it, when
/// the death opens the sentence), so that a sentence that only recalls the
/// death keeps it.
fn death_as_cause(
    text: &str,
    lower: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
) -> Vec<Span> {
    static CUE: OnceLock<WordRegex> = OnceLock::new();
    // No harm told, nothing to set apart: most sentences stop here.
    if harm_spans(acts, counts).next().is_none() {
        return Vec::new();
    }
    let cue = CUE.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:after|following|over|about) (?:the |an? )?(?:news of (?:the |an? )?)?(?:alleged |reported |recent )?(?:deaths?|killings?|murders?|assassination|lynching) of\b",
        )
    });
    // The cue's noun, searched by bytes before the regex: "death",
    // "illing" (of "killing"), "murder", "ination" (of "assassination"),
    // "lynching".
    static CUE_NOUNS: [Needle; 5] = [
        Needle::new("death"),
        Needle::new("illing"),
        Needle::new("murder"),
        Needle::new("ination"),
        Needle::new("lynching"),
    ];
    let may_cue = any_in_lower(&CUE_NOUNS, lower);
    let segments: Vec<std::ops::Range<usize>> = cue
        .find_iter(if may_cue { text } else { "" })
        .map(|m| {
            let end = text[m.end()..]
                .find([',', ';', ':', '(', '.'])
                .map_or(text.len(), |i| m.end() + i);
            m.start()..end
        })
        .collect();
    if segments.is_empty() {
        return death_clause_as_cause(text, lower, base, acts, counts);
    }
    let inside = |span: &Span| {
        span.start
            .checked_sub(base)
            .is_some_and(|at| segments.iter().any(|r| r.contains(&at)))
    };
    // The answering act comes before the death, or after it when the death
    // opens the sentence ("Following the killing of a trader, residents
    // ..."): an act after a death told mid-sentence ("following the death
    // of a family, reportedly as a result of bombing") may be its cause.
    let first = &segments[0];
    let opens = text[..first.start].trim().is_empty();
    let other_act = acts.iter().any(|a| {
        a.span.start.checked_sub(base).is_some_and(|at| {
            !segments.iter().any(|r| r.contains(&at)) && (at < first.start || opens)
        })
    });
    let mut out: Vec<Span> = if other_act {
        harm_spans(acts, counts).filter(|s| inside(s)).collect()
    } else {
        Vec::new()
    };
    out.extend(death_clause_as_cause(text, lower, base, acts, counts));
    out
}

/// The spans of violent acts, and of the words of counts, of a clause of
/// death after "after" that tells what an act before it answered:
/// "residents attacked the police after two children were killed by
/// gunmen", "beat a man after a herder was killed". The clause (a subject
/// of up to six words with no comma, then a passive killing: "was killed",
/// "were shot dead") runs to the end of its clause; unlike the noun of
/// `death_as_cause`, it must come after the act it explains: "After the raid
/// five militants were killed" tells the raid's toll. Not "after a man died
/// in custody": the riots such a death sets off are read as mob violence by
/// the death they hold (see the event-type cases), an open question.
fn death_clause_as_cause(
    text: &str,
    lower: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
) -> Vec<Span> {
    // The clause's pattern, a run of up to six words of any script, is
    // slow to search: most sentences that tell harm hold no "after" nor an
    // act before one.
    static AFTER_WORD: Needle = Needle::new("after");
    if acts.is_empty() || !AFTER_WORD.in_lower(lower) {
        return Vec::new();
    }
    static CLAUSE: OnceLock<WordRegex> = OnceLock::new();
    let clause = CLAUSE.get_or_init(|| {
        WordRegex::new(
            r"(?i)\bafter (?:[^\s,;:.()]+ ){1,6}?(?:was|were|had been|has been|have been) (?:[^\s,;:.()]+ )?(?:killed|murdered|shot dead|executed|lynched|beheaded|assassinated)\b",
        )
    });
    let mut segments: Vec<std::ops::Range<usize>> = Vec::new();
    for m in clause.find_iter(text) {
        let answered = acts.iter().any(|a| {
            a.span
                .start
                .checked_sub(base)
                .is_some_and(|at| at < m.start() && !segments.iter().any(|r| r.contains(&at)))
        });
        if answered {
            let end = text[m.end()..]
                .find([',', ';', ':', '(', '.'])
                .map_or(text.len(), |i| m.end() + i);
            segments.push(m.start()..end);
        }
    }
    if segments.is_empty() {
        return Vec::new();
    }
    harm_spans_within(acts, counts, base, &segments)
}

/// The spans of violent acts, and of the words of counts, of a relative
/// clause that recalls an earlier incident by its own time: "arrested the
/// man behind the attack which left 19 dead in March 2016", "a siege that
/// killed dozens last fall". The clause runs from "which" or "that" to the
/// end of its clause; its time is a word of another time ("last year",
/// "two years ago") or a month or year with its year told that ends more
/// than a week before the event's date (`event_date`, a date the sentence
/// tells outside the clause, or the report's), so that "the attack, which
/// killed five on 3 May" keeps its toll. A clause on an attack that people
/// are tied to ("arrested men suspected of the bombing that killed 12",
/// "killed three fighters involved in an attack that killed 20") recalls it
/// too. The sentence must tell another act before the clause, which it is
/// about.
fn relative_of_past_time(
    text: &str,
    lower: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
    dates: &[DateMention],
    event_date: Option<NaiveDate>,
) -> Vec<Span> {
    // No harm told, nothing to set apart: most sentences stop here.
    if harm_spans(acts, counts).next().is_none() {
        return Vec::new();
    }
    static RELATIVE: OnceLock<WordRegex> = OnceLock::new();
    static SEASON: OnceLock<WordRegex> = OnceLock::new();
    static TIED: OnceLock<WordRegex> = OnceLock::new();
    let relative = RELATIVE.get_or_init(|| WordRegex::new(r"(?i)\b(?:which|that)\b"));
    let season = SEASON.get_or_init(|| {
        WordRegex::new(r"(?i)\blast (?:fall|autumn|spring|summer|winter|year|month)\b")
    });
    // Words that tie people to an attack they are arrested, killed or
    // questioned over: "suspects involved in the bombing which killed 60".
    let tied = TIED.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:involved in|involvement in|suspected of|accused of|perpetrators? of|masterminds? of|wanted for|in connection with)\b",
        )
    });
    // Without "which" or "that" there is no clause to search.
    static RELATIVE_WORDS: [Needle; 2] = [Needle::new("which"), Needle::new("that")];
    if !any_in_lower(&RELATIVE_WORDS, lower) {
        return Vec::new();
    }
    let mut segments: Vec<std::ops::Range<usize>> = Vec::new();
    for m in relative.find_iter(text) {
        let end = text[m.end()..]
            .find([',', ';', ':', '(', '.'])
            .map_or(text.len(), |i| m.end() + i);
        // The attack the relative clause tells is the one named after such
        // a word in the same clause: another, earlier incident.
        let lead = &text[..m.start()];
        let lead = lead
            .rfind([',', ';', ':', '('])
            .map_or(lead, |i| &lead[i + 1..]);
        // A main verb between the tie and the clause ("accused of theft
        // alleged that they were tortured", "in connection with the
        // elections led to violence in which") ends the tie.
        let tied_to_people = || {
            tied.find_iter(lead).last().is_some_and(|cue| {
                !lead[cue.end()..].split_whitespace().any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "led"
                            | "alleged"
                            | "claimed"
                            | "said"
                            | "says"
                            | "resulted"
                            | "caused"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                    )
                })
            })
        };
        let clause = &text[m.end()..end];
        let in_clause = |d: &DateMention| {
            d.span
                .start
                .checked_sub(base)
                .is_some_and(|at| at >= m.end() && at < end)
        };
        // The event's date: a date the sentence tells outside the clause,
        // else the report's.
        let event_date = dates
            .iter()
            .filter(|d| !in_clause(d))
            .find_map(|d| d.start)
            .or(event_date);
        let other_word = || other_time_cues().is_match(clause) || season.is_match(clause);
        // A day ("on 31 July") is most often the event's own; a month or a
        // year with its year told ("in March 2016") may recall another.
        let earlier_date = dates.iter().filter(|d| in_clause(d)).any(|d| {
            let coarse = d.year_explicit
                && matches!(
                    d.precision,
                    DatePrecision::Month | DatePrecision::Quarter | DatePrecision::Year
                );
            match (d.end, event_date) {
                (Some(e), Some(ev)) => coarse && e + chrono::Duration::days(7) < ev,
                _ => false,
            }
        });
        // The date test first: it costs no search.
        if earlier_date || other_word() || tied_to_people() {
            segments.push(m.end()..end);
        }
    }
    let Some(first) = segments.first() else {
        return Vec::new();
    };
    let act_before = acts.iter().any(|a| {
        a.span
            .start
            .checked_sub(base)
            .is_some_and(|at| at < first.start)
    });
    if !act_before {
        return Vec::new();
    }
    harm_spans_within(acts, counts, base, &segments)
}

/// The byte range of the clause around `at`: from the comma, semicolon,
/// colon or bracket before it to the next one.
fn clause_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let start = text[..at].rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let end = text[at..]
        .find([',', ';', ':', '('])
        .map_or(text.len(), |i| at + i);
    start..end
}

/// The spans of violent acts, and of the words of counts, told after
/// "comes after" or "came two days after" in a sentence that follows the
/// incident ("The attack came after a gunbattle killed four militants"):
/// what the incident followed is an earlier incident, background. In the
/// incident's own sentence ("Four were killed in an attack, which came two
/// days after blasts that killed 16") the incident is told before the words.
fn came_after(
    text: &str,
    lower: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
    after_lead: bool,
) -> Vec<Span> {
    static AFTER: OnceLock<WordRegex> = OnceLock::new();
    let after = AFTER.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:comes?|came) (?:(?:a|one|two|three|four|five|several|just|only) (?:days?|weeks?|months?|hours?) |days |weeks |months |hours |shortly |just |only )?after\b",
        )
    });
    // No harm told, nothing to set apart; and no match without "after"
    // and "came" or "come".
    static AFTER_WORD: Needle = Needle::new("after");
    static CAME_WORDS: [Needle; 2] = [Needle::new("came"), Needle::new("come")];
    if harm_spans(acts, counts).next().is_none()
        || !AFTER_WORD.in_lower(lower)
        || !any_in_lower(&CAME_WORDS, lower)
    {
        return Vec::new();
    }
    let Some(m) = after.find(text) else {
        return Vec::new();
    };
    let end = text[m.end()..]
        .find(';')
        .map_or(text.len(), |i| m.end() + i);
    let told_before = harm_spans(acts, counts).any(|span| {
        span.start
            .checked_sub(base)
            .is_some_and(|at| at < m.start())
    });
    if !(after_lead || told_before) {
        return Vec::new();
    }
    harm_spans_within(acts, counts, base, std::slice::from_ref(&(m.end()..end)))
}

/// Words that set something at another time than the incident's ("in
/// 2014", "two years earlier", "last month").
fn other_time_cues() -> &'static WordRegex {
    static OTHER: OnceLock<WordRegex> = OnceLock::new();
    OTHER.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:last (?:year|month|week)|(?:the|a|one|two|three|several) (?:days?|weeks?|months?|years?) (?:before|earlier)|the previous (?:day|week|month|year)|ago|in (?:19|20)\d\d|earlier (?:that|this|the same) (?:day|week|month|year))\b",
        )
    })
}

/// Whether a sentence names a time other than the incident's.
fn told_of_another_time(text: &str) -> bool {
    other_time_cues().is_match(text)
}

/// The spans of violent acts, and of the words of counts, of a sentence
/// set at another time than the lead incident's by its own words ("Similar
/// attacks killed seven people the week before", "a bombing at the same
/// market killed 40 people in 2011", "two years ago").
fn another_time(
    text: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
) -> Vec<Span> {
    let cues: Vec<usize> = other_time_cues()
        .find_iter(text)
        .map(|m| m.start())
        .collect();
    if cues.is_empty() {
        return Vec::new();
    }
    // The time must be in the act's own clause: "executed 58 people after
    // the plot was uncovered last week" dates the uncovering, not the act.
    let lower = text.to_ascii_lowercase();
    let clause = |at: usize| {
        let std::ops::Range { mut start, mut end } = clause_around(&lower, at);
        for cut in [
            " after ",
            " when ",
            " before ",
            " until ",
            " because ",
            " following ",
            " while ",
        ] {
            if let Some(i) = lower[start..at].rfind(cut) {
                start = start + i + 1;
            }
            if let Some(i) = lower[at..end].find(cut) {
                end = at + i;
            }
        }
        start..end
    };
    harm_spans(acts, counts)
        .filter(|span| {
            let Some(at) = span.start.checked_sub(base).filter(|&at| at <= text.len()) else {
                return false;
            };
            let r = clause(at);
            cues.iter().any(|c| r.contains(c))
        })
        .collect()
}

/// The spans of violent acts told as a running total over a period ("the
/// conflict has killed more than 20,000 people since 2009", "attacks have
/// left 300 dead so far this year", "over the past decade, more than 500
/// journalists have been killed"): a tally of many incidents, which event
/// datasets do not code as an event, and whose toll is no incident's. The
/// act follows a perfect ("has", "have", "had", with "been" for a
/// passive) in its own clause, and the sentence names the period.
fn cumulative_tolls(
    text: &str,
    lower: &str,
    base: usize,
    acts: &[ActMention],
    counts: &[CountMention],
    dates: &[DateMention],
) -> Vec<Span> {
    // No harm told, nothing to tally: the answer below keeps harm spans
    // only, so a sentence without one needs none of its searches.
    if harm_spans(acts, counts).next().is_none() {
        return Vec::new();
    }
    static PERIOD: OnceLock<WordRegex> = OnceLock::new();
    let period = PERIOD.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:since (?:(?:early |late |mid-?)?(?:1[89]|20)\d\d|the (?:beginning|start|outbreak|onset)|(?:early |late )?(?:january|february|march|april|june|july|august|september|october|november|december))|so far (?:this|in)|to date|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months|weeks|decades?)|in recent (?:years|months|weeks)|throughout the (?:year|conflict|war))\b",
        )
    });
    // A period or a campaign tallies only an act in the perfect ("has",
    // "had", "have" before it, below): without one of those words the
    // period search (costly, "in" being everywhere) has nothing to find.
    static PERFECT_WORDS: [Needle; 3] =
        [Needle::new("has"), Needle::new("had"), Needle::new("have")];
    let perfect_word = any_in_lower(&PERFECT_WORDS, lower);
    // "in the last months of 2009" is a time, not a period up to now;
    // "since the start of the war" is one.
    let periods: Vec<(usize, usize)> = if perfect_word {
        period
            .find_iter(text)
            .filter(|m| {
                !text[m.end()..].starts_with(" of ")
                    || m.as_str()
                        .get(..5)
                        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
            })
            .map(|m| (m.start(), m.end()))
            .collect()
    } else {
        Vec::new()
    };
    // A year's tally in an annual report ("more than 1,500 people were
    // murdered during the year", "In the first 10 months of 2007, 92 deaths
    // were recorded") counts many incidents in any tense.
    static YEAR: OnceLock<WordRegex> = OnceLock::new();
    let year = YEAR.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:during|throughout|over|in the course of) the (?:whole |entire )?year\b|\bin the first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months of (?:the year|(?:19|20)\d\d)\b",
        )
    });
    // Every match holds "year" or "months".
    static YEAR_WORDS: [Needle; 2] = [Needle::new("year"), Needle::new("month")];
    let year_tallies: Vec<(usize, usize)> = if any_in_lower(&YEAR_WORDS, lower) {
        year.find_iter(text).map(|m| (m.start(), m.end())).collect()
    } else {
        Vec::new()
    };
    // "The offensive began in spring and has left over 900
    // militants dead": a campaign, the sentence's subject, tallied in the
    // perfect, unless a day dates it (one operation on one day).
    // The campaign word is the head of a definite subject ("The
    // operation", "This year's offensive"), not a modifier ("War crimes
    // allegations") or an object ("Many had fled conflict").
    // The first six words, trimmed, are compared ignoring ASCII case with
    // lower-case words: the same answer as lower-casing them, without a
    // string each (asked of every sentence that tells an event).
    // The words after the first are read only when the first is a
    // determiner (the campaign's first condition).
    let is_any = |w: &str, words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    fn trimmed(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    let mut words = text.split_whitespace();
    let determiner = words
        .next()
        .is_some_and(|w| is_any(trimmed(w), &["the", "this", "that", "its", "their"]));
    let mut first: [&str; 6] = [""; 6];
    let mut first_len = 0;
    if determiner {
        first_len = 1;
        for (slot, w) in first[1..].iter_mut().zip(words) {
            *slot = trimmed(w);
            first_len += 1;
        }
    }
    let first = &first[..first_len];
    let campaign = determiner
        && (1..first.len()).any(|j| {
            first
                .get(j + 1)
                .is_none_or(|next| !is_any(next, &["crimes", "criminal", "criminals", "crime"]))
                && {
                    let w = first[j];
                    is_any(
                        w,
                        &[
                            "operation",
                            "operations",
                            "offensive",
                            "campaign",
                            "conflict",
                            "war",
                            "insurgency",
                            "crackdown",
                        ],
                    )
                }
        })
        && !dates.iter().any(|d| d.precision == DatePrecision::Day);
    if periods.is_empty() && !campaign && year_tallies.is_empty() {
        return Vec::new();
    }
    // The acts, and the words of the counts ("have left 200 dead").
    harm_spans(acts, counts)
        .filter(|span| {
            // The perfect within seven words before the act, in its clause.
            let at = span.start - base;
            let before = &text[..at];
            // A comma or point inside a number ("2,000") ends no clause.
            let bytes = before.as_bytes();
            let clause_start = before
                .char_indices()
                .rev()
                .find(|&(i, c)| {
                    let in_number = matches!(c, ',' | '.')
                        && i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                    matches!(c, ',' | ';' | ':' | '(' | '.' | '\n') && !in_number
                })
                .map_or(0, |(i, _)| i + 1);
            // The period in the act's clause (up to its full stop or
            // semicolon), or opening the sentence ("Since 2006, nine
            // journalists have been killed").
            let clause_end = text[at..].find([';', '.']).map_or(text.len(), |i| at + i);
            let in_clause = |&(from, to): &(usize, usize)| {
                (from >= clause_start && to <= clause_end) || text[..from].trim_start().is_empty()
            };
            if year_tallies.iter().any(in_clause) {
                return true;
            }
            // The perfect is read only where a campaign or a period would
            // make it count.
            if !(campaign || periods.iter().any(in_clause)) {
                return false;
            }
            // Not "reported to have been sentenced": a report of one act.
            let words: Vec<&str> = text[clause_start..at].split_whitespace().collect();
            (words.len().saturating_sub(7)..words.len()).any(|j| {
                ["has", "have", "had"]
                    .iter()
                    .any(|x| words[j].eq_ignore_ascii_case(x))
                    && !(j > 0 && words[j - 1].eq_ignore_ascii_case("to"))
            })
        })
        .collect()
}

/// A word (ASCII, lower case) looked for in the ASCII-lower-cased copy of a
/// sentence (`lower`): a cheap test for a word a case-insensitive regex
/// cannot match without.
///
/// `lower` holds the word exactly where the sentence holds it in any ASCII
/// case (lower-casing changes only ASCII capitals, and the word is all
/// ASCII lower case), so the answer is that of comparing every window of
/// the sentence with the word, ignoring ASCII case. A case-insensitive
/// regex also matches "ſ" for "s" and the Kelvin sign for "k": a word that
/// stands for such a regex holds neither letter ("ince" for "since").
///
/// The search is memchr's substring searcher, built once per word: it
/// finds candidates by a pair of the word's bytes, 32 bytes at a time.
/// Looking for the word's first byte in either case with `memchr2` and
/// comparing at each hit, as before, stopped at every other word for a
/// common letter; about 190 million instructions over the annual reports,
/// for some 330,000 tests, asked several times of each sentence that tells
/// an event.
struct Needle {
    word: &'static str,
    finder: OnceLock<memchr::memmem::Finder<'static>>,
}

impl Needle {
    const fn new(word: &'static str) -> Needle {
        Needle {
            word,
            finder: OnceLock::new(),
        }
    }

    /// Whether `lower`, a text ASCII-lower-cased, holds the word.
    fn in_lower(&self, lower: &str) -> bool {
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.word.as_bytes()))
            .find(lower.as_bytes())
            .is_some()
    }
}

/// Whether `lower` holds any of `needles` (see [`Needle`]).
fn any_in_lower(needles: &[Needle], lower: &str) -> bool {
    needles.iter().any(|n| n.in_lower(lower))
}

/// Whether an event told in a later sentence of the same paragraph is the
/// same incident as the one before it: both acts of armed violence, no date
/// or place of its own that differs, and no word that marks another
/// incident ("Another bombing ...", "in a separate attack").
fn continues(prev: &Event, next: &Event, sentence: &str) -> bool {
    let violent = |e: &Event| e.acts.iter().any(|a| a.is_violent());
    // "Six assailants tried to hijack the flight. At least 10 people were
    // injured in the incident": a toll that names the incident told before
    // belongs to it, whatever that incident was.
    static BACK: OnceLock<WordRegex> = OnceLock::new();
    let back = BACK.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:in|during|by|from|after|following|as a result of) the (?:ensuing |subsequent )?(?:attacks?|assault|blasts?|explosions?|bombings?|incident|ambush|raid|shooting|firefight|gunfight|clash(?:es)?|hijacking|siege|stand-?off|fighting|violence|stampede|fire)\b",
        )
    });
    // A protest is left out: violence after it is a riot of its own.
    let protest = prev.acts.contains(&ActKind::Protest) || prev.event_type == "Protests";
    // Searched once, and only where a rule below asks.
    let tells_back_found = std::cell::OnceCell::new();
    let tells_back = || {
        *tells_back_found
            .get_or_init(|| !next.counts.is_empty() && !protest && back.is_match(sentence))
    };
    if held_then_killed(prev, next, sentence) {
        return true;
    }
    // "The gunmen then set the lorry alight": property destroyed in the
    // sentence after an attack, with nothing that makes it another incident
    // (checked below), is part of that attack.
    let destruction = |e: &Event| {
        !e.acts.is_empty() && e.acts.iter().all(|a| *a == ActKind::Looting) && e.counts.is_empty()
    };
    if !(violent(next) || destruction(next) && violent(prev)) || !(violent(prev) || tells_back()) {
        return false;
    }
    // "He died of his wounds on 2 August", "a soldier later succumbed to his
    // injuries": a death from wounds belongs to the attack that caused them
    // (UCDP and ACLED add it to that event), whatever day it happened.
    static OF_WOUNDS: OnceLock<Regex> = OnceLock::new();
    let of_wounds = OF_WOUNDS.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:died|dies|succumbed|succumbs)\b[^.;]{0,30}\b(?:wounds?|injur(?:y|ies))\b",
        )
        .unwrap()
    });
    if of_wounds.is_match(sentence) {
        return true;
    }
    if dated_otherwise(prev, next) {
        return false;
    }
    // "Furthermore, a policeman was killed in a shooting in the city": a
    // sentence that opens on a word of more and counts dead of its own
    // tells one more incident, not more of the one before, unless it names
    // that one back ("Also, two guards died in the attack").
    if !tells_back()
        && opens_on_more_dead(sentence)
        && next.counts.iter().any(|c| c.kind == CountKind::Killed)
    {
        return false;
    }
    let own_place = place_of_its_own(next);
    // "The blast targeted the Sorvi district chief": a sentence whose
    // subject is the incident told before, named again with "the" or
    // "this", goes on telling it, whatever place it names (the victim's
    // district, a building's town).
    static OPENS: OnceLock<WordRegex> = OnceLock::new();
    let opens = OPENS.get_or_init(|| {
        WordRegex::new(
            r"(?i)^\W*(?:the|this) (?:attacks?|assault|blasts?|explosions?|bombings?|incident|ambush|raid|shooting|firefight|hijacking|siege)\b",
        )
    });
    let opens_on_it = !protest && opens.is_match(sentence);
    // "Six people were hurt in the blast, which struck a minibus in
    // Kondele": a toll that names the incident told before belongs to it even
    // where it says more of the place; another incident would not be "the
    // blast".
    if own_place
        && !tells_back()
        && !opens_on_it
        && next.place.as_ref().map(|p| &p.name) != prev.place.as_ref().map(|p| &p.name)
    {
        return false;
    }
    static CUES: OnceLock<WordRegex> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:another|separate(?:ly)?|meanwhile|elsewhere|earlier|later|next day|following day|previous|in addition|similar|a second|two other|other attacks?)\b")
    });
    // "Another six soldiers were wounded", "In addition, 40 people were
    // injured", "Two other policemen died": a cue right before the
    // sentence's count adds people to the incident, not another incident.
    // "In addition" within the sentence ("...; in addition, the blast
    // damaged two shops") adds a detail; only at its opening may it bring
    // another attack.
    let adds_people = |m: &RegexMatch| {
        let cue = m.as_str().to_ascii_lowercase();
        // "In addition to the bombers, two guards were killed" counts more
        // dead of the same attack; it brings no other attack.
        let to_follows = sentence
            .get(m.end()..)
            .and_then(|rest| rest.get(..4))
            .is_some_and(|rest| rest.eq_ignore_ascii_case(" to "));
        if cue == "in addition" && (m.start() > 0 || to_follows) {
            return true;
        }
        matches!(cue.as_str(), "another" | "in addition" | "two other")
            && next.counts.iter().any(|c| {
                let at = c.span.start.saturating_sub(next.span.start);
                at + 1 >= m.start() && at <= m.end() + 16
            })
    };
    !cues.find_iter(sentence).any(|m| !adds_people(&m))
}

/// "Gunmen abducted two traders. Their bodies were found on 9 May", "The
/// hostages were killed two days later", "they shot the two men", "three of
/// the ten workers were beheaded": the killing of people an abduction
/// told just before had taken is how that abduction ended. It is one
/// incident, dated from the abduction (GTD and ACLED date such an incident
/// by its start), whatever day or place the killing or the finding of the
/// bodies happened on.
fn held_then_killed(prev: &Event, next: &Event, sentence: &str) -> bool {
    static HELD: OnceLock<WordRegex> = OnceLock::new();
    let held = HELD.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:hostages?|captives?|abductees?|detainees|the victims|the occupants|those (?:arrested|detained|abducted|kidnapped|held)|(?:killed|executed|shot|beheaded|murdered) them|(?:the|were|was) (?:kidnapped|abducted)|bod(?:y|ies)|corpses?|found (?:\w+ ){0,2}dead|(?:the|both) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:men|women|people|victims|civilians|villagers|workers|labou?rers)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) of the)\b",
        )
    });
    prev.acts.contains(&ActKind::Disappear)
        && (next.acts.contains(&ActKind::Kill) || next.fatalities.is_some())
        && held.is_match(sentence)
}

/// "Gunmen abducted three farmers. The victims were shot dead hours later",
/// "Soldiers arrested six men. The bodies of those arrested were found in a
/// well": a killing that names no number but points back to the people an
/// earlier sentence of the incident counted as held killed those people.
/// Only a group of two or more held, and only when no one is counted as
/// killed yet and the killing tells of no one set free or escaped (then
/// the held are not all dead). Returns the deaths to add, one per count of
/// the held (the held counts stay as they are).
fn held_people_killed(
    earlier: &[CountMention],
    later: &[CountMention],
    acts: &[ActKind],
    sentence: &str,
) -> Vec<CountMention> {
    let killed = |c: &CountMention| c.kind == CountKind::Killed;
    if earlier.iter().any(killed) || later.iter().any(killed) {
        return Vec::new();
    }
    // The people held first: with none, the searches below are left out
    // (this runs after every sentence that follows an event).
    let held: Vec<&CountMention> = earlier
        .iter()
        .filter(|c| {
            matches!(c.kind, CountKind::Disappeared | CountKind::Arrested)
                && c.role == CountRole::Additive
        })
        .collect();
    let Some(kind) = held.first().map(|c| c.kind) else {
        return Vec::new();
    };
    let held: Vec<&CountMention> = held.into_iter().filter(|c| c.kind == kind).collect();
    let sum: u32 = held.iter().filter_map(|c| c.best).sum();
    if sum < 2 {
        return Vec::new();
    }
    static BACK: OnceLock<WordRegex> = OnceLock::new();
    let back = BACK.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:them|the (?:victims|hostages|captives|abductees|detainees|occupants|bodies|corpses|remains)|their bod(?:y|ies)|those (?:arrested|detained|abducted|kidnapped|held)|all (?:of )?the victims)\b",
        )
    });
    static DEATH: OnceLock<WordRegex> = OnceLock::new();
    let death = DEATH.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:found (?:\w+ )?dead|(?:bodies|corpses|remains)\b.{0,40}\b(?:found|discovered|recovered)|(?:found|discovered|recovered)\b.{0,40}\b(?:bodies|corpses|remains))\b",
        )
    });
    static SPARED: OnceLock<WordRegex> = OnceLock::new();
    let spared = SPARED.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:released|freed|escaped|rescued|survived|alive|whereabouts)\b")
    });
    if !(acts.contains(&ActKind::Kill) || death.is_match(sentence))
        || !back.is_match(sentence)
        || spared.is_match(sentence)
    {
        return Vec::new();
    }
    held.into_iter()
        .map(|c| CountMention {
            kind: CountKind::Killed,
            ..c.clone()
        })
        .collect()
}

/// Words that name the attackers of an incident, any of which a later
/// sentence may use for the same people.
fn attacker_noun(w: &str) -> bool {
    matches!(
        w,
        "assailants"
            | "attackers"
            | "gunmen"
            | "militants"
            | "perpetrators"
            | "bombers"
            | "insurgents"
            | "hijackers"
    )
}

/// "Three assailants opened fire on a checkpoint. The attackers were killed
/// in the ensuing firefight", "Gunmen fired on two police officers. The
/// officers were killed", "All of the assailants were killed", "All members
/// of the cell were killed": a sentence that opens with a group named again
/// with "the" and says it was killed, with no number of its own, killed
/// the group the incident's first sentence counted. Attackers may be named
/// by another word for attackers; other people by the same noun. Nothing is
/// added when the group's deaths are counted already. "Gunmen fired on four
/// women. The women were injured": the same for the wounded.
fn group_harmed_told_before(
    prev: &Event,
    later: &[CountMention],
    sentence: &str,
    base: usize,
    kind: CountKind,
) -> Vec<CountMention> {
    // "no casualties among the officers" after it is another side's toll.
    if later.iter().any(|c| c.kind == kind && c.best != Some(0)) {
        return Vec::new();
    }
    static KILLED: OnceLock<Regex> = OnceLock::new();
    static INJURED: OnceLock<Regex> = OnceLock::new();
    let group = r"(?i)^\W*((?:the|all(?: of the)?|both(?: of the)?) (?:[a-z-]+ )?([a-z]+s|[a-z]*men|children|people)(?: of the [a-z-]+)?) were (?:(?:also|later|then|all|both|subsequently|[a-z]+ly) )*";
    let opens = match kind {
        CountKind::Killed => KILLED.get_or_init(|| {
            Regex::new(&format!(
                r"{group}(killed|shot dead|shot and killed|executed|beheaded)\b"
            ))
            .unwrap()
        }),
        CountKind::Injured => INJURED
            .get_or_init(|| Regex::new(&format!(r"{group}(injured|wounded|hurt)\b")).unwrap()),
        _ => return Vec::new(),
    };
    // "Guards shot and killed the assailants": the attackers named again
    // as the object of their killing.
    static ACTIVE: OnceLock<Regex> = OnceLock::new();
    let active = ACTIVE.get_or_init(|| {
        Regex::new(r"(?i)\b(killed|shot dead|shot and killed|neutrali[sz]ed and killed|liquidated) ((?:the|all(?: of the)?|both(?: of the)?) (?:[a-z-]+ )?(assailants|attackers|gunmen|militants|perpetrators|bombers|insurgents|hijackers))\b").unwrap()
    });
    let range = |m: Option<regex::Match>| m.map_or(0..0, |m| m.range());
    let told = sentence
        .contains(" were ")
        .then(|| opens.captures(sentence))
        .flatten()
        .map(|cap| {
            (
                range(cap.get(1)),
                cap[2].to_ascii_lowercase(),
                range(cap.get(3)),
            )
        })
        .or_else(|| {
            (kind == CountKind::Killed)
                .then(|| active.captures(sentence))
                .flatten()
                .map(|cap| {
                    (
                        range(cap.get(2)),
                        cap[3].to_ascii_lowercase(),
                        range(cap.get(1)),
                    )
                })
        });
    let Some((subject, noun, verb)) = told else {
        return Vec::new();
    };
    let attackers = attacker_noun(&noun);
    let counted = prev.counts.iter().any(|c| {
        c.kind == kind
            && if attackers {
                c.victim_group == "assailants" || attacker_noun(&c.victim_group)
            } else {
                c.role != CountRole::Subset
            }
    });
    if counted {
        return Vec::new();
    }
    // The group's number in the lead sentence: "three assailants", "two
    // police officers", "Six armed attackers".
    let words: Vec<String> = prev
        .quote
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let number = |w: &str| -> Option<u32> {
        w.parse::<u32>()
            .ok()
            .or_else(|| counts::small_number(w).and_then(|v| u32::try_from(v).ok()))
    };
    let found = (0..words.len()).find_map(|i| {
        let n = number(&words[i])?;
        let hit = (i + 1..(i + 4).min(words.len())).find(|&k| {
            if attackers {
                attacker_noun(&words[k])
            } else {
                words[k] == noun
            }
        })?;
        // Only adjectives between: "three armed assailants".
        (i + 1..hit)
            .all(|k| number(&words[k]).is_none() && words[k] != "of")
            .then_some(n)
    });
    // "Three men from Lotu opened fire on the guards. The assailants were
    // shot dead": attackers the lead counted by another word open it as its
    // subject. A number there that is itself a count of people harmed
    // ("Two soldiers were killed when ...") is not theirs.
    let opening = || {
        // Past an opening phrase of time or place ("On 3 May 2019, ").
        let lead = prev.quote.trim_start();
        let time_or_place = |phrase: &str| {
            let first = phrase.split_whitespace().next().unwrap_or("");
            phrase.split_whitespace().count() <= 6
                && matches!(
                    first.to_ascii_lowercase().as_str(),
                    "on" | "in" | "at" | "during" | "early" | "late" | "around" | "overnight"
                )
        };
        let lead = match lead.find(", ") {
            Some(c) if time_or_place(&lead[..c]) => &lead[c + 2..],
            _ => lead,
        };
        let at = prev.quote.len() - lead.len();
        let first = lead
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()?;
        let harmed = prev
            .counts
            .iter()
            .any(|c| c.span.start == prev.span.start + at);
        (!harmed)
            .then(|| number(&first.to_ascii_lowercase()))
            .flatten()
    };
    let found = found.or_else(|| attackers.then(opening).flatten());
    let Some(n) = found.filter(|&n| n >= 2) else {
        return Vec::new();
    };
    vec![CountMention {
        span: Span::new(base + subject.start, base + subject.end),
        trigger: Span::new(base + verb.start, base + verb.end),
        kind,
        low: Some(n),
        best: Some(n),
        high: Some(n),
        victim_group: if attackers {
            "assailants".to_string()
        } else {
            noun
        },
        quantity_text: sentence[subject].to_string(),
        role: CountRole::Additive,
    }]
}

/// Whether `next` has a date of its own (not one it inherited) that is
/// not `prev`'s: another day, so another incident.
fn dated_otherwise(prev: &Event, next: &Event) -> bool {
    next.date.as_ref().is_some_and(|d| d.note.is_empty())
        && next.date.as_ref().map(|d| (d.start, d.end))
            != prev.date.as_ref().map(|d| (d.start, d.end))
}

/// Whether the event's place is named in its own sentence.
fn place_of_its_own(e: &Event) -> bool {
    e.place
        .as_ref()
        .is_some_and(|p| p.span.start >= e.span.start && p.span.end <= e.span.end)
}

/// Whether `next`, told in the sentence after the protest `prev`, is that
/// protest's crowd turning violent: a riot on the same day, at no other
/// place of its own.
fn turned_violent(prev: &Event, next: &Event, sentence: &str, short: bool) -> bool {
    // Only violence the crowd did: stones, barricades, a clash. A robbery
    // or a firing the protesters complain about, or police dispersing
    // them, is no riot of theirs.
    let riot = next.event_type == "Riots"
        && next
            .acts
            .iter()
            .any(|a| matches!(a, ActKind::Riot | ActKind::Clash));
    // "They clashed with the police who tried to disperse them": a clash
    // with state forces whose other side the sentence does not name is the
    // crowd's.
    let clash = next.event_type == "Battles"
        && next.acts.contains(&ActKind::Clash)
        && next.actor1.as_ref().is_none_or(|a| a.span.is_none())
        && next
            .actor2
            .as_ref()
            .is_none_or(|a| a.actor_type == ActorType::StateForces);
    // "The demonstrators destroyed the checkpoints", "journalists were
    // beaten by demonstrators": harm the sentence lays on the crowd by
    // name.
    let base = next.span.start;
    let by_crowd = next.event_type == "Riots"
        && next
            .actor1
            .as_ref()
            .and_then(|a| a.span)
            .and_then(|s| sentence.get(s.start.saturating_sub(base)..s.end.saturating_sub(base)))
            .is_some_and(crowd_noun)
        && next.acts.iter().any(|a| {
            matches!(
                a,
                ActKind::Looting | ActKind::Attack | ActKind::Torture | ActKind::Injure
            )
        });
    // The clash and the crowd's harm, like the riot's damage below, are
    // read as the protest's only in a news item (see `short` in
    // `assemble`): a report's next sentence after a protest often tells the
    // police's answer to it, or another matter.
    let riot = riot || short && (clash || by_crowd);
    // "Chairs were burnt and property destroyed": damage with no one else
    // named as doing it is the crowd's (a robbery the protesters complain
    // of is not).
    let unnamed = next.actor1.as_ref().is_none_or(|a| {
        a.span.is_none() || matches!(a.actor_type, ActorType::Protesters | ActorType::Rioters)
    });
    let damage = unnamed
        && (next.sub_event_type == "Looting/property destruction"
            || short
                && next.event_type == "Riots"
                && !next.acts.is_empty()
                && next.acts.iter().all(|a| *a == ActKind::Looting)
                && !robbed_only(sentence));
    if !(riot || damage) {
        return false;
    }
    if dated_otherwise(prev, next) {
        return false;
    }
    let own_place = place_of_its_own(next);
    !own_place || next.place.as_ref().map(|p| &p.name) == prev.place.as_ref().map(|p| &p.name)
}

/// Whether `words` name a crowd: "the demonstrators", "rioters", "a mob".
fn crowd_noun(words: &str) -> bool {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    RE.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:demonstrators?|protesters?|protestors?|rioters?|crowds?|mobs?)\b")
    })
    .is_match(words)
}

/// Whether `target`, an actor of `e`'s sentence, is named right after a
/// word that makes it an attack's object: "opened fire at the police",
/// "an attack on two army checkpoints", "ambushed a patrol".
fn attack_target(e: &Event, target: &Actor) -> bool {
    let Some(before) = target
        .span
        .and_then(|t| e.quote.get(..t.start.checked_sub(e.span.start)?))
    else {
        return false;
    };
    let last = last_words(before, char::is_alphanumeric).find(|w| {
        !(matches!(w.as_str(), "the" | "a" | "an" | "its" | "their")
            || w.chars().all(|c| c.is_ascii_digit())
            || matches!(w.as_str(), "two" | "three" | "four" | "five" | "several"))
    });
    matches!(
        last.as_deref(),
        Some("at" | "on" | "against" | "targeting" | "attacked" | "ambushed")
    )
}

/// Fold a later sentence's telling of the same incident into the event.
fn merge_into(prev: &mut Event, next: Event, sentence: &str) {
    // "Men in a car opened fire at the police. An officer returned fire":
    // the side the incident targeted ("fired at", "an attack on", "shot
    // at" it), acting in a later sentence, answers the attack; the unnamed
    // attackers stay actor1. Not in a clash, where neither side is the
    // target and the one named later may lead it.
    let target_answers = !prev.acts.contains(&ActKind::Clash)
        && next
            .actor1
            .as_ref()
            .zip(prev.actor2.as_ref())
            .is_some_and(|(a, v)| a.name == v.name && attack_target(prev, v));
    if prev.actor1.as_ref().is_none_or(|a| a.span.is_none())
        && next.actor1.as_ref().is_some_and(|a| a.span.is_some())
        && !target_answers
    {
        prev.actor1 = next.actor1;
    }
    // "Militants attacked the village ... The attack was repelled and one
    // militiaman was killed": the village had armed defenders, so the
    // incident is a battle with them, not an attack on civilians.
    let armed_victims = next
        .actor2
        .as_ref()
        .is_some_and(|a| a.span.is_some() && is_armed(a.actor_type));
    if prev.event_type == "Violence against civilians"
        && prev.sub_event_type == "Attack"
        && next.event_type == "Battles"
        && prev
            .actor2
            .as_ref()
            .is_none_or(|a| a.actor_type == ActorType::Civilians)
        && (armed_victims || repelled(sentence))
    {
        prev.event_type = next.event_type;
        prev.sub_event_type = next.sub_event_type;
        if armed_victims {
            prev.actor2 = None;
        }
    }
    if prev.actor2.is_none() {
        prev.actor2 = next.actor2;
    }
    if prev.place.is_none() {
        prev.place = next.place;
        prev.country = next.country;
    }
    prev.vague = prev.vague && next.vague;
    let mut next_counts = next.counts;
    let demoted = restated_in_addition(
        &mut prev.counts,
        &mut next_counts,
        sentence,
        next.span.start,
    );
    pronoun_death_told_again(prev, &mut next_counts, sentence, next.span.start);
    // A stabbing's provisional count gives way to the toll told after it.
    let superseded = stabbings_told_again(prev, &next_counts);
    prev.counts.retain(|c| !superseded.contains(&c.span));
    // A subset first in the list would stand as the total (see `total`):
    // the earlier tellings go after the count that replaces them.
    let (kept, moved): (Vec<CountMention>, Vec<CountMention>) = std::mem::take(&mut prev.counts)
        .into_iter()
        .partition(|c| !demoted.contains(&c.span));
    prev.counts = kept;
    let mut dead = held_people_killed(&prev.counts, &next_counts, &next.acts, sentence);
    for kind in [CountKind::Killed, CountKind::Injured] {
        dead.extend(group_harmed_told_before(
            prev,
            &next_counts,
            sentence,
            next.span.start,
            kind,
        ));
    }
    prev.counts.extend(next_counts);
    prev.counts.extend(dead);
    prev.counts.extend(moved);
    drop_self_death_counted_again(&mut prev.counts);
    drop_self_death_in_general_toll(prev, sentence, next.span.start);
    drop_attacker_who_lived(&mut prev.counts);
    // "Two other policemen were killed", "Moreover, three civilians were
    // wounded": the sentence tells more people, not the same ones again.
    static MORE: OnceLock<WordRegex> = OnceLock::new();
    let more = MORE.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:other|others|another|also|further|moreover|additional|too|besides)\b",
        )
    });
    // "One died on the spot, the other in hospital": "the other" parts the
    // people told before; it adds none.
    // The word tells more people of the kind of the count nearest to it:
    // "killing three women and a boy and injuring six other members" adds
    // to the injured only.
    let base = next.span.start;
    let mut more_kinds: Vec<Option<CountKind>> = Vec::new();
    for m in more.find_iter(sentence) {
        let before = &sentence.as_bytes()[..m.start()];
        let the_other = m.as_str().to_ascii_lowercase().starts_with("other")
            && before.len() >= 4
            && before[before.len() - 4..].eq_ignore_ascii_case(b"the ");
        if the_other {
            continue;
        }
        // Only a word inside a count's own words after its number ("six
        // other members") is that count's; "another was wounded", "also
        // killed" or "other forces" speak for the whole sentence.
        let at = base + m.start();
        let owner = prev
            .counts
            .iter()
            .find(|c| c.span.start >= base && c.span.start < at && at < c.span.end);
        more_kinds.push(owner.map(|c| c.kind));
    }
    restated_across_sentences(prev, &more_kinds, base);
    bare_part_told_again(prev, sentence, base);
    part_of_dead_told_again(prev, &more_kinds, sentence, base);
    one_killed_named_again(prev, sentence, base);
    for a in next.acts {
        if !prev.acts.contains(&a) {
            prev.acts.push(a);
        }
    }
    prev.recount();
}

/// "Two gunmen were killed in the raid. One of the gunmen had tried to blow
/// himself up but was shot dead": a part, told with "of the", of a group
/// the incident already counts among its dead is some of those dead again,
/// unless the sentence says there were more ("another", "also").
fn part_of_dead_told_again(
    ev: &mut Event,
    more_kinds: &[Option<CountKind>],
    sentence: &str,
    next_start: usize,
) {
    if more_kinds
        .iter()
        .any(|k| k.is_none_or(|k| k == CountKind::Killed))
    {
        return;
    }
    let dead_before = |group: &str, counts: &[CountMention]| -> u32 {
        counts
            .iter()
            .filter(|c| {
                c.kind == CountKind::Killed
                    && c.role != CountRole::Subset
                    && c.span.end <= next_start
                    && c.victim_group == group
            })
            .filter_map(|c| c.best)
            .sum()
    };
    let parts: Vec<Span> = ev
        .counts
        .iter()
        .filter(|c| {
            c.kind == CountKind::Killed
                && c.role == CountRole::Additive
                && c.span.start >= next_start
                && !c.victim_group.is_empty()
                && sentence
                    .get(c.span.start - next_start..c.span.end - next_start)
                    .is_some_and(|w| w.to_ascii_lowercase().contains(" of the "))
                && c.best
                    .is_some_and(|b| b <= dead_before(&c.victim_group, &ev.counts))
        })
        .map(|c| c.span)
        .collect();
    for c in ev.counts.iter_mut() {
        if c.kind == CountKind::Killed && parts.contains(&c.span) {
            c.role = CountRole::Subset;
        }
    }
}

/// "A suicide bomber blew himself up at the station. Six people including
/// the attacker died": the attacker's death the first sentence stated is
/// counted again by the incident's toll, so the stated death gives way to
/// it (either order). The stated death is the one count whose trigger
/// ("blew himself up") wraps its own words; see `counts::blew_self_up`.
fn drop_self_death_counted_again(counts: &mut Vec<CountMention>) {
    let again = counts.iter().any(|c| {
        c.kind == CountKind::Killed && c.victim_group == "assailants" && !self_death_stated(c)
    });
    if again {
        counts.retain(|c| !self_death_stated(c));
        return;
    }
    // "One of the suicide bombers detonated himself on a bus. Nine people,
    // not including the suicide bomber, were killed": both sentences tell
    // the one attacker's death; the largest telling stands.
    let told: Vec<(usize, u32)> = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| self_death_stated(c))
        .map(|(i, c)| (i, c.best.unwrap_or(0)))
        .collect();
    if told.len() > 1 {
        let keep = told
            .iter()
            .max_by_key(|&&(i, b)| (b, usize::MAX - i))
            .map(|&(i, _)| i);
        let mut i = 0;
        counts.retain(|c| {
            let drop = self_death_stated(c) && Some(i) != keep;
            i += 1;
            !drop
        });
    }
}

/// "A suicide bomber detonated his vest at the gate. Twelve people were
/// killed": the incident's general toll, told in another sentence, holds
/// the attacker as often as not, as it does in the attack's own sentence
/// (see `counts::suicide_attacker`); the death the attack told for the
/// attacker gives way to it. A toll of named groups ("four soldiers"), of
/// "other" or "another" people, of none, or one told "not including" or
/// "excluding" the attacker leaves it. The toll's words are read when
/// they are in the incident's first sentence or in the sentence merged;
/// a toll of a sentence between them is read by its count alone.
fn drop_self_death_in_general_toll(prev: &mut Event, sentence: &str, next_start: usize) {
    if !prev.counts.iter().any(self_death_stated) {
        return;
    }
    let first = prev.span;
    let words = |c: &CountMention| -> Option<(String, String)> {
        let inside = |start: usize, text: &str| {
            let from = c.span.start.checked_sub(start)?;
            let to = c.span.end.checked_sub(start)?;
            Some((
                text.get(from..to)?.to_ascii_lowercase(),
                text.to_ascii_lowercase(),
            ))
        };
        if c.span.start >= next_start {
            inside(next_start, sentence)
        } else if c.span.start >= first.start && c.span.end <= first.end {
            inside(first.start, &prev.quote)
        } else {
            None
        }
    };
    let general = prev.counts.iter().any(|c| {
        if c.kind != CountKind::Killed
            || c.role == CountRole::Subset
            || c.best.is_none_or(|b| b == 0)
            || !matches!(
                c.victim_group.as_str(),
                "" | "people" | "men" | "persons" | "individuals" | "victims" | "casualties"
            )
        {
            return false;
        }
        words(c).is_none_or(|(toll, clause)| {
            !toll
                .split(|ch: char| !ch.is_ascii_alphabetic())
                .any(|w| matches!(w, "other" | "another"))
                && !clause.contains("not including")
                && !clause.contains("excluding")
        })
    });
    if general {
        prev.counts.retain(|c| !self_death_stated(c));
    }
}

/// "A suicide bomber detonated his vest at the gate. The assailant and a
/// guard were injured": the death the first sentence only implied for the
/// lone suicide attacker (see `counts::suicide_attacker`) did not happen
/// when the incident counts "the" attacker among its wounded. A telling of
/// the attacker's death elsewhere (any other count of dead attackers)
/// leaves it.
fn drop_attacker_who_lived(counts: &mut Vec<CountMention>) {
    let implied = |c: &CountMention| {
        self_death_stated(c)
            && c.best == Some(1)
            && matches!(
                c.quantity_text.to_ascii_lowercase().as_str(),
                "bomber" | "attacker"
            )
    };
    if !counts.iter().any(implied) {
        return;
    }
    let attacker_dead = counts.iter().any(|c| {
        c.kind == CountKind::Killed
            && !implied(c)
            && c.best.is_some_and(|b| b > 0)
            && c.victim_group == "assailants"
    });
    let wounded = counts.iter().any(|c| {
        c.kind == CountKind::Injured
            && c.victim_group == "assailants"
            && c.best == Some(1)
            && c.quantity_text.eq_ignore_ascii_case("the")
    });
    if wounded && !attacker_dead {
        counts.retain(|c| !implied(c));
    }
}

/// An attacker's death told by the attack itself ("blew himself up", "a
/// suicide bomber detonated ..."): its trigger wraps its own words.
fn self_death_stated(c: &CountMention) -> bool {
    c.kind == CountKind::Killed
        && c.victim_group == "assailants"
        && c.trigger.start < c.span.start
        && c.trigger.end > c.span.end
}

/// "An assailant stabbed two men. One of them was killed and the other
/// wounded in the attack": the stabbing counted the people as wounded only
/// because the text had not yet said what became of them; a later toll of
/// the incident says it, and the stabbing's count gives way to it (a subset
/// would not do: with no other count of its kind it would stand as the
/// total). Only counts of the event's first sentence are read (their words
/// are in its quote). Returns the spans of the counts that give way.
fn stabbings_told_again(prev: &Event, later: &[CountMention]) -> Vec<Span> {
    let first = prev.span;
    let stabbed: Vec<&CountMention> = prev
        .counts
        .iter()
        .filter(|c| {
            c.kind == CountKind::Injured
                && c.trigger.start >= first.start
                && prev
                    .quote
                    .get(c.trigger.start - first.start..c.trigger.end.saturating_sub(first.start))
                    .is_some_and(|w| w.to_ascii_lowercase().starts_with("stabb"))
        })
        .collect();
    // "The attacker was shot dead" tells what became of the attacker, not of
    // the people stabbed; so does "He was shot dead" after a stabbing of
    // several: one person told by a pronoun is not the group.
    let several = stabbed.iter().any(|c| c.best.unwrap_or(0) > 1);
    let toll = later.iter().any(|c| {
        matches!(c.kind, CountKind::Killed | CountKind::Injured)
            && c.role != CountRole::Subset
            && c.victim_group != "assailants"
            && !(several && (c.quantity_text == NAMED_PERSON || singular_pronoun(c)))
    });
    if !toll {
        return Vec::new();
    }
    stabbed.iter().map(|c| c.span).collect()
}

/// "A boy was killed in a shooting. The militia said he was killed by
/// rival gunmen", "was found dead. Police are unsure whether she was killed":
/// a death reported of "he" or "she" ("said he was killed", "claim that she
/// was shot dead", "whether he was killed") tells who killed the person the
/// incident already counted dead, or how, not one more death. Only after a
/// toll of the dead ("He was also killed" or "He was shot dead" opening a
/// sentence may be the attacker, and adds).
fn pronoun_death_told_again(prev: &Event, later: &mut [CountMention], sentence: &str, base: usize) {
    static REPORTED: OnceLock<LeanRegex> = OnceLock::new();
    let reported = REPORTED.get_or_init(|| {
        LeanRegex::new(
            r"(?i)\b(?:said|says|say|claim|claims|claimed|claiming|reported|reports|believed|alleged|whether|that) (?:he|she) (?:was|had been|has been) (?:\w+ )?$",
        )
    });
    if total(&prev.counts, CountKind::Killed)
        .and_then(|e| e.best)
        .unwrap_or(0)
        == 0
    {
        return;
    }
    for c in later.iter_mut() {
        let before = c
            .span
            .start
            .checked_sub(base)
            .and_then(|at| sentence.get(..at))
            .unwrap_or("");
        if c.kind == CountKind::Killed
            && c.quantity_text == NAMED_PERSON
            && reported.is_match(before)
            && !has_words(before, "also")
        {
            c.role = CountRole::Subset;
        }
    }
}

/// "him" or "her" counted as one person: after a stabbing of several, the
/// attacker ("A guard shot and killed him"), not the group.
fn singular_pronoun(c: &CountMention) -> bool {
    c.quantity_text.eq_ignore_ascii_case("him") || c.quantity_text.eq_ignore_ascii_case("her")
}

/// "The third assailant was shot dead. In addition to the three assailants,
/// 80 people were killed": the people named after "in addition to" were
/// counted before, in an earlier sentence of the incident. Of the two
/// tellings of that group the larger stands (the three include the one shot
/// dead); the other is a subset. Returns the spans of the earlier counts
/// made subsets.
fn restated_in_addition(
    earlier: &mut [CountMention],
    later: &mut [CountMention],
    sentence: &str,
    sentence_start: usize,
) -> Vec<Span> {
    let mut demoted = Vec::new();
    let lower = sentence.to_ascii_lowercase();
    for c in later.iter_mut() {
        let before = lower
            .get(..c.span.start.saturating_sub(sentence_start))
            .unwrap_or("")
            .trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        if !before.ends_with("in addition to") || c.victim_group.is_empty() {
            continue;
        }
        // An attacker's death the earlier sentence only implied ("a suicide
        // bomber detonated ...") gives way to this telling of it instead
        // (see `drop_self_death_counted_again`).
        let told: u32 = earlier
            .iter()
            .filter(|e| {
                e.kind == c.kind
                    && e.victim_group == c.victim_group
                    && e.role != CountRole::Subset
                    && !self_death_stated(e)
            })
            .filter_map(|e| e.best)
            .sum();
        if told == 0 {
            continue;
        }
        if c.best.is_some_and(|b| b <= told) {
            c.role = CountRole::Subset;
        } else {
            for e in earlier.iter_mut() {
                if e.kind == c.kind && e.victim_group == c.victim_group {
                    e.role = CountRole::Subset;
                    demoted.push(e.span);
                }
            }
        }
    }
    demoted
}

/// "Seven people were killed in three bombings. ... three civilians were
/// killed. ... a civilian was killed. ... three people were killed.": when
/// the later sentences of one incident add up exactly to the total its first
/// sentence gave, they break that total down (or restate it) and are not
/// added to it. A later count of another specific group ("Two soldiers were
/// killed. Two civilians were killed.") still adds, as do "six others".
/// Several later counts that come to no more than the total ("Ten people
/// died. Four guards, three drivers and two cooks were killed") break it
/// down too, whoever they name: a total told first is the whole, and its
/// parts may leave some victims unnamed.
/// When the first sentence counts none of a kind ("A rocket hit a house.
/// Four people were killed. ... killing three women and a boy"), the total
/// is the one told before the sentence `next_start` opens, and only
/// several counts that add up to it exactly break it down.
fn restated_across_sentences(ev: &mut Event, more_kinds: &[Option<CountKind>], next_start: usize) {
    if more_kinds.contains(&None) {
        return;
    }
    let first = ev.span;
    let general = |g: &str| {
        matches!(
            g,
            "" | "people" | "persons" | "individuals" | "victims" | "casualties"
        )
    };
    for kind in [
        CountKind::Killed,
        CountKind::Injured,
        CountKind::Arrested,
        CountKind::Disappeared,
    ] {
        if more_kinds.contains(&Some(kind)) {
            continue;
        }
        let (head, later): (Vec<&CountMention>, Vec<&CountMention>) = ev
            .counts
            .iter()
            .filter(|c| c.kind == kind)
            .partition(|c| c.span.start >= first.start && c.span.end <= first.end);
        let told_after_first = head.is_empty();
        let (head, later) = if told_after_first {
            later.into_iter().partition(|c| c.span.start < next_start)
        } else {
            (head, later)
        };
        let later: Vec<&CountMention> = later
            .into_iter()
            .filter(|c| c.role != CountRole::Subset)
            .collect();
        if head.is_empty() || later.is_empty() {
            continue;
        }
        let sum = |cs: &[&CountMention]| {
            let owned: Vec<CountMention> = cs.iter().map(|&c| c.clone()).collect();
            total(&owned, kind).and_then(|e| e.best)
        };
        let (Some(h), Some(l)) = (sum(&head), sum(&later)) else {
            continue;
        };
        // The attackers' deaths add to the victims' (ACLED counts both);
        // "three others" in the first sentence already stands beside a
        // count of its own.
        if later.iter().any(|c| c.victim_group == "assailants")
            || head.iter().any(|c| c.victim_group == "others")
        {
            continue;
        }
        let head_groups: Vec<&str> = head.iter().map(|c| c.victim_group.as_str()).collect();
        // "killed him" with no one counted before it in its sentence (see
        // `counts::pronoun_objects`) points back to the people counted
        // before.
        let pronoun = |c: &CountMention| {
            c.victim_group.is_empty()
                && matches!(
                    c.quantity_text.to_ascii_lowercase().as_str(),
                    "him" | "her" | "them"
                )
        };
        // "killed 14 villagers ... killed the 14 victims": a general noun
        // told later names the same people again.
        let same_people = head_groups.iter().all(|g| general(g))
            || later.iter().all(|c| c.victim_group == "victims")
            || later.iter().all(|c| {
                pronoun(c)
                    || (c.victim_group.is_empty() && !head_groups.contains(&"assailants"))
                    || head_groups.contains(&c.victim_group.as_str())
            });
        // A toll of one restated is one too: "killed a trader. The victim
        // was killed for ...", "One person was killed. The person killed
        // was a colonel". "One ... was killed. The attacker was also
        // killed" is two: it says "also" (see `merge_into`), and the
        // attackers' deaths are let through above.
        // "Eleven members of a family were killed. Five children, two women
        // and four men died": several counts that add up to the toll told
        // before break it down, whoever they name.
        let breakdown = later.len() >= 2;
        // "A series of attacks left 15 dead. Rockets hit a depot, killing
        // 5": a toll told over several attacks holds the one attack told
        // after it.
        let over_several = l < h && tells_several_attacks(&ev.quote);
        // A total told after the first sentence is broken down only by
        // several counts that add up to it exactly, or, when the total
        // names no group ("57 people were killed") and the counts after it
        // each name one ("18 police officers and four soldiers"), that come
        // to less.
        let general_total_named_parts = head_groups.iter().all(|g| general(g))
            && later.iter().all(|c| !general(&c.victim_group));
        if told_after_first && !(breakdown && (l == h || l < h && general_total_named_parts)) {
            continue;
        }
        if !(h == l && same_people || l <= h && breakdown || over_several) {
            continue;
        }
        let later_spans: Vec<Span> = later.iter().map(|c| c.span).collect();
        for c in ev.counts.iter_mut() {
            if c.kind == kind && later_spans.contains(&c.span) {
                c.role = CountRole::Subset;
            }
        }
    }
}

/// "Fourteen miners were ambushed and killed. Christians were singled out,
/// killing ten", "killing 40 passengers. 30 were killed in the crash": one
/// later count of the dead that names no group and is smaller than the
/// toll of the first sentence tells part of the same dead again, not more
/// (words of more, "other", "also", are read by the caller and keep it out
/// of `restated_across_sentences` alike). A sentence that tells the other
/// side firing back ("Soldiers returned fire, killing three") or names the
/// attackers ("two dead in its ranks") counts more dead, and so does a
/// sentence of other incidents ("in these incidents") or a coder's note; a
/// part told with "of" ("four of the guards") is read elsewhere.
fn bare_part_told_again(ev: &mut Event, sentence: &str, next_start: usize) {
    static FIGHT: OnceLock<WordRegex> = OnceLock::new();
    let fight = FIGHT.get_or_init(|| {
        WordRegex::new(
            r"(?i)\b(?:returned fire|return fire|retaliat\w*|responded|fought back|firefight|gunfight|gun battle|exchange of fire|clash\w*|other|others|another|also|more|further|additional|too|besides|these|incidents|ranks|own|casualties|fatalit\w*|coded|rounded|militants?|assailants?|attackers?|gunmen|gunman|insurgents?|rebels?|fighters?|jihadists?|bombers?|terrorists?|of)\b",
        )
    });
    if fight.is_match(sentence) {
        return;
    }
    let first = ev.span;
    let (head, later): (Vec<&CountMention>, Vec<&CountMention>) = ev
        .counts
        .iter()
        .filter(|c| c.kind == CountKind::Killed && c.role != CountRole::Subset)
        .partition(|c| c.span.start >= first.start && c.span.end <= first.end);
    let [part] = later[..] else {
        return;
    };
    // A revised toll ("revised the toll to 54") replaces; it is no part.
    if head.is_empty()
        || part.role != CountRole::Additive
        || part.span.start < next_start
        || !part.victim_group.is_empty()
        || part
            .quantity_text
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
        || matches!(
            part.quantity_text.to_ascii_lowercase().as_str(),
            "him" | "her" | "them" | "himself" | "herself" | "themselves"
        )
    {
        return;
    }
    let owned: Vec<CountMention> = head.iter().map(|&c| c.clone()).collect();
    let (Some(h), Some(p)) = (
        total(&owned, CountKind::Killed).and_then(|e| e.best),
        part.best,
    ) else {
        return;
    };
    if p == 0 || p >= h {
        return;
    }
    let span = part.span;
    for c in ev.counts.iter_mut() {
        if c.span == span && c.kind == CountKind::Killed {
            c.role = CountRole::Subset;
        }
    }
}

/// "Gunmen killed two traders. The man killed was a driver": one of the
/// dead named again by "the", in a later sentence of the event, is one of
/// the toll told before, no one more. Alone it stays one dead.
fn one_killed_named_again(ev: &mut Event, sentence: &str, next_start: usize) {
    let told_before = ev
        .counts
        .iter()
        .any(|c| c.kind == CountKind::Killed && c.span.end <= next_start);
    if !told_before {
        return;
    }
    for c in ev.counts.iter_mut() {
        if c.kind != CountKind::Killed
            || c.role != CountRole::Additive
            || c.span.start < next_start
            || !c.quantity_text.eq_ignore_ascii_case("the")
        {
            continue;
        }
        let after = sentence
            .get(c.span.end - next_start..)
            .unwrap_or("")
            .to_ascii_lowercase();
        if the_one_killed_was().is_match(&after) {
            c.role = CountRole::Subset;
        }
    }
}

/// The words after "the man" in "the man killed was ...", "the barber who
/// was killed is ...": a verb of harm as a reduced or relative clause, then
/// a verb of being.
fn the_one_killed_was() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*(?:(?:who|that) (?:was|were) )?(?:killed|murdered|slain|shot dead) (?:was|is|were|are)\b")
            .unwrap()
    })
}

/// A subset needs a total: "including the enforced disappearance of 17"
/// lists examples of violations, and with no other count of its kind in the
/// sentence the 17 is the count itself.
/// "19 of those killed", "of whom", "among them" point back to a total told
/// before, even in an earlier sentence.
fn effective_roles(mut counts: Vec<CountMention>, text: &str, base: usize) -> Vec<CountMention> {
    for i in 0..counts.len() {
        if counts[i].role == CountRole::Subset {
            let kind = counts[i].kind;
            let words = text
                .get(
                    counts[i].span.start.saturating_sub(base)
                        ..(counts[i].span.end + 24)
                            .saturating_sub(base)
                            .min(text.len()),
                )
                .unwrap_or("")
                .to_lowercase();
            let anaphoric = [
                " of those",
                " of whom",
                " among them",
                " of them",
                " of the dead",
                " of the victims",
                " of the injured",
                " of the wounded",
                " of the casualties",
            ]
            .iter()
            .any(|cue| words.contains(cue))
                // "one of the people killed", "two of the soldiers wounded".
                || words.split_once(" of the ").is_some_and(|(_, rest)| {
                    rest.split_whitespace().take(2).any(|w| {
                        matches!(
                            w.trim_end_matches([',', '.']),
                            "killed" | "dead" | "wounded" | "injured" | "deceased"
                        )
                    })
                })
                // "Among the dead were nine women and two children": the
                // total is in the sentence before.
                || {
                    let sentence = text.to_lowercase();
                    [
                        "among the dead",
                        "among the deceased",
                        "among the killed",
                        "among those killed",
                        "among the victims",
                        "among the injured",
                        "among the wounded",
                        "of the dead",
                    ]
                    .iter()
                    .any(|cue| sentence.contains(cue))
                };
            let has_total = anaphoric
                || counts
                    .iter()
                    .any(|c| c.kind == kind && c.role != CountRole::Subset);
            if !has_total {
                counts[i].role = CountRole::Additive;
            }
        }
    }
    counts
}

/// "Bombings killed 18 people, including a car bomb at a market that killed
/// five": a toll told of one incident that "including" names among the
/// incidents a toll of the same kind already counts (earlier in the
/// sentence, as large or larger) is part of that toll, not more dead. The
/// toll's verb follows a relative word ("that", "which", "where", "in
/// which") inside the phrase "including" opens with an article or a number,
/// before any clause break.
fn included_incident_tolls(
    mut counts: Vec<CountMention>,
    text: &str,
    base: usize,
) -> Vec<CountMention> {
    // A part needs a toll before it: one count alone is never one (and
    // most sentences need no lower-cased copy).
    if counts.len() < 2 {
        return counts;
    }
    let lower = text.to_ascii_lowercase();
    let Some(including) = lower.find(" including ") else {
        return counts;
    };
    let phrase_start = including + " including ".len();
    let opens_incident = lower[phrase_start..]
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "a" | "an" | "one" | "two" | "three" | "the"));
    if !opens_incident {
        return counts;
    }
    for i in 0..counts.len() {
        let Some(at) = counts[i].span.start.checked_sub(base) else {
            continue;
        };
        if at <= phrase_start || counts[i].role != CountRole::Additive {
            continue;
        }
        let between = &lower[phrase_start..at.min(lower.len())];
        if between.contains([',', ';', ':', '(']) {
            continue;
        }
        let relative = between
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "that" | "which" | "where"));
        if !relative {
            continue;
        }
        let best = counts[i].best.unwrap_or(0);
        let kind = counts[i].kind;
        let within_total = counts.iter().any(|c| {
            c.kind == kind
                && c.role != CountRole::Subset
                && c.span.end <= base + including
                && c.best.is_some_and(|b| b >= best)
        });
        if within_total {
            counts[i].role = CountRole::Subset;
        }
    }
    counts
}

/// "The death toll could rise to 30", "the toll was expected to rise as
/// several of the wounded were in critical condition": a revised toll told
/// after "toll" and a modal of rising ("could", "may", "might", "will",
/// "expected to", "likely to") in its clause (no comma between) is a fear
/// of more dead, not the toll; it is dropped, and the toll told stands.
/// "fears that the toll may climb, besides 40 wounded" keeps the 40.
fn toll_feared_to_rise(counts: Vec<CountMention>, text: &str, base: usize) -> Vec<CountMention> {
    if !counts.iter().any(|c| c.role == CountRole::Revision) {
        return counts;
    }
    static FEAR: OnceLock<Regex> = OnceLock::new();
    let fear = FEAR.get_or_init(|| {
        Regex::new(
            r"(?i)\btoll\b[^.;]{0,30}?\b(?:could|may|might|will|would|(?:expected|likely|feared|set) to)\s+(?:(?:still|further|well|soon|also)\s+)?(?:rise|climb|increase|go up|grow)\b",
        )
        .unwrap()
    });
    let fears: Vec<(usize, usize)> = fear
        .find_iter(text)
        .map(|m| (base + m.start(), base + m.end()))
        .collect();
    if fears.is_empty() {
        return counts;
    }
    counts
        .into_iter()
        .filter(|c| {
            c.role != CountRole::Revision
                || !fears.iter().any(|&(from, to)| {
                    from < c.span.start
                        && text
                            .get(to - base..c.span.start - base)
                            .is_some_and(|between| !between.contains(['.', ';', ',']))
                })
        })
        .collect()
}

/// "If one more of their fighters is killed, they will kill 20", "It is not
/// known whether the gunman was killed": a passive verb of harm in a clause
/// opened by "if" or "whether" (no comma, semicolon or colon between) tells
/// a condition or an open question, no one harmed. Returns the spans of
/// such verbs; their acts and the counts they govern are dropped. An
/// active verb in such a clause ("if a shell hit the depot that killed
/// four") may tell a fact of its own and stays, and so does a verb of a
/// relative clause ("whether the ten who were killed died in the blast").
fn conditional_harm(text: &str, base: usize, acts: &[ActMention]) -> Vec<Span> {
    if !acts.iter().any(|a| a.passive && !a.nominal) {
        return Vec::new();
    }
    static OPEN: OnceLock<WordRegex> = OnceLock::new();
    let open = OPEN.get_or_init(|| WordRegex::new(r"(?i)\b(?:if|whether)\b"));
    static RELATIVE: OnceLock<WordRegex> = OnceLock::new();
    let relative = RELATIVE.get_or_init(|| WordRegex::new(r"(?i)\b(?:who|which|that|whom)\b"));
    let opens: Vec<usize> = open.find_iter(text).map(|m| m.end()).collect();
    acts.iter()
        .filter(|a| a.passive && !a.nominal)
        .filter(|a| {
            let at = a.span.start - base;
            opens.iter().any(|&from| {
                text.get(from..at).is_some_and(|between| {
                    !between.contains([',', ';', ':', '.']) && !relative.is_match(between)
                })
            })
        })
        .map(|a| a.span)
        .collect()
}

/// "Four men were shot and wounded near the market. One of them died in
/// hospital": "of them" points back to people the paragraph's last event
/// counted as wounded, and no death was counted before; the wounded who
/// died are that many dead, not part of a toll (as "one of the wounded
/// died" is read in `counts`). `wounded_before` says whether the last event
/// of the paragraph counts at least that many wounded and no dead. A count
/// of the dead in the sentence itself keeps the subset its part.
fn wounded_who_died(
    mut counts: Vec<CountMention>,
    text: &str,
    base: usize,
    wounded_before: impl Fn(u32) -> bool,
) -> Vec<CountMention> {
    let killed = counts
        .iter()
        .filter(|c| c.kind == CountKind::Killed)
        .count();
    if killed != 1 {
        return counts;
    }
    for c in counts.iter_mut() {
        if c.kind != CountKind::Killed || c.role != CountRole::Subset {
            continue;
        }
        let words = text
            .get(c.span.start.saturating_sub(base)..c.span.end.saturating_sub(base))
            .unwrap_or("")
            .to_ascii_lowercase();
        if !words.ends_with(" of them") {
            continue;
        }
        if c.best.is_some_and(|b| b > 0 && wounded_before(b)) {
            c.role = CountRole::Additive;
        }
    }
    counts
}

/// "Nine people were killed. Unconfirmed reports put the toll at 20", "The
/// government said 25 were killed, but other sources reported 37": a count
/// that another, unnamed or unconfirmed source gives for a toll already told
/// (earlier in the sentence, or in an earlier event of the paragraph,
/// `told_before`) is a rival figure for the same dead, neither more dead nor
/// the toll that stands. Where nothing was told before, it is the only
/// figure and stays.
fn drop_rival_figures(
    counts: Vec<CountMention>,
    text: &str,
    base: usize,
    told_before: impl Fn(CountKind) -> bool,
) -> Vec<CountMention> {
    const RIVALS: [&str; 7] = [
        "other sources",
        "other reports",
        "other accounts",
        "other estimates",
        "unconfirmed reports",
        "unconfirmed report",
        "unconfirmed sources",
    ];
    if counts.is_empty() {
        return counts;
    }
    let lower = text.to_ascii_lowercase();
    // Every rival holds "other" or "unconfirmed": most sentences hold
    // neither, and need no search for each of the seven.
    static RIVAL_WORDS: [Needle; 2] = [Needle::new("other"), Needle::new("unconfirmed")];
    if !any_in_lower(&RIVAL_WORDS, &lower) {
        return counts;
    }
    // Only a rival source that opens the sentence, or its clause after
    // "but" or "while", speaks for the counts after it.
    let Some(cue) = RIVALS.iter().filter_map(|r| lower.find(r)).min() else {
        return counts;
    };
    let head = lower[..cue].trim_end();
    let opening = matches!(head, "" | "but" | "however," | "according to");
    let clause =
        head.ends_with(" but") || head.ends_with(", while") || head.ends_with(", however,");
    if !opening && !clause {
        return counts;
    }
    let cue_at = base + cue;
    let earlier: Vec<CountKind> = counts
        .iter()
        .filter(|c| c.span.end <= cue_at && c.role != CountRole::Subset)
        .map(|c| c.kind)
        .collect();
    counts
        .into_iter()
        .filter(|c| {
            c.span.start < cue_at
                || !(earlier.contains(&c.kind) || (opening && told_before(c.kind)))
        })
        .collect()
}

/// "05/04/2002: Between 3 and 7 May, pipe bombs were found ...": a date
/// that opens the sentence and is set off by a colon heads the item, like
/// a dateline; it dates what the sentence tells, before the other dates in
/// it.
fn heads(sentence: &str, d: &DateMention, base: usize) -> bool {
    let (start, end) = (d.span.start - base, d.span.end - base);
    sentence[..start].trim().is_empty() && sentence[end..].trim_start().starts_with(':')
}

/// Whether the date at byte `at` of the sentence is where something ended:
/// "until 5 May", "till June", "ended on 12 October".
fn ends_at(sentence: &str, at: usize) -> bool {
    let mut words = last_words(&sentence[..at], char::is_alphabetic);
    match words.next().as_deref() {
        Some("until" | "till") => true,
        Some("on") => matches!(words.next().as_deref(), Some("ended" | "ending" | "ends")),
        _ => false,
    }
}

/// A date with neither a digit nor a month name ("today", "a week after",
/// "the following day") is relative, and yields to one that is not.
fn is_relative(d: &DateMention) -> bool {
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "janv",
        "févr", "fevr", "avr", "mai", "juin", "juil", "août", "aout", "déc",
    ];
    let lower = d.text.to_lowercase();
    !(lower.chars().any(|c| c.is_ascii_digit())
        || lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| MONTHS.iter().any(|m| w.starts_with(m) && w.len() >= 3)))
}

/// The group a count belongs to: the group whose act is its trigger, else
/// the group whose part of the sentence holds it, else the first group.
fn count_group(c: &CountMention, groups: &[Group], first_start: usize) -> Option<usize> {
    if let Some(i) = groups
        .iter()
        .position(|g| g.acts.iter().any(|a| a.span.overlaps(c.trigger)))
    {
        return Some(i);
    }
    if c.span.start < first_start {
        return (!groups.is_empty()).then_some(0);
    }
    groups.iter().rposition(|g| g.start <= c.span.start)
}

fn under_inquiry(before: &str) -> bool {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:investigations? into|inquir(?:y|ies) into|investigating|justice for|accountability for|impunity for|reparations? for|commission of inquiry)\b")
    });
    let start = (before.len().saturating_sub(90)..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(0);
    re.is_match(&before[start..])
}

/// Acts that tell one event when they share a sentence: the same group, or
/// a protest with the violence or looting of its protesters ("protested ...
/// set fire to cars and looted shops").
fn same_event_kind(a: ActKind, b: ActKind) -> bool {
    let protest_violence = |x: ActKind, y: ActKind| {
        x == ActKind::Protest
            && matches!(
                y,
                ActKind::Riot
                    | ActKind::Looting
                    | ActKind::Clash
                    | ActKind::Kill
                    | ActKind::Injure
                    | ActKind::Attack
            )
    };
    a.group() == b.group() || protest_violence(a, b) || protest_violence(b, a)
}

/// An attack on a position, checkpoint, convoy or base is on armed forces.
/// A place named only as where it happened ("shot a civilian at a
/// checkpoint", "near a police station") is no target.
fn armed_target(text: &str) -> bool {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    RE.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:positions?|checkpoints?|check-points?|convoys?|patrols?|barracks|outposts?|military (?:bases?|camps?|posts?|vehicles?)|army (?:bases?|camps?|posts?|vehicles?)|police (?:stations?|posts?)|gendarmerie (?:posts?|brigades?))\b")
    })
    .find_iter(text)
    .any(|m| !locative_before(&text[..m.start()]))
}

/// The words of `before` from the last one back, lower-cased, each
/// trimmed of the characters `keep` refuses ("attack," -> "attack").
fn last_words(before: &str, keep: fn(char) -> bool) -> impl Iterator<Item = LowerWord<'_>> + '_ {
    before.split_whitespace().rev().map(move |w| {
        let w = w.trim_matches(|c: char| !keep(c));
        LowerWord(if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        })
    })
}

/// A word of [`last_words`], ASCII-lower-cased: borrowed from the text
/// when it holds no ASCII capital (most words: lower-casing would copy it
/// unchanged), so that reading the words before a place or an act, asked
/// for each place and act of each sentence that tells an event, allocates
/// only for capitalised words.
struct LowerWord<'a>(Cow<'a, str>);

impl LowerWord<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for LowerWord<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

/// "transferred to X", "taken to the X", "moved to X": the place at `at`
/// is where detainees were brought, not where anything else happened.
fn destination_of_transfer(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    // "taken to hospital in X", "evacuated to the hospital at X": the
    // hospital on the way is skipped too.
    let mut words = last_words(before, char::is_alphanumeric)
        .take(6)
        .skip_while(|w| {
            matches!(
                w.as_str(),
                "the" | "a" | "its" | "their" | "hospital" | "in" | "at" | "nearby" | "local"
            )
        });
    words.next().as_deref() == Some("to")
        && words.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "transferred"
                    | "taken"
                    | "moved"
                    | "brought"
                    | "sent"
                    | "transported"
                    | "driven"
                    | "evacuated"
                    | "rushed"
                    | "airlifted"
                    | "flown"
            )
        })
}

/// "Ravi Tamang, 24, from Kalo", "Sgt. Ravi Tamang 41, of Kalo": whether
/// the words before offset `at` of `text` are a person's age and "from" or
/// "of", which make the place there his home, not the event's place. A
/// number after a month ("on May 12, from Kalo") is a date.
fn home_after_age(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let before = before.trim_end();
    let Some(rest) = before
        .strip_suffix("from")
        .or_else(|| before.strip_suffix("of"))
        .filter(|r| r.ends_with(' '))
    else {
        return false;
    };
    let rest = rest.trim_end();
    let comma_after = rest.ends_with(',');
    let rest = rest.strip_suffix(',').unwrap_or(rest).trim_end();
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    // A number of its own ("Unit 10 of", "PD1 of" are names).
    if !(1..=2).contains(&digits) || !rest[..rest.len() - digits].ends_with([' ', ',']) {
        return false;
    }
    let rest = rest[..rest.len() - digits].trim_end();
    if rest.ends_with(',') {
        return true;
    }
    // Without a comma before the age, one after it sets the age apart
    // ("Ravi Tamang 41, of Kalo"; not "Ward 10 of Kalo").
    let Some(word) = rest.rsplit(' ').next().filter(|_| comma_after) else {
        return false;
    };
    if !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let month = counts::is_month(&word.trim_end_matches('.').to_lowercase());
    word == "aged" || word.starts_with(char::is_uppercase) && !month
}

/// "a village in", "an unnamed town in central", "one of the villages in
/// northern": the words before a country say that the place is a locality
/// the text does not name.
fn unnamed_locality_before(before: &str) -> bool {
    let words: Vec<LowerWord> = last_words(before, |c| c.is_alphanumeric() || c == '-')
        .take(8)
        .collect();
    let mut i = 0;
    while words.get(i).is_some_and(|w| {
        matches!(
            w.as_str(),
            "central"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "north-eastern"
                | "north-western"
                | "south-eastern"
                | "south-western"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
                | "rural"
                | "remote"
        )
    }) {
        i += 1;
    }
    if words.get(i).map(LowerWord::as_str) != Some("in") {
        return false;
    }
    let Some(noun) = words.get(i + 1) else {
        return false;
    };
    if !matches!(
        noun.as_str(),
        "village" | "villages" | "town" | "hamlet" | "settlement" | "locality" | "community"
    ) {
        return false;
    }
    // "a village", "a small village", "an unnamed town", "one of the
    // villages": an indefinite place, not one named before.
    words[i + 2..].iter().take(3).any(|w| {
        matches!(
            w.as_str(),
            "a" | "an" | "one" | "another" | "unnamed" | "several" | "two" | "three"
        )
    })
}

/// "at a", "near the", "outside its": the noun that follows says where, not
/// whom. "at" after fire or an attack ("fired mortars at the positions", "a
/// car bomb attack at a military camp") names the target.
fn locative_before(before: &str) -> bool {
    let words: Vec<LowerWord> = last_words(before, char::is_alphanumeric).take(8).collect();
    let skip = words
        .iter()
        .take_while(|w| {
            matches!(
                w.as_str(),
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "local" | "nearby"
            ) || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        })
        .count();
    let aimed = || {
        words.iter().skip(skip + 1).take(4).any(|w| {
            matches!(
                w.as_str(),
                "fire"
                    | "fired"
                    | "firing"
                    | "attack"
                    | "attacks"
                    | "attacked"
                    | "assault"
                    | "raid"
                    | "ambush"
                    | "strike"
                    | "strikes"
                    | "bombing"
                    | "shelling"
                    | "shelled"
            )
        })
    };
    words.get(skip).is_some_and(|w| match w.as_str() {
        "at" => !aimed(),
        "near" | "outside" | "beside" | "behind" | "past" | "from" | "passing" => true,
        _ => false,
    })
}

word_list! {
    /// An attack fought off ("the attack was repelled by the village's
    /// self-defence group", "villagers repulsed the assailants"): the targets
    /// fought back with arms, which ACLED codes as a battle.
    repelled,
    r"(?i)\b(?:repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|fought off|fighting off|beat back|beaten back|pushed back)\b"
}

word_list! {
    /// Aircraft: a bomb they drop is an air strike.
    from_the_air,
    r"(?i)\b(?:warplanes?|war planes?|fighter jets?|jets|(?:military )?aircraft|helicopters?|gunships?|barrel bombs?|air force|aerial|drones?)\b"
}

word_list! {
    /// Police or soldiers breaking up a crowd, or arresting its people. Other
    /// arrests are no intervention: "his arrest led to protests".
    intervened,
    r"(?i)\b(?:dispers(?:ed|ing|e)|tear ?gas|teargas|water cannons?|rubber bullets|baton[- ]charged?|broke up|break up|(?:arrest(?:ed|s)?|detain(?:ed)?|detention)(?: of)? (?:\w+ ){0,3}(?:protesters|demonstrators|marchers|participants))\b"
}

/// Where "repulsed their attack" (or "repelled their attacks", "foiled
/// their assault") starts in `text`: the victims told before were the
/// attackers.
fn repulsed_their_attack(text: &str) -> Option<usize> {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:repulsed|repelled|foiled|thwarted|fought off|beat back) their (?:\w+ )?(?:attacks?|assaults?|ambush(?:es)?|raids?|offensive)\b")
            .expect("repulsed pattern")
    })
    .find(text)
    .map(|m| m.start())
}

word_list! {
    /// A bomb that goes off early or by accident in the hands of those who
    /// plant, make or carry it.
    premature_blast,
    r"(?i)\b(?:(?:exploded|detonated|went off|blew up) prematurely|prematurely (?:exploded|detonated|went off)|(?:while|when) (?:\w+ ){0,5}(?:planting|laying|making|assembling|handling|manufacturing|preparing|placing) (?:an? |the )?(?:\w+ )?(?:ieds?|bombs?|mines?|landmines?|explosives?|explosive devices?)|in the process of (?:planting|laying|making|placing))\b"
}

word_list! {
    /// A drone, missile or rocket brought down before it struck.
    shot_down,
    r"(?i)\b(?:(?:shot|brought) down (?:an? |the |two |several )?(?:\w+ ){0,3}(?:drones?|uavs?|missiles?|rockets?)|(?:drones?|uavs?|missiles?|rockets?) (?:were |was )?(?:shot down|intercepted))\b"
}

word_list! {
    /// An explosive device found and made safe, or destroyed on purpose.
    defused,
    r"(?i)\b(?:defus(?:ed|ing|al)|diffused|dismantled|neutrali[sz]ed|deactivated|disarmed|cleared|controlled (?:explosion|detonation)|safely detonated|(?:discovered|found|detected|located|uncovered|seized)(?: and (?:\w+ ){0,2}(?:destroyed|detonated|removed))?)\b"
}

/// Direct fire and ground assault: small arms, gunfire, an armed assault.
/// Heavy machine guns and grenade launchers are heavy weapons, which ACLED
/// counts with shelling.
fn ground_fighting(text: &str) -> bool {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    RE.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:small[- ]arms|shots|gunfire|gun ?fire|gun ?battles?|exchanges? of fire|exchanged fire|fire ?fights?|shoot-?outs?|armed assaults?|ground assaults?|complex (?:attacks?|ambush(?:es)?)|ambush initiated|followed by (?:an? )?(?:armed |ground )?(?:assault|attack|clash(?:es)?|fighting))\b")
    })
    .is_match(text)
        || two_way_fire(text)
}

word_list! {
    /// Fire "in both directions" or "from both sides": two armed sides shooting
    /// at each other, which ACLED codes as an armed clash whatever the weapons.
    two_way_fire,
    r"(?i)\b(?:in both directions|from both sides|two-way fire|exchanges? of (?:artillery|mortar|rocket|heavy) fire)\b"
}

/// "were killed on 12 March when their truck hit a mine": the date right
/// before "when" dates the first act, and the clause it opens tells how it
/// happened, so the two acts are one event. Not when a comma ends the
/// clause before the second act ("on 9 June, when protesters gathered,
/// shot dead a student" is another event).
fn date_then_when(text: &str, base: usize, dates: &[DateMention], a: Span, b: Span) -> bool {
    let Some(last) = dates
        .iter()
        .filter(|d| d.span.start >= a.end && d.span.end <= b.start)
        .map(|d| d.span.end)
        .max()
    else {
        return false;
    };
    let tail = text
        .get(last - base..b.start - base)
        .unwrap_or("")
        .trim_start();
    tail.get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("when "))
        && !tail.contains([',', ';', '.'])
}

/// Whether a date mention stands between two acts ("the disappearance of 17
/// travellers in March and the torture ... in April" are two events).
fn date_between(dates: &[DateMention], a: Span, b: Span) -> bool {
    dates
        .iter()
        .any(|d| d.span.start >= a.end && d.span.end <= b.start)
}

fn count_fits(act: ActKind, count: CountKind) -> bool {
    match count {
        CountKind::Killed | CountKind::Injured => act.is_violent() || act.group() == 0,
        CountKind::Arrested => act == ActKind::Arrest,
        CountKind::Disappeared => act == ActKind::Disappear,
        CountKind::Tortured => act == ActKind::Torture,
        CountKind::SexualViolence => act == ActKind::SexualViolence,
        CountKind::Displaced => act == ActKind::Displace || act.is_violent(),
        CountKind::SentencedToDeath => false,
    }
}

fn act_of_count(kind: CountKind) -> ActKind {
    match kind {
        CountKind::Killed => ActKind::Kill,
        CountKind::Injured => ActKind::Injure,
        CountKind::Arrested | CountKind::SentencedToDeath => ActKind::Arrest,
        CountKind::Disappeared => ActKind::Disappear,
        CountKind::Tortured => ActKind::Torture,
        CountKind::SexualViolence => ActKind::SexualViolence,
        CountKind::Displaced => ActKind::Displace,
    }
}

/// The total of one kind: additive counts add up, a revision replaces what
/// came before it, a subset is never added.
fn total(counts: &[CountMention], kind: CountKind) -> Option<Estimate> {
    let mut est: Option<Estimate> = None;
    // "Five soldiers were killed as well as six policemen and several
    // militiamen": a vague word's coding does not add to the numbers the
    // text gives beside it (5 + 6, not 5 + 6 + 10); it stands only alone.
    let exact = counts
        .iter()
        .any(|c| c.kind == kind && c.role == CountRole::Additive && c.states_number());
    // Whether `est` so far holds only subsets, which stand as the total
    // only until a count they are part of comes.
    let mut subsets_only = false;
    for c in counts
        .iter()
        .filter(|c| c.kind == kind)
        .filter(|c| !(exact && c.role == CountRole::Additive && c.is_vague()))
    {
        let this = Estimate {
            low: c.low,
            best: c.best,
            high: c.high,
        };
        let was_subsets_only = subsets_only;
        subsets_only = c.role == CountRole::Subset && (est.is_none() || subsets_only);
        est = Some(match (c.role, est) {
            (CountRole::Subset, Some(e)) => e,
            (CountRole::Subset, None) => this,
            (CountRole::Revision, _) | (_, None) => this,
            // "Including the driver, 12 people were killed": the part told
            // first is inside the count that follows it.
            (CountRole::Additive, Some(e))
                if was_subsets_only && this.best.unwrap_or(0) >= e.best.unwrap_or(0) =>
            {
                this
            }
            (CountRole::Additive, Some(e)) => Estimate {
                low: add(e.low, this.low),
                best: add(e.best, this.best),
                high: match (e.high, this.high) {
                    (Some(a), Some(b)) => Some(a.saturating_add(b)),
                    _ => None,
                },
            },
        });
    }
    est
}

fn add(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.saturating_add(b)),
        (a, b) => a.or(b),
    }
}

fn event_date(d: &DateMention, note: &str) -> EventDate {
    let mut note = note.to_string();
    if d.start.is_none() {
        if let Some(y) = &d.yearless {
            note = format!("year unknown ({y}): no reference date");
        }
    }
    EventDate {
        start: d.start,
        end: d.end.or(d.start),
        precision: d.precision,
        text: d.text.clone(),
        note,
        span: Some(d.span),
    }
}

fn inherited(d: &EventDate, note: &str) -> EventDate {
    let mut d = d.clone();
    d.note = note.to_string();
    d
}

/// A date told later in a paragraph dates what came before it only to its
/// month.
fn widen_to_month(m: &DateMention) -> EventDate {
    let mut d = event_date(m, "");
    if let (Some(s), DatePrecision::Day) = (m.start, m.precision) {
        let first = s.with_day(1).unwrap_or(s);
        let next = if s.month() == 12 {
            NaiveDate::from_ymd_opt(s.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(s.year(), s.month() + 1, 1)
        };
        d.start = Some(first);
        d.end = next.and_then(|n| n.pred_opt());
        d.precision = DatePrecision::Month;
    }
    d
}

/// "clashes between Ahrar al Sham and the Hamza Division in Al Bab", "a
/// Ganda Izo checkpoint northeast of Gao", "Israel Defense Forces near the
/// Tomb of Rachel, Bethlehem": a place that begins inside the name of an
/// armed group or a force the sentence names is part of that name, not
/// where the event happened, when the sentence names a place at least as
/// precise outside every such name. Not protesters, rioters or civilians
/// ("Bamako residents"): their town is where they are.
///
/// A place named in front of the head word of an airline, a bank, a
/// regiment or a defence force ("a Harlow Airways jet", "Norvik Bank's
/// branch", "Tessel Rifles troops") names the body, not the scene: it
/// yields to any other place the sentence names outside such names, and,
/// when the sentence names none, to the places of earlier sentences
/// (`earlier_place`).
fn without_places_in_group_names(
    text: &str,
    places: Vec<PlaceMention>,
    actors: &[ActorMention],
    earlier_place: bool,
) -> Vec<PlaceMention> {
    let in_a_name = |p: &PlaceMention| {
        actors.iter().any(|a| {
            !a.implicit
                && !matches!(
                    a.actor_type,
                    ActorType::Protesters | ActorType::Rioters | ActorType::Civilians
                )
                && a.span.start <= p.span.start
                && p.span.start < a.span.end
        })
    };
    let in_a_body = |p: &PlaceMention| places::names_a_body(text, p);
    let places: Vec<PlaceMention> = if places.iter().any(in_a_body) {
        let outside = places.iter().any(|p| !in_a_body(p) && !in_a_name(p));
        if outside || earlier_place {
            places.into_iter().filter(|p| !in_a_body(p)).collect()
        } else {
            places
        }
    } else {
        places
    };
    let inside: Vec<bool> = places.iter().map(in_a_name).collect();
    let keep: Vec<bool> = places
        .iter()
        .zip(&inside)
        .map(|(p, &named)| {
            !named
                || !places
                    .iter()
                    .zip(&inside)
                    .any(|(o, &o_named)| !o_named && o.kind.breadth() <= p.kind.breadth())
        })
        .collect();
    places
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect()
}

/// The most specific place: a locality over a district over a region over a
/// country; the first in the text among equals.
/// Whether a place may be an event's: in the event's country, when both
/// have one.
fn in_event_country(e: &Event, q: &PlaceMention) -> bool {
    e.country
        .as_ref()
        .is_none_or(|c| q.iso3.as_ref().is_none_or(|i| *i == c.1))
}

fn most_specific<'a>(places: impl Iterator<Item = &'a PlaceMention>) -> Option<&'a PlaceMention> {
    let mut best: Option<&PlaceMention> = None;
    for p in places {
        if best.is_none_or(|b| p.kind.breadth() < b.kind.breadth()) {
            best = Some(p);
        }
    }
    best
}

/// The words between two names of an address ("Kelto, Dara, Sumo"): a
/// comma, or names the gazetteer lacks between commas (", Federally
/// Administered Tribal Area,"), each word capitalised or a particle.
fn address_gap(gap: &str) -> bool {
    let Some(inner) = gap
        .trim()
        .strip_prefix(',')
        .and_then(|g| g.strip_suffix(',').or(g.is_empty().then_some(g)))
    else {
        return false;
    };
    inner.split(',').all(|name| {
        let name = name.trim();
        name.is_empty()
            || name.split(' ').all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    || matches!(w, "of" | "and" | "al" | "el" | "ad" | "ar" | "as")
            })
    }) && inner.split(',').count() <= 2
}

/// Whether a sentence opens on what the paragraph told before it ("This
/// was one of ...", "It came ...").
fn refers_back(sentence: &str) -> bool {
    sentence
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "This" | "It"))
}

/// "Gunmen raided Kelo district, Dara province. This was one of two raids
/// on districts of Dara that day.": `place`, named in a later sentence,
/// is a name the lead's address went on to right after the paragraph's
/// place `block` (a district's province, a bus stop's city), so it holds
/// that place, even where the gazetteer cannot tell (a city and a province
/// of one name). A sentence that opens on the paragraph's incident and
/// names it again says no more than the address did. Not a name written
/// before the place ("Kelo neighborhood, Dara city"): event datasets code
/// a quarter named again to the quarter as often as to the city.
fn named_with(doc_text: &str, place: &PlaceMention, block: &PlaceMention) -> bool {
    // The rest of the lead's address: longer ones are rare.
    const ADDRESS: usize = 80;
    if place.span.start < block.span.end || place.name == block.name {
        return false;
    }
    let mut to = (block.span.end + ADDRESS).min(place.span.start);
    while !doc_text.is_char_boundary(to) {
        to -= 1;
    }
    let name = doc_text[place.span.start..place.span.end].to_lowercase();
    !name.is_empty() && has_words(&doc_text[block.span.end..to].to_lowercase(), &name)
}

/// Whether `region`, a region or district, holds `place`, a town the text
/// names: same region (and same district, for a district) per the
/// gazetteer.
fn region_holds(region: &PlaceMention, place: &PlaceMention) -> bool {
    let same = |a: &Option<String>, b: &Option<String>| a.is_some() && a == b;
    matches!(place.kind, PlaceKind::Locality | PlaceKind::Unlisted)
        && match region.kind {
            PlaceKind::Admin1 => same(&region.admin1, &place.admin1),
            PlaceKind::Admin2 => {
                same(&region.admin1, &place.admin1) && same(&region.admin2, &place.admin2)
            }
            _ => false,
        }
}

fn actor_of(a: &ActorMention) -> Actor {
    Actor {
        name: a.name.clone(),
        actor_type: a.actor_type,
        span: Some(a.span),
    }
}

fn is_perpetrator_type(t: ActorType) -> bool {
    !matches!(t, ActorType::Civilians)
}

fn needs_perpetrator(kind: ActKind) -> bool {
    !matches!(kind, ActKind::Protest | ActKind::Riot | ActKind::Displace)
}

/// The quantity text of a person counted from a singular passive ("X was
/// detained"), where the text gives no number.
const NAMED_PERSON: &str = "one named person";

/// People an arrest, disappearance, killing or torture names one by one
/// rather than by number: "Ras Bath was arbitrarily detained" (1), "arrested
/// the transitional president and prime minister" (2). Only when the event
/// has no count of that kind.
fn persons_named(
    text: &str,
    base: usize,
    main: &ActMention,
    anchor: &ActMention,
    counts: &[CountMention],
) -> Option<CountMention> {
    static TITLES: OnceLock<Regex> = OnceLock::new();
    let kind = match main.kind {
        ActKind::Arrest => CountKind::Arrested,
        ActKind::Disappear => CountKind::Disappeared,
        ActKind::Torture => CountKind::Tortured,
        ActKind::Kill => CountKind::Killed,
        // "He was wounded": one person, told in the passive only.
        ActKind::Injure if main.passive => CountKind::Injured,
        _ => return None,
    };
    if main.nominal {
        return None;
    }
    let counted = total(counts, kind).and_then(|e| e.best).unwrap_or(0);
    let rel_start = main.span.start - base;
    // The object follows the group's last verb ("arrested and detained the
    // former president").
    let rel_end = anchor.span.end - base;
    let before = &text[..rel_start];
    // Passive with a singular subject: "X was (arbitrarily) arrested".
    if main.passive {
        let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
        let singular = words
            .iter()
            .any(|w| matches!(w.trim_matches(|c: char| !c.is_alphabetic()), "was" | "has"))
            && !words.iter().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphabetic()),
                    "were" | "have"
                )
            });
        // "No one was killed": the sentence counted the dead itself.
        let zero = counts.iter().any(|c| c.kind == kind && c.best == Some(0));
        // "was fatally wounded", "was wounded and later succumbed": a
        // death, not one more wounded; "was also injured": one of those
        // counted before.
        // Checked last, and the rest of the sentence lower-cased only if
        // the words before say nothing.
        let not_one_more_wounded = || {
            kind == CountKind::Injured
                && (words.iter().any(|w| {
                    matches!(
                        w.trim_matches(|c: char| !c.is_alphabetic())
                            .to_ascii_lowercase()
                            .as_str(),
                        "fatally" | "mortally" | "also"
                    )
                }) || {
                    let after = text[rel_start..].to_ascii_lowercase();
                    after.contains("succumb") || after.contains("died")
                })
        };
        return (singular && counted == 0 && !zero && !not_one_more_wounded()).then(|| {
            CountMention {
                span: main.span,
                trigger: main.span,
                kind,
                low: Some(1),
                best: Some(1),
                high: Some(1),
                victim_group: "person".to_string(),
                quantity_text: NAMED_PERSON.to_string(),
                role: CountRole::Additive,
            }
        });
    }
    // Active: titled persons in the object, up to the next clause.
    let titles = TITLES.get_or_init(|| {
        Regex::new(r"(?i)\b(?:president|prime minister|minister|mayor|governor|journalist|activist|commissioner|commander|secretary|official|opposition leader|leader|imam|judge|lawyer|human rights defender|blogger|chief|general|colonel|member of parliament|mp|senator|deputy|ambassador)s?\b").unwrap()
    });
    let after = &text[rel_end..];
    let stop = after.find([';', '.', ':', '(']).unwrap_or(after.len());
    let mut object = &after[..stop];
    for cut in [
        " without ",
        " at ",
        " in ",
        " on ",
        " for ",
        " after ",
        " because ",
        " who ",
        " which ",
    ] {
        if let Some(i) = object.find(cut) {
            object = &object[..i];
        }
    }
    // The titled person must open the object: "the former president",
    // "Kurdish opposition leader Issa Hisso", not a title deep inside it.
    let first_title = titles
        .find(object)
        .map(|m| object[..m.start()].split_whitespace().count());
    let starts_with_article = first_title.is_some_and(|words| words <= 3);
    // Without a title at the start the answer is no: the titles are not
    // searched again.
    if !starts_with_article {
        return None;
    }
    let singular: Vec<_> = titles
        .find_iter(object)
        .filter(|m| !m.as_str().to_lowercase().ends_with('s'))
        .collect();
    // Titles name people one by one; they win over a smaller count of the
    // same people ("the former president ... and prime minister" is 2).
    if singular.is_empty() || singular.len() as u32 <= counted {
        return None;
    }
    // Titles written together are one person's ("the deputy chief", "a
    // chief commander"): only a title apart from the one before names one
    // more.
    let n = singular
        .iter()
        .zip(std::iter::once(None).chain(singular.iter().map(Some)))
        .filter(|(m, before)| {
            before.is_none_or(|b| {
                !object[b.end()..m.start()]
                    .trim_matches([' ', '-'])
                    .is_empty()
            })
        })
        .count();
    let span = Span::new(anchor.span.end, anchor.span.end + object.trim_end().len());
    Some(CountMention {
        span,
        trigger: main.span,
        kind,
        low: Some(n as u32),
        best: Some(n as u32),
        high: Some(n as u32),
        victim_group: "officials".to_string(),
        quantity_text: object.trim().to_string(),
        role: CountRole::Additive,
    })
}

/// Who did it and to whom, from where the actors stand around the acts.
///
/// Active voice: the perpetrator is the nearest actor before the act (not a
/// victim-type actor), the target the first actor after it. Passive voice
/// and nouns ("were killed by", "the killing of 22 civilians by soldiers"):
/// the perpetrator follows "by", the victims stand before the verb or after
/// "of".
fn roles(
    text: &str,
    base: usize,
    g: &Group,
    actors: &[ActorMention],
    counts: &[CountMention],
) -> (Option<Actor>, Option<Actor>) {
    let first = &g.acts[0];
    let after: Vec<&ActorMention> = actors
        .iter()
        .filter(|a| a.span.start >= first.span.end && a.span.start < g.end)
        .collect();
    // An actor whose words run into the act ("the Malian air force carried
    // out a bombing run", where "air force carried out" is the act) stands
    // before it.
    let before: Vec<&ActorMention> = actors
        .iter()
        .filter(|a| {
            a.span.end <= first.span.start
                || (a.span.start < first.span.start && a.span.end < first.span.end)
        })
        .collect();
    // "five presumed militants killed", "leaving two soldiers dead": people
    // counted as the act's victims are not its perpetrators, and neither is
    // the target of "an operation against IS".
    let victim_words = |a: &ActorMention| {
        counts.iter().any(|c| {
            c.role != CountRole::Subset
                && c.span.contains(a.span)
                && matches!(
                    c.kind,
                    CountKind::Killed | CountKind::Injured | CountKind::Arrested
                )
        }) || targeted_by_preposition(&text[..a.span.start - base])
    };

    // "Looting: On 6 July, gunmen robbed ...": a label that opens the
    // sentence names the kind of event the rest tells, so the rest's
    // subject acted and the next actor was the target.
    let label = text[first.span.end - base..].starts_with(':')
        && text[..first.span.start - base].split_whitespace().count() <= 2;
    if label {
        // "Arrests: some thirty suspected jihadists arrested": people only
        // suspected of belonging to a group are the ones arrested.
        let detained = |a: &&&ActorMention| {
            first.kind == ActKind::Arrest && {
                let from = (a.span.start - base).saturating_sub(24);
                text.get(from..a.span.end - base).is_some_and(suspected)
            }
        };
        let doer = after
            .iter()
            .filter(|a| !victim_words(a) && !detained(a))
            .find(|a| is_perpetrator_type(a.actor_type));
        if let Some(doer) = doer {
            let target = after
                .iter()
                .find(|a| a.span.start > doer.span.end)
                .map(|a| actor_of(a));
            return (Some(actor_of(doer)), target);
        }
    }
    // An agent: "by X", "allegedly by X", "by suspected X".
    let agent = after.iter().find(|a| {
        let gap_start = first.span.end.max(g.start) - base;
        let lead = &text[gap_start.min(a.span.start - base)..a.span.start - base];
        // The words from the actor back, read from the end and compared
        // stripped of what is not a letter and without ASCII case (the same
        // answers as lower-casing a copy of each word, without the copies;
        // this runs for every actor after the act, over a lead that can
        // be most of the sentence).
        let words_back = || lead.split_whitespace().rev();
        let is = |w: &str, word: &str| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .eq_ignore_ascii_case(word)
        };
        // "shot by a man who had been stopped by the police": a "by" inside a
        // relative clause names the agent of that clause's verb, not of
        // the act. (Asked only after a "by" among the last four words,
        // which most actors lack.)
        let relative = || {
            words_back()
                .skip(1)
                .any(|w| ["who", "whom", "which", "that"].iter().any(|r| is(w, r)))
                && words_back().skip(4).any(|w| is(w, "by"))
        };
        words_back().take(4).any(|w| is(w, "by")) && !relative()
    });
    let light = first.nominal && after_light_verb(&text[..first.span.start - base]);
    // "the army post at the bridge, attacked at dawn by rebels": a verb followed
    // closely by "by" and an actor is a reduced passive.
    let reduced = !first.nominal
        && agent.is_some_and(|a| {
            let gap = text
                .get(first.span.end - base..a.span.start - base)
                .unwrap_or("");
            gap.split_whitespace().count() <= 4
        });
    // "A MINUSMA vehicle struck an IED": the subject ran into the device,
    // it did not plant it.
    let subjected = subjected_to(&text[..first.span.start - base])
        || (!first.nominal
            && matches!(
                text[first.span.start - base..first.span.end - base]
                    .to_ascii_lowercase()
                    .as_str(),
                "struck" | "hit" | "ran over" | "stepped on" | "drove over"
            )
            && ran_into_explosive(&text[first.span.end - base..]));
    let passive = (first.passive
        || first.nominal
        || subjected
        || reduced
        || target_then_verb(text, base, first, &before))
        && !light;
    // "clashes between the army and militants": the first side named is
    // actor1, the second actor2.
    // So do "two killed in clashes between the CMA and GATIA", where the
    // clash is not the group's first act, and "between JNIM and a patrol".
    // A later clash with a subject before the first act ("militiamen
    // attacked the village, with exchanges of fire between the militiamen
    // and villagers") leaves actor1 to that subject.
    let subject_before = before.iter().any(|a| is_perpetrator_type(a.actor_type));
    let clashes = g.acts.iter().filter(|a| {
        a.kind == ActKind::Clash && a.nominal && (a.span == first.span || !subject_before)
    });
    for clash in clashes.filter(|_| agent.is_none()) {
        let sides: Vec<&ActorMention> = actors
            .iter()
            .filter(|a| a.span.start >= clash.span.end && a.span.start < g.end)
            .collect();
        if let [x, y, ..] = sides.as_slice() {
            let lead = text
                .get(clash.span.end - base..x.span.start - base)
                .unwrap_or("")
                .to_ascii_lowercase();
            let joined = text
                .get(x.span.end - base..y.span.start - base)
                .is_some_and(|gap| {
                    let gap = gap.trim().to_ascii_lowercase();
                    let rest = gap
                        .strip_prefix("and")
                        .or_else(|| gap.strip_prefix("against"))
                        .map(str::trim);
                    matches!(rest, Some("" | "a" | "an" | "the"))
                });
            let between = lead.trim_end().ends_with("between") || lead.contains(" between ");
            if between && joined && is_perpetrator_type(x.actor_type) {
                return (Some(actor_of(x)), Some(actor_of(y)));
            }
        }
    }
    if passive {
        // "were killed after exchanging fire with military police", "died in
        // a clash with soldiers": with no agent, the armed side the victims
        // fought is the other actor.
        let fought = || {
            after.iter().find(|a| {
                !a.implicit
                    && is_armed(a.actor_type)
                    && text
                        .get(first.span.end - base..a.span.start - base)
                        .is_some_and(|gap| {
                            let lower = gap.to_ascii_lowercase();
                            (lower.contains("fire with")
                                || lower.contains("clash with")
                                || lower.contains("clashes with")
                                || lower.contains("fighting with")
                                || lower.contains("shoot-out with")
                                || lower.contains("shootout with")
                                || lower.contains("gunfight with")
                                || lower.contains("confrontation with"))
                                && !gap.contains([';', '.'])
                        })
            })
        };
        let actor1 = agent.or_else(fought).map(|a| actor_of(a));
        // "Militiamen raided a hamlet, the village chief was killed": a
        // passive with a subject of its own after a comma, and an armed
        // actor leading the clause before it, who did it.
        let subject_of_clause_before = (actor1.is_none() && !first.nominal && !subjected)
            .then(|| before.last().copied())
            .flatten()
            .filter(|a| {
                !a.implicit
                    && is_armed(a.actor_type)
                    && !victim_words(a)
                    && earlier_clause_subject(
                        &text[..a.span.start - base],
                        &text[a.span.end - base..first.span.start - base],
                    )
            });
        if let Some(a) = subject_of_clause_before {
            return (Some(actor_of(a)), None);
        }
        let victim = if first.nominal && !subjected {
            after
                .iter()
                .find(|a| Some(a.span) != agent.map(|x| x.span))
                .copied()
        } else {
            before.last().copied()
        };
        // "Malian armed forces committed violations ..., including the
        // enforced disappearance of 17": the subject of "committed" did it.
        let actor1 = actor1.or_else(|| {
            if !first.nominal {
                return None;
            }
            let a = before
                .iter()
                .rev()
                .find(|a| is_perpetrator_type(a.actor_type))?;
            let between = text
                .get(a.span.end - base..first.span.start - base)?
                .to_ascii_lowercase();
            [
                "committed",
                "perpetrated",
                "carried out",
                "responsible for",
                "accused of",
            ]
            .iter()
            .any(|v| between.contains(v))
            .then(|| actor_of(a))
        });
        // "four villagers were wounded when soldiers fired mortars": the
        // subject of the active verb in the clause that says when it
        // happened did it.
        let actor1 = actor1.or_else(|| {
            if first.nominal || subjected {
                return None;
            }
            g.acts
                .iter()
                .filter(|a| !a.passive && !a.nominal && a.span.start > first.span.end)
                .find_map(|act| {
                    let doer = after
                        .iter()
                        .rev()
                        .find(|m| m.span.end <= act.span.start)
                        .filter(|m| !m.implicit && is_armed(m.actor_type))?;
                    let lead = text
                        .get(first.span.end - base..doer.span.start - base)?
                        .to_ascii_lowercase();
                    let gap = text.get(doer.span.end - base..act.span.start - base)?;
                    // The actor opens the clause: "when (the) soldiers fired".
                    let conjunction = lead
                        .split_whitespace()
                        .rev()
                        .find(|w| !matches!(*w, "the" | "a" | "an"))
                        .is_some_and(|w| matches!(w, "when" | "as" | "after" | "while"));
                    (conjunction
                        && gap.split_whitespace().count() <= 2
                        && !gap.contains([',', ';', '.']))
                    .then(|| actor_of(doer))
                })
        });
        let actor1 = actor1.or_else(|| {
            // "an attack by gunmen" handled above; "soldiers' torture of" or
            // "Malian soldiers' arrest" are rare; an active subject before a
            // noun ("ISGS attacks in ...") is the perpetrator.
            if first.nominal {
                before
                    .last()
                    .filter(|a| {
                        is_perpetrator_type(a.actor_type)
                            && (a.span.end + 2 >= first.span.start
                                // "the army's shelling", never "protesters'
                                // deaths": the possessor of a weapon's use
                                // fired it; the possessor of a death died.
                                || (is_armed(a.actor_type)
                                    && matches!(
                                        first.kind,
                                        ActKind::Attack
                                            | ActKind::Airstrike
                                            | ActKind::Shelling
                                            | ActKind::Explosive
                                            | ActKind::Grenade
                                    )
                                    && possessor_of(
                                        &text[a.span.end - base..first.span.start - base],
                                    )))
                    })
                    .map(|a| actor_of(a))
            } else {
                None
            }
        });
        return (actor1, victim.map(actor_of));
    }
    // "Citizens attacked police officers", "vendors clashed with the
    // police": people who are the subject of an attack or a clash are a
    // mob, and act (assembly types them as rioters). So are people who loot
    // or wreck ("students destroyed property at their college"): ACLED codes
    // a crowd's looting as a riot, not as property destruction.
    let crowd_subject = before.last().filter(|a| {
        a.actor_type == ActorType::Civilians
            && !victim_words(a)
            && matches!(
                first.kind,
                ActKind::Attack
                    | ActKind::Clash
                    | ActKind::Torture
                    | ActKind::Kill
                    | ActKind::Looting
            )
            && text
                .get(a.span.end - base..first.span.start - base)
                .is_some_and(|gap| gap.len() <= 60 && !gap.contains([',', ';', '.', '(']))
            // "men in civilian clothes killed": a description of the
            // perpetrators, not a crowd.
            && !text[..a.span.start - base]
                .trim_end()
                .to_ascii_lowercase()
                .ends_with(" in")
            // A killing or a beating by a crowd ("villagers beat up two men",
            // "a group of neighbours killed a thief") is mob violence; one
            // by herders or farmers is a communal militia's, which ACLED
            // codes as an attack.
            && (!matches!(first.kind, ActKind::Kill | ActKind::Torture)
                || crowd_words(&text[a.span.start - base..a.span.end - base])
                || text[..a.span.start - base]
                    .to_ascii_lowercase()
                    .trim_end()
                    .ends_with("group of"))
            // A crowd loots with a verb of its own right after it: not
            // "residents found their houses destroyed".
            // and opens its clause: not the child in "pastoralists abducted
            // a child and stole sheep".
            && (first.kind != ActKind::Looting
                || (!first.nominal
                    && text[a.span.end - base..first.span.start - base]
                        .split_whitespace()
                        .count()
                        <= 3
                    && !before.iter().any(|b| {
                        b.span.end <= a.span.start
                            && !text[b.span.end - base..a.span.start - base]
                                .contains([',', ';', '.', ':'])
                    })))
            // "Farmer killed in Selea": a killing with no object after the
            // verb is a passive, and the farmer its victim. So is "houses
            // destroyed when".
            && (!matches!(first.kind, ActKind::Kill | ActKind::Looting) || {
                let next = text[first.span.end - base..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                !next.is_empty()
                    && !next.starts_with(|c: char| !c.is_alphanumeric())
                    && !matches!(
                        next.trim_end_matches(|c: char| !c.is_alphanumeric()),
                        "in" | "at" | "on" | "by" | "during" | "near" | "after" | "when" | "while"
                            | "and" | "as" | "overnight" | "yesterday" | "today"
                    )
                    && !next.ends_with(['.', ',', ';'])
            })
    });
    let can_act = |a: &&&ActorMention| {
        is_perpetrator_type(a.actor_type) || matches!(first.kind, ActKind::Protest | ActKind::Riot)
    };
    // "ISGS militants ambushed an MSA convoy, killing five militiamen": a
    // participle after a comma tells what the clause's subject did, not
    // what its object did.
    let participle = !first.nominal
        && text[first.span.start - base..first.span.end - base].ends_with("ing")
        && text[..first.span.start - base].trim_end().ends_with(',');
    let clause_start = text[..first.span.start - base]
        .rfind([';', '.'])
        .map_or(base, |i| base + i + 1);
    let subject = participle
        .then(|| {
            before
                .iter()
                .filter(|a| a.span.start >= clause_start && !victim_words(a))
                .find(can_act)
        })
        .flatten();
    let nearest = subject.or_else(|| {
        before
            .iter()
            .rev()
            .filter(|a| !victim_words(a))
            .find(can_act)
    });
    // "CMA and MSA militiamen clashed": the first side named is actor1, the
    // other actor2.
    // Not when the clash is "with" someone: "MSA and GATIA clashed with
    // ISGS" has the two allies on one side.
    let clashed_with = text[first.span.end - base..]
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("with ");
    if first.kind == ActKind::Clash && !first.nominal && !clashed_with {
        if let Some(n) = nearest {
            let pair = before
                .iter()
                .rev()
                .skip_while(|a| a.span != n.span)
                .nth(1)
                .filter(|a0| {
                    text.get(a0.span.end - base..n.span.start - base)
                        .is_some_and(|gap| gap.trim().eq_ignore_ascii_case("and"))
                        && is_perpetrator_type(a0.actor_type)
                });
            if let Some(a0) = pair {
                return (Some(actor_of(a0)), Some(actor_of(n)));
            }
        }
    }
    let nearest = crowd_subject.or(nearest);
    // "French forces, GATIA and MSA raided a camp", "the army supported by
    // Dogon militiamen burned villages": of a subject that lists its
    // sides, the first is the one that led (ACLED's actor1; the others are
    // its associates).
    let nearest = nearest.map(|n| first_of_coordination(text, base, &before, n));
    // "Taliban militants attacked", "JNIM militants including two suicide
    // bombers carried out an attack": a named group in the same clause beats
    // the generic word nearest the verb.
    let named = nearest.filter(|a| is_generic(&a.name)).and_then(|n| {
        let clause_start = text[..n.span.start - base]
            .rfind([';', '.'])
            .map(|i| base + i)
            .unwrap_or(base);
        before.iter().rev().find(|a| {
            a.span.start >= clause_start
                && a.span.end <= n.span.start
                && is_perpetrator_type(a.actor_type)
                && !is_generic(&a.name)
                // "police officers were patrolling when gang members
                // started shooting": a clause of its own between them.
                && !text
                    .get(a.span.end - base..n.span.start - base)
                    .is_some_and(opens_subclause)
        })
    });
    let actor1 = named
        .copied()
        .or(nearest)
        .map(actor_of)
        .or_else(|| agent.map(|a| actor_of(a)));
    let actor2 = after
        .iter()
        .find(|a| Some(a.span) != actor1.as_ref().and_then(|x| x.span))
        .map(|a| actor_of(a));
    (actor1, actor2)
}

/// Whether `gap`, the words before an actor, ends on a word that opens a
/// clause of its own with that actor as its subject ("... when gang
/// members", "while the gunmen"), not on a verb of the clause before
/// ("when dispersing protesters").
fn opens_subclause(gap: &str) -> bool {
    let words: Vec<String> = gap
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    words
        .iter()
        .rposition(|w| matches!(w.as_str(), "when" | "while" | "after" | "before" | "until"))
        .is_some_and(|i| {
            let rest = &words[i + 1..];
            rest.len() <= 3 && !rest.iter().any(|w| w.ends_with("ing"))
        })
}

/// The first actor of the list of allies that ends with `last`, as in "A,
/// B and C", "A and/or B", "A in cooperation with B", "A supported by B".
fn first_of_coordination<'a>(
    text: &str,
    base: usize,
    before: &[&'a ActorMention],
    last: &'a ActorMention,
) -> &'a ActorMention {
    let mut head = last;
    // A comma lists allies only before a final "and" ("A, B and C"); alone
    // it sets off an apposition ("an armed group, the Colectivos").
    let mut listed = false;
    while let Some(prev) = before
        .iter()
        .rev()
        .find(|a| a.span.end <= head.span.start)
        .copied()
    {
        let Some(gap) = text.get(prev.span.end - base..head.span.start - base) else {
            break;
        };
        let gap = gap.trim().to_ascii_lowercase();
        let gap = gap.trim_end_matches(" the").trim_end_matches(" its");
        let joined = matches!(
            gap,
            "and"
                | ", and"
                | "and/or"
                | "/"
                | "in cooperation with"
                | "in coordination with"
                | "supported by"
                | "backed by"
                | ", supported by"
                | ", backed by"
                | "alongside"
                | "with the support of"
                | "jointly with"
                | "together with"
                | "in collaboration with"
        ) || (listed && gap == ",");
        if !joined || !is_armed(prev.actor_type) {
            break;
        }
        listed = true;
        head = prev;
    }
    head
}

/// The clause of a sentence around byte `at`: from the last ".", ";" or ":"
/// before it to the next one, or to a clause that tells the circumstances
/// ("when", "after", "while", "as", "because").
fn clause_of(text: &str, at: usize) -> std::ops::Range<usize> {
    let start = text[..at].rfind(['.', ';', ':']).map_or(0, |i| i + 1);
    let rest = &text[at..];
    let mut end = rest.find(['.', ';', ':']).unwrap_or(rest.len());
    for cut in [
        " when ",
        " after ",
        " while ",
        " as ",
        " because ",
        " following ",
    ] {
        if let Some(i) = rest[..end].find(cut) {
            end = i;
        }
    }
    start..at + end
}

/// People rather than an armed group on a side of the clash at byte `at`:
/// "police and shopkeepers", "Mapuche fruit sellers ... clashed", "two
/// groups clashed", "Palestinians clashed with Israeli forces".
fn crowd_in_clash(text: &str, at: usize) -> bool {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:youths?|students|residents|villagers|vendors|sellers|shopkeepers|traders|farmers|workers|labou?rers|locals|local people|nationals|supporters|activists|inhabitants|community members|crowds?|mobs?|two groups|rival groups|groups of (?:people|men|youths|villagers|residents)|prisoners|inmates|fans|miners|citizens|beneficiaries|worshippers|devotees|migrants|demonstrators|protesters|protestors)\b")
    });
    let clause = &text[clause_of(text, at)];
    re.is_match(clause)
        || clause.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            // A people named by its plural demonym ("Palestinians").
            w.len() > 4
                && w.ends_with('s')
                && w.starts_with(|c: char| c.is_uppercase())
                && places::country_by_name(w).is_some()
        })
}

/// Whether the victims are off duty, retired or former members of a force:
/// the words just before the victim actor, or the victim count's own words.
fn off_duty_victim(
    text: &str,
    base: usize,
    victim: Option<&Actor>,
    counts: &[CountMention],
) -> bool {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    let re = RE.get_or_init(|| WordRegex::new(r"(?i)\b(?:off[- ]duty|retired|former|ex-)"));
    let lead = victim.and_then(|a| a.span).and_then(|s| {
        let end = s.start.checked_sub(base)?;
        let start = text[..end]
            .char_indices()
            .rev()
            .filter(|(_, c)| c.is_whitespace())
            .nth(2)
            .map_or(0, |(i, _)| i);
        text.get(start..s.end - base)
    });
    lead.is_some_and(|l| re.is_match(l))
        || counts.iter().any(|c| {
            c.role != CountRole::Subset
                && matches!(c.kind, CountKind::Killed | CountKind::Injured)
                && text
                    .get(c.span.start.saturating_sub(base)..c.span.end.saturating_sub(base))
                    .is_some_and(|w| re.is_match(w))
        })
}

word_list! {
    /// The words of a crowd: "a mob", "villagers", "locals", "local people".
    crowd_words,
    r"(?i)\b(?:mobs?|crowds?|villagers|locals|local people|residents|people|persons|youths?|community members|inhabitants)\b"
}

/// "an operation against", "targeting", "an attack on": the actor named
/// next is a target.
/// Whether an actor between `lead` (the sentence before it) and `gap` (from
/// it to a passive verb) is the subject of a clause of its own before the
/// passive's: it opens the sentence or a clause ("after", "when"), its
/// clause is active (no "was", "were", "by") and ends at a comma or
/// semicolon, and the passive has a subject of its own after it ("the
/// chief was killed"; not "who was killed", not "and were killed").
fn earlier_clause_subject(lead: &str, gap: &str) -> bool {
    let Some(cut) = gap.rfind([',', ';']) else {
        return false;
    };
    let (own, passive_subject) = (&gap[..cut], &gap[cut + 1..]);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let own = words(own);
    let subject = words(passive_subject);
    let auxiliary = |w: &str| {
        matches!(
            w,
            "was" | "were" | "been" | "being" | "is" | "are" | "reportedly" | "later" | "also"
        )
    };
    let opens = {
        let lead = lead.trim_end();
        let last = words(lead).pop();
        lead.is_empty()
            || lead.ends_with([',', ';', ':'])
            || matches!(last.as_deref(), Some("after" | "when" | "suspected"))
    };
    opens
        && !own.is_empty()
        && own.len() <= 25
        && !own
            .iter()
            .any(|w| auxiliary(w) || matches!(w.as_str(), "by" | "who" | "whose"))
        && subject.iter().any(|w| !auxiliary(w))
        && !subject.iter().any(|w| {
            matches!(
                w.as_str(),
                "who" | "which" | "that" | "whom" | "where" | "and" | "but" | "he" | "she" | "they"
            )
        })
}

/// Places and units that are attacked, never attack: "checkpoint",
/// "convoy", "patrol".
const TARGET_NOUNS: &[&str] = &[
    "checkpoint",
    "checkpoints",
    "checkpost",
    "checkposts",
    "post",
    "posts",
    "camp",
    "camps",
    "base",
    "bases",
    "convoy",
    "convoys",
    "patrol",
    "patrols",
    "position",
    "positions",
    "barracks",
    "station",
    "vehicle",
    "vehicles",
    "unit",
];

/// "FAMa checkpoint attacked around 3h", "Gendarmerie post near Youwarou
/// attacked last night", "army convoy ambushed along the axis": a force's
/// post, convoy or patrol followed by a bare attack verb and then a time or
/// a place, in the clipped style of a field report, is the target of a
/// passive whose agent is untold.
fn target_then_verb(text: &str, base: usize, act: &ActMention, before: &[&ActorMention]) -> bool {
    if act.nominal || act.passive {
        return false;
    }
    let verb = text[act.span.start - base..act.span.end - base].to_ascii_lowercase();
    if !matches!(
        verb.as_str(),
        "attacked" | "ambushed" | "targeted" | "raided" | "overrun"
    ) {
        return false;
    }
    let Some(subject) = before.last() else {
        return false;
    };
    if !is_armed(subject.actor_type) || subject.span.end > act.span.start {
        return false;
    }
    let gap = &text[subject.span.end - base..act.span.start - base];
    if gap.len() > 40 || gap.contains([',', ';', '.', '(']) {
        return false;
    }
    let lower = |s: &str| s.to_ascii_lowercase();
    let head = gap
        .split_whitespace()
        .next()
        .map(lower)
        .or_else(|| subject.text.split_whitespace().last().map(lower))
        .unwrap_or_default();
    let own_head = subject
        .text
        .split_whitespace()
        .last()
        .map(lower)
        .unwrap_or_default();
    if !TARGET_NOUNS.contains(&head.as_str()) && !TARGET_NOUNS.contains(&own_head.as_str()) {
        return false;
    }
    let next = text[act.span.end - base..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':'])
        .to_ascii_lowercase();
    matches!(
        next.as_str(),
        "" | "in"
            | "at"
            | "on"
            | "near"
            | "around"
            | "overnight"
            | "last"
            | "this"
            | "early"
            | "along"
            | "between"
            | "by"
            | "during"
            | "outside"
            | "inside"
            | "late"
    )
}

fn targeted_by_preposition(before: &str) -> bool {
    let last = last_words(before, char::is_alphanumeric).find(|w| {
        !matches!(
            w.as_str(),
            "the" | "a" | "an" | "suspected" | "presumed" | "alleged"
        )
    });
    matches!(
        last.as_deref(),
        Some("against" | "targeting" | "targetting")
    )
}

word_list! {
    /// Groups of people rather than armed organisations: "two groups from a
    /// community", "villagers", "supporters of rival parties".
    communal,
    r"(?i)\b(?:two groups|rival groups|groups of|communit(?:y|ies)|villagers|residents|youths?|supporters|clans?|families|neighbou?rs|students|mob|crowd)\b"
}

word_list! {
    /// A toll told as a count and a bare participle with no verb of its own
    /// ("5 killed, 8 wounded on June 20.", "Two dead."): like a toll with no
    /// act at all, it counts the victims of the attack the sentence before
    /// told, and that attack's perpetrator is its own.
    bare_toll,
    r"(?i)^(?:at least |around |about |some |up to )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: (?:more|other|people|persons|seriously|severely|critically))? (?:killed|wounded|injured|dead)\b"
}

/// Whether the paragraph's perpetrator `a`, told in an earlier sentence,
/// did the act of kind `kind` that this sentence tells without an agent.
/// `custody`: the sentence has a custody actor (a death in detention);
/// `far`: `a` was told more than one sentence before.
fn carries_to(a: &Actor, kind: ActKind, custody: bool, far: bool) -> bool {
    let crowd = matches!(a.actor_type, ActorType::Protesters | ActorType::Rioters);
    // A crowd arrests no one ("Several were arrested" after a protest is
    // the police's) and holds no one in custody ("At least one detainee
    // died in detention" after a riot is the jailers').
    if crowd && (kind == ActKind::Arrest || custody) {
        return false;
    }
    // A crowd the coding stood in for (the "Rioters" of a riot told without
    // naming anyone) is that incident's: it carries to the next sentence
    // ("Several people were injured"), not to a killing or an execution
    // further down a long paragraph.
    if crowd && a.span.is_none() && far {
        return false;
    }
    // A state that arrested or investigated in an earlier sentence did not
    // plant this one's bomb ("52 people were killed in bomb attacks"), and
    // the unnamed group a bombing was put down to makes no arrests.
    let state_bomb = kind == ActKind::Explosive && a.actor_type == ActorType::StateForces;
    let group_arrest = kind == ActKind::Arrest && a.name.starts_with("Unidentified Armed Group");
    !(state_bomb || group_arrest)
}

/// How many sentences after a protest violence without an armed actor is
/// still read as that protest turning violent.
const PROTEST_REACH: usize = 2;

/// A book's index or contents run together into one "sentence":
/// "abductions (see also: armed groups) Afghanistan 46; Chad 91; Sudan
/// 289-91; ...". Its words (abductions, killings) are topics, not events.
/// Four or more items ending in a page number, most of the items.
fn is_page_index(text: &str) -> bool {
    // Most sentences have no ';' at all: no list to split. The third ';'
    // is looked for by memchr's vectorised search, not by counting every
    // byte (asked of every sentence of a report).
    if memchr::memchr_iter(b';', text.as_bytes()).nth(2).is_none() {
        return false;
    }
    let items = text.split(';').count();
    let paged = text
        .split(';')
        .filter(|item| {
            let item = item.trim_end();
            let page = item.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
            let digits = item.len() - page.len();
            (1..=7).contains(&digits)
                && page.ends_with(' ')
                && page
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
        .count();
    paged >= 4 && paged * 3 >= items * 2
}

/// A death told without a killer: "died", "were executed", "several
/// executions". Villagers or families named beside it ("the victims'
/// families", "students reported that") are witnesses, not a mob.
fn agentless_death(act: &ActMention, doc: &Document) -> bool {
    act.kind == ActKind::Kill
        && (act.passive || act.nominal || {
            let word = doc.slice(act.span).as_bytes();
            word.eq_ignore_ascii_case(b"died")
                || word
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"death"))
        })
}

word_list! {
    /// Sticks, stones, axes: the weapons of mobs and communal fights, not of
    /// armed groups.
    cold_weapons,
    r"(?i)\b(?:sticks?|stones?|rocks?|axes|clubs|batons|bricks|iron rods|stone[- ]pelting|bare hands|fists)\b"
}

word_list! {
    /// A quarrel between neighbours or kin over land or property ("killed
    /// over a land dispute", "a dispute over a plot"): violence no armed
    /// group is named in is a mob's, which ACLED codes as mob violence.
    /// Only a quarrel the violence was "over": "killed in the context of a
    /// land dispute with a mining company" or "as a result of a land
    /// dispute between a senator and villagers" tells a conflict whose
    /// killers may well be armed men, not a brawl.
    private_dispute,
    r"(?i)\b(?:over\s+(?:a|an|the)\s+(?:land|property|plot|boundary|inheritance|ownership)(?:[ /-]\w+)?\s+disputes?|disputes?\s+over\s+(?:land|a plot|property|an inheritance))\b"
}

/// Whether the words between an actor and a noun of violence make the
/// actor its possessor: "the army's shelling", "the PMF's rocket fire",
/// "rebels' mortar attack" (one modifier word at most).
fn possessor_of(gap: &str) -> bool {
    let Some(rest) = ["'s ", "\u{2019}s ", "' ", "\u{2019} "]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
    else {
        return false;
    };
    rest.split_whitespace().count() <= 1
        && rest
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// "militants launched an attack", "carried out an airstrike": the noun acts
/// like a verb whose subject stands before it.
fn after_light_verb(before: &str) -> bool {
    // Five words reach "attempted to carry out a complex attack".
    let words: Vec<LowerWord> = last_words(before, char::is_alphabetic).take(5).collect();
    for (i, w) in words.iter().enumerate() {
        if matches!(
            w.as_str(),
            "launched"
                | "launch"
                | "launches"
                | "launching"
                | "carried"
                | "carry"
                | "carrying"
                | "conducted"
                | "conduct"
                | "conducting"
                | "staged"
                | "staging"
                | "mounted"
                | "mount"
                | "mounting"
                | "perpetrated"
                | "claimed"
                | "led"
                | "organized"
                | "organised"
                | "held"
                | "committed"
                | "executed"
                | "initiated"
                | "planted"
                // "threw a grenade", "detonated a bomb": the thrower used
                // the weapon.
                | "threw"
                | "throw"
                | "throwing"
                | "hurled"
                | "hurling"
                | "lobbed"
                | "lobbing"
                | "detonated"
                | "detonating"
        ) {
            return true;
        }
        // "approached and started shooting": a verb of starting right
        // before the act's noun, not "which started a clash between them".
        if matches!(
            w.as_str(),
            "started" | "starting" | "began" | "begun" | "beginning"
        ) {
            return i == 0;
        }
        // Articles, numbers and the adjectives reports put before an
        // attack ("a fresh large-scale assault", "a failed suicide attack").
        if !matches!(
            w.as_str(),
            "a" | "an"
                | "the"
                | "out"
                | "new"
                | "several"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "numerous"
                | "multiple"
                | "coordinated"
                | "deadly"
                | "complex"
                | "series"
                | "of"
                | "large-scale"
                | "small-scale"
                | "major"
                | "fresh"
                | "another"
                | "joint"
                | "armed"
                | "surprise"
                | "heavy"
                | "renewed"
                | "fierce"
                | "failed"
                | "simultaneous"
                | "multipronged"
                | "multi-pronged"
                | "two-pronged"
                | "hit-and-run"
                | "massive"
                | "second"
                | "suicide"
                | "violent"
                | "bloody"
                // "launched at least two mortar shells", "about a dozen".
                | "at"
                | "least"
                | "about"
                | "around"
                | "some"
                | "nearly"
                | "dozen"
        ) {
            return false;
        }
    }
    false
}

/// "a UN patrol subjected to heavy fire", "came under attack": the
/// subject is the target.
fn subjected_to(before: &str) -> bool {
    // The last 40 characters, sliced where they start instead of collected
    // one by one.
    let from = before.char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    let tail = before[from..].to_ascii_lowercase();
    [
        "subjected to",
        "came under",
        "come under",
        "was hit by",
        "were hit by",
        "targeted by",
        "victim of",
        "victims of",
    ]
    .iter()
    .any(|cue| tail.contains(cue))
}

/// "struck an IED", "hit a landmine": what follows a verb when the subject
/// is the vehicle or the patrol that ran over the device.
fn ran_into_explosive(after: &str) -> bool {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LeanRegex::new(r"(?i)^\s+(?:an?|the)\s+(?:\w+\s+)?(?:IEDs?|VBIEDs?|improvised explosive|explosive devices?|(?:land)?mines?|roadside bombs?|IED/mine)\b")
    })
    .is_match(after)
}

/// "suspected", "presumed", "alleged" just before a name.
fn suspected(before: &str) -> bool {
    let lower = before.to_lowercase();
    ["suspected", "presumed", "alleged", "so-called"]
        .iter()
        .any(|w| lower.contains(w))
}

/// "gunmen believed to belong to IS", "unknown gunmen presumably IS",
/// "militants (suspected TTP)": generic perpetrators the text attributes to
/// a named group right after their words are that group, one mention from
/// the generic words to the group's name.
fn attributed_groups(text: &str, base: usize, actors: Vec<ActorMention>) -> Vec<ActorMention> {
    static CUE: OnceLock<LeanRegex> = OnceLock::new();
    let cue = CUE.get_or_init(|| {
        LeanRegex::new(
            r"(?i)^\s*\(?\s*(?:(?:were|was|are|is)\s+)?(?:presumably|probably|likely|reportedly|allegedly|suspected(?:\s+to\s+(?:be|belong\s+to))?|believed\s+to\s+(?:be|belong\s+to)(?:\s+members\s+of)?|thought\s+to\s+(?:be|belong\s+to))\s*(?:\(\s*)?(?:the\s+)?$",
        )
    });
    let generic =
        |a: &ActorMention| !a.implicit && is_perpetrator_type(a.actor_type) && is_generic(&a.name);
    let named =
        |a: &ActorMention| !a.implicit && is_perpetrator_type(a.actor_type) && !is_generic(&a.name);
    let mut out: Vec<ActorMention> = Vec::with_capacity(actors.len());
    let mut rest = actors.into_iter().peekable();
    while let Some(a) = rest.next() {
        let attributed = rest.peek().filter(|next| {
            generic(&a) && named(next) && {
                let gap = text
                    .get(a.span.end - base..next.span.start - base)
                    .unwrap_or(".");
                // The hedge may open the group's own words ("suspected TTP").
                let hedge = next
                    .text
                    .split_whitespace()
                    .next()
                    .filter(|w| suspected(w))
                    .unwrap_or("");
                cue.is_match(gap) || cue.is_match(&format!("{gap}{hedge} "))
            }
        });
        if let Some(next) = attributed {
            let span = Span {
                start: a.span.start,
                end: next.span.end,
            };
            let merged = ActorMention {
                span,
                text: text[span.start - base..span.end - base].to_string(),
                ..next.clone()
            };
            rest.next();
            out.push(merged);
        } else {
            out.push(a);
        }
    }
    out
}

/// Names that stand for no particular organisation.
fn is_generic(name: &str) -> bool {
    name.starts_with("Unidentified")
        || name.starts_with("Civilians")
        || name.starts_with("Rioters")
        || name.starts_with("Protesters")
}

/// "JNIM claimed responsibility", "the device was planted by Katiba
/// Macina", "attributed to ISGS": who did the event told just before.
fn claim_regex() -> &'static WordRegex {
    static RE: OnceLock<WordRegex> = OnceLock::new();
    RE.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:claimed(?: responsibility| the attack| the attacks| it)?|planted by|attributed to|blamed (?:on )?|carried out by|perpetrated by)\b")
    })
}

/// Whether the sentence has a word of [`claimed_by`]'s.
///
/// Asked of every sentence of a long report that tells no event. Each of
/// the regex's words holds one of five pieces ("claimed", "blamed",
/// "ed by" of "planted by" and "perpetrated by", "ted to" of "attributed
/// to", "out by" of "carried out by"), which hold no "s" or "k" (letters
/// Unicode case folding also matches as "ſ" and the Kelvin sign): a
/// sentence without any of them in any ASCII case has no match, and most
/// sentences are answered by five byte searches instead of the regex.
fn claim_cue(text: &str, lower: &str) -> bool {
    any_in_lower(&CLAIM_PIECES, lower) && claim_regex().find(text).is_some()
}

/// The five pieces of [`claim_cue`]: every match of [`claim_regex`] holds
/// one of them in some ASCII case.
static CLAIM_PIECES: [Needle; 5] = [
    Needle::new("claimed"),
    Needle::new("blamed"),
    Needle::new("ed by"),
    Needle::new("ted to"),
    Needle::new("out by"),
];

fn claimed_by<'a, 'l>(
    text: &str,
    lower: impl FnOnce() -> &'l str,
    base: usize,
    actors: &'a [ActorMention],
) -> Option<&'a ActorMention> {
    // The claimant is a named perpetrator of the sentence: without one
    // (most sentences read no actors at all) the cue is not searched.
    if !actors
        .iter()
        .any(|a| is_perpetrator_type(a.actor_type) && !is_generic(&a.name))
    {
        return None;
    }
    // The cue first: most sentences have none (its pieces first, see
    // [`claim_cue`]).
    let lower = lower();
    if !any_in_lower(&CLAIM_PIECES, lower) {
        return None;
    }
    let m = claim_regex().find(text)?;
    if lower.contains("no group")
        || lower.contains("not claimed")
        || lower.contains("no one claimed")
        || lower.contains("nobody claimed")
    {
        return None;
    }
    let cue = Span::new(base + m.start(), base + m.end());
    // "JNIM claimed the attack" names the claimant before the cue; "claimed
    // by JNIM" after it.
    let claims_before = m.as_str().to_ascii_lowercase().starts_with("claimed")
        && !text
            .get(m.end()..)
            .is_some_and(|rest| rest.trim_start().to_ascii_lowercase().starts_with("by "));
    // "A mine planted by an unknown armed group ... wounding a QSD
    // fighter": the planter is the first actor named after the cue; an
    // unnamed one is no reason to reach for the victims further on.
    // (`planter` names it.)
    if m.as_str().eq_ignore_ascii_case("planted by")
        && actors
            .iter()
            .find(|a| a.span.start >= cue.end && is_perpetrator_type(a.actor_type))
            .is_some_and(|a| is_generic(&a.name))
    {
        return None;
    }
    actors
        .iter()
        .filter(|a| is_perpetrator_type(a.actor_type) && !is_generic(&a.name))
        .min_by_key(|a| {
            if claims_before && a.span.end <= cue.start {
                cue.start - a.span.end
            } else if !claims_before && a.span.start >= cue.end {
                a.span.start - cue.end
            } else {
                usize::MAX
            }
        })
        .filter(|a| {
            if claims_before {
                a.span.end <= cue.start
            } else {
                a.span.start >= cue.end
            }
        })
}

/// Victims named only in a count ("killed 51 civilians", "arrested 30
/// people") are civilians unless the count's noun says otherwise.
fn victims_from_counts(counts: &[CountMention], doc: &Document) -> Option<Actor> {
    let c = counts.iter().find(|c| c.role != CountRole::Subset)?;
    // The count lies in the sentence, so in the sentence's chapter.
    let at = c.span.start;
    let ctx = ActorContext {
        country_iso3: doc.country_at(at).map(|c| c.1.clone()),
        ..ActorContext::default()
    };
    // The count's own words first ("a QSD member", "two police officers"),
    // then its victim noun.
    let words = doc.text.get(c.span.start..c.span.end).unwrap_or("");
    static OFFICIALS: OnceLock<WordRegex> = OnceLock::new();
    let officials = OFFICIALS.get_or_init(|| {
        WordRegex::new(r"(?i)\b(?:president|prime minister|ministers?|governors?|mayors?|officials?|secretary|deputies|deputy|senators?|member of parliament)\b")
    });
    if officials.is_match(words) {
        return Some(Actor {
            name: government(doc, at),
            actor_type: ActorType::StateForces,
            span: None,
        });
    }
    for text in [words, c.victim_group.as_str()] {
        if let Some(a) = actors::extract(text, 0, &ctx).into_iter().next() {
            return Some(Actor {
                name: a.name,
                actor_type: a.actor_type,
                span: None,
            });
        }
    }
    Some(Actor {
        name: with_country("Civilians", doc, at),
        actor_type: ActorType::Civilians,
        span: None,
    })
}

/// "Government of Mali", or "Government" when the country is unknown; the
/// country of the text at byte offset `at`.
fn government(doc: &Document, at: usize) -> String {
    match doc.country_at(at) {
        Some((country, _)) => format!("Government of {country}"),
        None => "Government".to_string(),
    }
}

fn with_country(name: &str, doc: &Document, at: usize) -> String {
    match doc.country_at(at) {
        Some((country, _)) => format!("{name} ({country})"),
        None => name.to_string(),
    }
}

/// Who acted when the text does not say: protesters protest, rioters riot,
/// and an attack on armed forces by nobody named is by an unidentified
/// armed group (ACLED's convention).
fn default_actor1(
    event_type: &str,
    sub_event_type: &str,
    actor2: Option<&Actor>,
    told_with_verb: bool,
    doc: &Document,
    at: usize,
) -> Option<Actor> {
    let (name, actor_type) = match (event_type, sub_event_type) {
        ("Protests", _) => ("Protesters", ActorType::Protesters),
        ("Riots", _) => ("Rioters", ActorType::Rioters),
        // Arrests by no one named are the state's (ACLED codes them to the
        // government when the arresting force is unknown).
        (_, "Arrests") => ("Government", ActorType::StateForces),
        ("Battles", _) | ("Explosions/Remote violence", _) => {
            ("Unidentified Armed Group", ActorType::PoliticalMilitia)
        }
        ("Violence against civilians", "Attack")
            if actor2.is_some_and(|a| is_armed(a.actor_type)) =>
        {
            ("Unidentified Armed Group", ActorType::PoliticalMilitia)
        }
        // A killing or wounding told with its verb and whose perpetrator
        // nobody names ("a trader was shot dead in Gao") is ACLED's
        // Unidentified Armed Group, whoever the victims were. A crime only
        // named ("the unlawful killings of 39 civilians") keeps no
        // perpetrator, and neither does a disappearance (often the state's,
        // told in a trial or an inquiry).
        ("Violence against civilians", "Attack") if told_with_verb => {
            ("Unidentified Armed Group", ActorType::PoliticalMilitia)
        }
        _ => return None,
    };
    let name = if name == "Government" {
        government(doc, at)
    } else {
        with_country(name, doc, at)
    };
    Some(Actor {
        name,
        actor_type,
        span: None,
    })
}

/// ACLED codes every protest to "Protesters (Country)" and every riot to
/// "Rioters (Country)": the parties, unions and groups a text names
/// ("INC staged a protest", "CNL and CNDD-FDD fought each other") are
/// associated actors, never actor1. The force that intervened ("police
/// detained three protesters") is the other side.
fn crowd_as_actor1(
    event_type: &str,
    sub_event_type: &str,
    actor1: &mut Option<Actor>,
    actor2: &mut Option<Actor>,
    country: Option<&str>,
) {
    let (label, crowd) = match event_type {
        "Protests" => ("Protesters", ActorType::Protesters),
        "Riots" => ("Rioters", ActorType::Rioters),
        _ => return,
    };
    if actor1.as_ref().is_some_and(|a| a.actor_type == crowd) {
        return;
    }
    let span = actor1.as_ref().and_then(|a| a.span);
    // Police who detain or fire on the crowd are the other side; a
    // peaceful protest "by police officers" has only the protesters.
    if let Some(a) = actor1.take() {
        let force = matches!(a.actor_type, ActorType::StateForces | ActorType::External);
        let crowd_again = actor2.as_ref().is_some_and(|b| b.actor_type == crowd);
        if force && sub_event_type != "Peaceful protest" && (actor2.is_none() || crowd_again) {
            *actor2 = Some(a);
        }
    }
    *actor1 = Some(Actor {
        name: match country {
            Some(c) => format!("{label} ({c})"),
            None => label.to_string(),
        },
        actor_type: crowd,
        span,
    });
}

fn is_armed(t: ActorType) -> bool {
    matches!(
        t,
        ActorType::StateForces
            | ActorType::RebelGroup
            | ActorType::PoliticalMilitia
            | ActorType::IdentityMilitia
            | ActorType::External
    )
}

/// ACLED's event type and sub-event type from the acts and the actors.
/// The README's "Event types" section states these rules in words.
fn classify(
    g_or_acts: &Group,
    main: ActKind,
    actor1: Option<&Actor>,
    actor2: Option<&Actor>,
    counts: &[CountMention],
    sentence: &str,
) -> (&'static str, &'static str) {
    let has = |k: ActKind| g_or_acts.acts.iter().any(|a| a.kind == k);
    let t1 = actor1.map(|a| a.actor_type);
    let t2 = actor2.map(|a| a.actor_type);
    // An attack on a position or a checkpoint (`armed_target`) makes a
    // second side of none or civilians armed forces. Only whether the
    // second side is armed hangs on it, asked in one branch below: the
    // target is searched there, and only when the first side is armed too.
    let target_can_arm = t2.is_none_or(|t| t == ActorType::Civilians);
    // A mayor, an official or a minister (the "Government of" a country)
    // attacked is a civilian victim in ACLED's coding, not an armed side.
    let officials_hit = counts.iter().any(|c| {
        matches!(c.kind, CountKind::Killed | CountKind::Injured)
            && matches!(
                c.victim_group.as_str(),
                "officials"
                    | "employees"
                    | "mayors"
                    | "ministers"
                    | "governors"
                    | "councillors"
                    | "councilors"
                    | "prefects"
                    | "judges"
            )
    });
    let officials_victims = actor2.is_some_and(|a| a.name.starts_with("Government"))
        && officials_hit
        && matches!(main, ActKind::Kill | ActKind::Injure | ActKind::Attack);
    let t2 = if officials_victims {
        Some(ActorType::Civilians)
    } else {
        t2
    };
    // Civilians are not armed; else the side read, or a target searched.
    let t2_armed = || {
        !officials_victims
            && (t2.is_some_and(is_armed) || (target_can_arm && armed_target(sentence)))
    };
    // "one assailant was killed", "two attackers were wounded": the target
    // fought back, so it was armed.
    let attackers_hit = counts.iter().any(|c| {
        c.role != CountRole::Subset
            && matches!(c.kind, CountKind::Killed | CountKind::Injured)
            && c.best.is_some_and(|n| n > 0)
            && {
                let v = c.victim_group.to_ascii_lowercase();
                v.contains("assailant") || v.contains("attacker") || v.contains("raider")
            }
    });
    let victims_protesters = t2 == Some(ActorType::Protesters)
        || counts.iter().any(|c| {
            c.victim_group.to_lowercase().contains("protester")
                || c.victim_group.to_lowercase().contains("demonstrator")
        });
    const VAC: &str = "Violence against civilians";
    const ERV: &str = "Explosions/Remote violence";
    const SD: &str = "Strategic developments";
    // A bomb, shell or airstrike followed by fighting on the ground ("a
    // suicide car bomb followed by an armed assault", "explosions and
    // bursts of small-arms fire") is one complex attack, which ACLED codes
    // as an armed clash.
    let remote = matches!(
        main,
        ActKind::SuicideBomb
            | ActKind::Airstrike
            | ActKind::Shelling
            | ActKind::Explosive
            | ActKind::Grenade
    );
    // ACLED's "Disrupted weapons use": a device blowing up in the hands of
    // those planting it, a drone or missile shot down, or a device found and
    // defused before it hurt anyone.
    if remote || main == ActKind::Attack {
        let harmed = counts.iter().any(|c| {
            matches!(c.kind, CountKind::Killed | CountKind::Injured)
                && c.best.is_some_and(|n| n > 0)
        });
        if premature_blast(sentence)
            || shot_down(sentence)
            || remote && main != ActKind::Airstrike && defused(sentence) && !harmed
        {
            return (SD, "Disrupted weapons use");
        }
    }
    if remote && ground_fighting(sentence) {
        return ("Battles", "Armed clash");
    }
    // "Warplanes bombed a market", "helicopters dropped barrel bombs", "jets
    // struck a camp": a bomb or a strike from the air is an air strike.
    let main = if matches!(main, ActKind::Explosive | ActKind::Attack) && from_the_air(sentence) {
        ActKind::Airstrike
    } else {
        main
    };
    // Police dispersing, detaining or firing tear gas at a crowd intervene
    // in the protest.
    // (Searched only where an answer can change the type.)
    let intervention = || intervened(sentence);
    // "Police fired tear gas to disperse protesters": force short of harm
    // used on protesters is their protest, with an intervention.
    if main == ActKind::Attack
        && t1 == Some(ActorType::StateForces)
        && t2 == Some(ActorType::Protesters)
        && !has(ActKind::Kill)
        && !has(ActKind::Injure)
        && !counts
            .iter()
            .any(|c| matches!(c.kind, CountKind::Killed | CountKind::Injured))
        && intervention()
    {
        return ("Protests", "Protest with intervention");
    }
    match main {
        ActKind::SuicideBomb => (ERV, "Suicide bomb"),
        ActKind::Airstrike => (ERV, "Air/drone strike"),
        ActKind::Shelling => (ERV, "Shelling/artillery/missile attack"),
        ActKind::Explosive => (ERV, "Remote explosive/landmine/IED"),
        ActKind::Grenade => (ERV, "Grenade"),
        ActKind::Protest if t1 == Some(ActorType::Rioters) => ("Riots", "Violent demonstration"),
        ActKind::Protest => {
            let violence = has(ActKind::Kill)
                || has(ActKind::Injure)
                || has(ActKind::Attack)
                || has(ActKind::Clash);
            if violence && t1 == Some(ActorType::StateForces) {
                ("Protests", "Excessive force against protesters")
            } else if has(ActKind::Arrest) || has(ActKind::Torture) || intervention() {
                ("Protests", "Protest with intervention")
            } else if has(ActKind::Looting) || violence {
                ("Riots", "Violent demonstration")
            } else {
                ("Protests", "Peaceful protest")
            }
        }
        ActKind::Riot => {
            if has(ActKind::Protest) || t1 == Some(ActorType::Protesters) {
                ("Riots", "Violent demonstration")
            } else {
                ("Riots", "Mob violence")
            }
        }
        ActKind::TakeTerritory => {
            if t1 == Some(ActorType::StateForces) {
                ("Battles", "Government regains territory")
            } else {
                ("Battles", "Non-state actor overtakes territory")
            }
        }
        ActKind::Clash
            if has(ActKind::Protest)
                || matches!(t1, Some(ActorType::Protesters | ActorType::Rioters)) =>
        {
            ("Riots", "Violent demonstration")
        }
        ActKind::Clash => ("Battles", "Armed clash"),
        ActKind::Kill | ActKind::Injure | ActKind::Attack => {
            if victims_protesters && t1.is_none_or(|t| t == ActorType::StateForces) {
                (VAC, "Excessive force against protesters")
            } else if t1.is_none_or(is_armed) && t2_armed() {
                ("Battles", "Armed clash")
            } else if t1.is_none_or(is_armed) && (attackers_hit || repelled(sentence)) {
                // Someone fought the attackers off: the targets were armed.
                ("Battles", "Armed clash")
            } else if has(ActKind::SexualViolence) {
                (VAC, "Sexual violence")
            } else if t1 == Some(ActorType::Rioters) || t1 == Some(ActorType::Protesters) {
                ("Riots", "Mob violence")
            } else if main == ActKind::Attack
                && g_or_acts
                    .acts
                    .iter()
                    .all(|a| a.kind == ActKind::Looting || (a.kind == ActKind::Attack && a.nominal))
                && has(ActKind::Looting)
                && !has(ActKind::Kill)
                && !has(ActKind::Injure)
                && !counts.iter().any(|c| {
                    matches!(c.kind, CountKind::Killed | CountKind::Injured)
                        && c.best.is_some_and(|n| n > 0)
                })
            {
                // "an arson attack on a factory", no one hurt: the attack is
                // the burning, property destruction. (An attack on a village
                // that also burned houses stays an attack: ACLED codes those
                // both ways, most often as violence against civilians.)
                (SD, "Looting/property destruction")
            } else if main == ActKind::Attack
                && has(ActKind::Looting)
                && !has(ActKind::Kill)
                && !has(ActKind::Injure)
                && !has(ActKind::Disappear)
                && !has(ActKind::Torture)
                && !counts.iter().any(|c| {
                    matches!(c.kind, CountKind::Killed | CountKind::Injured)
                        && c.best.is_some_and(|n| n > 0)
                })
                && robbed_only(sentence)
            {
                // "Gunmen attacked a truck and stripped the passengers of
                // their belongings", no one hurt: a raid whose only outcome
                // is what was taken is looting (ACLED's Strategic
                // developments). Burning stays an attack (see above).
                (SD, "Looting/property destruction")
            } else {
                (VAC, "Attack")
            }
        }
        ActKind::Disappear => (VAC, "Abduction/forced disappearance"),
        ActKind::SexualViolence => (VAC, "Sexual violence"),
        ActKind::Torture => (VAC, "Attack"),
        // Protesters detained at their protest: ACLED codes the protest,
        // with the arrests as its intervention.
        ActKind::Arrest if victims_protesters => ("Protests", "Protest with intervention"),
        ActKind::Arrest => (SD, "Arrests"),
        ActKind::Blockade => (SD, "Non-violent activity"),
        // Protesters who loot or burn riot.
        ActKind::Looting if matches!(t1, Some(ActorType::Protesters | ActorType::Rioters)) => {
            ("Riots", "Violent demonstration")
        }
        ActKind::Looting => (SD, "Looting/property destruction"),
        ActKind::Displace => (SD, "Other"),
        ActKind::DisruptedWeapons => (SD, "Disrupted weapons use"),
        ActKind::Agreement => (SD, "Agreement"),
        ActKind::BaseEstablished => (SD, "Headquarters or base established"),
        ActKind::TransferTerritory => (SD, "Non-violent transfer of territory"),
        ActKind::NonViolent => (SD, "Other"),
    }
}

word_list! {
    /// Taking what belongs to others: "seized their livestock", "stripped
    /// the passengers of their belongings".
    robbery_words,
    r"(?i)\b(?:seized|seizing|stole|stolen|stealing|stripped|stripping|robbed|robbing|looted|looting|ransacked|pillaged|took away|carried off|made off with)\b"
}

word_list! {
    /// Harm beyond taking: burning, destroying, firing on, beating.
    beyond_robbery_words,
    r"(?i)\b(?:burn\w*|set fire|set ablaze|torch\w*|destroy\w*|fired|opened fire|shot|shooting|assault\w*|beat|beaten|beating|abduct\w*|kidnap\w*|raped?)\b"
}

/// Whether an attack told in `sentence` took things and did nothing else.
fn robbed_only(sentence: &str) -> bool {
    robbery_words(sentence) && !beyond_robbery_words(sentence)
}

/// A stable id: the same document, sentence and position give the same id
/// on every run and with any number of threads.
fn event_id(doc_id: &str, sentence_start: usize, index: usize) -> String {
    // FNV-1a, 64 bits: stable across platforms and Rust versions, unlike
    // std's hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in doc_id
        .bytes()
        .chain([0u8])
        .chain(sentence_start.to_le_bytes())
        .chain((index as u64).to_le_bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hex_id(h)
}

/// "EC" and `h` in 16 lower-case hex digits, as `format!("EC{h:016x}")`
/// writes it, without the formatter's machinery (an id for each event
/// candidate of every sentence that tells one).
fn hex_id(h: u64) -> String {
    let mut id = String::with_capacity(18);
    id.push_str("EC");
    for shift in (0..16).rev() {
        let digit = ((h >> (shift * 4)) & 0xf) as u32;
        id.push(char::from_digit(digit, 16).expect("a hex digit"));
    }
    id
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::is_page_index;
    use crate::document::{Document, Meta, ReferenceSource};
    use crate::eval::primary;
    use crate::run::process_document;

    #[derive(serde::Deserialize)]
    struct CaseFile {
        case: Vec<Case>,
    }

    #[derive(serde::Deserialize)]
    struct Case {
        name: String,
        text: String,
        published: Option<String>,
        event_type: String,
        sub_event_type: String,
        actor1: Option<String>,
        actor1_type: Option<String>,
        actor2: Option<String>,
        location: Option<String>,
        pending: Option<String>,
    }

    /// What the case's primary event got wrong, one line per field.
    fn mismatches(case: &Case) -> Vec<String> {
        let published = case
            .published
            .as_deref()
            .map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").expect("published is a date"));
        let meta = Meta {
            published,
            published_source: published.map(|_| ReferenceSource::Manifest),
            encoding: "utf-8".to_string(),
            format: "text".to_string(),
            ..Meta::default()
        };
        let doc = Document::from_text("case.txt", case.text.clone(), meta);
        let (_, assembled) = process_document(doc);
        let Some(e) = primary(&assembled.events) else {
            return vec!["no event".to_string()];
        };
        let mut out = Vec::new();
        let mut check = |field: &str, want: Option<&str>, got: Option<&str>| {
            if let Some(want) = want {
                if Some(want) != got {
                    out.push(format!("{field}: want {want:?}, got {got:?}"));
                }
            }
        };
        check(
            "event_type",
            Some(case.event_type.as_str()),
            Some(e.event_type),
        );
        check(
            "sub_event_type",
            Some(case.sub_event_type.as_str()),
            Some(e.sub_event_type),
        );
        check(
            "actor1",
            case.actor1.as_deref(),
            e.actor1.as_ref().map(|a| a.name.as_str()),
        );
        check(
            "actor1_type",
            case.actor1_type.as_deref(),
            e.actor1.as_ref().map(|a| a.actor_type.as_str()),
        );
        check(
            "actor2",
            case.actor2.as_deref(),
            e.actor2.as_ref().map(|a| a.name.as_str()),
        );
        check(
            "location",
            case.location.as_deref(),
            e.place.as_ref().map(|p| p.name.as_str()),
        );
        out
    }

    #[test]
    fn arrests_after_an_unclaimed_bombing_are_the_states() {
        let text = "A bomb exploded in a crowded market in Lahore, killing 11 people. \
                    Several students were arrested in the following days.";
        let doc = Document::from_text("t.txt", text.to_string(), Meta::default());
        let (_, assembled) = process_document(doc);
        let arrest = assembled
            .events
            .iter()
            .find(|e| e.sub_event_type == "Arrests")
            .expect("an arrest event");
        let actor1 = arrest.actor1.as_ref().expect("a perpetrator");
        assert!(
            !actor1.name.starts_with("Unidentified Armed Group"),
            "{}",
            actor1.name
        );
    }

    #[test]
    fn page_index_is_no_prose() {
        assert!(is_page_index(
            "killings (see also: death penalty) Angola 12; Chad 91; Peru 230-1; Sudan 289; Yemen 330"
        ));
        assert!(!is_page_index(
            "Soldiers killed 12 people in Gao; three more died in Ansongo; the army denied it."
        ));
        assert!(!is_page_index("Kidal 3; Gao 4"));
    }

    #[test]
    fn event_type_cases() {
        let file: CaseFile =
            toml::from_str(include_str!("../fixtures/cases/event_types.toml")).unwrap();
        assert!(file.case.len() >= 150, "at least 150 cases");
        let mut failures = Vec::new();
        for case in &file.case {
            let wrong = mismatches(case);
            match (&case.pending, wrong.is_empty()) {
                (None, false) => {
                    failures.push(format!("{}\n    {}", case.name, wrong.join("\n    ")))
                }
                (Some(_), true) => failures.push(format!(
                    "{}: now passes; remove its `pending` line",
                    case.name
                )),
                _ => {}
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            file.case.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod date_and_count_tests {
    use super::*;
    use crate::document::Meta;

    #[test]
    fn hex_id_is_what_format_writes() {
        for h in [
            0,
            1,
            0xf,
            0x0123_4567_89ab_cdef,
            u64::MAX,
            0xcbf2_9ce4_8422_2325,
        ] {
            assert_eq!(hex_id(h), format!("EC{h:016x}"));
        }
    }

    #[test]
    fn needle_agrees_with_comparing_every_window() {
        let every_window = |text: &str, needle: &str| {
            text.as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        };
        for text in [
            "The militia HAS killed 40 people since March.",
            "It hAd",
            "ha",
            "",
            "Ségou: the year’s toll, month by MONTH",
            "hhas hav have",
        ] {
            for needle in ["has", "had", "have", "year", "month", "h"] {
                assert_eq!(
                    Needle::new(needle).in_lower(&text.to_ascii_lowercase()),
                    every_window(text, needle),
                    "{needle} in {text}"
                );
            }
        }
    }

    fn events(text: &str) -> Vec<Event> {
        let doc = Document::from_text("t.txt", text.to_string(), Meta::default());
        assemble(&doc).events
    }

    /// The document's primary event, as the scorer picks it.
    fn most_killed(got: &[Event]) -> &Event {
        crate::eval::primary(got).expect("an event")
    }

    /// A primary event's dead (best estimate) and wounded.
    type Toll = (Option<u32>, Option<u32>);

    /// The primary event's dead (best estimate) and wounded.
    fn toll(text: &str) -> Toll {
        let got = events(text);
        let e = most_killed(&got);
        (e.fatalities.and_then(|f| f.best), e.injured)
    }

    /// Each text's toll of the dead and the wounded (`toll`), with the
    /// text in the message of a failure.
    fn assert_tolls(cases: &[(&str, Toll)]) {
        for &(text, want) in cases {
            assert_eq!(toll(text), want, "{text}");
        }
    }

    /// The place of a text's first event, with the events in the message
    /// of a failure.
    fn assert_first_place(text: &str, want: &str) {
        let got = events(text);
        let place = got[0].place.as_ref().expect("a place");
        assert_eq!(place.name, want, "{got:#?}");
    }

    /// The first day of the document's primary event.
    fn primary_day(got: &[Event]) -> Option<NaiveDate> {
        most_killed(got).date.as_ref().expect("a date").start
    }

    /// A vague word's coding (several 10, dozens 12) stands only alone:
    /// beside numbers the text gives for the same incident it adds nothing,
    /// while a small amount ("a few") and "as many" still add.
    #[test]
    fn a_vague_count_beside_numbers_adds_nothing() {
        assert_tolls(&[
            (
                "Four soldiers and several militiamen were killed in the clash near Tamaro.",
                (Some(4), None),
            ),
            (
                "Nine farmers died in the ambush near Kobeli. Dozens of the attackers were also killed.",
                (Some(9), None),
            ),
            (
                "A bomb killed 6 people in the market of Dalvo and wounded dozens.",
                (Some(6), Some(12)),
            ),
            ("Several villagers were killed in the raid on Gorbi.", (Some(10), None)),
            (
                "Five soldiers and as many rebels were killed in the fighting near Temba.",
                (Some(10), None),
            ),
            (
                "Gunmen killed 3 farmers and a few herders in the village of Sindo.",
                (Some(6), None),
            ),
        ]);
    }

    /// "The man killed was a driver": one of the dead named again by "the"
    /// adds no one to the toll told before, and stands alone as one.
    #[test]
    fn the_one_killed_named_again_adds_nothing() {
        assert_tolls(&[
            (
                "Gunmen shot dead two traders on the road to Kelvo. The man killed was a taxi driver.",
                (Some(2), None),
            ),
            (
                "A bomb killed four people at the Dorvo market. The teacher who was killed is yet to be named.",
                (Some(4), None),
            ),
            ("The man killed was a taxi driver from Kelvo.", (Some(1), None)),
        ]);
    }

    /// "since the start of the war" is a period up to now, like "since
    /// 2010": a toll told over it in the perfect is a tally, no incident's.
    #[test]
    fn a_running_total_since_the_start_of_a_war_is_no_event() {
        let got = events(
            "On 9 May 2014, gunmen shot dead three traders in Dakoro, Nigeria. \
             More than 300 traders have been killed since the start of the insurgency.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].fatalities.and_then(|f| f.best), Some(3));
    }

    /// "The death toll could rise to 30" fears more dead; the toll told
    /// stands.
    #[test]
    fn a_toll_feared_to_rise_is_no_toll() {
        assert_tolls(&[
            ("A car bomb killed 18 people in Kafumbe, Kenya. Officials said the death toll could rise to 30.", (Some(18), None)),
            ("A car bomb killed 18 people in Kafumbe, Kenya. The death toll later rose to 25.", (Some(25), None)),
        ]);
        // A count after a comma is no longer the feared figure.
        assert_eq!(
            toll("Gunmen shot dead 12 villagers in Kafumbe, Kenya, amid fears that the toll will climb, along with nine wounded."),
            (Some(12), Some(9))
        );
    }

    /// Attackers a news item counts dead in a sentence read as an event
    /// apart (after an abduction, at another place word) died in its
    /// incident; the attacker the lead already implies dead, named again
    /// with "the", is no one more.
    #[test]
    fn attackers_killed_apart_join_the_lead() {
        assert_tolls(&[
            ("11/30/2006: Gunmen shot dead four traders at a market in Lotu, Kenya. A girl was abducted. Two of the gunmen died there too.", (Some(6), None)),
            ("11/30/2006: Gunmen shot dead a village chief in Lotu, Kenya. Three gunmen opened fire in his house in the village of Kaba. One of the gunmen was shot dead.", (Some(2), None)),
            ("11/30/2006: A suicide bomber detonated at a hospital in Lotu, Kenya. Two bombs were defused at the scene. Aside from the death of the bomber, two guards were injured.", (Some(1), Some(2))),
        ]);
    }

    /// A part of a group already counted dead ("one of the gunmen"), told
    /// in a later sentence of the incident, is some of those dead again;
    /// with a word of more, or of a group not counted dead, it adds.
    #[test]
    fn a_part_of_the_dead_told_again_adds_no_one() {
        assert_tolls(&[
            ("One guard was killed and also two gunmen in a shootout at the depot in Lotu. One of the gunmen had tried to detonate a grenade but was shot dead by the police.", (Some(3), None)),
            ("One guard was killed and also two gunmen in a shootout at the depot in Lotu. One of the policemen was shot dead by the gunmen.", (Some(4), None)),
            ("One guard was killed and also two gunmen in a shootout at the depot in Lotu. Another of the gunmen was shot dead by the police.", (Some(4), None)),
        ]);
    }

    /// A lone suicide attacker the item then counts among the wounded
    /// lived: the death the attack implied for him goes. Told dead, or not
    /// told at all, he stays among the dead.
    #[test]
    fn a_suicide_attacker_told_wounded_lived() {
        assert_tolls(&[
            ("On 4 May 2015, a suicide bomber detonated a vest at a checkpoint in Lotu, Afghanistan. The assailant and a guard were injured in the blast.", (None, Some(2))),
            ("On 4 May 2015, a suicide bomber detonated a vest at a checkpoint in Lotu, Afghanistan. In addition to the assailant, three guards were injured.", (None, Some(4))),
            ("On 4 May 2015, a suicide bomber detonated a vest at a checkpoint in Lotu, Afghanistan. Three guards were injured.", (Some(1), Some(3))),
        ]);
    }

    /// A death named as what another act answered ("burned tyres after the
    /// death of a guard") happened before, and its victim is no one the act
    /// harmed; a sentence that only recalls a death, or tells its cause
    /// after it, keeps it.
    #[test]
    fn a_death_an_act_answered_is_no_toll_of_the_act() {
        assert_tolls(&[
            ("Youths burned tyres in Kelora after the death of a trader shot dead by gunmen.", (None, None)),
            ("Following the killing of two herders near Lotu, villagers burned the market.", (None, None)),
            ("On 3 May 2019, gunmen killed four guards at a depot in Kelora following news of the killing of three herders, who died in a raid.", (Some(4), None)),
            ("No inquiry was opened following the death of a family of five in Lotu, reportedly in an air strike.", (Some(5), None)),
        ]);
    }

    /// A death told as a condition or an open question ("if one of ours is
    /// killed", "whether the gunman was killed") harmed no one; a verb of
    /// harm with an active subject in such a clause keeps its count.
    #[test]
    fn a_death_told_as_a_condition_or_question_is_no_toll() {
        assert_tolls(&[
            ("On 3 May 2019, gunmen killed six farmers near Lotu. The gunmen shouted that if one more of their men was killed, they would burn the village.", (Some(6), None)),
            ("On 3 May 2019, a bomb killed two porters at the Kelora bus station. It is not known whether the bomber was killed.", (Some(2), None)),
            ("On 3 May 2019, police shot at a car in Lotu. It is unclear if a police bullet set off the device that killed three passengers.", (Some(3), None)),
        ]);
    }

    /// A general toll told in a later sentence of the incident ("Twelve
    /// people were killed") holds the suicide attacker as often as not, as
    /// in the attack's own sentence: the death the attack told for him gives
    /// way to it. A toll of a named group, of "other" people, or one told
    /// "not including" the attacker leaves it.
    #[test]
    fn a_later_general_toll_holds_the_suicide_attacker() {
        assert_tolls(&[
            ("Near the Kelora bus yard a suicide bomber detonated his vest. Twelve people were killed and 30 wounded.", (Some(12), Some(30))),
            ("Nine people died in Kelora on Friday. A suicide bomber had driven a car into the gate of the depot and detonated it.", (Some(9), None)),
            ("Near the Kelora bus yard a suicide bomber detonated his vest. Four soldiers were killed.", (Some(5), None)),
            ("Near the Kelora bus yard a suicide bomber detonated his vest. At least six other people were killed.", (Some(7), None)),
            ("One of two suicide bombers detonated himself on a bus in Kelora. Eight people, not including the bomber, were killed.", (Some(9), None)),
        ]);
    }

    /// "of them" after people counted wounded, with no dead counted yet:
    /// the wounded who died are more dead; after a toll of the dead, "of
    /// them" stays a part of it.
    #[test]
    fn the_wounded_who_died_are_dead() {
        assert_tolls(&[
            ("Gunmen fired on a minibus near Kafumbe, Kenya. Five passengers were wounded. Two of them died in hospital the next day.", (Some(2), Some(5))),
            ("Gunmen killed three passengers and wounded five near Kafumbe, Kenya. Two of them died in hospital the next day.", (Some(3), Some(5))),
        ]);
    }

    /// A running total over a period is no incident: its toll neither adds
    /// to the event told before it nor makes an event of its own.
    #[test]
    fn a_running_total_since_a_year_is_no_event() {
        let got = events(
            "On 9 May 2014, gunmen shot dead three traders in Jos, Nigeria. \
             The insurgency has killed more than 12,000 people since 2010.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].fatalities.and_then(|f| f.best), Some(3));
        let got = events(
            "On 2 June 2015, a bomb killed five people at a market in Gombe. \
             Since 2012, at least 40 aid workers have been killed in the region.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].fatalities.and_then(|f| f.best), Some(5));
        let got = events(
            "On 4 April 2016, soldiers killed two farmers near Kidal. \
             Raids by the group have left 200 dead so far this year.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(2));
    }

    /// "He was wounded" is one person wounded, but "was fatally wounded" and
    /// "was wounded and later succumbed" are deaths.
    #[test]
    fn a_country_in_its_own_words_beats_the_paragraphs_place_abroad() {
        let got = events(
            "On 3 May 2020, police in Kano arrested 12 traders. In Ghana, four \
             journalists were detained on 5 May 2020. A citizen of Togo was \
             also detained there on 6 May 2020.",
        );
        let places: Vec<&str> = got
            .iter()
            .map(|e| e.place.as_ref().map_or("", |p| p.name.as_str()))
            .collect();
        // "of Togo" tells who, not where: the paragraph's Kano stays.
        assert_eq!(places, vec!["Kano", "Ghana", "Kano"]);
    }

    #[test]
    fn a_years_tally_is_no_incident() {
        for text in [
            "More than 900 people were murdered during the year, police figures showed.",
            "In the first eight months of 2009, 64 deaths in custody were recorded.",
        ] {
            let got = events(text);
            assert!(
                got.iter().all(|e| e.fatalities.is_none()),
                "{text}: {:?}",
                got.iter().map(|e| e.fatalities).collect::<Vec<_>>()
            );
        }
        // A month is an incident's time, not a year's tally.
        let got = events("In March 2009, gunmen murdered 9 traders near the market.");
        assert_eq!(got[0].fatalities.and_then(|f| f.best), Some(9));
    }

    #[test]
    fn a_singular_passive_wounding_counts_one() {
        let got = events("On 3 May 2019, gunmen attacked a shopkeeper in Kano. He was wounded.");
        assert_eq!(most_killed(&got).injured, Some(1));
        let got = events("On 3 May 2019, a guard was fatally wounded in Kano.");
        assert_eq!(most_killed(&got).injured, None);
    }

    /// A group counted in the lead and named again with "the", "all of the"
    /// or "both" is the group killed or wounded; a zero said of the other
    /// side does not undo it.
    #[test]
    fn a_group_named_again_is_the_group_harmed() {
        assert_tolls(&[
            ("On 3 May 2019, nine gunmen raided a depot near Kelora. Two guards were killed and five were wounded. All of the gunmen were shot dead.", (Some(11), Some(5))),
            ("On 3 May 2019, three gunmen attacked a police post in Dumaro. The attackers were killed by the guards; there were no casualties among the police.", (Some(3), None)),
            ("On 3 May 2019, gunmen opened fire on four women in a market in Kelora. The women were injured in the attack.", (None, Some(4))),
        ]);
    }

    /// Attackers named again may be those the lead counted by another word
    /// as its opening subject ("Three men from Lotu ... The assailants"),
    /// and may be the object of their killing ("shot and killed the
    /// assailants"); a number opening the lead that counts people harmed
    /// is not theirs.
    #[test]
    fn attackers_named_again_are_the_lead_subject_or_the_object_killed() {
        assert_tolls(&[
            ("On 3 May 2019, three men from Lotu opened fire on a checkpoint in Kelora, killing one guard. The assailants were all shot dead by the police.", (Some(4), None)),
            ("On 3 May 2019, two assailants stabbed a trader in a market in Kelora. A guard shot and killed the assailants.", (Some(2), Some(1))),
            ("On 3 May 2019, two soldiers were killed when militants attacked a post in Kelora. The militants were killed by the guards.", (Some(2), None)),
        ]);
    }

    /// An item written for one of several incidents that gives their joint
    /// toll "across both blasts" keeps its share of it; a toll of its own,
    /// or a report's totals, stay whole.
    #[test]
    fn a_toll_across_several_incidents_is_shared() {
        assert_tolls(&[
            ("On 3 May 2019, a car bomb exploded near a checkpoint in Kelora, Syria. It was one of two car bombs set off in Kelora that day. At least 21 people died and 40 were hurt across both blasts.", (Some(11), Some(20))),
            ("On 3 May 2019, gunmen attacked a police post in Dumaro, Mali. It was one of three raids on police posts that night. Six police officers were killed and two were wounded across the attacks.", (Some(2), Some(1))),
            ("On 3 May 2019, a car bomb exploded near a checkpoint in Kelora, Syria. It was one of two car bombs set off in Kelora that day. At least 21 people died in the blast.", (Some(21), None)),
        ]);
    }

    /// A total for several blasts, then one of them told by its ordinal
    /// with a toll of its own: the item is about that one. Where it tells
    /// every blast by its ordinal, or the one it tells has no toll, the
    /// total stands.
    #[test]
    fn a_total_before_one_blast_told_by_its_ordinal_gives_way_to_its_toll() {
        assert_tolls(&[
            ("On 4 June 2015, bombs went off at three bus stops in Varessa, Kenya. The bombs killed a total of 19 people and wounded 52. The second blast hit the stop near the Kolu bakery, killing seven people and wounding 20. Police later defused two more devices.", (Some(7), Some(20))),
            ("On 4 June 2015, bombs went off at three bus stops in Varessa, Kenya. The bombs killed a total of 19 people and wounded 52. The second blast hit the stop near the Kolu bakery. Police later defused two more devices.", (Some(19), Some(52))),
            ("On 4 June 2015, two bombs went off in Varessa, Kenya, killing a total of 19 people. The first blast, at the Kolu bakery, killed seven. The second blast, at the Oda market, killed 12.", (Some(19), None)),
        ]);
    }

    /// An item of more than ten sentences that tells one of a series of
    /// attacks (how the attackers came, who claimed them) still gives its
    /// own toll, not the series' total.
    #[test]
    fn a_long_item_of_one_attack_in_a_series_keeps_its_own_toll() {
        let text = "On 4 June 2019, two gunmen opened fire at the bus station in Kelora, Syria, killing 12 people. \
                    The attack was one of five coordinated attacks at various places in Kelora in which a total of 90 people were killed. \
                    The gunmen had arrived by boat the night before. \
                    They split into teams of two. \
                    Each team hailed a taxi. \
                    The two gunmen at the station later moved to a hospital. \
                    One of them was captured at a roadblock. \
                    The other escaped into the old town. \
                    A previously unknown group claimed the attacks. \
                    The claim has not been confirmed. \
                    Officials suspected a foreign group. \
                    The group denied any role.";
        assert_eq!(toll(text).0, Some(12));
    }

    /// The joint toll's other wordings: "across the ensuing clashes", a
    /// clause of the item's "one of N", "in the two attacks", and "a total
    /// of" in an item that is one of N. A toll of the item's own incident
    /// stands and the joint toll gives nothing; "in this attack" keeps a
    /// count out of the share.
    #[test]
    fn a_joint_toll_told_in_other_words_is_shared() {
        assert_tolls(&[
            ("On 3 May 2019, gunmen burned houses in Dumaro, Mali. It was one of three raids the gang carried out around Dumaro that day. Four soldiers and eleven gunmen were killed across the ensuing clashes.", (Some(5), None)),
            ("On 3 May 2019, a car bomb exploded near a market in Kelora, Syria. The blast was the first of two bombings that morning in which at least 30 people died and 50 were hurt.", (Some(15), Some(25))),
            ("On 3 May 2019, two gunmen opened fire on a bus station in Kelora, Syria. It was one of three raids on the city that night. At least ten people were killed and 16 were wounded in the two attacks near the station.", (Some(5), Some(8))),
            ("On 3 May 2019, a motorcycle bomb exploded near a bar in Dumaro, Mali. This was one of three related bombings in the town. A total of six people were killed and 30 were wounded.", (Some(2), Some(10))),
            ("On 3 May 2019, three people were killed when a bomb exploded on a bus in Kelora, Syria. The blast was one of five coordinated attacks in the city that killed a total of 60 people.", (Some(3), None)),
            ("On 3 May 2019, a car bomb exploded near a checkpoint in Kelora, Syria. It was one of two car bombs set off at the checkpoint. Nine people died in this attack, while 40 were hurt across both attacks.", (Some(9), Some(20))),
        ]);
    }

    /// A toll that includes the attackers holds their deaths told
    /// elsewhere; "in addition to the assailants" adds as many as the item
    /// said there were; "not including the bomber" leaves him out.
    #[test]
    fn attackers_inside_a_stated_toll_are_counted_once() {
        assert_tolls(&[
            ("On 3 May 2019, three suicide bombers stormed a police post in Dumaro, Mali, and detonated their vests. Eight people, including the bombers, were killed.", (Some(8), None)),
            ("On 3 May 2019, four suicide bombers raided an army camp in Dumaro, Mali. In addition to the assailants, two soldiers were killed.", (Some(6), None)),
            ("On 3 May 2019, two suicide bombers attacked a checkpoint in Dumaro, Mali. One bomber was shot dead by the guards while the other detonated his vest. In addition to the assailants, five soldiers were killed.", (Some(7), None)),
            ("On 3 May 2019, a suicide bomber detonated himself on a bus in Kelora, Syria. Seven people, not including the bomber, were killed.", (Some(8), None)),
        ]);
    }

    /// "No one was killed" counts nobody: the singular passive is not one
    /// person named.
    #[test]
    fn no_one_killed_is_zero_not_one() {
        let got = events("Gunmen stormed a bank in Lagos on 3 May 2018. No one was killed.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].fatalities.and_then(|f| f.best), Some(0));
        let got = events("On 3 May 2018, a trader was killed in Lagos.");
        assert_eq!(got[0].fatalities.and_then(|f| f.best), Some(1));
    }

    /// A campaign told in the perfect as the sentence's subject is a
    /// tally too, and a comma inside its number ends no clause.
    #[test]
    fn a_campaign_tallied_in_the_perfect_is_no_event() {
        let got = events(
            "On 6 June 2011, gunmen killed four police officers in Kano. \
             The offensive began in early May and has left more than 1,300 fighters dead.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(4));
        // "War crimes" is no campaign.
        let got = events(
            "War crimes investigators said soldiers had killed 12 villagers near Gulu on 3 March 2004.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(12));
    }

    /// A toll told in the second sentence is the whole that a later list
    /// adding up to it breaks down; a later single count still adds.
    #[test]
    fn a_toll_told_after_the_first_sentence_is_broken_down() {
        let got = events(
            "On Monday, militants fired a mortar at a house in Kandra, Pakistan. \
             Three people were killed by the shell. The roof fell in. \
             The blast destroyed the house, killing two women and a girl of the family.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(3));
        let got = events(
            "On Monday, gunmen fired at a truck in Kandra, Pakistan. \
             The driver was killed. A passing cyclist was killed when the truck hit him.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(2));
    }

    /// A toll of people told after the first sentence is the whole that a
    /// later list naming who they were breaks down, though the list names
    /// fewer; dead told with "also" in another clash still add.
    #[test]
    fn a_general_toll_after_the_first_sentence_holds_its_named_parts() {
        assert_tolls(&[
            ("On 2 March 2010, a suicide bomber set off his explosives in a mosque near Lotu, Pakistan. At least 30 people were killed and 90 injured. Nine police officers and two soldiers were killed in the blast.", (Some(30), Some(90))),
            ("On 2 March 2010, a bomber set off his explosives in a mosque near Lotu, Pakistan. At least 30 people were killed and 90 injured. Nine police officers and two soldiers were also killed in a clash nearby.", (Some(41), Some(90))),
        ]);
    }

    /// A date alone in its sentence ("11/02/2009.") is the item's dateline:
    /// the weekday that opens the next sentence falls on or before it.
    #[test]
    fn a_weekday_after_a_bare_dateline_is_read_against_it() {
        let doc = Document::from_text(
            "t.txt",
            "11/02/2009. On Monday, gunmen shot dead two guards at a bank in Quetta, Pakistan."
                .to_string(),
            Meta {
                published: NaiveDate::from_ymd_opt(2010, 1, 20),
                ..Meta::default()
            },
        );
        let got = assemble(&doc).events;
        assert_eq!(primary_day(&got), NaiveDate::from_ymd_opt(2009, 11, 2));
    }

    /// What only looks like a running total stays an event: a time that is
    /// no period up to now ("in the last weeks of 2013"), and one act
    /// reported in the perfect infinitive.
    #[test]
    fn a_dated_act_in_the_perfect_is_still_an_event() {
        let got = events(
            "In the last weeks of 2013, four border guards were reported to have been killed by smugglers in Tessalit.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(4));
        let got = events(
            "In March, two activists held since 2011 were reported to have been sentenced to death in Tehran.",
        );
        assert!(!got.is_empty());
    }

    /// Regression for the unnamed-perpetrator default: killings only named
    /// in a statement ("the unlawful killings of 25 civilians") get no
    /// Unidentified Armed Group; one told with its verb does.
    #[test]
    fn only_a_killing_told_with_its_verb_gets_an_unidentified_perpetrator() {
        let named = events(
            "The unlawful killings of 25 civilians in Ogossagou in March 2021 must be investigated, the organisation said.",
        );
        assert_eq!(named[0].event_type, "Violence against civilians");
        assert!(named[0].actor1.is_none(), "{:?}", named[0].actor1);
        let told = events("On 11 May 2021, a bus driver was shot dead in Gao, Mali.");
        let actor1 = told[0]
            .actor1
            .as_ref()
            .expect("an unidentified perpetrator");
        assert!(
            actor1.name.starts_with("Unidentified Armed Group"),
            "{}",
            actor1.name
        );
    }

    /// "An attack on a village in northern Niger": an unnamed village, so
    /// the event has its country and no location; a country named alone
    /// ("in Niger") stays the event's place.
    #[test]
    fn an_unnamed_village_in_a_country_leaves_the_location_empty() {
        let got = events(
            "On 4 March 2022, gunmen killed 31 people in an attack on a small village in western Niger.",
        );
        let place = got[0].place.as_ref().expect("a place");
        assert_eq!(place.name, "");
        assert_eq!(place.iso3.as_deref(), Some("NER"));
        let named = events("On 4 March 2022, gunmen killed 31 people in Niger.");
        assert_eq!(
            named[0].place.as_ref().map(|p| p.name.as_str()),
            Some("Niger")
        );
    }

    #[test]
    fn the_same_attack_told_again_with_another_act_gives_its_place() {
        let got = events(
            "Two soldiers died in a roadside bombing in the desert. The bomb hit an army \
             patrol as it passed the North Sinai town of Rafah.",
        );
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Rafah");
        // A wave's field with its bearing stays the place.
        let wave = events(
            "Bombings across northern Iraq killed 14 people. Most died in blasts in Tikrit, \
             where a car bomb wounded 30.",
        );
        let place = most_killed(&wave).place.as_ref().expect("a place");
        assert_eq!(place.name, "Iraq");
    }

    #[test]
    fn a_region_in_a_body_s_name_yields_to_the_town_the_sentence_opens_on() {
        let got = events(
            "On Monday, in Baqubah, Diyala, Iraq, two gunmen stormed the Diyala council \
             building and killed four guards.",
        );
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Baqubah");
    }

    #[test]
    fn a_sentence_on_the_same_attack_keeps_its_town_over_the_region() {
        let got = events(
            "Gunmen opened fire on a checkpoint in Kalbarosh village, Nangarhar province, \
             Afghanistan. This was one of three attacks in Nangarhar on that day. Nine \
             soldiers were killed across the attacks.",
        );
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Kalbarosh");
    }

    /// A province written after the lead's district ("Kelvar district,
    /// Van province") and named again by a sentence on the same attack is
    /// read as the province that holds the district, even where a city of
    /// the same name lies in it.
    #[test]
    fn a_sentence_on_the_same_attack_keeps_its_district_over_the_province_named_again() {
        let got = events(
            "Gunmen attacked soldiers in Kelvar district, Van province, Turkey. This was one \
             of two attacks in Van on that day. Two soldiers were killed.",
        );
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Kelvar");
    }

    /// Titles written together name one person ("the deputy chief", "the
    /// chief commander"); titles apart name one each.
    #[test]
    fn titles_written_together_are_one_person() {
        let one = events(
            "On 3 May 2020, gunmen killed the deputy chief of the police at Kalpora village, \
             while two soldiers were injured.",
        );
        assert_eq!(one[0].fatalities.and_then(|f| f.best), Some(1));
        let two = events(
            "On 3 May 2020, soldiers killed the governor and the chief commander of the rebels \
             in Kalpora village, while two soldiers were injured.",
        );
        assert_eq!(two[0].fatalities.and_then(|f| f.best), Some(2));
    }

    #[test]
    fn an_incident_title_names_a_place_the_gazetteer_lacks() {
        let got = events("2011 Varnel Hills massacre: gunmen shot eleven farm workers.");
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Varnel Hills");
        let bare = events("Kelto hostage crisis");
        let place = bare
            .first()
            .and_then(|e| e.place.as_ref())
            .expect("a place");
        assert_eq!(place.name, "Kelto");
        // A month is no place, and a name read from the item wins.
        let dated = events("March 2011 Varnel bombing: a bomb killed two people in Tarsk.");
        let place = most_killed(&dated).place.as_ref().map(|p| p.name.as_str());
        assert_ne!(place, Some("March"));
    }

    /// A news item headed by the incident's name ("2019 Mombasa bombing:")
    /// is coded to the headline's town, not to the street or quarter the
    /// item names; a headline with two towns leaves each event its own.
    #[test]
    fn a_headline_names_the_incidents_place() {
        let got = events(
            "2019 Mombasa bombing: A bomb went off at a bus stop in Likoni, killing six people and wounding 20.",
        );
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Mombasa");
        let two = events(
            "2019 Mombasa and Malindi bombings: A bomb went off at a bus stop in Likoni, killing six people.",
        );
        let place = most_killed(&two).place.as_ref().expect("a place");
        assert_eq!(place.name, "Likoni");
        // The headline's town under another name in the item is written
        // as the headline names it.
        let renamed = events(
            "2012 Ho Chi Minh City bombing: A bomb went off at a market in Saigon, killing four people.",
        );
        let place = most_killed(&renamed).place.as_ref().expect("a place");
        assert_eq!(place.name, "Ho Chi Minh City");
        // A long item keeps the headline's place for its paragraph.
        let long = events(
            "2019 Mombasa bombing: A bomb went off at a bus stop in Likoni. The device was small. \
             It was hidden in a bag. The bag lay under a bench. Police cordoned off the street. \
             Witnesses heard a loud bang. Shops closed early. Traffic was diverted. \
             Investigators came from Nairobi. They collected fragments. \
             Officers later said that the blast killed six people in Likoni.",
        );
        let place = most_killed(&long).place.as_ref().expect("a place");
        assert_eq!(place.name, "Mombasa");
        // A dated headline that lost its colon.
        let glued = events(
            "2019 Mombasa bombing Two men set off a bomb at a bus stop in Likoni, killing six people.",
        );
        let place = most_killed(&glued).place.as_ref().expect("a place");
        assert_eq!(place.name, "Mombasa");
        // Without a date it is a sentence, and its own place stands.
        let plain = events("Mombasa gangs attack Likoni traders, killing six people.");
        let place = most_killed(&plain).place.as_ref().expect("a place");
        assert_ne!(place.name, "Mombasa");
    }

    /// A title's place the gazetteer lacks ("Ozvarekh massacre:") places the
    /// events the item sets only in a country.
    #[test]
    fn a_titles_place_outdoes_a_country() {
        let got =
            events("Ozvarekh massacre: gunmen killed 26 hostages at a school in northern Israel.");
        let place = most_killed(&got).place.as_ref().expect("a place");
        assert_eq!(place.name, "Ozvarekh", "{got:#?}");
        // The event keeps its country.
        assert_eq!(
            most_killed(&got).country.as_ref().map(|c| c.0.as_str()),
            Some("Israel"),
            "{got:#?}"
        );
    }

    /// A place in front of an airline's, a bank's or a regiment's head
    /// word names the body: the sentence's other place wins, and with none,
    /// the place of the sentence before.
    #[test]
    fn a_place_naming_a_bank_or_a_regiment_yields_to_the_scene() {
        assert_first_place(
            "On 2 May 2019, four gunmen robbed a Karachi Bank branch in Quetta and escaped with the cash.",
            "Quetta",
        );
        let got = events(
            "On 9 July 2018, a roadside bomb went off near a market in Kohat. Gunmen then fired on Punjab Rifles soldiers who reached the scene, killing two of them.",
        );
        assert!(
            got.iter()
                .all(|e| e.place.as_ref().is_some_and(|p| p.name == "Kohat")),
            "{got:#?}"
        );
    }

    /// A country the act's part names ("a rally of the Kelo Front
    /// (Bangladesh)") is the last resort: the sentence's town wins.
    #[test]
    fn a_country_in_the_acts_part_gives_way_to_the_sentences_town() {
        assert_first_place("On 4 March 2015, an assailant threw a bomb at a rally of the Kelo Front (Bangladesh) in Dhaka city, Dhaka division.", "Dhaka");
    }

    /// A region a later sentence names ("the governor of the Anbar
    /// province") holds the paragraph's town and does not replace it: the
    /// next sentence with no place of its own is still at the town.
    #[test]
    fn a_region_holding_the_paragraphs_town_does_not_replace_it() {
        let got = events(
            "On 9 May 2011, gunmen shot dead a police officer in central Ramadi, Iraq. The governor of the Anbar province condemned the killing. Later that day, two of his guards were wounded by a roadside bomb.",
        );
        let last = got.last().expect("an event");
        let place = last.place.as_ref().expect("a place");
        assert_eq!(place.name, "Ramadi", "{got:#?}");
    }

    /// Where the wounded were taken is not where they were wounded, though
    /// the hospital's town is the more specific place.
    #[test]
    fn a_hospitals_town_is_not_the_events_place() {
        assert_first_place("On 3 June 2021, two herders were shot and wounded in the Mopti region and were rushed to hospital in Sevare.", "Mopti");
    }

    /// A short item's placeless event takes the place its item names
    /// later, unless another incident is told on the way.
    #[test]
    fn an_item_with_no_place_before_its_later_sentence_takes_that_place() {
        // The lead names no place at all: the later sentence says where.
        let got = events(
            "Two guards were shot dead by gunmen on a motorbike. The guards had been posted to a school in Douentza.",
        );
        let place = got[0].place.as_ref().expect("a place");
        assert_eq!(place.name, "Douentza", "{got:#?}");
        // A later sentence's own event of another kind is another incident.
        let got = events(
            "Two guards were shot dead by gunmen on a motorbike. Their deaths led to a protest by traders in Douentza.",
        );
        let shooting = got.iter().find(|e| e.event_type != "Protests");
        assert!(
            shooting.is_some_and(|e| e.place.as_ref().is_none_or(|p| p.name != "Douentza")),
            "{got:#?}"
        );
    }

    /// A victim's home town, written after his age, is not where he was
    /// attacked: the sentence's other place is, else the paragraph's.
    #[test]
    fn a_home_town_after_an_age_is_not_the_events_place() {
        let got = events(
            "On 3 June 2021, Ravi Tamang, 24, from Sevare, was shot dead at a checkpoint near Douentza.",
        );
        let place = got[0].place.as_ref().expect("a place");
        assert_eq!(place.name, "Douentza", "{got:#?}");
        let got = events(
            "On 3 June 2021, a gunman opened fire on soldiers near Douentza. The attacker, Ravi Tamang 24, of Sevare, was shot dead by troops.",
        );
        for e in &got {
            let place = e.place.as_ref().expect("a place");
            assert_eq!(place.name, "Douentza", "{got:#?}");
        }
        // A number after a month is a date, and a name with a number ("Ward
        // 10 of") a part of the town.
        assert_first_place(
            "On 3 June 2021, soldiers were shot dead on May 12, from Sevare.",
            "Sevare",
        );
    }

    /// A trip's start is where the victims came from; the later sentence
    /// that retells the incident says where it happened.
    #[test]
    fn a_trips_start_gives_way_to_the_retold_incidents_place() {
        assert_first_place("On 4 March 2019, a bus travelling from Quetta to Karachi overturned after a bomb went off under its seats, killing five passengers. The blast occurred in the Jhal Magsi district of Balochistan province.", "Jhal Magsi");
    }

    /// A country a rocket was launched from does not hold the town it hit.
    #[test]
    fn a_country_shots_came_from_gives_way_to_the_town_they_hit() {
        assert_first_place("On 2 May 2018, two rockets launched from Syria hit a house in a Turkish border town, killing a child. The rockets fell in the town of Kilis.", "Kilis");
    }

    /// The prison a detainee was transferred to is not where the next
    /// sentence's arrest happened.
    #[test]
    fn a_place_of_transfer_is_not_carried_to_the_next_sentence() {
        let got = events(
            "On 2 May 2022, a journalist was abducted by unknown men before being transferred to Niamey civil prison. A teacher was arrested on 9 May 2022 by the gendarmerie.",
        );
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(
            got[0].place.as_ref().map(|p| p.name.as_str()),
            Some("Niamey")
        );
        assert!(
            got[1].place.as_ref().is_none_or(|p| p.name != "Niamey"),
            "{:?}",
            got[1].place
        );
    }

    /// A short report with a date but no act word and no armed actor is
    /// still about one thing: one event, on its date, at its place.
    #[test]
    fn a_dated_brief_without_an_actor_is_one_event() {
        let got = events(
            "On 14 March 2021, the regional governor closed the checkpoint at Kostiantynivka, Ukraine, to civilian traffic.",
        );
        assert_eq!(got.len(), 1);
        let date = got[0].date.as_ref().expect("a date");
        assert_eq!(date.start, NaiveDate::from_ymd_opt(2021, 3, 14));
        assert_eq!(got[0].event_type, "Strategic developments");
    }

    /// "[coded to Thessaloniki-East Thessaloniki]": the note's coded place wins over
    /// the quarter it names first, even when the place found is the last
    /// word of the coded name.
    #[test]
    fn a_place_coded_to_in_brackets_wins_over_the_quarter() {
        let got = events(
            "On 2 March 2021, about 300 youths threw stones at police in Kalamaria [coded to Thessaloniki-East Thessaloniki] after a football match.",
        );
        let place = got[0].place.as_ref().expect("a place");
        assert_eq!(place.name, "Thessaloniki");
    }

    /// An undated note with no act word ("workers in X went on strike")
    /// is still one event, at the place it names.
    #[test]
    fn an_undated_brief_without_an_act_is_one_event_at_its_place() {
        let got = events("Dock workers in Durban stopped work over unpaid wages.");
        assert_eq!(got.len(), 1);
        let place = got[0].place.as_ref().expect("a place");
        assert_eq!(place.name, "Durban");
        assert!(got[0].date.is_none());
    }

    /// A news item of several sentences that names no act word is still
    /// one incident, dated by its first date.
    #[test]
    fn a_dated_news_item_of_several_sentences_without_an_act_is_one_event() {
        let got = events(
            "On 9 August 2015, workers found a parcel of explosives under a bench in Ostrava, Czech Republic. The parcel held a timer that was not set. Officers closed the square for three hours. Nobody claimed the parcel. The police opened an inquiry.",
        );
        assert_eq!(got.len(), 1);
        let date = got[0].date.as_ref().expect("a date");
        assert_eq!(date.start, NaiveDate::from_ymd_opt(2015, 8, 9));
    }

    /// A killing named as what an attack answered ("a response to the
    /// killing of ...", "because soldiers had killed ...") is background,
    /// not the document's event: its day and toll stay out.
    #[test]
    fn a_killing_given_as_the_reason_is_background() {
        for text in [
            "On 2 July 2016, a man set fire to a mosque in Leeds, England. Police said the arson was a response to the killing of two men in Bradford on 28 June 2016.",
            "On 2 July 2016, rebels burned a police post in Kasese, Uganda, because soldiers had killed four of their fighters on 28 June 2016.",
        ] {
            let got = events(text);
            let first = got.first().expect("an event");
            assert_eq!(killed_total(text), 0, "{text}");
            let date = first.date.as_ref().expect("a date");
            assert_eq!(date.start, NaiveDate::from_ymd_opt(2016, 7, 2), "{text}");
        }
    }

    /// In a short item, violence told in the past perfect after the lead
    /// incident, of another time or in a relative clause, is background:
    /// its toll neither adds to the lead nor outranks it. A past perfect
    /// alone still tells the incident.
    #[test]
    fn a_past_perfect_killing_after_the_lead_is_background() {
        let got = events(
            "On 3 March 2012, gunmen shot dead two guards at a bank in Mombasa, Kenya. \
             Police said the same gang had killed nine people in a similar raid in 2010.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(2));
        let text = "Three people were wounded when a grenade hit a wedding party in Goma. \
                    The party was for two dead herders who had been shot by rebels earlier.";
        assert_eq!(killed_total(text), 0, "{text}");
        let got = events(
            "On 3 March 2012, gunmen ambushed an army convoy near Gao, Mali. \
             At least 14 soldiers had been killed.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(14));
    }

    /// In a short item, violence a sentence sets at another time in its own
    /// clause ("in 2009", "the week before") after the lead incident is
    /// background; a time in another clause ("after the plot was found
    /// last week") leaves the act alone.
    #[test]
    fn a_killing_of_another_time_after_the_lead_is_background() {
        let got = events(
            "A grenade blast at a bus stop in Garissa killed three commuters. \
             A bombing at the same bus stop killed more than 30 people in 2014.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(3));
        let got = events(
            "On 5 May 2019, police arrested a gang leader in Mombasa, Kenya. \
             The gang shot dead 11 guards after the plan was discovered last week.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(11));
    }

    /// A relative clause that sets a death at its own earlier time recalls
    /// another incident; a clause dated as the event keeps its toll.
    #[test]
    fn a_relative_clause_of_an_earlier_time_is_background() {
        let got = events(
            "On 4 June 2019, police arrested the leader of the gang behind the \
             bombing in Lotuma which killed 12 people in March 2018.",
        );
        assert!(got
            .iter()
            .all(|e| e.fatalities.and_then(|f| f.best).is_none()));
        let got = events(
            "On 4 June 2019, police arrested the leader of the gang behind a \
             siege in Lotuma that killed 9 guards last fall.",
        );
        assert!(got
            .iter()
            .all(|e| e.fatalities.and_then(|f| f.best).is_none()));
        let got = events(
            "On 4 June 2019, gunmen stormed a bank in Lotuma, an attack which \
             killed 7 people on 4 June 2019.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(7));
    }

    /// A relative clause on an attack that people are tied to ("involved
    /// in", "suspected of") recalls that attack: its toll is not the
    /// event's, whose own count stays; a main verb between the tie and the
    /// clause ends the tie.
    #[test]
    fn a_relative_clause_on_an_attack_people_are_tied_to_is_background() {
        let got = events(
            "On 4 June 2019, soldiers killed 4 fighters involved in a raid on \
             Lotuma that killed 30 herders.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(4));
        let got = events(
            "On 4 June 2019, police arrested two men suspected of the bombing \
             of a bus in Lotuma which killed 11 people.",
        );
        assert!(got
            .iter()
            .all(|e| e.fatalities.and_then(|f| f.best).is_none()));
        let got = events(
            "On 4 June 2019, farmers accused of theft in Lotuma said that \
             soldiers killed 3 of their sons.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(3));
    }

    /// A date set off by a colon at the head of the item dates its first
    /// sentence, before a wider span told inside it.
    #[test]
    fn a_date_heading_the_item_dates_its_first_sentence() {
        let got = events(
            "06/23/2012: Between 20 and 25 June 2012, four parcel bombs were sent to offices in Lyon, France.",
        );
        let date = got.first().and_then(|e| e.date.as_ref()).expect("a date");
        assert_eq!(date.start, NaiveDate::from_ymd_opt(2012, 6, 23));
    }

    /// Hostages killed days after their abduction: one incident, dated from
    /// the abduction, whose toll it carries.
    #[test]
    fn hostages_killed_later_keep_the_abductions_day() {
        let got = events(
            "On 4 June 2019, gunmen kidnapped three traders near Kaya, Burkina Faso. Two of the hostages were killed on 7 June 2019.",
        );
        let killed = most_killed(&got);
        assert_eq!(killed.fatalities.and_then(|f| f.best), Some(2));
        assert_eq!(primary_day(&got), NaiveDate::from_ymd_opt(2019, 6, 4));
        // The held people named again by their number ("the two men").
        let got = events(
            "On 4 June 2019, gunmen kidnapped two herders near Kaya, Burkina Faso. The kidnappers executed the two men in a forest on 7 June 2019.",
        );
        assert_eq!(primary_day(&got), NaiveDate::from_ymd_opt(2019, 6, 4));
    }

    /// The day a fight ended ("lasted until 5 May") is not the day it began:
    /// the paragraph's date is.
    #[test]
    fn a_clash_that_lasted_until_a_day_starts_on_the_paragraphs_day() {
        let got = events(
            "On 3 May 2018, gunmen attacked the police station in Kidal, Mali. Four officers were killed in a gunfight that lasted until 5 May 2018.",
        );
        let killed = most_killed(&got);
        assert_eq!(killed.fatalities.and_then(|f| f.best), Some(4));
        assert_eq!(primary_day(&got), NaiveDate::from_ymd_opt(2018, 5, 3));
    }

    /// A year named for something else in the sentence ("an attempted
    /// murder in 2018") does not replace the day the event is told on.
    #[test]
    fn a_bare_year_yields_to_the_events_day() {
        let got = events(
            "On 17 December 2019, gunmen shot dead a fisherman in Youni; he had survived an attempt on his life in 2018.",
        );
        let date = got[0].date.as_ref().expect("a date");
        assert_eq!(date.start, NaiveDate::from_ymd_opt(2019, 12, 17));
    }

    /// A death from wounds on a later day belongs to the attack that caused
    /// them: one event, on the day of the attack.
    #[test]
    fn a_death_from_wounds_joins_the_attack() {
        let got = events(
            "Two gunmen opened fire on Ali Musa, a police inspector, at his home in Peshawar on 31 July 2013. Musa died from his injuries on 1 August 2013.",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
        let date = got[0].date.as_ref().expect("a date");
        assert_eq!(date.start, NaiveDate::from_ymd_opt(2013, 7, 31));
    }

    /// "Among the dead were ..." names who the dead of the sentence before
    /// were; it adds no one to the toll.
    #[test]
    fn among_the_dead_adds_no_one() {
        let got = events(
            "A car bomb killed 14 people at the market in Kabul on 3 May 2015. Among the dead were three women and two children.",
        );
        let killed: u32 = got
            .iter()
            .filter_map(|e| e.fatalities.and_then(|f| f.best))
            .sum();
        assert_eq!(killed, 14, "{got:#?}");
    }

    #[test]
    fn two_of_the_injured_in_a_later_sentence_adds_no_one() {
        let got = events(
            "Rebels wounded six soldiers near Ziguinchor on 4 April 2016. Two of the injured are in serious condition.",
        );
        let injured: u32 = got.iter().filter_map(|e| e.injured).sum();
        assert_eq!(injured, 6, "{got:#?}");
    }

    fn killed_total(text: &str) -> u32 {
        events(text)
            .iter()
            .filter_map(|e| e.fatalities.and_then(|f| f.best))
            .sum()
    }

    /// Every hazard word passes the byte gate of `names_natural_hazard`
    /// ([`HAZARD_PIECES`]), in lower case and opening a sentence.
    #[test]
    fn every_hazard_word_passes_the_gate() {
        for w in [
            "earthquake",
            "earthquakes",
            "quake",
            "quakes",
            "tsunami",
            "tsunamis",
            "flood",
            "floods",
            "flooding",
            "floodwater",
            "floodwaters",
            "flash-flood",
            "flash-floods",
            "cyclone",
            "cyclones",
            "hurricane",
            "hurricanes",
            "typhoon",
            "typhoons",
            "tornado",
            "tornados",
            "tornadoes",
            "landslide",
            "landslides",
            "mudslide",
            "mudslides",
            "avalanche",
            "avalanches",
            "drought",
            "droughts",
            "volcano",
            "volcanoes",
            "volcanic",
            "heatwave",
            "heatwaves",
            "heat wave",
            "heat waves",
            "heavy rains",
            "torrential rains",
            "monsoon rains",
            "storms",
            "tropical storm",
            "tropical storms",
        ] {
            let text = format!("The {w} hit the region.");
            assert!(
                names_natural_hazard(&text, &text.to_ascii_lowercase()),
                "{w}"
            );
            let mut opening = w.to_string();
            opening[..1].make_ascii_uppercase();
            let text = format!("{opening} hit the region.");
            assert!(
                names_natural_hazard(&text, &text.to_ascii_lowercase()),
                "{w}"
            );
        }
        for text in [
            "Hurricane Katrina hit the coast.",
            "Typhoon Haiyan hit the coast.",
            "Background Floods, which began in July, hit the region.",
        ] {
            assert!(
                names_natural_hazard(text, &text.to_ascii_lowercase()),
                "{text}"
            );
        }
        for text in [
            "The Flood Control Department was hit.",
            "Operation Storm began.",
            "They tried to storm the office.",
        ] {
            assert!(
                !names_natural_hazard(text, &text.to_ascii_lowercase()),
                "{text}"
            );
        }
    }

    /// A natural hazard's toll is no event, whether the hazard is named
    /// in the sentence or in the one before it in the paragraph; its
    /// "struck" is no attack. Violence told beside a hazard stays.
    #[test]
    fn a_natural_hazards_toll_is_no_event() {
        for text in [
            "In October a volcanic eruption killed two farmers and displaced over 5,000 people.",
            "In November, floods devastated parts of the state, killing over 100 and leaving more than 30,000 homeless.",
            "On 11 March, an earthquake followed by a tsunami devastated the coast. An estimated 20,000 people died or were reported missing.",
            "In October earthquakes struck the eastern province resulting in more than 600 deaths.",
            "Cyclone Sidr, which hit the south-west in November, killed more than 3,000 people.",
        ] {
            let got = events(text);
            assert_eq!(killed_total(text), 0, "{text}: {got:#?}");
            assert!(got.iter().all(|e| e.displaced.is_none()), "{text}: {got:#?}");
            assert!(
                got.iter().all(|e| e.event_type != "Violence against civilians"),
                "{text}: {got:#?}"
            );
        }
        for (text, killed) in [
            (
                "After the floods, police shot dead three men accused of looting in Lagos.",
                3,
            ),
            (
                "In the days after the hurricane, gunmen killed four aid workers in Gonaives.",
                4,
            ),
            (
                "Heavy rains fell in the north. Soldiers killed five villagers in Kouakourou.",
                5,
            ),
            (
                "Floods hit the region in May. Clashes between herders and farmers left 12 dead.",
                12,
            ),
        ] {
            assert_eq!(killed_total(text), killed, "{text}: {:#?}", events(text));
        }
        // An epidemic's deaths; but not injuries told beside a pandemic,
        // nor a death in custody from an illness left untreated.
        for text in [
            "A cholera epidemic broke out in April, killing more than 200 people by November.",
            "At least 120 people died as a result of cholera between January and March.",
        ] {
            assert_eq!(killed_total(text), 0, "{text}: {:#?}", events(text));
        }
        let text =
            "Police beat 14 vendors who broke the curfew imposed against the epidemic, injuring six.";
        assert!(
            events(text).iter().any(|e| e.injured == Some(6)),
            "{:#?}",
            events(text)
        );
        let text = "A detainee died in the deportation centre in May, apparently from tuberculosis and a lack of medical treatment.";
        assert_eq!(killed_total(text), 1, "{:#?}", events(text));
        let text = "Over 600,000 people were displaced by the fighting; their situation was aggravated by floods.";
        assert!(
            events(text).iter().any(|e| e.displaced == Some(600_000)),
            "{:#?}",
            events(text)
        );
    }

    #[test]
    fn a_killing_told_as_the_motive_is_no_event() {
        // The army raid is why the gunmen attacked, not a second incident.
        let text = "Gunmen killed two police officers in Kano on Monday in \
                    retaliation for the army raid that killed 12 of their members.";
        assert_eq!(killed_total(text), 2);
        assert_eq!(events(text).len(), 1);
        // The motive ends with its clause: the attack after the comma stays.
        let text = "In revenge for the killing of a herder, militiamen attacked \
                    the village and killed 5 people.";
        assert_eq!(killed_total(text), 5);
    }

    /// A later sentence of a news item that counts its dead as others
    /// ("two other people"), tells of another attack anywhere in it, or
    /// opens on "In addition to this attack" adds its dead to the lead's;
    /// "the other" of two counted already adds no one.
    #[test]
    fn further_dead_told_as_others_or_another_attack_join_the_lead() {
        let text = "Gunmen attacked a checkpoint in Kelo, killing four police officers. \
                    A drive-by shooting near the market left two other people dead.";
        assert_eq!(toll(text).0, Some(6), "{text}");
        let text = "A car bomb killed nine people at a bus station in Kelo. \
                    A bomb attack at another checkpoint left three soldiers dead.";
        assert_eq!(toll(text).0, Some(12), "{text}");
        let text = "Three suicide bombers struck a market in Kelo, killing seven people. \
                    In addition to this attack, four guards were killed when gunmen \
                    raided a post near Varo.";
        assert_eq!(toll(text).0, Some(11), "{text}");
        let text = "Gunmen fired on two guards at a depot in Kelo. \
                    One guard was killed on the spot, while the other died in hospital.";
        assert_eq!(toll(text).0, Some(2), "{text}");
    }

    #[test]
    fn later_sentences_that_add_up_to_the_first_toll_break_it_down() {
        let text = "Six people were killed in two blasts in Mosul on 4 June 2014. A car bomb near the bus station killed four people. A roadside bomb on the bridge killed two people.";
        assert_eq!(killed_total(text), 6);
    }

    #[test]
    fn a_later_toll_of_another_group_still_adds() {
        let text = "Gunmen killed two soldiers at a checkpoint near Gao on 8 March 2019. Two herders were killed in the crossfire.";
        assert_eq!(killed_total(text), 4);
    }

    #[test]
    fn a_later_sentence_marked_as_more_people_still_adds() {
        let text = "Militants killed three people in an attack on a village near Mopti on 2 May 2019. Three other people were killed when they tried to flee.";
        assert_eq!(killed_total(text), 6);
    }

    /// "Four more people were killed": a sentence that opens on a number
    /// and "more" tells dead beyond the lead's toll; "killing five and
    /// wounding three more" inside an incident's own sentence does not.
    #[test]
    fn a_sentence_opening_on_more_dead_adds_its_toll() {
        let primary_killed = |text: &str| {
            let found = events(text);
            crate::eval::primary(&found).and_then(|e| e.fatalities.and_then(|f| f.best))
        };
        let text =
            "Gunmen shot dead nine passengers at a fake checkpoint near Hollo on 6 May 2016. \
                    Five more people were also killed during the raid.";
        assert_eq!(primary_killed(text), Some(14));
        let text =
            "A bomb killed five guards at a depot in Hollo on 6 May 2016, wounding three more. \
                    Gunmen killed two herders near Tarsa.";
        assert_eq!(primary_killed(text), Some(5));
    }

    /// "Furthermore, a soldier was killed in a bombing": a sentence that
    /// opens on a word of more with dead of its own is an event of its own,
    /// quoted from itself, whose dead join the item's lead; one that names
    /// the lead's incident back ("died in the attack") stays part of it.
    #[test]
    fn a_sentence_opening_on_furthermore_is_an_incident_of_its_own() {
        let got = events(
            "On 4 March 2014, three farmers were killed and two others abducted in an armed \
             attack on Lotu village, Mali. Furthermore, a guard was killed in a roadside \
             bombing in Kelora town.",
        );
        assert!(got.iter().any(|e| e.quote.starts_with("Furthermore")));
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(4));
        let text = "On 4 March 2014, gunmen killed five villagers in Tamsa, Mali. \
                    Also, two guards died in the attack.";
        assert_eq!(toll(text).0, Some(7));
    }

    /// "Twelve miners were killed. ... killing eight": one later count that
    /// names no group and is smaller than the first toll tells part of the
    /// same dead; the other side firing back counts more dead.
    #[test]
    fn a_smaller_bare_count_told_again_is_part_of_the_toll() {
        let text = "Gunmen ambushed and killed eleven road workers near Hollo on 6 May 2016. \
                    The workers from the south were singled out in the attack, killing seven.";
        assert_eq!(killed_total(text), 11);
        let text = "Gunmen killed 10 villagers in Tarsa on 6 May 2016. \
                    Soldiers returned fire, killing three.";
        assert_eq!(killed_total(text), 13);
    }

    /// "Another four soldiers were wounded": "another" right before the
    /// sentence's count adds people to the incident, not a second incident.
    #[test]
    fn another_before_a_count_joins_the_incident() {
        let found = events(
            "Militants killed two soldiers in an ambush near Kidal on 3 May 2018. \
             Another four soldiers were wounded in the firefight.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].fatalities.and_then(|f| f.best), Some(2));
        assert_eq!(found[0].injured, Some(4));
    }

    /// "in addition" that adds damage after the count, not another attack.
    #[test]
    fn in_addition_after_the_count_is_no_new_incident() {
        let found = events(
            "A bomb exploded at a bus stop in Quetta on 9 June 2015. Three \
             passengers were wounded in the blast; in addition, the explosion \
             damaged two shops.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].injured, Some(3));
    }

    /// "killed 12 herders ... killed the 12 victims": the victims told
    /// later are the herders again, not 12 more.
    #[test]
    fn victims_told_again_are_the_same_people() {
        let text = "Gunmen killed 12 herders near Tessit on 3 March 2019. \
                    They shot the 12 victims at close range.";
        assert_eq!(killed_total(text), 12);
    }

    /// "other" inside the wounded's own words ("two other villagers")
    /// tells more wounded, not more dead: the dead told again are the
    /// same four.
    #[test]
    fn other_wounded_do_not_make_the_dead_new() {
        let text = "A bomb killed four people in Gao on 3 March 2019. \
                    It killed three women and a man and wounded two other villagers.";
        assert_eq!(killed_total(text), 4);
    }

    /// "one of the people killed was a nurse" picks one of a toll told
    /// before; it adds no one.
    #[test]
    fn one_of_the_people_killed_adds_no_one() {
        let text = "Gunmen killed four people in Kidal on 3 March 2019. \
                    One of the people killed was a nurse.";
        assert_eq!(killed_total(text), 4);
    }

    /// "Including the bomber, 14 people were killed" after the sentence of
    /// the attack: the bomber told first is one of the 14, not one more.
    #[test]
    fn opening_including_phrase_is_inside_the_count() {
        let text = "A bomber set off an explosive vest inside a wedding hall in Karvan \
                    on 4 May 2015. Including the bomber, 14 people were killed.";
        assert_eq!(killed_total(text), 14);
    }

    /// "A third gunman was shot dead. In addition to the three gunmen, nine
    /// guests were killed": the three include the one told before.
    #[test]
    fn in_addition_to_the_attackers_counts_them_once() {
        let text = "Three gunmen stormed a hotel in Sousse on 2 July 2016. \
                    A third gunman was shot dead by the police. In addition to \
                    the three gunmen, nine guests were killed.";
        assert_eq!(killed_total(text), 12);
        let text = "Two gunmen stormed a hotel in Sousse on 2 July 2016. \
                    Both gunmen were shot dead by the police. In addition to \
                    the two gunmen, nine guests were killed.";
        assert_eq!(killed_total(text), 11);
    }

    /// The attackers "in addition to the attackers" adds are the ones its own
    /// item told of, not those of an earlier item under another heading.
    #[test]
    fn in_addition_to_the_attackers_reads_only_its_own_item() {
        let text = "Bank raid in Gulu\n\nThree gunmen robbed a bank in Gulu on 2 May 2016. \
                    Nobody was hurt.\n\nBlast at a base in Karvan\n\nA bomb exploded at the \
                    gate of a base in Karvan on 4 May 2016. In addition to the attackers, \
                    two guards were killed.";
        assert_eq!(killed_total(text), 2);
    }

    /// "In addition to the bombers" in the sentence after the attack counts
    /// more dead of that attack (it is no separate incident), and the
    /// bombers the attack implied are counted once.
    #[test]
    fn in_addition_to_the_suicide_bombers_joins_the_attack() {
        let text = "Three suicide bombers detonated a truck at the gate of a base in \
                    Karvan on 4 May 2015. In addition to the bombers, two guards \
                    were killed; another five guards were also injured.";
        let evs = events(text);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].fatalities.and_then(|f| f.best), Some(5));
        assert_eq!(evs[0].injured, Some(5));
        let text = "A suicide bomber detonated a car at the gate of a base in Karvan \
                    on 4 May 2015. Four guards, in addition to the attacker, were \
                    killed in the blast.";
        assert_eq!(killed_total(text), 5);
    }

    /// One death told again in the next sentence of the incident ("the
    /// victim was killed", "the person killed was ...") is the same death;
    /// one said to be "also" killed is another.
    #[test]
    fn a_single_death_restated_is_counted_once() {
        let text = "Gunmen shot and killed Tomas Ekwe, a grain trader, in Jos on 2 March 2012. \
                    Police said the victim was killed over a land dispute.";
        assert_eq!(killed_total(text), 1);
        let text = "One man was killed and three wounded when a grenade hit a bar in Gulu \
                    on 9 May 2010. The man killed was Colonel Ojok Amos.";
        assert_eq!(killed_total(text), 1);
        let text = "One guard was killed when gunmen stormed a bank in Gulu on 9 May 2010. \
                    A cashier was also killed.";
        assert_eq!(killed_total(text), 2);
    }

    /// "killed him" with no count before it in its sentence is one death,
    /// and the same one when the sentence before counted it.
    #[test]
    fn a_pronoun_killed_points_back_to_the_person_before() {
        let text = "A police officer was killed in Kano on 3 May 2014. \
                    Gunmen killed him outside his home.";
        assert_eq!(killed_total(text), 1);
        let text = "Gunmen abducted a trader in Kano on 3 May 2014. \
                    They later killed him in the forest.";
        assert_eq!(killed_total(text), 1);
    }

    /// "X was killed" counts one person even where another act (the
    /// shooting, the blast) decides the event; "no one was killed" counts
    /// none.
    #[test]
    fn a_singular_passive_killing_counts_one_beside_another_act() {
        let text = "On 9 June 2018, unknown gunmen opened fire on a bus between Kona and \
                    Sofara, one occupant of the bus was killed and another wounded.";
        assert_eq!(killed_total(text), 1);
        let text = "A bomb exploded at the bank in Gao on 3 May 2019. \
                    No one was killed in the blast.";
        assert_eq!(killed_total(text), 0);
    }

    /// "One died on the spot and the other in hospital" parts the dead told
    /// before; it adds none.
    #[test]
    fn one_and_the_other_part_the_dead_told_before() {
        let text = "Gunmen opened fire on a patrol near Kano on 2 May 2014, killing two \
                    policemen. One died on the spot and the other died in hospital.";
        assert_eq!(killed_total(text), 2);
    }

    /// A bomber who "blew himself up" is one of the dead, once: a later
    /// toll of the incident that counts the bomber already has him.
    #[test]
    fn a_bomber_who_blew_himself_up_is_counted_once() {
        let text = "A suicide bomber blew himself up at a bus depot in Maiduguri on \
                    3 June 2015. Two policemen were killed in the blast.";
        assert_eq!(killed_total(text), 3);
        let text = "A suicide bomber blew himself up at a bus depot in Maiduguri on \
                    3 June 2015. Nine people died in the blast, including the bomber.";
        assert_eq!(killed_total(text), 9);
    }

    /// The attacker a first sentence implies ("a suicide bomber detonated
    /// himself") and a later toll leaves out ("not including the suicide
    /// bomber") is one death, counted once beside the toll.
    #[test]
    fn a_bomber_left_out_of_the_toll_is_counted_once() {
        let text = "On 4 March 2011, one of two suicide bombers detonated himself on a \
                    ferry at Kisumu pier. Eleven passengers, not including the suicide \
                    bomber, were killed in the blast.";
        assert_eq!(killed_total(text), 12);
    }

    /// People an earlier sentence counted as held, killed in a later one
    /// that points back to them with no number ("the victims", "their
    /// bodies"), are that many dead; a killing that sets some free says
    /// nothing of how many died.
    #[test]
    fn the_held_killed_later_are_the_dead() {
        let text = "Militiamen kidnapped four herders near Tessor on 9 June 2014. \
                    The victims were shot dead the next morning.";
        assert_eq!(killed_total(text), 4);
        let text = "Militiamen kidnapped four herders near Tessor on 9 June 2014. \
                    Their bodies were found in a ravine two days later.";
        assert_eq!(killed_total(text), 4);
        let text = "Militiamen kidnapped four herders near Tessor on 9 June 2014. \
                    One of the victims escaped and the rest were shot dead.";
        assert_ne!(killed_total(text), 4);
    }

    /// "The attackers were killed" / "The officers were killed" with no
    /// number of its own names again the group the lead sentence counted;
    /// a group whose deaths are counted already is not counted twice.
    #[test]
    fn a_group_named_again_as_killed_is_the_group_counted_before() {
        let text = "Four gunmen stormed a bank in Oruzo on 8 August 2013. \
                    The assailants were shot dead by the guards.";
        assert_eq!(killed_total(text), 4);
        let text = "Gunmen ambushed three forest rangers near Oruzo on 8 August 2013. \
                    The rangers were killed in the ambush.";
        assert_eq!(killed_total(text), 3);
        let text = "Four gunmen stormed a bank in Oruzo on 8 August 2013, and two \
                    gunmen died. The assailants were shot dead by the guards.";
        assert_eq!(killed_total(text), 2);
    }

    /// A short news item tells one incident: the injured told in a
    /// sentence of their own, with no death of their own, are that
    /// incident's, even where the sentence reads as an event apart (a place
    /// of its own, "later" in a claim).
    #[test]
    fn injured_told_apart_join_the_item_s_incident() {
        let got = events(
            "Gunmen stormed a district office in Khost, killing two guards. \
             Five other employees were wounded in the raid, which the group later claimed.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(2));
        assert_eq!(most_killed(&got).injured, Some(5), "{got:#?}");
        // With no death at all, the item's first incident takes them, even
        // from a sentence with a place of its own.
        let got = events(
            "Militants fired three rockets across the border at dawn. \
             One of the rockets landed in Ashdod and wounded two people.",
        );
        assert_eq!(most_killed(&got).injured, Some(2), "{got:#?}");
        // A later sentence whose death toll outnumbers the lead's (an update,
        // a recount of the same victims) and tells no injured of its own
        // takes the lead's injured.
        let got = events(
            "A car bomb exploded near a market in Kirkuk on 3 May 2012, killing six people \
             and wounding 31. Four more of the wounded later died in hospital, bringing \
             the death toll to ten.",
        );
        assert_eq!(most_killed(&got).injured, Some(31), "{got:#?}");
    }

    /// A short item that tells further incidents of the day ("a second car
    /// bomb", "Elsewhere") gives the sum of their wounded with its lead; a
    /// lead that tells a toll over several attacks has counted them.
    #[test]
    fn further_incidents_add_their_injured_to_the_lead() {
        let got = events(
            "A car bomb exploded near a bus station in Hilla, killing eight people and \
             wounding 14. A second car bomb went off at a checkpoint in Kut, killing an \
             additional three and wounding another six.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(11));
        assert_eq!(most_killed(&got).injured, Some(20), "{got:#?}");
        let got = events(
            "A wave of bombings across the country killed 20 people and wounded 60. \
             A second car bomb went off at a checkpoint in Kut, killing three and wounding six.",
        );
        assert_eq!(most_killed(&got).injured, Some(60), "{got:#?}");
        // The deadliest incident told as a further one takes the wounded of
        // the incident before it.
        let got = events(
            "A grenade thrown into a tea shop in Baidoa killed one man and wounded four. \
             The next day a similar attack on a bus stop killed six and wounded seven.",
        );
        assert_eq!(most_killed(&got).fatalities.and_then(|f| f.best), Some(7));
        assert_eq!(most_killed(&got).injured, Some(11), "{got:#?}");
    }

    /// The dead of further incidents join the lead's, but not when the item
    /// states its own total, nor from a sentence that counts the attackers
    /// again ("In addition to the bombers"), looks back at an earlier
    /// incident, or has "additional" only in a title.
    #[test]
    fn openings_of_the_same_day_tell_further_incidents() {
        let got = events(
            "Rebels attacked a police post in Varosh, killing four officers. \
             Simultaneously, rebels attacked an army camp near Dulsan, killing two soldiers.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(6),
            "{got:#?}"
        );
        assert!(tells_further_incident(
            "On the same day, gunmen shot dead a farmer in Kelto."
        ));
        assert!(tells_further_incident(
            "Several hours later, a bomb went off in Marva."
        ));
        assert!(!tells_further_incident(
            "The same attackers fled into the forest."
        ));
    }

    #[test]
    fn a_word_of_more_adds_to_a_lead_over_several_attacks() {
        // The lead counts its own attacks; "In addition" tells one more.
        let got = events(
            "A series of bombs struck three markets in Kirdam, killing 14 people and \
             wounding 30. In addition, a roadside bomb killed two soldiers and wounded \
             four near Tolosa.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(16), "{got:#?}");
        assert_eq!(lead.injured, Some(34), "{got:#?}");
        // A sentence that opens on no such word is not added.
        let got = events(
            "A series of bombs struck three markets in Kirdam, killing 14 people. \
             A roadside bomb killed two soldiers near the main market.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(14),
            "{got:#?}"
        );
        assert!(opens_on_more("Additionally, a guard was shot dead."));
        assert!(opens_on_more("Elsewhere, two died."));
        assert!(!opens_on_more("In addition to the bombers, six died."));
    }

    #[test]
    fn further_incidents_add_their_dead_to_the_lead() {
        let got = events(
            "A roadside bomb struck a minibus near Tal Afar, killing five passengers. \
             Elsewhere, gunmen shot dead two guards at a checkpoint in Sinjar.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(7),
            "{got:#?}"
        );
        let got = events(
            "Violence across the province killed 12 people on Sunday. \
             Elsewhere, gunmen shot dead two guards at a checkpoint in Sinjar.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(12),
            "{got:#?}"
        );
        assert!(states_total("In all, nine people died in the two blasts."));
        assert!(!states_total("Nine people died in the blast."));
        assert!(!tells_further_toll(
            "The patrol was led by additional Inspector Ravi Kumar of Pallam."
        ));
        assert!(tells_further_toll(
            "A second bomb killed an additional three."
        ));
        assert!(!tells_further_toll("In addition to the bombers, six died."));
        assert!(!tells_further_toll("In an earlier attack, four died."));
        let got = events(
            "Two suicide bombers struck a wedding hall in Mardan on 4 June 2016. \
             In addition to the two bombers, eleven guests were killed.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(13),
            "{got:#?}"
        );
    }

    /// "Another IED bombing killed one", "Militants also attacked a post,
    /// killing three", and a deadliest sentence that opens on a place the
    /// earlier one does not name: each tells one more incident of the item,
    /// whose dead join the lead's.
    #[test]
    fn described_another_also_and_a_placed_lead_add_their_dead() {
        let got = events(
            "A roadside bomb at a market in Dalmo left 2 people dead. \
             Another IED bombing killed 3 and injured 4.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(5),
            "{got:#?}"
        );
        let got = events(
            "Militants used car bombs, killing 11 soldiers in Harbe. \
             Militants also attacked a patrol near Kesso, killing three police officers.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(14),
            "{got:#?}"
        );
        let got = events(
            "Insurgents fired mortars at the Tarno airfield, killing 3 guards. \
             In the Velda district, a suicide bomber killed 5 people.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(8),
            "{got:#?}"
        );
        assert!(tells_further_incident("Another IED bombing killed one."));
        assert!(!tells_further_incident(
            "Another man said the bomb killed one."
        ));
    }

    /// "In Dorvan, a bomb killed four": a further sentence that opens on a
    /// place the lead does not name tells another incident of the item, and
    /// its dead and wounded join the lead's; one that opens on the lead's own
    /// place, or on a month, does not.
    #[test]
    fn a_sentence_opening_on_another_place_adds_its_toll() {
        let got = events(
            "A car bomb exploded beside a bakery in Kessar, killing eight people and \
             injuring 20 others. In Dorvan, east of the capital, a roadside bomb \
             killed four and injured two others.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(12), "{got:#?}");
        assert_eq!(lead.injured, Some(22), "{got:#?}");
        let lead = "A car bomb exploded beside a bakery in Kessar, killing eight.";
        assert!(opens_on_another_place(
            "In the river town of Lomi, a blast killed two.",
            lead
        ));
        assert!(!opens_on_another_place(
            "In Kessar, police said the toll was eight.",
            lead
        ));
        assert!(!opens_on_another_place(
            "In March, a blast killed two.",
            lead
        ));
        assert!(!opens_on_another_place(
            "In the attack, two soldiers died.",
            lead
        ));
    }

    /// "1. ... 2. ... 3. ...": an item that numbers its sentences lists
    /// incidents of the day one by one; their dead and wounded add up.
    #[test]
    fn numbered_incidents_add_their_tolls() {
        let got = events(
            "1. A roadside bomb near the river port of Kessar killed three people and \
             wounded five others. 2. Gunmen shot dead four guards at a checkpoint \
             in Lomi. 3. A mortar round hit a school yard, killing one child and \
             wounding four.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(8), "{got:#?}");
        assert_eq!(lead.injured, Some(9), "{got:#?}");
        let text = "Police came. 2. A bomb went off. In 2016. A blast";
        assert_eq!(list_item_number(text, 16), Some(2));
        assert_eq!(list_item_number(text, 0), None);
        assert_eq!(list_item_number(text, 42), None);
    }

    /// "2. ... in Lomi. 3. ... in Lomi.": numbered items at one place are
    /// still incidents apart, whose dead add up; the later is not read as
    /// telling on about the one before.
    #[test]
    fn numbered_incidents_at_one_place_add_their_tolls() {
        let got = events(
            "1. A car bomb killed five people at a bus station in Kessar. 2. A \
             roadside bomb killed two policemen in Lomi. 3. A guard was shot dead \
             and two others wounded at a checkpoint in Lomi.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(8), "{got:#?}");
    }

    /// "The incident occurred at a rally in X": a sentence that says where
    /// the incident told before happened gives its place, though its rally
    /// makes an event of its own.
    #[test]
    fn the_incident_said_to_have_happened_at_a_rally_takes_its_place() {
        assert_first_place(
            "Militants set off a bomb that killed six people and wounded 20. The \
             incident occurred at a rally held by a regional party in Baramulla.",
            "Baramulla",
        );
    }

    /// "Other sources said ...", "unconfirmed reports put the toll at ...":
    /// a rival figure for a toll already told is neither added nor put in
    /// its place; with nothing told before, it is the figure.
    #[test]
    fn a_rival_source_does_not_change_the_toll() {
        let got = events(
            "Seven people were killed when a bomb went off in a bus station in Kessar. \
             Unconfirmed reports put the death toll at 15.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(7), "{got:#?}");
        let got = events(
            "The army said 12 villagers were killed in the raid on Lomi, but other \
             sources reported at least 30 were killed.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(12), "{got:#?}");
        let got = events("According to unconfirmed reports, four guards were killed in Lomi.");
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(4), "{got:#?}");
    }

    /// "Including a bomb that killed five": the toll of one incident named
    /// among those a larger toll of the sentence counts is part of it.
    #[test]
    fn a_toll_of_an_included_incident_is_part_of_the_total() {
        assert_eq!(
            toll(
                "Three blasts killed 16 people in Tarsa on Friday and wounded 40, including \
                 a car bomb outside the bakery that killed six and wounded 25."
            ),
            (Some(16), Some(40))
        );
        assert_eq!(
            toll(
                "Nine people were killed in raids across the valley, including an ambush \
                 on a bus near Hollo that killed four traders."
            ),
            (Some(9), None)
        );
        // A list of people, not of incidents, keeps its own counts.
        assert_eq!(
            toll("Gunmen killed five herders near Hollo, including two boys, and wounded three."),
            (Some(5), Some(3))
        );
    }

    /// An earlier incident recalled to measure or explain the one told ("the
    /// deadliest day since bombings left 80 dead", "since the riot in which
    /// 40 died", "a revenge attack for ...") lends it no toll.
    #[test]
    fn a_recalled_incident_gives_no_toll() {
        assert_eq!(
            toll(
                "A car bomb killed 12 people in Tarsa on Sunday, the deadliest attack in the \
                 town since twin bombings in 2016 left 80 dead."
            ),
            (Some(12), None)
        );
        let got = events(
            "A grenade wounded nine shoppers at a market in Hollo on Monday. The blast \
             follows months of unrest in the district since the riot in Tarsa in which 40 people died.",
        );
        assert!(
            got.iter()
                .all(|e| e.fatalities.and_then(|f| f.best).unwrap_or(0) == 0),
            "{got:#?}"
        );
        assert_eq!(
            toll(
                "A bomb killed three guards at a checkpoint in Hollo. Officials called it a \
                 revenge attack for the 30 fighters killed in an airstrike in May."
            ),
            (Some(3), None)
        );
        // "a response to the clash in which ...": the clash is recalled.
        assert_eq!(
            toll(
                "Rebels bombed two buses in Hollo, killing 9 people. The bombings were a \
                 response to the clash in which the army killed 20 protesters."
            ),
            (Some(9), None)
        );
        // A period after "since" is the incident's own time.
        assert_eq!(
            toll("Clashes in Hollo since Monday have left 30 dead."),
            (Some(30), None)
        );
    }

    /// A death told in a clause after "after" ("after two boys were shot
    /// dead", "after a herder died") is what the act before it answered,
    /// and "a revenge act for" recalls like "a revenge attack for"; a death
    /// clause opening the sentence still tells its incident's toll.
    #[test]
    fn a_death_clause_after_the_act_it_explains_gives_no_toll() {
        assert_tolls(&[
            (
                "On 4 June 2020, youths of Kelo stoned a police post after two boys \
                 were shot dead by unknown gunmen near the market.",
                (None, None),
            ),
            (
                "Villagers beat a trader in Hollo after a herder of the village was \
                 murdered by thieves.",
                (None, None),
            ),
            (
                "Gunmen wounded three traders in Hollo. Police called the shooting a \
                 revenge act for the murder of four herders in Tarsa.",
                (None, Some(3)),
            ),
            (
                "After the raid on Kelo, four rebels were killed by the troops.",
                (Some(4), None),
            ),
        ]);
    }

    /// "said he was killed by", "whether she was killed" after a death the
    /// item counted tells who killed that person, or how, and adds no one;
    /// "He was shot dead" opening a sentence may be the attacker, and adds.
    #[test]
    fn a_pronoun_reported_killed_is_the_person_counted_before() {
        assert_tolls(&[
            (
                "A driver was killed when gunmen fired on his car in Kelo on 2 May 2020. \
                 His family said he was killed by a rival gang.",
                (Some(1), None),
            ),
            (
                "A nurse was found dead in her house in Hollo on 2 May 2020. Police are \
                 unsure whether she was killed.",
                (Some(1), None),
            ),
            (
                "A man stabbed and killed a woman at a bus stop in Hollo. He was shot \
                 dead by police.",
                (Some(2), None),
            ),
        ]);
    }

    /// A toll that names the incident told before ("in the incident", "in
    /// the attack") belongs to it, even when that incident was no act of
    /// violence by itself (an abduction, an attempted rape).
    #[test]
    fn a_toll_in_the_incident_joins_the_incident_before() {
        let found = events(
            "Gunmen abducted a trader from his shop in Garissa on 5 March 2014. \
             Two bystanders were injured in the incident.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].injured, Some(2));
        assert_eq!(found[0].disappeared, Some(1));
    }

    /// A toll that names the incident told before joins it even when it
    /// names a place of its own (a district of the town, the road).
    #[test]
    fn a_toll_in_the_blast_with_a_place_of_its_own_joins_the_blast() {
        let found = events(
            "On 8 June 2013 unknown men hurled a grenade into a police post in Kisumu. \
             Four constables were injured in the blast, which hit the gate on Oginga Road in Kondele.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].injured, Some(4));
    }

    /// "The raid came two days after an ambush killed five guards": what
    /// the incident came after is an earlier incident, and its dead are
    /// not the incident's.
    #[test]
    fn what_the_attack_came_after_is_background() {
        let found = events(
            "Gunmen stormed a police post in Lamu, killing at least 6 people. \
             Two officers are among the dead. \
             The raid came two days after an ambush killed 5 guards.",
        );
        assert_eq!(
            most_killed(&found).fatalities.and_then(|f| f.best),
            Some(6),
            "{found:#?}"
        );
        let found = events(
            "Three people were killed in a bombing in Lamu, which comes a week after clashes that killed 12.",
        );
        assert_eq!(
            most_killed(&found).fatalities.and_then(|f| f.best),
            Some(3),
            "{found:#?}"
        );
    }

    /// "The blast targeted the X district chief": a sentence whose subject
    /// is the incident told before goes on telling it; the place its
    /// victim's title names does not make another incident.
    #[test]
    fn a_sentence_about_the_blast_keeps_the_blasts_place() {
        let found = events(
            "On 3 April 2015 a car bomb exploded outside a school in Kisumu, Kenya. \
             The explosion was aimed at the Nyando district commissioner. \
             Ten pupils died.",
        );
        let lead = most_killed(&found);
        assert_eq!(
            lead.place.as_ref().map(|p| p.name.as_str()),
            Some("Kisumu"),
            "{found:#?}"
        );
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(10));
    }

    /// An entry of one paragraph on one attack, longer than a news brief:
    /// an attack its own words set in another year is background, and its
    /// place is not where the toll told after it happened.
    #[test]
    fn an_attack_of_another_year_in_a_long_entry_is_background() {
        let found = events(
            "Nakuru market bombing: A bomb went off at the main market in Nakuru. \
             It exploded at about noon. \
             Stalls were set on fire. \
             Traders fled into the nearby streets. \
             Police sealed off the area. \
             The bomb was hidden in a sack of maize. \
             The device resembled the one used in an attack in Eldoret in 2009. \
             Ambulances came from across the town. \
             Shops stayed closed for days. \
             Hospitals asked for blood donors. \
             At least twenty people were killed and 60 injured.",
        );
        let lead = most_killed(&found);
        assert_eq!(
            lead.place.as_ref().map(|p| p.name.as_str()),
            Some("Nakuru"),
            "{found:#?}"
        );
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(20));
    }

    /// A stabbing counts its victims as wounded until a later sentence of
    /// the incident says what became of them; the attacker's own death says
    /// nothing of them.
    #[test]
    fn a_later_toll_replaces_the_stabbings_count() {
        let found = events(
            "An assailant stabbed two guards at a checkpoint near Hebron on 4 May 2016. \
             One guard was killed and the other was wounded in the attack.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].fatalities.and_then(|f| f.best), Some(1));
        assert_eq!(found[0].injured, Some(1));

        let found = events(
            "An assailant stabbed two guards at a checkpoint near Hebron on 4 May 2016. \
             The attacker was shot dead by the police.",
        );
        assert_eq!(found[0].injured, Some(2), "{found:#?}");

        // "He" after a stabbing of several is the attacker, not the group.
        let found = events(
            "A teenager stabbed three shoppers outside a bakery in Lyon on 9 March 2017. \
             He was then shot dead.",
        );
        assert_eq!(most_killed(&found).injured, Some(3), "{found:#?}");

        // So is "him" that another killed after it.
        let found = events(
            "A teenager stabbed three shoppers outside a bakery in Lyon on 9 March 2017. \
             A passing policeman shot and killed him.",
        );
        assert_eq!(most_killed(&found).injured, Some(3), "{found:#?}");
    }

    /// Regression (exposed when the counts fix found by fuzzing gave
    /// borrowed triggers their true span): the verb of a subset was dropped
    /// as an act even when it was also the verb of the total, so a killing
    /// with a subset in it lost its act and came out as another event type.
    #[test]
    fn the_verb_of_a_total_stays_an_act_when_a_subset_shares_it() {
        let found = events(
            "On 14 May 2021, gunmen killed five traders including two foreigners \
             and seized their trucks near Gao.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].event_type, "Violence against civilians");
        assert_eq!(found[0].fatalities.and_then(|f| f.best), Some(5));

        let found = events(
            "On 4 June 2021, the militia said it had killed six rebels including a commander.",
        );
        assert_eq!(found[0].event_type, "Battles", "{found:?}");
    }

    /// An event whose own sentence names no place takes the place a next
    /// sentence of its paragraph gives it; not one of another kind of
    /// incident told there.
    /// Several counts in a later sentence that come to no more than the
    /// toll told first break it down: they are not added to it.
    #[test]
    fn a_later_breakdown_is_not_added_to_the_toll() {
        let got = events(
            "Twelve people were killed when a bomb hit a wedding party in Qala on \
             2 March 2011. Four guards, three drivers and two cooks died in the blast.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(12),
            "{got:#?}"
        );
        let got = events(
            "Nine members of one household died when their van hit a mine near Qala. \
             Four children, three women and two men were killed.",
        );
        assert_eq!(
            most_killed(&got).fatalities.and_then(|f| f.best),
            Some(9),
            "{got:#?}"
        );
        // A toll over several attacks holds the one attack told after it.
        let got = events(
            "A wave of attacks across Dorvan province left 17 dead and 40 injured. \
             Mortar rounds hit the central market, killing 6 and wounding 11.",
        );
        let lead = most_killed(&got);
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(17), "{got:#?}");
        assert_eq!(lead.injured, Some(40), "{got:#?}");
    }

    #[test]
    fn a_noun_only_mentioned_takes_no_carried_agent() {
        // In a long text, the sentences after the killing only mention
        // acts as nouns, with no count and no place of their own: they must
        // not become events of the soldiers carried over.
        let filler = "The government adopted a new budget in January. \
             Parliament debated a draft law on the media. The opposition boycotted \
             the session. Several newspapers were closed for a week. The courts \
             remained slow. A new prime minister was appointed in June. Floods \
             damaged crops in the south. Prices of food rose sharply. Talks with \
             donors stalled. ";
        let found = events(&format!(
            "{filler}In March 2010, soldiers shot dead two men in Dorvan. \
             Violations at the hands of the soldiers, including extrajudicial \
             executions and torture, persisted across the country. Reporters \
             who criticised the army faced harassment and arrest."
        ));
        assert_eq!(found.len(), 1, "{found:#?}");
        // A noun act with a count of its own does take the agent.
        let found = events(&format!(
            "{filler}On 2 May 2010, soldiers stormed a camp near Dorvan. \
             The raid left six people dead."
        ));
        let raid = most_killed(&found);
        assert_eq!(raid.fatalities.and_then(|f| f.best), Some(6), "{found:#?}");
        assert!(
            raid.actor1
                .as_ref()
                .is_some_and(|a| a.name.starts_with("Military Forces")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_later_sentence_tells_where_the_event_was() {
        let found = events(
            "A roadside bomb killed four soldiers and wounded two. \
             The blast happened in Kandahar.",
        );
        let place = found[0].place.as_ref().map(|p| p.name.as_str());
        assert_eq!(place, Some("Kandahar"), "{found:#?}");

        let found = events(
            "On 4 March 2021, police arrested a union leader. \
             His arrest led to a large demonstration by teachers in Kayes.",
        );
        let arrest = found.iter().find(|e| e.event_type != "Protests");
        assert!(
            arrest.is_some_and(|e| e.place.as_ref().is_none_or(|p| p.name != "Kayes")),
            "{found:#?}"
        );
    }
}
