//! What a run wrote for each document, kept beside the tables so that a
//! later `--resume` run carries an unchanged document's rows over instead
//! of extracting it again.
//!
//! The state is a hidden JSON Lines file in the output folder: one line per
//! document (its content hash and the byte range of its rows in each table
//! file), then one closing line with the build that wrote it, the `--raw`
//! setting and each table's length. Rows are copied byte for byte from the
//! earlier tables, so a resumed table is identical to a fresh one. The
//! state is renamed into place after the tables; a run that died between
//! the two renames leaves tables whose lengths no longer match, and the
//! state is then ignored (everything is extracted again) rather than
//! trusted.
//!
//! The content hash is XXH3-128 (the `xxhash-rust` crate): its output is
//! fixed by a published specification, the same on every platform and
//! version, and it hashes at memory speed, so hashing every input costs
//! nothing next to extraction. It only has to tell an edited document from
//! an unchanged one, not resist an attacker, so a cryptographic hash would
//! buy nothing here; 128 bits make an accidental collision between two
//! versions of a document out of reach even across millions of documents.

use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use super::{AtomicFile, Finished, Table};

/// The state file's name in the output folder (hidden, like the tables'
/// temporary files).
pub const STATE_FILE: &str = ".eventcoder-state.jsonl";

/// A document's content hash: XXH3-128 of its bytes, 32 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxh3_128(bytes))
}

/// What one document left in the tables.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocState {
    pub doc_id: String,
    pub content_hash: String,
    /// A hash of what else decides the document's rows besides its bytes:
    /// the metadata a manifest or the source gave, and the format the source
    /// named.
    pub inputs_hash: String,
    pub status: String,
    pub events: usize,
    pub bytes: u64,
    /// The line reported on stderr for it (a failure or warning), repeated
    /// when the document is carried over.
    pub message: Option<String>,
    /// The byte range of its rows in each table file, by file name.
    pub ranges: BTreeMap<String, (u64, u64)>,
}

/// The closing line: what the whole run was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunState {
    /// The eventcoder version and a hash of the program that wrote the
    /// tables: rows made by other code are never carried over.
    pub build: String,
    pub raw: bool,
    /// The length in bytes of each table file, by file name.
    pub tables: BTreeMap<String, u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Line {
    Doc(DocState),
    End(RunState),
}

/// The build that runs now: the version and an identity of the executable,
/// so that rows written before a code change are not mixed with rows the
/// new code writes.
///
/// On Linux the linker already hashed the program: the GNU build ID note
/// (a SHA-1 or similar of the linked output, read from the ELF headers in
/// a few kilobytes). Elsewhere, or in a binary linked without the note,
/// the executable is hashed whole (tens of MB: about 50 million
/// instructions, a few per cent of a run on one annual report).
pub fn build_id() -> String {
    let exe = std::env::current_exe();
    let exe = exe
        .as_ref()
        .ok()
        .and_then(|path| gnu_build_id(path).ok().flatten())
        .map(|id| format!("gnu-build-id:{id}"))
        .or_else(|| {
            let path = exe.as_ref().ok()?;
            fs::read(path).ok().map(|b| content_hash(&b))
        })
        .unwrap_or_else(|| "unknown".to_string());
    format!("eventcoder {} {exe}", env!("CARGO_PKG_VERSION"))
}

