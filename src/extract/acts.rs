//! Acts: the words that make an event (killed, attacked, airstrike, arrested,
//! blockaded, protest, riot...).
//!
//! An act is a verb or noun of violence, coercion or protest. Its kind
//! decides the event's ACLED type together with the actors (assembly does
//! that). Acts that are only threatened, planned, denied or named as a legal
//! charge ("threatened to kill", "charged with murder") are not acts.

use std::sync::OnceLock;

use regex::RegexSet;
use serde::Serialize;

use super::{word_after, LeanRegex, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActKind {
    Kill,
    Injure,
    Attack,
    Airstrike,
    Shelling,
    Explosive,
    SuicideBomb,
    Grenade,
    Clash,
    Arrest,
    Disappear,
    Torture,
    SexualViolence,
    Blockade,
    Looting,
    Protest,
    Riot,
    Displace,
    TakeTerritory,
    /// Explosives defused, weapons seized: ACLED's "Disrupted weapons use".
    DisruptedWeapons,
    Agreement,
    /// A base or camp set up.
    BaseEstablished,
    /// Forces withdrawn, territory handed over without a fight.
    TransferTerritory,
    /// Deployments, curfews, closures, releases: ACLED's "Other" strategic
    /// developments.
    NonViolent,
}

impl ActKind {
    /// Acts of armed violence that describe one event together when they
    /// share a sentence ("killed 22 people ... in an airstrike").
    pub fn is_violent(self) -> bool {
        matches!(
            self,
            ActKind::Kill
                | ActKind::Injure
                | ActKind::Attack
                | ActKind::Airstrike
                | ActKind::Shelling
                | ActKind::Explosive
                | ActKind::SuicideBomb
                | ActKind::Grenade
                | ActKind::Clash
                | ActKind::Riot
                | ActKind::TakeTerritory
        )
    }

    /// The group of acts that merge into one event within a sentence.
    pub fn group(self) -> u8 {
        match self {
            k if k.is_violent() => 0,
            ActKind::Looting | ActKind::Displace => 0,
            ActKind::Arrest => 1,
            ActKind::Disappear => 2,
            ActKind::Torture => 3,
            ActKind::SexualViolence => 4,
            ActKind::Blockade => 5,
            ActKind::Protest => 6,
            ActKind::DisruptedWeapons => 8,
            ActKind::Agreement => 9,
            ActKind::BaseEstablished | ActKind::TransferTerritory | ActKind::NonViolent => 10,
            _ => 7,
        }
    }

    /// How strongly an act decides its event's type when several merge: an
    /// airstrike that killed people is an airstrike event.
    pub fn rank(self) -> u8 {
        match self {
            ActKind::SuicideBomb => 11,
            ActKind::Airstrike => 10,
            ActKind::Shelling => 8,
            ActKind::Explosive => 8,
            ActKind::Grenade => 8,
            ActKind::Riot => 7,
            // A change of territory decides the type whatever the weapons.
            ActKind::TakeTerritory => 12,
            // Fire exchanged with small arms beside mortars or grenades is a
            // battle in ACLED's coding, not remote violence.
            ActKind::Clash => 9,
            ActKind::Attack => 5,
            ActKind::Kill => 4,
            ActKind::Injure => 3,
            ActKind::Looting => 2,
            ActKind::Displace => 1,
            _ => 5,
        }
    }
}

/// One act in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActMention {
    pub span: Span,
    pub kind: ActKind,
    /// A noun ("the attack", "an airstrike") rather than a verb.
    pub nominal: bool,
    /// "the attack", "this airstrike", "his arrest": a noun that may refer
    /// back to an event already told.
    pub definite: bool,
    /// "were killed", "was arrested": the agent, if any, follows "by".
    pub passive: bool,
}

