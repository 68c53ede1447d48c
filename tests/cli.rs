//! The one integration test binary: runs the CLI on fixtures and compares
//! what a user would see.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.join("gold/README.md").exists().then_some(p)
}

fn eventcoder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventcoder"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run eventcoder")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eventcoder-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Compare two texts line by line and panic with the lines that differ,
/// so a failing golden test reads like a diff.
fn assert_same_lines(expected: &str, got: &str, what: &str) {
    if expected == got {
        return;
    }
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let mut report = String::new();
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            report.push_str(&format!(
                "line {}:\n  - {}\n  + {}\n",
                i + 1,
                a.unwrap_or("<none>"),
                b.unwrap_or("<none>")
            ));
        }
    }
    panic!("{what} differs (expected -, got +):\n{report}");
}

fn read_csv(path: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records().map(|r| r.unwrap()).collect()
}

fn header(path: &Path) -> csv::StringRecord {
    csv::Reader::from_path(path)
        .unwrap()
        .headers()
        .unwrap()
        .clone()
}

/// A table's rows, each a map from column name to value.
fn rows_by_column(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let h = header(path);
    read_csv(path)
        .iter()
        .map(|r| {
            h.iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn mali_chapter_gives_the_golden_events_csv() {
    let out = tempdir("golden");
    let o = eventcoder(&[
        "extract",
        "fixtures/reports/amnesty-mali-2021.txt",
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let got = fs::read_to_string(out.join("events.csv")).unwrap();
    let golden = root().join("fixtures/expected/amnesty-mali-2021.events.csv");
    if std::env::var_os("EVENTCODER_BLESS").is_some() {
        fs::write(&golden, &got).unwrap();
    }
    let expected = fs::read_to_string(&golden).unwrap();
    assert_same_lines(&expected, &got, "events.csv for the Mali chapter");
}

#[test]
fn events_csv_has_the_codebook_columns_in_order() {
    let out = tempdir("columns");
    eventcoder(&[
        "extract",
        "fixtures/reports/amnesty-mali-2021.txt",
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    let cols: Vec<String> = header(&out.join("events.csv"))
        .iter()
        .map(str::to_string)
        .collect();
    let want = "event_id,doc_id,date_start,date_end,date_precision,event_type,sub_event_type,actor1,actor1_type,actor2,actor2_type,location,admin1,admin2,country,iso3,latitude,longitude,geo_precision,fatalities,fatalities_low,fatalities_high,injured,arrested,disappeared,tortured,displaced,section,quote,char_start,char_end";
    assert_eq!(cols[..31].join(","), want);
    // events.json: the same events, numbers as numbers, missing as null.
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("events.json")).unwrap()).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), read_csv(&out.join("events.csv")).len());
    let bounti = rows
        .iter()
        .find(|r| {
            r["quote"]
                .as_str()
                .unwrap_or("")
                .contains("wedding celebrations")
        })
        .expect("the Bounti airstrike is an event");
    assert!(bounti["char_start"].is_u64());
    assert!(bounti["admin2"].is_null() || bounti["admin2"].is_string());
}

#[test]
fn text_and_html_versions_give_the_same_events() {
    let out_t = tempdir("text");
    let out_h = tempdir("html");
    let a = eventcoder(&[
        "extract",
        "fixtures/reports/amnesty-mali-2021.txt",
        "--out",
        out_t.to_str().unwrap(),
        "--quiet",
    ]);
    let b = eventcoder(&[
        "extract",
        "fixtures/reports/amnesty-mali-2021.html",
        "--out",
        out_h.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(b.status.code(), Some(0));
    // Everything but the ids and spans, which differ because the two texts
    // differ in white space and furniture.
    let strip = |path: &Path| -> String {
        let h = header(path);
        let skip: Vec<usize> = ["event_id", "doc_id", "char_start", "char_end"]
            .iter()
            .map(|c| h.iter().position(|x| x == *c).unwrap())
            .collect();
        read_csv(path)
            .iter()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .filter(|(i, _)| !skip.contains(i))
                    .map(|(_, v)| v)
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let text_events = strip(&out_t.join("events.csv"));
    assert!(!text_events.is_empty());
    assert_same_lines(
        &text_events,
        &strip(&out_h.join("events.csv")),
        "HTML events against text events",
    );
    // Page furniture (the cookie banner, the related-content box, the
    // script) never becomes an event.
    let html_csv = fs::read_to_string(out_h.join("events.csv")).unwrap();
    for furniture in ["cookie", "Burkina Faso: Armed groups", "99 people"] {
        assert!(
            !html_csv.contains(furniture),
            "furniture '{furniture}' became an event"
        );
    }
    let docs = rows_by_column(&out_h.join("documents.csv"));
    assert_eq!(&docs[0]["format"], "html");
    assert_eq!(&docs[0]["lang"], "en");
    assert_eq!(&docs[0]["title"], "Mali 2021");
    assert_eq!(&docs[0]["reference_date"], "2021-12-31");
    assert_eq!(&docs[0]["reference_source"], "header");
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let out = tempdir("bad");
    let o = eventcoder(&["extract", "fixtures/bad", "--out", out.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "some documents failed: exit code 1"
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    for name in [
        "junk.bin",
        "empty.txt",
        "invalid-utf8.txt",
        "truncated.html",
    ] {
        assert!(stderr.contains(name), "stderr names {name}: {stderr}");
    }
    let docs = rows_by_column(&out.join("documents.csv"));
    let find = |id: &str| {
        docs.iter()
            .find(|r| r["doc_id"] == id)
            .unwrap_or_else(|| panic!("{id} in documents.csv"))
    };
    assert_eq!(&find("junk.bin")["status"], "failed");
    assert!(find("junk.bin")["reason"].starts_with("binary file"));
    assert_eq!(&find("empty.txt")["status"], "skipped");
    assert!(find("empty.txt")["reason"].starts_with("empty file"));
    assert_eq!(&find("invalid-utf8.txt")["status"], "failed");
    assert!(find("invalid-utf8.txt")["reason"].starts_with("invalid UTF-8"));
    assert_eq!(&find("truncated.html")["status"], "ok");
    assert!(find("truncated.html")["reason"].starts_with("truncated HTML"));
    assert_eq!(&find("latin1-report.txt")["encoding"], "windows-1252");
    assert_eq!(
        &find("latin1-report.txt")["reason"],
        "converted from windows-1252"
    );

    // The good reports' events are all there.
    let events = fs::read_to_string(out.join("events.csv")).unwrap();
    assert!(events.contains("good-report.txt"));
    assert!(events.contains("latin1-report.txt"));
    assert!(
        events.contains("Tillabéri"),
        "converted text keeps its accents"
    );
    assert!(
        events.contains("truncated.html"),
        "what a truncated page holds is kept"
    );
}

/// A folder that holds its own output folder: the second run must not read
/// the first run's tables (events.json, events.csv, ...) back in as reports.
#[test]
fn the_output_folder_inside_an_input_folder_is_not_read() {
    let dir = tempdir("out-inside");
    fs::copy(
        root().join("fixtures/reports/amnesty-mali-2021.txt"),
        dir.join("mali.txt"),
    )
    .unwrap();
    let out = dir.join("output");
    let args = [
        "extract",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ];
    let first = eventcoder(&args);
    assert_eq!(
        first.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    let events = fs::read_to_string(out.join("events.csv")).unwrap();
    let second = eventcoder(&args);
    assert_eq!(
        second.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&second.stderr)
    );
    let docs: Vec<String> = read_csv(&out.join("documents.csv"))
        .iter()
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(docs, ["mali.txt"]);
    assert_same_lines(
        &events,
        &fs::read_to_string(out.join("events.csv")).unwrap(),
        "events.csv of the second run",
    );
}

/// Run extract on `dir/news` with the manifest `dir/docs.csv` into
/// `dir/out`, which it returns; the run must succeed.
fn extract_with_manifest(dir: &Path) -> PathBuf {
    let out = dir.join("out");
    let o = eventcoder(&[
        "extract",
        dir.join("news").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--manifest",
        dir.join("docs.csv").to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// A manifest row names an archive member as the archive's path and the
/// member's, and gives it its publication date and country.
#[test]
fn manifest_rows_reach_archive_members() {
    use std::io::Write;
    let dir = tempdir("manifest-zip");
    fs::create_dir_all(dir.join("news")).unwrap();
    let mut zip = zip::ZipWriter::new(fs::File::create(dir.join("news/batch.zip")).unwrap());
    for name in ["a/item.txt", "other.txt"] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"On 30 December, gunmen killed 2 civilians in Gao.\n")
            .unwrap();
    }
    zip.finish().unwrap();
    fs::write(
        dir.join("docs.csv"),
        "path,published,country\nnews/batch.zip/a/item.txt,2020-01-07,Mali\n",
    )
    .unwrap();
    let out = extract_with_manifest(&dir);
    let docs = rows_by_column(&out.join("documents.csv"));
    assert_eq!(&docs[0]["doc_id"], "batch.zip/a/item.txt");
    assert_eq!(&docs[0]["reference_date"], "2020-01-07");
    assert_eq!(&docs[0]["reference_source"], "manifest");
    assert_eq!(&docs[0]["iso3"], "MLI");
    // The member the manifest does not name has no manifest date.
    assert_eq!(&docs[1]["doc_id"], "batch.zip/other.txt");
    assert_ne!(&docs[1]["reference_source"], "manifest");
}

/// `explain` opens an archive: every member is explained under its own
/// doc_id line, and a member that cannot be read says why.
#[test]
fn explain_reads_every_member_of_an_archive() {
    use std::io::Write;
    let dir = tempdir("explain-zip");
    let zip_path = dir.join("batch.zip");
    let mut zip = zip::ZipWriter::new(fs::File::create(&zip_path).unwrap());
    let members: [(&str, &[u8]); 2] = [
        (
            "a.txt",
            b"On 3 May 2020, gunmen killed 4 villagers in Bankass.",
        ),
        ("junk.bin", b"\x00\x01\x02\x03binary\x00\x00"),
    ];
    for (name, bytes) in members {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    let o = eventcoder(&["explain", zip_path.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let heads: Vec<&serde_json::Value> =
        lines.iter().filter(|l| l.get("doc_id").is_some()).collect();
    assert_eq!(heads.len(), 2, "{lines:?}");
    assert_eq!(heads[0]["doc_id"], "batch.zip/a.txt");
    assert_eq!(heads[1]["doc_id"], "batch.zip/junk.bin");
    assert!(
        heads[1]["error"].as_str().unwrap().contains("binary"),
        "{:?}",
        heads[1]
    );
    let sentence = lines.iter().find(|l| l.get("sentence").is_some()).unwrap();
    assert_eq!(sentence["counts"][0]["best"], 4, "{sentence}");
}

#[test]
fn nothing_to_run_is_exit_code_2() {
    let out = tempdir("none");
    let o = eventcoder(&[
        "extract",
        "fixtures/does-not-exist",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("does-not-exist"));
    let o = eventcoder(&[
        "extract",
        "fixtures/bad/junk.bin",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "the only document failed");
}

#[test]
fn formula_cells_are_defused_unless_raw() {
    let dir = tempdir("formula");
    let report = dir.join("report.txt");
    fs::write(
        &report,
        "=HYPERLINK(\"http://x\") gunmen killed 3 civilians in Gao on 2 May 2021.\n",
    )
    .unwrap();
    let out = dir.join("out");
    eventcoder(&[
        "extract",
        report.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    let rows = read_csv(&out.join("events.csv"));
    let h = header(&out.join("events.csv"));
    let q = h.iter().position(|x| x == "quote").unwrap();
    assert!(rows[0][q].starts_with("'=HYPERLINK"), "{:?}", &rows[0][q]);
    // JSON is for programs: the raw text.
    let json = fs::read_to_string(out.join("events.json")).unwrap();
    assert!(json.contains("\"quote\": \"=HYPERLINK"));
    let raw = dir.join("raw");
    eventcoder(&[
        "extract",
        report.to_str().unwrap(),
        "--out",
        raw.to_str().unwrap(),
        "--quiet",
        "--raw",
    ]);
    assert!(read_csv(&raw.join("events.csv"))[0][q].starts_with("=HYPERLINK"));
}

#[test]
fn manifest_gives_the_reference_date() {
    let dir = tempdir("manifest");
    fs::create_dir_all(dir.join("news")).unwrap();
    fs::write(
        dir.join("news/item.txt"),
        "On 30 December, gunmen killed 2 civilians in Gao.\n",
    )
    .unwrap();
    fs::write(
        dir.join("docs.csv"),
        "path,published,country\nnews/item.txt,2020-01-07,Mali\n",
    )
    .unwrap();
    let out = extract_with_manifest(&dir);
    let docs = rows_by_column(&out.join("documents.csv"));
    assert_eq!(&docs[0]["doc_id"], "item.txt");
    assert_eq!(&docs[0]["reference_date"], "2020-01-07");
    assert_eq!(&docs[0]["reference_source"], "manifest");
    assert_eq!(&docs[0]["iso3"], "MLI");
    let events = read_csv(&out.join("events.csv"));
    let eh = header(&out.join("events.csv"));
    let ds = eh.iter().position(|x| x == "date_start").unwrap();
    assert_eq!(
        &events[0][ds], "2019-12-30",
        "a year-less date falls before the publication date"
    );
}

#[test]
fn event_ids_are_stable_across_runs_and_threads() {
    let a = tempdir("ids-a");
    let b = tempdir("ids-b");
    eventcoder(&[
        "extract",
        "fixtures/reports",
        "--out",
        a.to_str().unwrap(),
        "--quiet",
        "--jobs",
        "1",
    ]);
    eventcoder(&[
        "extract",
        "fixtures/reports",
        "--out",
        b.to_str().unwrap(),
        "--quiet",
        "--jobs",
        "2",
    ]);
    assert_eq!(
        fs::read_to_string(a.join("events.csv")).unwrap(),
        fs::read_to_string(b.join("events.csv")).unwrap()
    );
}

/// The acceptance on the Mali chapter, read from ../shared (skipped when it
/// is absent: the gold may not be copied into the project).
#[test]
fn gold_mali_chapter() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/gold not present");
        return;
    };
    let scores = eventcoder::eval::eval_report(
        &shared.join("gold/amnesty-mali-2021.events.csv"),
        &shared.join("corpus/amnesty-mali-2021.txt"),
        Some(&shared.join("gold/amnesty-mali-2021.not-casualties.csv")),
    )
    .unwrap();
    let mut report = Vec::new();
    eventcoder::eval::print_report(&scores, &mut report).unwrap();
    let report = String::from_utf8(report).unwrap();
    assert!(scores.found >= 22, "{report}");
    let (ok, n) = scores.core_agreement();
    assert!(ok as f64 >= 0.85 * n as f64, "{report}");
    assert!(scores.violations.is_empty(), "{report}");
}

/// eval runs on every dev row and beats the spaCy pipeline's headline
/// figures on every field it scores.
#[test]
fn gold_dev_events_beat_the_spacy_baseline() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/gold not present");
        return;
    };
    let scores = eventcoder::eval::eval_dev(&shared.join("gold/dev-events.csv")).unwrap();
    assert_eq!(scores.rows, 15_813);
    let mut report = Vec::new();
    eventcoder::eval::print_dev(&scores, &mut report).unwrap();
    let report = String::from_utf8(report).unwrap();
    let rate = |f: &str| scores.overall[f].rate().unwrap();
    for (field, baseline) in [
        ("date", 0.61),
        ("fatalities", 0.86),
        ("location", 0.55),
        ("admin1", 0.0),
        ("actor1", 0.20),
        ("actor1_type", 0.0),
        ("event_type", 0.0),
    ] {
        assert!(
            rate(field) > baseline,
            "{field}: {} <= {baseline}\n{report}",
            rate(field)
        );
    }
}

/// A multi-country annual report (read from ../shared, skipped when it is
/// absent): each country chapter is found with its country, and the events
/// of a chapter are coded in that country with its actors.
#[test]
fn annual_report_chapters_have_their_countries() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/corpus not present");
        return;
    };
    let path = shared.join("corpus/amnesty-annual-report-text/2009.txt");
    let text = fs::read_to_string(&path).unwrap();
    // The report says how many countries it covers ("in 157 countries and
    // territories"); the chapters found should be about that many.
    let stated: usize = regex::Regex::new(r"in (\d+) countries and territories")
        .unwrap()
        .captures(&text)
        .and_then(|c| c[1].parse().ok())
        .expect("the preface states the number of countries");
    let mut doc = eventcoder::document::Document::from_text("2009.txt", text, Default::default());
    eventcoder::reference::resolve(&mut doc);
    let found = doc.chapters.len();
    eprintln!("2009 annual report: {found} chapters found, {stated} countries stated");
    assert!(
        found.abs_diff(stated) <= 5,
        "{found} chapters for {stated} countries"
    );
    // The report's own country is none of its chapters'.
    assert_eq!(doc.country, None);

    let events = eventcoder::assemble::assemble(&doc).events;
    for (iso3, name) in [("MLI", "Mali"), ("ALB", "Albania"), ("NPL", "Nepal")] {
        let chapters: Vec<_> = doc
            .chapters
            .iter()
            .filter(|c| c.country.as_ref().is_some_and(|c| c.1 == iso3))
            .collect();
        assert_eq!(chapters.len(), 1, "one {name} chapter");
        let span = chapters[0].span;
        let inside: Vec<_> = events
            .iter()
            .filter(|e| span.start <= e.span.start && e.span.start < span.end)
            .collect();
        assert!(inside.len() >= 5, "{name}: {} events", inside.len());
        let in_country = inside
            .iter()
            .filter(|e| e.country.as_ref().is_some_and(|c| c.1 == iso3))
            .count();
        // An event the chapter tells of abroad ("migrants held for months
        // in Libya were sent back") is coded where it happened.
        assert!(
            in_country * 10 >= inside.len() * 8,
            "{name}: {in_country} of {} events in {name}",
            inside.len()
        );
        // Actors named after a country ("Government of Mali", "Civilians
        // (Mali)") name the chapter's.
        for e in &inside {
            for a in [&e.actor1, &e.actor2].into_iter().flatten() {
                if let Some(rest) = a.name.strip_prefix("Government of ") {
                    assert_eq!(rest, name, "{}", e.quote);
                }
                if let Some(rest) = a.name.strip_prefix("Civilians (") {
                    assert_eq!(rest, format!("{name})"), "{}", e.quote);
                }
            }
        }
    }
    // A state's own forces in its own chapter: "Military Forces of Mali" or
    // its police.
    let mali = doc
        .chapters
        .iter()
        .find(|c| c.country.as_ref().is_some_and(|c| c.1 == "MLI"))
        .unwrap()
        .span;
    assert!(events.iter().any(|e| {
        mali.start <= e.span.start
            && e.span.start < mali.end
            && [&e.actor1, &e.actor2]
                .into_iter()
                .flatten()
                .any(|a| a.name.ends_with("Forces of Mali"))
    }));

    // documents.csv says the report has many countries.
    let out = tempdir("annual");
    let o = eventcoder(&[
        "extract",
        path.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--format",
        "csv",
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docs = read_csv(&out.join("documents.csv"));
    let country = header(&out.join("documents.csv"))
        .iter()
        .position(|h| h == "country")
        .unwrap();
    assert_eq!(docs[0][country], format!("multiple ({found} chapters)"));
}
