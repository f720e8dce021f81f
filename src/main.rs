//! The trilingua command: parse arguments, run, map the outcome to an exit code.

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match commands::run(args) {
        Ok(outcome) => outcome.exit_code(),
        // A closed pipe (`trilingua search x | head`) is the reader's choice, not an error.
        Err(err) if is_broken_pipe(&err) => commands::Outcome::Success.exit_code(),
        Err(err) => {
            eprintln!("trilingua: error: {}", message(&err));
            commands::Outcome::Failed.exit_code()
        }
    }
}

/// The error and its causes, each cause once: the library's errors already name their cause
/// (`cannot read FILE: No such file or directory`), which the chain would repeat.
fn message(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
