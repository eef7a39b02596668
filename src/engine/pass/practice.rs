//! What a review is in practice, read from numbers and from what the reviewer sees: a handful of
//! cases opened out of thousands ("41,260 declines were proposed and the audit trail shows 38
//! of them were opened by an officer"), and a reviewer whose screen leaves the case itself out
//! ("The application form and the bureau report are not shown on that screen"). A hostile
//! review of the verdicts wrote each beside a review answered as done, and read it met.

use super::{Denial, Later, test_kinds};
use crate::engine::spaced_words;

/// A test of something else standing for this system's (a hostile review of the verdicts read
/// each as Testing met): "Bias results are carried over from the Council Tax Support model",
/// "ClaimSort itself was not compared across groups", "we rely on the NGO's exercise on
/// ReadRight, our sister reading app", "nothing has been re-tested since the summaries moved
/// from Claude 3 Haiku to Claude 3.5 Sonnet". One sentence of `lower` at a time.
pub(super) fn tested_elsewhere(lower: &str) -> Option<Later> {
    const ITSELF_NOT: &[&str] = &[
        " itself was not ",
        " itself wasn t ",
        " itself has not been ",
        " itself hasn t been ",
        " itself was never ",
        " itself has never been ",
        " itself is not ",
        " itself isn t ",
    ];
    const BORROWED: &[&str] = &[
        " carried over from ",
        " borrowed from ",
        " reused from ",
        " re used from ",
        " on our sister ",
        " of our sister ",
    ];
    const NOT_SINCE: &[&str] = &[
        " re tested since ",
        " retested since ",
        " re validated since ",
        " revalidated since ",
        " re evaluated since ",
        " re run since ",
        " rerun since ",
    ];
    const TESTED: &[&str] = &[
        "tested",
        "compared",
        "validated",
        "evaluated",
        "assessed",
        "measured",
        "checked",
        "red",
        "audited",
    ];
    if ![
        "itself",
        "not this model",
        "over from",
        "borrowed",
        "reused",
        "re-used",
        "re used",
        "sister",
        "tested since",
        "validated since",
        "evaluated since",
        "run since",
        "rely on",
        "relied on",
        "relying on",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return None;
    }
    let spaced = spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let has = |list: &[&str]| {
        list.iter()
            .find_map(|p| spaced.find(p).map(|i| i + p.len()))
    };
    let later = |denial| {
        Some(Later {
            denial,
            spaced: spaced.clone(),
            kind: Some(test_kinds(&words)),
        })
    };
    // Done again since is done: "... was carried over from v2 and re-run on v3".
    let redone = words.iter().any(|w| {
        matches!(
            *w,
            "rerun" | "repeated" | "redone" | "retested" | "revalidated" | "but"
        )
    }) || [
        " re run ",
        " re tested ",
        " re checked ",
        " re validated ",
        " re done ",
    ]
    .iter()
    .any(|p| spaced.contains(p));
    if let Some(after) = has(ITSELF_NOT)
        && spaced
            .get(after..)
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .any(|w| TESTED.contains(&w))
        && !spaced.get(after..).unwrap_or_default().contains(" but ")
    {
        return later(Denial::OtherModel);
    }
    let of_tests = |upto: usize| {
        spaced
            .get(..upto)
            .unwrap_or_default()
            .split_whitespace()
            .any(|w| {
                w.starts_with("test")
                    || w.starts_with("result")
                    || w.starts_with("valid")
                    || w.starts_with("evaluat")
                    || matches!(w, "figures" | "exercise" | "red" | "bias" | "audit")
            })
    };
    // "we do not rely on ... our sister app's tests" (a hostile review's honest note).
    let not_relied = [" not rely ", " t rely ", " never rely "]
        .iter()
        .any(|p| spaced.contains(p));
    if let Some(after) = has(BORROWED)
        && of_tests(after)
        && !redone
        && !not_relied
    {
        return later(Denial::OtherModel);
    }
    // Of an older model, and not this one: "the safety case CI-SC-2024-03 covers the old
    // rule-based score, not this model" (a third hostile review of the verdicts).
    if spaced.contains(" not this model ")
        && [
            " the old ",
            " the previous ",
            " the earlier ",
            " the legacy ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
    {
        return later(Denial::OtherModel);
    }
    // "we rely on the NGO's exercise on ReadRight, our sister reading app"; not "we do not rely
    // on ... our sister app's tests" (a hostile review's honest note).
    if !not_relied
        && [" rely on ", " relied on ", " relying on "]
            .iter()
            .any(|p| spaced.contains(p))
        && [" sister ", " another product ", " other product "]
            .iter()
            .any(|p| spaced.contains(p))
        && of_tests(spaced.len())
    {
        return later(Denial::OtherModel);
    }
    if has(NOT_SINCE).is_some()
        && [
            " nothing has been ",
            " not been ",
            " hasn t been ",
            " never been ",
            " nothing was ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
    {
        return later(Denial::OtherModel);
    }
    None
}

/// Verbs of a person looking at a case: what a count of cases reviewed is a count of.
const LOOKED_AT: &[&str] = &[
    "opened",
    "reviewed",
    "read",
    "checked",
    "examined",
    "inspected",
    "re triaged",
    "retriaged",
    "re triage was done",
    "looked at",
    "seen by",
    "assessed",
    "cleared",
];

/// Whether a sentence of `lower` counts the cases a person looked at, and they are under a
/// tenth of those it counts them against: "... 41,260 declines were proposed and the audit
/// trail shows 38 of them were opened by an officer", "re-triage was done for 3 of 212
/// patients waiting over an hour". Not a sample, which is meant to leave the rest unread.
pub(super) fn few_of_many_reviewed(lower: &str) -> bool {
    if !lower.bytes().any(|b| b.is_ascii_digit()) || !lower.contains(" of ") {
        return false;
    }
    super::sentences_of(lower).iter().any(|sentence| {
        let spaced = spaced_words(&sentence.replace(',', ""));
        let words: Vec<&str> = spaced.split_whitespace().collect();
        // A sample, cases each looked at, changes or requests counted: "61 of the 1,250
        // re-checked decisions were changed", "re-triage was done for 3 of 212 patients at
        // their own request", "12 of 71,840 ..., and each was reviewed" (a hostile review's
        // honest notes).
        if words.iter().any(|w| {
            w.starts_with("sampl")
                || w.starts_with("request")
                || w.starts_with("complain")
                || matches!(
                    *w,
                    "random"
                        | "spot"
                        | "randomly"
                        | "each"
                        | "changed"
                        | "overrode"
                        | "overturned"
                        | "asked"
                        | "waited"
                        | "withdrawn"
                )
        }) {
            return false;
        }
        if !LOOKED_AT.iter().any(|v| {
            spaced.match_indices(v).any(|(i, _)| {
                spaced
                    .get(..i)
                    .is_some_and(|b| b.is_empty() || b.ends_with(' '))
            })
        }) {
            return false;
        }
        words.iter().enumerate().any(|(i, w)| {
            let Ok(few) = w.parse::<u64>() else {
                return false;
            };
            // "N of M", "N of the M", or "N of them" against the largest count before it.
            let of = words.get(i + 1) == Some(&"of");
            let next = |k: usize| words.get(i + k).copied().unwrap_or_default();
            let many = if !of {
                None
            } else if let Ok(m) = next(2).parse::<u64>() {
                Some(m)
            } else if next(2) == "the" {
                next(3).parse::<u64>().ok()
            } else if matches!(next(2), "them" | "those" | "these") {
                words
                    .get(..i)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|w| w.parse::<u64>().ok())
                    // Years are dates, not counts.
                    .filter(|n| !(1990..=2100).contains(n))
                    .max()
            } else {
                None
            };
            many.is_some_and(|m| m >= 20 && few.saturating_mul(10) < m)
        })
    })
}

/// Whether `lower` (a sentence) says children's parents were not asked for their consent:
/// "Children sign up themselves without asking the parents", "parents are not contacted and were
/// not asked for consent", "the consent box is ticked by the teacher on behalf of every pupil in
/// the class" (a hostile review of the verdicts, each beside an answer of parental consent).
/// Not a rule ("without a parent's consent the account stays locked"), nor a denial of it.
pub(super) fn parents_not_asked(lower: &str) -> bool {
    const SAID: &[&str] = &[
        " without asking the parents ",
        " without asking their parents ",
        " without asking parents ",
        " without asking a parent ",
        " without their parents consent ",
        " without parental consent ",
        " no parental consent ",
        " parents are not contacted ",
        " parents were not contacted ",
        " parents are never contacted ",
        " parents were never contacted ",
        " parents aren t contacted ",
        " parents weren t contacted ",
        " parents are not asked for ",
        " parents were not asked for ",
        " parents are never asked for ",
        " parents were never asked for ",
        " parents aren t asked for ",
        " parents weren t asked for ",
        " were not asked for consent ",
        " are not asked for consent ",
        " ticked by the teacher on behalf of ",
        " ticked by a teacher on behalf of ",
        " ticked by teachers on behalf of ",
        // A review of the new readings.
        " parents themselves are never asked ",
        " parents are never asked ",
        " parents were never asked ",
        " never asked or contacted ",
        " not informed or asked ",
        " parental consent is assumed ",
        " consent is assumed when the child ",
    ];
    if !lower.contains("parent") && !lower.contains("behalf") {
        return false;
    }
    // Clause by clause: "pupils were not asked for consent; their parents signed the form" says
    // nothing of the parents not asked.
    lower.split(';').any(|clause| {
        let spaced = spaced_words(clause);
        // A rule of what happens without consent: "without parental consent the account stays
        // locked", "no account is opened without asking the parents".
        let rule = [
            " until ",
            " unless ",
            " if ",
            " stays locked ",
            " is locked ",
            " is blocked ",
            " cannot ",
            " can t ",
            " no account ",
            // "no child has used the tutor whose parents were not asked for consent"
            " no child ",
            " no pupil ",
            " must ",
        ]
        .iter()
        .any(|k| spaced.contains(k))
            // "We never open an account without asking the parents."
            || (spaced.contains(" never ") && spaced.contains(" without "));
        // "we do not ask the parents for consent", not for consent to something else ("We do not
        // ask parents for consent to contact the child's school": a review of honest answers).
        let not_asked = [
            " do not ask the parents for consent ",
            " don t ask the parents for consent ",
            " do not ask parents for consent ",
            " don t ask parents for consent ",
        ]
        .iter()
        .any(|p| {
            spaced.match_indices(p).any(|(i, _)| {
                !spaced
                    .get(i + p.len()..)
                    .unwrap_or_default()
                    .starts_with("to ")
            })
        });
        // Asked for consent, not for something else: "Parents are not asked for their own data
        // beyond an e-mail address" (a review of honest answers).
        let said = not_asked
            || SAID.iter().any(|p| {
                spaced.match_indices(p).any(|(i, _)| {
                    !p.ends_with(" for ")
                        || [
                            "consent",
                            "their consent",
                            "permission",
                            "their permission",
                            "agreement",
                            "approval",
                        ]
                        .iter()
                        .any(|k| spaced.get(i + p.len()..).unwrap_or_default().starts_with(k))
                })
            });
        // "were not asked for consent" of the parents, not of the children or staff.
        let of_parents = spaced.contains(" parent") || spaced.contains(" behalf of ");
        said && of_parents && !rule
    })
}

/// Whether `lower` says the other route still goes through the model: "Branch and phone staff
/// key the application into the same QuickQuote screen and the same model decides", "the
/// caseworker keys the claim into ClaimSort and the same model decides" (a hostile review of the
/// verdicts, beside an alternative to the automated step). Not "the same model decides nothing".
pub(super) fn same_model_decides(lower: &str) -> bool {
    const SAID: &[&str] = &[
        " same model decides ",
        " same model still decides ",
        " same model makes the decision ",
        " same model scores it ",
        " same model scores the ",
        " same tool decides ",
        " same system decides ",
        " same algorithm decides ",
        " still goes through the model ",
        " still goes through the tool ",
        " still scored by the model ",
        " still decided by the model ",
    ];
    if !lower.contains("same") && !lower.contains("still") {
        return false;
    }
    let spaced = spaced_words(lower);
    SAID.iter().any(|p| {
        spaced.match_indices(p).any(|(i, _)| {
            let after = spaced.get(i + p.len()..).unwrap_or_default();
            !["nothing ", "none ", "no ", "only "]
                .iter()
                .any(|k| after.starts_with(k))
        })
    })
}

/// Whether `lower` (a sentence) says the people concerned are not told that the tool or AI is
/// used: "Patients are not told the tool is used: the leaflet was drafted but never printed" (a
/// hostile review of the verdicts). Read as [`super::not_told`] reads a notice withheld (not a
/// detail of the outcome, nor a time that is over, nor an exemption), and only where what they
/// are not told is the tool itself ("not told the tool's score", "not told which model version
/// is used" are details): the words of another answer than the notice's own must name it.
pub(super) fn ai_use_not_told(lower: &str) -> bool {
    if !super::not_told(lower) {
        return false;
    }
    let spaced = spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    (0..words.len()).any(|i| {
        let told = match words.get(i) {
            Some(&("told" | "informed")) => i
                .checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| matches!(*b, "not" | "never" | "t")),
            Some(&"unaware") => true,
            _ => false,
        };
        if !told {
            return false;
        }
        // "not told [that] [the] tool is used", "unaware [that] the AI is involved", "not told
        // about the tool".
        let mut k = i + 1;
        while words
            .get(k)
            .is_some_and(|w| matches!(*w, "that" | "the" | "a" | "an" | "about" | "of" | "any"))
        {
            k += 1;
        }
        let tool = words.get(k).is_some_and(|w| {
            matches!(
                *w,
                "tool" | "ai" | "system" | "model" | "algorithm" | "software" | "chatbot" | "bot"
            )
        });
        let about = words
            .get(i + 1..k)
            .is_some_and(|b| b.iter().any(|w| matches!(*w, "about" | "of")));
        let used = words
            .get(k + 1)
            .is_some_and(|w| matches!(*w, "is" | "was" | "are"))
            && words
                .get(k + 2)
                .is_some_and(|w| matches!(*w, "used" | "involved" | "in" | "being"));
        tool && (used || (about && words.get(k + 1).is_none_or(|w| !matches!(*w, "s"))))
    })
}

