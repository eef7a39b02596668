//! Prohibited uses said in other words than the phrases of [`super::PROHIBITED_WORDS`]: people
//! kept unaware of what watches them or where their data goes, a face watchlist built from
//! protests, an assistant that hides being a machine, quotes made up for real people, calls
//! made in the name of the police or a court, a debt pressed through the debtor's workplace or
//! family, and an age check that is only the user's word. A hostile review wrote each into an
//! example that passed the gate. Each reader runs only where its key words stand in the text,
//! found in one pass over its words (issue 7).

use super::{Described, first_phrase, sentences_of, without_conditions};
use crate::engine::spaced_words;

/// Words that deny what follows them.
const DENIALS: &[&str] = &[
    "not", "t", "never", "no", "nor", "nothing", "nobody", "none", "cannot", "without",
];

/// Reads `text` (`spaced_text` its [`spaced_words`]) for the uses above and adds each to `out`
/// at its first sentence, once per prohibition; a sentence that asks, or tells of a test
/// (`testing`), describes no use.
pub(super) fn read(text: &str, spaced_text: &str, testing: &[&str], out: &mut Vec<Described>) {
    let (mut tell, mut watch, mut protest, mut machine, mut claim) =
        (false, false, false, false, false);
    let (mut quote, mut behalf, mut debt, mut others, mut age) =
        (false, false, false, false, false);
    for w in spaced_text.split_whitespace() {
        tell |= matches!(
            w,
            "told"
                | "informed"
                | "notified"
                | "unaware"
                | "knowledge"
                | "knowing"
                | "know"
                | "covertly"
                | "covert"
                | "secretly"
                | "secret"
                | "notice"
                | "telling"
                | "informing"
        );
        watch |= watched_or_passed(w);
        protest |= matches!(
            w,
            "protest"
                | "protests"
                | "protesters"
                | "protestors"
                | "demonstration"
                | "demonstrations"
                | "demonstrators"
                | "rally"
                | "rallies"
                | "picket"
                | "pickets"
        );
        machine |= a_machine_word(w);
        claim |= owns_up(w) || claims_to_be(w) || matches!(w, "rather" | "instead");
        quote |= matches!(
            w,
            "quote" | "quotes" | "quoted" | "quotation" | "quotations"
        );
        behalf |= matches!(
            w,
            "behalf" | "posing" | "poses" | "pretends" | "pretending" | "impersonating"
        );
        debt |= matches!(
            w,
            "arrears"
                | "debt"
                | "debts"
                | "debtor"
                | "debtors"
                | "collection"
                | "collections"
                | "overdue"
                | "repay"
                | "repayment"
                | "repayments"
                | "owe"
                | "owed"
                | "owes"
                | "unpaid"
                | "behind"
                | "missed"
        );
        others |= pressed_through(w);
        age |= matches!(w, "age" | "birth" | "dob" | "13" | "16" | "18");
    }
    let kept = tell && (watch || machine);
    let watchlist =
        protest && (spaced_text.contains(" watchlist") || spaced_text.contains(" watch list"));
    let hides = machine && claim;
    let authority = behalf && debt;
    let pressed = debt && others;
    let age = age && SELF_DECLARED.iter().any(|k| spaced_text.contains(k));
    if !(kept || watchlist || hides || quote || authority || pressed || age) {
        return;
    }
    let joined = crate::assessment::as_words(text);
    let mut previous = String::new();
    for sentence in sentences_of(&joined) {
        if sentence.trim_end().ends_with('?') {
            previous.clear();
            continue;
        }
        let sentence = sentence.trim_end_matches(['.', '!']);
        let spaced = spaced_words(sentence);
        if spaced.split_whitespace().any(|w| testing.contains(&w)) {
            previous = spaced;
            continue;
        }
        let mut found = Vec::new();
        if kept && let Some(id) = kept_from_them(sentence, &spaced, &previous) {
            found.push(id);
        }
        if watchlist && protesters_watched(&spaced) {
            found.push("privacy");
        }
        if hides && passed_off_as_a_person(sentence) {
            found.push("disinformation");
        }
        if quote && quotes_made_up(&spaced) {
            found.push("disinformation");
        }
        if authority && calls_in_an_authoritys_name(&spaced, spaced_text) {
            found.push("disinformation");
        }
        if pressed && pressed_through_others(sentence, &spaced) {
            found.push("harassment");
        }
        if age && age_only_declared(&spaced) {
            found.push("minors");
        }
        for id in found {
            if !out.iter().any(|(o, _, _)| *o == id) {
                out.push((id, sentence.trim().replace('"', "'"), false));
            }
        }
        previous = spaced;
    }
}

