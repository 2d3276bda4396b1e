//! The web UI's built files are embedded at compile time (`src/web.rs`);
//! rebuild when any of them changes, appears or goes (the embedding macro
//! alone notices only changes to the files it embedded last time).

fn main() {
    println!("cargo:rerun-if-changed=../clients/web/dist");
}
