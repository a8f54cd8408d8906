//! Text from the database in rustdoc comments, as inert Markdown: rustdoc
//! runs a doc comment's code blocks as doctests, so a `COMMENT ON`, a
//! default or a name must never open one.

use std::borrow::Cow;

/// One line made inert: a run of three or more backticks or tildes (a code
/// fence, anywhere: also after `>` or `- `) has each escaped with a
/// backslash, and the indentation that makes an indented code block (four
/// columns, also after a list or quote marker) becomes one space.
pub fn inert_line(line: &str) -> Cow<'_, str> {
    let indented = line.starts_with([' ', '\t']) || line.contains("  ") || line.contains('\t');
    if !indented && !line.contains("```") && !line.contains("~~~") {
        return Cow::Borrowed(line);
    }
    let rest = markers(line.trim_start_matches([' ', '\t']));
    let mut out = String::with_capacity(line.len() + 8);
    out.push_str(&rest.0);
    escape_fences(rest.1, &mut out);
    Cow::Owned(out)
}

/// Every line of `text` made inert ([`inert_line`]).
pub fn inert(text: &str) -> String {
    text.split('\n')
        .map(inert_line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The line's leading list and quote markers (`>`, `-`, `+`, `*`, `1.`,
/// `1)`), each followed by one space, and the text after them.
fn markers(mut line: &str) -> (String, &str) {
    let mut head = String::new();
    loop {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let marker = match line[digits..].chars().next() {
            Some('.' | ')') if (1..=9).contains(&digits) => digits + 1,
            Some('>') if digits == 0 => 1,
            Some('-' | '+' | '*') if digits == 0 => 1,
            _ => 0,
        };
        let after = &line[marker..];
        let spaced = after.starts_with([' ', '\t']) || (line.starts_with('>') && marker == 1);
        if marker == 0 || !spaced && !after.is_empty() {
            return (head, line);
        }
        head.push_str(&line[..marker]);
        head.push(' ');
        line = after.trim_start_matches([' ', '\t']);
    }
}

/// `text` with each backtick or tilde of a run of three or more escaped.
fn escape_fences(text: &str, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|&&d| d == c).count();
        let fence = matches!(c, '`' | '~') && run >= 3;
        for _ in 0..run {
            if fence {
                out.push('\\');
            }
            out.push(c);
        }
        i += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_blocks_become_text() {
        for (line, inert) in [
            ("plain words", "plain words"),
            ("```", "\\`\\`\\`"),
            ("   ~~~rust", "\\~\\~\\~rust"),
            ("> ```", "> \\`\\`\\`"),
            ("    indented code", "indented code"),
            ("-     code in a list item", "- code in a list item"),
            (">     code in a quote", "> code in a quote"),
            ("1.      code", "1. code"),
            ("\tcode", "code"),
            ("`a`  b", "`a`  b"),
            ("-1 is  fine", "-1 is  fine"),
        ] {
            assert_eq!(inert_line(line), inert, "{line:?}");
        }
    }
}