/// Words of watching people, or of passing their data on.
fn watched_or_passed(w: &str) -> bool {
    matches!(
        w,
        "monitor"
            | "monitors"
            | "monitored"
            | "monitoring"
            | "screenshot"
            | "screenshots"
            | "surveillance"
            | "tracked"
            | "tracking"
            | "tracks"
            | "chats"
            | "messages"
            | "emails"
            | "keystrokes"
            | "record"
            | "records"
            | "recorded"
            | "recording"
            | "recordings"
            | "screens"
            | "reads"
            | "cctv"
            | "camera"
            | "cameras"
            | "footage"
            | "webcam"
            | "location"
            | "shared"
            | "passed"
            | "sold"
            | "police"
            | "enforcement"
            | "immigration"
            | "broker"
            | "brokers"
            | "enrichment"
            | "scrape"
            | "scraped"
            | "scraping"
            | "posts"
            | "profiling"
            | "dossier"
            | "dossiers"
            | "compiled"
            | "data"
    )
}

/// Words of a machine, as an assistant is said to be one.
fn a_machine_word(w: &str) -> bool {
    matches!(
        w,
        "ai" | "bot"
            | "chatbot"
            | "robot"
            | "automated"
            | "machine"
            | "computer"
            | "virtual"
            | "generated"
            | "synthetic"
            | "cloned"
            | "artificial"
    )
}

/// Words of the people around a debtor, whom a collector presses ([`pressed_through_others`]).
fn pressed_through(w: &str) -> bool {
    matches!(
        w,
        "workplace"
            | "employer"
            | "employers"
            | "family"
            | "relatives"
            | "relative"
            | "neighbours"
            | "neighbors"
            | "colleagues"
            | "boss"
            | "reference"
            | "friends"
    )
}

/// Words that name the people a sentence is about, as not being told.
fn people(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "staff"
            | "employees"
            | "workers"
            | "colleagues"
            | "users"
            | "customers"
            | "clients"
            | "claimants"
            | "applicants"
            | "candidates"
            | "borrowers"
            | "tenants"
            | "residents"
            | "citizens"
            | "members"
            | "patients"
            | "students"
            | "pupils"
            | "parents"
            | "families"
            | "children"
            | "individuals"
            | "subjects"
            | "readers"
            | "viewers"
            | "listeners"
            | "callers"
            | "visitors"
            | "they"
            | "nobody"
            | "anyone"
    )
}

/// Said of people kept unaware: "not told", "aren't informed", "havent been informed" (the
/// apostrophe dropped), "unaware", "don't know". Each needs the people named in its clause.
const NOT_TOLD: &[&[&str]] = &[
    &["not", "told"],
    &["not", "been", "told"],
    &["never", "told"],
    &["never", "been", "told"],
    &["t", "told"],
    &["t", "been", "told"],
    &["havent", "been", "told"],
    &["arent", "told"],
    &["not", "informed"],
    &["not", "been", "informed"],
    &["never", "informed"],
    &["t", "informed"],
    &["t", "been", "informed"],
    &["havent", "been", "informed"],
    &["arent", "informed"],
    &["not", "notified"],
    &["not", "been", "notified"],
    &["t", "notified"],
    &["t", "been", "notified"],
    &["havent", "been", "notified"],
    &["unaware"],
    &["don", "t", "know"],
    &["dont", "know"],
    &["do", "not", "know"],
    &["doesn", "t", "know"],
    &["does", "not", "know"],
];

/// Said of a use kept from the people it touches, with or without them named: "without their
/// knowledge", "covertly", "the privacy notice doesn't mention this".
const BEHIND_THEIR_BACKS: &[&[&str]] = &[
    &["without", "their", "knowledge"],
    &["without", "them", "knowing"],
    &["without", "telling", "them"],
    &["without", "informing", "them"],
    &["without", "notifying", "them"],
    &["covertly"],
    &["secretly"],
    &["in", "secret"],
    &["notice", "doesn", "t", "mention"],
    &["notice", "doesnt", "mention"],
    &["notice", "does", "not", "mention"],
    &["notice", "doesn", "t", "cover"],
    &["notice", "does", "not", "cover"],
];

