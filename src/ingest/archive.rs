//! Archives read in place: .zip, .tar, .tar.gz / .tgz, and a single file
//! compressed with gzip (.gz). Each member is a document with doc_id = the
//! archive's doc_id + "/" + the member's path; a .gz file's one member is
//! its name without ".gz" ("mali.txt.gz/mali.txt"), which also gives the
//! member's format.
//!
//! Nothing is unpacked to disk, and an archive is never trusted:
//! - a member whose path is absolute or climbs out with ".." is refused;
//! - sizes in headers are ignored: bytes are counted as they are inflated,
//!   and a member stops at `--max-bytes`, an archive at 8 times that in
//!   total, and a member that inflates more than [`MAX_RATIO`] times its
//!   compressed size (past the first MiB) is refused as a likely zip bomb.
//!
//! Zip members are read one at a time as the iterator advances (the zip
//! index is at the end of the file, so the file is opened for seeking, not
//! read whole). A .tar.gz is one compressed stream: a reader thread walks
//! it in order and hands members over a channel of one, so at most a couple
//! of members are in memory whatever the archive's size.

use std::cell::Cell;
use std::fs::File;
use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::mpsc;

use super::jsonl::JsonLines;
use super::sources::Item;
use super::{Error, ErrorKind, KnownMeta};

/// A member may inflate at most this many times its compressed size. Text
/// and HTML compress 3 to 20 times; a run of zeros compresses 1000 times.
pub const MAX_RATIO: u64 = 100;
/// Below this many bytes out, the ratio is not checked: tiny members of
/// repeated text can compress very well without being bombs.
const RATIO_FLOOR: u64 = 1 << 20;

/// What an archive may expand to.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest member (bytes, uncompressed): `--max-bytes`.
    pub member: u64,
    /// The whole archive (bytes, uncompressed).
    pub total: u64,
}

impl Limits {
    pub fn from_max_bytes(max_bytes: u64) -> Limits {
        Limits {
            member: max_bytes,
            total: max_bytes.saturating_mul(8),
        }
    }
}

/// The kinds of archive read, by file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Zip,
    Tar,
    TarGz,
    /// One file compressed with gzip.
    Gz,
}

impl Kind {
    pub fn of(path: &Path) -> Option<Kind> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".zip") {
            Some(Kind::Zip)
        } else if name.ends_with(".tar.gz") || name.ends_with(".tgz") {
            Some(Kind::TarGz)
        } else if name.ends_with(".tar") {
            Some(Kind::Tar)
        } else if name.ends_with(".gz") {
            Some(Kind::Gz)
        } else {
            None
        }
    }
}

/// The items of an archive, read lazily.
pub fn items(
    kind: Kind,
    path: &Path,
    doc_id: &str,
    limits: Limits,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let archive = Archive {
        path: path.to_path_buf(),
        doc_id: doc_id.to_string(),
        limits,
    };
    match kind {
        Kind::Zip => match File::open(path).map_err(ErrorKind::Io).and_then(|f| {
            zip::ZipArchive::new(BufReader::new(f)).map_err(|e| ErrorKind::Archive {
                reason: format!("not a readable zip file ({e})"),
            })
        }) {
            Ok(zip) => Box::new(ZipItems {
                archive,
                zip,
                index: 0,
                total: 0,
                pending: Vec::new(),
                done: false,
            }),
            Err(kind) => Box::new(std::iter::once(archive.whole_failed(kind))),
        },
        Kind::Tar | Kind::TarGz => tar_items(archive, kind == Kind::TarGz),
        Kind::Gz => Box::new(gz_items(&archive).into_iter()),
    }
}

/// The one member of a .gz file, inflated with the same limits as an
/// archive's members (the ratio against the compressed bytes read).
fn gz_items(archive: &Archive) -> Vec<Item> {
    let file_name = archive
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // "report.txt.gz" -> "report.txt", whatever the case of ".gz".
    let name = file_name[..file_name.len().saturating_sub(3)].to_string();
    let file = match File::open(&archive.path) {
        Ok(f) => f,
        Err(e) => return vec![archive.whole_failed(ErrorKind::Io(e))],
    };
    let compressed = Rc::new(Cell::new(0u64));
    let mut stream = flate2::read::MultiGzDecoder::new(Counted {
        inner: BufReader::new(file),
        count: compressed.clone(),
    });
    let compressed_so_far = || compressed.get();
    let mut total = 0;
    match read_member(
        &mut stream,
        archive.limits,
        &mut total,
        Packed::Stream(&compressed_so_far),
    ) {
        Ok(bytes) => archive.member_items(&name, bytes),
        Err(Stop::Kind(kind) | Stop::Archive(kind)) => vec![archive.member_failed(&name, 0, kind)],
    }
}

