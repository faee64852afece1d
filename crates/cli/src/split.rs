use std::io::{BufRead, BufWriter, Write};

use crate::Failure;

#[derive(clap::Args)]
pub struct Args {
    /// Print byte offsets (`start<TAB>end<TAB>sentence`) into the input.
    #[arg(long)]
    offsets: bool,
}

/// Reads stdin line by line (a line break always ends a sentence), so memory stays flat
/// however long the input is.
pub fn run(args: Args) -> Result<(), Failure> {
    let splitter = tidings::segment::Splitter::english();
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut reader = std::io::BufReader::new(stdin);
    let mut buf = Vec::new();
    let mut base = 0usize;
    let mut spans = Vec::new();
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        spans.clear();
        for l in tidings::segment::lines(&line) {
            splitter.split_line(&line, l, &mut spans);
        }
        for s in &spans {
            let text = line[s.start..s.end].trim();
            if text.is_empty() {
                continue;
            }
            if args.offsets {
                writeln!(out, "{}\t{}\t{}", base + s.start, base + s.end, text)?;
            } else {
                writeln!(out, "{text}")?;
            }
        }
        base += n;
    }
    out.flush()?;
    Ok(())
}