/// Whether the sentence (`spaced`, with the one before it `previous`) says people are kept
/// unaware of what watches them or where their data goes, and which prohibition that reads as:
/// the privacy one (a hostile review's "Staff havent been informed the agent is running",
/// "employees are unaware their chats are being read", data shared with the Home Office while
/// "the claimant privacy notice doesn't mention this yet"), or deception where what they are
/// not told is that a machine wrote or speaks ("Readers aren't told the articles are machine
/// written"). Not where it is denied ("nothing runs without their knowledge"), over ("until
/// March"), settled by an exemption, or of a detail ("not told the score itself", "not told
/// which model"), nor where nothing in it or the sentence before watches people or passes
/// their data.
fn kept_from_them(sentence: &str, spaced: &str, previous: &str) -> Option<&'static str> {
    let all: Vec<&str> = spaced.split_whitespace().collect();
    if all.iter().any(|w| {
        matches!(
            *w,
            "until"
                | "since"
                | "previously"
                | "formerly"
                | "earlier"
                | "detect"
                | "detects"
                | "detected"
                | "detection"
        )
    }) {
        return None;
    }
    let exempt = all
        .iter()
        .any(|w| w.starts_with("exempt") || *w == "exemption")
        && !all.iter().any(|w| {
            matches!(
                *w,
                "whether" | "considering" | "unclear" | "unsure" | "undecided" | "yet" | "no"
            )
        });
    if exempt {
        return None;
    }
    let clauses: Vec<String> = sentence
        .split([';', ','])
        .map(|c| spaced_words(&without_conditions(c)))
        .collect();
    // Per clause: whether it says they are kept unaware, and whether of a machine's part.
    let unaware = clauses.iter().enumerate().find_map(|(at, clause)| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let (told, (i, n)) = match (
            first_phrase(&words, NOT_TOLD),
            first_phrase(&words, BEHIND_THEIR_BACKS),
        ) {
            (Some(t), _) => (true, t),
            (None, Some(b)) => (false, b),
            (None, None) => return None,
        };
        // A denial before the words, or for those without a negation of their own anywhere
        // ("covert monitoring is not permitted").
        let denied = words
            .iter()
            .enumerate()
            .filter(|(k, _)| *k < i || (!told && *k >= i + n))
            .any(|(_, w)| DENIALS.contains(w));
        // Told in another clause: "many customers don't know their calls are recorded, so the
        // IVR says so at the start of every call".
        let remedied = clauses.iter().enumerate().any(|(k, other)| {
            k != at
                && !other.split_whitespace().any(|w| DENIALS.contains(&w))
                && other.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "told"
                            | "tell"
                            | "tells"
                            | "informs"
                            | "informed"
                            | "explains"
                            | "explain"
                            | "notifies"
                            | "notified"
                            | "announces"
                            | "says"
                            | "shows"
                            | "banner"
                            | "notice"
                            | "disclosure"
                            | "discloses"
                            | "disclosed"
                            | "labelled"
                            | "labeled"
                    )
                })
        });
        let after = words.get(i + n..).unwrap_or_default();
        let after = after.strip_prefix(&["of"]).unwrap_or(after);
        let after = after.strip_prefix(&["about"]).unwrap_or(after);
        // What they are not told: a detail of the outcome, or which of something, is not the
        // use itself ("not told the score itself", "not told which model answers").
        let detail = after.first().is_some_and(|w| {
            // "not told to monitor anyone" is no instruction given.
            matches!(
                *w,
                "which" | "what" | "how" | "whether" | "when" | "who" | "to"
            ) || (matches!(*w, "the" | "their" | "its")
                && after.iter().take(3).any(|a| {
                    matches!(
                        *a,
                        "score"
                            | "scores"
                            | "rank"
                            | "ranking"
                            | "threshold"
                            | "weights"
                            | "details"
                            | "result"
                            | "results"
                            | "grade"
                            | "reasons"
                            | "name"
                    )
                }))
        });
        // "don't know" and "the notice doesn't mention" end the clause or name the use ("the
        // people concerned don't know"), not "don't know the answer".
        let last = words.get(i + n - 1).copied();
        let open_ended = !matches!(last, Some("know" | "mention" | "cover"))
            || after.first().is_none_or(|w| {
                matches!(
                    *w,
                    "this" | "it" | "that" | "them" | "these" | "those" | "any" | "anything"
                )
            });
        let named = !told || words.iter().any(|w| people(w));
        // Not told that a machine wrote or speaks: "the articles are machine written", "they
        // are talking to a bot".
        let machine = after.iter().take(6).enumerate().any(|(k, w)| {
            matches!(*w, "is" | "are" | "was" | "were" | "s" | "re")
                && after.iter().skip(k + 1).take(3).any(|a| a_machine_word(a))
        });
        (!denied && !remedied && !detail && open_ended && named).then_some(machine)
    })?;
    if unaware {
        return Some("disinformation");
    }
    let watched = |s: &str| s.split_whitespace().any(watched_or_passed);
    (watched(spaced) || watched(previous)).then_some("privacy")
}

