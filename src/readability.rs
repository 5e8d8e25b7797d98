//! How hard English text is to read: sentences, words, syllables and the Flesch–Kincaid grade.
//! The lints for rule texts and the tests of the plan's length both measure with this. A leaf:
//! it imports nothing from the crate.

/// The longest sentence a person reading in a second language should meet, in words.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// The highest Flesch–Kincaid grade a rule text may have (about age 14–15).
pub const MAX_GRADE: f64 = 9.0;

/// Texts shorter than this are not graded: a formula over a few words says little.
pub const MIN_GRADED_WORDS: usize = 10;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &["e.g.", "i.e.", "etc.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "approx.", "vs."];

/// The sentences of a text: split after `.`, `!` or `?` followed by a space and a capital
/// or digit, and at line breaks, never inside `e.g.` or a web address.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let after = chars.get(k + 2).map(|&(_, n)| n);
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' => {
                let word_start = text[..i].rfind(char::is_whitespace).map_or(0, |w| w + 1);
                let word = &text[word_start..=i];
                let abbreviation = ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a));
                !abbreviation
                    && next.is_none_or(char::is_whitespace)
                    && after.is_none_or(|a| a.is_uppercase() || a.is_ascii_digit() || a == '(' || a == '"')
            }
            _ => false,
        };
        if ends {
            let end = i + c.len_utf8();
            if words(&text[start..end]).next().is_some() {
                out.push(text[start..end].trim());
            }
            start = end;
        }
    }
    if words(&text[start..]).next().is_some() {
        out.push(text[start..].trim());
    }
    out
}

/// The words of a text: runs without spaces that hold a letter or a digit. A web address is
/// one word; `£268` and `2–6` are words; `—` alone is not.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric))
}

/// The syllables of one word, by the usual vowel-group rule. Names and acronyms (a capital
/// after the first letter, or a capitalised word) count as one: the glossary explains them,
/// and no plainer word can replace them.
pub fn syllables(word: &str, sentence_start: bool) -> usize {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    let capitalised = letters.chars().next().is_some_and(char::is_uppercase);
    if letters.chars().skip(1).any(char::is_uppercase) || (capitalised && !sentence_start) {
        return 1;
    }
    let lower = letters.to_lowercase();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in lower.chars() {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    // A silent final e ("make"), but not "-le" ("table") or "-ee" ("fee").
    if lower.ends_with('e') && !lower.ends_with("le") && !lower.ends_with("ee") && count > 1 {
        count -= 1;
    }
    // "-ed" after a consonant other than t or d is silent ("passed", not "needed").
    if lower.ends_with("ed") && count > 1 {
        let before = lower.chars().rev().nth(2);
        if before.is_some_and(|b| !vowel(b) && b != 't' && b != 'd') {
            count -= 1;
        }
    }
    count.max(1)
}

/// The Flesch–Kincaid grade of a text: `0.39 × words per sentence + 11.8 × syllables per word
/// − 15.59`. `None` for a text with fewer than [`MIN_GRADED_WORDS`] words.
pub fn grade(text: &str) -> Option<f64> {
    let sentences = sentences(text);
    let mut word_count = 0usize;
    let mut syllable_count = 0usize;
    for s in &sentences {
        for (i, w) in words(s).enumerate() {
            word_count += 1;
            syllable_count += syllables(w, i == 0);
        }
    }
    if word_count < MIN_GRADED_WORDS || sentences.is_empty() {
        return None;
    }
    #[allow(clippy::cast_precision_loss)]
    let (w, s, y) = (word_count as f64, sentences.len() as f64, syllable_count as f64);
    Some(0.39 * (w / s) + 11.8 * (y / w) - 15.59)
}

#[cfg(test)]
mod tests {
    use super::{grade, sentences, syllables, words};

    #[test]
    fn sentences_end_at_stops_but_not_inside_abbreviations_or_addresses() {
        let text = "Pass the CBT, e.g. online. Then book the OSCE! See https://www.nmc.org.uk/x. 2 more.";
        assert_eq!(
            sentences(text),
            ["Pass the CBT, e.g. online.", "Then book the OSCE!", "See https://www.nmc.org.uk/x.", "2 more."]
        );
        assert_eq!(sentences("one\ntwo words"), ["one", "two words"]);
        assert_eq!(words("Fees — £268 (2–6 months)").count(), 4);
    }

    #[test]
    fn syllables_follow_the_vowel_groups() {
        for (word, n) in
            [("make", 1), ("table", 2), ("fee", 1), ("passed", 1), ("needed", 2), ("registration", 4), ("you", 1)]
        {
            assert_eq!(syllables(word, false), n, "{word}");
        }
        assert_eq!(syllables("Council", false), 1, "a name counts as one");
        assert_eq!(syllables("Council", true), 2, "the first word of a sentence is not a name");
        assert_eq!(syllables("PLAB", true), 1);
    }

    #[test]
    fn plain_text_grades_lower_than_dense_text() {
        let plain = "You need to pass a test of your English. Ask the test centre for a date. It costs money.";
        let dense = "Applicants must demonstrate satisfactory communicative competence through internationally recognised examinations administered contemporaneously.";
        assert!(grade(plain).unwrap() < 9.0, "{:?}", grade(plain));
        assert!(grade(dense).unwrap() > 9.0, "{:?}", grade(dense));
        assert_eq!(grade("Too short to grade."), None);
    }
}