/// Content filters weakened for some users, said of the safeguard: "For the 13-14 band the
/// self-harm and violence filters were relaxed to 'low' at the request of schools" (a hostile
/// review of the verdicts). Matched to the filters' safeguard by its title words. Not denied
/// ("were never relaxed"), nor a rule ("if a teacher asks, ...").
pub(super) fn filters_relaxed(lower: &str) -> Option<Later> {
    // What a content filter keeps out, as spaced words.
    const HARMS: &[&str] = &[
        "violence", "violent", "self", "harm", "sexual", "sex", "nudity", "nsfw", "content",
        "safety", "harmful", "hate", "toxicity", "toxic", "drug", "drugs", "weapons", "abuse",
        "adult", "explicit", "gore", "grooming", "child", "output", "input", "prompt",
    ];
    const FILTERS: &[&str] = &[
        "filter",
        "filters",
        "guardrail",
        "guardrails",
        "moderation",
        "blocklist",
    ];
    const WEAKENED: &[&[&str]] = &[
        &["relaxed"],
        &["loosened"],
        &["weakened"],
        &["turned", "down"],
        &["dialled", "down"],
        &["dialed", "down"],
        &["set", "to", "low"],
        &["lowered", "to"],
        // "We turned the violence filter down to 'low' for the whole service" (a hostile
        // review).
        &["down", "to", "low"],
        // "The guardrail was switched off in May 2025 because it refused too many science
        // questions" (a hostile review).
        &["switched", "off"],
        &["turned", "off"],
        // A sixty-first hostile review: "We disabled the Bedrock Guardrail on the history
        // courses", "Guardrail strength for violence ... was reduced to the minimum setting",
        // "lowered from HIGH to LOW". Disabled as what was done to the filter, not a word for
        // people ("the filters for disabled pupils"); a strength lowered, not a rate of errors
        // ("false positives were reduced from 8% to 2%").
        &["we", "disabled"],
        &["they", "disabled"],
        &["was", "disabled"],
        &["were", "disabled"],
        &["is", "disabled"],
        &["are", "disabled"],
        &["been", "disabled"],
        // "with Bedrock Guardrails disabled for the child tier" (a helper's hostile probes):
        // the filter names itself.
        &["guardrails", "disabled"],
        &["guardrail", "disabled"],
        // "The guardrail has been paused since December while we tune it", "The guardrail is
        // no longer attached to the tutor model" (a review after the sixty-first): read as
        // disabled is, of the filter just before.
        &["been", "paused"],
        &["was", "paused"],
        &["is", "paused"],
        &["no", "longer", "attached"],
        &["reduced", "to", "the", "minimum"],
        &["reduced", "to", "minimum"],
        &["reduced", "to", "low"],
        &["set", "to", "the", "minimum"],
        &["set", "to", "minimum"],
        &["lowered", "from", "high"],
        &["lowered", "from", "medium"],
        &["lowered", "from", "strict"],
        &["reduced", "from", "high"],
        &["reduced", "from", "medium"],
        &["reduced", "from", "strict"],
        // "The self-harm and sexual-content denied topics were removed from the guardrail
        // policy": only where what was removed is harm the filter kept out (below).
        &["removed", "from"],
        // "Self-harm and drugs were dropped from the denied topics", "We deleted the violence
        // and self-harm topics from the guardrail policy" (a review after the sixty-first).
        &["dropped", "from"],
        &["deleted", "from"],
        // "Self-harm and drugs were taken off the denied topics", "violence and self-harm are
        // no longer among the guardrail's denied topics" (the same review's further wordings).
        &["taken", "off"],
        &["no", "longer", "among"],
    ];
    if ![
        "relax", "loosen", "weaken", "down", "low", "off", "disabl", "reduc", "minimum", "remov",
        "paused", "attached", "dropped", "deleted", "taken", "among",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return None;
    }
    let spaced = spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // Taken out, with what was taken out between the verb and "from": "We deleted the violence
    // and self-harm topics from the guardrail policy" is read as "deleted from", the harms
    // named before it.
    let words = match words
        .iter()
        .position(|w| matches!(*w, "removed" | "dropped" | "deleted"))
    {
        Some(v)
            if words.get(v + 1) != Some(&"from")
                && words
                    .get(v + 1..(v + 9).min(words.len()))
                    .is_some_and(|r| r.contains(&"from")) =>
        {
            let mut moved = words.clone();
            let verb = moved.remove(v);
            let from = moved
                .iter()
                .skip(v)
                .position(|w| *w == "from")
                .map_or(v, |k| v + k);
            moved.insert(from, verb);
            moved
        }
        _ => words,
    };
    let (at, len) = super::first_phrase(&words, WEAKENED)?;
    let before = words.get(..at).unwrap_or_default();
    // A filter of harmful content, before the words that weaken it or just after them ("We
    // relaxed the self-harm filter to 'low'"): a guardrail, or a filter named for what it keeps
    // out, or plain "the filters". Not a filter of maths symbols, upload sizes or spam (a review
    // of honest answers), nor of mere profanity.
    let of_harm = |f: usize| {
        words
            .get(f)
            .is_some_and(|w| matches!(*w, "guardrail" | "guardrails" | "moderation" | "blocklist"))
            || words
                .get(f.saturating_sub(3)..f)
                .is_some_and(|b| b.iter().any(|x| HARMS.contains(x)))
            || f.checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| {
                    matches!(
                        *b,
                        "the" | "our" | "its" | "their" | "all" | "these" | "those" | "every"
                    )
                })
    };
    // After the verb only as its object: "We relaxed the self-harm filter", not "the teachers
    // relaxed about the filters".
    // Or a filter named for its maker: "We turned off Bedrock Guardrails on child accounts" (a
    // helper's hostile probes).
    let object = words.get(at + len).is_some_and(|w| {
        matches!(
            *w,
            "the" | "our" | "its" | "their" | "all" | "every" | "bedrock" | "amazon"
        )
    });
    let after = if object {
        at + len..(at + len + 5).min(words.len())
    } else {
        0..0
    };
    // Disabled, said of what is switched off: the filter just before the verb, or its object
    // after; "photo uploads are disabled anyway" beside a guardrail that blocked every attempt
    // disables no filter (a review of honest answers).
    let disabled = words.get(at..at + len).is_some_and(|p| {
        p.iter()
            .any(|w| matches!(*w, "disabled" | "paused" | "attached"))
    });
    let from = if disabled { at.saturating_sub(2) } else { 0 };
    let taken_out = words.get(at..at + len).is_some_and(|p| {
        matches!(
            p,
            ["removed" | "dropped" | "deleted", ..] | ["taken", "off"] | ["no", "longer", "among"]
        )
    });
    // The denied topics of a guardrail are a filter too: "dropped from the denied topics".
    let denied_topics = |f: usize| {
        words.get(f) == Some(&"topics")
            && f.checked_sub(1).and_then(|j| words.get(j)) == Some(&"denied")
    };
    // Dropped or deleted only from the filter named after the verb: "Harmful content the
    // guardrail flagged dropped from 2% to 0.4%" is a rate.
    let from = if words
        .get(at)
        .is_some_and(|w| matches!(*w, "dropped" | "deleted"))
    {
        at
    } else {
        from
    };
    let named = (from..at)
        .chain(after)
        .chain(
            words
                .get(at)
                .is_some_and(|w| matches!(*w, "guardrails" | "guardrail"))
                .then_some(at),
        )
        .any(|f| {
            (words.get(f).is_some_and(|w| FILTERS.contains(w)) && of_harm(f))
                || (taken_out && denied_topics(f))
        })
        // Removed from a filter: the harm it kept out, named before ("outdated terms were
        // removed from the blocklist" weakens nothing a review would miss).
        && (!taken_out || before.iter().any(|w| HARMS.contains(w)));
    // "No filter has been relaxed since launch" (a hostile review's honest note).
    let denied = before.iter().any(|w| {
        matches!(
            *w,
            "never" | "not" | "t" | "cannot" | "no" | "none" | "nothing"
        )
    }) || before
        .iter()
        .rev()
        .take(2)
        .any(|w| matches!(*w, "be" | "can"))
        || words
            .iter()
            .any(|w| matches!(*w, "if" | "unless" | "whenever"))
        // An incident put right, not a setting: "The guardrails were switched off once by
        // mistake in staging" (a review of honest answers).
        || words.iter().any(|w| {
            matches!(
                *w,
                "mistake" | "mistakenly" | "accidentally" | "inadvertently" | "staging"
            )
        })
        // Nor a setting kept out of the service, weighed and turned down, or put back: "disabled
        // in an isolated sandbox account for the red-team run", "lowered ... in the test
        // environment", "We considered having the filters lowered ... and rejected the idea",
        // "removed ... by a faulty deployment and restored within two hours" (a review of honest
        // answers).
        || words.iter().any(|w| {
            matches!(
                *w,
                "sandbox" | "considered" | "proposed" | "proposal" | "restored" | "reinstated" | "reverted"
            )
        })
        || words
            .windows(2)
            .any(|p| matches!(p, ["test" | "testing", "environment" | "account"] | ["red", "team"]))
        // A topic moved to a stricter check: "removed from the guardrail policy's denied-topics
        // list and moved to a dedicated classifier with a stricter threshold".
        || (taken_out && words.iter().any(|w| matches!(*w, "stricter" | "moved")))
        // Nor records or tests taken out of the guardrail's logs or suites, nor topics merged or
        // replaced by a stronger block: "transcripts are deleted from the guardrail logs after 30
        // days", "duplicate prompts from the guardrail regression suite", "merged into one broader
        // denied topic", "because the content filters now block them at the highest strength"
        // (a review of honest answers).
        || (taken_out
            && (words.iter().any(|w| {
                matches!(
                    *w,
                    "transcripts"
                        | "transcript"
                        | "logs"
                        | "log"
                        | "duplicate"
                        | "duplicates"
                        | "suite"
                        | "regression"
                        | "keywords"
                        | "entries"
                        | "examples"
                        | "merged"
                        | "broader"
                        | "replaced"
                        | "highest"
                        | "stronger"
                        | "instead"
                )
            }) || words.windows(2).any(|p| {
                matches!(
                    p,
                    ["now", "block" | "blocks" | "catch" | "catches" | "cover" | "covers" | "handle" | "handles"]
                )
            })));
    (named && !denied).then(|| Later {
        denial: Denial::Weakened,
        spaced: spaced.clone(),
        kind: Some(vec!["filters".to_string(), "guardrails".to_string()]),
    })
}