/// Whether the sentence (spaced words) says faces are matched against a watchlist built from
/// protests: "matching faces against a watchlist built from protest footage, and patrols detain
/// whoever is flagged" (a hostile review). Not where anything in it denies ("protest footage is
/// never used").
fn protesters_watched(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    (spaced.contains(" watchlist") || spaced.contains(" watch list "))
        && words.iter().any(|w| {
            w.starts_with("protest") || w.starts_with("demonstrat") || matches!(*w, "rally")
        })
        && words.iter().any(|w| {
            matches!(
                *w,
                "face" | "faces" | "facial" | "cctv" | "camera" | "cameras" | "footage"
            )
        })
        && !words.iter().any(|w| DENIALS.contains(w))
}

/// Verbs of owning up to what the assistant is, which a rule may forbid it ("never to admit
/// it's automated").
fn owns_up(w: &str) -> bool {
    matches!(
        w,
        "admit"
            | "admits"
            | "admitting"
            | "reveal"
            | "reveals"
            | "disclose"
            | "discloses"
            | "tell"
            | "tells"
            | "say"
            | "says"
            | "confirm"
            | "confirms"
            | "acknowledge"
            | "acknowledges"
            | "mention"
            | "mentions"
    )
}

/// Verbs of claiming to be something.
fn claims_to_be(w: &str) -> bool {
    matches!(
        w,
        "claims"
            | "claim"
            | "claiming"
            | "says"
            | "say"
            | "tells"
            | "tell"
            | "insists"
            | "insist"
            | "introduces"
            | "presents"
            | "poses"
            | "posing"
            | "pretends"
            | "pretending"
            | "passes"
    )
}

/// Where, after `from` in `words`, a copula stands within `within` words and a machine word
/// within three after it, with no denial between: "it's automated", "that it is an AI".
fn is_a_machine(words: &[&str], from: usize, within: usize) -> bool {
    let span: Vec<&str> = words
        .iter()
        .skip(from)
        .take(within)
        .take_while(|w| !matches!(**w, "and" | "but" | "or"))
        .copied()
        .collect();
    span.iter().enumerate().any(|(k, w)| {
        matches!(*w, "is" | "s" | "are" | "re" | "being" | "was" | "be")
            && !span
                .get(..k)
                .unwrap_or_default()
                .iter()
                .any(|b| DENIALS.contains(b))
            && span
                .iter()
                .skip(k + 1)
                .take(3)
                .take_while(|a| !DENIALS.contains(*a))
                .any(|a| a_machine_word(a))
    })
}

