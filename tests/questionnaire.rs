mod common;

use raia::answer::Answer;
use raia::assessment::Assessment;
use raia::engine::evaluate;
use raia::questionnaire::Tier;

#[test]
fn docs_example_loads_and_evaluates() {
    let q = common::docs_example();
    assert_eq!(q.questions.len(), 4);
    let mut a = Assessment::new(&q);
    a.answers
        .insert("voice-clone".into(), Answer::Choice("licensed".into()));
    a.answers.insert("hiring".into(), Answer::Bool(true));
    a.answers
        .insert("role".into(), Answer::Choice("decides".into()));
    let e = evaluate(&q, &a);
    assert_eq!(e.tier, Tier::High);
    assert_eq!(e.notes_missing, vec!["role".to_string()]);
    assert!(!e.complete);
    assert_eq!(e.score.raw, 8);
}