/// A rate of error over the bar the sentence sets for it, for some group: "Under-triage of ESI
/// 1-2 by group (threshold 3%): Overall | 2.1% ; White | 1.8% ; Black | 6.4%" (a hostile review
/// of the verdicts read Testing met). Only a rate of error, where lower is better, and only
/// where the sentence gives the bar as a threshold in per cent.
pub(super) fn over_the_bar(lower: &str) -> Option<Later> {
    const ERRORS: &[&str] = &[
        "under triage",
        "over triage",
        "error rate",
        "false negative",
        "false positive",
        "misclassif",
        "miss rate",
    ];
    if !lower.contains("threshold") || !lower.contains('%') {
        return None;
    }
    let spaced = spaced_words(&lower.replace('%', " percent "));
    // Of groups compared, where each has its own figure: not an overall rate beside others'.
    if !ERRORS.iter().any(|e| spaced.contains(e))
        || !(spaced.contains(" group") || lower.contains('|'))
    {
        return None;
    }
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // Per cents as numbers: "6.4%" is spaced as "6 4 percent".
    let percent_at = |i: usize| -> Option<f64> {
        if words.get(i + 1) == Some(&"percent") {
            words.get(i)?.parse().ok()
        } else if words.get(i + 2) == Some(&"percent") {
            format!("{}.{}", words.get(i)?, words.get(i + 1)?)
                .parse()
                .ok()
        } else {
            None
        }
    };
    let bar_at = words.iter().position(|w| *w == "threshold")?;
    let (bar, bar_end) = (bar_at + 1..bar_at + 4).find_map(|i| percent_at(i).map(|p| (p, i)))?;
    // The figures after the bar, up to another measure: "(threshold 3%): Overall | 2.1% ; ...
    // Black | 6.4%", not "Exact agreement 78%, under-triage 2.1% (threshold 3%)".
    let end = (bar_end + 3..words.len())
        .find(|&i| {
            words.get(i).is_some_and(|w| {
                matches!(
                    *w,
                    "agreement"
                        | "accuracy"
                        | "precision"
                        | "recall"
                        | "within"
                        | "auc"
                        | "sensitivity"
                        | "specificity"
                )
            })
        })
        .unwrap_or(words.len());
    let over = (bar_end + 3..end)
        // The number's first word only: "6 4 percent" is one figure.
        .filter(|&i| i == 0 || words.get(i - 1).is_some_and(|w| w.parse::<f64>().is_err()))
        .filter_map(percent_at)
        .any(|p| p > bar);
    over.then(|| Later {
        denial: Denial::MissesThreshold,
        spaced: spaced.clone(),
        // A rate for each group over the bar is a finding of the comparison across groups, not of
        // every test the sentence names.
        kind: Some(vec!["bias".to_string(), "adverse".to_string()]),
    })
}

/// Evidence that says the work it names is not approved, disputed, or covers something else
/// (a hostile review of the verdicts read each as in place): "Approval was deferred pending the
/// fairness annex", "the clinical safety case ... is still marked DRAFT v0.4 and has not been
/// approved", "her withdrawal notice ... is being disputed", "the voice mode ... was not in its
/// scope and has no assessment of its own", "its use in the current theatre rests on an email
/// from the legal adviser", "the same model decides, so the outcome is identical". Not where
/// the same sentence dates the approval.
pub(super) fn evidence_undone(text: &str) -> bool {
    const SAID: &[&str] = &[
        " approval was deferred ",
        " approval has been deferred ",
        " sign off was deferred ",
        " deferred pending ",
        " has not been approved ",
        " has not yet been approved ",
        " have not been approved ",
        " was not approved ",
        " still marked draft ",
        " is being disputed ",
        " are being disputed ",
        " not in its scope ",
        " outside its scope ",
        " has no assessment of its own ",
        " rests on an email ",
        " should not be necessary ",
        " for the previous operation ",
        " for the previous deployment ",
        " same model decides ",
        " the outcome is identical ",
        // A second hostile review of the verdicts.
        " has not been included in any ",
        " not been included in any ",
        " hasn t been updated ",
        " has not been updated ",
        " has not been rescheduled ",
        " was dropped for lack of time ",
        " drafted but never issued ",
        " was never issued ",
    ];
    let lower = text.to_lowercase();
    if ![
        "approv",
        "draft",
        "disput",
        "scope",
        "assessment",
        "email",
        "necessary",
        "previous",
        "same",
        "included",
        "updated",
        "rescheduled",
        "dropped",
        "issued",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return false;
    }
    // Another use kept out, or a document of a version never used: "The discharge-planning use
    // proposed in 2025 is not in its scope and has not been approved, so the tool is not used
    // for discharge", "A safety certificate for v2 was never issued because v2 never entered
    // service", "A 2025 royalty statement is being disputed by her agent" (a hostile review's
    // honest evidence).
    const KEPT_OUT: &[&str] = &[
        " not used ",
        " not allowed ",
        " would need ",
        " not a permitted ",
        " proposed ",
        " for using ",
        " because ",
        " not affected ",
        " never entered ",
        " only ",
    ];
    super::sentences_of(&lower).iter().any(|sentence| {
        let spaced = spaced_words(sentence);
        let said = SAID.iter().any(|p| spaced.contains(p));
        let kept_out = KEPT_OUT.iter().any(|p| spaced.contains(p))
            || (spaced.contains(" disputed ")
                && ![
                    " withdrawal ",
                    " consent ",
                    " licence ",
                    " license ",
                    " rights ",
                ]
                .iter()
                .any(|p| spaced.contains(p)));
        said && !kept_out && !crate::engine::dates_approval(sentence)
    })
}