/// The GNU build ID of a 64-bit little-endian ELF file, in hex: the
/// description of the `NT_GNU_BUILD_ID` note (owner "GNU") in a `PT_NOTE`
/// segment. `None` for another format or a file without the note.
fn gnu_build_id(path: &Path) -> io::Result<Option<String>> {
    const PT_NOTE: u32 = 4;
    const NT_GNU_BUILD_ID: u32 = 3;
    let mut file = File::open(path)?;
    let mut header = [0u8; 64];
    file.read_exact(&mut header)?;
    // Magic, 64-bit class, little-endian data.
    if header[..4] != *b"\x7fELF" || header[4] != 2 || header[5] != 1 {
        return Ok(None);
    }
    let u16_at = |b: &[u8], at: usize| u16::from_le_bytes([b[at], b[at + 1]]);
    let u32_at = |b: &[u8], at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
    let u64_at = |b: &[u8], at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap());
    let (phoff, phentsize, phnum) = (
        u64_at(&header, 32),
        usize::from(u16_at(&header, 54)),
        usize::from(u16_at(&header, 56)),
    );
    if phentsize < 56 || phnum == 0 {
        return Ok(None);
    }
    let mut headers = vec![0u8; phentsize * phnum];
    file.seek(SeekFrom::Start(phoff))?;
    file.read_exact(&mut headers)?;
    for ph in headers.chunks_exact(phentsize) {
        let (offset, size) = (u64_at(ph, 8), u64_at(ph, 32));
        if u32_at(ph, 0) != PT_NOTE || size > 1 << 16 {
            continue;
        }
        let mut notes = vec![0u8; size as usize];
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(&mut notes)?;
        // Each note: name size, description size, type, then the name and
        // the description, each padded to 4 bytes.
        let mut at = 0;
        while at + 12 <= notes.len() {
            let name_size = u32_at(&notes, at) as usize;
            let desc_size = u32_at(&notes, at + 4) as usize;
            let kind = u32_at(&notes, at + 8);
            let name_at = at + 12;
            let desc_at = name_at + name_size.next_multiple_of(4);
            let end = desc_at + desc_size.next_multiple_of(4);
            if desc_at + desc_size > notes.len() {
                break;
            }
            if kind == NT_GNU_BUILD_ID && notes[name_at..name_at + name_size] == *b"GNU\0" {
                let desc = &notes[desc_at..desc_at + desc_size];
                if desc.is_empty() {
                    return Ok(None);
                }
                return Ok(Some(desc.iter().map(|b| format!("{b:02x}")).collect()));
            }
            at = end;
        }
    }
    Ok(None)
}

/// Writes the state of a run as its documents are written.
pub struct StateWriter {
    file: AtomicFile,
}

impl StateWriter {
    pub fn create(dir: &Path) -> io::Result<StateWriter> {
        Ok(StateWriter {
            file: AtomicFile::create(&dir.join(STATE_FILE))?,
        })
    }

    pub fn document(&mut self, doc: DocState) -> io::Result<()> {
        self.line(&Line::Doc(doc))
    }

    fn line(&mut self, line: &Line) -> io::Result<()> {
        let w = self.file.writer();
        serde_json::to_writer(&mut *w, line)?;
        w.write_all(b"\n")
    }

    /// Close with the run's line; the file is renamed after the tables.
    pub fn finish(mut self, run: RunState) -> io::Result<Finished> {
        self.line(&Line::End(run))?;
        self.file.finish()
    }
}

/// The documents of an earlier run that may be carried over, by doc_id.
#[derive(Debug, Default)]
pub struct Earlier {
    docs: HashMap<String, DocState>,
}

/// The earlier run's table files, open for copying rows out of them.
#[derive(Debug, Default)]
pub struct EarlierTables {
    files: HashMap<String, File>,
}

impl Earlier {
    /// Read the state an earlier run left in `dir`, if it can be trusted for
    /// a run of this build and `raw` setting that writes `tables`; the
    /// error says why nothing can be carried over.
    pub fn open(
        dir: &Path,
        build: &str,
        raw: bool,
        tables: &[Table],
    ) -> Result<(Earlier, EarlierTables), String> {
        let path = dir.join(STATE_FILE);
        let file = File::open(&path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => format!("no earlier run in {}", dir.display()),
            _ => format!("{}: {e}", path.display()),
        })?;
        let mut docs = HashMap::new();
        let mut end = None;
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| format!("{}: {e}", path.display()))?;
            if end.is_some() {
                return Err(format!("{}: lines after the end", path.display()));
            }
            match serde_json::from_str::<Line>(&line) {
                Ok(Line::Doc(d)) => {
                    docs.insert(d.doc_id.clone(), d);
                }
                Ok(Line::End(r)) => end = Some(r),
                Err(e) => return Err(format!("{} line {}: {e}", path.display(), i + 1)),
            }
        }
        let run = end.ok_or_else(|| format!("{}: incomplete", path.display()))?;
        if run.build != build {
            return Err("the earlier run was made by another build of eventcoder".to_string());
        }
        if run.raw != raw {
            let was = if run.raw { "with" } else { "without" };
            return Err(format!("the earlier run was made {was} --raw"));
        }
        let mut files = HashMap::new();
        for t in tables {
            let name = t.file_name();
            let Some(&len) = run.tables.get(name) else {
                return Err(format!("the earlier run did not write {name}"));
            };
            let table_path = dir.join(name);
            let file = File::open(&table_path).map_err(|e| format!("{name}: {e}"))?;
            let now = file.metadata().map_err(|e| format!("{name}: {e}"))?.len();
            if now != len {
                return Err(format!("{name} changed since the earlier run"));
            }
            files.insert(name.to_string(), file);
        }
        Ok((Earlier { docs }, EarlierTables { files }))
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Take the earlier state of a document if its rows can be carried
    /// over: same doc_id, same bytes, same metadata.
    pub fn take(
        &mut self,
        doc_id: &str,
        content_hash: &str,
        inputs_hash: &str,
    ) -> Option<DocState> {
        let d = self.docs.get(doc_id)?;
        if d.content_hash == content_hash && d.inputs_hash == inputs_hash {
            self.docs.remove(doc_id)
        } else {
            None
        }
    }
}

