//! Test plans for the search tests: the seed texts cut into chapters, sections, 专栏, paragraphs
//! and tab-separated tables by a few line patterns. Realistic text, not an importer.

use crate::model::*;
use regex::Regex;
use std::path::Path;

/// A plan from one seed text; `max_chapters` keeps only the first chapters.
pub fn plan_from_seed(slug: &str, text: &str, max_chapters: usize) -> Plan {
    let chapter_re = if text.contains("第一章") {
        Regex::new(r"^(第[一二三四五六七八九十]+章)\s*(.+)$")
    } else {
        Regex::new(r"^([一二三四五六七八九十]+、)\s*(.+)$")
    }
    .expect("regex");
    let section_re =
        Regex::new(r"^(第[一二三四五六七八九十]+节|[（(][一二三四五六七八九十]+[)）])\s*(.+)$")
            .expect("regex");
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c| c == ' ' || c == '\u{3000}' || c == '\r'))
        .filter(|l| !l.trim().is_empty())
        .collect();
    let first = lines
        .iter()
        .position(|l| chapter_re.is_match(l))
        .unwrap_or(0);
    let start = lines
        .iter()
        .rposition(|l| *l == lines[first])
        .unwrap_or(first);
    let title = lines
        .iter()
        .find(|l| l.contains("规划") && !l.contains("通知"))
        .map(|s| s.to_string())
        .unwrap_or_default();
    let mut plan = Plan {
        slug: slug.into(),
        meta: PlanMeta {
            title,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut open_box = false;
    let mut table: Option<Table> = None;
    for line in &lines[start..] {
        if line.contains('\t') {
            let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
            let t = table.get_or_insert_with(|| Table {
                id: format!("t{}", plan.tables.len() + 1),
                columns: cells.clone(),
                ..Default::default()
            });
            if t.columns != cells {
                let name = cells[0].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                t.rows.push(TableRow {
                    name: name.trim().to_string(),
                    cells: cells[1..].to_vec(),
                    ..Default::default()
                });
            }
            continue;
        }
        if let Some(t) = table.take() {
            let id = t.id.clone();
            plan.tables.push(t);
            push_block(&mut plan, Block::Table(TableRef { id }), false);
        }
        if let Some(c) = chapter_re.captures(line) {
            if plan.chapters.len() == max_chapters {
                break;
            }
            plan.chapters.push(Chapter {
                number: plan.chapters.len() as u32 + 1,
                label: c[1].to_string(),
                title: c[2].to_string(),
                ..Default::default()
            });
            open_box = false;
        } else if let Some(c) = section_re.captures(line) {
            // A run-in heading (`(一) 发展基础。正文…`): the title ends at the first 。.
            let (title, rest) = match c[2].find('。') {
                Some(i) if c[2].chars().count() > 30 => c[2].split_at(i + '。'.len_utf8()),
                _ => (&c[2], ""),
            };
            if let Some(ch) = plan.chapters.last_mut() {
                ch.sections.push(Section {
                    number: ch.sections.len() as u32 + 1,
                    label: c[1].to_string(),
                    title: title.to_string(),
                    blocks: vec![],
                });
            }
            if !rest.is_empty() {
                push_block(&mut plan, Block::Paragraph(Paragraph::plain(rest)), false);
            }
            open_box = false;
        } else if let Some(rest) = line.strip_prefix("专栏") {
            let digits: String = rest
                .trim()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let title = rest.trim()[digits.len()..].trim().to_string();
            push_block(
                &mut plan,
                Block::Box(PlanBox {
                    number: digits.parse().ok(),
                    label: format!("专栏 {digits}"),
                    title,
                    blocks: vec![],
                }),
                false,
            );
            open_box = true;
        } else {
            push_block(
                &mut plan,
                Block::Paragraph(Paragraph::plain(*line)),
                open_box,
            );
            open_box = false;
        }
    }
    if let Some(t) = table.take() {
        let id = t.id.clone();
        plan.tables.push(t);
        push_block(&mut plan, Block::Table(TableRef { id }), false);
    }
    plan
}

fn push_block(plan: &mut Plan, block: Block, into_box: bool) {
    let Some(ch) = plan.chapters.last_mut() else {
        plan.preamble.push(block);
        return;
    };
    let blocks = match ch.sections.last_mut() {
        Some(s) => &mut s.blocks,
        None => &mut ch.blocks,
    };
    if into_box {
        if let Some(Block::Box(b)) = blocks.last_mut() {
            b.blocks.push(block);
            return;
        }
    }
    blocks.push(block);
}

/// Both seed plans, cut to their first `max_chapters` chapters.
pub fn seed_site(max_chapters: usize) -> Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let plans = ["beijing-hrss-14th", "pudong-employment-14th"]
        .iter()
        .map(|slug| {
            let text = std::fs::read_to_string(root.join(format!("{slug}.txt"))).expect("seed");
            plan_from_seed(slug, &text, max_chapters)
        })
        .collect();
    Site { plans }
}
