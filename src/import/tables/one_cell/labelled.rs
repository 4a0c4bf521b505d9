//! Header and rows of tables whose rows are labelled: row blocks under a header of their own, a
//! two-row header told by a note, names numbered `1.`, `2.` …

use super::*;

/// A header written as row blocks over rows of `width` cells (row blocks too): each block but
/// the last holds one group (`“十四五”目标`) over the cells of the block under it, and the last
/// block holds cells only (`2023` / `年目标`, `2025` / `年目标`); in three blocks, a group over a
/// group (`“十四五”目标` over `阶段目标` and `年均增速（%）`, `阶段目标` over `2023年` `2025年`).
/// Cells split inside a word are joined: a year and what follows it (`2020` / `年基数`; a unit in
/// brackets, `年均增速` / `（%）`, is glued before), and, as many as the width asks, two short
/// pieces of words (`指标` / `名称`, `年均` / `增速（%）`), leftmost first, in the blocks that hold
/// a group. Returns the columns (each group's cell replaced by the cells under it) and the
/// groups, outermost first; `None` unless it reads so.
pub(super) fn block_header(
    header: &[Piece],
    width: usize,
    acc: &mut Acc,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    const MOST_BLOCKS: usize = 4;
    let mut blocks: Vec<Vec<Piece>> = vec![Vec::new()];
    for (i, p) in header.iter().enumerate() {
        if i > 0 && p.gap > 0 {
            blocks.push(Vec::new());
        }
        blocks.last_mut()?.push(p.clone());
    }
    if blocks.len() < 2 || blocks.len() > MOST_BLOCKS {
        return None;
    }
    let mut trial = acc.clone();
    // (A unit in brackets is already glued to its cell: `glue_parentheticals`.)
    for block in blocks.iter_mut() {
        let mut i = 0;
        while i + 1 < block.len() {
            let (a, b) = (block[i].text(), block[i + 1].text());
            if is_bare_year(&a)
                && b.starts_with('年')
                && merge_at(block, i, &mut trial, "split cell")
            {
                continue;
            }
            i += 1;
        }
    }
    let lower = blocks.len() - 1;
    if blocks[lower].len() < 2 {
        return None;
    }
    // Each block with a group gives its cells but the group's, and the last block all of its.
    let need = width + lower;
    let count = |blocks: &[Vec<Piece>]| blocks.iter().map(Vec::len).sum::<usize>();
    if count(&blocks) < need {
        return None;
    }
    let whole = |t: &str| {
        is_number_header(t) || ["单位", "属性", "备注"].iter().any(|w| t.contains(w)) || is_attr(t)
    };
    let word_piece = |t: &str, most: usize| {
        let n = t.chars().count();
        n <= most
            && !t.chars().any(|c| c.is_ascii_digit())
            && !whole(t)
            && !is_period_mark(t)
            && !starts_with_period_mark(t)
    };
    while count(&blocks) > need {
        let (b, i) = blocks[..lower].iter().enumerate().find_map(|(b, block)| {
            (0..block.len().saturating_sub(1))
                .find(|&i| word_piece(&block[i].text(), 4) && word_piece(&block[i + 1].text(), 6))
                .map(|i| (b, i))
        })?;
        merge_at(&mut blocks[b], i, &mut trial, "split cell");
    }
    let group_like = |t: &str| {
        !t.chars().any(|c| c.is_ascii_digit())
            && (t.contains("目标") || t.contains("规划") || starts_with_period_mark(t))
            && !whole(t)
    };
    // (Over years or states (`现状` `提标后`) and no cell of the block above names a target or
    // a period: its one cell naming values (`指标值`), else its one measure (`设计规模（万吨/日）`),
    // else, over years, its last that spans no rows (`数量（个）` after `服务半径（米）`
    // `规模（公顷）`).)
    let years_under = blocks[lower]
        .iter()
        .all(|p| names_year(&p.text()) || is_bare_year(&p.text()));
    // (Levels, `国家级` `省级` `市级`, are the shares of the first count: `传统村落（个）`.)
    let levels_under = blocks[lower].iter().all(|p| names_level(&p.text()));
    let under_years = years_under
        || levels_under
        || blocks[lower].iter().all(|p| {
            let t = p.text();
            names_values(&t) || names_phase(&t)
        });
    // (Or measures with their units, `长度（公里）` `管径（毫米）`, under what they measure.)
    let measures_below = blocks[lower]
        .iter()
        .all(|p| bracketed_unit(&p.text()).is_some());
    let mut at = Vec::with_capacity(lower);
    for (b, block) in blocks[..lower].iter().enumerate() {
        let mut groups: Vec<usize> = (0..block.len())
            .filter(|&i| group_like(&block[i].text()))
            .collect();
        if groups.is_empty() && (under_years || measures_below) && b + 1 == lower {
            let open: Vec<usize> = (1..block.len())
                .filter(|&i| !whole(&block[i].text()))
                .collect();
            let valued: Vec<usize> = open
                .iter()
                .copied()
                .filter(|&i| names_values(&block[i].text()))
                .collect();
            let measures: Vec<usize> = open
                .iter()
                .copied()
                .filter(|&i| {
                    let t = block[i].text();
                    (bracketed_unit(&t).is_some()
                        || ["规模", "面积", "投资", "数量", "容量", "能力"]
                            .iter()
                            .any(|w| t.contains(w)))
                        && !names_other_column(&t)
                })
                .collect();
            groups = match (valued.as_slice(), measures.as_slice()) {
                ([one], _) | ([], [one]) => vec![*one],
                // (Not a total, `合计`, which spans both rows after the years.)
                _ if years_under => open
                    .iter()
                    .rev()
                    .find(|&&i| !is_total_label(&block[i].text()))
                    .copied()
                    .into_iter()
                    .collect(),
                ([], [first, ..]) if levels_under => vec![*first],
                // (Of measures over measures, the one with no unit of its own: `建设规模`, not
                // `总投资（亿元）`.)
                _ if measures_below => {
                    let bare: Vec<usize> = measures
                        .iter()
                        .copied()
                        .filter(|&i| bracketed_unit(&block[i].text()).is_none())
                        .collect();
                    if bare.len() == 1 {
                        bare
                    } else {
                        Vec::new()
                    }
                }
                _ => Vec::new(),
            };
        }
        // (Or the one cell every cell below names, what they are parts of: `投资（亿元）` over
        // `总投资` `“十四五”投资`.)
        if groups.is_empty() && b + 1 == lower {
            let named: Vec<usize> = (0..block.len())
                .filter(|&i| {
                    let t = strip_spaces(&block[i].text());
                    let bare = without_bracket_tail(&t);
                    bare.chars().count() >= 2
                        && !whole(bare)
                        && blocks[lower].iter().all(|p| {
                            let l = strip_spaces(&p.text());
                            l != bare && l.contains(bare)
                        })
                })
                .collect();
            if let [one] = named.as_slice() {
                groups = vec![*one];
            }
        }
        let [g] = groups.as_slice() else {
            return None;
        };
        at.push(*g);
    }
    // From the last block up: each group's cell gives way to the columns under it.
    let cell = |p: &Piece| collapse_cjk_spacing(&p.text());
    let mut columns: Vec<String> = blocks[lower].iter().map(cell).collect();
    let mut groups: Vec<ColumnGroup> = Vec::new();
    for (block, &g) in blocks[..lower].iter().zip(&at).rev() {
        let span = columns.len();
        for inner in groups.iter_mut() {
            inner.first += g;
        }
        groups.insert(
            0,
            ColumnGroup {
                title: cell(&block[g]),
                first: g,
                span,
            },
        );
        let mut wider: Vec<String> = block[..g].iter().map(cell).collect();
        wider.append(&mut columns);
        wider.extend(block[g + 1..].iter().map(cell));
        columns = wider;
    }
    *acc = trial;
    Some((columns, groups))
}