/// (pattern, kind, nominal). Patterns are matched case-insensitively on word
/// boundaries; longer patterns first where they overlap.
const LEXICON: &[(&str, ActKind, bool)] = &[
    (
        r"suicide[- ](?:(?:car|truck|lorry|motorcycle|motorbike|vehicle|bicycle)[- ])?(?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|car bomb(?:ing)?s?|vest)",
        ActKind::SuicideBomb,
        true,
    ),
    (
        r"self-detonat(?:ed|es|ing)|blew (?:himself|herself|themselves) up",
        ActKind::SuicideBomb,
        false,
    ),
    (
        r"(?:air|drone|aerial|missile) ?strikes?|air ?raids?|drones|air force (?:targeted|struck|bombed|carried out)|aerial (?:bombardment|bombing|attack)s?|bombing raids?",
        ActKind::Airstrike,
        true,
    ),
    (
        r"(?:improvised explosive devices?|ieds?|vbieds?|roadside bombs?|car bombs?|landmines?|land mines?|explosive devices?|bomb blasts?|explosions?|detonations?|blasts?|bombings?|bombs?)",
        ActKind::Explosive,
        true,
    ),
    (
        r"(?:detonat(?:ed|es|ing)|explod(?:ed|es|ing)|explode|bombed|blew up|blows up|blown up)",
        ActKind::Explosive,
        false,
    ),
    // "their vehicle hit a mine": "mine" alone is a mining site or a
    // pronoun, so only after a verb of running onto it.
    (
        r"(?:hit|hits|struck|strikes|stepped on|steps on|ran over|runs over|drove over|drove onto) (?:a |an )?mine",
        ActKind::Explosive,
        false,
    ),
    (r"grenades?", ActKind::Grenade, true),
    (
        r"(?:shelling|mortar (?:fire|shells?|rounds?|attacks?)|mortars?|artillery (?:fire|shells?|strikes?|attacks?)|rocket (?:fire|attacks?)|rockets?|missile attacks?|missiles?|shells|shell ?fire|projectiles|rpgs?|rocket-propelled grenades?|grenade launchers?|heavy machine ?guns?|ifvs?|apcs?|tank fire|atgms?|anti-tank (?:missiles?|guided missiles?)|bursts? of fire)",
        ActKind::Shelling,
        true,
    ),
    (r"shelled|bombard(?:ed|s|ing)?", ActKind::Shelling, false),
    (r"(?:artillery )?bombardments?", ActKind::Shelling, true),
    (
        r"(?:clash(?:es)?|gun ?fights?|fire ?fights?|exchanges? of fire|skirmish(?:es)?|heavy fighting|fighting|battles?|small arms(?: fire)?|gunfire|gun battles?|shoot-?outs?)",
        ActKind::Clash,
        true,
    ),
    (
        r"(?:clashed|fought|battl(?:ed|ing)|exchanged (?:gun)?fire|exchanged (?:gun)?shots|traded (?:gun)?fire|engaged)",
        ActKind::Clash,
        false,
    ),
    (
        r"(?:took|seized|captured|overran|retook|recaptured|regained) (?:control (?:of|over) )?(?:the |a |an )?(?:military |army |police |strategic |key )?(?:town|city|village|base|camp|position|area|territory|locality|district)s?",
        ActKind::TakeTerritory,
        false,
    ),
    (
        r"(?:enforced disappearances?|disappearances?|abductions?|kidnappings?|hostage[- ]taking)",
        ActKind::Disappear,
        true,
    ),
    (
        r"(?:forcibly disappeared|disappeared|abduct(?:ed|s|ing)?|kidnap(?:ped|s|ping)?|(?:take|takes|took|taking) (?:\w+ )?hostages?|taken hostage|held hostage|(?:taken|led|driven|carried|whisked) (?:away )?to an? unknown (?:location|destination|place)|held (?:\w+ ){0,2}for ransom|went missing)",
        ActKind::Disappear,
        false,
    ),
    (
        r"(?:gang[- ]rapes?|rapes?|sexual (?:violence|assaults?|abuse)|sexually (?:assaulted|abused))",
        ActKind::SexualViolence,
        true,
    ),
    (
        r"(?:gang[- ]raped|raped|raping)",
        ActKind::SexualViolence,
        false,
    ),
    (
        r"(?:torture|ill-treatment|beatings)",
        ActKind::Torture,
        true,
    ),
    (
        r"(?:tortur(?:ed|ing|es)|ill-treated|beat(?:en|ing)? (?:up )?|flogged|whipped)",
        ActKind::Torture,
        false,
    ),
    (r"(?:blockades?|sieges?)", ActKind::Blockade, true),
    (
        r"(?:blockad(?:ed|ing|es)|besieg(?:ed|ing)|encircled)",
        ActKind::Blockade,
        false,
    ),
    (
        r"(?:arrests?|detentions? of|round-?ups?)",
        ActKind::Arrest,
        true,
    ),
    (
        r"(?:arrest(?:ed|ing)|detain(?:ed|ing|s)|apprehended|rounded up|taken into custody|jailed|imprisoned)",
        ActKind::Arrest,
        false,
    ),
    (
        r"(?:riots?|rioting|mob (?:attacks?|violence|justice)|lynchings?|violent (?:demonstrations?|protests?))",
        ActKind::Riot,
        true,
    ),
    (
        r"(?:rioted|lynched|barricaded|(?:set up|erected|built|put up|raised) (?:burning )?barricades|(?:set|put) (?:\w+ )?barricades (?:on fire|ablaze)|burn(?:ed|t|ing) (?:\w+ )?(?:barricades|tyres|tires)|(?:lit|lighting) (?:\w+ )?(?:tyres|tires|bonfires)|burning (?:barricades|tyres|tires|objects|debris|rubbish|garbage|trash)|(?:tyres|tires) (?:were )?(?:burned|burnt|set on fire|set ablaze)|(?:stones|rocks|bottles|projectiles) (?:were )?(?:thrown|hurled)|stone[- ]pelting|pelted (?:\w+ )?(?:with )?(?:stones|rocks|bottles)|(?:threw|hurled|throwing|hurling) (?:\w+ )?(?:stones|rocks|bottles|molotov cocktails?|petrol bombs?|fire-?bombs?))",
        ActKind::Riot,
        false,
    ),
    (
        r"(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|marches|motorcades?|car caravans?|human chains?|dharnas?|protest processions?|candlelight vigils?)",
        ActKind::Protest,
        true,
    ),
    (
        r"(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|marched|rallied|took to the streets?|went (?:out )?(?:in)?to the streets?|took out (?:a |an )?(?:\w+ )?processions?|picketed|(?:went|go|goes|going|were|are|is|was|remained|remain|stayed|been) on (?:a |an )?(?:(?:general|hunger|labou?r|indefinite|nationwide|warning|sit-down|\w+[- ](?:hour|day|week)|\d+[- ]?(?:hour|day|week)s?)[- ])?strike|(?:began|started|staged|launched|held|declared|called) (?:a |an )?(?:(?:general|hunger|labou?r|indefinite|nationwide|warning|sit-down|\w+[- ](?:hour|day|week)|\d+[- ]?(?:hour|day|week)s?)[- ])?(?:strike|sit-in|march|rally)|(?-i:[A-Za-z]+) on strike|(?:organi[sz]ed|held|staged|led) (?:a |an )(?-i:[a-z]+ )?(?:march|sit-in|rally|strike)|gathered (?:at|in|outside|in front of|near)|blocked (?:the )?(?:traffic|bridge|entrance|access)|blocked (?:the )?(?-i:RN|NH|N|R) ?\d+|blocked (?:the |a |several )?(?:(?-i:[a-z][a-z-]*) ){0,2}(?:roads?|highways?|streets?|bridges?|intersections?|roundabouts?|junctions?))",
        ActKind::Protest,
        false,
    ),
    (
        // "opened a checkpoint", but never "opened fire on a checkpoint":
        // after "opened" the noun's own article or adjective comes first.
        r"(?:(?:established|set up|built) (?:a |an |the |new |military |army |\w+ )*|opened (?:a |an |the |new |military |army )(?:\w+ )*)(?:base|camp|outpost|headquarters|checkpoint)s?",
        ActKind::BaseEstablished,
        false,
    ),
    (
        r"(?:withdrew (?:from|its|their)|withdrawal of (?:troops|forces)|handed over (?:control of )?(?:the )?(?:town|city|base|camp|area|territory))",
        ActKind::TransferTerritory,
        false,
    ),
    (
        r"(?:deployed|redeployed|patrolled|conducted (?:a |an )?(?:joint |military )?(?:patrols?|operations?|exercises)|imposed (?:a |an )?(?:curfew|state of emergency|lockdown)|declared (?:a |an )?(?:curfew|state of emergency)|closed (?:the |all |its )?(?:borders?|roads?|entrances?|crossings?|schools?)|released (?:\w+ ){0,3}(?:hostages|detainees|prisoners|captives)|freed (?:\w+ ){0,3}(?:hostages|detainees|prisoners|captives)|resigned|was founded|were founded|founded (?:a |an )?(?:new )?(?:group|militia|movement))",
        ActKind::NonViolent,
        false,
    ),
    (
        r"(?:defused|dismantled|foiled|seized (?:a )?(?:cache|weapons|arms|explosives|ammunition)|arms cache|weapons cache)",
        ActKind::DisruptedWeapons,
        false,
    ),
    (
        r"(?:signed (?:a |an )?(?:peace |ceasefire )?(?:agreement|accord|deal)|agreed (?:to )?(?:a )?(?:ceasefire|truce)|ceasefire agreement|peace agreement|truce)",
        ActKind::Agreement,
        false,
    ),
    // Before the verbs of arson: "burned four farmers alive" is a killing.
    (
        r"(?:burn(?:ed|t|s|ing)?|bur(?:ied|ies|y)) (?:\w+ ){0,3}alive",
        ActKind::Kill,
        false,
    ),
    (r"arson(?: attacks?)?|fire-?bombs?", ActKind::Looting, true),
    (r"fire-?bomb(?:ed|ing)", ActKind::Looting, false),
    (
        r"(?:loot(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|torched|incinerated|(?:set|sets|setting) (?:fire to|fires|alight)|(?:set|sets|setting) (?:\w+ ){0,8}(?:ablaze|alight|on fire)|burn(?:ed|t)(?: down)?|razed|ransacked|vandali[sz]ed|destroy(?:ed|ing)|demolished|robbed|robbing|hijacked|smashed|damaged|stole|seized|confiscated|stripped)",
        ActKind::Looting,
        false,
    ),
    (
        r"(?:killings?|massacres?|executions?|murders?|assassinations?|deaths?)",
        ActKind::Kill,
        true,
    ),
    (
        r"(?:kill(?:ed|ing|s)?|massacred|executed|murdered|assassinated|shot dead|shot and killed|(?:shot|stabbed|beaten|battered|hacked|burned|burnt|stoned|tortured|clubbed) to death|gunned down|behead(?:ed|s)?|decapitat(?:ed|es|e)|execut(?:es|e)|crucif(?:ied|ies|y)|butchered|slit (?:the |his |her |their )?throats?|strangled|slaughtered|died)",
        ActKind::Kill,
        false,
    ),
    // After the killings, so that "stoned to death" stays one: a crowd
    // that stones people or the police riots.
    (r"stoned", ActKind::Riot, false),
    (
        r"(?:ambush(?:es)?|attacks?|raids?|assaults?|incursions?|offensives?|shootings?|stabbings?)",
        ActKind::Attack,
        true,
    ),
    (
        r"(?:attack(?:ed|ing|s)?|ambush(?:ed|ing)?|raided|stormed|(?:open|opens|opened|opening) fire|fired(?: on| at| upon)?|shot(?: down| at)?|shoot(?:s|ing)?(?: down| at)?|shoot-?down|stabbed|stabs|hacked|rammed (?:\w+ ){0,4}into|(?:came|come|comes|coming) under (?:heavy |sustained |intense )?(?:fire|attack|gunfire)|releas(?:ed|es|e|ing) (?:\w+ )?(?:sarin|nerve|toxic|poison|chlorine|mustard) gas|targeted|struck|assaulted|assassinate)",
        ActKind::Attack,
        false,
    ),
    (
        r"(?:injur(?:ed|ing|ies|es)|wound(?:ed|ing|s)?)",
        ActKind::Injure,
        false,
    ),
    (
        r"(?:displacement|forced to flee|fled their homes|were displaced|displaced)",
        ActKind::Displace,
        false,
    ),
];