impl EarlierTables {
    /// The bytes of one document's rows in one earlier table.
    pub fn rows(&mut self, table: Table, doc: &DocState) -> io::Result<Vec<u8>> {
        let name = table.file_name();
        let (Some(&(start, end)), Some(file)) = (doc.ranges.get(name), self.files.get_mut(name))
        else {
            return Err(io::Error::other(format!(
                "{name}: no rows recorded for {}",
                doc.doc_id
            )));
        };
        let mut bytes = vec![0; end.saturating_sub(start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut bytes)?;
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_fixed_by_the_bytes() {
        // XXH3-128 is specified: the same bytes give the same digits on
        // every platform and version, which is what lets a state file be
        // trusted by a later run.
        assert_eq!(content_hash(b"abc"), content_hash(b"abc"));
        assert_ne!(content_hash(b"abc"), content_hash(b"abd"));
        assert_eq!(content_hash(b"").len(), 32);
    }

    #[test]
    fn build_id_names_this_executable_and_is_stable() {
        let id = build_id();
        assert!(id.starts_with("eventcoder "), "{id}");
        assert!(!id.ends_with("unknown"), "{id}");
        assert_eq!(build_id(), id);
        // On Linux the test binary is an ELF file, usually with the
        // linker's build ID note.
        let exe = std::env::current_exe().unwrap();
        if let Ok(Some(gnu)) = gnu_build_id(&exe) {
            assert!(
                gnu.len() >= 16 && gnu.bytes().all(|b| b.is_ascii_hexdigit()),
                "{gnu}"
            );
            assert!(id.ends_with(&format!("gnu-build-id:{gnu}")), "{id}");
        }
        assert_eq!(gnu_build_id(Path::new("Cargo.toml")).unwrap(), None);
    }

    fn doc(id: &str, hash: &str) -> DocState {
        DocState {
            doc_id: id.to_string(),
            content_hash: hash.to_string(),
            inputs_hash: "m".to_string(),
            status: "ok".to_string(),
            events: 1,
            bytes: 10,
            message: None,
            ranges: BTreeMap::from([("documents.csv".to_string(), (4, 8))]),
        }
    }

    #[test]
    fn state_round_trips_and_is_refused_when_a_table_changed() {
        let dir = std::env::temp_dir().join(format!("ec-state-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("documents.csv"), b"head1234").unwrap();
        let mut w = StateWriter::create(&dir).unwrap();
        w.document(doc("a.txt", "h1")).unwrap();
        let run = RunState {
            build: "b".to_string(),
            raw: false,
            tables: BTreeMap::from([("documents.csv".to_string(), 8)]),
        };
        w.finish(run).unwrap().rename().unwrap();

        let tables = [Table::Documents];
        let (mut earlier, mut files) = Earlier::open(&dir, "b", false, &tables).unwrap();
        assert_eq!(earlier.len(), 1);
        assert!(earlier.take("a.txt", "h2", "m").is_none(), "other bytes");
        assert!(earlier.take("a.txt", "h1", "other").is_none(), "other meta");
        let d = earlier.take("a.txt", "h1", "m").unwrap();
        assert_eq!(files.rows(Table::Documents, &d).unwrap(), b"1234");

        assert!(Earlier::open(&dir, "other build", false, &tables).is_err());
        assert!(Earlier::open(&dir, "b", true, &tables).is_err());
        let err = Earlier::open(&dir, "b", false, &[Table::Events]).unwrap_err();
        assert!(err.contains("did not write events.csv"), "{err}");
        fs::write(dir.join("documents.csv"), b"edited by hand").unwrap();
        let err = Earlier::open(&dir, "b", false, &tables).unwrap_err();
        assert!(err.contains("changed"), "{err}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
