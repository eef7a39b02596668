//! Prohibited uses said in other words than the phrases of [`super::PROHIBITED_WORDS`]: people
//! kept unaware of what watches them or where their data goes, a face watchlist built from
//! protests, an assistant that hides being a machine, quotes made up for real people, calls
//! made in the name of the police or a court, a debt pressed through the debtor's workplace or
//! family, an age check that is only the user's word, voters misled or kept from voting, AI
//! marks stripped or AI images passed off as real, images made to mock a person, adults and
//! children in open channels, children told to keep secrets from their parents, and sealed
//! court records used; content made to pass for real buyers or grassroots support, AI images of
//! an official, nude images of someone, pressure to take posts down, and a likeness used once
//! its licence lapsed or beyond it. A hostile review wrote each into an example that passed the
//! gate. Each reader runs only where its key words stand in the text, found in one pass over its
//! words (issue 7).

use super::among_three_before;
use super::{Described, Facts, first_phrase, sentences_of, without_conditions};
use crate::assessment::{Assessment, SafeguardStatus};
use crate::engine::spaced_words;
use crate::questionnaire::Questionnaire;

/// Words that deny what follows them.
const DENIALS: &[&str] = &[
    "not", "t", "never", "no", "nor", "nothing", "nobody", "none", "cannot", "without",
];