/// Whether `sentence` says an assistant hides being a machine or claims to be a person: "it's
/// instructed never to admit it's automated, even if the borrower asks directly", "claims to be
/// a human agent called Karen", "is not to tell borrowers it is a bot", "tells them he's a
/// 16-year-old volunteer rather than an AI" (a hostile review). Not where it says what it is
/// ("the persona says it is Owl, an AI, when asked"), denies the claim ("it never claims to be
/// human"), or keeps it back only until asked ("doesn't say it is a bot unless asked").
fn passed_off_as_a_person(sentence: &str) -> bool {
    let clauses: Vec<String> = sentence.split([';', ',']).map(spaced_words).collect();
    let whole = spaced_words(sentence);
    let all: Vec<&str> = whole.split_whitespace().collect();
    // Kept back only until asked: "unless asked", "when asked"; not "even if they ask".
    let until_asked = all.iter().enumerate().any(|(k, w)| {
        *w == "unless"
            || (matches!(*w, "if" | "when")
                && k.checked_sub(1).and_then(|j| all.get(j)) != Some(&"even")
                && all.iter().skip(k + 1).take(3).any(|a| a.starts_with("ask")))
    });
    // It says what it is somewhere in the sentence: "says it is Owl, an AI".
    let owned = clauses.iter().any(|c| {
        let words: Vec<&str> = c.split_whitespace().collect();
        words.iter().enumerate().any(|(j, w)| {
            owns_up(w)
                && !words
                    .get(j.saturating_sub(3)..j)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| DENIALS.contains(b))
                && is_a_machine(&words, j + 1, 6)
        })
    }) || all.windows(4).any(|w| {
        matches!(
            w.first(),
            Some(&("says" | "tells" | "introduces" | "presents"))
        ) && w.iter().skip(1).any(|a| a_machine_word(a))
    });
    // Said of an assistant, not of a person: "Sam tells them ..." beside "a peer-support
    // persona", "The bot claims ...".
    let persona = all.iter().any(|w| {
        a_machine_word(w)
            || matches!(
                *w,
                "persona" | "assistant" | "agent" | "avatar" | "character" | "bot"
            )
    });
    clauses.iter().any(|c| {
        let words: Vec<&str> = c.split_whitespace().collect();
        words.iter().enumerate().any(|(j, w)| {
            let before = words.get(j.saturating_sub(3)..j).unwrap_or_default();
            let negated = before.iter().any(|b| matches!(*b, "never" | "not" | "t"));
            // A negation before the negation undoes it: "we never tell it not to admit".
            let undone = negated
                && before
                    .iter()
                    .position(|b| matches!(*b, "never" | "not" | "t"))
                    .is_some_and(|p| {
                        words
                            .get(..j.saturating_sub(3) + p)
                            .unwrap_or_default()
                            .iter()
                            .any(|b| DENIALS.contains(b))
                    });
            // Forbidden to own up: "never to admit it's automated".
            let hidden =
                owns_up(w) && negated && !undone && !until_asked && is_a_machine(&words, j + 1, 6);
            // Claims to be a person: "claims to be a human agent", "tells them he's a ...
            // volunteer rather than an AI".
            let claimed = claims_to_be(w)
                && !words
                    .get(..j)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| DENIALS.contains(b))
                && !owned
                && persona
                && claims_a_person(&words, j + 1);
            hidden || claimed
        })
    })
}

/// Whether the words from `from` claim a person: "to be a human agent", "he's a 16-year-old
/// volunteer rather than an AI", "it is a real person".
fn claims_a_person(words: &[&str], from: usize) -> bool {
    let span = words
        .get(from..(from + 4).min(words.len()))
        .unwrap_or_default();
    let Some(k) = span
        .iter()
        .position(|w| matches!(*w, "be" | "is" | "s" | "am" | "m" | "are" | "re" | "as"))
    else {
        return false;
    };
    let rest: Vec<&str> = words
        .get(from + k + 1..)
        .unwrap_or_default()
        .iter()
        .take(8)
        .copied()
        .take_while(|w| !a_machine_word(w) && !matches!(*w, "and" | "but" | "or" | "that"))
        .collect();
    // Not "a human-sounding assistant", "human-like".
    let person = rest.iter().take(6).enumerate().any(|(k, w)| {
        matches!(*w, "human" | "person" | "volunteer" | "man" | "woman")
            && !matches!(rest.get(k + 1), Some(&("sounding" | "like")))
    });
    // "rather than an AI" after the claim: what it says it is not.
    let not_a_machine = words
        .get(from + k + 1..)
        .unwrap_or_default()
        .windows(4)
        .any(|w| {
            matches!(w, ["rather" | "instead", "than" | "of", ..])
                && w.iter().skip(2).any(|a| a_machine_word(a))
        });
    person || not_a_machine
}

