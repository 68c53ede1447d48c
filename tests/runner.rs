//! The batch runner as a user meets it: identical tables whatever the
//! thread count, `--resume` that does no work twice, Ctrl-C that keeps what
//! was finished, and what is printed on stderr.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TABLES: [&str; 5] = [
    "events.csv",
    "casualties.csv",
    "places.csv",
    "documents.csv",
    "events.json",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn eventcoder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eventcoder"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run eventcoder")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eventcoder-runner-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A folder beside `dir`, for the output of a run over it.
fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir.file_name().unwrap().to_string_lossy();
    dir.with_file_name(format!("{name}-{suffix}"))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder of several documents: the bundled reports, the bad-input
/// fixtures and a few short notes of our own, in subfolders.
fn corpus(name: &str) -> PathBuf {
    let dir = tempdir(name);
    fs::create_dir_all(dir.join("reports")).unwrap();
    for entry in fs::read_dir(root().join("fixtures/reports")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join("reports").join(path.file_name().unwrap())).unwrap();
    }
    // Six of the bad-input fixtures (four bad, two good), named so these
    // tests do not change when fixtures/bad grows (tests/inputs.rs runs all).
    fs::create_dir_all(dir.join("bad")).unwrap();
    for f in [
        "empty.txt",
        "good-report.txt",
        "invalid-utf8.txt",
        "junk.bin",
        "latin1-report.txt",
        "truncated.html",
    ] {
        fs::copy(root().join("fixtures/bad").join(f), dir.join("bad").join(f)).unwrap();
    }
    fs::create_dir_all(dir.join("notes")).unwrap();
    let notes = [
        "Niger, 2022\n\nOn 4 March 2022, gunmen killed 12 villagers near Tillaberi.\n",
        "Chad, 2021\n\nOn 9 May 2021, police arrested 30 protesters in N'Djamena.\n",
        "Burkina Faso, 2023\n\nOn 2 February 2023, soldiers killed five men in Djibo.\n",
    ];
    for (i, text) in notes.iter().enumerate() {
        fs::write(dir.join("notes").join(format!("note-{i}.txt")), text).unwrap();
    }
    dir
}

fn extract(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "extract",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    eventcoder(&args)
}

fn assert_same_tables(a: &Path, b: &Path) {
    for t in TABLES {
        let (x, y) = (fs::read(a.join(t)).unwrap(), fs::read(b.join(t)).unwrap());
        assert!(
            x == y,
            "{t} differs between {} and {}",
            a.display(),
            b.display()
        );
    }
}

fn data_rows(path: &Path) -> usize {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .inspect(|r| assert!(r.is_ok(), "{}: {r:?}", path.display()))
        .count()
}