/// One automaton over the whole lexicon, without capture groups so that
/// the regex crate can use its fast DFA for the search; the kind of a match
/// is found afterwards by testing the lexicon's patterns on the matched words
/// alone (captures over 40 groups made the backtracker the hot spot), all
/// at once with a `RegexSet` (testing them one after another was a few per
/// cent of the pipeline); the first pattern of the lexicon that matches wins.
struct Automaton {
    any: LeanRegex,
    each: RegexSet,
    kinds: Vec<(ActKind, bool)>,
}

fn automaton() -> &'static Automaton {
    static RE: OnceLock<Automaton> = OnceLock::new();
    RE.get_or_init(|| {
        let alternatives: Vec<String> =
            LEXICON.iter().map(|(p, _, _)| format!("(?:{p})")).collect();
        let any = LeanRegex::new(&format!(r"(?i-u)\b(?:{})\b", alternatives.join("|")));
        let each = RegexSet::new(LEXICON.iter().map(|(p, _, _)| format!(r"(?i-u)^(?:{p})$")))
            .expect("act patterns");
        let kinds = LEXICON
            .iter()
            .map(|(_, kind, nominal)| (*kind, *nominal))
            .collect();
        Automaton { any, each, kinds }
    })
}

/// An act named inside a list of charges: "charged with “murder, aggravated
/// assault and complicity in murder”" names crimes, not events. The charge
/// ends at a closing quote, a semicolon, "in relation to" or a finite verb
/// ("accused of theft was beaten").
fn in_legal_charge(before: &str) -> bool {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        LeanRegex::new(r"(?i-u)\b(?:charged with|accused of|convicted of|guilty of|charges? of|charges including|on charges|indicted (?:for|on)|acquitted of|sentenced for|prosecuted for|complicity in)\b")
    });
    let start = before.len().saturating_sub(120);
    let start = (start..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let window = &before[start..];
    let Some(cue) = re.find_iter(window).last() else {
        return false;
    };
    let between = &window[cue.end()..];
    // "a man accused of theft was beaten up": a finite verb after the
    // charge starts the sentence's own telling, and what follows it happened
    // to the accused.
    static TOLD: OnceLock<LeanRegex> = OnceLock::new();
    let told = TOLD.get_or_init(|| LeanRegex::new(r"(?i-u)\b(?:was|were|is|are|has|have|had)\b"));
    !(told.is_match(between)
        || between.contains('”')
        || between.contains(';')
        || between.contains(" in relation")
        || between.matches('"').count() >= 2)
}

