//! The eventcoder binary: parse arguments, build a Config, run, exit code.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use eventcoder::eval;
use eventcoder::output::Formats;
use eventcoder::run::{self, Config};

// The pipeline's many small, short-lived vectors and strings: mimalloc
// serves them faster than the system allocator (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (v3's `mi_option_e`; the binding
/// crate names no constant for it): how long freed memory waits before it
/// is handed back to the system, 1,000 ms by default in v3 (options.c;
/// the header's comment still says 10). A test below checks the
/// index against that default.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

#[derive(Parser)]
#[command(
    name = "eventcoder",
    version,
    about = "Turn human-rights and conflict reports into ACLED/UCDP-style event tables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read reports (files or folders, recursively) and write event tables.
    Extract {
        /// Report files, folders, archives (.zip, .tar.gz), JSON Lines
        /// (.jsonl); "-" reads standard input.
        #[arg(required_unless_present = "files_from")]
        inputs: Vec<PathBuf>,
        /// Read more input paths from this file, one per line ("-": from
        /// standard input); blank lines and # comments are skipped.
        #[arg(long, value_name = "FILE")]
        files_from: Option<PathBuf>,
        /// Output folder.
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// CSV with columns path,published[,country,title]; paths relative
        /// to the manifest's folder.
        #[arg(long)]
        manifest: Option<PathBuf>,
        /// Tables to write: any of csv, json, jsonl.
        #[arg(long, default_value = "csv,json")]
        format: String,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Write text cells as they are: no apostrophe before cells that
        /// start with = + - @ (spreadsheet formula protection off).
        #[arg(long)]
        raw: bool,
        /// Largest document read, in bytes (a file, an archive member, a
        /// JSON line or standard input); an archive may expand to 8 times
        /// this in total.
        #[arg(long, default_value_t = 64 * 1024 * 1024)]
        max_bytes: u64,
        /// Print nothing but errors (no progress, no summary).
        #[arg(long, short)]
        quiet: bool,
        /// Carry over the rows of documents that an earlier run into the
        /// same --out folder extracted from the same bytes.
        #[arg(long)]
        resume: bool,
    },
    /// Print every mention the extractors find in one report, sentence by
    /// sentence, as JSON lines: why an event came out as it did.
    Explain {
        report: PathBuf,
        /// The report's publication date (YYYY-MM-DD), as a manifest gives it.
        #[arg(long)]
        published: Option<String>,
    },
    /// Measure accuracy against gold event tables.
    Eval {
        /// A dev table (dev-events.csv), or with --report the gold events of
        /// one report.
        gold: PathBuf,
        /// The report the gold events come from.
        #[arg(long, value_name = "REPORT")]
        report: Option<PathBuf>,
        /// Numbers that must never be reported as counts (with --report);
        /// default: <gold stem>.not-casualties.csv when it exists.
        #[arg(long)]
        not_casualties: Option<PathBuf>,
        /// Write the misses to this CSV.
        #[arg(long)]
        misses: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    // Freed memory goes back to the system after 1 ms, not 1 s: on two
    // threads the default delay let the peak grow by 30 MB (see Cargo.toml).
    // SAFETY: setting an option is a plain store mimalloc allows at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1) };
    let cli = Cli::parse();
    match real_main(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`eventcoder ... | head`) is not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("eventcoder: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// The first Ctrl-C (or SIGTERM) asks the batch to stop and write what is
/// finished; a second one exits at once (the tables keep their earlier
/// content, only hidden temporary files are left behind). The ctrlc crate
/// because it is the small, portable way to do exactly this (Unix signals
/// and the Windows console handler behind one call), where signal-hook
/// would be Unix-only machinery for one flag.
fn cancel_on_ctrl_c() -> Arc<AtomicBool> {
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let handler = move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(run::EXIT_INTERRUPTED);
        }
    };
    if let Err(e) = ctrlc::set_handler(handler) {
        eprintln!("eventcoder: warning: Ctrl-C will not stop the batch cleanly: {e}");
    }
    cancel
}