/// The archive being read.
#[derive(Clone, Debug)]
struct Archive {
    path: PathBuf,
    doc_id: String,
    limits: Limits,
}

impl Archive {
    /// An item for the archive itself, when it cannot be read at all.
    fn whole_failed(&self, kind: ErrorKind) -> Item {
        Item {
            doc_id: self.doc_id.clone(),
            path: self.path.clone(),
            format: None,
            size: 0,
            known: KnownMeta::default(),
            bytes: Err(Error {
                path: self.path.clone(),
                kind,
            }),
        }
    }

    fn member_path(&self, name: &str) -> PathBuf {
        self.path.join(name.trim_start_matches(['/', '\\']))
    }

    fn member_failed(&self, name: &str, size: u64, kind: ErrorKind) -> Item {
        let path = self.member_path(name);
        Item {
            doc_id: format!("{}/{name}", self.doc_id),
            path: path.clone(),
            format: None,
            size,
            known: KnownMeta::default(),
            bytes: Err(Error { path, kind }),
        }
    }

    /// The items of one member that was read whole: one document, or one
    /// per line of a JSON Lines member.
    fn member_items(&self, name: &str, bytes: Vec<u8>) -> Vec<Item> {
        let doc_id = format!("{}/{name}", self.doc_id);
        let path = self.member_path(name);
        if name.to_ascii_lowercase().ends_with(".jsonl") {
            return JsonLines::new(Cursor::new(bytes), &path, &doc_id, self.limits.member)
                .collect();
        }
        vec![Item {
            doc_id,
            path,
            format: None,
            size: bytes.len() as u64,
            known: KnownMeta::default(),
            bytes: Ok(bytes),
        }]
    }
}

/// What to do with a member, from its name alone.
enum Verdict {
    Read,
    /// Folders, hidden files, resource forks: not documents, not listed.
    Ignore,
    Unsafe,
}

fn judge(name: &str) -> Verdict {
    let parts: Vec<&str> = name.split(['/', '\\']).collect();
    let absolute = name.starts_with(['/', '\\'])
        || name.as_bytes().get(1) == Some(&b':')
        || name.starts_with("~");
    if absolute || parts.contains(&"..") {
        return Verdict::Unsafe;
    }
    if name.ends_with(['/', '\\'])
        || parts
            .iter()
            .any(|p| p.starts_with('.') && *p != "." || *p == "__MACOSX")
    {
        return Verdict::Ignore;
    }
    Verdict::Read
}

/// Why reading a member stopped early.
enum Stop {
    Kind(ErrorKind),
    /// The member is refused and so is the rest of the archive.
    Archive(ErrorKind),
}

/// What a member's inflated size is compared with for the ratio limit.
enum Packed<'a> {
    /// A zip member: its own compressed size (the decompressor reads no
    /// more input than that). Over the ratio refuses the member alone.
    Member(u64),
    /// A .tar.gz: the members share one compressed stream, so the archive's
    /// bytes out so far are compared with the compressed bytes read so far.
    /// Over the ratio stops the archive.
    Stream(&'a dyn Fn() -> u64),
    /// A plain .tar: no compression to abuse.
    Uncompressed,
}

/// Read a member, counting bytes as they come out of the decompressor;
/// `total` is the archive's running total of bytes out.
fn read_member(
    reader: &mut dyn Read,
    limits: Limits,
    total: &mut u64,
    packed: Packed,
) -> Result<Vec<u8>, Stop> {
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(out),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Stop::Kind(ErrorKind::Archive {
                    reason: format!("member could not be inflated ({e})"),
                }))
            }
        };
        *total += n as u64;
        let size = out.len() as u64 + n as u64;
        if *total > limits.total {
            return Err(Stop::Archive(ErrorKind::ArchiveTooLarge {
                limit: limits.total,
            }));
        }
        if size > limits.member {
            return Err(Stop::Kind(ErrorKind::TooLarge {
                bytes: size,
                limit: limits.member,
            }));
        }
        let over_ratio = |out: u64, compressed: u64| {
            out > RATIO_FLOOR && out > compressed.max(1).saturating_mul(MAX_RATIO)
        };
        let ratio = ErrorKind::CompressionRatio { limit: MAX_RATIO };
        match packed {
            Packed::Member(compressed) if over_ratio(size, compressed) => {
                return Err(Stop::Kind(ratio))
            }
            Packed::Stream(compressed) if over_ratio(*total, compressed()) => {
                return Err(Stop::Archive(ratio))
            }
            _ => {}
        }
        out.extend_from_slice(&chunk[..n]);
    }
}