/// Words before an act that make it not (yet) an act: a threat, a plan, a
/// charge, a denial, a call, an absence ("no mention of riots").
fn blocked_by_context(before: &str) -> bool {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        LeanRegex::new(
            r"(?i-u)(?:\bno (?:mention|reports?|signs?|evidence|indication) of\s+$|\b(?:threaten(?:ed|s|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed)?|vow(?:ed|s)?|urg(?:e|ed|es)|call(?:s|ed)? (?:on \w+ )?|demand(?:s|ed)?|risk(?:s|ed)?|fear(?:s|ed)?|order(?:s|ed)?|want(?:s|ed)?|failed|refus(?:e|ed)|able|unable|allowed|authori[sz]ed|would|could(?: have)?|might|(?-i:may)|should|must|(?-i:will)|to be|not|never|no|nor|without|against|prevent(?:ed)?|risk of|fear of|threats? of|threat to|charged with|accused of|convicted of|guilty of|charges? of|charges including|complicity in|acquitted of|suspected of|risk being|face|facing|protect(?:ed|ing)? (?:\w+ )?from|laws? on|ban(?:ned)? on|prohibition of|freedom from|right to|crime of|crimes of|offence of|use of)\s+(?:\w+\s+)?(?:to\s+)?(?:be\s+)?$)",
        )
    });
    re.is_match(before)
}

