//! Output: the table rows (serde structs) and their writers.
//!
//! Tables are written as the batch goes, one document's rows after the
//! other, to temporary files in the output folder, and all renamed into
//! place at the end, so a crash never leaves a half-written table.
//! [`resume`] records where each document's rows are, so a later run can
//! carry them over; [`progress`] tells the user how far the batch is.
//! Text cells that a spreadsheet would run as a formula are defused (see
//! [`defuse`]) unless the caller asks for raw output.

pub mod progress;
pub mod resume;
pub mod rows;

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

/// Which tables to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    pub csv: bool,
    pub json: bool,
    pub jsonl: bool,
}

impl Default for Formats {
    fn default() -> Formats {
        Formats {
            csv: true,
            json: true,
            jsonl: false,
        }
    }
}

impl Formats {
    /// Parse "csv,json,jsonl".
    pub fn parse(s: &str) -> Result<Formats, String> {
        let mut f = Formats {
            csv: false,
            json: false,
            jsonl: false,
        };
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "csv" => f.csv = true,
                "json" => f.json = true,
                "jsonl" => f.jsonl = true,
                other => return Err(format!("unknown format '{other}': use csv, json or jsonl")),
            }
        }
        if !(f.csv || f.json || f.jsonl) {
            return Err("no output format given: use csv, json or jsonl".to_string());
        }
        Ok(f)
    }
}

/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// run as a formula by Excel and LibreOffice (CSV injection). Such a text
/// cell gets a leading apostrophe, which spreadsheets show as text and
/// hide. Numbers are never passed through here, so "-8.0" stays a number.
pub fn defuse(s: &str) -> String {
    defuse_cow(s).into_owned()
}

/// [`defuse`] that copies only a cell it changes: the table rows borrow
/// the others from the event.
pub fn defuse_cow(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// A file written under a temporary name in its final folder. It becomes
/// visible under its real name only through [`Finished::rename`], after
/// [`AtomicFile::finish`] has flushed and synced it; dropped before that,
/// the temporary file is removed.
pub struct AtomicFile {
    tmp: PathBuf,
    dest: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let name = dest.file_name().and_then(|n| n.to_str()).unwrap_or("table");
        let tmp = dest.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&tmp)?;
        Ok(AtomicFile {
            tmp,
            dest: dest.to_path_buf(),
            writer: Some(BufWriter::with_capacity(256 * 1024, file)),
        })
    }

    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer.as_mut().expect("not finished yet")
    }

    /// Flush and sync the file; it still has its temporary name.
    pub fn finish(mut self) -> io::Result<Finished> {
        let writer = self.writer.take().expect("finished once");
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(Finished {
            tmp: std::mem::take(&mut self.tmp),
            dest: std::mem::take(&mut self.dest),
            renamed: false,
        })
    }

    /// Finish and rename at once (a single file on its own).
    pub fn commit(self) -> io::Result<()> {
        self.finish()?.rename()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Remove the temporary files that a run killed outright (a second
/// Ctrl-C, `kill -9`, a power cut) left in `dir`: hidden files named
/// `.NAME.tmp-PID` after one of `names`, whose process no longer exists.
/// Only Linux can tell that cheaply (`/proc/PID`); elsewhere nothing is
/// removed rather than risk a file another run is still writing. Returns
/// the files removed.
pub fn remove_stale_temporaries(dir: &Path, names: &[&str]) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str() else {
            continue;
        };
        let Some((table, pid)) = name.strip_prefix('.').and_then(|n| n.rsplit_once(".tmp-")) else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if names.contains(&table) && pid != std::process::id() && !process_exists(pid) {
            let path = entry.path();
            if fs::remove_file(&path).is_ok() {
                removed.push(path);
            }
        }
    }
    removed
}

#[cfg(target_os = "linux")]
fn process_exists(pid: u32) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_exists(_pid: u32) -> bool {
    true
}

/// A complete file under its temporary name, waiting for its rename (the
/// batch renames all its tables together at the very end).
pub struct Finished {
    tmp: PathBuf,
    dest: PathBuf,
    renamed: bool,
}

impl Finished {
    pub fn rename(mut self) -> io::Result<()> {
        fs::rename(&self.tmp, &self.dest)?;
        self.renamed = true;
        Ok(())
    }
}

