use raia::questionnaire::{DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_NAME, parse_questionnaire};

#[test]
fn default_questionnaire_loads() {
    match parse_questionnaire(DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE) {
        Ok(q) => println!("{} questions, {} safeguards", q.questions.len(), q.safeguards.len()),
        Err(e) => panic!("{e}"),
    }
}