/// Hidden temporary files left in the output folder (the state file is
/// hidden too, but it is not temporary).
fn leftovers(out: &Path) -> Vec<String> {
    fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

#[test]
fn tables_are_identical_for_one_and_two_threads() {
    let input = corpus("jobs");
    let (one, two) = (sibling(&input, "out-1"), sibling(&input, "out-2"));
    let o1 = extract(&input, &one, &["--jobs", "1", "--quiet"]);
    let o2 = extract(&input, &two, &["--jobs", "2", "--quiet"]);
    // Two of the bad fixtures fail, so 1 is the expected exit code.
    assert_eq!(o1.status.code(), Some(1), "{}", stderr(&o1));
    assert_eq!(o2.status.code(), Some(1), "{}", stderr(&o2));
    assert_same_tables(&one, &two);
    // Every input has its row, in batch order (folders in name order).
    let ids: Vec<String> = csv::Reader::from_path(one.join("documents.csv"))
        .unwrap()
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(ids.len(), 11, "{ids:?}");
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(leftovers(&one).is_empty(), "{:?}", leftovers(&one));
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(one.join("events.json")).unwrap()).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        data_rows(&one.join("events.csv"))
    );
    for d in [input, one, two] {
        fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn resume_reuses_unchanged_documents_and_gives_the_same_tables() {
    let input = corpus("resume");
    let out = sibling(&input, "out");
    let fresh = sibling(&input, "fresh");
    let o = extract(&input, &out, &["--jobs", "2"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("11 documents (8 ok, 1 skipped, 2 failed, 0 reused)"),
        "{}",
        stderr(&o)
    );
    let hashes = csv::Reader::from_path(out.join("documents.csv"))
        .unwrap()
        .deserialize::<std::collections::HashMap<String, String>>()
        .map(|r| r.unwrap()["content_hash"].clone())
        .collect::<Vec<_>>();
    assert!(hashes.iter().all(|h| h.len() == 32), "{hashes:?}");

    // Nothing changed: every document is carried over, nothing extracted,
    // and the tables are byte for byte the same.
    let before: Vec<Vec<u8>> = TABLES
        .iter()
        .map(|t| fs::read(out.join(t)).unwrap())
        .collect();
    let o = extract(&input, &out, &["--resume", "--jobs", "2"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("11 documents"), "{}", stderr(&o));
    assert!(stderr(&o).contains("11 reused"), "{}", stderr(&o));
    // A failed document carried over is still reported.
    assert!(stderr(&o).contains("junk.bin"), "{}", stderr(&o));
    for (t, b) in TABLES.iter().zip(&before) {
        assert!(
            &fs::read(out.join(t)).unwrap() == b,
            "{t} changed on resume"
        );
    }

    // One document edited, one added: only those two are extracted, and
    // the tables are what a fresh run gives.
    fs::write(
        input.join("notes/note-1.txt"),
        "Chad, 2021\n\nOn 9 May 2021, police killed 3 protesters in N'Djamena.\n",
    )
    .unwrap();
    fs::write(
        input.join("notes/note-3.txt"),
        "Mali, 2022\n\nOn 8 April 2022, an explosive device killed four soldiers near Gao.\n",
    )
    .unwrap();
    let o = extract(&input, &out, &["--resume"]);
    assert!(stderr(&o).contains("12 documents"), "{}", stderr(&o));
    assert!(stderr(&o).contains("10 reused"), "{}", stderr(&o));
    let o = extract(&input, &fresh, &["--jobs", "1"]);
    assert!(stderr(&o).contains("0 reused"), "{}", stderr(&o));
    assert_same_tables(&out, &fresh);
    let events = fs::read_to_string(out.join("events.csv")).unwrap();
    assert!(
        events.contains("note-3.txt"),
        "the added note has its event"
    );

    // A table edited by hand: the state no longer describes it, so
    // everything is extracted again rather than trusted.
    let mut docs = fs::read_to_string(out.join("documents.csv")).unwrap();
    docs.push_str("extra line\n");
    fs::write(out.join("documents.csv"), docs).unwrap();
    let o = extract(&input, &out, &["--resume"]);
    assert!(
        stderr(&o).contains("documents.csv changed"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("0 reused"), "{}", stderr(&o));
    assert_same_tables(&out, &fresh);
    for d in [input, out, fresh] {
        fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn quiet_prints_only_failures_and_a_pipe_gets_no_progress_bar() {
    let input = corpus("quiet");
    let out = sibling(&input, "out");
    let o = extract(&input, &out, &["--quiet"]);
    let err = stderr(&o);
    assert!(err.contains("junk.bin"), "failures are errors: {err}");
    assert!(!err.contains("empty.txt"), "a skip is not an error: {err}");
    assert!(!err.contains("warning"), "{err}");
    assert!(!err.contains("documents ("), "no summary: {err}");

    // stderr is a pipe here: plain lines, never a bar's escape codes.
    let o = extract(&input, &out, &[]);
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("truncated.html: warning"), "{err}");
    assert!(
        err.lines()
            .last()
            .unwrap()
            .starts_with("eventcoder: 11 documents (8 ok, 1 skipped, 2 failed, 0 reused)"),
        "{err}"
    );
    for d in [input, out] {
        fs::remove_dir_all(d).unwrap();
    }
}

/// Ctrl-C in the middle of a batch: the finished documents are written as
/// complete tables, the exit code says "interrupted", and --resume does the
/// rest, ending with the tables an uninterrupted run writes.
#[cfg(unix)]
#[test]
fn ctrl_c_keeps_the_finished_documents_and_resume_completes_them() {
    use std::time::{Duration, Instant};

    let input = tempdir("sigint");
    let report = fs::read_to_string(root().join("fixtures/reports/amnesty-mali-2021.txt")).unwrap();
    // Enough documents that the batch is still running when the signal
    // comes: the signal is sent as soon as the tables are open, which is
    // before the gazetteer has loaded, and 7 MB take far longer than that.
    let copies = 600;
    for i in 0..copies {
        let dir = input.join(format!("part-{:02}", i / 100));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(format!("chapter-{i:04}.txt")), &report).unwrap();
    }
    let out = sibling(&input, "out");
    let whole = sibling(&input, "whole");
    fs::create_dir_all(&out).unwrap();

    let child = Command::new(env!("CARGO_BIN_EXE_eventcoder"))
        .args(["extract", input.to_str().unwrap(), "--out"])
        .arg(&out)
        .args(["--jobs", "1"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the tables are open: the batch has started.
    let started = Instant::now();
    while leftovers(&out).is_empty() {
        assert!(started.elapsed() < Duration::from_secs(60), "never started");
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(130), "{err}");
    assert!(err.contains("interrupted"), "{err}");
    assert!(err.contains("--resume"), "{err}");

    // Complete tables of the finished documents, nothing half-written.
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
    let finished = data_rows(&out.join("documents.csv"));
    assert!(finished < copies, "the batch was not stopped early");
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("events.json")).unwrap()).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        data_rows(&out.join("events.csv"))
    );
    // 28 events per chapter: every finished chapter has all of its rows.
    assert_eq!(data_rows(&out.join("events.csv")), 28 * finished);

    let o = extract(&input, &out, &["--resume", "--jobs", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("{finished} reused")),
        "{}",
        stderr(&o)
    );
    let o = extract(&input, &whole, &["--quiet", "--jobs", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_same_tables(&out, &whole);
    for d in [input, out, whole] {
        fs::remove_dir_all(d).unwrap();
    }
}
