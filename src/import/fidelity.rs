//! The fidelity check: the text of a plan as written to content/ (read back from the files,
//! before corrections) must equal the seed's text, character for character, ignoring whitespace.
//! Notice, preamble and body lines of the seed are compared with the notice, preamble and body of
//! the plan; metadata lines must be found in the metadata; table-of-contents lines and lines set
//! aside are listed in the import report. Any other difference is an error naming the seed line.

use super::decode::Line;
use super::outline::Role;
use crate::error::{Error, Result};
use crate::model::{Block, Plan};
use crate::text::strip_spaces;
use std::path::Path;

/// The plan's text in document order, whitespace removed: notice, preamble, body.
pub fn plan_stream(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    blocks(plan, &plan.notice, &mut out);
    let notice_len = out.len();
    blocks(plan, &plan.preamble, &mut out);
    let _ = notice_len;
    for ch in &plan.chapters {
        out.push(format!("{}{}", ch.label, ch.title));
        blocks(plan, &ch.blocks, &mut out);
        for s in &ch.sections {
            out.push(format!("{}{}", s.label, s.title));
            blocks(plan, &s.blocks, &mut out);
        }
    }
    for a in &plan.annexes {
        out.push(format!("{}{}", a.caption, a.title));
        blocks(plan, &a.blocks, &mut out);
    }
    out
}

fn blocks(plan: &Plan, bs: &[Block], out: &mut Vec<String>) {
    for b in bs {
        match b {
            Block::Paragraph(p) => out.push(p.full_text()),
            Block::Heading(h) => out.push(format!("{}{}", h.label, h.title)),
            Block::Box(bx) => {
                out.push(format!("{}{}", bx.label, bx.title));
                blocks(plan, &bx.blocks, out);
            }
            Block::Table(r) => {
                if let Some(t) = plan.table(&r.id) {
                    out.extend(super::tables::one_cell::stream(t));
                }
            }
        }
    }
}

fn meta_text(plan: &Plan) -> String {
    let m = &plan.meta;
    let mut parts = vec![m.title.clone()];
    parts.extend(m.title_as_written.iter().cloned());
    parts.extend(m.issuers.iter().cloned());
    parts.extend(
        [
            &m.doc_number,
            &m.source_line,
            &m.draft_label,
            &m.series,
            &m.cover_date,
        ]
        .into_iter()
        .flatten()
        .cloned(),
    );
    parts.extend(m.chrome.iter().cloned());
    strip_spaces(&parts.join("\u{1}"))
}

/// Checks `plan` (as read back from content/) against the seed `lines` and their `roles`.
pub fn check(seed: &Path, lines: &[Line], roles: &[(usize, Role)], plan: &Plan) -> Result<()> {
    // A line split by a form feed has several parts under one number: compare them together.
    let mut by_no: std::collections::HashMap<usize, String> = std::collections::HashMap::new();
    for l in lines {
        by_no.entry(l.no).or_default().push_str(&l.text);
    }
    let text_of = |no: usize| by_no.get(&no).map(String::as_str).unwrap_or("");
    let mut seen = std::collections::HashSet::new();
    let roles: Vec<&(usize, Role)> = roles
        .iter()
        .filter(|r| seen.insert((r.0, r.1.clone())))
        .collect();
    // Metadata lines.
    let meta = meta_text(plan);
    for (no, role) in roles.iter().copied() {
        if *role == Role::Meta {
            let t = strip_spaces(text_of(*no));
            if !meta.contains(&t) {
                return Err(Error::at(
                    seed,
                    *no,
                    format!("fidelity: metadata line `{t}` is not kept in the plan's metadata"),
                ));
            }
        }
    }
    // Text lines: seed characters with their line numbers.
    let mut seed_chars: Vec<(char, usize)> = Vec::new();
    for wanted in [Role::Notice, Role::Preamble, Role::Body] {
        for (no, role) in roles.iter().copied() {
            if *role == wanted {
                seed_chars.extend(strip_spaces(text_of(*no)).chars().map(|c| (c, *no)));
            }
        }
    }
    let model: Vec<char> = strip_spaces(&plan_stream(plan).concat()).chars().collect();
    for (i, (c, no)) in seed_chars.iter().enumerate() {
        match model.get(i) {
            Some(m) if m == c => {}
            Some(m) => {
                let seed_ctx: String = seed_chars
                    [i.saturating_sub(8)..(i + 8).min(seed_chars.len())]
                    .iter()
                    .map(|x| x.0)
                    .collect();
                let model_ctx: String = model[i.saturating_sub(8)..(i + 8).min(model.len())]
                    .iter()
                    .collect();
                return Err(Error::at(
                    seed,
                    *no,
                    format!("fidelity: the imported text differs from the seed: seed has `{c}` in `{seed_ctx}`, content has `{m}` in `{model_ctx}`"),
                ));
            }
            None => {
                return Err(Error::at(
                    seed,
                    *no,
                    format!(
                        "fidelity: text from here on is missing from the imported content (`{c}`…)"
                    ),
                ));
            }
        }
    }
    if model.len() > seed_chars.len() {
        let extra: String = model[seed_chars.len()..].iter().take(20).collect();
        return Err(Error::in_file(
            seed,
            format!("fidelity: the imported content has text the seed does not: `{extra}`"),
        ));
    }
    Ok(())
}