impl Drop for Finished {
    fn drop(&mut self) {
        if !self.renamed {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// The tables a batch writes. documents.csv is always written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Events,
    Casualties,
    Places,
    EventsJson,
    EventsJsonl,
    Documents,
}

/// How a table's rows are laid out in its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Csv,
    /// One pretty-printed JSON array, elements indented by two spaces.
    JsonArray,
    JsonLines,
}

impl Table {
    pub const ALL: [Table; 6] = [
        Table::Events,
        Table::Casualties,
        Table::Places,
        Table::EventsJson,
        Table::EventsJsonl,
        Table::Documents,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            Table::Events => "events.csv",
            Table::Casualties => "casualties.csv",
            Table::Places => "places.csv",
            Table::EventsJson => "events.json",
            Table::EventsJsonl => "events.jsonl",
            Table::Documents => "documents.csv",
        }
    }

    fn shape(self) -> Shape {
        match self {
            Table::EventsJson => Shape::JsonArray,
            Table::EventsJsonl => Shape::JsonLines,
            _ => Shape::Csv,
        }
    }

    /// The tables the formats ask for, in a fixed order.
    pub fn wanted(formats: Formats) -> Vec<Table> {
        Table::ALL
            .into_iter()
            .filter(|t| match t {
                Table::Events | Table::Casualties | Table::Places => formats.csv,
                Table::EventsJson => formats.json,
                Table::EventsJsonl => formats.jsonl,
                Table::Documents => true,
            })
            .collect()
    }
}

/// Render rows as CSV records without a header: one document's share of a
/// table, ready for [`TableWriter::append`].
pub fn csv_rows<T: Serialize>(rows: &[T]) -> io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for row in rows {
        w.serialize(row)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// Render rows as JSON Lines.
pub fn jsonl_rows<T: Serialize>(rows: &[T]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    for row in rows {
        serde_json::to_writer(&mut out, row)?;
        out.push(b'\n');
    }
    Ok(out)
}

/// Render rows as elements of the pretty-printed array in events.json:
/// each element indented one level and separated by ",\n  ", exactly as
/// `serde_json::to_writer_pretty` lays out a whole array, so the file
/// does not depend on how its elements were batched.
pub fn json_array_elements<T: Serialize>(rows: &[T]) -> io::Result<Vec<u8>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // The whole slice pretty-printed is "[\n  " + the elements + "\n]":
    // keep the middle.
    let mut out = Vec::new();
    serde_json::to_writer_pretty(&mut out, rows)?;
    debug_assert!(out.starts_with(b"[\n  ") && out.ends_with(b"\n]"));
    out.truncate(out.len() - 2);
    out.drain(..4);
    Ok(out)
}

/// One table written as the batch goes: the header first, then each
/// document's rows in batch order, under a temporary name until the batch
/// renames every table at once.
pub struct TableWriter {
    table: Table,
    file: AtomicFile,
    /// Bytes written so far: where the next document's rows start.
    position: u64,
    /// No element written yet (JSON array: decides the separator).
    empty: bool,
}

impl TableWriter {
    /// Create the temporary file in `dir` and write the header (CSV) or
    /// the opening bracket (JSON).
    pub fn create(dir: &Path, table: Table, csv_header: Option<Vec<String>>) -> io::Result<Self> {
        let mut w = TableWriter {
            table,
            file: AtomicFile::create(&dir.join(table.file_name()))?,
            position: 0,
            empty: true,
        };
        match table.shape() {
            Shape::Csv => {
                let header = csv_header.unwrap_or_default();
                let bytes = csv_rows(&[header])?;
                w.write(&bytes)?;
            }
            Shape::JsonArray => w.write(b"[")?,
            Shape::JsonLines => {}
        }
        Ok(w)
    }

    pub fn table(&self) -> Table {
        self.table
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.writer().write_all(bytes)?;
        self.position += bytes.len() as u64;
        Ok(())
    }

    /// Append one document's rows (as rendered by [`csv_rows`],
    /// [`json_array_elements`] or [`jsonl_rows`], or copied from an earlier
    /// run) and return their byte range in the file. No rows, no bytes.
    pub fn append(&mut self, rows: &[u8]) -> io::Result<(u64, u64)> {
        if rows.is_empty() {
            return Ok((self.position, self.position));
        }
        if self.table.shape() == Shape::JsonArray {
            self.write(if self.empty { b"\n  " } else { b",\n  " })?;
        }
        self.empty = false;
        let start = self.position;
        self.write(rows)?;
        Ok((start, self.position))
    }

    /// Close the table (the closing bracket for JSON) and sync it; it is
    /// renamed into place later, with the others.
    pub fn finish(mut self) -> io::Result<(u64, Finished)> {
        if self.table.shape() == Shape::JsonArray {
            self.write(if self.empty { b"]\n" } else { b"\n]\n" })?;
        }
        Ok((self.position, self.file.finish()?))
    }
}

