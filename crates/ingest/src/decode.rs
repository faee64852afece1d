use tidings_core::{Error, ErrorKind};

/// Decodes bytes read from `name` as UTF-8. Binary data (NUL bytes or mostly control
/// characters) is an error; invalid UTF-8 is decoded lossily and reported in the warning.
pub fn decode(name: &str, bytes: &[u8]) -> Result<(String, Option<String>), Error> {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.contains(&0) || controls * 10 > head.len().max(1) {
        return Err(Error::new(
            ErrorKind::Input,
            format!("{name}: looks like a binary file, not text or HTML"),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = text.matches('\u{FFFD}').count();
            Ok((
                text,
                Some(format!(
                    "{name}: invalid UTF-8, {bad} byte sequence(s) replaced by U+FFFD"
                )),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_an_error() {
        assert!(decode("x", b"\x7fELF\x02\x01\x01\0\0\0").is_err());
    }

    #[test]
    fn invalid_utf8_is_reported() {
        let (text, warning) = decode("x", b"caf\xe9 au lait").unwrap();
        assert_eq!(text, "caf\u{FFFD} au lait");
        assert!(warning.unwrap().contains("invalid UTF-8"));
    }

    #[test]
    fn valid_utf8_passes_without_bom() {
        let (text, warning) = decode("x", "\u{FEFF}héllo".as_bytes()).unwrap();
        assert_eq!(text, "héllo");
        assert!(warning.is_none());
    }
}