/// Find the acts of a sentence.
pub fn extract(text: &str, base: usize) -> Vec<ActMention> {
    let auto = automaton();
    let mut out = Vec::new();
    for m in auto.any.find_iter(text) {
        let matches = auto.each.matches(m.as_str());
        let Some(&(kind, mut nominal)) = matches.iter().next().map(|i| &auto.kinds[i]) else {
            continue;
        };
        let before = &text[..m.start()];
        // "killing ten militants": a gerund that the verb's pattern also
        // matches is the verb unless a determiner or "of" makes it a noun
        // ("the killing of ten militants", "a killing").
        if nominal
            && m.as_str().ends_with("ing")
            && matches
                .iter()
                .any(|i| auto.kinds[i].0 == kind && !auto.kinds[i].1)
        {
            let prev = before
                .trim_end()
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let next = text[m.end()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let noun = matches!(
                prev.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "such"
                    | "same"
                    | "another"
                    | "of"
                    | "in"
                    | "for"
                    | "after"
                    | "over"
                    | "following"
            ) || next == "of"
                || next.is_empty()
                || !next.starts_with(|c: char| c.is_alphanumeric());
            if !noun {
                nominal = false;
            }
        }
        let window_start = before
            .char_indices()
            .rev()
            .filter(|(_, c)| c.is_whitespace())
            .nth(4)
            .map(|(i, _)| i)
            .unwrap_or(0);
        let window = &before[window_start..];
        if blocked_by_context(window) || in_legal_charge(before) {
            continue;
        }
        // "opened fire on them during an attempt to abduct them": the
        // abduction (or arrest, or theft) was tried and did not happen; the
        // shooting did. An attempted killing is still an attack.
        if matches!(
            kind,
            ActKind::Disappear | ActKind::Arrest | ActKind::Looting
        ) && attempted(window)
        {
            continue;
        }
        let word = m.as_str().to_ascii_lowercase();
        // "on death row", "the death penalty", "death threats", "death
        // squads": "death" names a punishment, a threat or a force, not a
        // death that happened.
        if kind == ActKind::Kill
            && matches!(word.as_str(), "death" | "deaths")
            && death_names_a_kind(&word_after(text, m.end()))
        {
            continue;
        }
        // "battling to have their claims heard": a struggle, not a fight.
        if kind == ActKind::Clash
            && word.starts_with("battl")
            && text[m.end()..].trim_start().starts_with("to ")
        {
            continue;
        }
        // "barricaded themselves inside a school": people who shut
        // themselves in occupy a place (a sit-in, or gunmen holding out),
        // they raise no barricade on a road.
        if kind == ActKind::Riot
            && word == "barricaded"
            && text[m.end()..]
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("themselves")
        {
            continue;
        }
        // "The assault was beaten back": attackers repulsed, nobody beaten.
        if kind == ActKind::Torture && word.starts_with("beat") && {
            let after = text[m.end()..].trim_start().to_ascii_lowercase();
            after.starts_with("back") || after.starts_with("off")
        } {
            continue;
        }
        let prev_word = before
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // "shot him using small arms fire", "a small arms assault": the
        // weapon of one side's act, not fighting between two.
        if kind == ActKind::Clash && word.starts_with("small arms") && {
            let after = text[m.end()..].trim_start().to_ascii_lowercase();
            matches!(prev_word.as_str(), "using" | "with" | "by")
                || after.starts_with("assault")
                || after.starts_with("attack")
        } {
            continue;
        }
        // "the looted funds", "a burnt transformer": a participle after a
        // determiner describes a noun, it tells no act ("a looting spree"
        // does).
        if kind == ActKind::Looting
            && !nominal
            && !word.ends_with("ing")
            && matches!(
                prev_word.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
            )
        {
            continue;
        }
        // "demanded the return of looted funds": money taken in the past is
        // what the sentence is about, not an act it tells.
        if kind == ActKind::Looting && !nominal && !word.ends_with("ing") && {
            let next = word_after(text, m.end());
            matches!(next.as_str(), "funds" | "money" | "assets" | "wealth")
                && matches!(
                    prev_word.as_str(),
                    "of" | "for" | "on" | "over" | "about" | "and" | "with"
                )
        } {
            continue;
        }
        // "burned effigies of the president", "torched his portraits": a
        // likeness or a flag set alight is a crowd's gesture, no damage
        // done to anyone's property.
        if kind == ActKind::Looting && symbolic_burning(&word, &text[m.end()..]) {
            continue;
        }
        // "struck" and "targeted" are acts only with a target, and "engaged"
        // only in fighting; "deaths" needs a count or victims, which the
        // counts stage gives; keep them but never as definite references.
        // "reported that shoot-outs took place": "that" or "this" before a
        // plural noun is a conjunction, not a determiner ("those" would be).
        let plural = word.ends_with('s') && !word.ends_with("ss");
        // "the kidnapped informant", "the abducted men": a participle after
        // "the" names people an act already told, like a definite noun.
        let participle = !nominal
            && word.ends_with("ed")
            && matches!(prev_word.as_str(), "the" | "these" | "those");
        let definite = participle
            || nominal
                && matches!(
                    prev_word.as_str(),
                    "the" | "these" | "those" | "its" | "his" | "her" | "their" | "such" | "same"
                )
            || nominal && !plural && matches!(prev_word.as_str(), "this" | "that");
        // "was struck", "were killed", "had been arrested": an auxiliary before
        // any verb form but the progressive makes it passive.
        // "A convoy came under fire": the subject is the target, as in the
        // passive.
        let passive = !nominal
            && (!word.ends_with("ing") && previous_is_auxiliary(before)
                || word.split(' ').nth(1) == Some("under"));
        out.push(ActMention {
            span: Span::new(base + m.start(), base + m.end()),
            kind,
            nominal,
            definite,
            passive,
        });
    }
    out
}

/// Whether the burning told by `word` (with `after`, the text that follows
/// it) is of a likeness or a flag: "burned effigies of the governor",
/// "set portraits of the president on fire", "torched his pictures".
fn symbolic_burning(word: &str, after: &str) -> bool {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        LeanRegex::new(r"(?i)\b(?:effig(?:y|ies)|images?|portraits?|pictures?|photos?|photographs?|flags?|posters?)\b")
    });
    let burning = ["burn", "torch", "set", "incinerat"]
        .iter()
        .any(|w| word.to_ascii_lowercase().starts_with(w));
    // The object: the verb's own words ("set ... on fire") or the three
    // words after it.
    let object: String = after
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    burning && (re.is_match(word) || re.is_match(&object))
}