/// Reads `text` (`spaced_text` its [`spaced_words`]) for the uses above and adds each to `out`
/// at its first sentence, once per prohibition; a sentence that asks, or tells of a test
/// (`testing`), describes no use.
pub(super) fn read(text: &str, spaced_text: &str, testing: &[&str], out: &mut Vec<Described>) {
    // One pass over the bytes, cut at the single spaces [`spaced_words`] writes (a `split` of
    // the text as `str` cost twice as much as finding the keys).
    let mut seen = 0u64;
    for w in spaced_text.as_bytes().split(|b| *b == b' ') {
        seen |= keys(w);
    }
    let has = |bits: u64| seen & bits != 0;
    // "shown" is in many texts; only "shown that" tells of people kept unaware.
    let tell = has(TELL) || (has(SHOWN) && spaced_text.contains(" shown that "));
    let machine = has(MACHINE);
    let debt = has(DEBT);
    let kept = tell && (machine || has(WATCH | DECIDER));
    // Or protesters picked out for the police ("pick which protesters to flag to the police
    // from social media photos": a hostile review of the verdicts).
    let watchlist = has(PROTEST)
        && (spaced_text.contains(" watchlist")
            || spaced_text.contains(" watch list")
            || spaced_text.contains(" police "));
    // Owning up forbidden ("never admits it is an AI", "not to tell borrowers it is a bot"),
    // a person claimed ("claims to be a human agent"), or a machine denied ("rather than an
    // AI"); "claims" alone is most often a benefit claim.
    let claims = has(CLAIMS) || (has(CLAIM) && spaced_text.contains(" to be "));
    // A made-up persona need not be called a machine: "a fake influencer that we tell followers
    // is a real person" (a hostile review).
    let hides = (machine || spaced_text.contains(" fake "))
        && (has(OWNS_UP | RATHER) || (claims && has(PERSON)) || (has(OWNS) && has(BOT | NEG)));
    // "when followers ask 'are u real?' the reply macro says 'haha 100% real x'" (a hostile
    // review).
    let asked_real = machine && has(CLAIMS) && has(GENUINE) && spaced_text.contains(" ask");
    // A person's calls with their lawyer heard: "listen to prisoners' calls with their lawyers".
    let privileged = has(LAWYER);
    let quote = has(QUOTE);
    let authority = debt && has(BEHALF);
    let pressed = debt && has(OTHERS);
    let age = has(AGE) && has(DECLARED) && SELF_DECLARED.iter().any(|k| spaced_text.contains(k));
    let voters = has(VOTE)
        && (has(SUPPRESS | FAKE | SIDE)
            || spaced_text.contains(" robocall")
            || spaced_text.contains(" date "));
    let unlabelled = (has(LABEL) && has(STRIP)) || (has(FAKE) && machine);
    let mocked = has(MOCK);
    let reached = has(ADULT) && has(YOUNG);
    let secret = has(YOUNG)
        && has(PARENT)
        && [" tell", " mention", " secret", " say ", " hide ", " keep "]
            .iter()
            .any(|k| spaced_text.contains(k));
    let sealed = has(SEALED);
    // A test's finding that went live unfixed describes the use it found ("tells kids not to
    // mention it to their parents in ~4% of tries. Fix scheduled Q2, live meanwhile": a sixth
    // review), read for the harms to children only.
    let left_live = (reached || secret) && super::LEFT_LIVE.iter().any(|p| spaced_text.contains(p));
    // A sixth review's deceptions, harassment and likenesses, each read only where its key
    // words all stand: content made to seem what it is not, a voice scripted as the person,
    // nude images of someone, pressure to take words down, an official faked, a likeness used
    // once its consent lapsed or beyond it.
    let seeming = has(SEEM) && has(PURPOSE) && has(GENUINE);
    let posed =
        has(LIKE) && (spaced_text.contains(" as if ") || spaced_text.contains(" as though "));
    let nude = has(NUDE) && has(LIKE);
    let pressure = has(TAKEDOWN) && has(PURPOSE);
    let official = has(OFFICIAL)
        && has(LIKE)
        && (has(MACHINE | FAKE)
            || [" produce", " generate", " create"]
                .iter()
                .any(|k| spaced_text.contains(k)));
    let beyond = has(GRANT) && has(LIKE) && has(LAPSE | NEG);
    // An eighth review's: a person's address found with what else places them, a debtor
    // chased in a breathing space, a meme made of another pupil.
    let located = has(ADDRESS) && has(PLACES);
    let respite = has(RESPITE) && has(DEBT);
    let memed = has(PUPIL | YOUNG) && spaced_text.contains(" meme");
    // A second hostile review of the verdicts: adults who ask children for photos, and
    // children shown in swimwear or underwear made from their photos.
    let photos_asked = has(YOUNG)
        && [
            " asked for photos",
            " ask for photos",
            " asked them for photos",
            " asked for pictures",
            " ask for pictures",
            " asked for selfies",
            " requested photos",
            // "Adult users can message the children privately and ask for their photos" (an
            // eleventh hostile review).
            " ask for their photos",
            " asked for their photos",
        ]
        .iter()
        .any(|k| spaced_text.contains(k));
    let undressed = has(YOUNG)
        && [
            " swimwear ",
            " underwear ",
            " bikini ",
            " bikinis ",
            " lingerie ",
            // "Customers upload photos of children and the model undresses them" (an eleventh
            // hostile review).
            " undress",
            " nude ",
            " naked ",
        ]
        .iter()
        .any(|k| spaced_text.contains(k));
    // A tenth review's, each a miss in concrete words: a person's lookalike made after they
    // said no, news read out unverified, children pushed to buy, debtors shown up in public.
    let lookalike = has(REFUSED)
        && (has(LOOKS)
            || spaced_text.contains(" look like ")
            || spaced_text.contains(" looks like ")
            || spaced_text.contains(" look alike"));
    let unverified = has(NEWS) && has(UNVERIFIED);
    // Coaxing words and paid upgrades only where they run child, push and purchase in turn
    // ("prompts pupils to upgrade to the paid tier": a twelfth review).
    let pushed = has(YOUNG) && has(BUY) && has(NUDGE);
    let upsold = pushed || (has(YOUNG | PUPIL) && has(BUY | UPSELL) && has(NUDGE | COAX));
    let pressed = pressed || (debt && has(SHAMED));
    if !(kept
        || photos_asked
        || undressed
        || lookalike
        || unverified
        || upsold
        || located
        || respite
        || memed
        || watchlist
        || hides
        || asked_real
        || privileged
        || quote
        || authority
        || pressed
        || age
        || voters
        || unlabelled
        || mocked
        || reached
        || secret
        || sealed
        || seeming
        || posed
        || nude
        || pressure
        || official
        || beyond)
    {
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
        // Children pushed to buy are read before a test excuses the sentence: "our A/B test
        // showed under-12s respond most" measures the use (a tenth hostile review).
        if upsold
            && !out.iter().any(|(o, _, _)| *o == "minors")
            && pushes_children_to_buy(&spaced, pushed)
        {
            out.push(("minors", sentence.trim().replace('"', "'"), false));
        }
        let tested = spaced.split_whitespace().any(|w| testing.contains(&w));
        if tested && !left_live {
            previous = spaced;
            continue;
        }
        let mut found = Vec::new();
        if reached && adults_reach_children(sentence) {
            found.push("minors");
        }
        if secret && secret_from_parents(sentence) {
            found.push("minors");
        }
        if tested {
            for id in found {
                if !out.iter().any(|(o, _, _)| *o == id) {
                    out.push((id, sentence.trim().replace('"', "'"), false));
                }
            }
            previous = spaced;
            continue;
        }
        // Only a sentence with a word of telling of its own is read clause by clause: a text
        // with one such word read every sentence, a tenth of the clinical example's evaluation.
        let tells = || {
            spaced
                .as_bytes()
                .split(|b| *b == b' ')
                .any(|w| keys(w) & (TELL | SHOWN) != 0)
        };
        if kept
            && tells()
            && let Some(id) = kept_from_them(sentence, &spaced, &previous)
        {
            found.push(id);
        }
        if watchlist && protesters_watched(&spaced) {
            found.push("privacy");
        }
        if (hides && passed_off_as_a_person(sentence))
            || (asked_real && says_real_when_asked(&spaced))
        {
            found.push("disinformation");
        }
        if privileged && privileged_calls_heard(&spaced) {
            found.push("privacy");
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
        if voters && misleads_voters(sentence) {
            found.push("disinformation");
        }
        if unlabelled && passed_off_as_genuine(sentence) {
            found.push("disinformation");
        }
        if mocked && mocks_a_person(sentence) {
            found.push("harassment");
        }
        if sealed && sealed_records_used(sentence) {
            found.push("privacy");
        }
        if (seeming && made_to_seem_genuine(sentence)) || (posed && speaks_as_the_person(&spaced)) {
            found.push("disinformation");
        }
        if official && fakes_an_official(sentence, spaced_text) {
            found.push("disinformation");
        }
        if nude && intimate_images_of_someone(sentence) {
            found.push("likeness");
        }
        if pressure && pressed_to_take_down(sentence) {
            found.push("harassment");
        }
        if located && locates_a_person(sentence) {
            found.push("privacy");
        }
        if (respite && chased_in_respite(sentence)) || (memed && memes_of_a_pupil(sentence)) {
            found.push("harassment");
        }
        if lookalike && lookalike_after_no(&spaced) {
            found.push("likeness");
        }
        if (photos_asked && children_asked_for_photos(&spaced))
            || (undressed && children_shown_undressed(&spaced))
        {
            found.push("minors");
        }
        if unverified && unverified_news_read_out(&spaced) {
            found.push("disinformation");
        }
        for id in found {
            // Again where a later sentence says people were not told ([`super::also_not_told`]).
            if !out.iter().any(|(o, _, _)| *o == id) || super::names_telling(sentence) {
                out.push((id, sentence.trim().replace('"', "'"), false));
            }
        }
        previous = spaced;
    }
    // A likeness used once its consent lapsed reads over sentences: "Licence ... expired
    // 2025-12-31. ... we kept producing new titles in her voice".
    if beyond
        && !out.iter().any(|(o, _, _)| *o == "likeness")
        && let Some(sentence) = used_beyond_consent(&joined, testing)
    {
        out.push(("likeness", sentence, false));
    }
}

/// Whether a sentence (spaced words) says people ask children for photos: "Tutors we hired can
/// message children privately through the app and some have asked for photos" (a second
/// hostile review of the verdicts). Not where it is denied or blocked ("no one may ask a child
/// for photos").
fn children_asked_for_photos(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().any(|w| keys(w.as_bytes()) & YOUNG != 0)
        && (words.windows(3).any(|p| {
            matches!(
                p,
                [
                    "asked" | "ask" | "requested",
                    "for" | "them",
                    "photos" | "pictures" | "selfies" | "for"
                ]
            )
        }) || words.windows(4).any(|p| {
            matches!(
                p,
                [
                    "asked" | "ask" | "requested",
                    "for",
                    "their",
                    "photos" | "pictures" | "selfies"
                ]
            )
        }))
        && !guarded_clause(&words)
        && !words
            .iter()
            .any(|w| DENIALS.contains(w) || matches!(*w, "may" | "allowed"))
}

/// Whether a sentence (spaced words) says images of real children in swimwear or underwear, or
/// undressed, are made: "generates swimwear images of real child models from their catalogue
/// photos, without the parents knowing" (a second hostile review of the verdicts), "Customers
/// upload photos of children and the model undresses them" (an eleventh). Not where it is
/// blocked or denied, nor of adult models.
fn children_shown_undressed(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let made = words.iter().any(|w| {
        matches!(
            *w,
            "generates"
                | "generate"
                | "generated"
                | "makes"
                | "make"
                | "made"
                | "creates"
                | "create"
                | "created"
                | "produces"
                | "produce"
                | "produced"
                | "undresses"
                | "undress"
        )
    });
    made && words.iter().any(|w| keys(w.as_bytes()) & YOUNG != 0)
        && words.iter().any(|w| {
            matches!(
                *w,
                "swimwear"
                    | "underwear"
                    | "bikini"
                    | "bikinis"
                    | "lingerie"
                    | "undresses"
                    | "undress"
                    | "undressed"
                    | "nude"
                    | "naked"
            )
        })
        && !guarded_clause(&words)
        && !words
            .iter()
            .take_while(|w| !matches!(**w, "without"))
            .any(|w| DENIALS.contains(w))
}

/// Words that people are told or kept unaware with.
const TELL: u64 = 1;
/// Words of watching people, or of passing their data on.
const WATCH: u64 = 1 << 1;
/// Words of a protest.
const PROTEST: u64 = 1 << 2;
/// Words of a machine, as an assistant is said to be one.
const MACHINE: u64 = 1 << 3;
/// Verbs of owning up to what the assistant is.
const OWNS: u64 = 1 << 4;
/// Verbs of claiming to be something.
const CLAIMS: u64 = 1 << 5;
/// "rather than", "instead of".
const RATHER: u64 = 1 << 6;
/// Words of a quote.
const QUOTE: u64 = 1 << 7;
/// Words of speaking in another's name.
const BEHALF: u64 = 1 << 8;
/// Words of a debt.
const DEBT: u64 = 1 << 9;
/// Words of the people around a debtor.
const OTHERS: u64 = 1 << 10;
/// Words of an age.
const AGE: u64 = 1 << 11;
/// Verbs of owning up that are seldom used of anything else ("admit", "disclose").
const OWNS_UP: u64 = 1 << 12;
/// Words of a bot, as against AI in general.
const BOT: u64 = 1 << 13;
/// "not", "never", and the "t" of "doesn't".
const NEG: u64 = 1 << 14;
/// Words of a person, as an assistant may claim to be one.
const PERSON: u64 = 1 << 15;
/// "claim" and "claims", a noun as often as a verb (benefit claims).
const CLAIM: u64 = 1 << 16;
/// Words of an age check that takes the user's word ([`SELF_DECLARED`]).
const DECLARED: u64 = 1 << 17;
/// Words of an election and its voters.
const VOTE: u64 = 1 << 18;
/// Verbs of keeping voters from voting.
const SUPPRESS: u64 = 1 << 19;
/// Words of something made to look real.
const FAKE: u64 = 1 << 20;
/// Words of the other side in a contest.
const SIDE: u64 = 1 << 21;
/// Words of a mark that says content is AI-made.
const LABEL: u64 = 1 << 22;
/// Verbs of taking a mark off.
const STRIP: u64 = 1 << 23;
/// Words of mocking or humiliating someone.
const MOCK: u64 = 1 << 24;
/// Words of adults or strangers.
const ADULT: u64 = 1 << 25;
/// Words of children.
const YOUNG: u64 = 1 << 26;
/// Words of records a court has sealed or expunged.
const SEALED: u64 = 1 << 27;
/// Verbs of seeming: "so they read as actual buyers", "so it looks grassroots".
const SEEM: u64 = 1 << 28;
/// Words of nudity or sex, as imagery of a person may be.
const NUDE: u64 = 1 << 29;
/// Words of a person's consent or licence to use their likeness.
const GRANT: u64 = 1 << 30;
/// Words of a consent or licence ended, or not in hand ("expired", "withdrawn", "never seen").
const LAPSE: u64 = 1 << 31;
/// Words of an elected official or a politician.
const OFFICIAL: u64 = 1 << 32;
/// Words of a person's voice, face or image.
const LIKE: u64 = 1 << 33;
/// Verbs of taking something said down or back ("come down", "delete", "retract").
const TAKEDOWN: u64 = 1 << 34;
/// Words of a purpose or an end: "so", "until", "to make".
const PURPOSE: u64 = 1 << 35;
/// Words of being what it seems: "real", "actual", "grassroots".
const GENUINE: u64 = 1 << 36;
/// Words of a child's parents.
const PARENT: u64 = 1 << 37;
/// "shown", as people are not shown that something runs.
const SHOWN: u64 = 1 << 38;
/// Words of what decides, as a model is said to: "pts arent told a model made the call".
const DECIDER: u64 = 1 << 39;
/// Words of a person's lawyer, whose calls with them are privileged.
const LAWYER: u64 = 1 << 40;
/// Words of a postal address, as a person is found at one.
const ADDRESS: u64 = 1 << 41;
/// Words of what else places a person: their routine, their movements, their children's
/// school, their car, a photo geolocated.
const PLACES: u64 = 1 << 42;
/// Words of a debtor's legal pause from collection: a breathing space, hardship.
const RESPITE: u64 = 1 << 43;
/// Words of a school's pupils, as another child is made fun of.
const PUPIL: u64 = 1 << 44;
/// Words of looking like someone: "a 'lookalike'", "resembles".
const LOOKS: u64 = 1 << 45;
/// Words of a person saying no: "her agent declined".
const REFUSED: u64 = 1 << 46;
/// Words of news: a bulletin, an anchor, headlines.
const NEWS: u64 = 1 << 47;
/// "unverified", "unchecked".
const UNVERIFIED: u64 = 1 << 48;
/// Words of buying: purchases, bundles, gems.
const BUY: u64 = 1 << 49;
/// Words of pushing someone to act: pushes, nudges, streaks, late at night.
const NUDGE: u64 = 1 << 50;
/// Words of showing someone up in public: posters, "posted", "wanted".
const SHAMED: u64 = 1 << 51;
/// Verbs of coaxing someone, which push to buy only said of a child and a purchase in turn:
/// "prompts pupils to upgrade", "encourages children to buy" ([`coaxed_to_buy`]).
const COAX: u64 = 1 << 52;
/// Words of a paid upgrade: "upgrade", "the paid tier", "premium" (read as [`COAX`] is).
const UPSELL: u64 = 1 << 53;

/// The kinds of key word `w` is, as bits: every word of every text is looked up, so by its
/// first letter, then among the few words that start with it (one `match` of all of them
/// compared each word with every key of its length, nearly 1% of `raia score`, issue 7).
fn keys(w: &[u8]) -> u64 {
    match w.first() {
        Some(b'1') => match w {
            // "our A/B test showed under-12s respond most" (a tenth hostile review).
            b"10s" | b"11s" | b"12s" => YOUNG,
            b"13" | b"16" | b"18" => AGE,
            _ => 0,
        },
        Some(b'a') => match w {
            b"anchor" | b"anchors" => NEWS,
            b"ai" | b"automated" | b"artificial" => MACHINE,
            b"algorithm" | b"algorithms" => DECIDER,
            b"attorney" | b"attorneys" => LAWYER,
            // A licence stretched "by analogy" to a use it does not name (a hostile review).
            b"analogy" => LAPSE,
            // Said of an assistant: "the collections assistant claims to be a human agent".
            b"assistant" | b"assistants" | b"avatar" => MACHINE,
            b"admit" | b"admits" | b"admitting" | b"acknowledge" | b"acknowledges" => {
                OWNS | OWNS_UP
            }
            b"arrears" => DEBT,
            b"address" | b"addresses" => ADDRESS,
            b"appear" | b"appears" => SEEM | BEHALF,
            b"age" => AGE,
            b"adult" | b"adults" => ADULT,
            b"authentic" => FAKE | GENUINE,
            b"actual" => GENUINE,
            b"audio" => LIKE,
            b"agreement" => GRANT,
            b"alderman" => OFFICIAL,
            // "Jurors aren't aware" (a sixth review).
            b"aware" => TELL,
            _ => 0,
        },
        Some(b'b') => match w {
            b"bulletin" | b"bulletins" | b"broadcast" | b"broadcasts" => NEWS,
            b"buy" | b"buys" | b"bought" | b"buying" | b"bundle" | b"bundles" => BUY,
            b"broker" | b"brokers" => WATCH,
            b"bot" => MACHINE | BOT,
            b"behalf" => BEHALF,
            b"behind" => DEBT,
            b"boss" => OTHERS,
            b"birth" => AGE,
            b"box" => DECLARED,
            b"breathing" => RESPITE,
            // "so they're meant to pass as buyer uploads" (an eighth review).
            b"buyer" | b"buyers" => GENUINE,
            b"ballot" | b"ballots" => VOTE,
            b"bogus" => FAKE,
            b"beyond" => LAPSE,
            // What people are led to believe: "followers believe she's a real person" (a
            // hostile review).
            b"believe" | b"believes" => CLAIMS,
            b"barrister" | b"barristers" => LAWYER,
            _ => 0,
        },
        Some(b'c') => match w {
            b"coins" | b"credits" => BUY,
            b"covertly" | b"cover" => TELL,
            b"chats" | b"cctv" | b"camera" | b"cameras" | b"compiled" => WATCH,
            b"computer" => MACHINE,
            b"cloned" => MACHINE | LIKE,
            b"clone" | b"composite" | b"composites" => LIKE,
            b"clothes" | b"clothing" => NUDE,
            b"chatbot" => MACHINE | BOT,
            b"confirm" | b"confirms" => OWNS,
            b"claims" | b"claim" | b"claiming" => CLAIM,
            b"collection" | b"collections" | b"chaser" | b"chasers" => DEBT,
            b"car" => PLACES,
            b"classmate" | b"classmates" => PUPIL,
            // Consent, or the capacity to give it, taken from others: read as people kept
            // unaware ([`kept_from_them`]).
            b"consent" => TELL | GRANT,
            b"capacity" => TELL,
            b"contract" => GRANT,
            b"counsel" => LAWYER,
            b"cllr" | b"councillor" | b"councillors" | b"councilor" | b"councilors"
            | b"congressman" | b"congresswoman" | b"candidate" | b"candidates" => OFFICIAL,
            b"colleagues" => OTHERS,
            b"checkbox" => DECLARED,
            b"c2pa" | b"credentials" => LABEL,
            b"cropped" => STRIP,
            b"child" | b"children" => YOUNG,
            _ => 0,
        },
        Some(b'd') => match w {
            b"declined" => REFUSED,
            b"dossier" | b"dossiers" | b"data" => WATCH,
            b"demonstration" | b"demonstrations" | b"demonstrators" => PROTEST,
            b"disclose" | b"discloses" => OWNS | OWNS_UP,
            b"debt" | b"debts" | b"debtor" | b"debtors" => DEBT,
            b"dob" => AGE,
            b"dad" | b"dads" => PARENT,
            b"dropdown" | b"drop" => DECLARED,
            b"discourage" | b"discourages" | b"discouraging" | b"deter" | b"deters"
            | b"dissuade" | b"depress" => SUPPRESS,
            b"doctored" => FAKE,
            b"deepfake" | b"deepfakes" => FAKE | LIKE,
            b"demeaning" | b"degrading" | b"deriding" => MOCK,
            b"down" | b"delete" | b"deletes" | b"deleted" => TAKEDOWN,
            _ => 0,
        },
        Some(b'e') => match w {
            b"emails" | b"enforcement" | b"enrichment" => WATCH,
            b"employer" | b"employers" => OTHERS,
            b"email" => DECLARED,
            b"election" | b"elections" | b"electorate" => VOTE,
            b"expunged" => SEALED,
            b"expired" => LAPSE,
            b"explicit" => NUDE,
            b"encourage" | b"encourages" | b"encouraged" | b"encouraging" | b"entice"
            | b"entices" | b"enticed" => COAX,
            _ => 0,
        },
        Some(b'f') => match w {
            b"footage" => WATCH | LIKE,
            b"face" | b"faces" => LIKE,
            b"family" | b"friends" => OTHERS,
            b"fake" | b"faked" | b"fabricated" | b"false" => FAKE,
            b"fell" => LAPSE,
            _ => 0,
        },
        Some(b'g') => match w {
            b"gem" | b"gems" => BUY,
            // "the GPS pings from drivers' personal phones", "the child's GPS every 5 min" (a
            // sixth review).
            b"gps" | b"geolocation" => WATCH,
            b"geolocates" | b"geolocate" | b"geolocated" | b"geolocating" => WATCH | PLACES,
            b"generated" => MACHINE,
            b"genuine" => FAKE | GENUINE,
            b"grassroots" => GENUINE,
            b"governor" => OFFICIAL,
            _ => 0,
        },
        Some(b'h') => match w {
            b"headline" | b"headlines" => NEWS,
            b"human" => PERSON,
            b"hardship" => RESPITE,
            b"humiliating" | b"humiliate" => MOCK,
            _ => 0,
        },
        Some(b'i') => match w {
            b"informed" | b"informing" => TELL,
            b"immigration" | b"inbox" | b"inboxes" => WATCH,
            b"insists" | b"insist" | b"introduces" => CLAIMS,
            b"impersonating" => BEHALF,
            // "invites kids to upgrade to Pro" (a thirteenth review).
            b"invite" | b"invites" | b"invited" | b"inviting" => COAX,
            b"instead" => RATHER,
            b"insulting" => MOCK,
            b"image" | b"images" | b"imagery" => LIKE,
            b"intimate" => NUDE,
            b"independent" => GENUINE,
            _ => 0,
        },
        Some(b'k') => match w {
            b"knowledge" | b"knowing" | b"know" => TELL,
            b"keystrokes" | b"keystroke" => WATCH,
            b"kids" | b"kid" => YOUNG,
            _ => 0,
        },
        Some(b'l') => match w {
            b"lookalike" | b"lookalikes" => LOOKS,
            b"location" => WATCH,
            b"label" | b"labels" => LABEL,
            // "laid out to look like they come from the court" (an eighth review).
            b"look" | b"looks" => SEEM | BEHALF,
            b"licence" | b"license" | b"licences" | b"licenses" => GRANT,
            b"lapsed" => LAPSE,
            b"lawyer" | b"lawyers" => LAWYER,
            b"likeness" => LIKE,
            _ => 0,
        },
        Some(b'm') => match w {
            b"monitor" | b"monitors" | b"monitored" | b"monitoring" | b"messages" | b"mails" => {
                WATCH
            }
            b"machine" => MACHINE,
            b"mention" | b"mentions" => OWNS | TELL,
            b"man" => PERSON,
            b"missed" => DEBT,
            // "the tax-audit cross-match" passes data on (a hostile review).
            b"match" | b"matched" | b"matching" => WATCH,
            b"mocking" | b"mocked" | b"mock" | b"mocks" => MOCK,
            b"mayor" | b"mp" | b"mps" | b"mep" | b"minister" => OFFICIAL,
            b"make" | b"makes" | b"made" | b"meant" => PURPOSE,
            b"movements" => PLACES,
            b"moratorium" => RESPITE,
            b"minors" | b"minor" => YOUNG,
            b"mum" | b"mom" | b"mums" | b"moms" => PARENT,
            // "pulls each prospective juror's social media" (a sixth review).
            b"media" => WATCH,
            b"mark" => LABEL,
            b"model" | b"models" => DECIDER,
            _ => 0,
        },
        Some(b'n') => match w {
            b"nudge" | b"nudges" | b"nudged" | b"nudging" | b"night" => NUDGE,
            b"newsreader" | b"newscast" | b"newscasts" => NEWS,
            b"notified" | b"notice" => TELL,
            b"not" | b"never" => NEG,
            b"neighbours" | b"neighbors" => OTHERS,
            b"nude" | b"nudes" | b"naked" | b"nudify" => NUDE,
            b"no" => LAPSE,
            b"news" => GENUINE | NEWS,
            _ => 0,
        },
        Some(b'o') => match w {
            b"overdue" | b"owe" | b"owed" | b"owes" => DEBT,
            b"opposing" | b"opponent" | b"opponents" => SIDE,
            b"olds" => YOUNG,
            b"organic" => GENUINE,
            b"outside" => LAPSE,
            _ => 0,
        },
        Some(b'p') => match w {
            b"poster" | b"posters" | b"posted" | b"publicly" => SHAMED,
            b"purchase" | b"purchases" | b"purchasing" | b"payment" | b"payments" => BUY,
            b"push" | b"pushes" | b"pushed" | b"pressure" | b"pressured" => NUDGE,
            b"passed" | b"police" | b"posts" | b"profiling" => WATCH,
            b"protest" | b"protests" | b"protesters" | b"protestors" | b"picket" | b"pickets" => {
                PROTEST
            }
            b"presents" | b"presented" | b"presenting" => CLAIMS,
            b"privileged" => LAWYER,
            b"passes" => CLAIMS | SEEM,
            b"pass" => SEEM,
            // "so they pass as press photos" (a ninth hostile review).
            b"press" => GENUINE,
            b"photo" | b"photos" | b"picture" | b"pictures" | b"pics" => LIKE,
            b"photoreal" | b"photorealistic" => FAKE,
            b"permission" => GRANT,
            b"politician" | b"politicians" | b"president" => OFFICIAL,
            b"porn" | b"pornographic" => NUDE,
            b"person" => PERSON,
            b"persona" => MACHINE,
            b"poses" | b"posing" | b"pretends" | b"pretending" => CLAIMS | BEHALF,
            b"polling" | b"polls" => VOTE,
            b"parents" | b"parent" => PARENT,
            b"pings" => WATCH,
            b"pupil" | b"pupils" => PUPIL,
            b"prompts" | b"prompted" | b"prompting" => COAX,
            b"paid" | b"premium" => UPSELL,
            _ => 0,
        },
        Some(b'q') => match w {
            b"quote" | b"quotes" | b"quoted" | b"quotation" | b"quotations" => QUOTE,
            _ => 0,
        },
        Some(b'r') => match w {
            b"resemble" | b"resembles" | b"resembling" => LOOKS,
            b"refused" => REFUSED,
            b"record" | b"records" | b"recorded" => WATCH,
            b"routine" | b"routines" | b"reg" | b"registration" => PLACES,
            b"recording" | b"recordings" => WATCH | LIKE,
            b"reads" => WATCH | SEEM,
            b"read" => SEEM,
            b"release" | b"releases" | b"rights" => GRANT,
            b"revoked" | b"revocation" | b"rescinded" | b"ran" => LAPSE,
            b"retract" | b"retracts" | b"retracted" | b"rethink" | b"rethinks" | b"reconsider"
            | b"reconsiders" | b"remove" | b"removes" => TAKEDOWN,
            b"rally" | b"rallies" => PROTEST,
            b"robot" => MACHINE | BOT,
            b"reveal" | b"reveals" => OWNS | OWNS_UP,
            b"rather" => RATHER,
            b"repay" | b"repayment" | b"repayments" => DEBT,
            b"relatives" | b"relative" | b"reference" => OTHERS,
            b"referendum" => VOTE,
            b"realistic" => FAKE,
            b"real" => FAKE | GENUINE,
            b"rival" | b"rivals" => SIDE,
            b"ridicule" | b"ridiculing" | b"ridicules" => MOCK,
            b"removed" => STRIP | TAKEDOWN,
            _ => 0,
        },
        Some(b's') => match w {
            b"spend" | b"spending" => BUY,
            b"streak" | b"streaks" => NUDGE,
            b"secretly" | b"secret" => TELL,
            // "the child isn't shown that location is on", "signage not up yet" (a sixth
            // review).
            b"signage" | b"signs" => TELL,
            b"shown" => SHOWN,
            b"screenshot" | b"screenshots" | b"surveillance" | b"screens" | b"shared" | b"sold"
            | b"scrape" | b"scraped" | b"scraping" => WATCH,
            b"synthetic" => MACHINE,
            b"say" | b"says" => OWNS | CLAIMS,
            b"self" => DECLARED,
            b"suppress" | b"suppresses" | b"suppressing" | b"suppression" => SUPPRESS,
            b"side" => SIDE,
            b"staged" => FAKE,
            b"stripped" | b"strip" | b"strips" | b"scrubbed" => STRIP,
            b"sealed" => SEALED,
            b"strangers" => ADULT,
            b"seem" | b"seems" => SEEM,
            b"so" => PURPOSE,
            b"sexual" | b"sexualised" | b"sexualized" => NUDE,
            b"senator" | b"senators" => OFFICIAL,
            b"signed" | b"seen" => LAPSE,
            // A licence never concluded: "the licence negotiation stalled in 2025" (a tenth
            // hostile review).
            b"stalled" => LAPSE,
            b"shots" | b"selfie" | b"selfies" => LIKE,
            b"spontaneous" => GENUINE,
            b"solicitor" | b"solicitors" => LAWYER,
            b"school" => PLACES,
            b"steer" | b"steers" | b"steered" | b"steering" => COAX,
            b"subscribe" | b"subscription" | b"subscriptions" => UPSELL,
            _ => 0,
        },
        Some(b't') => match w {
            b"target" | b"targets" | b"targeted" | b"targeting" => NUDGE,
            b"told" | b"telling" => TELL,
            b"tracked" | b"tracking" | b"tracks" => WATCH,
            b"think" | b"thinks" => CLAIMS,
            // "tells kids to grab the premium pack" coaxes too (a thirteenth review).
            b"tell" | b"tells" => OWNS | CLAIMS | COAX,
            b"tickbox" => DECLARED,
            b"turnout" => VOTE,
            b"taunting" => MOCK,
            b"teenage" | b"teens" | b"teenagers" => YOUNG,
            // "doesn't": a contracted "not" ("the call doesn't say it's synthetic", a sixth
            // review).
            b"t" => NEG,
            b"topless" => NUDE,
            b"terminated" => LAPSE,
            b"till" => PURPOSE,
            b"tempt" | b"tempts" | b"tempted" | b"tempting" => COAX,
            _ => 0,
        },
        Some(b'u') => match w {
            b"unverified" | b"unchecked" => UNVERIFIED,
            b"unaware" => TELL,
            b"unpaid" => DEBT,
            b"until" | b"unless" => PURPOSE,
            b"undressed" => NUDE,
            b"unsigned" => LAPSE,
            b"urge" | b"urges" | b"urged" | b"urging" => COAX,
            b"upgrade" | b"upgrades" | b"upgrading" => UPSELL,
            b"upsell" | b"upsells" | b"upselling" => COAX | UPSELL,
            _ => 0,
        },
        Some(b'v') => match w {
            b"virtual" => MACHINE,
            b"volunteer" => PERSON,
            b"vote" | b"votes" | b"voter" | b"voters" | b"voting" => VOTE,
            b"voice" | b"voices" | b"voicemail" | b"voicemails" | b"video" | b"videos" => LIKE,
            _ => 0,
        },
        Some(b'w') => match w {
            b"wanted" => SHAMED,
            b"webcam" => WATCH,
            b"whereabouts" => WATCH | PLACES,
            b"woman" => PERSON,
            b"workplace" => OTHERS,
            b"watermark" | b"watermarks" => LABEL,
            b"withheld" | b"withhold" | b"withholds" => SUPPRESS,
            b"withdrew" | b"withdrawn" | b"withdrawal" | b"without" => LAPSE,
            _ => 0,
        },
        _ => 0,
    }
}

/// Words of watching people, or of passing their data on.
fn watched_or_passed(w: &str) -> bool {
    keys(w.as_bytes()) & WATCH != 0
}

/// Words of a machine, as an assistant is said to be one.
fn a_machine_word(w: &str) -> bool {
    keys(w.as_bytes()) & MACHINE != 0
}

/// Words of the people around a debtor, whom a collector presses ([`pressed_through_others`]).
fn pressed_through(w: &str) -> bool {
    keys(w.as_bytes()) & OTHERS != 0
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
            // "drivers not told", "Jurors aren't aware", "the child isn't shown" (a sixth
            // review).
            | "drivers"
            | "jurors"
            | "shoppers"
            // "pts arent told a model made the call" (a hostile review).
            | "pts"
            | "followers"
            // "the works council hasn't been told", fans at the turnstiles (an eighth review).
            | "council"
            | "fans"
            | "prisoners"
            | "inmates"
            | "child"
            | "kid"
            | "kids"
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
    // Not aware, or not shown that it runs: "Jurors aren't aware", "the child isn't shown that
    // location is on" (a sixth review). Read as "know" is: ending the clause, of "it" or
    // "that", or of what watches them.
    &["not", "aware"],
    &["t", "aware"],
    &["arent", "aware"],
    &["isnt", "aware"],
    &["never", "aware"],
    &["not", "shown", "that"],
    &["t", "shown", "that"],
    &["isnt", "shown", "that"],
    &["arent", "shown", "that"],
    &["never", "shown", "that"],
];

/// Said of a use kept from the people it touches, with or without them named: "without their
/// knowledge", "covertly", "the privacy notice doesn't mention this".
const BEHIND_THEIR_BACKS: &[&[&str]] = &[
    &["without", "their", "knowledge"],
    &["without", "the", "knowledge"],
    &["without", "staff", "knowledge"],
    &["without", "staff", "s", "knowledge"],
    &["without", "users", "knowledge"],
    &["without", "employees", "knowledge"],
    &["without", "customers", "knowledge"],
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
    // Not in the notice yet, or a form that does not mention it: "so it isnt in the notice
    // yet", "the form template we give landlords does not yet mention the court-record
    // scraping" (a hostile review).
    &["not", "in", "the", "notice"],
    &["not", "in", "the", "privacy", "notice"],
    &["not", "yet", "in", "the", "notice"],
    &["not", "yet", "in", "the", "privacy", "notice"],
    &["isnt", "in", "the", "notice"],
    &["isnt", "in", "the", "privacy", "notice"],
    &["isn", "t", "in", "the", "notice"],
    &["isn", "t", "in", "the", "privacy", "notice"],
    &["missing", "from", "the", "notice"],
    &["missing", "from", "the", "privacy", "notice"],
    // "this is not mentioned in the privacy notice or on the form", "this isn't mentioned in
    // the claimant privacy notice" (a hostile review of the verdicts).
    &["not", "mentioned", "in", "the", "privacy", "notice"],
    &["not", "mentioned", "in", "the", "notice"],
    &["isn", "t", "mentioned", "in", "the"],
    &["not", "mentioned", "in", "the", "claimant"],
    &["not", "mentioned", "in", "any", "notice"],
    &["taken", "out", "of", "the", "privacy", "notice"],
    &["does", "not", "yet", "mention"],
    &["doesn", "t", "yet", "mention"],
    &["doesnt", "yet", "mention"],
    &["form", "does", "not", "mention"],
    &["form", "doesn", "t", "mention"],
    &["form", "doesnt", "mention"],
    // A notice silent on the use, or signs not put up: "Signage not up yet, privacy notice
    // says nothing about faces" (a sixth review).
    &["notice", "says", "nothing", "about"],
    &["notice", "says", "nothing", "on"],
    &["notice", "is", "silent"],
    &["signage", "not", "up"],
    &["signage", "isn", "t", "up"],
    &["signage", "isnt", "up"],
    &["signs", "not", "up"],
    // "No signage about facial recognition" (a hostile review: "not told" was read, this not).
    &["no", "signage"],
    &["no", "signs"],
    &["without", "signage"],
    &["without", "any", "signage"],
    // A notice narrower than the use: "the consent screen candidates click through only
    // mentions 'quality purposes'", "that's the only notice" (a hostile review).
    &["only", "mentions"],
    &["only", "mention"],
    &["only", "refers", "to"],
    &["the", "only", "notice"],
    // Consent taken from others for those who cannot give it: "enrolled on the family's
    // say-so with no capacity assessment or best-interests decision recorded" (a hostile
    // review).
    &["no", "capacity", "assessment"],
    &["without", "a", "capacity", "assessment"],
    &["without", "capacity", "assessment"],
    &["no", "best", "interests", "decision"],
    &["without", "their", "consent"],
    &["without", "consent"],
    &["with", "no", "consent"],
    // A notice not given, or given only in the small print: "claimants get no notice", "not in
    // the staff privacy notice", "Fans are told in the T&Cs only" (an eighth review).
    &["get", "no", "notice"],
    &["gets", "no", "notice"],
    &["given", "no", "notice"],
    &["receive", "no", "notice"],
    &["no", "notice", "is", "given"],
    &["not", "in", "the", "staff", "privacy", "notice"],
    &["not", "in", "the", "employee", "privacy", "notice"],
    &["isn", "t", "in", "the", "staff", "privacy", "notice"],
    &["in", "the", "t", "cs", "only"],
    &["only", "in", "the", "t", "cs"],
    &["in", "the", "terms", "only"],
    &["only", "in", "the", "terms"],
    &["in", "the", "small", "print", "only"],
    &["only", "in", "the", "small", "print"],
];

/// Where `words` say the use goes on without the people knowing, as a phrase of its own: a
/// "without" and, within seven words and no other denial between, "knowing", "being told",
/// "being informed" or "'s knowledge" ("without the child being told", "without the child or
/// the other parent knowing": an eighth review). Its first word and length.
fn without_them_knowing(words: &[&str]) -> Option<(usize, usize)> {
    words.iter().enumerate().find_map(|(i, w)| {
        if *w != "without" {
            return None;
        }
        (i + 1..(i + 9).min(words.len())).find_map(|k| {
            let gap = words.get(i + 1..k).unwrap_or_default();
            if gap.iter().any(|g| DENIALS.contains(g)) {
                return None;
            }
            let end = match (words.get(k).copied(), words.get(k + 1).copied()) {
                (Some("knowing"), _) => k + 1,
                (Some("being"), Some("told" | "informed" | "notified")) => k + 2,
                (Some("s"), Some("knowledge")) => k + 2,
                _ => return None,
            };
            Some((i, end - i))
        })
    })
}

/// Where `words` say people were told of one use only: "staff were told MDM is for device
/// security only", "told it is used only for payroll". Its first word and length, up to the
/// "only".
fn told_only_for(words: &[&str]) -> Option<(usize, usize)> {
    let i = words
        .iter()
        .position(|w| matches!(*w, "told" | "informed" | "assured" | "promised"))?;
    if words
        .get(i.saturating_sub(3)..i)
        .is_some_and(|b| b.iter().any(|w| DENIALS.contains(w)))
    {
        return None;
    }
    let k = words
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(9)
        .find(|(_, w)| matches!(**w, "only" | "solely" | "purely" | "just"))?
        .0;
    Some((i, k + 1 - i))
}

/// Said of a notice given before the use grew, and not given again: "told in 2025, before the
/// new signals were added; no fresh notice since" (a hostile review). Not where none is owed
/// ("no new notice is needed", read by the words after it).
const STALE_NOTICE: &[&[&str]] = &[
    &["no", "fresh", "notice"],
    &["no", "new", "notice"],
    &["no", "updated", "notice"],
    &["no", "further", "notice"],
    &["notice", "was", "not", "updated"],
    &["notice", "wasn", "t", "updated"],
    &["notice", "has", "not", "been", "updated"],
    &["notice", "hasn", "t", "been", "updated"],
    &["notice", "hasnt", "been", "updated"],
    &["notice", "predates"],
    &["notice", "pre", "dates"],
    &["not", "been", "told", "again"],
    &["not", "told", "again"],
    &["not", "re", "notified"],
    &["not", "been", "re", "notified"],
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
    let last = all.len().saturating_sub(1);
    // "since" closing the sentence ("not told since") or opening it ("Since March the tool
    // also ingests the GPS pings ...; drivers not told": a sixth review) says it goes on.
    if all
        .iter()
        .enumerate()
        .filter(|(k, w)| (*k < last && *k > 0) || **w != "since")
        .any(|(_, w)| {
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
                // Left out for it: "files from before 2019, where applicants were not told
                // about automated scoring, were excluded from training" (a review's honest
                // look-alike).
                | "excluded"
                | "removed"
                | "deleted"
                | "discarded"
                | "purged"
                | "erased"
            )
        })
    {
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
        // A notice that has gone stale is read first: the notice given before is no remedy.
        if let Some((i, n)) = first_phrase(&words, STALE_NOTICE) {
            let owed = words
                .get(i + n..)
                .unwrap_or_default()
                .iter()
                .take(4)
                .any(|w| {
                    matches!(
                        *w,
                        "needed"
                            | "required"
                            | "necessary"
                            | "due"
                            | "owed"
                            | "applies"
                            | "expected"
                    )
                });
            let denied = words.iter().take(i).any(|w| DENIALS.contains(w));
            if !owed && !denied {
                return Some(false);
            }
        }
        let (told, (i, n)) = match (
            first_phrase(&words, NOT_TOLD),
            first_phrase(&words, BEHIND_THEIR_BACKS),
        ) {
            (Some(t), _) => (true, t),
            (None, Some(b)) => (false, b),
            (None, None) => match without_them_knowing(&words) {
                Some(b) => (false, b),
                // Told of a narrower use than the one another clause says: "Security also
                // pushes phone location pings ... into it ...; staff were told MDM is for
                // device security only" (a tenth hostile review).
                None => {
                    let b = told_only_for(&words)?;
                    // Not where that use is denied: "and location pings are never sent".
                    let says = |c: &str| {
                        c.split_whitespace().any(watched_or_passed)
                            && !c.split_whitespace().any(|w| DENIALS.contains(&w))
                    };
                    let beside = clauses.iter().enumerate().any(|(k, c)| k != at && says(c))
                        || says(previous);
                    if !beside {
                        return None;
                    }
                    (false, b)
                }
            },
        };
        // Consent missing for a voice, a face or a likeness is the likeness prohibition, read
        // apart: "The voice is used without consent" read as privacy beside a confirmed voice
        // clone, and raised a contradiction the example never had.
        let consent = words.get(i..i + n).is_some_and(|p| p.contains(&"consent"));
        if consent
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "voice"
                        | "voices"
                        | "face"
                        | "faces"
                        | "likeness"
                        | "likenesses"
                        | "clone"
                        | "cloned"
                        | "deepfake"
                        | "deepfakes"
                        | "persona"
                        | "avatar"
                )
            })
        {
            return None;
        }
        // A denial before the words, or for those without a negation of their own anywhere
        // ("monitoring covertly is not permitted", "patients who are unaware of the study are
        // not enrolled").
        let own = told && words.get(i) != Some(&"unaware");
        // A denial before "and" with people named after it is of another thing: "works
        // council hasn't seen it and staff weren't told" (a hostile review).
        let from = words
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rposition(|w| matches!(*w, "and" | "but"))
            .filter(|&c| {
                words
                    .get(c + 1..i)
                    .is_some_and(|s| s.iter().any(|w| people(w)))
            })
            .map_or(0, |c| c + 1);
        // A later phrase that says the same is no denial of it: "We secretly track employees'
        // location without their consent" passed where the plain sentence failed (a tenth
        // hostile review).
        let again = |k: usize| {
            BEHIND_THEIR_BACKS
                .iter()
                .chain(NOT_TOLD)
                .any(|p| words.get(k..k + p.len()) == Some(*p))
        };
        let denied = words
            .iter()
            .enumerate()
            .filter(|(k, _)| (*k >= from && *k < i) || (!own && *k >= i + n && !again(*k)))
            .any(|(_, w)| DENIALS.contains(w));
        // Told in another clause: "many customers don't know their calls are recorded, so the
        // IVR says so at the start of every call".
        // Not a notice said to be the only one, or to leave something out ("which mentions
        // 'digital monitoring' on p.14, and that's the only notice", "the privacy notice covers
        // the score ..., except the last of those": a hostile review).
        // Nor one that tells them a person did what a machine did: "the app text says 'your
        // pharmacist has reviewed your request'" (a hostile review).
        let remedied = clauses.iter().enumerate().any(|(k, other)| {
            k != at
                && !claims_a_person_did(other)
                && !other.split_whitespace().any(|w| {
                    DENIALS.contains(&w) || matches!(w, "only" | "except" | "apart" | "but")
                })
                && !clauses
                    .get(k + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take(2)
                    .any(|c| c.split_whitespace().any(|w| w == "except"))
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
        // "doesn't mention the court-record scraping" names the use (a hostile review).
        // "aware" as "know", but "not aware of any misuse" is no use kept from them.
        let aware = last == Some("aware");
        let open_ended = !matches!(last, Some("know" | "mention" | "cover" | "aware"))
            || after.first().is_none_or(|w| {
                matches!(*w, "this" | "it" | "that" | "them" | "these" | "those")
                    || (!aware && matches!(*w, "any" | "anything"))
            })
            || (last != Some("know")
                && !(aware && matches!(after.first(), Some(&("any" | "anything" | "no"))))
                && after.iter().take(5).any(|w| watched_or_passed(w)))
            // What the sentence before says is used: "also telematics from our insurer partner
            // ... which lowers the offer. Application privacy notice doesn't mention
            // telematics" (a sixth review).
            || (last != Some("know")
                && after.first().is_some_and(|w| {
                    w.len() > 3 && previous.contains(&format!(" {w} "))
                }));
        let named = !told || words.iter().any(|w| people(w));
        // Not told that a machine wrote or speaks: "the articles are machine written", "they
        // are talking to a bot".
        // "its an AI" with the apostrophe dropped (a hostile review).
        // Or made by a model: "IVF patients aren't told embryo selection is model-ranked" (an
        // eighth review).
        let machine = after.iter().take(6).enumerate().any(|(k, w)| {
            (matches!(*w, "is" | "are" | "was" | "were" | "s" | "re")
                || (*w == "its" && matches!(after.get(k + 1), Some(&("a" | "an")))))
                && after.iter().skip(k + 1).take(3).enumerate().any(|(m, a)| {
                    a_machine_word(a)
                        || (matches!(*a, "model" | "algorithm")
                            && after.get(k + 2 + m).is_some_and(|v| {
                                v.ends_with("ed")
                                    || matches!(*v, "made" | "chosen" | "picked" | "written")
                            }))
                })
        }) || decided_by_a_machine(after);
        (!denied && !remedied && !detail && open_ended && named).then_some(machine)
    })?;
    if unaware {
        return Some("disinformation");
    }
    let watched = |s: &str| s.split_whitespace().any(watched_or_passed);
    (watched(spaced) || watched(previous)).then_some("privacy")
}