/// Words too common to tie a sentence to an option's words.
const FILLER: &[&str] = &[
    "that", "this", "with", "their", "them", "they", "have", "from", "every", "each", "about",
    "what", "when", "which", "there", "will", "would", "into", "only", "also", "people",
];

/// Whether `sentence` (lowercased) says the option picked (`label`, lowercased) is not so, in
/// the option's own words: what it says a person keeps "is" not there ("There is no clinical
/// safety case." beside "A named clinician keeps a clinical safety case"), or what it says
/// people "can" do they cannot ("Claimants cannot be assessed without the tool." beside "People
/// can apply, be assessed or be prioritised without the automated step"). Two of the option's
/// words of substance must follow the denial; "There is no separate hazard log" denies one
/// document, not the option.
pub(super) fn label_denied(label: &str, sentence: &str) -> Option<Denial> {
    const NONE_KEPT: &[&str] = &[
        " there is no ",
        " there s no ",
        " there are no ",
        " we have no ",
        " we don t have a ",
        " we don t have any ",
        " we do not have a ",
        " we do not have any ",
        " we haven t got a ",
    ];
    const CANNOT: &[&str] = &[
        " cannot ",
        " can t ",
        " can not ",
        " are not able to ",
        " is not able to ",
    ];
    // Most sentences deny nothing: they are not spaced as words.
    if !["no ", "not", "can", "don", "haven"]
        .iter()
        .any(|k| sentence.contains(k))
    {
        return None;
    }
    let spaced = spaced_words(sentence);
    if !NONE_KEPT.iter().chain(CANNOT).any(|p| spaced.contains(p)) {
        return None;
    }
    let label_spaced = spaced_words(label);
    let label_words: Vec<&str> = label_spaced
        .split_whitespace()
        .filter(|w| w.len() > 3 && !FILLER.contains(w))
        .collect();
    // Denied, then what the option says, in its words: two within the next five.
    let denies_after = |p: &str, from: &[&str]| {
        spaced.match_indices(p).any(|(i, _)| {
            let after: Vec<&str> = spaced
                .get(i + p.len()..)
                .unwrap_or_default()
                .split_whitespace()
                .take(5)
                .collect();
            !after.first().is_some_and(|w| {
                matches!(
                    *w,
                    "separate" | "additional" | "other" | "extra" | "second" | "new"
                )
            }) && after.iter().filter(|w| from.contains(w)).count() >= 2
        })
    };
    let hedged = [" if ", " unless ", " except ", " until "]
        .iter()
        .any(|p| spaced.contains(p));
    if hedged {
        return None;
    }
    if NONE_KEPT.iter().any(|p| denies_after(p, &label_words)) {
        return Some(Denial::NotDone);
    }
    // What the option says people can do, after its "can".
    let can: Vec<&str> = label_spaced
        .split(" can ")
        .nth(1)
        .unwrap_or_default()
        .split_whitespace()
        .filter(|w| w.len() > 3 && !FILLER.contains(w))
        .collect();
    (!can.is_empty() && CANNOT.iter().any(|p| denies_after(p, &can))).then_some(Denial::NotDone)
}

/// Whether `sentence` (lowercased) says people are not given the reasons: "Letters don't give
/// reasons.", "Refusal letters don't give the reasons for the decision.", "they get no
/// reasons" (a hostile review of the verdicts saw each beside an explanation in place). Not
/// "no reason to", nor a rule ("never without reasons").
pub(super) fn reasons_not_given(sentence: &str) -> bool {
    if !sentence.contains("reason") {
        return false;
    }
    const NOT: &[&str] = &["not", "t", "no", "never", "without", "nor"];
    const GIVE: &[&str] = &[
        "give", "gives", "given", "provide", "provides", "provided", "include", "includes",
        "included", "state", "states", "stated", "get", "gets", "receive", "receives", "contain",
        "contains", "explain", "explains", "the", "any", "their", "them",
    ];
    let spaced = spaced_words(sentence);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if words.iter().any(|w| matches!(*w, "if" | "unless")) {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        if !matches!(*w, "reason" | "reasons") {
            return false;
        }
        if matches!(words.get(i + 1), Some(&("to" | "why"))) {
            return false;
        }
        // Back over words of giving to the denial: "don t give the reasons", "get no reasons".
        let mut k = i;
        while let Some(j) = k.checked_sub(1) {
            let b = words.get(j).copied().unwrap_or_default();
            if NOT.contains(&b) {
                // "never without reasons" is a rule that they are given; so is "No applicant is
                // left without reasons" (a sixty-first hostile review).
                return !(b == "without"
                    && (j
                        .checked_sub(1)
                        .and_then(|m| words.get(m))
                        .is_some_and(|m| matches!(*m, "never" | "not"))
                        || crate::engine::none_goes_without(&words, j)));
            }
            if !GIVE.contains(&b) || i - j > 4 {
                return false;
            }
            k = j;
        }
        false
    })
}

/// Testing said to have slipped, be missing its results, or run on data that leaves the use out
/// (a second hostile review of the verdicts read each as Testing met): "no new date has been
/// set", "not rebooked", "the results had not been received at go-live", "still to be
/// written", "no independent sample was drawn", "deployed after a smoke test on 50 records",
/// "The extract excluded patients arriving by ambulance", "for which we have no labelled
/// imagery", "only run in simulation". One sentence of `lower` at a time.
pub(super) fn tests_slipped(lower: &str) -> Option<Later> {
    const SLIPPED: &[&str] = &[
        " no new date has been set ",
        " not rebooked ",
        " not been rebooked ",
        " each time it was postponed ",
        " had not been received ",
        " have not been received ",
        " has not been received ",
        " still to be written ",
        " no independent sample ",
        " agreement with itself ",
        " after a smoke test ",
        " for which we have no labelled ",
        " no labelled imagery ",
        " no labelled data ",
        " only run in simulation ",
    ];
    if ![
        "date",
        "rebook",
        "postpone",
        "received",
        "written",
        "sample",
        "itself",
        "smoke",
        "exclud",
        "labelled",
        "simulation",
        "left out",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return None;
    }
    let spaced = spaced_words(lower);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // Received later is received: "had not been received by the panel until 2026-11-20".
    let later_on = spaced.contains(" until ");
    // Patients left out of the extract who matter: "The extract excluded patients arriving by
    // ambulance ..., and they make up most of our ESI 1-2 patients".
    let left_out_who_matter = spaced.contains(" the extract excluded ")
        && [" make up most ", " most of our ", " the majority of "]
            .iter()
            .any(|p| spaced.contains(p));
    // "tested on recorded range imagery, not only in simulation".
    let only_simulated =
        spaced.contains(" only in simulation ") && !spaced.contains(" not only in ");
    // Groups of people left out of a comparison: "race and ethnicity were left out because the
    // BISG proxy was judged not worth the effort" (not records without an outcome).
    let groups_left_out = spaced.match_indices(" were left out ").any(|(i, _)| {
        spaced
            .get(..i)
            .unwrap_or_default()
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| {
                matches!(
                    w,
                    "race"
                        | "ethnicity"
                        | "sex"
                        | "gender"
                        | "age"
                        | "disability"
                        | "religion"
                        | "groups"
                )
            })
    });
    (left_out_who_matter
        || only_simulated
        || groups_left_out
        || SLIPPED
            .iter()
            .any(|p| spaced.contains(p) && !(later_on && p.contains("received"))))
    .then(|| Later {
        denial: Denial::NotDone,
        spaced: spaced.clone(),
        kind: Some(test_kinds(&words)),
    })
}

/// Whether `lower` gives a share of cases changed or overridden of 5% or more: "19% of
/// suggestions were changed", "The override rate is 19%".
pub(super) fn changes_a_share(lower: &str) -> bool {
    if !lower.contains('%') {
        return false;
    }
    // The share and the change in one clause: "98% maintained" beside "override" elsewhere in
    // the sentence is the share kept.
    lower
        .split(['.', ',', ';', '\u{2013}', '\u{2014}'])
        .flat_map(|c| c.split(" - "))
        .any(|clause| {
            ["changed", "overrid", "overturn", "amended", "revised"]
                .iter()
                .any(|k| clause.contains(k))
                && !["maintain", "confirm", "accept", "kept", "upheld"]
                    .iter()
                    .any(|k| clause.contains(k))
                && clause.split('%').rev().skip(1).any(|before| {
                    before
                        .rsplit(|c: char| !(c.is_ascii_digit() || c == '.'))
                        .next()
                        .and_then(|n| n.parse::<f64>().ok())
                        .is_some_and(|n| (5.0..=100.0).contains(&n))
                })
        })
}