struct ZipItems {
    archive: Archive,
    zip: zip::ZipArchive<BufReader<File>>,
    index: usize,
    total: u64,
    pending: Vec<Item>,
    done: bool,
}

impl Iterator for ZipItems {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if !self.pending.is_empty() {
                return Some(self.pending.remove(0));
            }
            if self.done || self.index >= self.zip.len() {
                return None;
            }
            let index = self.index;
            self.index += 1;
            let listed_name = self.zip.name_for_index(index).unwrap_or("?").to_string();
            let mut member = match self.zip.by_index(index) {
                Ok(m) => m,
                Err(e) => {
                    let name = listed_name;
                    let reason = if e.to_string().to_lowercase().contains("password") {
                        "encrypted member: it needs a password; unpack it yourself".to_string()
                    } else {
                        format!("member could not be read ({e})")
                    };
                    return Some(self.archive.member_failed(
                        &name,
                        0,
                        ErrorKind::Archive { reason },
                    ));
                }
            };
            let name = member.name().to_string();
            match judge(&name) {
                Verdict::Ignore => continue,
                Verdict::Unsafe => {
                    return Some(self.archive.member_failed(
                        &name,
                        0,
                        ErrorKind::UnsafeMemberPath {
                            member: name.clone(),
                        },
                    ))
                }
                Verdict::Read => {}
            }
            if member.is_dir() || member.is_symlink() {
                continue;
            }
            // The ratio is taken against the member's compressed size: the
            // decompressor reads no more than that many bytes of input.
            let packed = member.compressed_size().max(1);
            let limits = self.archive.limits;
            match read_member(&mut member, limits, &mut self.total, Packed::Member(packed)) {
                Ok(bytes) => {
                    drop(member);
                    self.pending = self.archive.member_items(&name, bytes);
                }
                Err(Stop::Kind(kind)) => {
                    return Some(self.archive.member_failed(&name, 0, kind));
                }
                Err(Stop::Archive(kind)) => {
                    self.done = true;
                    return Some(self.archive.member_failed(&name, 0, kind));
                }
            }
        }
    }
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

fn tar_items(archive: Archive, gzipped: bool) -> Box<dyn Iterator<Item = Item> + Send> {
    // One member waits in the channel while the next is read: memory stays
    // at a couple of members.
    let (tx, rx) = mpsc::sync_channel::<Item>(1);
    let reader_archive = archive.clone();
    let spawned = std::thread::Builder::new()
        .name("eventcoder-tar".to_string())
        .spawn(move || {
            let archive = reader_archive;
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                walk_tar(&archive, gzipped, &mut |item| tx.send(item).is_ok())
            }));
            if result.is_err() {
                let _ =
                    tx.send(
                        archive.whole_failed(ErrorKind::Archive {
                            reason: "the tar reader failed; the rest of the archive is not read"
                                .to_string(),
                        }),
                    );
            }
        });
    match spawned {
        Ok(_) => Box::new(rx.into_iter()),
        Err(e) => Box::new(std::iter::once(archive.whole_failed(ErrorKind::Io(e)))),
    }
}

