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
    for (i, c) in text.char_indices() {
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' => {
                // Two characters of look-ahead, read only at a stop.
                let mut rest = text[i + c.len_utf8()..].chars();
                let (next, after) = (rest.next(), rest.next());
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
    // Nearly every word of the rules is ASCII: its letters are read byte by byte, without
    // Unicode case tables (lints grade every text of a ruleset).
    if word.is_ascii() {
        let letters = word.bytes().filter(u8::is_ascii_alphabetic);
        count_syllables(
            letters.map(|b| (true, b.is_ascii_uppercase(), char::from(b.to_ascii_lowercase()))),
            sentence_start,
        )
    } else {
        let letters = word.chars().filter(|c| c.is_alphabetic());
        let lower = letters.flat_map(|c| c.to_lowercase().enumerate().map(move |(i, l)| (i == 0, c.is_uppercase(), l)));
        count_syllables(lower, sentence_start)
    }
}

/// Counts the vowel groups of a word's letters, each given as (the first char of a letter,
/// the letter is a capital, the char in lower case), in one pass with no allocation.
fn count_syllables(letters: impl Iterator<Item = (bool, bool, char)>, sentence_start: bool) -> usize {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let (mut count, mut previous, mut seen) = (0usize, false, 0usize);
    let (mut capitalised, mut inner_capital) = (false, false);
    // The last three lowercase letters, newest last.
    let mut last = ['\0'; 3];
    for (starts_letter, upper, l) in letters {
        if starts_letter {
            if seen == 0 {
                capitalised = upper;
            } else if upper {
                inner_capital = true;
            }
            seen += 1;
        }
        let v = vowel(l);
        if v && !previous {
            count += 1;
        }
        previous = v;
        last = [last[1], last[2], l];
    }
    if seen == 0 || inner_capital || (capitalised && !sentence_start) {
        return 1;
    }
    // A silent final e ("make"), but not "-le" ("table") or "-ee" ("fee").
    if last[2] == 'e' && last[1] != 'l' && last[1] != 'e' && count > 1 {
        count -= 1;
    }
    // "-ed" after a consonant other than t or d is silent ("passed", not "needed").
    if last[1] == 'e' && last[2] == 'd' && count > 1 {
        let before = last[0];
        if before != '\0' && !vowel(before) && before != 't' && before != 'd' {
            count -= 1;
        }
    }
    count.max(1)
}

/// A text's sentences with their word counts, and its Flesch–Kincaid grade, from one pass.
#[derive(Debug, Clone)]
pub struct Measure<'a> {
    pub sentences: Vec<(&'a str, usize)>,
    /// `None` for a text with fewer than [`MIN_GRADED_WORDS`] words.
    pub grade: Option<f64>,
}

/// Measures a text: sentences, words and syllables are each read once.
pub fn measure(text: &str) -> Measure<'_> {
    let mut word_count = 0usize;
    let mut syllable_count = 0usize;
    let sentences: Vec<(&str, usize)> = sentences(text)
        .into_iter()
        .map(|s| {
            let mut n = 0;
            for (i, w) in words(s).enumerate() {
                n += 1;
                syllable_count += syllables(w, i == 0);
            }
            word_count += n;
            (s, n)
        })
        .collect();
    let grade = (word_count >= MIN_GRADED_WORDS && !sentences.is_empty()).then(|| {
        #[allow(clippy::cast_precision_loss)]
        let (w, s, y) = (word_count as f64, sentences.len() as f64, syllable_count as f64);
        0.39 * (w / s) + 11.8 * (y / w) - 15.59
    });
    Measure { sentences, grade }
}

/// The Flesch–Kincaid grade of a text: `0.39 × words per sentence + 11.8 × syllables per word
/// − 15.59`. `None` for a text with fewer than [`MIN_GRADED_WORDS`] words.
pub fn grade(text: &str) -> Option<f64> {
    measure(text).grade
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
    fn a_word_with_a_letter_outside_ascii_counts_as_its_ascii_twin_would() {
        // "é" is no vowel of the rule, as "x" is not: the general path must count alike.
        for (word, twin) in [("café", "cafx"), ("naïve", "naxve"), ("Zoë", "Zox")] {
            for start in [true, false] {
                assert_eq!(syllables(word, start), syllables(twin, start), "{word}");
            }
        }
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