/// Whether `spaced` (a sentence as [`spaced_words`]) says what was rejected, not accepted or
/// withdrawn is someone's claim or a product taken off sale, not the work: "The vendor's claim
/// that queue-only tools need no bias testing was rejected by our equality officer", "it was
/// withdrawn from sale on 2025-06-01".
pub(super) fn claim_turned_down(spaced: &str) -> bool {
    const CLAIMS: &[&str] = &[
        " claim ",
        " claims ",
        " pitch ",
        " suggestion ",
        " argument ",
        " assertion ",
        " proposal that ",
        " advice that ",
        " view that ",
    ];
    const TURNED_DOWN: &[&str] = &[
        " was rejected ",
        " were rejected ",
        " was not accepted ",
        " were not accepted ",
        " we rejected ",
        " was dismissed ",
    ];
    const OFF_SALE: &[&str] = &[
        " withdrawn from sale ",
        " withdrawn from the catalogue ",
        " withdrawn from the store ",
        " withdrawn from the schedule ",
        " taken off sale ",
    ];
    let has = |list: &[&str]| list.iter().find_map(|p| spaced.find(p));
    OFF_SALE.iter().any(|p| spaced.contains(p))
        || has(CLAIMS)
            .zip(has(TURNED_DOWN))
            .is_some_and(|(claim, down)| claim < down)
}

/// Whether `sentence` of `text` tells how things went until a date, in the past, and the text
/// says it was put right since: "Until 2025-03-10, declines with a score above 0.95 were
/// released automatically. That path was removed in release 5.2" (a review of honest notes).
/// So is a pilot's, ended on a date: "In the 2024 pilot declines under $5,000 were sent
/// automatically; that stopped on 2024-11-30, before go-live".
pub(super) fn put_right_since(sentence: &str, text: &str) -> bool {
    let spaced = spaced_words(sentence);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let year =
        |w: &&str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y));
    let until_a_year = matches!(words.first(), Some(&("until" | "till" | "before")))
        && words.get(1).is_some_and(year);
    let in_a_pilot = words
        .windows(2)
        .any(|p| matches!(p, [y, "pilot"] if year(y)));
    let past = words.iter().any(|w| matches!(*w, "was" | "were" | "had"));
    const PUT_RIGHT: &[&str] = &[
        " that stopped on ",
        " this stopped on ",
        " it stopped on ",
        " that ended on ",
    ];
    const SINCE: &[&str] = &[
        " since then ",
        " was removed ",
        " has been removed ",
        " no longer ",
        " was switched off ",
        " was closed ",
    ];
    // A fault in the past, put right in the same sentence: "In 2024 a batch of 300 rejections
    // went out without review after a queue fault; we reopened all 300, recruiters reviewed
    // them, and the send step now refuses any rejection without a recruiter's id", "In 2023 a
    // batch fault sent 40 regret letters before any officer saw the files; the letters were
    // withdrawn the next day" (reviews of honest answers).
    let fault = words.iter().any(|w| {
        matches!(
            *w,
            "fault" | "bug" | "error" | "incident" | "outage" | "mistake" | "glitch"
        )
    });
    let remedied = words.iter().any(|w| {
        matches!(
            *w,
            "reopened" | "withdrawn" | "recalled" | "reversed" | "corrected" | "fixed"
        )
    }) || [
        " now refuses ",
        " now blocks ",
        " now stops ",
        " now prevents ",
    ]
    .iter()
    .any(|p| spaced.contains(p));
    let told_as_past = words.iter().any(year)
        || words
            .iter()
            .any(|w| matches!(*w, "was" | "were" | "went" | "sent" | "happened"));
    // Not a remedy denied or still to come: "a bug sent declines automatically in 2024 and it
    // hasn't been fixed yet".
    let denied = words
        .iter()
        .any(|w| matches!(*w, "not" | "t" | "never" | "yet" | "still"));
    (fault && remedied && told_as_past && !denied)
        || ((until_a_year || in_a_pilot)
            && past
            && (PUT_RIGHT.iter().any(|p| spaced.contains(p)) || {
                // The text as words once, only for a sentence that tells of the past.
                let whole = spaced_words(text);
                SINCE.iter().any(|p| whole.contains(p))
            }))
}

