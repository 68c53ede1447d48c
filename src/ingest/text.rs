//! Plain text: bytes to a Rust string, with the encoding said.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Why bytes could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    /// NUL or other control bytes: not a text file. Carries the offset of the
    /// first one.
    Binary(usize),
    /// Not UTF-8 (first bad byte at the offset), and not plausible
    /// Windows-1252 either.
    Invalid(usize),
}

/// Decode a text file: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else
/// Windows-1252 (a superset of Latin-1) when the bytes look like Western
/// text in it. Returns the text and the encoding's name.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok((
            UTF_16LE.decode_without_bom_handling(rest).0.into_owned(),
            "utf-16le",
        ));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok((
            UTF_16BE.decode_without_bom_handling(rest).0.into_owned(),
            "utf-16be",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(pos) = first_binary_byte(bytes) {
        return Err(DecodeError::Binary(pos));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), "utf-8")),
        Err(e) => {
            let bad = e.valid_up_to();
            if looks_like_windows_1252(bytes) {
                Ok((
                    WINDOWS_1252
                        .decode_without_bom_handling(bytes)
                        .0
                        .into_owned(),
                    "windows-1252",
                ))
            } else {
                Err(DecodeError::Invalid(bad))
            }
        }
    }
}

/// The offset of the first [`is_binary_byte`], as `position` finds it.
/// Texts have none: 64 bytes at a time are tested with a loop that does
/// not stop early (which the compiler turns into vector compares, a
/// fraction of an instruction a byte instead of several), and only a
/// block that holds one is searched byte by byte.
fn first_binary_byte(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    let mut blocks = bytes.chunks_exact(BLOCK);
    for (k, block) in (&mut blocks).enumerate() {
        if block.iter().fold(false, |any, &b| any | is_binary_byte(b)) {
            return block
                .iter()
                .position(|&b| is_binary_byte(b))
                .map(|i| k * BLOCK + i);
        }
    }
    let rest = blocks.remainder();
    rest.iter()
        .position(|&b| is_binary_byte(b))
        .map(|i| bytes.len() - rest.len() + i)
}

/// Control bytes that never occur in text (tab, newlines, form feed and
/// escape are allowed: PDFs turned to text keep form feeds).
fn is_binary_byte(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)
}

/// Windows-1252 text has its high bytes as letters inside words (é, ’),
/// rarely two in a row, and never the five bytes 1252 leaves undefined.
fn looks_like_windows_1252(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if high == 0 {
        return true;
    }
    if bytes
        .iter()
        .any(|b| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D))
    {
        return false;
    }
    let runs = bytes
        .windows(2)
        .filter(|w| w[0] >= 0x80 && w[1] >= 0x80)
        .count();
    // Latin text: few high bytes, seldom adjacent.
    high * 10 <= bytes.len() && runs * 4 <= high
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_binary_byte_is_the_first_position() {
        let mut rng = crate::extract::test_rng(7);
        for len in [0, 1, 63, 64, 65, 128, 200, 1000] {
            for _ in 0..50 {
                // Mostly text, now and then a control byte of either kind.
                let bytes: Vec<u8> = (0..len)
                    .map(|_| match rng(40) {
                        0 => rng(32) as u8,
                        1 => b'\n',
                        _ => b'a' + rng(26) as u8,
                    })
                    .collect();
                let want = bytes.iter().position(|&b| is_binary_byte(b));
                assert_eq!(first_binary_byte(&bytes), want, "{bytes:?}");
            }
        }
    }

    #[test]
    fn utf8_and_bom() {
        assert_eq!(
            decode("Ségou".as_bytes()).unwrap(),
            ("Ségou".to_string(), "utf-8")
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFMali").unwrap(),
            ("Mali".to_string(), "utf-8")
        );
    }

    #[test]
    fn windows_1252_is_converted() {
        let bytes = b"Soldiers arrested people in S\xe9gou on the farmers\x92 market day.";
        let (text, enc) = decode(bytes).unwrap();
        assert_eq!(
            text,
            "Soldiers arrested people in Ségou on the farmers’ market day."
        );
        assert_eq!(enc, "windows-1252");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Kati".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap(), ("Kati".to_string(), "utf-16le"));
    }

    #[test]
    fn junk_is_refused() {
        assert_eq!(decode(b"  \n"), Err(DecodeError::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(DecodeError::Binary(2)));
        assert_eq!(
            decode(b"abc\xff\xfe\xfd\xfc\xfb\xfa"),
            Err(DecodeError::Invalid(3))
        );
    }
}
