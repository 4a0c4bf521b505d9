//! The Markdown of a chapter file, both ways. Writing: the plan's text with every character that
//! Markdown would interpret escaped, so reading it back gives the same text. Reading: pulldown-cmark
//! events → headings, paragraphs (item marker, lead sentence in bold), 专栏 (a block quote that
//! opens with a `###` 专栏 heading) and table references (a paragraph that is only a link to
//! `tables/<id>.toml`).

use crate::grammar::{self, label, Style};
use crate::model::{Block, Paragraph, PlanBox, TableRef};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// The deepest nesting of Markdown blocks and inlines accepted.
pub const MAX_DEPTH: usize = 32;

/// Escapes text so CommonMark reads it back as the same characters.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0;
        let needs = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' => true,
            '#' | '+' | '-' | '=' => at_start,
            // `1.` or `1)` at the start would open a list.
            '.' | ')' => i > 0 && chars[..i].iter().all(|d| d.is_ascii_digit()),
            '!' => chars.get(i + 1) == Some(&'['),
            _ => false,
        };
        if needs {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph as Markdown: marker, the lead sentence in bold (its closing mark outside the bold,
/// so CommonMark's emphasis rules hold next to CJK punctuation), then the rest.
pub fn paragraph(p: &Paragraph) -> String {
    let mut s = String::new();
    if let Some(m) = &p.marker {
        s.push_str(&escape(m));
    }
    if let Some(lead) = &p.lead {
        let (body, mark) = match lead.chars().last() {
            Some(c) if "。！？；：:".contains(c) => {
                (&lead[..lead.len() - c.len_utf8()], Some(c))
            }
            _ => (lead.as_str(), None),
        };
        s.push_str("**");
        s.push_str(&escape(body));
        s.push_str("**");
        if let Some(c) = mark {
            s.push(c);
        }
        // Text right after the bold must not be read as part of a list or heading marker.
        s.push_str(&escape_inline(&p.text));
    } else if p.marker.is_some() {
        s.push_str(&escape_inline(&p.text));
    } else {
        s.push_str(&escape(&p.text));
    }
    s
}

/// Escaping for text that does not start a line.
fn escape_inline(text: &str) -> String {
    let e = escape(&format!("x{text}"));
    e[1..].to_string()
}

/// A block of text read back, with the byte range it came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Heading { level: u8, text: String, at: usize },
    Block(Block, usize),
}

/// What went wrong, at a byte offset of the Markdown.
#[derive(Debug, PartialEq)]
pub struct MdError {
    pub at: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Inline {
    Text(String),
    Strong(String),
    Link(String, String),
}

/// Parses Markdown into headings and blocks, in order.
pub fn parse(md: &str) -> Result<Vec<Item>, MdError> {
    let mut items = Vec::new();
    let mut stack: Vec<(Tag, usize)> = Vec::new();
    let mut inlines: Vec<Inline> = Vec::new();
    let mut strong_depth = 0usize;
    let mut link: Option<(String, String)> = None;
    // An open 专栏: (box, offset) while inside a block quote.
    let mut open_box: Option<(Option<PlanBox>, usize)> = None;
    let mut item_counter: Vec<Option<u64>> = Vec::new();

    let push_text =
        |inlines: &mut Vec<Inline>, strong: bool, link: &mut Option<(String, String)>, t: &str| {
            if let Some((_, text)) = link.as_mut() {
                text.push_str(t);
                return;
            }
            match (inlines.last_mut(), strong) {
                (Some(Inline::Text(s)), false) => s.push_str(t),
                (Some(Inline::Strong(s)), true) => s.push_str(t),
                _ if strong => inlines.push(Inline::Strong(t.to_string())),
                _ => inlines.push(Inline::Text(t.to_string())),
            }
        };

    for (event, range) in Parser::new(md).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(MdError {
                        at: range.start,
                        message: format!("Markdown nested more than {MAX_DEPTH} levels deep"),
                    });
                }
                match &tag {
                    Tag::Strong => strong_depth += 1,
                    Tag::Link { dest_url, .. } => {
                        link = Some((dest_url.to_string(), String::new()))
                    }
                    Tag::BlockQuote(_) => {
                        if open_box.is_some() {
                            return Err(MdError {
                                at: range.start,
                                message: "a block quote inside a 专栏 block quote".into(),
                            });
                        }
                        open_box = Some((None, range.start));
                    }
                    Tag::List(start) => item_counter.push(*start),
                    Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::CodeBlock(_) => {
                        inlines.clear()
                    }
                    _ => {}
                }
                stack.push((tag, range.start));
            }
            Event::End(end) => {
                let (tag, at) = stack.pop().ok_or_else(|| MdError {
                    at: range.start,
                    message: "unbalanced Markdown".into(),
                })?;
                match end {
                    TagEnd::Strong => strong_depth = strong_depth.saturating_sub(1),
                    TagEnd::Link => {
                        if let Some((dest, text)) = link.take() {
                            inlines.push(Inline::Link(dest, text));
                        }
                    }
                    TagEnd::Heading(level) => {
                        let text = flatten(&std::mem::take(&mut inlines));
                        let level = heading_level(level);
                        match open_box.as_mut() {
                            Some((b @ None, _)) if level >= 3 => {
                                let (blabel, number, title) = grammar::box_title(&text)
                                    .unwrap_or((String::new(), None, text.clone()));
                                *b = Some(PlanBox {
                                    number,
                                    label: blabel,
                                    title,
                                    blocks: Vec::new(),
                                });
                            }
                            Some(_) => {
                                return Err(MdError {
                                    at,
                                    message: "a heading inside a 专栏 block quote after its title"
                                        .into(),
                                })
                            }
                            None => items.push(Item::Heading { level, text, at }),
                        }
                    }
                    TagEnd::Paragraph | TagEnd::CodeBlock => {
                        if matches!(stack.last(), Some((Tag::Item, _))) {
                            continue;
                        }
                        let block = block_of(std::mem::take(&mut inlines), None);
                        emit(&mut items, &mut open_box, block, at)?;
                    }
                    TagEnd::Item => {
                        let n = item_counter.last_mut().and_then(|c| c.as_mut()).map(|n| {
                            let v = *n;
                            *n += 1;
                            v
                        });
                        let marker = n.map(|v| format!("{v}."));
                        let block = block_of(std::mem::take(&mut inlines), marker);
                        emit(&mut items, &mut open_box, block, at)?;
                    }
                    TagEnd::List(_) => {
                        item_counter.pop();
                    }
                    TagEnd::BlockQuote(_) => {
                        let (b, bat) = open_box.take().expect("block quote open");
                        match b {
                            Some(b) => items.push(Item::Block(Block::Box(b), bat)),
                            None => return Err(MdError { at: bat, message: "a block quote must be a 专栏: start it with a `### 专栏 N 标题` heading".into() }),
                        }
                    }
                    _ => {}
                }
                let _ = tag;
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push_text(&mut inlines, strong_depth > 0, &mut link, &t)
            }
            Event::SoftBreak | Event::HardBreak => {}
            _ => {}
        }
    }
    Ok(items)
}

