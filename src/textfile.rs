//! Reading a text file the user named: an assessment, a questionnaire, a template. Every file
//! raia reads comes through [`read`], which
//!
//! - refuses anything but a regular file (a FIFO would block forever, `/dev/zero` never ends, a
//!   directory or socket cannot be read as text), naming the file and what it is;
//! - reads at most [`MAX_BYTES`], so a wrong or runaway file cannot exhaust memory;
//! - reports bytes that are not UTF-8 at `file:line:column`, like every other located error.

use crate::diag::{Diagnostic, Diagnostics, SourceMap};
use std::io::Read;
use std::path::Path;

/// The most raia reads from one file: 64 MiB. The built-in questionnaire is under 100 KiB and a
/// complete assessment a few KiB, so a file this large is the wrong file.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Reads the file at `path` as UTF-8 text. `what` names it in messages ("assessment",
/// "questionnaire", "template").
pub fn read(path: &Path, what: &str) -> anyhow::Result<String> {
    let bytes = read_bytes(path, what)?;
    Ok(utf8(&path.display().to_string(), bytes)?)
}

/// [`read`] without the UTF-8 check: the bytes of a regular file, at most [`MAX_BYTES`].
pub fn read_bytes(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    let shown = path.display().to_string();
    let fail = |why: String, help: &str| {
        anyhow::anyhow!("{shown}: cannot read {what}: {why}\n  help: {help}")
    };
    // Every error says how to go on, a missing file and a link loop included (hostile review).
    let cannot = |e: std::io::Error| {
        let help = match e.kind() {
            std::io::ErrorKind::NotFound => {
                "check the path and its spelling; `raia list` shows the drafts in the data directory"
            }
            std::io::ErrorKind::PermissionDenied => {
                "raia needs permission to read it: check the file's mode and owner, and those of its folders"
            }
            _ => "check the path: a symbolic link must lead to a readable file",
        };
        fail(e.to_string(), help)
    };
    // Checked before opening: opening a FIFO for reading already blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(cannot)?;
    let refuse = |kind: &str| {
        let help = if kind == DIRECTORY {
            "give the path of a file"
        } else {
            "raia reads only regular files, since a pipe or a device can block forever or never end; save the content to a file and give that file"
        };
        fail(format!("it is {kind}, not a regular file"), help)
    };
    if let Some(kind) = not_regular(&meta) {
        return Err(refuse(kind));
    }
    let too_big = || {
        fail(
            format!("it is larger than {} MiB", MAX_BYTES / (1024 * 1024)),
            "raia reads at most 64 MiB from one file, so that a wrong or runaway file cannot exhaust memory; check that this is the right file",
        )
    };
    if meta.len() > MAX_BYTES {
        return Err(too_big());
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    // The file may have been swapped between the check and the open.
    let meta = file.metadata().map_err(cannot)?;
    if let Some(kind) = not_regular(&meta) {
        return Err(refuse(kind));
    }
    read_limited(file, MAX_BYTES, meta.len())
        .map_err(cannot)?
        .ok_or_else(too_big)
}

/// Reads `r` to the end, or returns `None` as soon as it holds more than `limit` bytes (a file
/// that grows while it is read, or one that reports no size). `expected` (the size the file
/// reports) sizes the buffer, so a file is read in one call rather than in ten doubling ones.
fn read_limited(r: impl Read, limit: u64, expected: u64) -> std::io::Result<Option<Vec<u8>>> {
    // One byte over, so that reading to the end needs no second buffer.
    let capacity = usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    r.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Whether `bytes` look like UTF-16 text: a UTF-16 byte-order mark, or a zero byte beside
/// each of the first characters (ASCII written as UTF-16 without a mark, which is valid UTF-8
/// and would otherwise fail later as a TOML error with no word about the encoding).
fn looks_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let head = bytes.get(..bytes.len().min(64)).unwrap_or_default();
    let mut pairs = head.chunks_exact(2);
    let n = pairs.len();
    n >= 2
        && (pairs
            .clone()
            .all(|p| p.first() == Some(&0) && p.get(1) != Some(&0))
            || pairs.all(|p| p.get(1) == Some(&0) && p.first() != Some(&0)))
}

/// The bytes as text, or a located error at the first byte that is not UTF-8.
pub fn utf8(file: &str, bytes: Vec<u8>) -> Result<String, Diagnostics> {
    // PowerShell 5's `>` writes UTF-16, for which converting from WINDOWS-1252 makes a broken
    // file (a hostile review followed that advice).
    if looks_utf16(&bytes) {
        return Err(Diagnostics(vec![Diagnostic {
            file: file.to_string(),
            line: 1,
            column: 1,
            message: "the file is UTF-16 text, and raia reads UTF-8".to_string(),
            help: "save it as UTF-8 in your editor (in PowerShell, `Out-File -Encoding utf8`), or convert it, e.g. `iconv -f UTF-16 -t UTF-8 FILE > NEW`".to_string(),
        }]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let err = e.utf8_error();
        let bytes = e.as_bytes();
        let good = err.valid_up_to();
        // The prefix up to the first bad byte is valid by definition; locate the byte in it.
        let prefix = std::str::from_utf8(bytes.get(..good).unwrap_or_default()).unwrap_or("");
        let (line, column) = SourceMap::new(file, prefix).line_col(good);
        let message = match (err.error_len(), bytes.get(good)) {
            (Some(_), Some(b)) => {
                format!("invalid UTF-8: byte 0x{b:02x} is not part of a valid character")
            }
            _ => "invalid UTF-8: the file ends in the middle of a character".to_string(),
        };
        Diagnostics(vec![Diagnostic {
            file: file.to_string(),
            line,
            column,
            message,
            help: "raia reads UTF-8 text: save the file as UTF-8 in your editor, or convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW`".to_string(),
        }])
    })
}

const DIRECTORY: &str = "a directory";

/// What a file is when it is not a regular file ("a directory", "a named pipe (FIFO)", ...).
pub fn not_regular(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(DIRECTORY);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
    }
    Some("not a regular file")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hostile review: a missing file and a symbolic-link loop gave an error with no help line.
    #[cfg(unix)]
    #[test]
    fn a_file_that_cannot_be_opened_says_how_to_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let gone = read(&dir.path().join("gone.toml"), "assessment").unwrap_err();
        assert!(
            format!("{gone}").contains("\n  help: check the path and its spelling"),
            "{gone}"
        );
        let a = dir.path().join("a.toml");
        let b = dir.path().join("b.toml");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        let looped = format!("{}", read(&a, "assessment").unwrap_err());
        assert!(looped.contains("cannot read assessment: "), "{looped}");
        assert!(
            looped
                .contains("\n  help: check the path: a symbolic link must lead to a readable file"),
            "{looped}"
        );
    }

    #[test]
    fn an_endless_reader_stops_at_the_limit() {
        // std::io::repeat never ends, like /dev/zero: the read must stop just past the limit.
        assert_eq!(read_limited(std::io::repeat(0), 10, 0).unwrap(), None);
        // The size a file reports only sizes the buffer: too small or too large, the bytes
        // read are the bytes there.
        for expected in [0, 3, 10, 11, 1000] {
            assert_eq!(
                read_limited(&b"0123456789"[..], 10, expected).unwrap(),
                Some(b"0123456789".to_vec())
            );
            assert_eq!(
                read_limited(&b"0123456789x"[..], 10, expected).unwrap(),
                None
            );
        }
    }

    /// A reader that counts the calls made to it.
    struct Counted<'a>(&'a [u8], usize);

    impl Read for Counted<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.1 += 1;
            self.0.read(buf)
        }
    }

    #[test]
    fn a_file_of_the_size_it_reports_is_read_in_one_call() {
        let text = vec![b'a'; 5000];
        let mut r = Counted(&text, 0);
        assert_eq!(
            read_limited(&mut r, 1 << 20, 5000)
                .unwrap()
                .map(|b| b.len()),
            Some(5000)
        );
        // One read for the bytes, one that finds the end.
        assert_eq!(r.1, 2);
    }

    #[test]
    fn bad_utf8_is_located_by_line_and_character_column() {
        let d = utf8("f.toml", b"a = 1\nb = \"\xc3\xa7\xff\"\n".to_vec()).unwrap_err();
        assert_eq!(
            d.0[0].to_string(),
            "f.toml:2:7: invalid UTF-8: byte 0xff is not part of a valid character\n  help: raia reads UTF-8 text: save the file as UTF-8 in your editor, or convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW`"
        );
        let d = utf8("f.toml", b"x\xe2\x82".to_vec()).unwrap_err();
        assert_eq!((d.0[0].line, d.0[0].column), (1, 2));
        assert!(d.0[0].message.contains("ends in the middle of a character"));
    }

    /// PowerShell's `>` writes UTF-16: with its mark or without, it is named as UTF-16 with
    /// the conversion that works, not WINDOWS-1252's, which makes a broken file.
    #[test]
    fn utf16_is_named_with_the_conversion_that_works() {
        let utf16 = |big: bool, bom: bool| {
            let mut b: Vec<u8> = if !bom {
                Vec::new()
            } else if big {
                vec![0xfe, 0xff]
            } else {
                vec![0xff, 0xfe]
            };
            for c in "schema_version = 1\n".bytes() {
                b.extend(if big { [0, c] } else { [c, 0] });
            }
            b
        };
        for (big, bom) in [(false, true), (true, true), (false, false), (true, false)] {
            let d = utf8("f.toml", utf16(big, bom)).unwrap_err();
            assert_eq!(
                d.0[0].to_string(),
                "f.toml:1:1: the file is UTF-16 text, and raia reads UTF-8\n  help: save it as UTF-8 in your editor (in PowerShell, `Out-File -Encoding utf8`), or convert it, e.g. `iconv -f UTF-16 -t UTF-8 FILE > NEW`",
                "{big} {bom}"
            );
        }
        // UTF-8 text with a stray zero byte is not UTF-16.
        assert!(utf8("f.toml", b"a = 1\n\0b = 2\n".to_vec()).is_ok());
    }

    #[test]
    fn a_file_that_ends_mid_character_is_located() {
        let d = utf8("f.toml", b"x\xe2\x82".to_vec()).unwrap_err();
        assert_eq!((d.0[0].line, d.0[0].column), (1, 2));
        assert!(d.0[0].message.contains("ends in the middle of a character"));
    }
}