/// The column names of a row type, in field order.
pub fn header<T: Serialize + Default>() -> io::Result<Vec<String>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.serialize(T::default())?;
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    Ok(r.headers()?.iter().map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("+1"), "'+1");
        assert_eq!(defuse("-2+3"), "'-2+3");
        assert_eq!(defuse("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse("\tx"), "'\tx");
        assert_eq!(defuse("Soldiers killed 3"), "Soldiers killed 3");
    }

    #[test]
    fn formats_parse() {
        assert_eq!(
            Formats::parse("csv,jsonl").unwrap(),
            Formats {
                csv: true,
                json: false,
                jsonl: true
            }
        );
        assert!(Formats::parse("xml").is_err());
    }

    #[derive(Serialize)]
    struct Row {
        name: &'static str,
        n: Option<u32>,
        list: Vec<u8>,
    }

    fn rows() -> Vec<Row> {
        (0..4)
            .map(|i| Row {
                name: "line one\nline two, \"quoted\"",
                n: (i % 2 == 0).then_some(i),
                list: vec![1, 2],
            })
            .collect()
    }

    /// Write `batches` of rows through a TableWriter and read the file.
    fn streamed(table: Table, batches: &[&[Row]], header: Option<Vec<String>>) -> String {
        let dir = std::env::temp_dir().join(format!("ec-stream-{}-{table:?}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let mut w = TableWriter::create(&dir, table, header).unwrap();
        for rows in batches {
            let bytes = match table {
                Table::EventsJson => json_array_elements(rows).unwrap(),
                Table::EventsJsonl => jsonl_rows(rows).unwrap(),
                _ => csv_rows(rows).unwrap(),
            };
            let (start, end) = w.append(&bytes).unwrap();
            assert_eq!(end - start, bytes.len() as u64);
        }
        w.finish().unwrap().1.rename().unwrap();
        let text = fs::read_to_string(dir.join(table.file_name())).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        text
    }

    #[test]
    fn streamed_json_array_is_what_serde_json_writes_for_the_whole_array() {
        let all = rows();
        let whole = serde_json::to_string_pretty(&all).unwrap() + "\n";
        let batches: [&[Row]; 4] = [&all[..1], &[], &all[1..3], &all[3..]];
        assert_eq!(streamed(Table::EventsJson, &batches, None), whole);
        let empty = serde_json::to_string_pretty(&Vec::<Row>::new()).unwrap() + "\n";
        assert_eq!(streamed(Table::EventsJson, &[&[]], None), empty);
        let lines = streamed(Table::EventsJsonl, &batches, None);
        assert_eq!(lines.lines().count(), 4);
    }

    #[test]
    fn streamed_csv_is_what_the_csv_writer_writes_for_the_whole_table() {
        #[derive(Serialize)]
        struct Flat {
            name: &'static str,
            n: Option<u32>,
        }
        let all: Vec<Flat> = rows()
            .iter()
            .map(|r| Flat {
                name: r.name,
                n: r.n,
            })
            .collect();
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in &all {
            w.serialize(r).unwrap();
        }
        let whole = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let header = Some(vec!["name".to_string(), "n".to_string()]);
        let batches: [&[Flat]; 3] = [&all[..2], &[], &all[2..]];
        let dir = std::env::temp_dir().join(format!("ec-stream-csv-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let mut t = TableWriter::create(&dir, Table::Events, header).unwrap();
        for b in batches {
            t.append(&csv_rows(b).unwrap()).unwrap();
        }
        t.finish().unwrap().1.rename().unwrap();
        assert_eq!(fs::read_to_string(dir.join("events.csv")).unwrap(), whole);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn temporaries_of_dead_runs_are_removed_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("ec-stale-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        // Linux process ids stay below 2^22, so this one is dead.
        let dead = dir.join(".events.csv.tmp-999999999");
        let mine = dir.join(format!(".events.csv.tmp-{}", std::process::id()));
        let other = dir.join(".notes.txt.tmp-999999999");
        for f in [&dead, &mine, &other] {
            fs::write(f, "x").unwrap();
        }
        let removed = remove_stale_temporaries(&dir, &["events.csv"]);
        assert_eq!(removed, vec![dead.clone()]);
        assert!(!dead.exists() && mine.exists() && other.exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn atomic_file_leaves_nothing_when_dropped() {
        let dir = std::env::temp_dir().join(format!("ec-atomic-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let dest = dir.join("events.csv");
        {
            let mut f = AtomicFile::create(&dest).unwrap();
            f.writer().write_all(b"half").unwrap();
        }
        assert!(!dest.exists());
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
        let mut f = AtomicFile::create(&dest).unwrap();
        f.writer().write_all(b"whole").unwrap();
        f.commit().unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "whole");
        fs::remove_dir_all(&dir).unwrap();
    }
}
