//! Inputs end to end: the binary over bad inputs, archives, JSON Lines,
//! standard input and --files-from; and PDF against the text editions of
//! the same reports (skipped when ../shared is absent).

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn eventcoder(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eventcoder"))
        .args(args)
        .current_dir(root())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run eventcoder");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().expect("eventcoder output")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eventcoder-inputs-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A CSV table as maps from column name to cell.
fn table(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let h = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            h.iter()
                .zip(rec.iter())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn doc<'a>(
    docs: &'a [std::collections::HashMap<String, String>],
    id: &str,
) -> &'a std::collections::HashMap<String, String> {
    docs.iter().find(|r| r["doc_id"] == id).unwrap_or_else(|| {
        let ids: Vec<&String> = docs.iter().map(|r| &r["doc_id"]).collect();
        panic!("{id} not in documents.csv: {ids:?}")
    })
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A zip with one member of `gib` GiB of zeros: about 1 MB on disk per GiB.
fn write_zip_bomb(path: &Path, bytes: u64) {
    let mut zip = zip::ZipWriter::new(BufWriter::new(File::create(path).unwrap()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("zeros.txt", options).unwrap();
    let chunk = vec![0u8; 1 << 20];
    let mut written = 0;
    while written < bytes {
        zip.write_all(&chunk).unwrap();
        written += chunk.len() as u64;
    }
    zip.finish().unwrap();
}

#[test]
fn bad_inputs_each_get_a_reason_and_the_good_ones_are_extracted() {
    let dir = tempdir("bad");
    let inputs = dir.join("inputs");
    fs::create_dir_all(&inputs).unwrap();
    copy_dir(&root().join("fixtures/bad"), &inputs);
    // The large ones are made here, never committed.
    write_zip_bomb(&inputs.join("bomb.zip"), 1 << 30);
    assert!(fs::metadata(inputs.join("bomb.zip")).unwrap().len() < 4 << 20);
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(100_000));
    html.push_str("<p>On 8 August 2022, militiamen killed 5 farmers near Djibo.</p>");
    html.push_str(&"</div>".repeat(100_000));
    html.push_str("</body></html>");
    fs::write(inputs.join("deep.html"), html).unwrap();
    {
        let mut big = BufWriter::new(File::create(inputs.join("huge.txt")).unwrap());
        let line = "Nothing of note happened in the district that week.\n";
        for _ in 0..(200 << 20) / line.len() {
            big.write_all(line.as_bytes()).unwrap();
        }
    }
    let out = dir.join("out");
    let o = eventcoder(
        &[
            "extract",
            inputs.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "some failed: exit 1\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let docs = table(&out.join("documents.csv"));
    // (doc_id, status, part of the reason)
    let expected = [
        ("junk.bin", "failed", "binary file"),
        ("invalid-utf8.txt", "failed", "invalid UTF-8"),
        ("empty.txt", "skipped", "empty file"),
        ("encrypted.pdf", "failed", "encrypted PDF"),
        (
            "escape.zip/../../outside.txt",
            "failed",
            "archive member '../../outside.txt' has an absolute path or climbs out",
        ),
        (
            "escape.zip//tmp/absolute.txt",
            "failed",
            "archive member '/tmp/absolute.txt' has an absolute path",
        ),
        // With the default --max-bytes (64 MiB) the bomb's member stops at
        // the size limit before its ratio (100 to 1 past 1 MiB of ~1 MB
        // compressed) is reached; the unit tests in archive.rs take the
        // ratio path.
        (
            "bomb.zip/zeros.txt",
            "failed",
            "over the limit of 67108864 bytes",
        ),
        (
            "huge.txt",
            "failed",
            "209715168 bytes, over the limit of 67108864",
        ),
        ("feed.jsonl:2", "failed", "line 2: not a JSON object"),
        ("utf16-bom.txt", "ok", "converted from utf-16le"),
        ("deep.html", "ok", ""),
        ("escape.zip/inside/report.txt", "ok", ""),
        ("feed-1", "ok", ""),
        ("feed-3", "ok", ""),
    ];
    for (id, status, reason) in expected {
        let row = doc(&docs, id);
        assert_eq!(row["status"], status, "{id}: {row:?}");
        assert!(
            row["reason"].contains(reason),
            "{id}: reason {:?} should say {reason:?}",
            row["reason"]
        );
        if status == "failed" {
            // stderr names the file (for archive members, the archive)
            // and gives the same reason.
            let file = id.split(['/', ':']).next().unwrap();
            assert!(
                stderr
                    .lines()
                    .any(|l| l.contains(file) && l.contains(&row["reason"])),
                "stderr names {file} with its reason: {stderr}"
            );
        }
    }
    assert!(
        docs.iter().all(|r| !r["doc_id"].contains("__MACOSX")),
        "no hidden members"
    );

    // The good documents' events are all there, wherever they came from.
    let events = table(&out.join("events.csv"));
    let docs_with_events: HashSet<&str> = events.iter().map(|e| e["doc_id"].as_str()).collect();
    for id in [
        "good-report.txt",
        "latin1-report.txt",
        "utf16-bom.txt",
        "deep.html",
        "escape.zip/inside/report.txt",
        "feed-1",
        "feed-3",
    ] {
        assert!(
            docs_with_events.contains(id),
            "events of {id}: {docs_with_events:?}"
        );
    }
    let herders = events
        .iter()
        .find(|e| e["doc_id"] == "utf16-bom.txt")
        .unwrap();
    assert_eq!(herders["fatalities"], "7");
    let jsonl = events.iter().find(|e| e["doc_id"] == "feed-1").unwrap();
    assert_eq!(jsonl["arrested"], "11");
    assert_eq!(jsonl["date_start"], "2024-03-01");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn standard_input_is_one_document_or_json_lines() {
    let dir = tempdir("stdin");
    let out = dir.join("out");
    let report = "Somalia: raid on a village\n\nOn 14 April 2023, militants killed 9 villagers in Baidoa, elders said.\n";
    let o = eventcoder(
        &["extract", "-", "--out", out.to_str().unwrap()],
        Some(report.as_bytes()),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let events = table(&out.join("events.csv"));
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["doc_id"], "stdin");
    assert_eq!(events[0]["fatalities"], "9");

    let lines = "{\"id\": \"a\", \"text\": \"On 2 May 2023, police arrested 6 students in Kano.\"}\n\
                 {\"id\": \"b\", \"text\": \"On 3 May 2023, soldiers killed 2 fishermen in Baga.\"}\n";
    let o = eventcoder(
        &["extract", "-", "--out", out.to_str().unwrap()],
        Some(lines.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0));
    let docs = table(&out.join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn files_from_reads_a_list_of_paths() {
    let dir = tempdir("files-from");
    let reports = dir.join("reports");
    fs::create_dir_all(&reports).unwrap();
    fs::write(
        reports.join("one.txt"),
        "On 1 June 2022, gunmen abducted 4 nurses in Kidal.\n",
    )
    .unwrap();
    fs::write(
        reports.join("two.txt"),
        "On 2 June 2022, soldiers killed 3 herders in Menaka.\n",
    )
    .unwrap();
    // Relative paths are relative to the list's folder.
    fs::write(
        dir.join("list.txt"),
        "# today's reports\n\nreports/one.txt\n\n  # skipped too\nreports/two.txt\n",
    )
    .unwrap();
    let out = dir.join("out");
    let o = eventcoder(
        &[
            "extract",
            "--files-from",
            dir.join("list.txt").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let docs = table(&out.join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["one.txt", "two.txt"]);

    // The list itself from standard input.
    let list = format!("{}\n", reports.join("two.txt").display());
    let o = eventcoder(
        &[
            "extract",
            "--files-from",
            "-",
            "--out",
            out.to_str().unwrap(),
        ],
        Some(list.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0));
    let docs = table(&out.join("documents.csv"));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["doc_id"], "two.txt");

    // A list naming a missing file stops the batch before it starts.
    fs::write(dir.join("bad-list.txt"), "reports/missing.txt\n").unwrap();
    let o = eventcoder(
        &[
            "extract",
            "--files-from",
            dir.join("bad-list.txt").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.txt"));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn tar_gz_members_are_documents_named_after_the_archive() {
    let dir = tempdir("tgz");
    let path = dir.join("week.tar.gz");
    let gz =
        flate2::write::GzEncoder::new(File::create(&path).unwrap(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for (name, text) in [
        (
            "monday/a.txt",
            "On 6 March 2023, police arrested 8 traders in Mopti.\n",
        ),
        (
            "tuesday/b.html",
            "<html><body><p>On 7 March 2023, gunmen killed 4 villagers near Bandiagara.</p></body></html>",
        ),
    ] {
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, name, text.as_bytes())
            .unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap();
    let out = dir.join("out");
    let o = eventcoder(
        &[
            "extract",
            path.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let events = table(&out.join("events.csv"));
    let ids: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str()).collect();
    assert_eq!(
        ids,
        ["week.tar.gz/monday/a.txt", "week.tar.gz/tuesday/b.html"]
    );
    let docs = table(&out.join("documents.csv"));
    assert_eq!(docs[1]["format"], "html");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn pdf_fixture_gives_the_events_of_its_text() {
    let dir = tempdir("pdf");
    let out = dir.join("out");
    let o = eventcoder(
        &[
            "extract",
            "fixtures/pdf/two-pages.pdf",
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let events = table(&out.join("events.csv"));
    let quotes: Vec<&str> = events.iter().map(|e| e["quote"].as_str()).collect();
    // Joined across the line break ("ac-" "cording") and across the page
    // break; no running head or page number inside a quote.
    assert!(quotes.contains(
        &"On 4 March 2030, soldiers of the national army killed 12 civilians in the village of Tamba, according to residents who buried the dead."
    ), "{quotes:?}");
    assert!(quotes.contains(
        &"On 9 March 2030, gunmen abducted 3 teachers near the town of Dori and set fire to the school before they fled on motorbikes."
    ), "{quotes:?}");
    let docs = table(&out.join("documents.csv"));
    assert_eq!(docs[0]["format"], "pdf");
    let _ = fs::remove_dir_all(&dir);
}

// --- The annual reports: PDF against the text edition of the same book. ---

fn shared() -> Option<PathBuf> {
    let p = root().join("../shared/corpus");
    p.join("amnesty-annual-report-pdf").is_dir().then_some(p)
}

/// Lower-case letters and digits only: the text editions lost many spaces
/// ("WangBinyu,amigrantworker") and kept running heads and stray glyphs.
fn letters(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .flat_map(char::to_lowercase)
        .collect()
}

/// The share of the text edition's sentences (of 60 letters or more) whose
/// first and last 30 letters are both in the PDF's text.
fn sentence_recall(
    text_edition: &eventcoder::document::Document,
    pdf: &eventcoder::document::Document,
) -> f64 {
    let pdf_letters = letters(&pdf.text);
    let keys: Vec<String> = text_edition
        .sentences
        .iter()
        .map(|s| letters(text_edition.slice(s.span)))
        .filter(|k| k.len() >= 60)
        .collect();
    let found = keys
        .iter()
        .filter(|k| pdf_letters.contains(&k[..30]) && pdf_letters.contains(&k[k.len() - 30..]))
        .count();
    found as f64 / keys.len() as f64
}

#[test]
fn annual_report_pdfs_read_like_their_text_editions() {
    let Some(corpus) = shared() else {
        eprintln!("skipped: ../shared/corpus is absent");
        return;
    };
    use eventcoder::ingest::{self, KnownMeta};
    for (edition, min_recall) in [("2006-countries", 0.9), ("2011", 0.9)] {
        let pdf = corpus.join(format!("amnesty-annual-report-pdf/{edition}.pdf"));
        let txt = corpus.join(format!("amnesty-annual-report-text/{edition}.txt"));
        let from_pdf = ingest::read_file(edition, &pdf, &KnownMeta::default(), u64::MAX).unwrap();
        let from_txt = ingest::read_file(edition, &txt, &KnownMeta::default(), u64::MAX).unwrap();
        assert_eq!(from_pdf.meta.format, "pdf");
        let recall = sentence_recall(&from_txt, &from_pdf);
        let (_, pdf_events) = eventcoder::run::process_document(from_pdf);
        let (_, txt_events) = eventcoder::run::process_document(from_txt);
        let (pe, te) = (pdf_events.events.len(), txt_events.events.len());
        eprintln!(
            "{edition}: {:.3} of the text edition's long sentences found in the PDF text; events {pe} (PDF) vs {te} (text)",
            recall
        );
        assert!(
            recall >= min_recall,
            "{edition}: sentence recall {recall:.3}"
        );
        let ratio = pe as f64 / te as f64;
        assert!(
            (0.85..=1.15).contains(&ratio),
            "{edition}: {pe} events from the PDF, {te} from the text"
        );
    }
}

#[test]
fn damaged_annual_report_pdf_is_read_with_a_warning() {
    let Some(corpus) = shared() else {
        eprintln!("skipped: ../shared/corpus is absent");
        return;
    };
    // This file's cross-reference offsets are wrong and some page streams
    // are damaged: the table is rebuilt and the readable pages are read.
    let pdf = corpus.join("amnesty-annual-report-pdf/2007-countries.pdf");
    let doc =
        eventcoder::ingest::read_file("2007-countries.pdf", &pdf, &Default::default(), u64::MAX)
            .unwrap();
    assert!(doc.sentences.len() > 5000, "{}", doc.sentences.len());
    assert_eq!(doc.meta.warnings.len(), 1);
    assert!(
        doc.meta.warnings[0].contains("PDF pages could not be read"),
        "{:?}",
        doc.meta.warnings
    );
}