/// "tried to", "an attempt to", "attempting to": the act that follows was
/// only tried.
fn attempted(window: &str) -> bool {
    static RE: OnceLock<LeanRegex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        LeanRegex::new(
            r"(?i-u)\b(?:tried|try|tries|trying|attempt(?:s|ed|ing)?|an attempt|attempts)\s+to\s+$",
        )
    });
    re.is_match(window)
}

/// "were (reportedly) killed", "had been arrested", "was (also) disappeared".
fn previous_is_auxiliary(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    for _ in 0..3 {
        // "gunmen presumably IS opened fire": the Islamic State's acronym,
        // not the verb.
        let word = words.next();
        if word.is_some_and(|w| w.trim_matches(|c: char| !c.is_alphabetic()) == "IS") {
            return false;
        }
        match word.map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .to_ascii_lowercase()
        }) {
            Some(w)
                if matches!(
                    w.as_str(),
                    "was" | "were" | "been" | "being" | "be" | "is" | "are" | "got" | "get"
                ) =>
            {
                return true
            }
            Some(w)
                if w.ends_with("ly")
                    || matches!(
                        w.as_str(),
                        "also" | "then" | "later" | "again" | "all" | "allegedly"
                    ) =>
            {
                continue
            }
            _ => return false,
        }
    }
    false
}

