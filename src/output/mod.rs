//! Output: the table rows (serde structs) and their writers.
//!
//! Tables are written to temporary files in the output folder and renamed
//! into place at the end, so a crash never leaves a half-written table.
//! Text cells that a spreadsheet would run as a formula are defused (see
//! [`defuse`]) unless the caller asks for raw output.

pub mod rows;

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
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// A file written under a temporary name and renamed into place by
/// [`AtomicFile::commit`]; dropped without commit, it is removed.
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
            writer: Some(BufWriter::new(file)),
        })
    }

    pub fn writer(&mut self) -> &mut BufWriter<File> {
        self.writer.as_mut().expect("not committed yet")
    }

    pub fn commit(mut self) -> io::Result<()> {
        let writer = self.writer.take().expect("committed once");
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&self.tmp, &self.dest)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Write rows as a CSV table, atomically. The header comes from the row
/// type's fields (serialized from a default row), so the columns are named
/// in one place and an empty table still has them.
pub fn write_csv<T: Serialize + Default>(path: &Path, rows: &[T]) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(file.writer());
        w.write_record(header::<T>()?)?;
        for row in rows {
            w.serialize(row)?;
        }
        w.flush()?;
    }
    file.commit()
}

/// The column names of a row type, in field order.
pub fn header<T: Serialize + Default>() -> io::Result<Vec<String>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.serialize(T::default())?;
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    Ok(r.headers()?.iter().map(str::to_string).collect())
}

/// Write rows as one JSON array, atomically.
pub fn write_json<T: Serialize>(path: &Path, rows: &[T]) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    serde_json::to_writer_pretty(file.writer(), rows)?;
    file.writer().write_all(b"\n")?;
    file.commit()
}

/// Write rows as JSON Lines, atomically.
pub fn write_jsonl<T: Serialize>(path: &Path, rows: &[T]) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    for row in rows {
        serde_json::to_writer(file.writer(), row)?;
        file.writer().write_all(b"\n")?;
    }
    file.commit()
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
