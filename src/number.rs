//! Numbers as raia prints them. On their own so that build.rs, which runs the questionnaire
//! loader at build time, can include them without the engine.

/// A number for reading: whole numbers grouped in thousands ("72,000"), others as they are.
pub fn display_number(n: f64) -> String {
    let plain = format_number(n);
    if n.fract() != 0.0 || n.abs() < 10_000.0 {
        return plain;
    }
    let (sign, digits) = plain.split_at(usize::from(plain.starts_with('-')));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