/// Whether a clause (spaced words) says a person reviewed or decided: "your pharmacist has
/// reviewed your request", "a doctor reviewed it".
fn claims_a_person_did(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "pharmacist"
                | "doctor"
                | "gp"
                | "nurse"
                | "clinician"
                | "caseworker"
                | "officer"
                | "adviser"
                | "advisor"
                | "underwriter"
                | "human"
                | "person"
                | "specialist"
        ) && words.get(i + 1..(i + 4).min(words.len())).is_some_and(|n| {
            n.iter().any(|x| {
                matches!(
                    *x,
                    "reviewed" | "checked" | "approved" | "decided" | "assessed" | "looked"
                )
            })
        })
    })
}

/// Whether what people are not told is that a machine decided: "pts arent told a model made
/// the call" (a hostile review). Not a detail of it ("not told the model version").
fn decided_by_a_machine(after: &[&str]) -> bool {
    let Some(k) = after
        .iter()
        .take(3)
        .position(|w| a_machine_word(w) || matches!(*w, "model" | "algorithm" | "bot" | "machine"))
    else {
        return false;
    };
    after
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .any(|w| {
            matches!(
                *w,
                "made"
                    | "makes"
                    | "decided"
                    | "decides"
                    | "wrote"
                    | "writes"
                    | "chose"
                    | "chooses"
                    | "approved"
                    | "approves"
                    | "refused"
                    | "refuses"
                    | "denied"
                    | "denies"
                    | "answered"
                    | "answers"
                    | "replied"
                    | "replies"
                    | "drafted"
                    | "drafts"
            )
        })
}

