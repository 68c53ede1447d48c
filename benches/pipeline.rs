//! Throughput of each stage and of the whole pipeline, in MB/s of report
//! text, and the gazetteer's load time.
//!
//! ```sh
//! cargo bench --bench pipeline              # everything
//! cargo bench --bench pipeline -- dates     # one group: dates, stages, pipeline, gazetteer
//! ```
//!
//! The reports: the bundled Mali chapter, and one year of the Amnesty
//! annual report (`../shared/corpus/amnesty-annual-report-text/2010.txt`,
//! 1.5 MB, 150 country chapters) when that folder exists beside the
//! repository. Stages are timed over every sentence of a report, with the
//! contexts the assembler gives them (reference date, country, acronyms);
//! the pipeline is bytes in, events out (ingest, reference, every
//! extractor, assembly), without writing tables.
//!
//! Times are the benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`),
//! not wall time: on a shared machine wall time mostly measures the other
//! processes (on the 2-core VM this was written on, wall time ran three to
//! four times the CPU time). On systems without that clock, wall time is
//! used. Everything measured runs on the benchmark's own thread.

use std::path::{Path, PathBuf};

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use eventcoder::document::Document;
use eventcoder::extract::actors::{self, ActorContext};
use eventcoder::extract::dates::{self, DateContext};
use eventcoder::extract::places::{self, PlaceContext};
use eventcoder::extract::{acts, counts};
use eventcoder::ingest::{self, KnownMeta};
use eventcoder::run::process_document;

/// CPU time of the calling thread, in nanoseconds.
struct ThreadCpuTime;

impl ThreadCpuTime {
    /// CPU time this thread has used, in nanoseconds.
    #[cfg(unix)]
    fn now() -> Option<u64> {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec for the call.
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
    }

    #[cfg(not(unix))]
    fn now() -> Option<u64> {
        None
    }
}

impl Measurement for ThreadCpuTime {
    /// CPU nanoseconds, and a wall-clock instant for where there are none.
    type Intermediate = (Option<u64>, std::time::Instant);
    type Value = f64;

    fn start(&self) -> Self::Intermediate {
        (ThreadCpuTime::now(), std::time::Instant::now())
    }

    fn end(&self, (cpu, wall): Self::Intermediate) -> f64 {
        match (cpu, ThreadCpuTime::now()) {
            (Some(a), Some(b)) => b.saturating_sub(a) as f64,
            _ => wall.elapsed().as_nanos() as f64,
        }
    }

    fn add(&self, a: &f64, b: &f64) -> f64 {
        a + b
    }

    fn zero(&self) -> f64 {
        0.0
    }

    fn to_f64(&self, value: &f64) -> f64 {
        *value
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanoseconds
    }
}

/// Formats nanoseconds as criterion does for wall time, and throughputs in
/// MB/s (10^6 bytes, as the README's figures) or elements/s.
struct Nanoseconds;

impl ValueFormatter for Nanoseconds {
    fn scale_values(&self, ns: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if ns < 1e3 {
            (1.0, "ns")
        } else if ns < 1e6 {
            (1e-3, "µs")
        } else if ns < 1e9 {
            (1e-6, "ms")
        } else {
            (1e-9, "s")
        };
        for v in values {
            *v *= factor;
        }
        unit
    }

    fn scale_throughputs(
        &self,
        _typical: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        let (per_iteration, unit, scale) = match *throughput {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) => (n as f64, "MB/s", 1e-6),
            Throughput::Elements(n) => (n as f64, "elem/s", 1.0),
        };
        for v in values {
            *v = per_iteration * scale / (*v * 1e-9);
        }
        unit
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

fn cpu_time() -> Criterion<ThreadCpuTime> {
    Criterion::default().with_measurement(ThreadCpuTime)
}

/// A report to measure on: its name in the results, path and bytes.
struct Report {
    name: &'static str,
    path: PathBuf,
    bytes: Vec<u8>,
}

fn reports() -> Vec<Report> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        (
            "mali-2021",
            root.join("fixtures/reports/amnesty-mali-2021.txt"),
        ),
        (
            "annual-2010",
            root.join("../shared/corpus/amnesty-annual-report-text/2010.txt"),
        ),
    ];
    candidates
        .into_iter()
        .filter_map(|(name, path)| {
            let bytes = std::fs::read(&path).ok()?;
            Some(Report { name, path, bytes })
        })
        .collect()
}

