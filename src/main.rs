//! The trilingua command: parse arguments, run, map the outcome to an exit code.

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match commands::run(args) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) => {
            eprintln!("trilingua: error: {err:#}");
            commands::Outcome::Failed.exit_code()
        }
    }
}
