//! Tables aligned with spaces, as a PDF's text layer is extracted with its layout kept
//! (`pdftotext -layout`): a row on each line, its cells apart by runs of two spaces or more, an
//! empty cell only more spaces. Such lines become tab-separated rows (which the importer reads
//! as tables), each cell under the header cell it stands under, an empty cell where a row has
//! nothing under a header cell. Only whitespace changes: the text of every line stays as written.

use super::decode::Line;
use crate::text::is_space;
use unicode_width::UnicodeWidthStr;

/// The fewest lines of such a table: a header and two rows.
const MIN_LINES: usize = 3;
/// The longest cell, in characters.
const MAX_CELL_CHARS: usize = 30;

/// Where a tab takes the text: the next multiple of this many display columns.
const TAB_STOP: usize = 8;

/// The cells of a line apart by runs of two spaces or more (ASCII or ideographic), each with
/// the display column it starts at; `None` unless there are two cells at least, each short and
/// without a full stop, and no tab. A line that mixes tabs with runs of spaces (a row of such a
/// table typed with both) has its tabs stand for spaces to the next tab stop.
fn cells(line: &str) -> Option<Vec<(usize, String)>> {
    if line.contains('\t') && !line.contains("  ") {
        return None;
    }
    cells_at_stops(line)
}

/// [`cells`], a tab a run of spaces to the next tab stop.
fn cells_at_stops(line: &str) -> Option<Vec<(usize, String)>> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut col = 0usize;
    let mut cell = String::new();
    let mut start = 0usize;
    let mut spaces = 0usize;
    for c in line.chars() {
        let w = if c == '\t' {
            TAB_STOP - col % TAB_STOP
        } else {
            UnicodeWidthStr::width(c.encode_utf8(&mut [0u8; 4]) as &str)
        };
        if c == '\t' {
            spaces += 2;
        } else if is_space(c) {
            spaces += 1;
        } else {
            if !cell.is_empty() && spaces >= 2 {
                out.push((start, std::mem::take(&mut cell)));
            } else if !cell.is_empty() {
                cell.extend(std::iter::repeat_n(' ', spaces));
            }
            if cell.is_empty() {
                start = col;
            }
            spaces = 0;
            cell.push(c);
        }
        col += w;
    }
    if !cell.is_empty() {
        out.push((start, cell));
    }
    let short = out
        .iter()
        .all(|(_, t)| t.chars().count() <= MAX_CELL_CHARS && !t.contains(['。', '；', '！', '？']));
    (out.len() >= 2 && short).then_some(out)
}

/// The columns of the header each cell of a row stands under: the nearest header cell by where
/// it starts, in order, one cell per column, leaving room for the cells after it.
fn place(header: &[usize], row: &[(usize, String)]) -> Option<Vec<usize>> {
    let k = header.len();
    if row.len() > k {
        return None;
    }
    let mut out = Vec::with_capacity(row.len());
    let mut from = 0usize;
    for (i, (start, _)) in row.iter().enumerate() {
        let last = k - (row.len() - i);
        let j = (from..=last).min_by_key(|&j| header[j].abs_diff(*start))?;
        out.push(j);
        from = j + 1;
    }
    Some(out)
}

/// A table of contents set with spaces (`第一章  发展基础      1`, `附件1  名词解释      8`): most
/// lines a heading's label, an annex's or an unnumbered part's name first and a page number
/// last. It stays as written, for the contents' reader.
fn is_contents(rows: &[Vec<String>]) -> bool {
    let entry = |row: &Vec<String>| {
        let first = row.first().map_or("", String::as_str);
        let last = row
            .iter()
            .rev()
            .find(|c| !c.is_empty())
            .map_or("", String::as_str);
        (crate::grammar::label(first).is_some()
            || crate::grammar::annex_caption(first).is_some()
            || crate::grammar::is_unnumbered_part(first))
            && !last.is_empty()
            && last.chars().all(|c| c.is_ascii_digit())
    };
    rows.iter().filter(|r| entry(r)).count() * 2 >= rows.len()
}