fn real_main(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Extract {
            mut inputs,
            files_from,
            out,
            manifest,
            format,
            jobs,
            raw,
            max_bytes,
            quiet,
            resume,
        } => {
            if let Some(list) = files_from {
                if list.as_os_str() == "-" && inputs.iter().any(|p| p.as_os_str() == "-") {
                    anyhow::bail!(
                        "standard input cannot be both the --files-from list and a document ('-')"
                    );
                }
                inputs.extend(eventcoder::ingest::sources::read_path_list(&list)?);
            }
            let formats = Formats::parse(&format)
                .map_err(anyhow::Error::msg)
                .context("--format")?;
            let config = Config {
                inputs,
                out,
                manifest,
                formats,
                raw,
                max_bytes,
                jobs,
                quiet,
                resume,
                cancel: Some(cancel_on_ctrl_c()),
            };
            let summary = run::run(&config, &mut |line| eprintln!("eventcoder: {line}"))?;
            if summary.interrupted {
                eprintln!(
                    "eventcoder: interrupted: the {} documents finished are written to {}; \
                     run again with --resume to do the rest",
                    summary.documents,
                    config.out.display()
                );
            } else if !quiet {
                eprintln!(
                    "eventcoder: {} documents ({} ok, {} skipped, {} failed, {} reused), {} events -> {}",
                    summary.documents,
                    summary.ok,
                    summary.skipped,
                    summary.failed,
                    summary.reused,
                    summary.events,
                    config.out.display()
                );
            }
            Ok(summary.exit_code() as u8)
        }
        Command::Explain { report, published } => {
            let published = match published {
                Some(p) => Some(
                    chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d")
                        .context("--published: use YYYY-MM-DD")?,
                ),
                None => None,
            };
            let known = eventcoder::ingest::KnownMeta {
                published,
                ..Default::default()
            };
            let stdout = std::io::stdout();
            let mut w = stdout.lock();
            run::explain(&report, &known, &mut w)?;
            w.flush()?;
            Ok(0)
        }
        Command::Eval {
            gold,
            report,
            not_casualties,
            misses,
        } => {
            let stdout = std::io::stdout();
            let mut w = stdout.lock();
            match report {
                None => {
                    let scores = eval::eval_dev(&gold)?;
                    eval::print_dev(&scores, &mut w)?;
                    if let Some(path) = misses {
                        let rows: Vec<Vec<String>> =
                            scores.misses.iter().map(|m| m.to_vec()).collect();
                        eval::write_misses(
                            &path,
                            &["source", "id", "field", "gold", "predicted", "text"],
                            &rows,
                        )
                        .with_context(|| path.display().to_string())?;
                    }
                }
                Some(report) => {
                    let nc = not_casualties.or_else(|| {
                        let name = gold
                            .file_name()?
                            .to_string_lossy()
                            .replace(".events.csv", ".not-casualties.csv");
                        let p = gold.with_file_name(name);
                        (p != gold && eval::exists(&p)).then_some(p)
                    });
                    let scores = eval::eval_report(&gold, &report, nc.as_deref())?;
                    eval::print_report(&scores, &mut w)?;
                    if let Some(path) = misses {
                        eval::write_misses(
                            &path,
                            &["quote", "field", "gold", "predicted"],
                            &scores.misses,
                        )
                        .with_context(|| path.display().to_string())?;
                    }
                }
            }
            w.flush()?;
            Ok(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    /// The option index set in `main` is the purge delay: its default is
    /// 1,000 ms (no other option defaults to that), and setting it reads back.
    #[test]
    fn purge_delay_option_index() {
        // SAFETY: reading and setting mimalloc options is always allowed.
        unsafe {
            assert_eq!(libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY), 1000);
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1);
            assert_eq!(libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY), 1);
        }
    }
}