fn emit(
    items: &mut Vec<Item>,
    open_box: &mut Option<(Option<PlanBox>, usize)>,
    block: Option<Block>,
    at: usize,
) -> Result<(), MdError> {
    let Some(block) = block else { return Ok(()) };
    match open_box.as_mut() {
        Some((Some(b), _)) => b.blocks.push(block),
        Some((None, _)) => {
            return Err(MdError {
                at,
                message: "a 专栏 block quote must start with its `### 专栏 N 标题` heading".into(),
            })
        }
        None => items.push(Item::Block(block, at)),
    }
    Ok(())
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn flatten(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(s) | Inline::Strong(s) => s.as_str(),
            Inline::Link(_, t) => t.as_str(),
        })
        .collect()
}

/// Turns a paragraph's inlines into a block: a table reference, or a paragraph with its marker
/// and its lead sentence (the bold text it opens with).
fn block_of(inlines: Vec<Inline>, list_marker: Option<String>) -> Option<Block> {
    if let [Inline::Link(dest, _)] = inlines.as_slice() {
        if let Some(id) = dest
            .strip_prefix("tables/")
            .and_then(|d| d.strip_suffix(".toml"))
        {
            return Some(Block::Table(TableRef { id: id.to_string() }));
        }
    }
    if inlines.is_empty() {
        return None;
    }
    let mut rest = inlines.as_slice();
    let mut marker = list_marker;
    if let [Inline::Text(m), Inline::Strong(_), ..] = rest {
        if label(m).is_some_and(|l| l.rest.is_empty() && is_item_style(l.style)) {
            marker = Some(m.trim().to_string());
            rest = &rest[1..];
        }
    }
    if let [Inline::Strong(lead), tail @ ..] = rest {
        let mut text = flatten(tail);
        let mut lead = lead.clone();
        if let Some(c) = text.chars().next().filter(|c| "。！？；：:".contains(*c)) {
            lead.push(c);
            text = text[c.len_utf8()..].to_string();
        }
        return Some(Block::Paragraph(Paragraph {
            marker,
            lead: Some(lead),
            text,
        }));
    }
    let text = flatten(rest);
    if marker.is_none() {
        if let Some(l) = label(&text).filter(|l| is_item_style(l.style)) {
            return Some(Block::Paragraph(Paragraph {
                marker: Some(l.text),
                lead: None,
                text: l.rest,
            }));
        }
    }
    Some(Block::Paragraph(Paragraph {
        marker,
        lead: None,
        text,
    }))
}

