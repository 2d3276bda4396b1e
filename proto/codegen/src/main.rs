//! Regenerates `proto/src/gen/` from the `.proto` files under `proto/secureflow/`.
//!
//! The generated Rust code and the descriptor set are checked in, so building the
//! workspace needs neither protoc nor the Google API protos. This tool needs both:
//! protoc comes from the `protoc-bin-vendored` crate, the Google API imports from
//! `.proto-deps/googleapis` (filled by `scripts/proto-deps.sh` from PyPI).
//!
//! ```text
//! cargo run -p secureflow-proto-codegen            # rewrite proto/src/gen
//! cargo run -p secureflow-proto-codegen -- --check # fail if proto/src/gen is stale
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use secureflow_proto_codegen::{Layout, compare_dirs, generate};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode> {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => bail!("unknown argument `{other}` (expected nothing or `--check`)"),
    };
    let layout = Layout::from_workspace(&workspace_root()?)?;
    if !check {
        generate(&layout, &layout.generated_dir)?;
        println!("wrote {}", layout.generated_dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    let scratch = tempfile::tempdir().context("creating a scratch directory")?;
    generate(&layout, scratch.path())?;
    let differences = compare_dirs(scratch.path(), &layout.generated_dir)?;
    if differences.is_empty() {
        println!("{} is up to date", layout.generated_dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    for difference in &differences {
        eprintln!("stale: {difference}");
    }
    eprintln!("run `cargo run -p secureflow-proto-codegen` and commit the result");
    Ok(ExitCode::from(1))
}

fn workspace_root() -> Result<PathBuf> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .context("the codegen crate is expected at <workspace>/proto/codegen")
}