/// The cells of a line, placed under the header: one per column, empty where it has none.
fn row_under(starts: &[usize], line: &str) -> Option<Vec<String>> {
    let row = cells(line).or_else(|| lone_cell(line))?;
    let at = place(starts, &row)?;
    let mut out = vec![String::new(); starts.len()];
    for ((_, t), c) in row.into_iter().zip(at) {
        out[c] = t;
    }
    Some(out)
}

/// A line holding one cell (a wrapped cell's rest, `以上业务培训比例`), with where it starts.
fn lone_cell(line: &str) -> Option<Vec<(usize, String)>> {
    let t = line.trim_matches(is_space);
    if t.is_empty()
        || t.contains(['\t', '。', '；', '！', '？'])
        || t.chars().count() > MAX_CELL_CHARS
    {
        return None;
    }
    let lead = &line[..line.len() - line.trim_start_matches(is_space).len()];
    Some(vec![(UnicodeWidthStr::width(lead), t.to_string())])
}

/// Whether `row` goes on the row above it (`above`): a cell wrapped onto the next line
/// (`地方志工作人员参加省级` / `以上业务培训比例`), or a header's second line under the cells it
/// goes on (`2020年` / `基期值`). Fewer cells than half the columns, each under a cell of the row
/// above, and none in the row's first column that holds a number (the next row's 序号).
fn goes_on(above: &[String], row: &[String]) -> bool {
    let filled: Vec<usize> = (0..row.len()).filter(|&c| !row[c].is_empty()).collect();
    !filled.is_empty()
        && filled.len() * 2 < row.len()
        && filled
            .iter()
            .all(|&c| above.get(c).is_some_and(|a| !a.is_empty()))
        && !filled
            .iter()
            .any(|&c| row[c].chars().all(|ch| ch.is_ascii_digit()))
}

/// Whether a line set with spaces is no row but what follows a table: a part's, chapter's or
/// section's heading (`第三章  高质量推进志书编纂`), an annex's caption, a 专栏 title or a note.
fn ends_table(line: &str) -> bool {
    use crate::grammar::Style;
    let t = line.trim_matches(is_space);
    crate::grammar::label(t)
        .is_some_and(|l| matches!(l.style, Style::Part | Style::Chapter | Style::Section))
        || crate::grammar::annex_caption(t).is_some()
        || crate::grammar::box_title(t).is_some()
        || t.starts_with("注")
}

/// Whether a line may be the rest of a cell: not a heading, a note, a caption, a 专栏 title or a
/// page number, which may stand right under a table.
fn may_go_on(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    !ends_table(t)
        && crate::grammar::label(t).is_none()
        && !crate::grammar::is_page_number(t)
        && !t.starts_with(['表', '图', '附', '说', '资', '来'])
}