/// Whether the sentence (spaced words) says a reply claims to be real when someone asks: "when
/// followers ask 'are u real?' the reply macro says 'haha 100% real x'" (a hostile review). Not
/// where the reply owns up ("the reply says 'no, I'm an AI'") or denies it.
fn says_real_when_asked(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let Some(a) = words
        .iter()
        .position(|w| matches!(*w, "ask" | "asks" | "asked" | "asking"))
    else {
        return false;
    };
    let question = words.get(a + 1..(a + 6).min(words.len())).is_some_and(|q| {
        q.iter()
            .any(|w| matches!(*w, "real" | "human" | "person" | "bot" | "ai"))
    });
    if !question {
        return false;
    }
    words.iter().enumerate().skip(a + 1).any(|(r, w)| {
        let reply = matches!(
            *w,
            "says" | "say" | "replies" | "reply" | "answers" | "answer" | "responds" | "tells"
        );
        // The words of the reply, up to the next clause.
        let said: Vec<&str> = words
            .iter()
            .skip(r + 1)
            .take(6)
            .take_while(|x| !matches!(**x, "and" | "but" | "or"))
            .copied()
            .collect();
        reply
            && said
                .iter()
                .any(|x| matches!(*x, "real" | "human" | "person" | "yes"))
            && !said
                .iter()
                .any(|x| DENIALS.contains(x) || a_machine_word(x) || *x == "bot")
    })
}

/// Whether the sentence (spaced words) says a person's calls or messages with their lawyer are
/// heard, read or summarised: "listen to prisoners' calls with their lawyers", or that their
/// exclusion fails: "Calls to solicitors were meant to be excluded but the privileged-number
/// list hasn't been updated in 2 yrs so plenty get through" (a hostile review). Not where they
/// are excluded ("calls to solicitors are excluded before transcription").
fn privileged_calls_heard(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let lawyer = |w: &str| keys(w.as_bytes()) & LAWYER != 0 && w != "privileged";
    let talk = |w: &str| {
        matches!(
            w,
            "call"
                | "calls"
                | "conversation"
                | "conversations"
                | "messages"
                | "emails"
                | "letters"
                | "correspondence"
                | "consultations"
                | "communications"
        )
    };
    // "calls with their lawyers", "calls to solicitors", "privileged calls".
    let with_lawyer = words.iter().enumerate().any(|(i, w)| {
        talk(w)
            && (words.get(i + 1..(i + 5).min(words.len())).is_some_and(|n| {
                matches!(n.first(), Some(&("with" | "to" | "from" | "between")))
                    && n.iter().any(|x| lawyer(x))
            }) || i.checked_sub(1).and_then(|j| words.get(j)) == Some(&"privileged"))
    });
    if !with_lawyer {
        return false;
    }
    let heard = words.iter().any(|w| {
        matches!(
            *w,
            "listen"
                | "listens"
                | "listened"
                | "listening"
                | "transcribe"
                | "transcribes"
                | "transcribed"
                | "transcribing"
                | "summarise"
                | "summarises"
                | "summarised"
                | "summarize"
                | "summarizes"
                | "summarized"
                | "monitor"
                | "monitors"
                | "monitored"
                | "monitoring"
                | "record"
                | "records"
                | "recorded"
                | "recording"
                | "intercept"
                | "intercepts"
                | "intercepted"
                | "analyse"
                | "analyses"
                | "analysed"
                | "analyze"
                | "analyzes"
                | "analyzed"
                | "read"
                | "reads"
                | "flagged"
                | "scanned"
        )
    });
    let excluded = words.iter().any(|w| {
        DENIALS.contains(w)
            || matches!(
                *w,
                "excluded"
                    | "exclude"
                    | "excludes"
                    | "exempt"
                    | "exempted"
                    | "filtered"
                    | "skipped"
                    | "blocked"
                    | "except"
                    | "apart"
                    | "deleted"
            )
    });
    // The exclusion meant, but failing: "meant to be excluded but ... plenty get through".
    let fails = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "meant" | "supposed" | "intended")
            || (matches!(
                *w,
                "get" | "gets" | "got" | "slip" | "slips" | "leak" | "leaks"
            ) && words.get(i + 1) == Some(&"through"))
    });
    (heard && !excluded) || (excluded && fails)
}

/// Whether the sentence (spaced words) says faces are matched against a watchlist built from
/// protests: "matching faces against a watchlist built from protest footage, and patrols detain
/// whoever is flagged" (a hostile review). Not where anything in it denies ("protest footage is
/// never used").
fn protesters_watched(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let to_police = spaced.contains(" police ")
        && words.iter().any(|w| {
            matches!(
                *w,
                "flag"
                    | "flags"
                    | "flagged"
                    | "identify"
                    | "identifies"
                    | "identified"
                    | "report"
                    | "reports"
                    | "pick"
                    | "picks"
                    | "name"
                    | "names"
            )
        });
    (spaced.contains(" watchlist") || spaced.contains(" watch list ") || to_police)
        && words.iter().any(|w| {
            w.starts_with("protest") || w.starts_with("demonstrat") || matches!(*w, "rally")
        })
        && words.iter().any(|w| {
            matches!(
                *w,
                "face"
                    | "faces"
                    | "facial"
                    | "cctv"
                    | "camera"
                    | "cameras"
                    | "footage"
                    | "photos"
                    | "photo"
                    | "images"
                    | "posts"
            )
        })
        && !words.iter().any(|w| DENIALS.contains(w))
}

/// Verbs of owning up to what the assistant is, which a rule may forbid it ("never to admit
/// it's automated").
fn owns_up(w: &str) -> bool {
    keys(w.as_bytes()) & OWNS != 0
}

/// Verbs of claiming to be something.
fn claims_to_be(w: &str) -> bool {
    keys(w.as_bytes()) & (CLAIMS | CLAIM) != 0
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
            owns_up(w) && !among_three_before(&words, j, DENIALS) && is_a_machine(&words, j + 1, 6)
        })
    }) || all.windows(4).any(|w| {
        matches!(
            w.first(),
            Some(&("says" | "tells" | "introduces" | "presents" | "presented"))
        ) && w.iter().skip(1).any(|a| a_machine_word(a))
    });
    // Said of an assistant, not of a person: "Sam tells them ..." beside "a peer-support
    // persona", "The bot claims ...".
    // Or a made-up one: "a fake influencer that we tell followers is a real person" (a
    // hostile review).
    let persona = all.iter().any(|w| {
        a_machine_word(w)
            || matches!(
                *w,
                "persona" | "assistant" | "agent" | "avatar" | "character" | "bot"
            )
    }) || (all.contains(&"fake")
        && all.iter().any(|w| {
            matches!(
                *w,
                "influencer" | "influencers" | "account" | "accounts" | "profile" | "profiles"
            )
        }));
    // What people believe is no claim where a label tells them otherwise: "some followers
    // believe Mia is a real person, so every post carries an AI label".
    let labelled = clauses.iter().any(|c| {
        let words: Vec<&str> = c.split_whitespace().collect();
        !words.iter().any(|w| DENIALS.contains(w))
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "label"
                        | "labels"
                        | "labelled"
                        | "labeled"
                        | "disclosed"
                        | "disclosure"
                        | "disclaimer"
                        | "watermark"
                        | "watermarked"
                )
            })
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
            // What people believe is no claim where a label tells them otherwise.
            let belief_labelled =
                labelled && matches!(*w, "believe" | "believes" | "think" | "thinks");
            let claimed = claims_to_be(w)
                && !belief_labelled
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
    let copula = |w: &&str| matches!(*w, "be" | "is" | "s" | "am" | "m" | "are" | "re" | "as");
    let span = words
        .get(from..(from + 4).min(words.len()))
        .unwrap_or_default();
    // Further where the persona is named first: "we tell followers our AI persona Jade is a
    // real person" (a hostile review).
    let named = words
        .get(from..(from + 7).min(words.len()))
        .unwrap_or_default();
    let Some(k) = span.iter().position(copula).or_else(|| {
        named.iter().position(copula).filter(|&k| {
            named
                .get(..k)
                .unwrap_or_default()
                .iter()
                .any(|w| a_machine_word(w) || *w == "persona")
        })
    }) else {
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
    // Not "a human-sounding assistant", "human-like", "a human-supervised AI", nor where the
    // claim is denied: "says he is not a human but an AI tutor" (a review's honest look-alikes).
    let denied = matches!(rest.first(), Some(&("not" | "never" | "no")));
    let person = !denied
        && rest.iter().take(6).enumerate().any(|(k, w)| {
            matches!(*w, "human" | "person" | "volunteer" | "man" | "woman")
                && !matches!(
                    rest.get(k + 1),
                    Some(
                        &("sounding"
                            | "like"
                            | "supervised"
                            | "reviewed"
                            | "checked"
                            | "moderated"
                            | "assisted"
                            | "backed"
                            | "led"
                            | "monitored"
                            | "in"
                            | "centred"
                            | "centered"
                            | "approved"
                            | "curated"
                            | "edited"
                            | "guided"
                            | "verified"
                            | "overseen")
                    )
                )
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
    if leave {
        return false;
    }
    // Letters laid out as the authority's own, read in their own part of the sentence: "chaser
    // emails ... that mention county court and bailiff action we don't actually take, laid out
    // to look like they come from the court" (an eighth review).
    let looks_sent_by_law = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "look" | "looks" | "appear" | "appears")
            && !among_three_before(&words, i, DENIALS)
            && words.get(i + 1..(i + 5).min(words.len())).is_some_and(|a| {
                a.iter()
                    .any(|x| matches!(*x, "come" | "comes" | "came" | "sent" | "issued" | "from"))
            })
            && words.iter().skip(i + 2).take(8).any(|a| law(a))
            && !words
                .iter()
                .skip(i + 1)
                .take(8)
                .any(|a| DENIALS.contains(a))
    });
    if looks_sent_by_law {
        return true;
    }
    if words.iter().any(|w| DENIALS.contains(w)) {
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
            && (shown_up_in_public(&words)
                || words.iter().enumerate().any(|(i, w)| {
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
                        // "also messages the customer's employer and listed references that
                        // they owe us" (an eighth review).
                        | "message"
                        | "messages"
                        | "messaging"
                        | "messaged"
                        | "sms"
                        | "notify"
                        | "notifies"
                        | "write"
                        | "writes"
                ) && words.iter().skip(i + 1).take(4).any(|a| pressed_through(a))
                    // Sent to them: "sends SMS reminders of the debt to the customer's
                    // relatives" (an eighth review).
                    || (matches!(*w, "send" | "sends" | "sent" | "sending")
                        && words.iter().skip(i + 1).take(8).enumerate().any(|(k, a)| {
                            *a == "to"
                                && words
                                    .iter()
                                    .skip(i + k + 2)
                                    .take(4)
                                    .any(|b| pressed_through(b))
                        }))
                }))
    })
}