/// Whether the sentence (spaced words) says quotes are made up and put under real people's
/// names: "adds quotes from the councillors involved where we didn't get any; the quotes are
/// 'representative' of what they would likely say, and run under their names" (a hostile
/// review). Not where the making up is denied ("quotes are never invented"), nor quotes only
/// checked or flagged.
fn quotes_made_up(spaced: &str) -> bool {
    const MADE_UP: &[&str] = &[
        " invented ",
        " invents ",
        " invent ",
        " made up ",
        " makes up ",
        " make up ",
        " fabricated ",
        " fabricates ",
        " would likely say ",
        " would say ",
        " might say ",
        " likely to say ",
        " didn t get any ",
        " did not get any ",
        " never said ",
        " imagined ",
    ];
    const UNDER_THEIR_NAMES: &[&str] = &[
        " under their names ",
        " under their name ",
        " under the names of ",
        " under the name of ",
        " attributed to ",
        " in their names ",
        " in their name ",
        " credited to ",
    ];
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if words.iter().any(|w| {
        matches!(
            *w,
            "flag" | "flags" | "flagged" | "detect" | "detects" | "detected" | "checks"
        )
    }) || !UNDER_THEIR_NAMES.iter().any(|p| spaced.contains(p))
    {
        return false;
    }
    MADE_UP.iter().any(|m| {
        spaced.match_indices(m).any(|(at, _)| {
            let before = spaced.get(..at).unwrap_or_default();
            !before
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| DENIALS.contains(&w))
        })
    })
}

/// Whether the sentence (spaced words) says calls or letters speak in the name of the police,
/// a sheriff or a court to get people to pay: "the script says we're calling 'on behalf of the
/// county sheriff's office' so people pay the same day" (a hostile review). Not where the text
/// names such a body as the client ("the sheriff's office is our client", "under contract"), nor
/// where it is denied.
fn calls_in_an_authoritys_name(spaced: &str, spaced_text: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let law = |w: &str| {
        matches!(
            w,
            "sheriff"
                | "police"
                | "court"
                | "courts"
                | "marshal"
                | "marshals"
                | "hmrc"
                | "irs"
                | "fbi"
                | "constabulary"
                | "prosecutor"
                | "bailiff"
                | "bailiffs"
        )
    };
    let leave = spaced_text.split_whitespace().any(|w| {
        matches!(
            w,
            "client"
                | "contract"
                | "contracted"
                | "commissioned"
                | "appointed"
                | "instructed"
                | "authorised"
                | "authorized"
                | "engaged"
        )
    });
    if leave || words.iter().any(|w| DENIALS.contains(w)) {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        let named = |from: usize| words.iter().skip(from).take(5).any(|a| law(a));
        (*w == "behalf"
            && words.get(i + 1) == Some(&"of")
            && named(i + 2)
            && words.iter().any(|s| {
                matches!(
                    *s,
                    "script" | "says" | "say" | "claims" | "claim" | "tell" | "tells" | "calling"
                )
            }))
            || (matches!(
                *w,
                "posing" | "poses" | "pretends" | "pretending" | "impersonating"
            ) && named(i + 1))
    })
}