/// Rewrites every run of `MIN_LINES` lines or more that reads as a table aligned with spaces
/// (one line after another, the first a header of three cells or more, every other line two
/// cells or more, no more than the header, or a line that goes on the row above it) into
/// tab-separated rows. A run goes on over a page break (blank lines and a page number) when the
/// lines after it are rows under the same header. A line that goes on the row above it
/// ([`goes_on`]) is joined to that row, cell by cell, and left blank. Returns the first and last
/// line number of each run rewritten.
pub fn space_aligned_to_tabs(lines: &mut [Line]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // (Or a header typed with tabs over rows set with spaces: its tabs to the tab stops.)
        let tabbed_header = || {
            let next = lines.get(i + 1)?;
            (lines[i].text.contains('\t')
                && !next.text.contains('\t')
                && cells(&next.text).is_some())
            .then(|| cells_at_stops(&lines[i].text))
            .flatten()
        };
        let Some(header) = cells(&lines[i].text)
            .or_else(tabbed_header)
            .filter(|h| h.len() >= 3)
        else {
            i += 1;
            continue;
        };
        let starts: Vec<usize> = header.iter().map(|c| c.0).collect();
        // Each row with the line it is written on (the header's first), and the lines joined to
        // the row above them.
        let mut rows: Vec<(usize, Vec<String>)> =
            vec![(i, header.into_iter().map(|c| c.1).collect())];
        let mut joined: Vec<usize> = Vec::new();
        let mut j = i + 1;
        loop {
            // (Over a page break: blank lines and a page number, then rows again.)
            let mut k = j;
            while lines.get(k).is_some_and(|l| {
                l.text.trim_matches(is_space).is_empty() || crate::grammar::is_page_number(&l.text)
            }) {
                k += 1;
            }
            if !lines
                .get(j..k)
                .is_some_and(|gap| gap.iter().any(|l| crate::grammar::is_page_number(&l.text)))
            {
                k = j;
            }
            let Some(row) = lines.get(k).and_then(|l| row_under(&starts, &l.text)) else {
                break;
            };
            let above = rows.last_mut().map(|r| &mut r.1);
            if let Some(above) = above.filter(|a| goes_on(a, &row) && may_go_on(&lines[k].text)) {
                for (c, t) in row.into_iter().enumerate() {
                    if let Some(cell) = above.get_mut(c) {
                        cell.push_str(&t);
                    }
                }
                joined.push(k);
            } else if row.iter().filter(|c| !c.is_empty()).count() >= 2
                && !ends_table(&lines[k].text)
            {
                rows.push((k, row));
            } else {
                break;
            }
            j = k + 1;
        }
        if rows.len() < MIN_LINES
            || is_contents(&rows.iter().map(|r| r.1.clone()).collect::<Vec<_>>())
        {
            i += 1;
            continue;
        }
        for (at, row) in &rows {
            lines[*at].text = row.join("\t");
        }
        for at in joined {
            lines[at].text.clear();
        }
        runs.push((lines[i].no, lines[j - 1].no));
        i = j;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(src: &[&str]) -> Vec<Line> {
        src.iter()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                text: t.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_table_aligned_with_spaces_becomes_tab_rows_with_its_empty_cells() {
        let mut ls = lines(&[
            "　　表1　主要指标",
            "",
            "指标名称                  单位      2020年      2025年      属性",
            "社有企业销售总额          亿元      268         400         预期性",
            "其中：农产品销售额        亿元      96          160         预期性",
            "县域集采集配中心          个                    12          预期性",
            "",
            "　　注：县域集采集配中心为新增指标。",
        ]);
        let runs = space_aligned_to_tabs(&mut ls);
        assert_eq!(runs, [(3, 6)]);
        assert_eq!(ls[2].text, "指标名称\t单位\t2020年\t2025年\t属性");
        assert_eq!(ls[4].text, "其中：农产品销售额\t亿元\t96\t160\t预期性");
        assert_eq!(ls[5].text, "县域集采集配中心\t个\t\t12\t预期性");
        assert_eq!(ls[0].text, "　　表1　主要指标");
        assert_eq!(ls[7].text, "　　注：县域集采集配中心为新增指标。");
    }

    #[test]
    fn prose_and_short_runs_stay_as_written() {
        let src = [
            "　　坚持农民主体地位，  把服务农民作为出发点。",
            "指标  单位  2025年",
            "总额  亿元  400",
            "",
            "一是  加强党建。",
        ];
        let mut ls = lines(&src);
        assert!(space_aligned_to_tabs(&mut ls).is_empty());
        for (l, s) in ls.iter().zip(src) {
            assert_eq!(l.text, s);
        }
    }

    #[test]
    fn a_wrapped_cell_and_a_header_s_second_line_go_on_the_row_above() {
        let mut ls = lines(&[
            "类别      序号  指标名称                    单位    2020年  2025年  属性",
            "                                                    基期值  目标值",
            "志书编纂  1     二轮县（区）志出版率        %       71.4    100     约束性",
            "          2     地方志工作人员参加省级      %       45      ≥80     预期性",
            "                以上业务培训比例",
            "          3     地方志理论研究成果          篇      [32]    [50]    预期性",
            "                           第三章  高质量推进志书编纂",
        ]);
        let runs = space_aligned_to_tabs(&mut ls);
        assert_eq!(runs, [(1, 6)]);
        assert_eq!(
            ls[0].text,
            "类别\t序号\t指标名称\t单位\t2020年基期值\t2025年目标值\t属性"
        );
        assert_eq!(ls[1].text, "");
        assert_eq!(
            ls[3].text,
            "\t2\t地方志工作人员参加省级以上业务培训比例\t%\t45\t≥80\t预期性"
        );
        assert_eq!(ls[4].text, "");
        assert_eq!(
            ls[6].text,
            "                           第三章  高质量推进志书编纂"
        );
    }

    #[test]
    fn a_table_goes_on_over_a_page_break() {
        let mut ls = lines(&[
            "序号  项目名称          建设期限      总投资",
            "1     新方志馆          2022—2025年  9800",
            "2     数字方志馆        2021—2023年  1200",
            "                  - 5 -",
            "",
            "3     县（区）方志馆    2022—2025年  2400",
            "4     乡村方志馆        2023—2025年  300",
            "",
            "    注：总投资为估算数。",
        ]);
        let runs = space_aligned_to_tabs(&mut ls);
        assert_eq!(runs, [(1, 7)]);
        assert_eq!(ls[3].text, "                  - 5 -");
        assert_eq!(ls[5].text, "3\t县（区）方志馆\t2022—2025年\t2400");
        assert_eq!(ls[8].text, "    注：总投资为估算数。");
    }

    #[test]
    fn contents_set_with_spaces_stay_as_written() {
        let src = [
            "第一章  发展基础      1",
            "第一节  主要成就      1",
            "第二节  面临形势      3",
            "第二章  总体要求      5",
        ];
        let mut ls = lines(&src);
        assert!(space_aligned_to_tabs(&mut ls).is_empty());
        assert_eq!(ls[0].text, src[0]);
        let src = [
            "第七章  保障措施      7",
            "附件1  重点任务分工      8",
            "附件2  名词解释      8",
        ];
        let mut ls = lines(&src);
        assert!(space_aligned_to_tabs(&mut ls).is_empty());
        assert_eq!(ls[0].text, src[0]);
    }

    #[test]
    fn never_panics_on_ragged_lines() {
        let mut ls = lines(&[
            "a  b  c",
            "x  y  z  w  v",
            "  ",
            "甲  乙  丙",
            "丁",
            "  戊  己",
        ]);
        let _ = space_aligned_to_tabs(&mut ls);
    }

    #[test]
    fn a_header_typed_with_tabs_over_rows_set_with_spaces_and_a_stray_tab() {
        // The header's tabs reach the tab stops its rows' cells stand under; a row with a tab
        // among its spaces (row 3) and a row whose name goes on in the next line.
        let mut ls = lines(&[
            "序号\t指标名称\t\t\t单位\t2020年\t2025年\t属性",
            "1      公共资源交易总额                   亿元   386.5     520       预期性",
            "2      进场交易项目数                     宗     [21460]   [26000]   预期性",
            "3      远程异地评标项目占比               %\t12.5      ≥30      预期性",
            "4      采用 BIM 技术的电子评标项目数      个               [150]     预期性",
            "5      工程建设项目招标投标全流程         %      90        100       约束性",
            "       在线监管覆盖率",
        ]);
        let runs = space_aligned_to_tabs(&mut ls);
        assert_eq!(runs, [(1, 7)]);
        assert_eq!(ls[0].text, "序号\t指标名称\t单位\t2020年\t2025年\t属性");
        assert_eq!(ls[3].text, "3\t远程异地评标项目占比\t%\t12.5\t≥30\t预期性");
        assert_eq!(
            ls[4].text,
            "4\t采用 BIM 技术的电子评标项目数\t个\t\t[150]\t预期性"
        );
        assert_eq!(
            ls[5].text,
            "5\t工程建设项目招标投标全流程在线监管覆盖率\t%\t90\t100\t约束性"
        );
        assert_eq!(ls[6].text, "");
    }
}
