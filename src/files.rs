//! Reading the files a person or a maintainer names: only regular files, at most
//! [`MAX_FILE_BYTES`], and only UTF-8 text. A FIFO, a device or a huge file gets a clear
//! error instead of a hang or an exhausted memory.

use std::io::Read as _;
use std::path::Path;

/// The largest rule, answers or session file read (4 MB; the largest shipped rule file is
/// about 60 KB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a file could not be read as text.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: a folder, a FIFO, a device, a socket.
    NotAFile(&'static str),
    TooLarge,
    /// Not UTF-8: the byte offset of the first bad byte, and whether it looks like UTF-16.
    NotUtf8 {
        offset: usize,
        utf16: bool,
    },
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::NotAFile(kind) => write!(f, "it is {kind}, not a regular file"),
            ReadError::TooLarge => write!(f, "it is larger than {} MB", MAX_FILE_BYTES / 1024 / 1024),
            ReadError::NotUtf8 { utf16: true, .. } => {
                write!(f, "it is UTF-16 text; save it as UTF-8 (most editors offer this under \"Save as\")")
            }
            ReadError::NotUtf8 { offset, .. } => {
                write!(f, "it is not UTF-8 text (the first bad byte is at byte {offset}); save it as UTF-8")
            }
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReadError {}

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// The text of a regular file (symbolic links are followed to what they name).
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind_of(&meta)));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    // Room for the whole file and the one byte that shows it grew.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0) + 1);
    // A file that grows while it is read (or lies about its size) still stops at the limit.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    decode(bytes)
}

/// UTF-8 text; UTF-16 (by its byte-order mark, or the zero bytes of ASCII in UTF-16) is named.
pub fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (bytes.len() >= 4 && (bytes[1] == 0 && bytes[3] == 0 || bytes[0] == 0 && bytes[2] == 0));
    if utf16 {
        // ASCII in UTF-16 without a byte-order mark is also valid UTF-8, full of zero bytes.
        return Err(ReadError::NotUtf8 { offset: 0, utf16 });
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 { offset: e.utf8_error().valid_up_to(), utf16 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_bad_bytes_are_named() {
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("a = 1".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(matches!(decode(utf16), Err(ReadError::NotUtf8 { utf16: true, .. })));
        let no_bom: Vec<u8> = "a = 1".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(matches!(decode(no_bom), Err(ReadError::NotUtf8 { utf16: true, .. })));
        assert!(matches!(decode(b"ok = \xff".to_vec()), Err(ReadError::NotUtf8 { offset: 5, utf16: false })));
        assert_eq!(decode(b"ok = 1".to_vec()).unwrap(), "ok = 1");
    }
}