/// Whether the sentence (`spaced` its words) says a debt is pressed through the debtor's
/// workplace or family: "a field agent may 'drop by your workplace to discuss this in person'
/// and cc the family member they listed as a reference" (a hostile review). Not in a clause
/// that denies it ("we never contact a debtor's employer or family"), nor where the debtor
/// chose it ("a relative they nominate"), nor where it is blocked.
fn pressed_through_others(sentence: &str, spaced: &str) -> bool {
    let chosen = spaced.split_whitespace().any(|w| {
        matches!(
            w,
            "nominate"
                | "nominates"
                | "nominated"
                | "consent"
                | "consents"
                | "consented"
                | "agreed"
                | "request"
                | "requests"
                | "requested"
                | "permission"
                | "chooses"
                | "chose"
                | "block"
                | "blocks"
                | "blocked"
                | "prevent"
                | "prevents"
                | "forbidden"
                | "prohibited"
                | "banned"
                | "flag"
                | "flags"
                | "order"
                | "ordered"
        )
    });
    if chosen {
        return false;
    }
    sentence.split(';').any(|clause| {
        let clause = spaced_words(&without_conditions(clause));
        let words: Vec<&str> = clause.split_whitespace().collect();
        !words.iter().any(|w| DENIALS.contains(w))
            && words.iter().enumerate().any(|(i, w)| {
                matches!(
                    *w,
                    "visit"
                        | "visits"
                        | "visiting"
                        | "drop"
                        | "drops"
                        | "turn"
                        | "show"
                        | "call"
                        | "calls"
                        | "calling"
                        | "phone"
                        | "phones"
                        | "contact"
                        | "contacts"
                        | "contacting"
                        | "cc"
                        | "ccs"
                        | "copy"
                        | "copies"
                        | "copied"
                        | "tell"
                        | "tells"
                        | "telling"
                        | "inform"
                        | "informs"
                        | "email"
                        | "emails"
                        | "text"
                        | "texts"
                        | "notify"
                        | "notifies"
                        | "write"
                        | "writes"
                ) && words.iter().skip(i + 1).take(4).any(|a| pressed_through(a))
            })
    })
}

/// Words of an age check that takes the user's word, as spaced words.
const SELF_DECLARED: &[&str] = &[
    " tick box",
    " tick a box",
    " ticks a box",
    " tick the box",
    " ticking a box",
    " tickbox",
    " checkbox",
    " check box",
    " dropdown",
    " drop down",
    " self declared",
    " self declaration",
    " self declare",
    " self reported",
    " self certified",
    " self certification",
    " by email",
    " email check",
];

/// Whether the sentence (spaced words) says the age check takes the user's word while explicit
/// material or under-age users get through: "the client's age gate is a tick box, and explicit
/// images are allowed", "the date-of-birth dropdown ... under-13s who pick an older year get
/// in" (a hostile review). Not an age check said to be more than that ("verified with a Yoti
/// check, not self-declared"), explicit material denied ("nothing explicit is generated"), nor
/// children let in with a parent's consent.
fn age_only_declared(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let denied_at = |at: usize| {
        spaced
            .get(..at)
            .unwrap_or_default()
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| DENIALS.contains(&w) || matches!(w, "than" | "instead" | "beyond"))
    };
    let checks_age = words
        .iter()
        .any(|w| matches!(*w, "age" | "birth" | "dob" | "13" | "16" | "18"));
    let declared = SELF_DECLARED
        .iter()
        .any(|k| spaced.match_indices(k).any(|(at, _)| !denied_at(at)));
    if !checks_age || !declared {
        return false;
    }
    let denied = |i: usize| {
        words
            .get(i.saturating_sub(3)..i)
            .unwrap_or_default()
            .iter()
            .any(|w| DENIALS.contains(w))
    };
    let explicit = words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "explicit"
                | "sexual"
                | "sexually"
                | "nude"
                | "nudes"
                | "nudity"
                | "porn"
                | "pornography"
                | "pornographic"
                | "nsfw"
                | "erotic"
        ) && !denied(i)
            // "explicit content is blocked for everyone"
            && !words.iter().skip(i + 1).take(4).any(|a| {
                DENIALS.contains(a)
                    || matches!(
                        *a,
                        "blocked"
                            | "filtered"
                            | "removed"
                            | "refused"
                            | "rejected"
                            | "banned"
                            | "prohibited"
                            | "forbidden"
                    )
            })
    });
    let parent = words.iter().any(|w| {
        matches!(
            *w,
            "parent" | "parents" | "parental" | "guardian" | "guardians" | "consent"
        )
    });
    let minor = words.iter().any(|w| {
        matches!(
            *w,
            "underage" | "children" | "kids" | "minors" | "13s" | "16s" | "18s"
        )
    }) || spaced.contains(" under 13 ")
        || spaced.contains(" under 16 ")
        || spaced.contains(" under 18 ");
    let get_in = words.windows(2).enumerate().any(|(i, w)| {
        matches!(
            w,
            [
                "get" | "gets" | "got" | "slip" | "slips" | "let",
                "in" | "through" | "past"
            ] | ["sign" | "signs", "up"]
                | ["can" | "still", "join" | "register"]
        ) && !denied(i)
    });
    explicit || (minor && get_in && !parent)
}