/// Says in the table's warnings how a header of several rows was read, so that a maintainer checks it.
pub(super) fn note_two_row_header(
    ps: &[Piece],
    columns: &[String],
    groups: &[ColumnGroup],
    acc: &mut Acc,
) {
    let over: Vec<String> = groups
        .iter()
        .map(|g| {
            let under = columns.get(g.first..g.first + g.span).unwrap_or(&[]);
            format!("`{}` over `{}`", g.title, under.join("` `"))
        })
        .collect();
    let depth = (0..columns.len())
        .map(|i| {
            groups
                .iter()
                .filter(|g| i >= g.first && i - g.first < g.span)
                .count()
        })
        .max()
        .unwrap_or(0);
    let rows = match depth + 1 {
        2 => "two".to_string(),
        3 => "three".to_string(),
        n => n.to_string(),
    };
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!(
            "the header has more cells than the rows: read as {rows} rows, {}",
            over.join(", ")
        ),
    ));
}

/// Rows whose names are numbered `1.`, `2.` … (no number column); lines between rows are
/// category rows; a name may wrap onto the next line; with an attribute column a row ends at
/// its attribute.
pub(super) fn labelled_rows(ps: &[Piece], f: usize, acc: &mut Acc) -> Result<Shape, NotATable> {
    // (Header cells may be spaced out, `指 标` `属 性`; or a period's mark, `十四五”` over
    // `目标`.)
    let hp = ps[..f]
        .iter()
        .take_while(|p| {
            let t = strip_spaces(&p.text());
            (has_header_word(&t) || ends_with_period_mark(&t) || starts_with_period_mark(&t))
                && cn_marker(&t).is_none()
                && group_label(&t).is_none()
        })
        .count();
    let hp = if hp < 2 { f } else { hp };
    if hp < 2 || !ps[..hp].iter().all(is_header_cell) {
        return Err(NotATable("header too short"));
    }
    let mut columns = fit_header(&ps[..hp], None, acc);
    let mut k = columns.len();
    let has_attribute = ps[f..].iter().any(|p| is_attr(&p.text()));
    let mut pos = vec![f];
    // (Right after a row's attribute, or a category after it, the next number before a name
    // that opens with a figure is that row's label, no decimal: `2.5岁以下儿童死亡率` after
    // `1.婴儿死亡率` … `预期性`.)
    let after_attribute = |i: usize| {
        (i.saturating_sub(3)..i)
            .rev()
            .find(|&j| is_attr(&ps[j].text()))
            .is_some_and(|j| {
                ps[j + 1..i].iter().all(|p| {
                    let t = p.text();
                    !is_value_cell(&t) && !is_numberish(&t) && label(&t).is_none()
                })
            })
    };
    let labelled_after_attribute = |i: usize, n: u32| {
        has_attribute
            && after_attribute(i)
            && ps[i]
                .text()
                .strip_prefix(&format!("{n}."))
                .is_some_and(|rest| {
                    rest.starts_with(|c: char| c.is_ascii_digit())
                        && rest.chars().filter(|&c| crate::text::is_cjk(c)).count() >= 5
                })
    };
    while let Some(&cur) = pos.last() {
        let n = pos.len() as u32 + 1;
        let hi = (cur + k + 6).min(ps.len());
        match (cur + 1..hi)
            .find(|&i| labelled(&ps[i].text()) == Some(n) || labelled_after_attribute(i, n))
        {
            Some(i) => pos.push(i),
            None => break,
        }
    }
    if let Some((split, groups)) = narrower_rows(&pos, &columns, 0) {
        note_two_row_header(ps, &split, &groups, acc);
        k = split.len();
        columns = split;
        acc.column_groups = groups;
    }
    acc.columns = columns;
    let push_category = |acc: &mut Acc, lines: &[Piece]| {
        if lines.is_empty() {
            return;
        }
        for w in lines.windows(2) {
            acc.join(&w[0], &w[1], "category split over lines");
        }
        let name: String = lines.iter().map(Piece::text).collect();
        acc.rows.push(category_row(&collapse_cjk_spacing(&name)));
    };
    push_category(acc, &ps[hp..f]);
    let mut used = f;
    for (ri, &s) in pos.iter().enumerate() {
        let next = pos.get(ri + 1).copied().unwrap_or(ps.len());
        let seg = ps.get(s..next).unwrap_or(&[]);
        // (Up to the attribute before a `其中` sub-row, which closes the row.)
        let before_sub = seg.iter().enumerate().position(|(i, c)| {
            is_attr(&c.text()) && seg.get(i + 1).is_some_and(|x| opens_sub_row(&x.text()))
        });
        let row_len = if has_attribute {
            before_sub
                .or_else(|| seg.iter().rposition(|c| is_attr(&c.text())))
                .map(|i| i + 1)
                .unwrap_or(seg.len().min(k))
        } else {
            seg.len().min(k)
        };
        let (row, rest) = seg.split_at(row_len.min(seg.len()));
        let no = row.first().map_or(0, Piece::first_no);
        let cells = texts(row);
        // (One piece too many, its only two adjacent pieces of words after the name a value
        // over two paragraphs: `按国家和省规定` / `标准执行`.)
        let words =
            |t: &str| !is_value_cell(t) && !is_numberish(t) && !is_placeholder(t) && !is_attr(t);
        let value_split = (cells.len() == k + 1)
            .then(|| {
                let pairs: Vec<usize> = (0..cells.len() - 1)
                    .filter(|&i| words(&cells[i]) && words(&cells[i + 1]))
                    .collect();
                match pairs[..] {
                    [i] if i >= 1 => Some(i),
                    _ => None,
                }
            })
            .flatten();
        let (name, mut vals) = if let Some(i) = value_split {
            acc.join(&row[i], &row[i + 1], "split cell");
            let mut cells = cells.clone();
            let second = cells.remove(i + 1);
            cells[i].push_str(&second);
            (cells[0].clone(), cells[1..].to_vec())
        } else if cells.len() > k {
            let extra = cells.len() - k;
            for w in row[..=extra].windows(2) {
                acc.join(&w[0], &w[1], "name wrapped onto the next line");
            }
            (cells[..=extra].concat(), cells[extra + 1..].to_vec())
        } else {
            (
                cells.first().cloned().unwrap_or_default(),
                cells.get(1..).unwrap_or(&[]).to_vec(),
            )
        };
        let want = k.saturating_sub(1);
        if vals.len() < want {
            acc.short_rows.push(no);
            let at = if has_attribute && vals.last().is_some_and(|v| is_attr(v)) {
                vals.len() - 1
            } else {
                vals.len()
            };
            while vals.len() < want {
                vals.insert(at, String::new());
            }
        }
        acc.rows.push(item_row(&name, None, vals));
        used = s + row.len();
        if ri + 1 < pos.len() {
            if rest.first().is_some_and(|x| opens_sub_row(&x.text())) {
                // A sub-row without a number: its name, then its values, up to its attribute;
                // what follows it is the next group's category (`工资支付保障`).
                let sub_len = if has_attribute {
                    rest.iter()
                        .position(|c| is_attr(&c.text()))
                        .map_or(rest.len(), |i| i + 1)
                } else {
                    rest.len()
                };
                let (sub, after) = rest.split_at(sub_len.min(rest.len()));
                let mut vals = texts(sub);
                let name = vals.remove(0);
                while vals.len() < want {
                    vals.push(String::new());
                }
                acc.rows.push(item_row(&name, None, vals));
                push_category(acc, after);
            } else {
                push_category(acc, rest);
            }
            used = next;
        }
    }
    Ok(Shape { used })
}

/// The longest cell a row of names and values may hold, in characters.
pub(super) const MAX_VALUE_ROW_CELL: usize = 40;