/// Whether `next`, the lower-case word after "death", makes "death" name
/// a punishment, a threat or a force ("on death row", "the death
/// penalty", "death threats", "death squads"), not a death that happened.
pub(crate) fn death_names_a_kind(next: &str) -> bool {
    matches!(
        next,
        "row"
            | "penalty"
            | "penalties"
            | "sentence"
            | "sentences"
            | "threat"
            | "threats"
            | "squad"
            | "squads"
            | "certificate"
            | "certificates"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The charge covers the crime named after the cue, not what the
    /// sentence then tells happened to the accused.
    #[test]
    fn legal_charge_ends_at_a_finite_verb() {
        assert!(in_legal_charge("He was accused of "));
        assert!(in_legal_charge(
            "the two men are charged with armed robbery and "
        ));
        assert!(!in_legal_charge(
            "a trader accused of spying for the army was "
        ));
        assert!(!in_legal_charge("suspects accused of theft were "));
    }

    fn kinds(text: &str) -> Vec<(ActKind, String)> {
        extract(text, 0)
            .into_iter()
            .map(|a| (a.kind, text[a.span.start..a.span.end].to_string()))
            .collect()
    }

    #[test]
    fn verbs_and_nouns() {
        assert_eq!(
            kinds("Soldiers killed 22 people in an airstrike on the village."),
            vec![
                (ActKind::Kill, "killed".into()),
                (ActKind::Airstrike, "airstrike".into())
            ]
        );
        assert_eq!(
            kinds("Police arrested 30 people and tortured an elderly man."),
            vec![
                (ActKind::Arrest, "arrested".into()),
                (ActKind::Torture, "tortured".into())
            ]
        );
        assert_eq!(
            kinds("An IED attack and a suicide bombing hit the market."),
            vec![
                (ActKind::Explosive, "IED".into()),
                (ActKind::Attack, "attack".into()),
                (ActKind::SuicideBomb, "suicide bombing".into())
            ]
        );
    }

    #[test]
    fn an_attack_beaten_back_is_no_beating() {
        assert!(kinds("The raid was beaten back by villagers.")
            .iter()
            .all(|(k, _)| *k != ActKind::Torture));
        assert_eq!(
            kinds("Soldiers beat a trader.")
                .iter()
                .filter(|(k, _)| *k == ActKind::Torture)
                .count(),
            1
        );
    }

    #[test]
    fn a_gerund_with_an_object_is_the_verb() {
        let nominal = |text: &str| extract(text, 0).first().map(|a| a.nominal);
        assert_eq!(
            nominal("Troops raided the camp, killing four men."),
            Some(false)
        );
        assert_eq!(
            nominal("They condemned the killing of four men."),
            Some(true)
        );
        assert_eq!(nominal("A killing was reported in the town."), Some(true));
    }

    #[test]
    fn death_row_penalty_and_threats_are_not_killings() {
        assert!(kinds("About 60 prisoners remained on death row.").is_empty());
        assert!(kinds("The death penalty was abolished for ordinary crimes.").is_empty());
        assert!(kinds("Two editors received death threats from a militia.").is_empty());
        assert!(kinds("Eleven death sentences were commuted in May.").is_empty());
        assert_eq!(
            kinds("The death squad was blamed for the deaths of 12 youths."),
            vec![(ActKind::Kill, "deaths".into())]
        );
    }

    #[test]
    fn threats_plans_and_charges_are_not_acts() {
        assert!(kinds("The group threatened to kill the villagers.").is_empty());
        assert!(kinds("The authorities plan to arrest the leaders.").is_empty());
        assert!(kinds("He was charged with murder and complicity in torture.").is_empty());
        assert!(kinds("Nobody could have killed them.").is_empty());
        assert_eq!(
            kinds("The mayor was detained and charged with “murder, armed assault and complicity in murder”, in relation to the deaths of 9 marchers."),
            vec![(ActKind::Arrest, "detained".into()), (ActKind::Kill, "deaths".into())]
        );
        assert_eq!(kinds("In May soldiers killed two men.").len(), 1);
    }

    #[test]
    fn passive_and_definite() {
        let acts = extract(
            "Two men were reportedly killed. The attack was condemned.",
            0,
        );
        assert!(acts[0].passive);
        assert!(!acts[1].passive && acts[1].definite);
    }

    /// Killings told by the way they were done.
    #[test]
    fn throats_slit_and_heads_cut_are_killings() {
        for text in [
            "Raiders slit the throats of three herders.",
            "Bandits decapitated a guard.",
            "A man strangled his neighbour.",
        ] {
            assert_eq!(kinds(text)[0].0, ActKind::Kill, "{text}");
        }
    }

    /// Event lists tell in the historical present ("gunmen open fire",
    /// "a bomb explodes"); the same acts as in the past tense.
    #[test]
    fn present_tense_of_lists() {
        for (text, kind) in [
            (
                "A parcel bomb explodes at a post office.",
                ActKind::Explosive,
            ),
            ("Two gunmen open fire on a bus.", ActKind::Attack),
            ("A militant beheads a farmer.", ActKind::Kill),
            ("The group executes a captured pilot.", ActKind::Kill),
            ("Raiders burn six herders alive.", ActKind::Kill),
            ("Masked men abduct a judge.", ActKind::Disappear),
            ("Separatists shoot down a helicopter.", ActKind::Attack),
            ("Rebels take workers hostage.", ActKind::Disappear),
            (
                "The two nurses were taken to an unknown location.",
                ActKind::Disappear,
            ),
            ("Youths set a police car alight.", ActKind::Looting),
            ("Cultists release sarin gas on a train.", ActKind::Attack),
            ("Troops bombarded the rebel-held hills.", ActKind::Shelling),
            (
                "The army conducted artillery bombardment of the ridge.",
                ActKind::Shelling,
            ),
            ("A youth attempted to decapitate a teacher.", ActKind::Kill),
        ] {
            assert_eq!(kinds(text).first().map(|k| k.0), Some(kind), "{text}");
        }
    }

    /// Burning tyres or objects on a road, and stones thrown, are a riot's
    /// acts, whatever else the crowd says it does.
    #[test]
    fn burning_tyres_and_thrown_stones_riot() {
        for text in [
            "Residents blocked the avenue with burning tyres.",
            "Tires were burned on the ring road.",
            "Stones were thrown at the town hall.",
            "Villagers stoned two forest guards.",
        ] {
            assert!(
                kinds(text).iter().any(|(k, _)| *k == ActKind::Riot),
                "{text}"
            );
        }
    }

    /// "stoned to death" is a killing, not a riot's stones; a crowd that
    /// stones someone to death riots and kills (ACLED's mob violence).
    #[test]
    fn stoned_to_death_is_a_killing() {
        assert_eq!(
            kinds("A crowd stoned a thief to death."),
            vec![
                (ActKind::Riot, "stoned".to_string()),
                (ActKind::Kill, "death".to_string())
            ]
        );
        assert_eq!(kinds("Two men were stoned to death.")[0].0, ActKind::Kill);
    }

    /// "came under fire": the subject is the target, as in the passive.
    #[test]
    fn coming_under_fire_is_passive() {
        let acts = extract("A police patrol came under heavy fire near the dam.", 0);
        assert_eq!(acts[0].kind, ActKind::Attack);
        assert!(acts[0].passive);
    }

    /// What was only tried did not happen: "during an attempt to abduct
    /// them" is no abduction (the shooting that came with it is an act).
    #[test]
    fn an_attempted_abduction_is_no_abduction() {
        assert_eq!(
            kinds("Gunmen opened fire on two guards during an attempt to abduct them."),
            vec![(ActKind::Attack, "opened fire".to_string())]
        );
        assert!(kinds("The men tried to seize the ballot boxes.").is_empty());
        assert_eq!(kinds("They tried to kill the judge.")[0].0, ActKind::Kill);
    }

    /// "battling to be heard" is a struggle; "battling rebels" a fight.
    #[test]
    fn battling_to_is_no_battle() {
        assert!(kinds("Families are battling to trace the missing.")
            .iter()
            .all(|(k, _)| *k != ActKind::Clash));
        assert_eq!(
            kinds("Troops were battling rebels near the dam.")[0].0,
            ActKind::Clash
        );
    }

    /// A firebomb is an arson attack, as a noun or a verb.
    #[test]
    fn firebombs_are_arson() {
        assert_eq!(
            kinds("Youths firebombed a tax office; two firebombs hit the roof."),
            vec![
                (ActKind::Looting, "firebombed".to_string()),
                (ActKind::Looting, "firebombs".to_string()),
            ]
        );
    }

    /// "the kidnapped trader" names someone an abduction already told.
    #[test]
    fn a_participle_after_the_is_definite() {
        let acts = extract(
            "Gunmen kidnapped a trader. Two days later the kidnapped trader was shot dead.",
            0,
        );
        assert!(!acts[0].definite);
        assert!(acts[1].definite, "{:?}", acts[1]);
        assert!(!acts[2].definite);
    }
}