/// Whether a clause (spaced words, no denial in it) says debtors are shown up where the people
/// around them see: "'wanted'-style posters of named debtors with their faces, which get posted
/// in their neighbourhood Facebook groups" (a tenth hostile review). Only of debtors named or
/// shown: posters of a debt charity's helpline name no one.
fn shown_up_in_public(words: &[&str]) -> bool {
    let debtors = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "debtor" | "debtors" | "defaulters" | "defaulter")
            && words
                .get(i.saturating_sub(3)..(i + 5).min(words.len()))
                .is_some_and(|n| {
                    n.iter().any(|x| {
                        matches!(
                            *x,
                            "named"
                                | "names"
                                | "face"
                                | "faces"
                                | "photo"
                                | "photos"
                                | "picture"
                                | "pictures"
                                | "wanted"
                        )
                    })
                })
    });
    let public = |x: &str| {
        matches!(
            x,
            "group"
                | "groups"
                | "facebook"
                | "neighbourhood"
                | "neighborhood"
                | "community"
                | "street"
                | "online"
                | "social"
                | "noticeboard"
                | "noticeboards"
                | "publicly"
                | "public"
                | "workplace"
        )
    };
    debtors
        && words.iter().enumerate().any(|(i, w)| {
            (matches!(
                *w,
                "post"
                    | "posts"
                    | "posted"
                    | "posting"
                    | "publish"
                    | "publishes"
                    | "published"
                    | "share"
                    | "shares"
                    | "shared"
                    | "pinned"
                    | "displayed"
                    | "circulated"
            ) && words.iter().skip(i + 1).take(6).any(|a| public(a)))
                || *w == "shame"
                || *w == "shaming"
        })
}

/// A child, a purchase and a push anywhere in the sentence ([`pushes_children_to_buy`]).
fn loosely_pushed(spaced: &str, words: &[&str]) -> bool {
    let child = (0..words.len()).any(|i| a_child(words, i));
    let buy = words.iter().any(|w| keys(w.as_bytes()) & BUY != 0)
        || spaced.contains(" in app ")
        || spaced.contains(" one tap ");
    let push = words.iter().enumerate().any(|(i, w)| {
        keys(w.as_bytes()) & NUDGE != 0
            || (w.ends_with("pm") && w.starts_with(|c: char| c.is_ascii_digit()))
            || (*w == "late"
                && words
                    .get(i + 1)
                    .is_some_and(|n| matches!(*n, "at" | "night")))
    });
    child && buy && push
}

/// Words of a child, as a sentence about buying names one: "kids", "pupils", "under 12s".
fn a_child(words: &[&str], i: usize) -> bool {
    words.get(i).is_some_and(|w| {
        matches!(
            *w,
            "child"
                | "children"
                | "kid"
                | "kids"
                | "minor"
                | "minors"
                | "teens"
                | "teenagers"
                | "tweens"
                | "pupil"
                | "pupils"
        ) || (*w == "under"
            && words
                .get(i + 1)
                .is_some_and(|n| n.len() <= 3 && n.starts_with(|c: char| c.is_ascii_digit())))
    })
}

/// Whether a sentence's words coax a child to buy, in that order: a verb of pushing or coaxing,
/// a child among the next words, then "to", "toward" or "into" and buying or a paid upgrade
/// within a few words: "nudges kids toward in-app purchases", "prompts pupils to upgrade to the
/// paid tier", "encourages children to buy extra hint packs" (a twelfth review). Not where a
/// parent or asking stands between ("encourage children to ask a parent before they buy"), nor
/// a purchase in another clause ("prompts pupils to check their work, and parents buy premium").
fn coaxed_to_buy(words: &[&str]) -> bool {
    // An upgrade of the child's own work, or quality called premium, sells nothing: "prompts
    // pupils to upgrade their answers by adding units", "nudges kids toward a premium-quality
    // answer" (a thirteenth review). "upgrade their plan" still buys.
    let of_their_work = |k: usize| match words.get(k) {
        Some(&("upgrade" | "upgrades" | "upgrading")) => {
            matches!(
                words.get(k + 1),
                Some(&("their" | "his" | "her" | "your" | "its"))
            ) && !words.get(k + 2).is_some_and(|n| {
                keys(n.as_bytes()) & (BUY | UPSELL) != 0
                    || matches!(
                        *n,
                        "plan" | "account" | "tier" | "membership" | "pack" | "version" | "app"
                    )
            })
        }
        Some(&"premium") => words.get(k + 1) == Some(&"quality"),
        _ => false,
    };
    let buying = |k: usize| {
        words.get(k).is_some_and(|w| {
            (keys(w.as_bytes()) & (BUY | UPSELL) != 0 && !of_their_work(k))
                || (*w == "in" && words.get(k + 1) == Some(&"app"))
        })
    };
    let elsewhere = |k: &usize| {
        words.get(*k).is_some_and(|b| {
            matches!(
                *b,
                "ask"
                    | "asks"
                    | "permission"
                    | "parent"
                    | "parents"
                    | "guardian"
                    | "guardians"
                    | "adult"
                    | "before"
                    | "rather"
                    | "instead"
            )
        })
    };
    words.iter().enumerate().any(|(i, w)| {
        keys(w.as_bytes()) & (NUDGE | COAX) != 0
            && (i + 1..i + 4)
                .find(|&c| a_child(words, c))
                .is_some_and(|c| {
                    matches!(
                        words.get(c + 1),
                        Some(&("to" | "toward" | "towards" | "into" | "onto" | "on"))
                    ) && (c + 2..c + 7).take_while(|k| !elsewhere(k)).any(buying)
                })
    })
}

/// Whether a sentence (spaced words) says children are pushed to buy: a child, a purchase and a
/// push, a target or the late hour, as "A nudging layer times 'streak at risk!' pushes for
/// 10-11pm and offers gem bundles bought with the parent's stored card in one tap; our A/B test
/// showed under-12s respond most" and "We push children to make in-app purchases late at night"
/// (a tenth hostile review saw both pass), where the text holds all three (`pushed`); or a
/// child coaxed to buy in so many words ([`coaxed_to_buy`]). Not where the sentence blocks,
/// limits or denies it ("Parental controls block in-app purchases").
fn pushes_children_to_buy(spaced: &str, pushed: bool) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let upsold = (pushed && loosely_pushed(spaced, &words)) || coaxed_to_buy(&words);
    if !upsold {
        return false;
    }
    let buys = |w: &str| {
        keys(w.as_bytes()) & BUY != 0 || w == "in" || w == "app" || w == "card" || w == "tap"
    };
    // "without" denies only a purchase: "keep their streak without buying anything".
    let guarded = words.iter().enumerate().any(|(i, w)| {
        (DENIALS.contains(w) && *w != "without")
            || (*w == "without" && words.iter().skip(i + 1).take(3).any(|a| buys(a)))
            || matches!(
                *w,
                "block"
                    | "blocks"
                    | "blocked"
                    | "prevent"
                    | "prevents"
                    | "disabled"
                    | "off"
                    | "approve"
                    | "approves"
                    | "approval"
                    | "approved"
                    | "lock"
                    | "locked"
                    | "limit"
                    | "limits"
                    | "capped"
                    | "controls"
                    | "protect"
                    | "protects"
                    | "detect"
                    | "detects"
                    | "flag"
                    | "flags"
            )
    });
    !guarded
}

/// Whether a sentence (spaced words) says a likeness is made to look like someone who said no:
/// "built to look like the sprinter Kezia Amoah - we prompted with her race photos; her agent
/// declined, so we kept it a 'lookalike' and don't name her" (a tenth hostile review). Not
/// where the team is who refused ("a client asked for a lookalike of a named actor; we
/// refused") or the work was dropped.
fn lookalike_after_no(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let look = words.iter().enumerate().find_map(|(i, w)| {
        (keys(w.as_bytes()) & LOOKS != 0
            || (matches!(*w, "look" | "looks")
                && matches!(words.get(i + 1), Some(&("like" | "alike")))))
        .then_some(i)
    });
    let Some(look) = look else {
        return false;
    };
    let said_no = words.iter().enumerate().any(|(i, w)| {
        let no = matches!(*w, "declined" | "refused")
            || (*w == "said" && words.get(i + 1) == Some(&"no"))
            || (*w == "turned" && words.get(i + 1..i + 3).is_some_and(|a| a.contains(&"down")));
        no && !words
            .get(i.saturating_sub(2)..i)
            .is_some_and(|b| b.iter().any(|x| matches!(*x, "we" | "i" | "us" | "team")))
    });
    let dropped = words.iter().any(|w| {
        matches!(
            *w,
            "dropped"
                | "scrapped"
                | "cancelled"
                | "canceled"
                | "abandoned"
                | "stopped"
                | "pulled"
                | "withdrawn"
                | "removed"
                | "shelved"
                | "instead"
                | "blocked"
                | "blocks"
        )
    });
    said_no && !dropped && !denied_before(&words, look)
}

/// Whether a sentence (spaced words) says news is read out or published unverified: "a
/// synthetic anchor reading AI-written bulletins about outbreaks and election fraud sourced
/// from Telegram channels, unlabelled and unverified" (a tenth hostile review). Not where the
/// sentence holds them back, checks or flags them, or denies it ("unverified reports are never
/// aired").
fn unverified_news_read_out(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let news = words.iter().any(|w| keys(w.as_bytes()) & NEWS != 0);
    let unverified = words.iter().any(|w| keys(w.as_bytes()) & UNVERIFIED != 0);
    news && unverified
        && !words.iter().any(|w| {
            DENIALS.contains(w)
                || matches!(
                    *w,
                    "flag"
                        | "flags"
                        | "flagged"
                        | "held"
                        | "hold"
                        | "holds"
                        | "discarded"
                        | "rejected"
                        | "removed"
                        | "labelled"
                        | "labeled"
                        | "marked"
                        | "marks"
                        | "verified"
                        | "verify"
                        | "verifies"
                        | "checked"
                        | "check"
                        | "checks"
                        | "editor"
                        | "editors"
                        | "reviewed"
                        | "until"
                        | "detect"
                        | "detects"
                        | "debunk"
                        | "debunks"
                        | "filtered"
                        | "blocked"
                        | "blocks"
                )
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
    let denied = |i: usize| among_three_before(&words, i, DENIALS);
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

/// Whether a finding of harm to minors at `sentence` is an age check that takes the user's word
/// ([`age_only_declared`]) that the age-assurance safeguard already answers for: the answers
/// raise harm to minors as a concern and either claim no age assurance (the concern fails the
/// gate for it, as an honest "age is self-declared, so some under-18s will get through" should)
/// or record evidence of a check beyond the user's word ("Identity-document check by Yoti").
/// It stands where the file claims age assurance that its words say is a tick box or a
/// dropdown.
pub(super) fn age_left_to_the_safeguard(
    q: &Questionnaire,
    a: &Assessment,
    facts: &dyn Facts,
    sentence: &str,
) -> bool {
    const AGE_ASSURANCE: &str = "age-assurance";
    if !facts.has_concern("minors") || !age_only_declared(&spaced_words(sentence)) {
        return false;
    }
    let recorded = a
        .safeguards
        .get(AGE_ASSURANCE)
        .filter(|s| s.status == SafeguardStatus::InPlace && !s.evidence.trim().is_empty());
    if let Some(s) = recorded {
        let evidence = spaced_words(&s.evidence);
        return !SELF_DECLARED.iter().any(|k| evidence.contains(k));
    }
    !q.questions.iter().any(|x| {
        x.options.iter().any(|o| {
            o.effects.satisfies.iter().any(|w| w == AGE_ASSURANCE)
                && facts.answer(&x.id).is_some_and(|ans| ans.picks(&o.id))
        })
    })
}

/// The clauses of `sentence` (cut at semicolons) as spaced words, each with its words.
fn clauses_of(sentence: &str) -> Vec<String> {
    sentence
        .split(';')
        .map(|c| spaced_words(&without_conditions(c)))
        .collect()
}

/// Words that block, detect or forbid what a clause names, which then describes no use of it
/// ("the guardrail blocks fake polling photos", "moderators remove mocking posts").
fn guarded_clause(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "block"
                | "blocks"
                | "blocked"
                | "refuse"
                | "refuses"
                | "refused"
                | "prevent"
                | "prevents"
                | "prevented"
                | "forbidden"
                | "prohibited"
                | "prohibits"
                | "banned"
                | "detect"
                | "detects"
                | "detected"
                | "flag"
                | "flags"
                | "flagged"
                | "moderators"
                | "against"
                | "debunk"
                | "debunks"
                | "report"
                | "reported"
                | "would"
                | "could"
                | "whether"
        )
    })
}

/// Whether a denial stands among the three words before `i`.
fn denied_before(words: &[&str], i: usize) -> bool {
    among_three_before(words, i, DENIALS)
}