/// Walk a tar stream in order, handing each member's items to `send`
/// (which says false when nobody listens any more).
fn walk_tar(archive: &Archive, gzipped: bool, send: &mut dyn FnMut(Item) -> bool) {
    let file = match File::open(&archive.path) {
        Ok(f) => f,
        Err(e) => {
            send(archive.whole_failed(ErrorKind::Io(e)));
            return;
        }
    };
    let compressed = Rc::new(Cell::new(0u64));
    let counted = Counted {
        inner: BufReader::new(file),
        count: compressed.clone(),
    };
    let stream: Box<dyn Read> = if gzipped {
        Box::new(flate2::read::GzDecoder::new(counted))
    } else {
        Box::new(counted)
    };
    let compressed_so_far = || compressed.get();
    let mut tar = tar::Archive::new(stream);
    let entries = match tar.entries() {
        Ok(e) => e,
        Err(e) => {
            send(archive.whole_failed(ErrorKind::Archive {
                reason: format!("not a readable tar file ({e})"),
            }));
            return;
        }
    };
    let mut total = 0u64;
    let mut any = false;
    for entry in entries {
        let mut entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let reason = if any {
                    format!("the archive is damaged after its last good member ({e})")
                } else {
                    format!("not a readable tar file ({e})")
                };
                send(archive.whole_failed(ErrorKind::Archive { reason }));
                return;
            }
        };
        any = true;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        match judge(&name) {
            Verdict::Ignore => continue,
            Verdict::Unsafe => {
                let item = archive.member_failed(
                    &name,
                    0,
                    ErrorKind::UnsafeMemberPath {
                        member: name.clone(),
                    },
                );
                if !send(item) {
                    return;
                }
                continue;
            }
            Verdict::Read => {}
        }
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let packed = if gzipped {
            Packed::Stream(&compressed_so_far)
        } else {
            Packed::Uncompressed
        };
        let items = match read_member(&mut entry, archive.limits, &mut total, packed) {
            Ok(bytes) => archive.member_items(&name, bytes),
            Err(Stop::Kind(kind)) => vec![archive.member_failed(&name, 0, kind)],
            Err(Stop::Archive(kind)) => {
                send(archive.member_failed(&name, 0, kind));
                return;
            }
        };
        for item in items {
            if !send(item) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn tempdir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("eventcoder-archive-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_zip(path: &Path, members: &[(&str, &[u8])]) {
        let mut zip = zip::ZipWriter::new(File::create(path).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in members {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }

    fn write_tar_gz(path: &Path, members: &[(&str, &[u8])]) {
        let gz = flate2::write::GzEncoder::new(
            File::create(path).unwrap(),
            flate2::Compression::default(),
        );
        let mut tar = tar::Builder::new(gz);
        for (name, bytes) in members {
            let mut header = tar::Header::new_gnu();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_entry_type(tar::EntryType::Regular);
            // Header::set_path refuses "..", which is the point of some
            // tests: write the name bytes directly.
            let raw = &mut header.as_old_mut().name;
            raw[..name.len()].copy_from_slice(name.as_bytes());
            header.set_cksum();
            tar.append(&header, *bytes).unwrap();
        }
        tar.into_inner().unwrap().finish().unwrap();
    }

    fn summary(items: Vec<Item>) -> Vec<(String, String)> {
        items
            .into_iter()
            .map(|i| {
                let what = match i.bytes {
                    Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                    Err(e) => format!("ERR {}", e.reason()),
                };
                (i.doc_id, what)
            })
            .collect()
    }

    const LIMITS: Limits = Limits {
        member: 10 << 20,
        total: 80 << 20,
    };

    #[test]
    fn zip_members_are_documents_and_escapes_are_refused() {
        let dir = tempdir("zip");
        let path = dir.join("batch.zip");
        write_zip(
            &path,
            &[
                ("a.txt", b"Police arrested 3 men."),
                ("sub/b.html", b"<p>Soldiers killed 2 people.</p>"),
                ("../evil.txt", b"escape"),
                ("/etc/evil.txt", b"absolute"),
                ("__MACOSX/._a.txt", b"resource fork"),
            ],
        );
        let got = summary(items(Kind::Zip, &path, "batch.zip", LIMITS).collect());
        assert_eq!(
            got[0],
            ("batch.zip/a.txt".into(), "Police arrested 3 men.".into())
        );
        assert_eq!(got[1].0, "batch.zip/sub/b.html");
        assert!(
            got[2].1.starts_with("ERR archive member '../evil.txt'"),
            "{got:?}"
        );
        assert!(
            got[3].1.starts_with("ERR archive member '/etc/evil.txt'"),
            "{got:?}"
        );
        assert_eq!(got.len(), 4, "{got:?}");
    }

    #[test]
    fn zip_bomb_member_is_refused_by_ratio_and_the_next_is_read() {
        let dir = tempdir("bomb");
        let path = dir.join("bomb.zip");
        let zeros = vec![0u8; 8 << 20];
        write_zip(
            &path,
            &[("zeros.txt", &zeros), ("ok.txt", b"Rebels looted 4 shops.")],
        );
        let got = summary(items(Kind::Zip, &path, "bomb.zip", LIMITS).collect());
        assert!(got[0].1.contains("expands more than 100 times"), "{got:?}");
        assert_eq!(got[1].1, "Rebels looted 4 shops.");
    }

    #[test]
    fn member_over_max_bytes_is_refused_counting_real_bytes() {
        let dir = tempdir("big");
        let path = dir.join("big.zip");
        let text = "Soldiers looted a market. ".repeat(1000);
        write_zip(&path, &[("big.txt", text.as_bytes())]);
        let limits = Limits {
            member: 1000,
            total: 100_000,
        };
        let got = summary(items(Kind::Zip, &path, "big.zip", limits).collect());
        assert!(got[0].1.contains("over the limit of 1000 bytes"), "{got:?}");
    }

    #[test]
    fn tar_gz_members_in_order_and_escape_refused_and_jsonl_member_expanded() {
        let dir = tempdir("tgz");
        let path = dir.join("batch.tar.gz");
        write_tar_gz(
            &path,
            &[
                ("one.txt", b"Police arrested 3 men."),
                ("../../two.txt", b"escape"),
                (
                    "feed.jsonl",
                    b"{\"id\": \"x\", \"text\": \"t1\"}\n{\"text\": \"t2\"}\n",
                ),
            ],
        );
        let got = summary(items(Kind::TarGz, &path, "batch.tar.gz", LIMITS).collect());
        assert_eq!(
            got[0],
            (
                "batch.tar.gz/one.txt".into(),
                "Police arrested 3 men.".into()
            )
        );
        assert!(got[1].1.contains("climbs out with '..'"), "{got:?}");
        assert_eq!(got[2], ("x".into(), "t1".into()));
        assert_eq!(got[3], ("batch.tar.gz/feed.jsonl:2".into(), "t2".into()));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn tar_gz_bomb_stops_the_archive_with_a_reason() {
        let dir = tempdir("tgzbomb");
        let path = dir.join("bomb.tgz");
        let zeros = vec![0u8; 16 << 20];
        write_tar_gz(
            &path,
            &[
                ("ok.txt", b"Gunmen killed 5 people."),
                ("zeros.txt", &zeros),
            ],
        );
        let got = summary(items(Kind::TarGz, &path, "bomb.tgz", LIMITS).collect());
        assert_eq!(got[0].1, "Gunmen killed 5 people.");
        assert!(got[1].1.contains("expands more than 100 times"), "{got:?}");
        assert_eq!(got.len(), 2);
    }

    fn write_gz(path: &Path, bytes: &[u8]) {
        let mut gz = flate2::write::GzEncoder::new(
            File::create(path).unwrap(),
            flate2::Compression::default(),
        );
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap();
    }

    #[test]
    fn a_gz_file_is_its_one_member_named_without_gz() {
        let dir = tempdir("gz");
        let path = dir.join("mali.txt.gz");
        write_gz(&path, b"Soldiers killed 4 people in Sofara.");
        let got = summary(items(Kind::Gz, &path, "mali.txt.gz", LIMITS).collect());
        assert_eq!(
            got,
            [(
                "mali.txt.gz/mali.txt".to_string(),
                "Soldiers killed 4 people in Sofara.".to_string()
            )]
        );
        // A JSON Lines file keeps one document per line.
        let path = dir.join("feed.jsonl.gz");
        write_gz(
            &path,
            b"{\"id\": \"a\", \"text\": \"t1\"}\n{\"text\": \"t2\"}\n",
        );
        let got = summary(items(Kind::Gz, &path, "feed.jsonl.gz", LIMITS).collect());
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1], ("feed.jsonl.gz/feed.jsonl:2".into(), "t2".into()));
        assert_eq!(Kind::of(Path::new("x/Report.HTML.GZ")), Some(Kind::Gz));
        assert_eq!(Kind::of(Path::new("x/batch.tar.gz")), Some(Kind::TarGz));
    }

    #[test]
    fn a_gz_bomb_and_a_broken_gz_are_refused_with_reasons() {
        let dir = tempdir("gzbomb");
        let path = dir.join("zeros.txt.gz");
        write_gz(&path, &vec![0u8; 16 << 20]);
        let got = summary(items(Kind::Gz, &path, "zeros.txt.gz", LIMITS).collect());
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "zeros.txt.gz/zeros.txt");
        assert!(got[0].1.contains("expands more than 100 times"), "{got:?}");
        let path = dir.join("junk.txt.gz");
        std::fs::write(&path, b"this is not gzip").unwrap();
        let got = summary(items(Kind::Gz, &path, "junk.txt.gz", LIMITS).collect());
        assert_eq!(got.len(), 1);
        assert!(got[0].1.contains("could not be inflated"), "{got:?}");
    }

    #[test]
    fn not_an_archive_is_one_failed_item() {
        let dir = tempdir("junk");
        let path = dir.join("junk.zip");
        std::fs::write(&path, b"this is not a zip").unwrap();
        let got = summary(items(Kind::Zip, &path, "junk.zip", LIMITS).collect());
        assert_eq!(got.len(), 1);
        assert!(got[0].1.contains("not a readable zip file"), "{got:?}");
        let path = dir.join("junk.tar.gz");
        std::fs::write(&path, b"this is not gzip").unwrap();
        let got = summary(items(Kind::TarGz, &path, "junk.tar.gz", LIMITS).collect());
        assert_eq!(got.len(), 1);
        assert!(got[0].1.contains("could not read the archive"), "{got:?}");
    }
}