/// `text` without its sentences that tell of an example used in training of what must not
/// happen: "Officer training includes a worked example of a rubber-stamp review ... as what not
/// to do", "Officer training uses a case study of another lender whose officers confirmed
/// declines in bulk, to show what our review must not turn into" (a hostile review's honest
/// notes failed the gate on them).
pub(super) fn without_examples(text: &str) -> std::borrow::Cow<'_, str> {
    const TEACHING: &[&str] = &[
        " training ",
        " induction ",
        " course ",
        " case study ",
        " worked example ",
        " mocked up ",
        " mock up ",
    ];
    const NOT_TO_DO: &[&str] = &[
        " what not to do ",
        " must not ",
        " must never ",
        " should never ",
        " as an example of what ",
        " another lender ",
        " another bank ",
        " another council ",
        " another hospital ",
    ];
    // Scope left out, or exceptions refused: "Not for mortgages, pricing, collections, or
    // declining anyone without an officer's decision", "Exceptions to the officer review rule
    // are not allowed" (a hostile review's honest answers).
    const RULED_OUT_LEADS: &[&str] = &[
        " not for ",
        " never for ",
        " not used for ",
        " it is not for ",
    ];
    const RULED_OUT: &[&str] = &[
        " are not allowed ",
        " is not allowed ",
        " are never allowed ",
    ];
    let lower = text.to_lowercase();
    if ![
        "training",
        "induction",
        "course",
        "case study",
        "example",
        "mock",
        "not for",
        "never for",
        "not used for",
        "not allowed",
        "never allowed",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let sentences = super::sentences_of(text);
    let example = |s: &&str| {
        let spaced = spaced_words(s);
        (TEACHING.iter().any(|p| spaced.contains(p))
            && NOT_TO_DO.iter().any(|p| spaced.contains(p)))
            || RULED_OUT_LEADS.iter().any(|p| spaced.starts_with(p))
            || (spaced.starts_with(" exceptions ") && RULED_OUT.iter().any(|p| spaced.contains(p)))
    };
    if !sentences.iter().any(example) {
        return std::borrow::Cow::Borrowed(text);
    }
    // What a ruled-out lead goes on to say of the cases it names, past a semicolon, is said:
    // "Not for claims from the data-match channel; those are refused by the workflow" (a
    // helper's hostile probes).
    let said_after = |s: &str| -> Option<String> {
        let (_, rest) = s.split_once(';')?;
        let spaced = spaced_words(rest);
        // Or a clause with a verb of its own, not a list item: "the workflow refuses those
        // itself" (a helper's hostile probes).
        ([
            " those ",
            " these ",
            " they ",
            " but ",
            " however ",
            " instead ",
            " yet ",
        ]
        .iter()
        .any(|p| spaced.starts_with(p))
            || [
                " are ",
                " is ",
                " refuses ",
                " refused ",
                " rejects ",
                " rejected ",
                " declines ",
                " itself ",
            ]
            .iter()
            .any(|p| spaced.contains(p)))
        .then(|| rest.trim().to_string())
    };
    std::borrow::Cow::Owned(
        sentences
            .iter()
            .filter_map(|s| {
                if !example(s) {
                    Some(s.trim().to_string())
                } else if RULED_OUT_LEADS
                    .iter()
                    .any(|p| spaced_words(s).starts_with(p))
                {
                    said_after(s)
                } else {
                    None
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// What shows the case a reviewer decides on: the file, its documents, the record.
const THE_CASE: &[&str] = &[
    "form",
    "file",
    "files",
    "document",
    "documents",
    "report",
    "notes",
    "imagery",
    "images",
    "video",
    "footage",
    "chart",
    "record",
    "records",
    "application",
    "evidence",
    "vitals",
    "observations",
    "history",
    "attachments",
    "scans",
];

/// Words that say the reviewer is not shown something.
const NOT_SHOWN: &[&str] = &[
    " not shown ",
    " not attached ",
    " not forwarded ",
    " not included ",
    " not visible ",
    " not displayed ",
    " isn t open ",
    " is not open ",
    " aren t shown ",
    " aren t attached ",
    " does not see ",
    " doesn t see ",
    " do not see ",
    " don t see ",
    " never see ",
    " never sees ",
    " cannot see ",
    " can t see ",
    " not available to ",
    " no access to ",
    " don t have access to ",
    " do not have access to ",
    " have no access to ",
];

/// Whether `lower` says the person who reviews does not see the case itself: "The application
/// form and the bureau report are not shown on that screen, so officers confirm on the score
/// and codes alone", "the uploaded documents are not attached to that queue's view", "shows
/// the charge nurse only the model's level and the SHAP factors, not the triage nurse's notes",
/// "the commander ... does not see the imagery". Names and scores kept from a reviewer are a
/// blind review, not a case unseen, so only the case's own material counts.
pub(super) fn reviewer_sees_part(lower: &str) -> bool {
    const KEYS: &[&str] = &[
        "shown",
        "attached",
        "forwarded",
        "included",
        "visible",
        "displayed",
        "open",
        "see",
        "available",
        "access",
        "only",
    ];
    if !KEYS.iter().any(|k| lower.contains(k)) {
        return false;
    }
    super::sentences_of(lower).iter().any(|sentence| {
        let spaced = spaced_words(sentence);
        let only = spaced.contains(" only ") || spaced.ends_with(" only");
        sentence.split([';', ',']).map(spaced_words).any(|clause| {
            let words: Vec<&str> = clause.split_whitespace().collect();
            // What the people concerned see, not the reviewer: "Claimants cannot see internal
            // caseworker notes in the portal" (a hostile review's honest note).
            let theirs = words.iter().any(|w| {
                matches!(
                    *w,
                    "claimants"
                        | "claimant"
                        | "applicants"
                        | "applicant"
                        | "patients"
                        | "patient"
                        | "customers"
                        | "customer"
                        | "users"
                        | "public"
                        | "residents"
                        | "portal"
                        | "website"
                        | "letter"
                        | "letters"
                )
            });
            let material = !theirs && words.iter().any(|w| THE_CASE.contains(w));
            // The clause is spaced as words and each phrase holds its spaces: whole words.
            // Not what the model cannot see: "The model can't see income that isn't on the
            // bureau file" is a limit of its data (a helper's honest probes).
            let hidden = material
                && NOT_SHOWN.iter().any(|p| {
                    let seeing = p.ends_with(" see ") || p.ends_with(" sees ");
                    clause.match_indices(p).any(|(at, _)| {
                        !(seeing
                            && clause
                                .get(..at)
                                .unwrap_or_default()
                                .split_whitespace()
                                .next_back()
                                .is_some_and(|w| {
                                    matches!(
                                        w,
                                        "model"
                                            | "system"
                                            | "tool"
                                            | "algorithm"
                                            | "scorecard"
                                            | "classifier"
                                            | "it"
                                    )
                                }))
                    })
                });
            // "... only the model's level and the SHAP factors, not the nurse's notes".
            let left_out = only && clause.trim_start().starts_with("not the ");
            // Shown later is shown: "not shown ... until they have recorded their own".
            material && (hidden || left_out) && !clause.contains(" until ")
        })
    })
}

/// Whether `lower` (lowercased) says people have no route but the automated one, or get no
/// adjustments: "There isn't another route: applicants who ask are told the online form is the
/// only way to apply, and no adjustments are offered" (a hostile review read the alternative
/// process "in place" on that evidence). Not a route that exists on a condition ("no other route
/// unless they ask"), one that is gone ("there is no longer any other route" is still none, but
/// "until March there was no other route" is over), one that is not the automated step's ("a
/// phone call is the only way to reach a person"), nor adjustments only not asked for yet ("no
/// adjustments have been requested so far").
pub(super) fn no_other_route(lower: &str) -> bool {
    // Most text names none of these: most sentences are not spaced as words.
    if ![
        "other",
        "only",
        "alternative",
        "adjustment",
        "fallback",
        "manual",
        "human",
        "offline",
        "paper",
        "must",
        "way",
        "cannot",
        "can't",
        "exception",
        "opt",
        "sole",
        "single",
        "mandatory",
        "declined",
        "refused",
        "reapply",
        "without",
        "withdrawn",
        "rejected",
        "adopted",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return false;
    }
    const NONE: &[&str] = &[
        " no ",
        " there isn t ",
        " there is not ",
        " there aren t ",
        " there are not ",
        " we don t have ",
        " we do not have ",
        " we don t offer ",
        " we do not offer ",
        " without any ",
    ];
    const ROUTES: &[&str] = &[
        "route",
        "routes",
        "way",
        "ways",
        "option",
        "options",
        "path",
        "channel",
        "channels",
        "process",
        "procedure",
        "alternative",
        "alternatives",
        "fallback",
        "means",
    ];
    const OTHER: &[&str] = &[
        "other",
        "another",
        "alternative",
        "human",
        "manual",
        "offline",
        "paper",
        "non",
        "phone",
        "branch",
        "postal",
        "person",
        "fallback",
    ];
    // The automated step, as what people must use or the only way in.
    const AUTOMATED: &[&str] = &[
        "form",
        "online",
        "portal",
        "app",
        "website",
        "site",
        "tool",
        "system",
        "chatbot",
        "bot",
        "model",
        "ai",
        "kiosk",
        "screening",
        "assessment",
        "test",
        "digital",
        "automated",
        "careers",
        "queue",
        "score",
        "scoring",
    ];
    // Routes people might take instead, turned away: "we cannot process paper claims".
    const INSTEAD: &[&str] = &[
        "paper",
        "phone",
        "email",
        "e",
        "postal",
        "person",
        "walk",
        "applications",
        "claims",
        "cvs",
        "branch",
        "letters",
    ];
    // Once, or elsewhere in the sentence: "unless they ask", "except for".
    const HEDGES: &[&str] = &[
        " unless ",
        " except ",
        " if ",
        " than a person ",
        " than a human ",
        " out of scope ",
        " not in scope ",
    ];
    // Of a clause: a time that is over ("until March there was no other route").
    const OVER: &[&str] = &[
        " until ",
        " previously ",
        " used to ",
        " was no ",
        " were no ",
    ];
    /// Whether one clause (spaced words, and as written) denies another route.
    fn route_denied(spaced: &str, clause: &str) -> bool {
        let words: Vec<&str> = spaced.split_whitespace().collect();
        // Each reading below is looked for only where its words are: this is asked of every
        // clause of the evidence and notes beside an alternative (issue 7).
        let has = |ks: &[&str]| words.iter().any(|w| ks.contains(w));
        let negated_at = |i: usize| {
            i.checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|n| matches!(*n, "not" | "t" | "never"))
        };
        // "There isn't another route", "no human route", "there is no phone or branch
        // alternative", "there is no way to be assessed outside the queue".
        let none_of_another = has(&["no", "not", "t", "without"])
            && NONE.iter().any(|p| {
                spaced.match_indices(p).any(|(i, _)| {
                    let rest = spaced.get(i + p.len()..).unwrap_or_default();
                    let after: Vec<&str> = rest
                        .split_whitespace()
                        .filter(|w| !matches!(*w, "a" | "an" | "any" | "real" | "longer" | "or"))
                        .take(4)
                        .collect();
                    let other_then_route = after
                        .iter()
                        .position(|w| OTHER.contains(w))
                        .is_some_and(|k| after.iter().skip(k + 1).any(|w| ROUTES.contains(w)));
                    let alternative = after
                        .iter()
                        .take(3)
                        .any(|w| matches!(*w, "alternative" | "alternatives" | "fallback"));
                    let no_way_around = after.first() == Some(&"way")
                        && [
                            " outside ",
                            " without ",
                            " bypass ",
                            " opt out ",
                            " avoid ",
                            " skip ",
                        ]
                        .iter()
                        .any(|k| rest.contains(k));
                    let no_opt_out = after.starts_with(&["opt", "out"]);
                    other_then_route || alternative || no_way_around || no_opt_out
                })
            });
        // "the online form is the only way to apply", "applying online is the sole route",
        // "the online form has been the only route".
        let only_automated = has(&["only", "sole", "single"])
            && (words.windows(3).enumerate().any(|(i, w)| {
            matches!(w, ["the", "only" | "sole" | "single", route] if ROUTES.contains(route))
                && i.checked_sub(1).is_some_and(|j| {
                    words
                        .get(j)
                        .is_some_and(|v| matches!(*v, "is" | "are" | "remains" | "been"))
                        && !negated_at(j)
                })
                && words
                    .get(i.saturating_sub(5)..i.saturating_sub(1))
                    .is_some_and(|s| s.iter().any(|x| AUTOMATED.contains(x)))
        })
            // "can only be made through the online form", "accepted online only".
            || words.iter().enumerate().any(|(i, w)| {
                *w == "only"
                    && words.iter().skip(i + 1).take(3).enumerate().any(|(k, x)| {
                        matches!(*x, "through" | "via")
                            && words
                                .iter()
                                .skip(i + k + 2)
                                .find(|y| !matches!(**y, "the" | "our" | "its" | "a" | "an"))
                                .is_some_and(|y| AUTOMATED.contains(y))
                    })
            })
            || spaced.contains(" online only ")
            || spaced.contains(" single point of entry ")
            || spaced.contains(" sole route ")
            || spaced.contains(" sole channel "));
        // "applicants must use the careers portal", "claimants must apply online".
        let must_use = has(&["must"])
            && words.windows(2).enumerate().any(|(i, w)| {
                matches!(w, ["must", "use" | "apply" | "go" | "claim" | "submit"])
                    && words
                        .iter()
                        .skip(i + 2)
                        .take(4)
                        .any(|x| AUTOMATED.contains(x))
            });
        // "we cannot process paper claims", "recruiters cannot accept CVs by e-mail", "the
        // council office does not take claims in person", "no longer accepts paper claims".
        // Not the tool's own limit: "the model cannot process scanned CVs, so a recruiter
        // reads them".
        let turned_away = has(&["cannot", "t", "not", "longer"])
            && words.iter().enumerate().any(|(i, w)| {
                matches!(
                    *w,
                    "process" | "accept" | "accepts" | "take" | "takes" | "handle" | "handles"
                ) && {
                    let before: Vec<&str> = words
                        .get(i.saturating_sub(3)..i)
                        .unwrap_or_default()
                        .to_vec();
                    let refused = before
                        .iter()
                        .any(|b| matches!(*b, "cannot" | "t" | "not" | "longer"));
                    refused
                        && !before.iter().any(|b| AUTOMATED.contains(b))
                        && words
                            .iter()
                            .skip(i + 1)
                            .take(3)
                            .any(|x| INSTEAD.contains(x))
                }
            });
        // "no exceptions", "without exception", of every case going through the step.
        let no_exceptions = has(&["exception", "exceptions"])
            && (spaced.contains(" no exceptions ")
                || spaced.contains(" no exception ")
                || spaced.contains(" without exception "))
            && words
                .iter()
                .any(|w| AUTOMATED.contains(w) || matches!(*w, "all" | "every"));
        let mandatory =
            spaced.contains(" mandatory for ") && words.iter().any(|w| AUTOMATED.contains(w));
        // "Requests to be assessed without the tool are declined", "candidates who ask for a
        // manual review are told to reapply online".
        let requests_refused = has(&[
            "declined",
            "refused",
            "turned",
            "accepted",
            "granted",
            "told",
            "redirected",
        ]) && words
            .iter()
            .any(|w| matches!(*w, "request" | "requests" | "ask" | "asks" | "asking"))
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "without" | "manual" | "human" | "another" | "alternative" | "paper"
                )
            })
            && [
                " are declined ",
                " are refused ",
                " are turned down ",
                " are not accepted ",
                " are not granted ",
                " told to reapply ",
                " told to apply online ",
                " redirected to the online ",
            ]
            .iter()
            .any(|p| spaced.contains(p));
        // "A manual route was considered but rejected on cost grounds", "paper forms were
        // withdrawn in 2023", "we decided not to offer them".
        let withdrawn = has(&[
            "withdrawn",
            "rejected",
            "adopted",
            "dropped",
            "discontinued",
            "abandoned",
            "scrapped",
        ]) && words
            .iter()
            .any(|w| matches!(*w, "manual" | "paper" | "human" | "alternative" | "offline"))
            && [
                " withdrawn ",
                " rejected ",
                " not adopted ",
                " dropped ",
                " discontinued ",
                " abandoned ",
                " scrapped ",
            ]
            .iter()
            .any(|p| spaced.contains(p))
            && !spaced.contains(" reinstated ")
            && !spaced.contains(" restored ");
        let decided_not = spaced.contains(" decided not to offer ");
        // "no claim can be assessed without the automated step".
        let not_without = has(&["without"])
            && [
                " be assessed without ",
                " be processed without ",
                " be decided without ",
            ]
            .iter()
            .any(|p| {
                spaced.match_indices(p).any(|(i, _)| {
                    let before = spaced.get(..i).unwrap_or_default();
                    (before.ends_with(" cannot")
                        || before.ends_with(" can t")
                        || before.ends_with(" can not")
                        || (before.contains(" no ") && before.ends_with(" can")))
                        && spaced
                            .get(i + p.len()..)
                            .unwrap_or_default()
                            .split_whitespace()
                            .take(3)
                            .any(|x| AUTOMATED.contains(&x))
                })
            });
        // "no adjustments are offered", "adjustments are not provided", "we don't offer
        // adjustments"; not "no adjustments have been requested".
        let no_adjustments = clause.contains("adjustment")
            && ((spaced.contains(" no adjustments ")
                || spaced.contains(" no reasonable adjustments "))
                && ![
                    " requested ",
                    " asked for ",
                    " needed ",
                    " so far ",
                    " yet ",
                ]
                .iter()
                .any(|p| spaced.contains(p))
                || [
                    " adjustments are not ",
                    " adjustments aren t ",
                    " adjustments cannot ",
                    " adjustments can t ",
                    " don t offer adjustments ",
                    " do not offer adjustments ",
                    " don t make adjustments ",
                    " do not make adjustments ",
                    " don t offer reasonable adjustments ",
                    " do not offer reasonable adjustments ",
                ]
                .iter()
                .any(|p| spaced.contains(p)));
        none_of_another
            || only_automated
            || must_use
            || turned_away
            || no_exceptions
            || mandatory
            || requests_refused
            || withdrawn
            || decided_not
            || not_without
            || no_adjustments
    }
    super::sentences_of(lower).iter().any(|sentence| {
        let spaced = spaced_words(sentence);
        !HEDGES.iter().any(|h| spaced.contains(h))
            && sentence.split([';', ':']).any(|clause| {
                let spaced = spaced_words(clause);
                !OVER.iter().any(|h| spaced.contains(h)) && route_denied(&spaced, clause)
            })
    })
}

#[cfg(test)]
mod tests {
    /// Asserts that `read` holds of each of `yes` and of none of `no`.
    fn reads(read: fn(&str) -> bool, yes: &[&str], no: &[&str]) {
        for t in yes {
            assert!(read(t), "{t}");
        }
        for t in no {
            assert!(!read(t), "{t}");
        }
    }

    use super::*;

    #[test]
    fn a_handful_opened_of_thousands_is_few() {
        let t = "every proposed decline is routed to a credit officer's queue. in 2025, 41,260 declines were proposed and the audit trail shows 38 of them were opened by an officer before the letter was released.";
        assert!(few_of_many_reviewed(t));
        assert!(few_of_many_reviewed(
            "the october audit found re-triage was done for 3 of 212 patients waiting over an hour."
        ));
        // Most of them, a sample, or changes rather than reviews are not.
        assert!(!few_of_many_reviewed(
            "of 4,000 declines, 3,950 of them were opened by an officer within a day."
        ));
        assert!(!few_of_many_reviewed(
            "model risk reviews a random 200 of the 4,000 pre-approvals each month."
        ));
        assert!(!few_of_many_reviewed(
            "officers overturned 38 of 41,260 proposed declines in 2025."
        ));
        assert!(!few_of_many_reviewed(
            "in 2025 2 of 3 reviewers opened the dashboard."
        ));
        // Requests, re-checks and each case looked at are no handful of a review.
        assert!(!few_of_many_reviewed(
            "in the january audit, re-triage was done for 3 of 212 patients at their own request."
        ));
        assert!(!few_of_many_reviewed(
            "only 12 of 71,840 levels were entered late, and each was reviewed."
        ));
    }

    #[test]
    fn tests_of_another_product_or_version_stand_for_none() {
        for t in [
            "bias results are carried over from the council tax support model (cts-elig), which uses the same features; claimsort itself was not compared across groups.",
            "red team: we rely on the ngo's exercise on readright, our sister reading app, which shares the guardrail policy.",
            "nothing has been re-tested since the summaries moved from claude 3 haiku to claude 3.5 sonnet in january.",
        ] {
            let later = tested_elsewhere(t);
            assert!(
                later
                    .as_ref()
                    .is_some_and(|l| l.denial == Denial::OtherModel),
                "{t}"
            );
        }
        for t in [
            "the thresholds were carried over from v2 and the tests re-run on v3 in march.",
            "the vendor model itself was not tested by us, but we tested the whole system end to end.",
            "since go-live the model has been re-tested every quarter.",
        ] {
            assert!(tested_elsewhere(t).is_none(), "{t}");
        }
    }

    #[test]
    fn filters_weakened_for_some_users_are_filters_gone() {
        let t = "for the 13-14 band the self-harm and violence filters were relaxed to 'low' at the request of schools.";
        assert!(filters_relaxed(t).is_some_and(|l| l.denial == Denial::Weakened));
        for t in [
            "the filters were never relaxed for any age band.",
            "if a teacher asks, the filters can be relaxed for one lesson after a review.",
            "the teachers relaxed about the filters once they saw the logs.",
            "the guardrails were switched off once by mistake in staging; a deployment check now blocks any release without them.",
            "the maths-symbol filter was relaxed because it blocked equations.",
            "the image-upload size filter was relaxed to accept phone photos of worksheets.",
            "the spam filter on the feedback inbox was switched off because it hid bug reports.",
            "the profanity filter was relaxed for the word 'hell' in reading lessons.",
        ] {
            assert!(filters_relaxed(t).is_none(), "{t}");
        }
        for t in [
            "we turned the violence filter down to 'low' for the whole service after schools complained.",
            "the guardrail was switched off in may 2025 because it refused too many science questions.",
            "we relaxed the self-harm filter to 'low' for all children.",
            "the filters were turned down to the lowest setting.",
            // A sixty-first hostile review's wordings.
            "we disabled the bedrock guardrail on the history and biology courses in january because it blocked too many lessons.",
            "guardrail strength for violence, insults and sexual content was reduced to the minimum setting after teachers complained about refusals.",
            "the self-harm and sexual-content denied topics were removed from the guardrail policy in the 2.3 release to cut false positives.",
            "the bedrock guardrail strength for violence and insults was lowered from high to low in january because history lessons about wars were being blocked.",
            "the content filters were disabled for the sixth-form pilot.",
            "the guardrail has been paused since december while we tune it.",
            "the guardrail is no longer attached to the tutor model since the migration.",
            // A review after the sixty-first.
            "children can type anything.self-harm and drugs were dropped from the denied topics because they caused too many false blocks in biology lessons.",
            "we deleted the violence and self-harm topics from the guardrail policy in january.",
            "self-harm and drugs were taken off the denied topics because they caused too many refusals.",
            "since january, violence and self-harm are no longer among the guardrail's denied topics, to cut refusals.",
        ] {
            assert!(filters_relaxed(t).is_some(), "{t}");
        }
        // Honest sentences near those words.
        for t in [
            "the guardrail's false positives were reduced from 8% to 2% by tuning the denied topics.",
            "the filters for disabled pupils' screen readers are the same as for every pupil.",
            "outdated terms were removed from the blocklist and replaced with the current list.",
            "red team of 300 prompts incl. 'undress'/nudify requests; all blocked by the image guardrail (photo uploads are disabled anyway).",
            "the guardrail cannot be disabled by teachers or pupils.",
            "we have never disabled the guardrails.",
            "the guardrail was not reduced to the minimum setting, despite teachers' requests.",
            // A review of honest answers after these readings came in.
            "for the red-team run the content filters were disabled in an isolated sandbox account only, to measure the raw model; production filters stayed at high throughout.",
            "the filters were lowered from high to low in the test environment during red-teaming and never in production.",
            "we considered having the filters lowered from high to low for pupils aged 15-16 and rejected the idea after the child-safety review.",
            "in february self-harm was removed from the guardrail policy's denied-topics list and moved to a dedicated classifier with a stricter threshold and a helpline card.",
            "in january the drugs topic was removed from the guardrail policy by a faulty deployment and restored within two hours (inc-2240).",
            "the export job is paused while the guardrail is retuned.",
            "the guardrail has never been paused.",
            // Honest sentences near "dropped" and "deleted".
            "drugs were dropped from the denied topics and moved to a dedicated classifier with a stricter threshold.",
            "harmful content flagged by the guardrail dropped from 2% to 0.4% after tuning.",
            "duplicate entries were deleted from the guardrail logs.",
            "no harm topic has been dropped from the denied topics since launch.",
            "we deleted the violence topic from the guardrail policy in staging to test the alerting, and restored it.",
            // A review of honest answers after these readings came in.
            "self-harm conversation transcripts are deleted from the guardrail logs after 30 days, as the dpia requires.",
            "self-harm and drugs have never been dropped from the denied topics.",
            "self-harm and drugs were dropped from the denied topics by a configuration error on 3 february and restored within two hours.",
            "violence and self-harm were deleted from the guardrail's denied topics because the content filters now block them at the highest strength, which catches more.",
            "we deleted duplicate violence and self-harm prompts from the guardrail regression suite in january; the suite still has 2,000 cases.",
            "drug and weapon keywords were deleted from the blocklist because the denied topics now block those subjects more reliably.",
            "guardrail latency dropped from 300 ms to 120 ms in january.",
            "the separate violence and self-harm topics were deleted from the guardrail policy and merged into one broader denied topic that blocks both.",
        ] {
            assert!(filters_relaxed(t).is_none(), "{t}");
        }
    }

    #[test]
    fn parents_not_asked_are_read_and_rules_are_not() {
        reads(
            parents_not_asked,
            &[
                "children sign up themselves without asking the parents.",
                "children sign up themselves; parents are not contacted and were not asked for consent.",
                "for school bulk accounts the consent box is ticked by the teacher on behalf of every pupil in the class.",
            ],
            &[
                "without parental consent the account stays locked.",
                "we never open an account without asking the parents.",
                "no account is opened until a parent confirms by email.",
                "pupils were not asked for consent; their parents signed the form.",
            ],
        );
    }

    #[test]
    fn people_not_told_the_tool_is_used_are_read() {
        reads(
            ai_use_not_told,
            &[
                "patients are not told the tool is used: the leaflet was drafted but never printed.",
                "claimants are never told that ai is involved in sorting their claim.",
                "applicants are not told about the model at all.",
            ],
            &[
                "patients are not told the tool's score; the clinician explains the level.",
                "staff are not told which model version is used.",
                "until march 2024 patients were not told the tool is used; since then the leaflet says so.",
                "patients are not told the tool is used, as the research exemption applies.",
            ],
        );
    }

    #[test]
    fn the_same_model_deciding_the_other_route_is_read() {
        reads(
            same_model_decides,
            &[
                "branch and phone staff key the application into the same quickquote screen and the same model decides, so the outcome is identical.",
                "claimants can ask to be assessed without the tool, but the caseworker keys the claim into claimsort and the same model decides.",
            ],
            &[
                "on the paper route the same model decides nothing: a caseworker assesses the claim by hand.",
                "the same caseworkers handle both routes.",
            ],
        );
    }

    #[test]
    fn an_error_rate_over_its_threshold_for_a_group_misses_it() {
        let t = "under-triage of esi 1-2 by group (threshold 3%): overall | 2.1% ; white | 1.8% ; black | 6.4% ; 75+ | 2.9%";
        assert!(over_the_bar(t).is_some_and(|l| l.denial == Denial::MissesThreshold));
        for t in [
            "under-triage of esi 1-2 by group (threshold 3%): overall | 2.1% ; white | 1.8% ; black | 2.6%",
            "accuracy by group (threshold 90%): 94% ; 93% ; 95%",
            "under-triage 2.1% overall (threshold 3%), over-triage 12%",
        ] {
            assert!(over_the_bar(t).is_none(), "{t}");
        }
    }

    #[test]
    fn evidence_of_work_unapproved_or_disputed_shows_none() {
        reads(
            evidence_undone,
            &[
                "Model risk assessment MRM-CL-031 was presented on 2024-11-18. Approval was deferred pending the fairness annex.",
                "Hazard log signed 2024-10-15. The safety case CI-SC-2024-03 itself is still marked DRAFT v0.4 and has not been approved.",
                "Voice licence HLA-VL-2024-011. Her withdrawal notice of 2026-08-02 is being disputed by our legal team.",
                "Its use in the current theatre rests on an email from the legal adviser.",
            ],
            &[
                "Draft v0.3 was not approved; v1.0 approved by the committee on 2024-11-18.",
                "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18.",
            ],
        );
    }

    #[test]
    fn a_claim_turned_down_and_a_past_put_right_deny_nothing() {
        assert!(claim_turned_down(&spaced_words(
            "the vendor's claim that queue-only tools need no bias testing was rejected by our equality officer"
        )));
        assert!(claim_turned_down(&spaced_words(
            "it was withdrawn from sale on 2025-06-01"
        )));
        assert!(!claim_turned_down(&spaced_words(
            "the validation report was rejected by model risk; the claim process is unchanged"
        )));
        let text = "until 2025-03-10, declines above 0.95 were released automatically. that path was removed in release 5.2.";
        assert!(put_right_since(
            "until 2025-03-10, declines above 0.95 were released automatically.",
            text
        ));
        assert!(!put_right_since(
            "until 2027-01-01, declines above 0.95 are released automatically.",
            "until 2027-01-01, declines above 0.95 are released automatically."
        ));
        // A fault in the past, put right in the same sentence (reviews of honest answers).
        for t in [
            "In 2024 a batch of 300 rejections went out without review after a queue fault; we reopened all 300, recruiters reviewed them, and the send step now refuses any rejection without a recruiter's id.",
            "In 2023 a batch fault sent 40 regret letters before any officer saw the files; the letters were withdrawn the next day, each applicant was called, and a release check now blocks it.",
        ] {
            assert!(put_right_since(t, t), "{t}");
        }
        for t in [
            "Because of a queue fault, rejections go out without review; we have reopened the ticket.",
            "In 2024 a bug sent declines automatically and it has not been fixed.",
        ] {
            assert!(!put_right_since(t, t), "{t}");
        }
    }

    #[test]
    fn a_share_changed_is_the_share_changed_in_its_own_clause() {
        assert!(changes_a_share(
            "the median time was 48 seconds and 19% of suggestions were changed."
        ));
        assert!(changes_a_share("the override rate is 19%."));
        assert!(!changes_a_share(
            "the recommendation stands unless the officer writes a reason to override - 98% maintained, median time 40s."
        ));
        assert!(!changes_a_share("2% of suggestions were changed."));
    }

    #[test]
    fn examples_of_what_must_not_happen_and_scope_left_out_are_set_aside() {
        let t = "Officers decide every decline. Officer training uses a case study of another lender whose officers confirmed declines in bulk, to show what our review must not turn into.";
        assert_eq!(without_examples(t), "Officers decide every decline.");
        let t = "Not for fraud checks, or reducing an award without a caseworker's assessment. Declines under 480 are sent automatically.";
        assert_eq!(
            without_examples(t),
            "Declines under 480 are sent automatically."
        );
        // An admission stays: "not for long" is no scope.
        let t = "Declines are sent automatically, but not for long.";
        assert_eq!(without_examples(t), t);
    }

    #[test]
    fn the_case_kept_from_the_reviewer_is_a_review_of_part() {
        reads(
            reviewer_sees_part,
            &[
                "the application form and the bureau report are not shown on that screen, so officers confirm on the score and codes alone.",
                "in the 'likely eligible' queue the caseworker's screen shows the model's summary and the proposed award only; the uploaded documents are not attached to that queue's view.",
                "the re-triage screen shows the charge nurse only the model's level and the shap factors, not the triage nurse's notes or the vitals history.",
                "the targeting officer's workstation receives the nomination chip and the confidence score only; the source video is not forwarded to the officers' network.",
                "at night the commander authorises by radio on the officer's read-out and does not see the imagery.",
            ],
            &[
                "applicants' names are not shown to the reviewer, to keep the review blind.",
                "the score is not shown to the officer until they have recorded their own decision on the full file.",
                "the officer sees the whole file: form, bureau report and the model's reasons.",
                "only officers with credit authority can open the file.",
                "claimants cannot see internal caseworker notes in the portal, but can get their whole file.",
            ],
        );
    }

    #[test]
    fn no_route_but_the_automated_one_is_read() {
        reads(
            no_other_route,
            &[
                "there isn't another route: applicants who ask are told the online form is the only way to apply, and no adjustments are offered.",
                "there is no alternative to the chatbot.",
                "applicants have no other way to apply.",
                "the portal is the only route for claims.",
                "claims are accepted only through the app.",
                "we do not offer adjustments.",
                "online only, no adjustments.",
                "there is no longer any manual process.",
                "claims can only be made through the online portal; the council no longer accepts paper claims.",
                "we cannot process paper claims; claimants without internet access are sent to the library.",
                "claimants must use the online claim form.",
                "all claims go through the sorting model, no exceptions.",
                "there's no opt-out from automated sorting.",
                "no human route: the customer service centre only helps with the online form.",
                "the digital claim is the single point of entry for all claims.",
                "until 2024 claimants could claim on paper; since then the online form has been the only route.",
                "a manual route was considered but rejected on cost grounds.",
                "caseworkers decide every claim, but no claim can be assessed without the automated step.",
                "requests to be assessed without the tool are declined.",
                "adjustments are not provided for this product, and there is no phone or branch alternative.",
                "the automated pre-approval is mandatory for all applicants.",
                "applications are accepted online only.",
                "candidates who ask for a manual review are told to reapply through the online form.",
                "every claim is sorted by the model first; there is no way for a claimant to be assessed outside the queue.",
            ],
            &[
                "applicants can ask for a recruiter to assess their application without the score, by e-mail or phone; adjustments offered on the careers page.",
                "there is no other route unless the applicant asks, when hr assesses by hand.",
                "a phone call is the only way to reach a person.",
                "the online form is not the only way to apply: branches take paper forms.",
                "no adjustments have been requested so far; the process is on the careers page.",
                "until march there was no other route; since then a caseworker assesses by hand on request.",
                "the model has no other inputs.",
                "we have no alternative process for executives, who are out of scope.",
                "only online claims pass through the sorting tool, and online claimants can ask for a manual assessment instead.",
                "only online claims are sorted by the model; claimants who ask are assessed manually instead.",
                "the model cannot process scanned cvs, so a recruiter reads them by hand.",
                "paper claims were withdrawn in 2023 and reinstated in 2024 after the equality review.",
                "no human review is skipped: every claim can also be made on paper.",
            ],
        );
    }
}
