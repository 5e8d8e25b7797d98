//! Word wrapping for prompts and help. dialoguer counts the lines it must clear by the
//! newlines it wrote, so a prompt the terminal wraps by itself leaves a stale line behind
//! (`? Do you hold…` above `✔ Do you hold…`). Prompts are therefore broken into lines that
//! fit before dialoguer sees them; help and messages too, so no word is split at the edge.

use dialoguer::console::measure_text_width;

/// Columns kept for the theme's prefix (`? `, `✔ `) at the start of a prompt.
pub const PREFIX: usize = 2;

/// Breaks `text` into lines of at most `width` columns, at spaces where it can and inside a
/// word only when the word alone is too long. Continuation lines start with `indent`
/// spaces (counted in the width). The first line is `first` columns shorter (for a prefix
/// printed before it), and the last line leaves `reserve` columns free (for a suffix, or
/// the answer typed after it). Existing line breaks are kept.
pub fn wrap(text: &str, width: usize, indent: usize, first: usize, reserve: usize) -> String {
    let width = width.max(indent + 10);
    let pad = " ".repeat(indent);
    let mut lines: Vec<String> = Vec::new();
    let paragraphs: Vec<&str> = text.split('\n').collect();
    for (n, paragraph) in paragraphs.iter().enumerate() {
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        let start = if n == 0 { first } else { indent };
        let mut para = fill(&words, width, start, indent);
        // The last line must leave room for what follows it: refill it narrower.
        let room = width.saturating_sub(reserve);
        let last_start = if para.len() > 1 { indent } else { start };
        if n + 1 == paragraphs.len()
            && room > last_start + 10
            && let Some(last) = para.last()
            && measure_text_width(last) + last_start > room
        {
            let last = para.pop().unwrap_or_default();
            let tail: Vec<&str> = last.split_whitespace().collect();
            para.extend(fill(&tail, room, last_start, indent));
        }
        if para.is_empty() {
            para.push(String::new());
        }
        lines.extend(para);
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            if !l.is_empty() {
                out.push_str(&pad);
            }
        }
        out.push_str(l);
    }
    out
}

/// Greedy fill: the first line may hold `width - start` columns, the others `width - indent`.
fn fill(words: &[&str], width: usize, start: usize, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut room = width.saturating_sub(start).max(1);
    for word in words {
        let mut word = (*word).to_owned();
        loop {
            let used = measure_text_width(&line);
            let need = measure_text_width(&word) + usize::from(!line.is_empty());
            if used + need <= room {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                room = width.saturating_sub(indent).max(1);
                continue;
            }
            // A word longer than a whole line (a long path): break it.
            let (head, tail) = split_at_width(&word, room);
            lines.push(head);
            room = width.saturating_sub(indent).max(1);
            word = tail;
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` on one line of at most `width` columns: unchanged when it fits, else cut at the
/// end of a word (inside one only when the first word alone is too long) and ended with
/// "…". Punctuation left dangling before the cut (a comma, a colon, a dash) goes too.
pub fn shorten(text: &str, width: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if measure_text_width(&text) <= width {
        return text;
    }
    let room = width.saturating_sub(1).max(1);
    let mut kept = String::new();
    for word in text.split(' ') {
        let need = measure_text_width(word) + usize::from(!kept.is_empty());
        if measure_text_width(&kept) + need > room {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    let trimmed = kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-(/".contains(c));
    let kept = if trimmed.is_empty() { split_at_width(&text, room.max(1)).0 } else { trimmed.to_owned() };
    // split_at_width may take one column too many when a wide character ends the cut.
    let mut kept = kept;
    while measure_text_width(&kept) > room {
        kept.pop();
    }
    kept.push('…');
    kept
}

fn split_at_width(word: &str, room: usize) -> (String, String) {
    let mut head = String::new();
    let mut chars = word.chars();
    for c in chars.by_ref() {
        head.push(c);
        if measure_text_width(&head) >= room {
            break;
        }
    }
    (head, chars.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(s: &str) -> Vec<usize> {
        s.lines().map(measure_text_width).collect()
    }

    #[test]
    fn long_prompts_fit_the_width_with_room_for_prefix_and_answer() {
        let prompt = "Do you hold a postgraduate medical qualification that the GMC accepts instead of PLAB, \
                      for example MRCP(UK), MRCS, MRCGP or MRCOG?";
        let w = wrap(prompt, 79, 2, PREFIX, 20);
        let lines: Vec<&str> = w.lines().collect();
        assert!(lines.len() >= 2, "{w}");
        assert!(widths(&w).iter().enumerate().all(|(i, n)| n + if i == 0 { PREFIX } else { 0 } <= 79), "{w}");
        assert!(measure_text_width(lines.last().unwrap()) + 20 <= 79, "{w}");
        assert!(lines[1..].iter().all(|l| l.starts_with("  ")), "{w}");
        assert_eq!(
            w.split_whitespace().collect::<Vec<_>>().join(" "),
            prompt.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn short_text_is_left_alone_and_long_words_are_broken() {
        assert_eq!(wrap("What is your profession?", 80, 2, PREFIX, 20), "What is your profession?");
        let path = format!("/tmp/{}/file.toml already exists. Replace it?", "x".repeat(100));
        let w = wrap(&path, 40, 2, PREFIX, 4);
        assert!(widths(&w).iter().all(|n| *n <= 40), "{w}");
        assert!(w.replace("\n  ", "").contains(&"x".repeat(100)));
    }

    #[test]
    fn the_last_line_keeps_room_for_the_answer() {
        // 60 columns of text on one line at width 70 leaves no room for 20 columns of answer.
        let text = "On what date did you sit the PLAB 1 exam you passed? (YYYY-MM-DD)";
        let w = wrap(text, 79, 2, PREFIX, 20);
        assert_eq!(w.lines().count(), 2, "{w}");
        assert!(measure_text_width(w.lines().last().unwrap()) + 20 <= 79);
    }

    #[test]
    fn shortened_items_fit_and_end_at_a_word() {
        let item = "Immigration status: refugee with no permission to work yet, waiting for a decision";
        assert_eq!(shorten(item, 200), item);
        let s = shorten(item, 40);
        assert!(measure_text_width(&s) <= 40, "{s}");
        assert_eq!(s, "Immigration status: refugee with no…");
        // Dangling punctuation goes with the cut.
        assert_eq!(shorten("Work: none, waiting for a decision", 13), "Work: none…");
        assert_eq!(shorten("Region: North West", 9), "Region…");
        // One long word is cut inside.
        let long = "x".repeat(30);
        assert_eq!(shorten(&long, 10), format!("{}…", "x".repeat(9)));
        assert_eq!(shorten(item, item.len()), item);
    }
}