/// The document as the extractors see it: read, with its reference date
/// and country resolved.
fn document(r: &Report) -> Document {
    let mut doc = ingest::read_bytes(r.name, &r.path, &r.bytes, &KnownMeta::default())
        .unwrap_or_else(|e| panic!("{}: {e}", r.path.display()));
    eventcoder::reference::resolve(&mut doc);
    doc
}

/// Every sentence of a document with its offset.
fn sentences(doc: &Document) -> Vec<(&str, usize)> {
    doc.sentences
        .iter()
        .map(|s| (doc.slice(s.span), s.span.start))
        .collect()
}

fn date_context(doc: &Document) -> DateContext {
    DateContext {
        reference: doc.reference,
        previous: None,
        day_first: dates::infer_day_first(&doc.text),
    }
}

/// The date stage alone (issue 3's benchmark).
fn bench_dates(c: &mut Criterion<ThreadCpuTime>) {
    let mut group = c.benchmark_group("dates");
    group.sample_size(10);
    for r in reports() {
        let doc = document(&r);
        let ctx = date_context(&doc);
        let sentences = sentences(&doc);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(BenchmarkId::from_parameter(r.name), |b| {
            b.iter(|| {
                let mut n = 0;
                for &(text, base) in &sentences {
                    n += dates::extract(text, base, &ctx).len();
                }
                black_box(n)
            })
        });
    }
    group.finish();
}

/// Each extractor over every sentence of a report.
fn bench_stages(c: &mut Criterion<ThreadCpuTime>) {
    // The gazetteer and country tables load once, outside the timings.
    places::preload();
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    for r in reports() {
        let doc = document(&r);
        let sentences = sentences(&doc);
        let country_iso3 = doc.country.as_ref().map(|c| c.1.clone());
        let date_ctx = date_context(&doc);
        let place_ctx = PlaceContext {
            country_iso3: country_iso3.clone(),
        };
        let actor_ctx = ActorContext {
            country_iso3,
            acronyms: actors::learn_acronyms(&doc.text),
        };
        let _ = places::extract("Bamako", 0, &place_ctx);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        let mut stage = |stage: &str, f: &dyn Fn(&str, usize) -> usize| {
            group.bench_function(BenchmarkId::new(stage, r.name), |b| {
                b.iter(|| {
                    let mut n = 0;
                    for &(text, base) in &sentences {
                        n += f(text, base);
                    }
                    black_box(n)
                })
            });
        };
        stage("acts", &|t, b| acts::extract(t, b).len());
        stage("dates", &|t, b| dates::extract(t, b, &date_ctx).len());
        stage("counts", &|t, b| counts::extract(t, b).len());
        stage("places", &|t, b| places::extract(t, b, &place_ctx).len());
        stage("actors", &|t, b| actors::extract(t, b, &actor_ctx).len());
    }
    group.finish();
}

/// The whole pipeline: bytes in, events out, no tables written.
fn bench_pipeline(c: &mut Criterion<ThreadCpuTime>) {
    places::preload();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    for r in reports() {
        let _ = places::extract("Bamako", 0, &PlaceContext::default());
        group.throughput(Throughput::Bytes(r.bytes.len() as u64));
        group.bench_function(BenchmarkId::from_parameter(r.name), |b| {
            b.iter(|| {
                let doc = ingest::read_bytes(r.name, &r.path, &r.bytes, &KnownMeta::default())
                    .expect("the report reads");
                let (_, assembled) = process_document(doc);
                black_box(assembled.events.len())
            })
        });
    }
    group.finish();
}

/// Loading the gazetteer from the tables built into the binary (the target
/// is under 100 ms).
fn bench_gazetteer(c: &mut Criterion<ThreadCpuTime>) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(20);
    group.bench_function("load", |b| {
        b.iter(|| black_box(places::load_gazetteer_uncached()))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = cpu_time();
    targets = bench_gazetteer, bench_dates, bench_stages, bench_pipeline
}
criterion_main!(benches);