/// Whether the sentence says voters are misled or kept from voting: "fake photos of closed
/// polling stations to discourage voters", "realistic photos of queues outside polling stations
/// 'closed due to flooding' in districts that favour the other side", "for voters the score
/// marks as likely to support the other side, the election-day reminder is not sent" (a
/// hostile review saw each pass). Not where the clause blocks, detects or denies it ("the
/// guardrail blocks fake polling photos", "reminders are never withheld from anyone").
fn misleads_voters(sentence: &str) -> bool {
    let voting = |w: &str| keys(w.as_bytes()) & VOTE != 0;
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if !words.iter().any(|w| voting(w)) || guarded_clause(&words) {
            return false;
        }
        // Kept from voting: "to discourage voters", "suppress turnout", "voter suppression".
        let suppressed = words.iter().enumerate().any(|(i, w)| {
            keys(w.as_bytes()) & SUPPRESS != 0
                && !matches!(*w, "withheld" | "withhold" | "withholds")
                && !denied_before(&words, i)
                && (words
                    .get(i + 1..(i + 5).min(words.len()))
                    .is_some_and(|a| a.iter().any(|x| voting(x) || *x == "people"))
                    || i.checked_sub(1)
                        .and_then(|j| words.get(j))
                        .is_some_and(|b| voting(b)))
        });
        // The other side of the contest named: "the other side", "opposing voters".
        let other_side = words.windows(2).any(|p| p == ["other", "side"])
            || words.iter().any(|w| {
                matches!(
                    *w,
                    "opposing" | "opponent" | "opponents" | "rival" | "rivals"
                )
            });
        // Made to look real, about where and whether to vote.
        let faked = words.iter().enumerate().any(|(i, w)| {
            keys(w.as_bytes()) & FAKE != 0
                && !matches!(*w, "genuine" | "authentic" | "real")
                && !denied_before(&words, i)
        });
        let shut = words.iter().any(|w| {
            matches!(
                *w,
                "closed" | "cancelled" | "canceled" | "postponed" | "moved" | "shut" | "flooding"
            )
        });
        // Held back from those on the other side: "the reminder is not sent", "withheld".
        let held_back = words.iter().enumerate().any(|(i, w)| {
            (matches!(*w, "withheld" | "withhold" | "withholds") && !denied_before(&words, i))
                || (matches!(
                    *w,
                    "sent" | "given" | "told" | "shown" | "reminded" | "contacted" | "offered"
                ) && words
                    .get(i.saturating_sub(2)..i)
                    .is_some_and(|b| b.iter().any(|x| matches!(*x, "not" | "never" | "t"))))
        });
        // Calls made to tell voters the election moved: "robocalls telling voters the election
        // date had moved" (a hostile review of the verdicts).
        let calls = words
            .iter()
            .any(|w| matches!(*w, "robocall" | "robocalls" | "robocalling" | "robotexts"))
            || (words.contains(&"date")
                && words
                    .iter()
                    .any(|w| matches!(*w, "telling" | "tells" | "told")));
        suppressed || ((faked || calls) && (shut || other_side)) || (other_side && held_back)
    })
}

/// Whether the sentence says AI-made content goes out with its AI mark taken off, or passed off
/// as real: "the AI mark and C2PA credentials are stripped on export", "they go out captioned
/// as genuine photos from the rally" (a hostile review). Not where the clause blocks or denies
/// it ("an export that would strip the AI mark is blocked"), nor of other marks ("metadata
/// other than the C2PA credentials is stripped").
fn passed_off_as_genuine(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words) || words.iter().any(|w| DENIALS.contains(w)) {
            return false;
        }
        let label = |k: usize| {
            words.get(k).is_some_and(|w| {
                matches!(*w, "label" | "labels" | "watermark" | "watermarks" | "c2pa")
                    || (*w == "credentials"
                        && k.checked_sub(1)
                            .and_then(|j| words.get(j))
                            .is_some_and(|b| matches!(*b, "c2pa" | "content")))
                    || (*w == "mark"
                        && k.checked_sub(1)
                            .and_then(|j| words.get(j))
                            .is_some_and(|b| matches!(*b, "ai" | "generated")))
            })
        };
        let strip = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| keys(w.as_bytes()) & STRIP != 0)
        };
        let apart = |from: usize, to: usize| {
            words.get(from..to).is_some_and(|gap| {
                !gap.iter()
                    .any(|g| matches!(*g, "other" | "than" | "except" | "but" | "besides"))
            })
        };
        // Not a mark kept while others go: "metadata other than the C2PA credentials is
        // stripped".
        let kept = |k: usize| {
            words.get(k.saturating_sub(3)..k).is_some_and(|b| {
                b.iter()
                    .any(|w| matches!(*w, "than" | "except" | "besides" | "apart"))
            })
        };
        // What others could do to a copy, not what the team does: "Watermarks can be stripped
        // by third parties who re-post our images" (a helper's honest probes).
        let by_others = |j: usize| {
            words
                .get(j.saturating_sub(2)..j)
                .is_some_and(|b| matches!(b, ["can" | "could" | "may" | "might", "be"]))
                || words.get(j + 1..(j + 4).min(words.len())).is_some_and(|a| {
                    a.first() == Some(&"by")
                        && a.iter().any(|w| {
                            matches!(
                                *w,
                                "third" | "others" | "anyone" | "people" | "users" | "bad"
                            )
                        })
                })
        };
        let stripped = (0..words.len()).any(|k| {
            label(k)
                && !kept(k)
                && !(0..words.len()).any(|j| strip(j) && by_others(j))
                && ((k + 1..(k + 6).min(words.len())).any(|j| strip(j) && apart(k + 1, j))
                    || (k.saturating_sub(4)..k).any(|j| strip(j) && apart(j + 1, k)))
        });
        // "captioned as genuine photos", "presented as real footage".
        let as_genuine = words.windows(3).any(|p| {
            matches!(p.first(), Some(&"as"))
                && matches!(p.get(1), Some(&("genuine" | "authentic" | "real")))
                && matches!(
                    p.get(2),
                    Some(
                        &("photos"
                            | "photo"
                            | "photographs"
                            | "images"
                            | "image"
                            | "pictures"
                            | "footage"
                            | "video"
                            | "videos"
                            | "news")
                    )
                )
        }) && !words
            .iter()
            .any(|w| matches!(*w, "photographer" | "photographers"));
        stripped || as_genuine
    })
}

/// Whether the sentence says content is made to mock or humiliate a person: "generates mocking
/// meme images of a rival brand's CEO and her teenage kids" (a hostile review), or a group of
/// people: "designers make memes mocking the Traveller families camped on the site next door"
/// (a sixth review). Not where the clause blocks, detects or denies it ("the filter blocks
/// mocking images of real people").
fn mocks_a_person(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words) {
            return false;
        }
        let content = |w: &str| {
            matches!(
                w,
                "image"
                    | "images"
                    | "meme"
                    | "memes"
                    | "video"
                    | "videos"
                    | "posts"
                    | "pictures"
                    | "deepfake"
                    | "deepfakes"
                    | "content"
                    | "replies"
                    | "comments"
                    | "cartoons"
                    | "caricatures"
            )
        };
        let person = words.iter().any(|w| {
            matches!(
                *w,
                "ceo"
                    | "executive"
                    | "executives"
                    | "founder"
                    | "her"
                    | "his"
                    | "kids"
                    | "children"
                    | "family"
                    | "journalist"
                    | "journalists"
                    | "politician"
                    | "politicians"
                    | "critic"
                    | "critics"
                    | "employee"
                    | "employees"
                    | "colleague"
                    | "classmate"
                    | "classmates"
                    | "teacher"
                    | "neighbour"
                    | "neighbor"
                    | "neighbours"
                    | "neighbors"
                    | "families"
                    | "people"
                    | "residents"
                    | "community"
                    | "communities"
                    | "travellers"
                    | "travelers"
                    | "traveller"
                    | "traveler"
                    | "migrants"
                    | "refugees"
                    | "immigrants"
                    | "minorities"
                    | "influencer"
                    | "reviewer"
                    | "mayor"
                    | "councillor"
            )
        });
        // The content before the mocking word too: "memes mocking the ...".
        person
            && words.iter().enumerate().any(|(i, w)| {
                keys(w.as_bytes()) & MOCK != 0
                    && !denied_before(&words, i)
                    && (words
                        .get(i + 1..(i + 4).min(words.len()))
                        .is_some_and(|a| a.iter().any(|x| content(x)))
                        || words
                            .get(i.saturating_sub(2)..i)
                            .is_some_and(|b| b.iter().any(|x| content(x))))
            })
    })
}

/// Said of adults who reach children unchecked, or of their messages unwatched: "Volunteer
/// tutors (adults, no background check yet) can DM kids ...; DMs are not logged or moderated"
/// (a sixth review). Each holds its own denial.
const UNCHECKED: &[&[&str]] = &[
    &["no", "background", "check"],
    &["no", "background", "checks"],
    &["not", "background", "checked"],
    &["without", "background", "checks"],
    &["without", "a", "background", "check"],
    &["no", "dbs", "check"],
    &["not", "dbs", "checked"],
    &["not", "vetted"],
    &["not", "yet", "vetted"],
    &["no", "vetting"],
    &["not", "moderated"],
    &["not", "logged", "or", "moderated"],
    &["not", "monitored"],
    &["not", "logged", "or", "monitored"],
    &["no", "moderation"],
    &["without", "moderation"],
    &["nobody", "reads"],
    &["no", "one", "reads"],
];

/// Whether the sentence says adults and children can reach each other in open channels:
/// "adults and 10-year-olds share group study rooms with open DMs" (a hostile review), or
/// adults unchecked, or their messages unwatched, said in the clause or another of the
/// sentence ("Volunteer tutors (adults, no background check yet) can DM kids ...; DMs are not
/// logged or moderated": a sixth review). Not where the clause denies, limits or blocks it
/// ("adults and children never share rooms", "only vetted adult tutors").
fn adults_reach_children(sentence: &str) -> bool {
    let clauses = clauses_of(sentence);
    let contact = |words: &[&str]| {
        words.iter().enumerate().any(|(i, w)| {
            matches!(
                *w,
                "dms" | "dm" | "chat" | "chats" | "rooms" | "room" | "messaging" | "inbox"
            ) || (matches!(*w, "messages" | "message")
                && i.checked_sub(1)
                    .and_then(|j| words.get(j))
                    .is_some_and(|b| matches!(*b, "direct" | "private")))
        })
    };
    // The places of the words of an unchecked phrase, which deny nothing of the clause.
    let unchecked = |words: &[&str]| {
        let mut at = Vec::new();
        for i in 0..words.len() {
            if let Some(p) = UNCHECKED
                .iter()
                .find(|p| words.get(i..i + p.len()) == Some(**p))
            {
                at.extend(i..i + p.len());
            }
        }
        at
    };
    // Another clause of the sentence says the messages go unwatched: "DMs are not logged or
    // moderated".
    let unwatched = clauses.iter().any(|c| {
        let words: Vec<&str> = c.split_whitespace().collect();
        let at = unchecked(&words);
        contact(&words)
            && !at.is_empty()
            && !words
                .iter()
                .enumerate()
                .any(|(k, w)| DENIALS.contains(w) && !at.contains(&k))
    });
    clauses.iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let has = |bits: u64| words.iter().any(|w| keys(w.as_bytes()) & bits != 0);
        let at = unchecked(&words);
        let open = words.iter().any(|w| {
            matches!(
                *w,
                "open" | "anyone" | "unmoderated" | "unsupervised" | "strangers" | "unvetted"
            )
        });
        let limited = guarded_clause(&words)
            || words.iter().enumerate().any(|(k, w)| {
                (DENIALS.contains(w) && !at.contains(&k))
                    || matches!(
                        *w,
                        "only" | "separate" | "separated" | "apart" | "off" | "disabled"
                    )
            });
        has(ADULT)
            && has(YOUNG)
            && contact(&words)
            && (open || !at.is_empty() || unwatched)
            && !limited
    })
}

/// Said to a child of keeping something from their parents: "not to mention it to", "keep it
/// secret from", "don't tell".
const HIDE_FROM: &[&[&str]] = &[
    &["not", "to", "tell"],
    &["not", "to", "mention"],
    &["not", "to", "say"],
    &["never", "to", "tell"],
    &["not", "tell"],
    &["not", "mention"],
    &["t", "tell"],
    &["dont", "tell"],
    &["keep", "it", "secret"],
    &["keep", "it", "a", "secret"],
    &["keep", "this", "secret"],
    &["keep", "secrets"],
    &["keep", "it", "from"],
    &["keep", "this", "from"],
    &["hide", "it", "from"],
    &["hide", "this", "from"],
    &["secret", "from"],
];

/// Whether the sentence says children are told to keep something from their parents: "tells
/// kids not to mention it to their parents" (a sixth review; a grooming pattern). A parent
/// must follow within four words with no "and", "or" or "but" between: "told not to tell
/// strangers their address, and parents get the summary" keeps nothing from parents. Not where
/// another denial stands in the clause ("tells kids never to keep secrets from their
/// parents") or the clause blocks or flags it.
fn secret_from_parents(sentence: &str) -> bool {
    let parent = |w: &str| keys(w.as_bytes()) & PARENT != 0;
    let young = sentence_has(sentence, YOUNG);
    young
        && clauses_of(sentence).iter().any(|clause| {
            let words: Vec<&str> = clause.split_whitespace().collect();
            if guarded_clause(&words) {
                return false;
            }
            let Some((i, n)) = first_phrase(&words, HIDE_FROM) else {
                return false;
            };
            let denied = words
                .iter()
                .enumerate()
                .any(|(k, w)| !(i..i + n).contains(&k) && DENIALS.contains(w));
            let to_parents = words
                .get(i + n..(i + n + 5).min(words.len()))
                .unwrap_or_default()
                .iter()
                .take_while(|w| !matches!(**w, "and" | "or" | "but"))
                .any(|w| parent(w));
            to_parents && !denied
        })
}

/// Whether any word of `sentence` is of the kinds `bits`.
fn sentence_has(sentence: &str, bits: u64) -> bool {
    spaced_words(sentence)
        .split_whitespace()
        .any(|w| keys(w.as_bytes()) & bits != 0)
}

/// Whether the sentence says records a court sealed or expunged are used: "eviction filings
/// scraped from county dockets incl. dismissed and sealed cases" (a hostile review). Not where
/// the clause leaves them out ("sealed and expunged filings are filtered out before matching").
fn sealed_records_used(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let record = |w: &str| {
            matches!(
                w,
                "records"
                    | "record"
                    | "filings"
                    | "filing"
                    | "cases"
                    | "case"
                    | "files"
                    | "court"
                    | "docket"
                    | "dockets"
                    | "juvenile"
                    | "convictions"
                    | "arrests"
                    | "judgments"
                    | "judgements"
            )
        };
        // "matched against sealed records" uses them: that "against" guards nothing.
        let guard_words: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                **w != "against"
                    || !i
                        .checked_sub(1)
                        .and_then(|j| words.get(j))
                        .is_some_and(|b| {
                            matches!(
                                *b,
                                "matched"
                                    | "checked"
                                    | "compared"
                                    | "screened"
                                    | "searched"
                                    | "run"
                            )
                        })
            })
            .map(|(_, w)| *w)
            .collect();
        let left_out = guarded_clause(&guard_words)
            || words.iter().any(|w| {
                DENIALS.contains(w)
                    || matches!(
                        *w,
                        "excluded"
                            | "exclude"
                            | "excludes"
                            | "removed"
                            | "filtered"
                            | "dropped"
                            | "omitted"
                            | "except"
                            | "purged"
                            | "deleted"
                            | "skipped"
                            | "unless"
                    )
            });
        !left_out
            && words.iter().enumerate().any(|(i, w)| {
                keys(w.as_bytes()) & SEALED != 0
                    && words
                        .get(i.saturating_sub(3)..(i + 4).min(words.len()))
                        .is_some_and(|near| near.iter().any(|x| record(x)))
            })
    })
}