fn is_item_style(s: Style) -> bool {
    !matches!(s, Style::Part | Style::Chapter | Style::Section)
}

/// Line number (1-based) of a byte offset.
pub fn line_at(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(p: Paragraph) {
        let md = paragraph(&p);
        let items = parse(&md).unwrap();
        assert_eq!(
            items,
            vec![Item::Block(Block::Paragraph(p.clone()), 0)],
            "markdown: {md}"
        );
    }

    #[test]
    fn paragraphs_survive_the_round_trip() {
        round_trip(Paragraph {
            marker: None,
            lead: Some("坚持经济发展就业导向。".into()),
            text: "健全财政、金融等政策。".into(),
        });
        round_trip(Paragraph {
            marker: Some("1.".into()),
            lead: Some("就业形势总体平稳。".into()),
            text: "制定实施促进就业创业政策。".into(),
        });
        round_trip(Paragraph {
            marker: Some("——".into()),
            lead: Some("实现更加充分更高质量就业。".into()),
            text: "加快完善就业工作体系。".into(),
        });
        round_trip(Paragraph {
            marker: None,
            lead: Some("牢固树立“四个意识”。".into()),
            text: "坚定“四个自信”。".into(),
        });
        round_trip(Paragraph::plain(
            "建设劳动**智慧服务平台 <script>alert(1)</script> [x](y) `c` a_b_ & &amp; \\ 1. 2) #",
        ));
        round_trip(Paragraph::plain("# 不是标题"));
        round_trip(Paragraph::plain("- 不是列表"));
        round_trip(Paragraph {
            marker: Some("12.".into()),
            lead: None,
            text: "不是列表".into(),
        });
        round_trip(Paragraph {
            marker: Some("1.".into()),
            lead: None,
            text: "城镇新增就业岗位".into(),
        });
        round_trip(Paragraph {
            marker: Some("(1)".into()),
            lead: None,
            text: "开展培训".into(),
        });
    }

    #[test]
    fn boxes_and_table_references() {
        let md = "## 第一节 发展基础\n\n[“十三五”时期发展情况](tables/t1.toml)\n\n> ### 专栏 1 建立就业影响评估机制\n>\n> 按照原则。\n";
        let items = parse(md).unwrap();
        assert_eq!(items.len(), 3);
        assert!(
            matches!(&items[0], Item::Heading { level: 2, text, .. } if text == "第一节 发展基础")
        );
        assert_eq!(
            items[1],
            Item::Block(Block::Table(TableRef { id: "t1".into() }), 27)
        );
        match &items[2] {
            Item::Block(Block::Box(b), _) => {
                assert_eq!(
                    (b.label.as_str(), b.number, b.title.as_str()),
                    ("专栏 1", Some(1), "建立就业影响评估机制")
                );
                assert_eq!(
                    b.blocks,
                    vec![Block::Paragraph(Paragraph::plain("按照原则。"))]
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_block_quote_that_is_not_a_box_is_an_error() {
        let e = parse("正文。\n\n> 引文。\n").unwrap_err();
        assert!(e.message.contains("专栏"), "{}", e.message);
        assert_eq!(line_at("正文。\n\n> 引文。\n", e.at), 3);
    }
}
