//! Reading a summary the way ROUGE-1.5.5 reads an SPL file: bytes (Latin-1), one
//! sentence per line, lowercased, truncated to `-l` words or `-b` bytes, then tokenized
//! (`-` padded with spaces, every other non-alphanumeric byte a space).

/// The summary as the Perl script sees its file: each char as one Latin-1 byte (`?` for
/// chars outside Latin-1, as the evaluation harness writes them), lines trimmed, empty
/// lines dropped.
pub fn spl_lines(text: &str) -> Vec<Vec<u8>> {
    text.lines()
        .map(|l| {
            l.trim()
                .chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                .collect::<Vec<u8>>()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// Perl's `\s` on a byte string.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn words(line: &[u8]) -> Vec<&[u8]> {
    line.split(|&b| is_space(b))
        .filter(|w| !w.is_empty())
        .collect()
}

/// `readText` of ROUGE-1.5.5: the lines joined (after truncation) and tokenized.
/// `words_limit`/`bytes_limit` of 0 mean no limit (`-l`, `-b`).
pub fn read_text(lines: &[Vec<u8>], words_limit: usize, bytes_limit: usize) -> Vec<String> {
    let lines: Vec<Vec<u8>> = lines.iter().map(|l| l.to_ascii_lowercase()).collect();
    let mut text: Vec<u8> = Vec::new();
    if words_limit == 0 && bytes_limit == 0 {
        text = lines.join(&b' ');
    } else if words_limit != 0 {
        let mut len = 0;
        for line in &lines {
            let toks = words(line);
            if len + toks.len() < words_limit {
                if len != 0 {
                    text.push(b' ');
                }
                text.extend_from_slice(line);
                len += toks.len();
            } else {
                if len > 0 {
                    text.push(b' ');
                }
                text.extend_from_slice(&toks[..words_limit - len].join(&b' '));
                break;
            }
        }
    } else {
        let mut len = 0;
        for line in &lines {
            if len + line.len() < bytes_limit {
                if len != 0 {
                    text.push(b' ');
                }
                text.extend_from_slice(line);
                len += line.len();
            } else {
                if len > 0 {
                    text.push(b' ');
                }
                text.extend_from_slice(&line[..bytes_limit - len]);
                break;
            }
        }
    }
    tokenize(&text)
}

/// `readText_LCS` of ROUGE-1.5.5: the lines kept as units (sentences), truncated, each
/// tokenized. Under `-b` it keeps the script's behaviour exactly: the running length is never
/// increased, so every line shorter than the limit is kept until one reaches it.
pub fn read_text_lcs(
    lines: &[Vec<u8>],
    words_limit: usize,
    bytes_limit: usize,
) -> Vec<Vec<String>> {
    let lines: Vec<Vec<u8>> = lines.iter().map(|l| l.to_ascii_lowercase()).collect();
    let mut units: Vec<Vec<u8>> = Vec::new();
    if words_limit == 0 && bytes_limit == 0 {
        units = lines;
    } else if words_limit != 0 {
        let mut len = 0;
        for line in &lines {
            let toks = words(line);
            if len + toks.len() < words_limit {
                len += toks.len();
                units.push(line.clone());
            } else {
                units.push(toks[..words_limit - len].join(&b' '));
                break;
            }
        }
    } else {
        for line in &lines {
            if line.len() < bytes_limit {
                units.push(line.clone());
            } else {
                units.push(line[..bytes_limit].to_vec());
                break;
            }
        }
    }
    units.iter().map(|u| tokenize(u)).collect()
}

/// `s/-/ - /g; s/[^A-Za-z0-9\-]/ /g;` then split on whitespace.
fn tokenize(text: &[u8]) -> Vec<String> {
    let mut out = String::with_capacity(text.len() + 8);
    for &b in text {
        match b {
            b'-' => out.push_str(" - "),
            b if b.is_ascii_alphanumeric() => out.push(char::from(b)),
            _ => out.push(' '),
        }
    }
    out.split_ascii_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_to_words_across_lines_and_tokenizes() {
        let lines = spl_lines("The U.S.-led talks ended.\nKerry left Geneva on Friday.");
        assert_eq!(
            read_text(&lines, 6, 0),
            ["the", "u", "s", "-", "led", "talks", "ended", "kerry", "left"]
        );
        assert_eq!(read_text(&lines, 0, 0).len(), 12);
    }

    #[test]
    fn byte_limit_does_not_count_the_joining_spaces() {
        let lines = spl_lines("abc def\nghi");
        assert_eq!(read_text(&lines, 0, 9), ["abc", "def", "gh"]);
    }

    #[test]
    fn non_latin1_is_one_byte() {
        let lines = spl_lines("café — ok");
        assert_eq!(read_text(&lines, 0, 0), ["caf", "ok"]);
    }
}