/// Whether the sentence says content is made to pass for what it is not: "we post them in the
/// Reviews section under first names + city so they read as actual buyers", letters "signed
/// w/ names of local residents ... so it looks grassroots" (a sixth review). A verb of seeming
/// after a purpose ("so", "to make it"), then a word of the genuine article, of people or on
/// its own ("grassroots"). Not where the clause denies or blocks it ("labelled so nobody reads
/// them as actual buyers").
fn made_to_seem_genuine(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words) {
            return false;
        }
        words.iter().enumerate().any(|(j, w)| {
            if keys(w.as_bytes()) & SEEM == 0 {
                return false;
            }
            let from = j.saturating_sub(4);
            let before = words.get(from..j).unwrap_or_default();
            // Or what it is meant for: "exported without it since they're meant to pass as
            // buyer uploads" (an eighth review).
            let Some(p) = before.iter().rposition(|b| {
                matches!(
                    *b,
                    "so" | "make" | "makes" | "made" | "making" | "meant" | "intended"
                )
            }) else {
                return false;
            };
            let after = words
                .get(j + 1..(j + 6).min(words.len()))
                .unwrap_or_default();
            let Some(k) = after.iter().position(|a| keys(a.as_bytes()) & GENUINE != 0) else {
                return false;
            };
            // Denied before the purpose or between it and the genuine word; a reason given
            // ("since", "because") starts afresh: the "without" of "exported without it since
            // they're meant to pass as buyer uploads" denies nothing of the purpose.
            let start = words
                .get(..from + p)
                .unwrap_or_default()
                .iter()
                .rposition(|b| matches!(*b, "since" | "because"))
                .map_or(0, |c| c + 1);
            // Nor does the "without" of a mark left off: "posted without the AI mark so they
            // pass as press photos" (a ninth hostile review).
            let lead = words.get(start..from + p).unwrap_or_default();
            let mark_left_off = |i: usize| {
                lead.get(i) == Some(&"without")
                    && lead
                        .get(i + 1..(i + 4).min(lead.len()))
                        .is_some_and(|a| a.iter().any(|x| keys(x.as_bytes()) & LABEL != 0))
            };
            let denied = lead
                .iter()
                .enumerate()
                .filter(|(i, _)| !mark_left_off(*i))
                .map(|(_, b)| b)
                .chain(before.get(p..).unwrap_or_default())
                .chain(after.get(..k).unwrap_or_default())
                .any(|b| DENIALS.contains(b));
            // Images made to pass as real ones: "posted without the AI mark so they pass as
            // press photos" (a ninth hostile review passed it; "so voters think they are real"
            // failed).
            // Of the press only: product renders made to "look like real photos of the sofa"
            // pass for nothing (the fixture).
            let real_images = after.get(k).is_some_and(|g| matches!(*g, "press" | "news"))
                && after.get(k + 1).is_some_and(|i| {
                    matches!(
                        *i,
                        "photo"
                            | "photos"
                            | "photograph"
                            | "photographs"
                            | "picture"
                            | "pictures"
                            | "images"
                            | "image"
                            | "footage"
                            | "shots"
                            | "pics"
                    )
                });
            let alone = real_images
                || after
                    .get(k)
                    .is_some_and(|g| matches!(*g, "grassroots" | "spontaneous"))
                || (k > 0
                    && after.get(k - 1) == Some(&"as")
                    && after
                        .get(k)
                        .is_some_and(|g| matches!(*g, "buyer" | "buyers")));
            let of_people = after
                .get(k + 1..(k + 3).min(after.len()))
                .unwrap_or_default()
                .iter()
                .any(|a| {
                    (people(a) && !matches!(*a, "they" | "nobody" | "anyone"))
                        || matches!(
                            *a,
                            "buyers"
                                | "diners"
                                | "patrons"
                                | "consumers"
                                | "humans"
                                | "buyer"
                                | "customers"
                                | "customer"
                                | "users"
                                | "user"
                                | "residents"
                                | "resident"
                                | "people"
                                | "person"
                                | "locals"
                                | "voters"
                                | "reviewers"
                                | "reviews"
                                | "review"
                                | "fans"
                                | "members"
                                | "citizens"
                                | "patients"
                                | "guests"
                                | "owners"
                                | "homeowners"
                                | "parents"
                                | "shoppers"
                                | "testimonials"
                                | "support"
                                | "letters"
                                | "comments"
                                | "accounts"
                                | "purchasers"
                                | "clients"
                        )
                });
            !denied && (alone || of_people)
        })
    })
}

/// Whether the sentence (spaced words) says a voice or likeness is scripted as the person
/// themselves: "does use Elena's voice for outbound calls to lapsed subscribers, scripted as if
/// she's personally calling them" (a sixth review). Not where it is denied or blocked.
fn speaks_as_the_person(spaced: &str) -> bool {
    let words: Vec<&str> = spaced.split_whitespace().collect();
    if guarded_clause(&words) {
        return false;
    }
    words.windows(2).enumerate().any(|(i, p)| {
        if !matches!(p, ["as", "if" | "though"]) || among_three_before(&words, i, DENIALS) {
            return false;
        }
        let span = words
            .get(i + 2..(i + 9).min(words.len()))
            .unwrap_or_default();
        span.iter().enumerate().any(|(k, w)| {
            matches!(*w, "s" | "is" | "were" | "was" | "are" | "re")
                && span.iter().skip(k + 1).take(3).any(|a| {
                    matches!(
                        *a,
                        "calling"
                            | "ringing"
                            | "phoning"
                            | "texting"
                            | "messaging"
                            | "emailing"
                            | "personally"
                    )
                })
        })
    })
}

/// Whether the sentence says AI-made images of an elected official or a politician are made,
/// in a text that labels them nowhere and has no approval: "We post AI-made photos of the
/// mayor taking a bribe", "photoreal shots of Cllr Dawes asleep in the budget meeting ... No
/// AI label since its satire" (a sixth review). Not labelled satire ("clearly labelled AI
/// satire of the mayor"), nor where the clause denies or blocks it.
fn fakes_an_official(sentence: &str, spaced_text: &str) -> bool {
    let text: Vec<&str> = spaced_text.split_whitespace().collect();
    let labelled = text.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "label"
                | "labels"
                | "labelled"
                | "labeled"
                | "watermark"
                | "watermarked"
                | "watermarks"
                | "disclaimer"
                | "c2pa"
                | "disclosed"
        ) && !denied_before(&text, i)
    });
    let approved = text.iter().any(|w| {
        matches!(
            *w,
            "approved"
                | "approval"
                | "consent"
                | "consented"
                | "permission"
                | "authorised"
                | "authorized"
                | "commissioned"
        )
    });
    if labelled || approved {
        return false;
    }
    // A candidate is an election's only beside one ("candidates" for a job are not).
    let election = text.iter().any(|w| keys(w.as_bytes()) & VOTE != 0);
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words) || words.iter().any(|w| DENIALS.contains(w)) {
            return false;
        }
        words.iter().enumerate().any(|(k, w)| {
            let image = matches!(
                *w,
                "photo"
                    | "photos"
                    | "image"
                    | "images"
                    | "picture"
                    | "pictures"
                    | "shots"
                    | "video"
                    | "videos"
                    | "footage"
                    | "deepfake"
                    | "deepfakes"
                    | "clips"
            );
            let made = matches!(*w, "deepfake" | "deepfakes")
                || words.get(k.saturating_sub(3)..k).is_some_and(|b| {
                    b.iter().any(|m| {
                        matches!(
                            *m,
                            "ai" | "generated"
                                | "photoreal"
                                | "photorealistic"
                                | "realistic"
                                | "synthetic"
                                | "fake"
                                | "faked"
                                | "deepfake"
                                | "doctored"
                                // "used it to produce photos of the mayor accepting a
                                // bribe" (a hostile review of the verdicts).
                                | "produce"
                                | "produced"
                                | "produces"
                                | "generate"
                                | "generates"
                                | "create"
                                | "creates"
                                | "created"
                        )
                    })
                });
            image
                && made
                && words.get(k + 1) == Some(&"of")
                && words.get(k + 2..(k + 5).min(words.len())).is_some_and(|t| {
                    t.iter().any(|o| {
                        keys(o.as_bytes()) & OFFICIAL != 0
                            && (election || !matches!(*o, "candidate" | "candidates"))
                    })
                })
        })
    })
}

/// Whether the sentence says nude or sexual images are made of someone: "someone on the social
/// team generated nude composites of the influencer who slammed our sofa and DMed them to her"
/// (a sixth review). Not where the clause denies or blocks it ("the filter blocks nude images
/// of real people"), where consent is said ("of adult models who signed releases"), nor of
/// oneself.
fn intimate_images_of_someone(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words)
            || words.iter().any(|w| {
                matches!(
                    *w,
                    "consent"
                        | "consented"
                        | "consenting"
                        | "release"
                        | "releases"
                        | "licensed"
                        | "permission"
                        | "agreed"
                        | "signed"
                )
            })
        {
            return false;
        }
        words.iter().enumerate().any(|(i, w)| {
            // A denial before "except" is not of what the exception names: "No real people,
            // except the ex-employee whose photos ..." (a hostile review of the verdicts).
            let from = words
                .get(..i)
                .unwrap_or_default()
                .iter()
                .rposition(|b| *b == "except")
                .map_or(0, |e| e + 1);
            if keys(w.as_bytes()) & NUDE == 0
                || words
                    .get(from..i)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| DENIALS.contains(b))
            {
                return false;
            }
            // A person's face or photo made nude: "put classmates' faces onto undressed bodies",
            // "upload a schoolgirl's photo and get a nude version", "lets users upload any
            // selfie and 'remove clothes'" (an eighth review). Clothes are only read taken off.
            let clothes = matches!(*w, "clothes" | "clothing");
            let taken_off = words.get(i.saturating_sub(2)..i).is_some_and(|b| {
                b.iter().any(|x| {
                    matches!(
                        *x,
                        "remove" | "removes" | "removing" | "strip" | "strips" | "erase" | "erases"
                    )
                })
            }) || words.get(i + 1) == Some(&"off");
            if clothes && !taken_off {
                return false;
            }
            // Or images made from their photos: "the ex-employee whose photos the social team
            // used to make the 'nude' joke images" (a hostile review of the verdicts).
            let made_nude = (clothes
                || words.get(i + 1..(i + 3).min(words.len())).is_some_and(|a| {
                    a.iter().any(|x| {
                        matches!(
                            *x,
                            "body" | "bodies" | "version" | "versions" | "images" | "pictures"
                        )
                    })
                }))
                && words
                    .get(i.saturating_sub(10)..i)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| {
                        matches!(
                            *b,
                            "face"
                                | "faces"
                                | "photo"
                                | "photos"
                                | "selfie"
                                | "selfies"
                                | "picture"
                        )
                    });
            made_nude
                || (i..(i + 4).min(words.len())).any(|k| {
                    let image = words.get(k).is_some_and(|x| {
                        matches!(
                            *x,
                            "images"
                                | "image"
                                | "imagery"
                                | "photos"
                                | "photo"
                                | "pictures"
                                | "picture"
                                | "pics"
                                | "composites"
                                | "composite"
                                | "deepfakes"
                                | "deepfake"
                                | "edits"
                                | "renders"
                                | "videos"
                                | "video"
                                | "shots"
                                | "fakes"
                                | "nudes"
                        )
                    });
                    image
                        && words.get(k + 1) == Some(&"of")
                        && words.get(k + 2).is_some_and(|t| {
                            !matches!(
                                *t,
                                "themselves"
                                    | "yourself"
                                    | "myself"
                                    | "ourselves"
                                    | "himself"
                                    | "herself"
                                    | "fictional"
                                    | "synthetic"
                                    | "imaginary"
                                    | "invented"
                                    | "no"
                                    | "non"
                            )
                        })
                })
        })
    })
}

/// Whether the sentence says someone is pressed to take down what they said about the company:
/// "auto-send daily 'reminder' DMs to them and their new employer until the posts come down",
/// nude composites "DMed ... to her 'so she rethinks the video'" (a sixth review). A message
/// sent, an end ("until", "so") that takes words down, and a pressure: sent again and again, to
/// the people around them, or with intimate images. Not where the clause denies or blocks it
/// ("we never contact a reviewer's employer").
fn pressed_to_take_down(sentence: &str) -> bool {
    // Not cut at its conditions: "until the posts come down" is what is read.
    sentence.split(';').any(|clause| {
        let spaced = spaced_words(clause);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        if guarded_clause(&words) {
            return false;
        }
        let said = |w: &str| {
            matches!(
                w,
                "post"
                    | "posts"
                    | "posted"
                    | "review"
                    | "reviews"
                    | "video"
                    | "videos"
                    | "comment"
                    | "comments"
                    | "tweet"
                    | "tweets"
                    | "article"
                    | "articles"
                    | "story"
                    | "complaint"
                    | "complaints"
                    | "thread"
                    | "blog"
                    | "criticism"
            )
        };
        let sent = words.iter().any(|w| {
            matches!(
                *w,
                "dm" | "dms"
                    | "dmed"
                    | "dming"
                    | "message"
                    | "messages"
                    | "messaged"
                    | "email"
                    | "emails"
                    | "emailed"
                    | "texts"
                    | "texted"
                    | "calls"
                    | "called"
                    | "send"
                    | "sends"
                    | "sent"
                    | "letters"
                    | "reminder"
                    | "reminders"
                    | "contact"
                    | "contacts"
                    | "contacted"
            )
        });
        let pressed = words.iter().any(|w| {
            matches!(
                *w,
                "daily"
                    | "hourly"
                    | "weekly"
                    | "repeatedly"
                    | "every"
                    | "keep"
                    | "keeps"
                    | "again"
                    | "threat"
                    | "threats"
                    | "threaten"
                    | "expose"
            ) || keys(w.as_bytes()) & (OTHERS | NUDE) != 0
        });
        let taken_down = words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "until" | "till" | "unless" | "so")
                && !among_three_before(&words, i, DENIALS)
                && words.get(i + 1..(i + 7).min(words.len())).is_some_and(|a| {
                    a.iter().enumerate().any(|(k, x)| {
                        (keys(x.as_bytes()) & TAKEDOWN != 0
                                && (*x != "down"
                                    || k.checked_sub(1).and_then(|j| a.get(j)).is_some_and(|b| {
                                        matches!(
                                            *b,
                                            "come"
                                                | "comes"
                                                | "came"
                                                | "take"
                                                | "takes"
                                                | "taken"
                                                | "took"
                                                | "pull"
                                                | "pulls"
                                                | "pulled"
                                        )
                                    })))
                                // Helped, not pressed: "so they can remove outdated posts".
                                && !a.get(..k).unwrap_or_default().iter().any(|b| {
                                    DENIALS.contains(b)
                                        || matches!(*b, "can" | "could" | "may" | "able" | "help")
                                })
                    })
                })
        });
        taken_down && sent && pressed && words.iter().any(|w| said(w))
    })
}

/// Whether a clause (spaced words) says a person's consent or licence ended: "Licence
/// HLA-VL-2024-011 expired 2025-12-31", "Elena served withdrawal notice on 3 Sept 2026" (a
/// sixth review). Not a rule for when it does ("if consent is withdrawn", "when the licence
/// expires"), nor denied ("has not expired").
fn consent_ended(words: &[&str]) -> bool {
    let grant = |w: &str| keys(w.as_bytes()) & GRANT != 0 || w == "deal";
    let rule = |i: usize| {
        words.get(..i).unwrap_or_default().iter().any(|b| {
            matches!(
                *b,
                "if" | "when"
                    | "whenever"
                    | "once"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "procedure"
                    | "process"
            )
        })
    };
    words.iter().enumerate().any(|(i, w)| {
        let ended = matches!(
            *w,
            "expired"
                | "lapsed"
                | "revoked"
                | "rescinded"
                | "terminated"
                | "withdrawn"
                | "withdrew"
                | "cancelled"
                | "canceled"
                | "ended"
                // Or never concluded: "the licence negotiation stalled in 2025 and the voice
                // is in production anyway" (a tenth hostile review).
                | "stalled"
        ) || (matches!(*w, "ran" | "run") && words.get(i + 1) == Some(&"out"))
            || (*w == "fell" && words.get(i + 1) == Some(&"through"));
        // "Licence HLA-VL-2024-011 expired": a reference may stand between.
        let near_grant = words
            .get(i.saturating_sub(6)..(i + 4).min(words.len()))
            .is_some_and(|n| n.iter().any(|x| grant(x)));
        // "served withdrawal notice", "gave notice of withdrawal".
        let served = matches!(
            *w,
            "served" | "serves" | "gave" | "sent" | "received" | "filed" | "issued" | "submitted"
        ) && words.get(i + 1..(i + 5).min(words.len())).is_some_and(|a| {
            a.iter()
                .any(|x| matches!(*x, "withdrawal" | "revocation" | "termination"))
        });
        ((ended && near_grant) || served) && !denied_before(words, i) && !rule(i)
    })
}

/// Whether a clause (spaced words) says a likeness is used beyond its licence or without the
/// consent in hand: "Not in the licence schedule", "agency says rights are cleared but we've
/// never seen a signed release" (a sixth review). Not where another denial makes it a rule
/// ("nothing outside the licence is used", "no face is swapped without a signed release"),
/// nor where such material is left out.
fn beyond_consent(words: &[&str]) -> bool {
    let grant = |w: &str| keys(w.as_bytes()) & GRANT != 0;
    if words.iter().any(|w| {
        matches!(
            *w,
            "deleted"
                | "removed"
                | "excluded"
                | "dropped"
                | "filtered"
                | "discarded"
                | "rejected"
                | "blocked"
                | "blocks"
                | "refused"
        )
    }) || guarded_clause(words)
    {
        return false;
    }
    // Whether a denial stands in the clause outside `from..to`.
    let another = |from: usize, to: usize| {
        words
            .iter()
            .enumerate()
            .any(|(k, w)| !(from..to).contains(&k) && DENIALS.contains(w))
    };
    words.iter().enumerate().any(|(g, w)| {
        if !grant(w) {
            return false;
        }
        let from = g.saturating_sub(4);
        let before = words.get(from..g).unwrap_or_default();
        // Outside it: "not in the licence schedule", "outside the licence", "not covered by
        // the consent".
        let outside = before.iter().enumerate().find_map(|(k, b)| {
            let rest = before.get(k + 1..).unwrap_or_default();
            let place = matches!(*b, "outside" | "beyond")
                || (matches!(*b, "not" | "t")
                    && rest.first().is_some_and(|r| {
                        matches!(
                            *r,
                            "in" | "under" | "covered" | "part" | "listed" | "included" | "within"
                        )
                    }));
            place.then_some(from + k)
        });
        // Not in hand: "never seen a signed release", "no signed release", "without a signed
        // release", "haven't received the consent form".
        let in_hand = |x: &&str| {
            matches!(
                *x,
                "seen" | "signed" | "received" | "got" | "obtained" | "sighted" | "verified"
            )
        };
        let missing = before.iter().enumerate().find_map(|(k, b)| {
            let rest = before.get(k + 1..).unwrap_or_default();
            (matches!(*b, "never" | "not" | "t" | "no" | "without") && rest.iter().any(in_hand)
                || *b == "unsigned")
                .then_some(from + k)
        });
        // Or after it: "the release was never signed", "release not on file".
        let after = words
            .get(g + 1..(g + 5).min(words.len()))
            .unwrap_or_default();
        // Or stretched to a use it does not name: "under the same licence 'by analogy'" (a
        // hostile review).
        let unsigned = after.iter().enumerate().find_map(|(k, a)| {
            ((*a == "analogy" && k.checked_sub(1).and_then(|j| after.get(j)) == Some(&"by"))
                || (matches!(*a, "never" | "not" | "t")
                    && after
                        .get(k + 1..)
                        .unwrap_or_default()
                        .iter()
                        .take(2)
                        // "which the licence does not list" (a hostile review of the verdicts).
                        .any(|x| {
                            in_hand(x)
                                || matches!(
                                    *x,
                                    "on" | "list" | "cover" | "covers" | "include" | "mention"
                                )
                        })))
            .then_some(g + 1 + k)
        });
        match (outside.or(missing), unsigned) {
            (Some(at), _) => !another(at, g + 1),
            (None, Some(at)) => !another(g, at + 1),
            (None, None) => false,
        }
    })
}

/// Whether a clause (spaced words) says a likeness went on being used: "we kept producing new
/// titles in her voice", "finishing the 9 titles already in the pipeline ..., release dates
/// unchanged" (a sixth review).
fn use_went_on(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let went_on = matches!(
            *w,
            "kept"
                | "keep"
                | "keeps"
                | "keeping"
                | "continued"
                | "continue"
                | "continues"
                | "continuing"
                | "finishing"
                | "completing"
                | "carried"
                | "carrying"
                | "meanwhile"
                | "unchanged"
                | "anyway"
        ) || (*w == "still"
            && words.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "producing"
                        | "releasing"
                        | "selling"
                        | "using"
                        | "making"
                        | "publishing"
                        | "generating"
                        | "recording"
                        | "live"
                        | "available"
                        | "used"
                        | "sold"
                        | "released"
                )
            }));
        went_on && !denied_before(words, i)
    })
}

/// Whether a clause (spaced words) says the use stopped or the consent was renewed: "we stopped
/// all work in her voice that day", "no new titles since", "renewed 2025-11-20".
fn use_stopped(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let stopped = matches!(
            *w,
            "stopped"
                | "stop"
                | "paused"
                | "halted"
                | "suspended"
                | "ceased"
                | "pulled"
                | "frozen"
                | "renewed"
                | "replaced"
                | "extended"
                | "superseded"
                | "deleted"
                | "destroyed"
        ) && !denied_before(words, i);
        // "no new titles", "nothing produced".
        let none = DENIALS.contains(w)
            && words.iter().skip(i + 1).take(3).any(|a| {
                matches!(
                    *a,
                    "new"
                        | "titles"
                        | "more"
                        | "further"
                        | "produced"
                        | "production"
                        | "released"
                        | "recorded"
                        | "made"
                        | "generated"
                        | "used"
                        | "work"
                )
            });
        stopped || none
    })
}

/// The sentence of `joined` (a text's words) that says a real person's likeness is used once
/// their consent or licence ended, with the one that says it went on ("Licence HLA-VL-2024-011
/// expired 2025-12-31. ... we kept producing new titles in her voice meanwhile"), or used
/// beyond it (a sixth review: each passed beside an answer of consent). Not where the use is
/// said to stop or the licence to be renewed, nor in a sentence of a test.
fn used_beyond_consent(joined: &str, testing: &[&str]) -> Option<String> {
    let quote = |s: &str| s.trim().trim_end_matches(['.', '!']).replace('"', "'");
    let mut ended: Option<String> = None;
    let (mut went_on, mut stopped) = (None::<String>, false);
    let mut previous = "";
    for sentence in sentences_of(joined) {
        if sentence.trim_end().ends_with('?') {
            continue;
        }
        let spaced = spaced_words(sentence);
        if spaced.split_whitespace().any(|w| testing.contains(&w)) {
            continue;
        }
        let before = std::mem::replace(&mut previous, sentence);
        // Cut at commas too: "Not in the licence schedule, legal hasn't been looped in" holds
        // one denial in each part.
        // Not a request for such a use that was refused, through the refusal: "Requests for
        // any use outside the licence, such as ads or personal messages, are refused" (a
        // review of honest text).
        for clause in sentence.split(';').flat_map(|part| {
            let refused = super::refused_request(part);
            part.split(',')
                .enumerate()
                .filter(move |(k, _)| refused.is_none_or(|r| *k > r))
                .map(|(_, c)| spaced_words(&without_conditions(c)))
        }) {
            let words: Vec<&str> = clause.split_whitespace().collect();
            // "Not in the licence schedule" says what only with the sentence before it.
            let alone = names_a_likeness(&spaced);
            if beyond_consent(&words) && (alone || names_a_likeness(&spaced_words(before))) {
                return Some(if alone || before.is_empty() {
                    quote(sentence)
                } else {
                    format!("{}. {}", quote(before), quote(sentence))
                });
            }
            let ends_here = ended.is_none() && consent_ended(&words);
            if ends_here {
                ended = Some(quote(sentence));
            }
            if ended.is_some() {
                stopped |= use_stopped(&words);
                if went_on.is_none() && use_went_on(&words) {
                    went_on = Some(quote(sentence));
                }
            }
        }
    }
    let (ended, went_on) = (ended?, went_on?);
    if stopped || !names_a_likeness(&spaced_words(&format!("{ended}. {went_on}"))) {
        return None;
    }
    Some(if ended == went_on {
        ended
    } else {
        format!("{ended}. {went_on}")
    })
}

/// Whether `spaced` names a person's voice, face or likeness, not only recordings or a vendor's
/// licence: "in her voice", "face-swaps", "old voicemails" (a sixth review). Read before a
/// lapsed licence or one exceeded is taken for a likeness used without consent.
fn names_a_likeness(spaced: &str) -> bool {
    spaced.split_whitespace().any(|w| {
        w.starts_with("voice")
            || matches!(
                w,
                "face"
                    | "faces"
                    | "facial"
                    | "likeness"
                    | "clone"
                    | "cloned"
                    | "clones"
                    | "avatar"
                    | "persona"
                    | "photo"
                    | "photos"
                    | "image"
                    | "images"
                    | "picture"
                    | "pictures"
                    | "portrait"
                    | "portraits"
                    | "narrator"
                    | "narration"
            )
    })
}

/// Whether the sentence says the tool finds where a person lives and what else places them,
/// for whoever asks: "takes a name and compiles home address, car reg, kids' school and daily
/// routine from scraped sources", "Give it someone's name and it returns their home address and
/// daily movements", "geolocates photos users upload of a person ... down to a street address"
/// (an eighth review). A clause that names a person, an address and a second thing that places
/// them (or a photo geolocated), with a verb that finds them and no denial before it: not "the
/// tool can't be used to find where a colleague lives", nor a delivery address looked up alone.
fn locates_a_person(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words) {
            return false;
        }
        let kind = |w: &str| keys(w.as_bytes());
        let Some(at) = words.iter().position(|w| kind(w) & ADDRESS != 0) else {
            return false;
        };
        let places = words.iter().any(|w| kind(w) & PLACES != 0);
        let someone = words.iter().any(|w| {
            matches!(
                *w,
                "name" | "someone" | "somebody" | "person" | "anyone" | "anybody" | "individual"
            )
        });
        let verb = words.iter().position(|w| {
            matches!(
                *w,
                "compiles"
                    | "compile"
                    | "compiled"
                    | "returns"
                    | "return"
                    | "finds"
                    | "find"
                    | "geolocates"
                    | "geolocate"
                    | "locates"
                    | "locate"
                    | "pinpoints"
                    | "reveals"
                    | "gives"
                    | "outputs"
                    | "traces"
                    | "builds"
                    | "pulls"
                    | "lists"
            )
        });
        places
            && someone
            && verb.is_some_and(|v| {
                v < at + 8
                    && !words
                        .get(..v)
                        .unwrap_or_default()
                        .iter()
                        .any(|w| DENIALS.contains(w))
            })
    })
}

/// Whether the sentence says a debtor is chased while in a breathing space or in hardship: "the
/// field mapping broke in Nov so it's still chasing customers in a breathing space" (an eighth
/// review). A verb of chasing with the respite after it, not denied, paused or stopped just
/// before it ("the bot never chases customers in hardship", "stops chasing anyone in a
/// breathing space").
fn chased_in_respite(sentence: &str) -> bool {
    const HELD: &[&str] = &[
        "not",
        "t",
        "never",
        "no",
        "nor",
        "nothing",
        "nobody",
        "none",
        "cannot",
        "without",
        "pause",
        "pauses",
        "paused",
        "stop",
        "stops",
        "stopped",
        "halt",
        "halts",
        "suspend",
        "suspends",
        "suspended",
        "longer",
    ];
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        words.iter().enumerate().any(|(i, w)| {
            matches!(
                *w,
                "chasing"
                    | "chases"
                    | "chase"
                    | "chased"
                    | "pursuing"
                    | "pursues"
                    | "contacting"
                    | "texting"
                    | "calling"
                    | "messaging"
                    | "hounding"
                    | "dunning"
            ) && !among_three_before(&words, i, HELD)
                && words.get(i + 1..(i + 7).min(words.len())).is_some_and(|a| {
                    a.iter().any(|x| matches!(*x, "hardship" | "moratorium"))
                        || a.windows(2).any(|p| p == ["breathing", "space"])
                })
        })
    })
}

/// Whether the sentence says children can make a meme of another pupil's photo: "Kids can
/// upload a photo of another pupil into the 'make a meme' tool and add a caption" (an eighth
/// review). Not where the clause blocks or denies it ("children can't upload photos of other
/// pupils into the meme tool").
fn memes_of_a_pupil(sentence: &str) -> bool {
    clauses_of(sentence).iter().any(|clause| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        if guarded_clause(&words)
            || words.iter().any(|w| DENIALS.contains(w))
            || !words.iter().any(|w| matches!(*w, "meme" | "memes"))
        {
            return false;
        }
        words.iter().enumerate().any(|(i, w)| {
            matches!(
                *w,
                "photo" | "photos" | "picture" | "pictures" | "face" | "faces"
            ) && words.get(i + 1) == Some(&"of")
                && words.get(i + 2..(i + 5).min(words.len())).is_some_and(|a| {
                    a.iter()
                        .any(|x| matches!(*x, "another" | "other" | "classmate" | "classmates"))
                        && a.iter().any(|x| keys(x.as_bytes()) & (PUPIL | YOUNG) != 0)
                })
        })
    })
}
