//! Rows anchored by their number sequence `1`, `2`, …: the row shapes, `其中` sub-rows, totals,
//! amount columns and the header cells the rows show were broken.

use super::*;

/// Rows anchored by a number column holding `1`, `2`, … (group rows `一`, `二` … in the same
/// column); the first number is piece `f`.
pub(super) fn numbered_rows(ps: &[Piece], f: usize, acc: &mut Acc) -> Result<Shape, NotATable> {
    let j = ps[..f]
        .iter()
        .position(|p| is_number_header(&p.text()))
        .unwrap_or(0);
    let lead = leading_total(ps, f).filter(|&t| t + j <= f);
    let h_end = match lead {
        Some(t) if t >= 2 && ps[..t].iter().all(is_header_cell) => t,
        _ => header_end(ps, f, j)?,
    };
    // A header in two row blocks (its cells split inside a word, a group over the lower row):
    // read against the width of the first row's block.
    let first_block = ps
        .get(h_end..)
        .unwrap_or(&[])
        .iter()
        .position(|p| row_number(&p.text()) == Some(1))
        .map(|f| h_end + f)
        .map(|f| {
            1 + ps
                .get(f + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.gap == 0)
                .count()
        });
    // (The first row's block holds its category before its number too, `旧区改造` / `1`.)
    let block_lead = ps
        .get(h_end..)
        .unwrap_or(&[])
        .iter()
        .position(|p| row_number(&p.text()) == Some(1))
        .map_or(0, |f| {
            ps.get(h_end + 1..=h_end + f)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|p| p.gap == 0)
                .count()
        });
    let blocks = first_block
        .filter(|&w| w >= 2)
        .and_then(|w| block_header(&ps[..h_end], w + block_lead, acc));
    // A header in one row block one line longer than the first row's block, as long as
    // another row's, two of its lines one column's name (`建设` / `年限` over rows of six).
    let one_block = ps
        .get(1..h_end)
        .is_some_and(|h| h.iter().all(|p| p.gap == 0));
    let sizes: Vec<usize> = ps
        .get(h_end..)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .filter(|(_, p)| p.gap > 0 && row_number(&p.text()).is_some())
        .map(|(i, _)| {
            1 + ps
                .get(h_end + i + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.gap == 0)
                .count()
        })
        .collect();
    let qualified = ps.get(..h_end).unwrap_or(&[]).windows(2).any(|w| {
        let (a, b) = (w[0].text(), w[1].text());
        // (Or a year and what it counts before the values of it with their unit:
        // `2030年销售额` / `目标（亿元）`.)
        qualifies_column(&a, &b) || (last_year(&a).is_some() && halves_of_one_column(&a, &b))
    });
    let split_header = first_block.map(|w| w + block_lead).filter(|&w| {
        one_block
            && qualified
            && blocks.is_none()
            && w >= 2
            && w + 1 == h_end
            && sizes.iter().filter(|&&s| s == w).count() >= 2
    });
    let mut columns = match (blocks, split_header) {
        (Some((columns, groups)), _) => {
            note_two_row_header(ps, &columns, &groups, acc);
            acc.column_groups = groups;
            columns
        }
        (None, Some(w)) => {
            // (Only where the header as written reads one cell too many, and the fit to the
            // rows finds the cell.)
            let mut as_written = acc.clone();
            let written = fit_header(&ps[..h_end], None, &mut as_written);
            let mut fitted = acc.clone();
            let columns = fit_header(&ps[..h_end], Some(w), &mut fitted);
            if written.len() == w + 1 && columns.len() == w {
                *acc = fitted;
                columns
            } else {
                *acc = as_written;
                written
            }
        }
        (None, None) => fit_header(&ps[..h_end], None, acc),
    };
    let mut k = columns.len();
    let number_column = |columns: &[String]| {
        columns
            .iter()
            .position(|c| is_number_header(c))
            .unwrap_or(0)
    };
    let mut jc = number_column(&columns);
    if k < 2 || jc >= k {
        return Err(NotATable("no number column"));
    }
    let body = &ps[h_end..];
    // (After a total row under the header, from where that row ends: piece `f` may be the
    // group row `一` before the first row.)
    let from = match lead {
        Some(t) if t == h_end => f - h_end,
        _ => 0,
    };
    let first = from
        + body
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take(jc + 4)
            .position(|p| row_number(&p.text()) == Some(1))
            .ok_or(NotATable("no first row"))?;
    // (A `（一）` with a name and then `1` after it is a group row over rows numbered `1`, `2`…
    // on across the groups, not the first row numbered `（一）`.)
    let first = match body.get(first + 2) {
        Some(p) if paren_number(&body[first].text()) == Some(1) && int_of(&p.text()) == Some(1) => {
            first + 2
        }
        _ => first,
    };
    let mut target = k - jc;
    let mut pos = number_chain(body, first, k, target);
    // Rows one cell wider than a header that names no number column: the number column's
    // header cell is empty (a blank cell over the numbers).
    if !columns.iter().any(|c| is_number_header(c)) && first == 0 {
        let wider = number_chain(body, first, k + 1, k + 1);
        let steps: Vec<usize> = wider.windows(2).map(|w| w[1] - w[0]).collect();
        if !steps.is_empty() && steps.iter().all(|&x| x == k + 1) {
            acc.warnings.push((
                body.first().map_or(0, Piece::first_no),
                "the rows have a number column the header does not name; its header cell left empty"
                    .to_string(),
            ));
            columns.insert(0, String::new());
            k += 1;
            jc = 0;
            target = k;
            pos = wider;
        }
    }
    if let Some((split, groups)) = narrower_rows(&pos, &columns, first.min(jc)) {
        note_two_row_header(ps, &split, &groups, acc);
        columns = split;
        acc.column_groups = groups;
        k = columns.len();
        jc = number_column(&columns);
        if jc >= k {
            return Err(NotATable("no number column"));
        }
        target = k - jc;
        pos = number_chain(body, first, k, target);
    } else if let Some(pairs) = broken_header_cells(body, &pos, first_block, &columns, jc) {
        // (Cells broken over two lines, where the header reads as no two rows.)
        // (The lines as written, for the joins noted: a cell over three lines is two pairs.)
        let written = columns.clone();
        for &i in pairs.iter().rev() {
            let second = columns.remove(i + 1);
            if let Some(w) = ps[..h_end].windows(2).find(|w| {
                Some(&w[0].text()) == written.get(i) && Some(&w[1].text()) == written.get(i + 1)
            }) {
                acc.join(&w[0], &w[1], "header cell split over lines");
            }
            columns[i].push_str(&second);
        }
        k = columns.len();
        jc = number_column(&columns);
        target = k - jc;
        pos = number_chain(body, first, k, target);
    }
    // Where the attribute stands, as an offset from the number: the header's 属性 column, else
    // where the first row has it (a first row is complete: a merged cell starts there) among
    // the columns (past them, a cell of the row is split, `每千名户籍老年人拥有` / `养老床位数`
    // before the attribute, which the rows write last), else the most frequent place.
    let first_attr = |p: usize| {
        body.get(p + 1..(p + target + 1).min(body.len()))
            .and_then(|s| s.iter().position(|x| is_attr(&x.text())))
            .map(|o| o + 1)
    };
    let offs: Vec<usize> = pos.iter().filter_map(|&p| first_attr(p)).collect();
    let attr_off = columns
        .iter()
        .position(|c| names_attribute_column(c))
        .and_then(|c| c.checked_sub(jc))
        .filter(|&o| o >= 1)
        .or_else(|| {
            first_attr(first).and_then(|o| {
                if o < target {
                    Some(o)
                } else {
                    // (Past them, the row's last piece: the attribute is the last column's.)
                    (pos.get(1) == Some(&(first + o + 1))).then(|| target - 1)
                }
            })
        })
        .or_else(|| mode(&offs))
        .filter(|_| !offs.is_empty());
    let after_attr = attr_off.map(|o| target.saturating_sub(o + 1));
    // (Not when a category column stands before the number already: `任务类别` `序号` `重点任务`,
    // the tasks are the rows' names.)
    // (Nor when only years follow it, `序号` `任务` `2021年` … `2025年`: the tasks are the rows'
    // names, each row's cells its steps by year.)
    // (Or a column of places, `乡镇`, written once over its rows.)
    // (Nor a column of names, `片区名称`, where the first row is short of a cell: a merged
    // category is written on its first row, and the cell missing there is another.)
    let first_short = pos
        .first()
        .map(|&p| pos.get(1).copied().unwrap_or(body.len()).saturating_sub(p) < target)
        .unwrap_or(false);
    // (Or any column of words between the number and the rows' names, `学段` before `学校名称`:
    // a row names its own thing, so the column a short row lacks is the one before its name.)
    let before_names = jc + 2 < k
        && strip_spaces(&columns[jc + 2]).ends_with("名称")
        && !columns[jc + 1].contains("名称")
        && bracketed_unit(&columns[jc + 1]).is_none()
        && !is_year_header(&columns[jc + 1]);
    let cat_after = jc + 1 < k
        && (is_category_header(&columns[jc + 1]) || names_places(&columns[jc + 1]) || before_names)
        && !(first_short && columns[jc + 1].contains("名称"))
        && attr_off.is_none_or(|o| o != 1)
        && !(jc >= 1 && is_category_header(&columns[0]))
        && !columns[jc + 2..].iter().all(|c| is_year_header(c));
    let name_idx = usize::from(cat_after);
    let e = target - 1;
    acc.columns = columns;
    // The rows whose pieces fill their columns exactly, read ahead: the usual lengths of the
    // columns for a row before two such rows are read (a first row's cell split over two lines).
    // (With a column before the number, `领域`, the rows that write none: their cells start
    // with the number, as the rows read do.)
    // (Read once, when first asked for.)
    let whole_rows: std::cell::OnceCell<Vec<TableRow>> = std::cell::OnceCell::new();
    let whole = || -> &[TableRow] {
        whole_rows.get_or_init(|| {
            if jc > 1 {
                return Vec::new();
            }
            (0..pos.len())
                .filter_map(|ri| {
                    let a = pos[ri];
                    let b = pos.get(ri + 1).copied().unwrap_or(body.len());
                    let mut seg = body.get(a..b)?;
                    if jc == 1 && next_group_category(body, seg, b) {
                        seg = &seg[..seg.len() - 1];
                    }
                    // (In row blocks, a row that goes on into a block of its own is no whole row:
                    // its last piece is the next row's category.)
                    let cells = seg.get(1..).unwrap_or(&[]);
                    let one_layout =
                        cells.iter().all(|p| p.gap == 0) || cells.iter().all(|p| p.gap > 0);
                    (seg.len() == e + 1 && one_layout).then(|| TableRow {
                        kind: RowKind::Item,
                        cells: texts(&seg[1 - jc..]),
                        ..Default::default()
                    })
                })
                .collect()
        })
    };

    let mut pre_start = 0usize;
    let mut category: Option<String> = None;
    let mut merged = false;
    // The category column after the number has been left to the row above.
    let mut cat_merged = false;
    let mut next_group = 1u32;
    let mut used = 0usize;
    // The total rows (`小计`, `合计`), placed under their columns once all rows are read: each
    // row's index, and 1 when its label is its first cell after its number, else 0.
    let mut totals: Vec<(usize, usize)> = Vec::new();
    // The row before left the next row a category over two paragraphs (`污染物` / `减排`).
    let mut category_over_two = false;
    for (ri, &p) in pos.iter().enumerate() {
        // Before the number: a group row, then the cells of the columns before the number.
        let mut pre: Vec<Piece> = body.get(pre_start..p).unwrap_or(&[]).to_vec();
        // A total row (`小计` and its numbers) closing the group of the rows before.
        if let Some((row, n)) = total_row(&pre, k, is_total_label) {
            totals.push((acc.rows.len(), 0));
            acc.rows.push(row);
            pre.drain(..n.min(pre.len()));
        }
        if let Some(group) = pre.first().and_then(|x| group_label(&x.text())) {
            // A group row in one cell, labelled as a chapter (`一、防汛安全工程`).
            let marker = pre.remove(0);
            push_group_row(acc, &marker, group, &mut next_group);
            category = None;
        } else if pre.first().is_some_and(|x| cn_marker(&x.text()).is_some()) {
            let marker = pre.remove(0);
            let name = if pre.len() > jc {
                Some(pre.remove(0))
            } else {
                None
            };
            if let Some(n) = cn_marker(&marker.text()) {
                if n != next_group {
                    acc.warnings.push((
                        marker.first_no(),
                        format!("group row `{}` out of sequence", marker.text()),
                    ));
                }
                next_group = n + 1;
            }
            acc.rows.push(TableRow {
                kind: RowKind::Category,
                number: Some(marker.text()),
                name: name.as_ref().map(Piece::text).unwrap_or_default(),
                group: None,
                cells: Vec::new(),
            });
            category = None;
        }
        // A group's category cell, then the group's total before its first row (`机构养老`
        // `小计` `9800` `1` …): the category a row of its own over the group, then the total.
        if jc >= 1
            && pre.len() > jc
            && pre
                .first()
                .is_some_and(|x| !is_numberish(&x.text()) && is_category_cell(&x.text()))
        {
            if let Some((row, n)) = total_row(&pre[1..], k, is_total_label) {
                let name = pre.remove(0).text();
                acc.rows.push(TableRow {
                    kind: RowKind::Category,
                    number: None,
                    name: name.clone(),
                    group: None,
                    cells: Vec::new(),
                });
                category = Some(name);
                totals.push((acc.rows.len(), 0));
                acc.rows.push(row);
                pre.drain(..n.min(pre.len()));
            }
        }
        // A category over two paragraphs before the number, `污染物` / `减排`, as the row
        // before left them: one cell.
        if std::mem::take(&mut category_over_two) && pre.len() == 2 {
            merge_at(&mut pre, 0, acc, "split cell");
        }
        if pre.len() > jc {
            // More cells before the number than columns there: a row without a number (a
            // `其中` sub-row) or stray cells; kept as a row of their own, under the columns after
            // the number when they fit there.
            // (A sub-row's cells run to its attribute: the cell before the number is after it.)
            // (Nor is a figure after a sub-row a category: `其中：…（人）` `38` `90`, its
            // attribute merged above, then row 10; nor words with a figure where no category
            // so far has one, `力争25%`.)
            let plain_categories = !acc
                .rows
                .iter()
                .filter_map(|r| r.group.as_ref())
                .any(|g| g.chars().any(|c| c.is_ascii_digit()));
            // (Nor a cell the last column has held: `超额完成` under 完成情况.)
            // (Nor a placeholder, `/` under 完成情况: no category is one.)
            let figures_last = pre.last().is_some_and(|x| {
                let t = x.text();
                is_numberish(&t)
                    || is_value_cell(&t)
                    || is_placeholder(&t)
                    || (plain_categories && t.chars().any(|c| c.is_ascii_digit()))
                    || repeats_last_cell(&acc.rows, &t)
            }) && pre.first().is_some_and(|x| opens_sub_row(&x.text()));
            // (Sub-rows one after another, each as wide as a row after its number and with its
            // attribute in the same place, `其中：雨水管网` … `预期性` `五年累计`, `污水管网` …
            // `预期性` `五年累计`: the last cell is the last sub-row's, no category.)
            let sub_width = k.saturating_sub(jc + 1);
            // (Or, no attribute column, each a name of words then its unit and figures:
            // `其中：国家级科技创新平台` `家` `8` `12`, `省级科技创新平台` `家` `66` `100`; the
            // last may be what the last column of a row above holds, `超额完成`.)
            let figured = |c: &[Piece]| {
                c.split_first().is_some_and(|(name, rest)| {
                    let t = name.text();
                    !is_value_cell(&t)
                        && !is_placeholder(&t)
                        && !is_numberish(&t)
                        && rest.iter().enumerate().all(|(i, x)| {
                            let t = x.text();
                            is_value_cell(&t)
                                || is_placeholder(&t)
                                || is_unit_like(&t)
                                || (i + 1 == rest.len() && repeats_last_cell(&acc.rows, &t))
                        })
                        && rest.iter().any(|x| is_value_cell(&x.text()))
                })
            };
            let whole_subs = sub_width >= 3
                && pre.len() >= 2 * sub_width
                && pre.len().is_multiple_of(sub_width)
                && pre.first().is_some_and(|x| opens_sub_row(&x.text()))
                && {
                    let attrs: Vec<Option<usize>> = pre
                        .chunks(sub_width)
                        .map(|c| c.iter().position(|x| is_attr(&x.text())))
                        .collect();
                    attrs.iter().all(|a| a.is_some() && *a == attrs[0])
                        || (attr_off.is_none() && pre.chunks(sub_width).all(figured))
                };
            // (Nor, in row blocks, a cell inside the sub-row's block when the next row's
            // number opens its own: its 备注 after its attribute, `2000年底前建成的住宅小区`.)
            let block_last = pre
                .first()
                .is_some_and(|x| x.gap > 0 && opens_sub_row(&x.text()))
                && pre.iter().skip(1).all(|x| x.gap == 0)
                && body.get(p).is_some_and(|x| x.gap > 0);
            let cut = pre
                .iter()
                .rposition(|x| is_attr(&x.text()))
                .map_or(0, |a| a + 1)
                .max(if figures_last || whole_subs || block_last {
                    pre.len()
                } else {
                    pre.len() - jc
                })
                .min(pre.len());
            let extra: Vec<Piece> = pre.drain(..cut).collect();
            // (Sub-rows one after another, `其中：企业数量` … `其中：新开设企业数` …, or the next
            // after the attribute that ends one, `四级公路` …: a row each.)
            let mut starts: Vec<usize> = vec![0];
            // (Not after the attribute alone, where the attribute comes before the names:
            // `约束性` `其中：拆除重建面积` `万平方米` `[12]` is one sub-row.)
            starts.extend((1..extra.len()).filter(|&i| {
                (opens_sub_row(&extra[i].text()) && !(i == 1 && is_attr(&extra[0].text())))
                    || (after_attr == Some(0) && is_attr(&extra[i - 1].text()))
                    || (whole_subs && i % sub_width == 0)
            }));
            for (n, &a) in starts.iter().enumerate() {
                let b = starts.get(n + 1).copied().unwrap_or(extra.len());
                let part = extra.get(a..b).unwrap_or(&[]);
                // (A group row after a sub-row that closes the group before it, `其中：…`
                // `预期性` `二、调运保障`: the next group's row.)
                if let ([marker], Some(group)) =
                    (part, part.first().and_then(|x| group_label(&x.text())))
                {
                    push_group_row(acc, marker, group, &mut next_group);
                    category = None;
                    continue;
                }
                // (In row blocks, a sub-row one cell wider than the columns after the number,
                // its name over two lines: joined.)
                let mut joined = part.to_vec();
                // (Or, under a category merged after the number, a sub-row as wide as a row after
                // its number: no `其中` is a category, so its name is over two paragraphs,
                // `其中：山洪和地质灾害` / `危险区村（社区）`.)
                // (A measure's end with its unit in brackets is words too: `消除率（%）`.)
                let words_next = part.get(1).is_some_and(|x| {
                    let t = x.text();
                    // (Or a measure's end before a shorter unit, whatever characters of units it
                    // holds: `人员占比` before `%`.)
                    let measure = bracket_tail(&t).is_some_and(|(n, _)| n.chars().count() >= 2)
                        || (names_measure(&t)
                            && part.get(2).is_some_and(|u| {
                                let u = u.text();
                                is_unit_like(&u) && u.chars().count() < t.chars().count()
                            }));
                    (!is_unit_like(&t) || measure)
                        && !is_value_cell(&t)
                        && !is_attr(&t)
                        && !is_placeholder(&t)
                });
                let sub_over_two = cat_after
                    && part.len() == e
                    && part.first().is_some_and(|x| opens_sub_row(&x.text()))
                    && words_next;
                let sub_before_unit =
                    !cat_after && share_over_two_before_unit(part, e, &acc.columns, jc);
                // (Or, in cells one per paragraph, over two paragraphs: `其中：中心城区接警后
                // 5分钟` / `到达责任区边缘覆盖率` / `%`.)
                let paragraphs = part.iter().all(|x| x.gap > 0);
                // (Or, one piece too many, its name broken mid-phrase or before its measure's
                // unit: `其中：面向少年儿童的阅读` / `推广活动（万场次）`.)
                let share_broken = part.len() == e + 1
                    && part.first().is_some_and(|x| opens_sub_row(&x.text()))
                    && part.get(1).is_some_and(|x| {
                        let t = x.text();
                        !is_value_cell(&t)
                            && !is_placeholder(&t)
                            && !is_attr(&t)
                            && (bracket_tail(&t).is_some_and(|(n, u)| {
                                n.chars().count() >= 2 && (1..=5).contains(&u.chars().count())
                            }) || part.first().is_some_and(|f| stops_mid_phrase(&f.text())))
                    });
                // (Or, one piece too many, right before the attribute where the attribute's
                // column follows the name's: `其中：新时代城市建设者` / `管理者之家床位` / `预期性`.)
                let share_before_attribute = attr_off == Some(2)
                    && !cat_after
                    && part.len() == e + 1
                    && part.first().is_some_and(|x| opens_sub_row(&x.text()))
                    && part.get(2).is_some_and(|x| is_attr(&x.text()))
                    && part.get(1).is_some_and(|x| {
                        // (Words longer than a unit, whatever characters of units they hold:
                        // `…之家床位`.)
                        let t = x.text();
                        t.chars().count() >= 4
                            && !is_value_cell(&t)
                            && !is_placeholder(&t)
                            && !is_attr(&t)
                            && bracket_tail(&t).is_none()
                    });
                if share_broken
                    || share_before_attribute
                    || (acc.columns.get(jc + 2).is_some_and(|c| is_unit_header(c))
                        && part.len() == e + 1
                        && part
                            .first()
                            .is_some_and(|x| x.gap > 0 && opens_sub_row(&x.text()))
                        && (name_over_two_lines(part, 0)
                            || (paragraphs && name_over_two_paragraphs(part, 0))))
                    || sub_over_two
                    || sub_before_unit
                {
                    merge_at(&mut joined, 0, acc, "split cell");
                }
                let part = &joined[..];
                let t = texts(part);
                acc.warnings.push((
                    part.first().map_or(0, Piece::first_no),
                    format!(
                        "{} cell(s) without a row number between two rows: `{}`; kept as a row of their own",
                        t.len(),
                        t.join("` `")
                    ),
                ));
                let shape = RowShape {
                    jc,
                    e,
                    k,
                    cat_after,
                    unit_after_name: unit_after_name(&acc.columns, jc + usize::from(cat_after)),
                    attr_at: attr_off.map(|o| jc + o),
                    baseline_at: baseline_before_attribute(&acc.columns, jc, attr_off),
                    baseline_last: baseline_after_attribute(&acc.columns, jc, attr_off, e),
                };
                // (A `其中` sub-row one short, under a column after the number that no row has
                // left to the one above: its gap where its figures fit their columns, `其中：雨污
                // 分流改造` `13.8` `6.1` `7.7` without its count.)
                let fitted = (cat_after
                    && !cat_merged
                    && attr_off.is_none()
                    && part.len() + 1 == e
                    && part.first().is_some_and(|x| opens_sub_row(&x.text())))
                .then(|| profile_gap(&acc.rows, jc, part, 1))
                .flatten()
                .map(|g| {
                    let mut cells = vec![String::new(); jc + 1];
                    let mut t = t.clone();
                    t.insert(g.min(t.len()), String::new());
                    cells.extend(t);
                    cells
                });
                // (Or a `其中` sub-row one short right under its row, which lacks one cell after
                // its name: the same cell, the share having no figure where its row has none,
                // `其中：工业涂装…` `吨` `预期性` `400` `452` under a row without its 2020年基期值.)
                let before_name = jc + 1 + usize::from(cat_after);
                let parents = (fitted.is_none()
                    && part.len() + 1 + usize::from(cat_after) == e
                    && part.first().is_some_and(|x| opens_sub_row(&x.text())))
                .then(|| {
                    let above = acc.rows.last().filter(|r| r.kind == RowKind::Item)?;
                    // (Its cells from the name on: `above.cells[j]` is column `j + 1`.)
                    let mut empty = (before_name..k)
                        .filter(|&c| above.cells.get(c - 1).is_some_and(|x| x.is_empty()));
                    let g = empty.next()?;
                    (empty.next().is_none() && above.cells.len() + 1 == k && g > before_name)
                        .then_some(g)
                })
                .flatten()
                .map(|g| {
                    let mut cells = vec![String::new(); before_name];
                    let mut t = t.clone();
                    t.insert((g - before_name).min(t.len()), String::new());
                    cells.extend(t);
                    cells
                });
                if let Some(g) = parents
                    .as_ref()
                    .and_then(|c| c.iter().skip(before_name).position(String::is_empty))
                {
                    acc.warnings.push((
                        part.first().map_or(0, Piece::first_no),
                        format!(
                            "row {}: a cell missing; left empty under `{}`, as in its row above",
                            t.first().map_or("", String::as_str),
                            acc.columns.get(before_name + g).map_or("", String::as_str)
                        ),
                    ));
                }
                let all = fitted
                    .or(parents)
                    .unwrap_or_else(|| shape.unnumbered(t, attr_off.is_some()));
                acc.rows.push(named_row(all, category.clone()));
            }
        }
        let no = body.get(p).map_or(0, Piece::first_no);
        let end_piece = body.get(p).map_or(0, |x| x.end);
        let mut pre_cells: Vec<String> = texts(&pre);
        if pre_cells.len() < jc {
            merged = true;
            while pre_cells.len() < jc {
                pre_cells.insert(0, String::new());
            }
        } else if let Some(c) = pre_cells.first() {
            if jc > 0 {
                category = Some(c.clone());
            }
        }
        // The row: from its number to where the next row's cells begin.
        let next = pos.get(ri + 1).copied().unwrap_or(body.len());
        let seg = body.get(p..next).unwrap_or(&[]);
        let last = ri + 1 == pos.len();
        let est = match (
            after_attr,
            seg.iter().skip(1).position(|x| is_attr(&x.text())),
        ) {
            // (The cells after the attribute, up to a `其中` sub-row: the row left them empty.)
            (Some(aa), Some(a)) => {
                a + 2
                    + seg
                        .get(a + 2..)
                        .unwrap_or(&[])
                        .iter()
                        .take(aa)
                        .take_while(|x| !opens_sub_row(&x.text()))
                        .count()
            }
            _ => target,
        };
        let group_at = seg
            .iter()
            .skip(1)
            .position(|x| cn_marker(&x.text()).is_some() || group_label(&x.text()).is_some())
            .map(|g| g + 1);
        let own_len = if last {
            // (The last row's cells split after `、` or a comma, `区委宣传部、区教育局、` /
            // `区融媒体中心`: a piece more for each, up to a note.)
            let base = est.min(seg.len());
            // (In row blocks, the last row's block ends at its blank line: a sentence in a block
            // of its own after it is the text under the table, not the row's last cell; a
            // number alone in its paragraph opens no block.)
            // (Nor the table's caption below it, a note or nothing after: `栖浦区…主要指标`.)
            let caption_below = |j: usize| {
                is_caption_below(&seg[j].text())
                    && seg
                        .get(j + 1)
                        .is_none_or(|x| is_note_start(&x.text()) || is_stop(&x.text()))
            };
            let base = if seg.first().is_some_and(|x| x.gap > 0) {
                (2..base)
                    .find(|&j| {
                        seg[j].gap > 0
                            && (seg[j].text().ends_with(['。', '！', '？']) || caption_below(j))
                            && seg[1..j].iter().all(|x| x.gap == 0)
                    })
                    .unwrap_or(base)
            } else {
                base
            };
            // (Nor a sentence of the text right after the last row, in cells one per paragraph,
            // where no cell of the rows above is a sentence: `2026—2030年` / `严格落实项目建设
            // 管理。建立…`, the row short of a cell.)
            let longest_last = last_cells(&acc.rows)
                .iter()
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0);
            let sentences_above = acc
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.iter().any(|c| c.ends_with(['。', '！', '？'])));
            let base = match base.checked_sub(1).and_then(|j| seg.get(j).map(|x| (j, x))) {
                Some((j, x))
                    if j >= 2
                        && x.gap > 0
                        && longest_last > 0
                        && !sentences_above
                        && x.text().ends_with(['。', '！', '？'])
                        && x.text().chars().count() >= (2 * longest_last).max(20) =>
                {
                    j
                }
                _ => base,
            };
            let open = seg
                .get(1..base)
                .unwrap_or(&[])
                .iter()
                .filter(|x| ends_open(&x.text()))
                .count();
            let more = seg
                .get(base..)
                .unwrap_or(&[])
                .iter()
                .take(open)
                .take_while(|x| {
                    let t = x.text();
                    !is_stop(&t) && !is_note_start(&t) && !t.ends_with(['。', '！', '？'])
                })
                .count();
            let own = base + more;
            // (And a piece more where the table ends after it, a note, a heading, the caption
            // below or nothing next, that ends as the last column's cells all do, names bodies
            // as they all do, or stands for no value: `未完成` under `已完成`, `—` under `完成`,
            // the row's name over two paragraphs.)
            let ends_table = seg.get(own + 1).is_none_or(|x| {
                is_note_start(&x.text()) || is_stop(&x.text()) || caption_below(own + 1)
            });
            // (Or a goal in words under a last column of targets: `确保完成省下达目标`.)
            let target_last = acc
                .columns
                .last()
                .is_some_and(|c| strip_spaces(c).contains("目标"));
            // (Or a time under a last column of times whose cells so far are all times:
            // `持续推进` under 完成时限 after `2028年底前`.)
            let times_last = acc
                .columns
                .last()
                .is_some_and(|c| names_time_column(&strip_spaces(c)))
                && {
                    let lasts = last_cells(&acc.rows);
                    lasts.len() >= 2 && lasts.iter().all(|c| names_time(c))
                };
            let closes = seg.get(own).is_some_and(|x| {
                let t = x.text();
                !is_stop(&t)
                    && !is_note_start(&t)
                    && !t.ends_with(['。', '！', '？'])
                    && (ends_like_last_column(&acc.rows, &t)
                        || names_bodies_as_last_column(&acc.rows, &t)
                        || lists_names_as_last_column(&acc.rows, &t)
                        || is_placeholder(&t)
                        || (target_last && t.chars().count() <= 20 && reads_as_target(&t))
                        || (times_last && names_time(&t)))
            });
            own + usize::from(ends_table && closes)
        } else if let Some(g) = group_at {
            // (Up to a `其中` sub-row after the row's cells: the last of its group.)
            let l0 = est.min(seg.len());
            match seg.get(l0) {
                Some(x) if l0 < g && opens_sub_row(&x.text()) => l0,
                _ => g,
            }
        } else if let Some(j) = early_sub_row(seg, est) {
            j
        } else {
            let l0 = est.min(seg.len());
            let rest = &seg[l0..];
            let sub_row = rest.first().is_some_and(|x| opens_sub_row(&x.text()))
                || (rest.len() > jc && rest[..rest.len() - jc].iter().any(|x| is_attr(&x.text())));
            // (Or one piece further, the row's name over two paragraphs: `新建改建农村` /
            // `供水管网长度` … `完成`, then `其中：老旧管网更新改造`.)
            let sub_row_next = rest.get(1).is_some_and(|x| opens_sub_row(&x.text()))
                && rest.first().is_some_and(|x| !opens_sub_row(&x.text()));
            if sub_row {
                l0
            } else if sub_row_next {
                l0 + 1
            } else {
                let mut l = est.max(seg.len().saturating_sub(jc)).min(seg.len());
                // (Or a category over two paragraphs before the next row's number, `污染物` /
                // `减排`, after a row whole without them, its last cell a figure or bodies under
                // a column of bodies: both the next row's.)
                let short_words = |x: &Piece| {
                    let t = x.text();
                    is_category_cell(&t)
                        && (2..=12).contains(&t.chars().count())
                        && t.chars().all(crate::text::is_cjk)
                        && !is_attr(&t)
                };
                if jc == 1
                    && est == target
                    && seg.len() == est + 2
                    && l == est + 1
                    && seg[est..]
                        .iter()
                        .all(|x| short_words(x) && !evaluates(&x.text()))
                    && !is_unit_like(&seg[est].text())
                    && est
                        .checked_sub(1)
                        .and_then(|i| seg.get(i))
                        .is_some_and(|x| {
                            // (A cumulative figure in brackets, `[19.6]`, too; or bodies where
                            // the last column's cells name bodies, `区农业农村委`.)
                            let t = x.text();
                            let bare = t
                                .trim_start_matches(['[', '［'])
                                .trim_end_matches([']', '］']);
                            is_value_cell(bare)
                                || is_placeholder(bare)
                                || names_bodies_as_last_column(&acc.rows, &t)
                        })
                {
                    l = est;
                    category_over_two = true;
                }
                // In row blocks the next row's cells before its number open a block of their
                // own: pieces that go on in this row's block (`120.0` after a content cell
                // split over two lines, or after a name split over two paragraphs) are this
                // row's. (Rows written one line after another, no blank line before the next
                // row's number, are no blocks.)
                let in_block = seg.get(l).is_some_and(|x| x.gap == 0)
                    && seg.get(l..).unwrap_or(&[]).iter().all(|x| x.gap == 0)
                    && body.get(next).is_some_and(|x| x.gap > 0);
                // (Nor is a figure ever the next row's category: `4.5`, a target after a name
                // over two paragraphs.)
                // (Nor a cell the last column has held: `完成` under 完成情况 after a name over
                // two paragraphs, `森林火灾24小时` / `扑灭率`; nor bodies where every last cell
                // so far names bodies and no category does, `区旧改办` under 责任单位 after
                // `推进北塘村、西汇村、东岚浜` / `城中村改造`.)
                // (Nor bodies under a last column of bodies, `区残联、区建设管理委` under
                // 责任单位, where no category so far names bodies.)
                let at_end = l + 1 == seg.len();
                // (Bodies as every last cell so far, where no category names bodies.)
                let bodies_as_last_cells = |t: &str| {
                    names_bodies_as_last_column(&acc.rows, t)
                        && opens_as_last_cells(&acc.rows, t)
                        && !acc
                            .rows
                            .iter()
                            .filter_map(|r| r.group.as_deref())
                            .any(names_bodies)
                };
                let last_column = acc
                    .columns
                    .last()
                    .map(|c| strip_spaces(c))
                    .unwrap_or_default();
                // (Bodies that open as every last cell so far does, `区…`: not `文化体育场馆`
                // after `区教育局`, the next group's category.)
                let bodies_last = at_end
                    && last_column.chars().count() >= 4
                    && ends_as_bodies_column(&last_column)
                    && names_bodies(&seg[l].text())
                    && opens_as_last_cells(&acc.rows, &seg[l].text())
                    && !acc
                        .rows
                        .iter()
                        .filter_map(|r| r.group.as_deref())
                        .any(names_bodies);
                // (Nor a time under a last column of times, `2026—2030年` under 建设年限.)
                let time_last =
                    at_end && names_time_column(&last_column) && names_time(&seg[l].text());
                if in_block
                    || bodies_last
                    || time_last
                    || (at_end && last_piece_is_the_rows(seg, e, &acc.rows))
                    || seg[l..].iter().any(|x| {
                        let t = x.text();
                        !is_category_cell(&t)
                            || is_numberish(&t)
                            || repeats_last_cell(&acc.rows, &t)
                            || bodies_as_last_cells(&t)
                    })
                {
                    l = seg.len();
                }
                // (Nor is a category where the attribute closes the row, when the attribute
                // is merged over the group: `2` `货邮吞吐量` `万吨` `16.5` `40` `产业发展`.)
                let attribute_merged = || {
                    let attribute_last = acc
                        .columns
                        .last()
                        .is_some_and(|c| names_attribute_column(c));
                    let said = rows_or_ahead(&acc.rows, &whole)
                        .iter()
                        .any(|r| r.cells.last().is_some_and(|c| is_attr(c)));
                    attribute_last
                        && said
                        && seg.len() == e + 1
                        && seg.last().is_some_and(|x| {
                            let t = x.text();
                            !is_attr(&t) && words_alone(&t) && !is_unit_like(&t)
                        })
                };
                // (In row blocks, a piece that opens the block of the next row's number, after
                // the row's own block: `13` `森林康养基地数量` `个` `3` `8` / `生态文化` `14` ….)
                let opens_next_block = || {
                    seg.split_last().is_some_and(|(last, own)| {
                        let t = last.text();
                        last.gap > 0
                            && body.get(next).is_some_and(|x| x.gap == 0)
                            && own.len() >= 3
                            && own[1..].iter().all(|x| x.gap == 0)
                            && words_alone(&t)
                    })
                };
                // (Nor words of no body and no time in the last column's place, where the last
                // column names bodies or times and every last cell so far is one: the next group's
                // category.)
                let last_of_no_kind = |column_is: fn(&str) -> bool, cell_is: fn(&str) -> bool| {
                    let lasts = last_cells(&acc.rows);
                    seg.len() == e + 1
                        && column_is(&last_column)
                        && !lasts.is_empty()
                        && lasts.iter().all(|c| cell_is(c))
                        && seg.last().is_some_and(|x| {
                            let t = x.text();
                            words_alone(&t) && !names_bodies(&t) && !names_time(&t)
                        })
                };
                // (Bodies: after a row whose last bodies vanished, `区水务局` / `农村生活垃圾治理`
                // under 配合单位.)
                let not_bodies = || last_of_no_kind(ends_as_bodies_column, names_bodies);
                // (Nor words after bodies that stand in the place of a column of times, before a
                // last column of bodies: the row's time vanished, the bodies are its last cell
                // and the words the next group's category, `区公交公司` / `枢纽场站` under 建设年限
                // and 责任单位 after rows of `2026—2028年`.)
                let time_vanished = || {
                    let n = acc.columns.len();
                    let Some(ti) = n.checked_sub(2) else {
                        return false;
                    };
                    // (A row's cells leave out the merged category: the time is its cell before
                    // the last.)
                    let times: Vec<&String> = acc
                        .rows
                        .iter()
                        .filter(|r| r.kind == RowKind::Item)
                        .filter_map(|r| r.cells.len().checked_sub(2).and_then(|i| r.cells.get(i)))
                        .filter(|c| !c.is_empty())
                        .collect();
                    let (Some(before), Some(last)) =
                        (e.checked_sub(1).and_then(|i| seg.get(i)), seg.last())
                    else {
                        return false;
                    };
                    let t = last.text();
                    seg.len() == e + 1
                        && e >= 3
                        && ends_as_bodies_column(&last_column)
                        && acc.columns.get(ti).is_some_and(|c| names_time_column(c))
                        && times.len() >= 2
                        && times.iter().all(|c| names_time(c))
                        && !names_time(&before.text())
                        && names_bodies(&before.text())
                        && words_alone(&t)
                        && !names_time(&t)
                };
                // (Times, after a time: after a row whose assisting bodies vanished, `长期坚持` /
                // `数据协同` under 完成时限.)
                let not_time = || {
                    last_of_no_kind(names_time_column, names_time)
                        && e.checked_sub(1)
                            .and_then(|i| seg.get(i))
                            .is_some_and(|x| names_time(&x.text()))
                };
                if jc >= 1
                    && l == seg.len()
                    && seg.len() > 2
                    && (next_group_category(body, seg, next)
                        || not_bodies()
                        || not_time()
                        || time_vanished()
                        || opens_next_block()
                        || (jc == 1
                            && next_category_ends(rows_or_ahead(&acc.rows, &whole), seg, e)
                            && !last_piece_is_the_rows(seg, e, &acc.rows)
                            // (Nor bodies as every last cell so far, the row whole: `区市场监管局`
                            // under 牵头单位 after rows of `区数据局`.)
                            && !seg.last().is_some_and(|x| bodies_as_last_cells(&x.text()))
                            // (Nor a time in words under a last column of times, `持续推进`
                            // under 完成时限 after rows of `…年底前`.)
                            && !time_in_words_last(&acc.columns, seg))
                        || attribute_merged())
                {
                    l -= 1;
                }
                l
            }
        };
        // A total row after the row's cells ends the row (right after the number, it is the
        // row: a numbered total, `3` `合计` `20.7`).
        // (In row blocks a total opens a block of its own: `全市` inside the row's block is
        // the row's place, `存量商品住房收购` `全市` `1500`.)
        // (The next row's block opens at its number, or at the merged category before it.)
        let opens_block = |i: usize| body.get(i).is_some_and(|x| x.gap > 0);
        let blocks = seg.get(1).is_some_and(|x| x.gap == 0)
            && (opens_block(next) || (jc >= 1 && next.checked_sub(1).is_some_and(opens_block)));
        // (Nor, in a row short of its cells so far, the whole area: `全区` `1850` `2021—2023年`
        // after a project's 建设内容 is its place, investment and years.)
        let total_at = (2..seg.len()).find(|&i| {
            let inside_block = blocks && seg[i].gap == 0;
            let place = i <= e && is_whole_area(&strip_spaces(&seg[i].text()));
            !inside_block && !place && total_len(&seg[i..], k, None) > 0
        });
        let numbered_total = k > 1 && total_len(seg.get(1..).unwrap_or(&[]), k - 1, None) > 0;
        let own_len = total_at.map_or(own_len, |t| own_len.min(t));
        // (And a category cell right before that total, past the row's own cells, opens the
        // next group: `2022—2024年` `社区养老` `小计` `14260`; in row blocks, only where it opens
        // a block.)
        let own_len = match total_at {
            Some(t)
                if jc >= 1
                    && own_len == t
                    && t >= e + 2
                    && seg.get(t - 1).is_some_and(|x| {
                        !is_numberish(&x.text())
                            && is_category_cell(&x.text())
                            && !(blocks && x.gap == 0)
                    }) =>
            {
                t - 1
            }
            _ => own_len,
        };
        // The last piece before the next row's number, after this row's attribute, is the next
        // row's merged category rather than this row's note when it reads as one of the
        // categories (`知识产权保护` after `知识产权创造`, `知识产权运用`).
        let named = jc >= 1
            && !last
            && own_len == seg.len()
            && own_len >= 3
            && seg[..own_len - 1]
                .iter()
                .skip(1)
                .any(|x| is_attr(&x.text()))
            && seg
                .last()
                .is_some_and(|x| reads_as_category(&x.text(), &acc.rows));
        // (Or by its size, as the categories and as no word of the last column.)
        let sized = jc >= 1
            && !last
            && own_len == seg.len()
            && own_len >= 3
            && seg.last().is_some_and(|x| {
                sized_as_category(&x.text(), &acc.rows, acc.columns.last().map(String::as_str))
            });
        // (In row blocks, never a piece of the row's own block: `文化创意` closing the block of
        // row 5, whose number opens it, is row 5's.)
        let in_own_block = seg.first().is_some_and(|x| x.gap > 0)
            && seg.get(1..).is_some_and(|r| r.iter().all(|x| x.gap == 0));
        // (Nor the row's own last piece: an evaluation, or a goal in words it would be short of.)
        // (Nor a time in words under a last column of times, `持续推进` under 完成时限.)
        let own_last = own_len == seg.len()
            && (last_piece_is_the_rows(seg, e, &acc.rows) || time_in_words_last(&acc.columns, seg));
        let own_len = if (named || sized) && !in_own_block && !own_last {
            own_len - 1
        } else {
            own_len
        };
        let own = seg.get(..own_len).unwrap_or(seg);
        // Fit the cells after the number to the columns after it.
        let mut after: Vec<Piece> = own.get(1..).unwrap_or(&[]).to_vec();
        // A bound alone before its figure (`不少于` / `300个`): one cell.
        while let Some(i) = (0..after.len().saturating_sub(1))
            .find(|&i| bare_bound(&after[i].text()) && is_value_cell(&after[i + 1].text()))
        {
            merge_at(&mut after, i, acc, "split cell");
        }
        // In row blocks, the last row's block may go on after its cells: its last cell is
        // written over two lines (`区司法局` / `各街道（镇）`).
        let tail = if last && e > 0 && after.len() == e && seg.first().is_some_and(|x| x.gap > 0) {
            seg.get(own.len()..)
                .unwrap_or(&[])
                .iter()
                // (Not a caption below the rows or a note, right under the last row: `0.62` /
                // `“十五五”珩沙区生态廊道建设主要指标` / `注：…`.)
                .take_while(|x| {
                    let t = x.text();
                    x.gap == 0
                        && x.parts.len() == 1
                        && !is_stop(&t)
                        && (t.starts_with(['（', '(']) || !is_caption(&t))
                        && !is_note_start(&t)
                })
                .count()
        } else {
            0
        };
        // (Unless a cell before stops where its words go on, `…中期评估和`: that one is over two
        // lines, and the rest move on a cell.)
        let mid_open = after
            .iter()
            .rev()
            .skip(1)
            .any(|x| stops_mid_phrase(&x.text()));
        // (Unless the line that goes on is one before, a cell over two lines inside the row:
        // `东市河与文庙街` / `交汇处` `保留历史建筑` `第四批`, each cell after it of its column.)
        let inside_join = if tail == 1 && !mid_open {
            seg.get(own.len()).and_then(|x| {
                let mut texts: Vec<String> = after.iter().map(Piece::text).collect();
                texts.push(x.text());
                join_within(&acc.rows, jc, &texts)
            })
        } else {
            None
        };
        if let (Some(i), Some(x)) = (inside_join, seg.get(own.len())) {
            after.push(x.clone());
            merge_at(&mut after, i, acc, "split cell");
        }
        for x in seg
            .get(own.len()..own.len() + tail)
            .unwrap_or(&[])
            .iter()
            .filter(|_| inside_join.is_none())
        {
            if mid_open {
                after.push(x.clone());
            } else if let Some(cell) = after.last_mut() {
                acc.join(cell, x, "split cell");
                cell.absorb(x.clone());
            }
        }
        pre_start = p + own.len() + tail;
        used = pre_start;
        // A cell split after a comma (`东至四川北路，` / `南至海宁路…`): no cell ends so, the
        // piece goes on in the next one.
        // (Whether a line left open was joined so: the row's cell over two lines, and no gap
        // then to place by joining two more.)
        let mut joined_open = false;
        while after.len() > e {
            let split = (0..after.len().saturating_sub(1)).find(|&i| ends_open(&after[i].text()));
            if !split.is_some_and(|i| merge_at(&mut after, i, acc, "split cell")) {
                break;
            }
            joined_open = true;
        }
        // (So in a row as wide as the columns, inside the row's block: `…雨污分流改造，` /
        // `同步实施…`, the row then a cell short, a cell merged over its group; or in a row
        // already short: `…前期研究，` / `适时启动…`, its investments vanished. Or a list of
        // bodies stopped at its `、`: `区绿化市容局、区规划资源局、` / `杉城街道办事处`.)
        if after.len() <= e && seg.first().is_some_and(|x| x.gap > 0) {
            let split = (0..after.len().saturating_sub(1)).find(|&i| {
                let next = &after[i + 1];
                let t = after[i].text();
                let bodies_open = t.ends_with('、')
                    && names_bodies(t.trim_end_matches('、'))
                    && names_bodies(&next.text());
                (t.ends_with('，') || bodies_open)
                    && next.gap == 0
                    && !is_numberish(&next.text())
                    && !is_value_cell(&next.text())
            });
            if let Some(i) = split {
                joined_open |= merge_at(&mut after, i, acc, "split cell");
            }
        }
        // In row blocks, a blank line inside a row's block stands where an empty cell vanished
        // (`4` `算力总规模` `EFLOPS`, a blank line, `10` `预期性`).
        if after.len() < e && seg.first().is_some_and(|x| x.gap > 0) {
            let inside: Vec<usize> = (1..after.len()).filter(|&i| after[i].gap > 0).collect();
            let tight = after.iter().filter(|x| x.gap == 0).count();
            if !inside.is_empty() && inside.len() == e - after.len() && tight * 2 >= after.len() {
                for &i in inside.iter().rev() {
                    let column = acc.columns.get(jc + 1 + i).cloned().unwrap_or_default();
                    acc.warnings.push((
                        after[i].first_no(),
                        format!(
                            "row {}: a blank line inside its block read as an empty cell under `{column}`",
                            body.get(p).map(Piece::text).unwrap_or_default()
                        ),
                    ));
                    after.insert(i, empty_piece(no, end_piece));
                }
            }
        }
        // The column after the name's is the unit's.
        let unit_next = acc
            .columns
            .get(jc + 2 + name_idx)
            .is_some_and(|c| c.contains("单位"));
        // (In row blocks, a name over two lines in a row as wide as the columns and with its
        // attribute, words under the unit and a unit after them: the row is short of a cell.)
        if after.len() == e
            && attr_off.is_some()
            && acc
                .columns
                .get(jc + 2 + name_idx)
                .is_some_and(|c| is_unit_header(c))
            && seg.first().is_some_and(|x| x.gap > 0)
            && after.get(name_idx).is_some_and(|x| x.gap == 0)
            && name_over_two_lines(&after, name_idx)
        {
            merge_at(&mut after, name_idx, acc, "split cell");
        }
        // A row as wide as the columns whose unit's cell holds a measure's last words, no unit,
        // right before the attribute in the attribute's column (`县域医疗废物收集转运处置体系` /
        // `覆盖率` `约束性` under 指标名称 单位 属性): the name over two pieces, its unit vanished.
        if after.len() == e
            && attr_off == Some(name_idx + 3)
            && acc
                .columns
                .get(jc + 2 + name_idx)
                .is_some_and(|c| is_unit_header(c))
            && after.get(name_idx).is_some_and(|x| {
                let t = x.text();
                !is_value_cell(&t) && !is_placeholder(&t) && !names_measure(&t)
            })
            && after.get(name_idx + 1).is_some_and(|x| {
                let t = x.text();
                // (Or closing on the unit in brackets, where every unit so far is one alone:
                // `单位面积森林` / `蓄积量（立方米/公顷）` `约束性` after `%`, `万亩`, `亩`.)
                let closed_on_unit = bracketed_unit(&t).is_some_and(|(n, _)| {
                    n.chars().count() >= 2
                        && n.chars().all(crate::text::is_cjk)
                        && !is_unit_like(&n)
                }) && {
                    let units: Vec<&String> = acc
                        .rows
                        .iter()
                        .filter(|r| r.kind == RowKind::Item)
                        .filter_map(|r| r.cells.get(jc + name_idx + 1).filter(|c| !c.is_empty()))
                        .collect();
                    units.len() >= 2
                        && units
                            .iter()
                            .all(|u| is_unit_like(u) && bracket_tail(u).is_none())
                };
                ((names_measure_end(&t) && bracket_tail(&t).is_none()) || closed_on_unit)
                    && !is_value_cell(&t)
            })
            && after.get(name_idx + 2).is_some_and(|x| is_attr(&x.text()))
        {
            merge_at(&mut after, name_idx, acc, "split cell");
            let column = acc
                .columns
                .get(jc + 2 + name_idx)
                .cloned()
                .unwrap_or_default();
            acc.warnings.push((
                no,
                format!(
                    "row {}: no unit; left empty under `{column}`, the measure's last words \
                     being the name's",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                ),
            ));
            after.insert(name_idx + 1, empty_piece(no, end_piece));
        }
        // (Or, no unit column, whose first value's cell is a measure's last words with the unit
        // in brackets and no figure, after a name without one, `消防车通道标识标线` /
        // `施划完成率（%）` `≥90` `预期性` under 指标名称 2025年 2030年 属性: the name over two
        // pieces, a value missing, where the values fit best.)
        if after.len() == e
            && e >= name_idx + 3
            && acc
                .columns
                .get(jc + 2 + name_idx)
                .is_some_and(|c| is_year_header(c) || names_values(c))
            && after.get(name_idx).is_some_and(|x| {
                let t = x.text();
                !is_value_cell(&t) && !is_placeholder(&t) && bracket_tail(&t).is_none()
            })
            && after.get(name_idx + 1).is_some_and(|x| {
                let t = x.text();
                !t.chars().any(|c| c.is_ascii_digit())
                    && bracketed_unit(&t)
                        .is_some_and(|(n, _)| names_measure(&n) || names_measure_end(&n))
            })
        {
            merge_at(&mut after, name_idx, acc, "split cell");
            let from = name_idx + 1;
            let g = profile_gap(&acc.rows, jc + from, &after[from..], 0).map_or(from, |g| g + from);
            let column = acc.columns.get(jc + 1 + g).cloned().unwrap_or_default();
            acc.warnings.push((
                no,
                format!(
                    "row {}: one value short; left empty under `{column}`, the measure's last \
                     words being the name's",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                ),
            ));
            after.insert(g.min(after.len()), empty_piece(no, end_piece));
        }
        // A name and its unit on two lines of one paragraph, the blank line between them
        // missing (`婴儿死亡率` / `‰`), in a row short of a cell under a unit column: a cell each.
        if after.len() < e
            && after.get(name_idx).is_some_and(|x| {
                x.parts.len() == 2
                    && x.parts.get(1).is_some_and(|u| {
                        is_unit_like(u)
                            && u.chars().count() <= 4
                            && !u.chars().any(|c| c.is_ascii_digit())
                            && !u.starts_with(['（', '('])
                    })
            })
            && unit_next
        {
            split_lines(&mut after, name_idx);
        }
        let expected_attr = attr_off.map(|o| o - 1);
        let mut filled_cat = false;
        // Under a category column rows leave to the row above, a name over two lines where the
        // category would stand, its first line stopped mid-phrase (`规模以上工业企业中有研发机构
        // 的` / `企业占比`): no category ends so; the row leaves its own to the one above.
        // (Or a first line longer by a quarter than every category so far, and a second shorter
        // than every name so far that ends as a measure's name: `街镇认知障碍友好社区` / `建设覆盖率`
        // among `设施供给` `居家社区`; as long as the shortest, after a first line twice as long
        // as every category: `河湖岸线“四乱”问题` / `动态清零率`, not `非常规水源利用` /
        // `再生水利用率`.)
        let unlike_category = || -> Unlike {
            let lens = |c: usize| -> Vec<usize> {
                acc.rows
                    .iter()
                    .filter(|r| r.kind == RowKind::Item)
                    .filter_map(|r| r.cells.get(c).filter(|t| !t.is_empty()))
                    .map(|t| t.chars().count())
                    .collect()
            };
            let (cats, names) = (lens(jc), lens(jc + 1));
            let (Some(&most), Some(&least)) = (cats.iter().max(), names.iter().min()) else {
                return Unlike::No;
            };
            let first = after.first().map_or(0, |x| x.text().chars().count());
            let second = after
                .get(1)
                .map_or(usize::MAX, |x| x.text().chars().count());
            // (The second line the end of an indicator's name, `…覆盖率`, not a place,
            // `华阳路街道`.)
            // (Nor a first line that ends as every category so far, `绿色智慧类` after `设施类`
            // `停车类`: a category of their kind.)
            let ends: Vec<char> = acc
                .rows
                .iter()
                .filter_map(|r| r.cells.get(jc).and_then(|t| t.chars().last()))
                .collect();
            let of_kind = after
                .first()
                .and_then(|x| x.text().chars().last())
                .is_some_and(|l| ends.len() >= 2 && ends.iter().all(|&c| c == l));
            // (Where every category so far ends alike, `…类`, a first line that does not is no
            // category whatever the second's length: `新建轨道交通站点50米范围内` /
            // `公交接驳覆盖率`.)
            // (Or one category so far that names a kind, `资源保护类`, before a first line
            // that does not: `古树名木保护范围内违法` / `侵占问题整改率`.)
            // (Two categories at least, not one written twice: `新建` over two groups.)
            let distinct = acc
                .rows
                .iter()
                .filter_map(|r| r.cells.get(jc).filter(|t| !t.is_empty()))
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            let kind_ends = (distinct >= 2
                && ends.iter().all(|&c| Some(c) == ends.first().copied()))
                || (ends == ['类'] && after.first().is_some_and(|x| !x.text().ends_with('类')));
            // (Lengths that tell it alone: a first line longer by three than every category
            // and a second shorter by two than every name and no longer than the first, as a
            // name breaks, even after one category, or before a unit, not a measure's end:
            // `数字化教学资源` / `覆盖专业比例` after `办学条件`; `家政服务标准化` / `试点示范企业` /
            // `家`; not `小区（社区）` / `城镇老旧小区改造数量` after `住房`.)
            // (The second's words without the unit in brackets after them: `建筑面积` of
            // `建筑面积（万平方米）`, after `年均新增地下空间`.)
            let second_words = after.get(1).map_or(usize::MAX, |x| {
                without_bracket_tail(&x.text()).chars().count()
            });
            let told_by_lengths = first >= most + 3
                && second_words.saturating_add(2) <= least
                && second_words <= first;
            // (Or, whatever the second's length, right after the first row of a group: a
            // category here would leave that group one row, `生活垃圾分类` / `达标居住区比例`
            // after `垃圾治理` opened the row above, among `环卫设施` `垃圾治理`.)
            let above_opened = acc
                .rows
                .iter()
                .rev()
                .find(|r| r.kind == RowKind::Item)
                .is_some_and(|r| r.cells.get(jc).is_some_and(|c| !c.is_empty()));
            // (Or, after one category, a second line that is a measure's short end before
            // its unit, the first no measure of its own: `过夜游客平均` / `停留天数` / `天`
            // after `产业规模`.)
            let measure_tail = after.get(1).is_some_and(|x| {
                let t = x.text();
                names_measure(&t) && t.chars().count() <= 5
            }) && after.get(2).is_some_and(|u| is_unit_like(&u.text()))
                && after.first().is_some_and(|x| !names_measure(&x.text()));
            // (Or, where every category so far is a word in quotes, two at least, a first
            // line that is none, whatever its length: `城市运行体征指标` / `实时接入率` after
            // `“经济数字化”` `“治理数字化”`.)
            let quoted = |t: &str| t.starts_with('“') && t.ends_with('”');
            let quoted_kind = distinct >= 2
                && acc
                    .rows
                    .iter()
                    .filter_map(|r| r.cells.get(jc).filter(|t| !t.is_empty()))
                    .all(|t| quoted(t))
                && after
                    .first()
                    .is_some_and(|x| !x.text().contains(['“', '”']));
            // (Or a first line twice as long as every category and longer by five before a
            // measure's name, whatever its length: `历史文化街区和风貌区` / `保护规划实施评估
            // 完成率` after `保护传承`; not `小区（社区）` after `住房`.)
            let far_first = first >= 2 * most
                && first >= most + 5
                && after.get(1).is_some_and(|x| names_measure(&x.text()));
            let unlike = (cats.len() >= 2
                || kind_ends
                || told_by_lengths
                || measure_tail
                || far_first)
                && !of_kind
                && (quoted_kind || (first * 4 > most * 5 && first >= most + 2))
                && (second < least
                    || (second == least && first >= 2 * most)
                    || kind_ends
                    || (above_opened && cats.len() >= 2)
                    || far_first)
                && after.get(1).is_some_and(|x| {
                    // (Or a rate's short end before its unit: `死亡率` `人/万车`; or a
                    // measure's end with its unit, `盘活规模（公顷）`.)
                    let t = strip_spaces(&x.text());
                    let unit_after = after.get(2).is_some_and(|u| is_unit_like(&u.text()));
                    // (Or any words, where every category so far ends alike and the first
                    // line does not: `新城片区任意一点` / `到达区级体育场馆` after `设施类`
                    // `布局类`; not where another cell is split open, `江景路56号（原江景` /
                    // `菜场二层）`.)
                    let split_elsewhere = after
                        .windows(2)
                        .any(|w| splits_open(&w[0].text(), &w[1].text()));
                    names_measure(&t)
                        || (kind_ends && cats.len() >= 2 && !is_unit_like(&t) && !split_elsewhere)
                        || bracketed_unit(&t).is_some()
                        || ((2..=3).contains(&t.chars().count()) && t.ends_with('率') && unit_after)
                        || (told_by_lengths && unit_next && unit_after)
                });
            match (unlike, told_by_lengths) {
                (false, _) => Unlike::No,
                (true, false) => Unlike::Yes,
                (true, true) => Unlike::ByLengths,
            }
        };
        // (Told by lengths alone, the first row to leave its category to the one above, where
        // a row further on is short of a piece: `办学条件` on row 1, then `数字化教学资源` /
        // `覆盖专业比例`, and row 4 leaves its own.)
        let short_row_ahead = || {
            (ri + 1..pos.len()).any(|r| {
                let end = pos.get(r + 1).copied().unwrap_or(body.len());
                end.saturating_sub(pos[r]) < e + 1
            })
        };
        // (Or a first line with a figure in it, which no category has, before a measure's end:
        // `单体建筑面积2万㎡以上公共建筑` / `能源审计覆盖率`, even before any row has left its
        // category to the one above.)
        let figured_first = || {
            after.first().is_some_and(|x| {
                let t = x.text();
                t.chars().any(|c| c.is_ascii_digit()) && t.chars().count() > MAX_COLUMN_NAME_CHARS
            }) && after.get(1).is_some_and(|x| names_measure(&x.text()))
        };
        // An empty cell put in column `g` after the number where one vanished, reported with
        // what tells where it goes.
        let leave_empty_as =
            |after: &mut Vec<Piece>, acc: &mut Acc, g: usize, what: &str, told: &str| {
                let column = acc.columns.get(jc + 1 + g).cloned().unwrap_or_default();
                acc.warnings.push((
                    no,
                    format!(
                        "row {}: {what} left empty under `{column}`, {told}",
                        body.get(p).map(Piece::text).unwrap_or_default(),
                    ),
                ));
                after.insert(g.min(after.len()), empty_piece(no, end_piece));
            };
        // (Or a row short of its unit too, the name's second line closing on it in brackets
        // under a unit column: `人均公共文化设施` / `建筑面积（平方米）` `0.19` ….)
        let unit_in_name = || {
            unit_next
                && after
                    .get(1)
                    .is_some_and(|x| bracketed_unit(&x.text()).is_some())
        };
        if cat_after
            && (cat_merged
                || figured_first()
                || (unlike_category() == Unlike::ByLengths && short_row_ahead()))
            && (after.len() == e || (after.len() + 1 == e && unit_in_name()))
            // (Not a first line closed by a remark in brackets, [`closed_by_remark`].)
            && !after.first().is_some_and(|x| closed_by_remark(&x.text()))
            // (Nor one the second line holds: a category and a name of its kind,
            // `配售型保障性住房` / `临湖区配售型保障性住房试点项目`.)
            && !matches!(after.as_slice(), [a, b, ..] if {
                let (a, b) = (strip_spaces(&a.text()), strip_spaces(&b.text()));
                a.chars().count() >= 4 && b.len() > a.len() && b.contains(a.as_str())
            })
            // (Nor, where the column after the names holds what is built, a second line as long
            // as every name so far: a project's whole name, `澜湾港“港口大脑”综合管控平台` after
            // the category `航运服务与智慧绿色`.)
            && !(acc
                .columns
                .get(jc + 3)
                .is_some_and(|c| strip_spaces(c).contains("内容"))
                && after.get(1).is_some_and(|x| {
                    let n = x.text().chars().count();
                    let names = name_lengths(&acc.rows, jc);
                    names.len() >= 2 && names.iter().all(|&m| n >= m)
                }))
            && (after.first().is_some_and(|x| {
                stops_mid_phrase(&x.text()) || unlike_category() != Unlike::No || figured_first()
            })
                // (Or a second line that is a measure's end alone, which names no row by
                // itself: `河湖生态岸线` / `比例` under a category written above.)
                || after.get(1).is_some_and(|x| measure_end_word(&x.text())))
            && after.get(1).is_some_and(|x| {
                let t = x.text();
                // (A measure's name is no unit for a unit's character in it, `装备配套率`
                // before `%`, after a first line unlike every category.)
                // (Or a rate's short end, `处置率` before `%`.)
                // (Or a measure's end word alone, `数量` before `处`: no unit is one.)
                let rate_end = measure_end_alone(&t);
                let measure_before_unit = (names_measure(&t) || rate_end)
                    && unlike_category() != Unlike::No
                    && after.get(2).is_some_and(|u| {
                        let u = u.text();
                        is_unit_like(&u) && u.chars().count() < t.chars().count()
                    });
                // (Nor is a measure's end with its unit in brackets, `里程（公里）`, a unit.)
                let named_measure = bracketed_unit(&t).is_some_and(|(n, _)| {
                    n.chars().count() >= 2 && n.chars().any(|c| !UNIT_CHARS.contains(c))
                });
                // (Nor is anything a unit where no column holds units: `湿地自然教育活动` /
                // `年参与人次` before `12万人次`.)
                let no_unit_column = !acc.columns.iter().any(|c| is_unit_header(c));
                !is_value_cell(&t)
                    && (!is_unit_like(&t)
                        || measure_before_unit
                        || named_measure
                        || no_unit_column
                        || measure_end_word(&t))
                    && !is_attr(&t)
            })
        {
            merge_at(&mut after, 0, acc, "split cell");
            after.insert(0, empty_piece(no, end_piece));
            filled_cat = true;
            if after.len() + 1 == e {
                // (The unit in the name's brackets: its own cell vanished.)
                leave_empty_as(
                    &mut after,
                    acc,
                    name_idx + 1,
                    "a name over two paragraphs joined, and the unit that vanished",
                    "where its name carries it in brackets",
                );
            }
        }
        if let Some(ea) = expected_attr {
            if let Some(mut fa) = after.iter().position(|x| is_attr(&x.text())) {
                // (The name over two lines; or, when a unit follows it under the unit's
                // column, a value in words over two, `元` `6850` `达到全省` / `平均水平`.)
                while fa > ea && name_idx + 1 < fa {
                    let words = |x: &Piece| {
                        let t = x.text();
                        !t.is_empty() && !is_value_cell(&t) && !is_placeholder(&t) && !is_attr(&t)
                    };
                    // (A measure's name is no unit for a unit's character in it: `口岸进出口贸易额` /
                    // `年均增长率` is a name over two paragraphs.)
                    let in_words = (unit_next
                        && after.get(name_idx + 1).is_some_and(|u| {
                            let t = u.text();
                            is_unit_like(&t) && !is_value_cell(&t) && !names_measure(&t)
                        }))
                    .then(|| {
                        (name_idx + 2..fa.saturating_sub(1))
                            .find(|&i| after[i..i + 2].iter().all(words))
                    })
                    .flatten();
                    // (Or the unit broken at its slash: `千克标准煤/` / `平方米`.)
                    let unit_split = (unit_next
                        && name_idx + 2 < fa
                        && splits_open(&after[name_idx + 1].text(), &after[name_idx + 2].text()))
                    .then_some(name_idx + 1);
                    let at = unit_split.or(in_words).unwrap_or(name_idx);
                    if !merge_at(&mut after, at, acc, "split cell") {
                        break;
                    }
                    fa -= 1;
                }
                // (Unless the row writes its own category: its second piece no unit and its
                // third one, under a unit column after the name, `执法服务` `城市管理综合评价得分`
                // `分`, then a value vanished.)
                // (Or its unit vanished too, a goal in words where the unit would stand and a
                // name no unit where the name would: `人才环境` `人才发展体制机制` `初步建立`
                // `全面建立`, an indicator no figure measures.)
                // (Its unit before its attribute: where the attribute stands before the values,
                // `城乡交通运输一体化发展水平` `预期性` `AAA级`, a grade after it is none.)
                let own_category = || match (after.get(name_idx), after.get(name_idx + 1)) {
                    (Some(name), Some(unit)) if unit_next && name_idx + 1 < fa => {
                        let (name, unit) = (name.text(), unit.text());
                        // (A measure's name is no unit for a unit's character in it:
                        // `游客满意度指数`.)
                        // (Nor is a name with its unit in brackets, `…处理能力（万立方米/日）`.)
                        let named = (!is_unit_like(&name)
                            || names_measure(&name)
                            || bracketed_unit(&name).is_some_and(|(n, _)| n.chars().count() >= 4))
                            && !is_value_cell(&name);
                        // (A unit is shorter than six characters; `人` in a name is no unit.)
                        let goal = || {
                            name.chars().count() >= 6
                                && !is_value_cell(&name)
                                && !is_unit_like(&unit)
                                && !names_measure(&unit)
                                && states_a_goal(&unit)
                                && after.first().is_some_and(|c| {
                                    let c = c.text();
                                    (2..=8).contains(&c.chars().count()) && !states_a_goal(&c)
                                })
                        };
                        // (Or its unit vanished, a figure where the unit would stand after a
                        // long name, the first piece short words: `效率类`
                        // `高峰时段主要道路交通运行指数` `1.62`, a group of one row.)
                        // (Words of four with one unit's character are none, before a name
                        // with its unit in brackets: `污水处理` `…处理能力（万立方米/日）`.)
                        let unit_vanished = || {
                            let first = after[0].text();
                            let worded = first.chars().count() >= 4
                                && first.chars().filter(|&c| UNIT_CHARS.contains(c)).count() <= 1
                                && bracketed_unit(&name).is_some();
                            // (A longer category of words that name no measure, before a name
                            // with its unit in brackets: `社会教育与公共服务`
                            // `博物馆年接待观众量（万人次）` `136.5`.)
                            let long_words = worded
                                && first.chars().count() <= 2 * MAX_COLUMN_NAME_CHARS
                                && !names_measure(&first)
                                && !stops_mid_phrase(&first);
                            named
                                && name.chars().count() >= 6
                                && (is_value_cell(&unit) || is_placeholder(&unit))
                                && ((2..=MAX_COLUMN_NAME_CHARS).contains(&first.chars().count())
                                    || long_words)
                                && !first.chars().any(|c| c.is_ascii_digit())
                                && (!is_unit_like(&first) || worded)
                                && !is_value_cell(&first)
                        };
                        (named && is_unit_like(&unit) && !is_value_cell(&unit) && !is_attr(&unit))
                            || goal()
                            || unit_vanished()
                    }
                    // (Or its unit vanished with the attribute right after the name, a name
                    // longer than any unit: `责任落实` `粮食安全党政同责考核等次` `约束性`.)
                    (Some(name), Some(_)) if unit_next && name_idx + 1 == fa => {
                        let (first, name) = (after[0].text(), name.text());
                        name.chars().count() >= 6
                            && !is_value_cell(&name)
                            && !is_placeholder(&name)
                            && (!is_unit_like(&name) || names_measure(&name))
                            && (2..=MAX_COLUMN_NAME_CHARS).contains(&first.chars().count())
                            && !first.chars().any(|c| c.is_ascii_digit())
                            && !is_unit_like(&first)
                            && !is_value_cell(&first)
                            && !is_placeholder(&first)
                    }
                    // (Or, no unit column, the name carrying its unit in brackets where a value
                    // would stand, after a first piece that carries none: `建筑垃圾`
                    // `建筑垃圾资源化利用率（%）` `≥50`, its baseline vanished.)
                    // (Not a value with its year in brackets, `85%` `（2024年）`.)
                    (Some(name), Some(_)) if !unit_next && name_idx == 1 => {
                        let (first, name) = (after[0].text(), name.text());
                        bracketed_unit(&name).is_some()
                            && bracket_tail(&name).is_some_and(|(head, _)| !is_value_cell(head))
                            && bracketed_unit(&first).is_none()
                            && !is_value_cell(&first)
                            && !is_placeholder(&first)
                    }
                    _ => false,
                };
                // (The table's first row has no row above to leave its category to: `1`
                // `防洪安全` `城市防洪标准` `浔江干流100年一遇` …, its unit vanished.)
                if fa < ea
                    && cat_after
                    && after.len() < e
                    && !acc.rows.is_empty()
                    && !own_category()
                {
                    after.insert(0, empty_piece(no, end_piece));
                    filled_cat = true;
                    fa += 1;
                }
                if fa < ea && after.len() < e {
                    // One value missing where a baseline column stands before a target column:
                    // the baseline's (a new indicator has none; a plan's target is never left
                    // out).
                    // A unit column whose cell holds no unit (`紧密型城市医疗集团建设`
                    // `初步建成` `全面建成`: a goal in words has none; `国民体质监测合格率（%）`
                    // `96.5` `≥97`: the unit is in the name) is the one left empty.
                    // (So is one whose cell reads as a state reached, `启动` `基本完成`; or one
                    // whose cell is a placeholder where the rows above write placeholders among
                    // their values and never as a unit, `—` `建成`, or before a goal in words; or
                    // the first when the name
                    // carries its unit, `新增公共开放空间面积（万平方米）` `—` `30`.)
                    let placeholder_is_a_value = |u: usize| {
                        let items = || acc.rows.iter().filter(|r| r.kind == RowKind::Item);
                        let held = |r: &TableRow, c: usize| {
                            r.cells.get(jc + c).is_some_and(|x| is_placeholder(x))
                        };
                        !items().any(|r| held(r, u))
                            && items().any(|r| (u + 1..ea).any(|v| held(r, v)))
                    };
                    let unit_column = |u: usize| {
                        acc.columns
                            .get(jc + 1 + u)
                            .is_some_and(|c| c.contains("单位"))
                    };
                    let name_with_unit = after
                        .get(name_idx)
                        .is_some_and(|x| bracketed_unit(&x.text()).is_some());
                    // (Or before a target in words, `—` `全面建立`: an indicator no figure
                    // measures has no unit.)
                    let goal_last = || {
                        after.get(fa.wrapping_sub(1)).is_some_and(|x| {
                            let t = x.text();
                            is_target_in_words(&t) && states_a_goal(&t)
                        })
                    };
                    let units_alone = |u: usize| {
                        let mut units = acc
                            .rows
                            .iter()
                            .filter(|r| r.kind == RowKind::Item)
                            .filter_map(|r| r.cells.get(jc + u).filter(|c| !c.is_empty()))
                            .peekable();
                        units.peek().is_some()
                            && units.all(|c| {
                                is_unit_like(c) && !c.chars().any(|ch| ch.is_ascii_digit())
                            })
                    };
                    let baseline = (ea - fa == 1)
                        .then(|| {
                            let unitless = (name_idx + 1..fa)
                                .find(|&u| {
                                    unit_column(u)
                                        && after.get(u).is_some_and(|x| {
                                            let t = x.text();
                                            (!is_unit_like(&t) && !is_value_cell(&t))
                                                || is_bare_amount(&t)
                                                || is_rate_value(&t)
                                                || is_ratio(&t)
                                                || names_state(&t)
                                                // (Or a figure with its unit where the
                                                // rows above write units alone, `1480万吨`
                                                // beside `%`, `万平方米`.)
                                                || (figure_with_unit(&t) && units_alone(u))
                                                // (Or a placeholder before a figure that
                                                // needs a unit the row does not write: the
                                                // baseline of a rate, `…清零率` `—` `100`, or
                                                // of a count written with its own unit, `/`
                                                // `累计300座`.)
                                                || (is_placeholder(&t)
                                                    && after.get(u + 1).is_some_and(|y| {
                                                        needs_a_unit(
                                                            &after
                                                                .get(name_idx)
                                                                .map(Piece::text)
                                                                .unwrap_or_default(),
                                                            &y.text(),
                                                        )
                                                    }))
                                                // (Or two figures that write their unit,
                                                // `0.38km/km²` `0.6km/km2`.)
                                                || (figure_with_unit(&t)
                                                    && after.get(u + 1).is_some_and(|y| {
                                                        figure_with_unit(&y.text())
                                                    }))
                                                || (is_placeholder(&t)
                                                    && (placeholder_is_a_value(u) || goal_last()))
                                        })
                                })
                                .or_else(|| {
                                    (name_idx + 1..fa)
                                        .find(|&u| unit_column(u))
                                        .filter(|_| name_with_unit)
                                });
                            unitless
                                .or_else(|| {
                                    // (Words for the last value, `控制在…以内`: a target, and
                                    // no rate of growth beside it.)
                                    let last = after
                                        .get(fa.wrapping_sub(1))
                                        .map(Piece::text)
                                        .unwrap_or_default();
                                    Some(fa)
                                        .filter(|&r| r > name_idx + 1)
                                        .filter(|&r| {
                                            acc.columns
                                                .get(jc + 1 + r)
                                                .is_some_and(|c| names_rate(c))
                                        })
                                        .filter(|_| is_target_in_words(&last))
                                })
                                .or_else(|| {
                                    // (One value short beside a rate's column, `年均增速（%）`
                                    // after `2020年` `2025年`: the rate's, which a row with a
                                    // baseline and a target may leave out, and one without a
                                    // baseline cannot have.)
                                    let rates: Vec<usize> = (name_idx + 1..ea)
                                        .filter(|&r| {
                                            acc.columns
                                                .get(jc + 1 + r)
                                                .is_some_and(|c| names_rate(c) && !names_year(c))
                                        })
                                        .collect();
                                    let years = (name_idx + 1..ea)
                                        .filter(|&r| {
                                            acc.columns
                                                .get(jc + 1 + r)
                                                .is_some_and(|c| names_year(c) && !names_rate(c))
                                        })
                                        .count();
                                    // (Not when the row's last value is a placeholder, `/`
                                    // before its attribute: that is its rate.)
                                    let rate_written = fa
                                        .checked_sub(1)
                                        .and_then(|l| after.get(l))
                                        .is_some_and(|x| is_placeholder(&x.text()));
                                    match rates.as_slice() {
                                        [r] if ea - fa == 1 && years >= 2 && !rate_written => {
                                            Some(*r)
                                        }
                                        _ => None,
                                    }
                                })
                                .or_else(|| {
                                    // (Not when the row writes a placeholder itself: that one
                                    // is likelier the rate's.)
                                    let own = after
                                        .get(name_idx + 1..fa)
                                        .unwrap_or(&[])
                                        .iter()
                                        .any(|x| is_placeholder(&x.text()));
                                    // (Nor when its value is a goal in words, a target:
                                    // `确保完成省下达目标`.)
                                    let goal = fa
                                        .checked_sub(1)
                                        .and_then(|l| after.get(l))
                                        .is_some_and(|x| reads_as_target(&x.text()));
                                    let cols = name_idx + 1..fa + 1;
                                    (!own && !goal)
                                        .then(|| {
                                            rate_gap_column(&acc.columns, jc + 1, cols, whole())
                                        })
                                        .flatten()
                                })
                                .or_else(|| {
                                    interim_column(&acc.columns, jc + 1, name_idx + 1, ea)
                                        .filter(|&b| b < fa)
                                })
                                .or_else(|| {
                                    baseline_column(&acc.columns, jc + 1, name_idx + 1, ea)
                                        .filter(|&b| b < fa)
                                })
                                .or_else(|| {
                                    // (Else where the cells fit the rows above clearly best:
                                    // `6` `20` `前2` under 数值 排名 数值 排名, the first rank
                                    // vanished and `前2` a rank as the last column's.)
                                    // (Never the unit's: a unit is no value.)
                                    profile_gap(&acc.rows, jc, &after, name_idx + 1)
                                        .filter(|&b| b < fa && !unit_column(b))
                                })
                        })
                        .flatten();
                    let left = baseline
                        .and_then(|b| acc.columns.get(jc + 1 + b))
                        .map_or(String::new(), |c| format!(" under `{c}`"));
                    acc.warnings.push((
                        no,
                        format!(
                            "row {}: {} cell(s) missing before the attribute; left empty{left}",
                            body.get(p).map(Piece::text).unwrap_or_default(),
                            ea - fa
                        ),
                    ));
                    if let Some(b) = baseline {
                        after.insert(b, empty_piece(no, end_piece));
                        fa += 1;
                    }
                    while fa < ea {
                        after.insert(fa, empty_piece(no, end_piece));
                        fa += 1;
                    }
                }
            }
        }
        if after.len() < e {
            // An empty cell written as an extra blank line.
            let mut i = 0;
            while i < after.len() && after.len() < e {
                if after[i].gap >= 2 && !filled_cat {
                    after.insert(i, empty_piece(no, end_piece));
                    i += 1;
                }
                i += 1;
            }
        }
        // A row as long as the columns under a category column, one of its cells after the first
        // stopped open at an enumeration comma before words (`滨江大道以东、` / `汀溪路以北`):
        // that cell is over two lines, and the row is one short, its category to be decided.
        if cat_after && !filled_cat && after.len() == e {
            let open = (1..after.len().saturating_sub(1)).find(|&i| {
                let (a, b) = (after[i].text(), after[i + 1].text());
                a.trim_end_matches(is_space).ends_with('、')
                    && !is_value_cell(&b)
                    && !is_placeholder(&b)
                    && !is_unit_like(&b)
            });
            if let Some(i) = open {
                merge_at(&mut after, i, acc, "split cell");
            }
        }
        // (Or whose first cell is much longer than every category written and its second a
        // name's end, where the rows have left their category to the row above: a name over two
        // pieces, the category the row above's.)
        if cat_after && !filled_cat && after.len() == e && e >= 4 {
            let joins = {
                let written: Vec<&String> = acc
                    .rows
                    .iter()
                    .filter_map(|r| r.cells.get(jc).filter(|c| !c.is_empty()))
                    .collect();
                let names: Vec<&String> = acc
                    .rows
                    .iter()
                    .filter(|r| r.kind == RowKind::Item)
                    .filter_map(|r| r.cells.get(jc + 1).filter(|c| !c.is_empty()))
                    .collect();
                let first_text = after.first().map(Piece::text).unwrap_or_default();
                let second_text = after.get(1).map(Piece::text).unwrap_or_default();
                // (Twice as long as every category written, two at least, before a few words of
                // no figure, unit or attribute: `城镇污水处理厂尾水` / `生态补水量` after `总量控制`,
                // `用水效率`, `再生利用`. Or longer than every category, all of one size, before
                // words shorter than every name so far, three at least, that name no place or
                // bodies: `社区光储充一体化` / `微电网试点` after `社区建筑改造`, `社区能源利用`;
                // not `华阳路街道` after `…综合修缮`.)
                let longer_first = cat_merged && {
                    let sizes: Vec<usize> = written.iter().map(|c| c.chars().count()).collect();
                    let name_sizes: Vec<usize> = names.iter().map(|c| c.chars().count()).collect();
                    let first = first_text.chars().count();
                    let second = second_text.chars().count();
                    let tail = after.get(1).is_some_and(|p| {
                        let t = p.text();
                        (2..=6).contains(&t.chars().count())
                            && t.chars().all(crate::text::is_cjk)
                            && !is_unit_like(&t)
                            && !is_attr(&t)
                            && !is_placeholder(&t)
                    });
                    let one_size = !names_a_place(&second_text)
                        && !names_bodies(&second_text)
                        && sizes.first().is_some_and(|&m| {
                            sizes.iter().all(|&n| n == m)
                                && first > m
                                && name_sizes.len() >= 3
                                && name_sizes.iter().all(|&n| second < n)
                        });
                    // (Not a first cell that ends as a category written does: `特殊教育与终身教育`
                    // / `特殊教育学校` after `学前教育`, `义务教育`, a category of its own.)
                    let ending = last_two_chars(&strip_spaces(&first_text));
                    let ends_as_category = ending.chars().count() == 2
                        && written
                            .iter()
                            .any(|c| strip_spaces(c).ends_with(ending.as_str()));
                    sizes.len() >= 2
                        && (sizes.iter().all(|&n| first >= 2 * n) || one_size)
                        && tail
                        && !ends_as_category
                };
                // (Or, under a column of kinds (`项目类别`), naming a work's site, a place or a
                // facility (`临澜港泵闸`, `锦塘路—汀兰路`), longer than every category written and
                // none of them such a name, before words that end as every name so far does
                // (`扩容改造工程` after `…提升工程`).)
                let site_first = || {
                    let header = acc.columns.get(jc + 1).cloned().unwrap_or_default();
                    let written: Vec<String> = written.iter().map(|c| strip_spaces(c)).collect();
                    let site = |t: &str| t.contains('—') || t.ends_with(SITE_ENDS);
                    let first = strip_spaces(&first_text);
                    let second = strip_spaces(&second_text);
                    let ending = last_two_chars(&second);
                    is_category_header(&header)
                        && !names_place_column(&header)
                        && !written.is_empty()
                        && written
                            .iter()
                            .all(|c| !site(c) && c.chars().count() < first.chars().count())
                        && site(&first)
                        && !first.contains(['、', '，', '。'])
                        && ending.chars().count() == 2
                        && second.chars().count() >= 4
                        && !names.is_empty()
                        && names
                            .iter()
                            .all(|n| strip_spaces(n).ends_with(ending.as_str()))
                };
                longer_first || site_first()
            };
            if joins {
                merge_at(&mut after, 0, acc, "split cell");
            }
        }
        // A row one cell short under a category column that no row so far has left to the one
        // above (`5` `强化特种设备安全` `区市场监管局` under 重点任务 牵头单位 配合单位): its
        // category is filled down only when that fits the rows before better than any other gap.
        // (Or two or three cells short, `推进标准化菜市场改造` `完成…改造` `2022年底前` under
        // 重点任务 具体内容 牵头单位 配合单位 完成时限: the task its own, the units left out.)
        let short = e.saturating_sub(after.len());
        // (Under categories left to the rows above, a row one short that opens with a new
        // category of their kind, `白沙街道` after `城关街道` … `龙潭街道`, lacks a value, where
        // one fits its place clearly.)
        // (The kind of the categories written so far: each ends with a character their
        // column's name holds, `街道` under `街道`, `镇` or `乡` under `乡镇`.)
        let written: Vec<String> = acc
            .rows
            .iter()
            .filter_map(|r| r.cells.get(jc).filter(|c| !c.is_empty()))
            .cloned()
            .collect();
        let header = acc.columns.get(jc + 1).cloned().unwrap_or_default();
        // (Its last character before a qualifier in brackets, and never a bracket itself:
        // `大夫第周边地块（南仓风貌保护街坊）` is no place under `所在街道（镇）`.)
        // (Or the whole area, `全区` under `街道（镇）`.)
        // (Or a place of the column's level, a street among towns: `澄北街道` under `所在镇`.)
        let of_kind = |t: &str| {
            let t = without_bracket_tail(t);
            (t.chars().count() >= 2
                && t.chars()
                    .last()
                    .is_some_and(|c| header.contains(c) && !"（）()".contains(c)))
                || (names_places(&header) && is_whole_area(&strip_spaces(t)))
                || (header.contains(['镇', '乡'])
                    && !header.contains('街')
                    && strip_spaces(t).ends_with("街道")
                    && (3..=6).contains(&strip_spaces(t).chars().count()))
        };
        let kind_known = !written.is_empty() && written.iter().all(|c| of_kind(c));
        // (A first cell not of that kind is no category: the row left its own to the one
        // above, `上坪村` under `石桥镇`.)
        let not_of_kind = kind_known && after.first().is_some_and(|p| !of_kind(&p.text()));
        // (Not a cell that ends as every name of the column after the categories does and no
        // category: `纺织厂宿舍片区` after `老城西片区` `滨江路片区`, under `滢江区`.)
        let tail = last_two_chars;
        let names_after: Vec<&String> = acc
            .rows
            .iter()
            .filter_map(|r| r.cells.get(jc + 1).filter(|c| !c.is_empty()))
            .collect();
        let ends_as_names = |t: &str| {
            let end = tail(t);
            end.chars().count() == 2
                && names_after.len() >= 2
                && names_after.iter().all(|c| tail(c) == end)
                && !written.iter().any(|c| tail(c) == end)
        };
        // (Nor one ending with a character the next column's name holds too: `…修缮项目` is a
        // name under 项目名称, no category under 项目类别.)
        let next_header = acc.columns.get(jc + 2).cloned().unwrap_or_default();
        let ends_as_next_column = |t: &str| {
            without_bracket_tail(t)
                .chars()
                .last()
                .is_some_and(|c| next_header.contains(c))
        };
        let new_category_of_kind = cat_after
            && cat_merged
            && short == 1
            && kind_known
            && after.first().is_some_and(|p| {
                let t = p.text();
                t.chars().count() >= 3
                    && of_kind(&t)
                    && !written.contains(&t)
                    && !ends_as_names(&t)
                    && !ends_as_next_column(&t)
            })
            && profile_gap(&acc.rows, jc, &after, 0).is_none_or(|g| g > 1);
        // (Or, under categories left to the rows above, a row one short whose cells fit their
        // columns by a whole misfit better with its first cell its own category and a value
        // vanished: `智慧管控` `景观照明集中控制平台二期` `新增…` `2024—2025` `区绿化市容局…`, a
        // period under 投资估算 and a sentence under 实施年限 otherwise.)
        // (No longer than the categories written so far: a name over two paragraphs,
        // `集中式饮用水水源地水质` / `达标率`, is no category.)
        let category_sized = || {
            let most = written.iter().map(|c| c.chars().count()).max().unwrap_or(0);
            after
                .first()
                .is_some_and(|p| p.text().chars().count() <= most + 2)
        };
        let own_by_fit = || {
            cat_after && cat_merged && short == 1 && !not_of_kind && category_sized() && {
                let profile = rows_or_ahead(&acc.rows, &whole);
                keeps_category(profile, jc, &after, short)
            }
        };
        // (Or a row one short whose second cell ends as every name of the column after the
        // categories does, its first as none: `水厂提标改造` `渟东水厂一、二期深度处理改造工程`
        // after names of `…工程`, its 建设内容 vanished.)
        let name_second = || {
            cat_after
                && cat_merged
                && short == 1
                && !not_of_kind
                && category_sized()
                && after.first().is_some_and(|p| {
                    let t = p.text();
                    !ends_as_names(&t) && words_alone(&t)
                })
                && after.get(1).is_some_and(|p| ends_as_names(&p.text()))
        };
        // (Nor a row whose attribute stands where the columns put it, short only of the cells
        // after it: `1` `环境卫生` `…回收利用率` `%` `45.2` `≥50` `约束性`, its 备注 vanished.)
        let attribute_in_place = cat_after
            && !filled_cat
            && expected_attr.is_some_and(|ea| {
                after.iter().position(|x| is_attr(&x.text())) == Some(ea) && ea + 1 < e
            });
        // (Nor, under a column of places that no row so far has left to the one above, a row
        // opening with a place of its own, the next piece none: `澜湾街道`
        // `澜湾街道社区卫生服务中心` … its 备注 vanished; the first row, or one whose place ends as
        // every place written so far does, `东津街道` after `澜湾街道`.)
        let first_place = cat_after
            && short >= 1
            && !cat_merged
            && acc.columns.get(jc + 1).is_some_and(|c| names_places(c))
            && after.first().is_some_and(|x| {
                let t = x.text();
                let end = tail(&t);
                names_a_place(&t)
                    && (!acc.rows.iter().any(|r| r.kind == RowKind::Item)
                        || (!written.is_empty()
                            && written.iter().all(|w| *w != t && tail(w) == end)))
            })
            && !after.get(1).is_some_and(|x| names_a_place(&x.text()));
        // (Nor, before any row has left its category to the one above, a first piece that ends
        // as every name so far does and as no category, longer by half than every category:
        // `杉浦新城环城林带（北段）建设工程` after `森林扩量` / `浦阳河生态廊道森林建设工程`.)
        let name_like_first = after.first().is_some_and(|p| {
            let t = p.text();
            let end = tail(&t);
            end.chars().count() == 2
                && !names_after.is_empty()
                && names_after.iter().all(|c| tail(c) == end)
                && !written.is_empty()
                && written
                    .iter()
                    .all(|c| tail(c) != end && t.chars().count() * 2 > c.chars().count() * 3)
        });
        // (Or the table's first row, one short, whose second piece is a project's name as the
        // column after the categories names them, `项目名称`, and its first short words closed
        // as none: `道路大中修` `滨澜大道（青屿段）大修工程` …, its 备注 vanished.)
        let project = |t: &str| {
            let t = without_bracket_tail(t);
            ["工程", "项目"].iter().any(|w| t.ends_with(w))
        };
        let first_project_row = cat_after
            && !cat_merged
            && short == 1
            && !acc.rows.iter().any(|r| r.kind == RowKind::Item)
            && ["项目", "工程"].iter().any(|w| next_header.contains(w))
            && after.first().is_some_and(|p| {
                let t = p.text();
                (2..=MAX_COLUMN_NAME_CHARS).contains(&t.chars().count())
                    && !project(&t)
                    && !t.chars().any(|c| c.is_ascii_digit())
            })
            && after.get(1).is_some_and(|p| project(&p.text()));
        let own_category = new_category_of_kind
            || first_project_row
            || first_place
            || own_by_fit()
            || name_second()
            || attribute_in_place
            || !cat_merged
                && !not_of_kind
                && !name_like_first
                && ((short == 1 && profile_gap(&acc.rows, jc, &after, 0).is_some_and(|g| g > 0))
                    || (cat_after && (1..=MOST_GAPS).contains(&short) && {
                        let profile = rows_or_ahead(&acc.rows, &whole);
                        keeps_category(profile, jc, &after, short)
                    }));
        // (The row one short of its category only: whole with it.)
        let category_left = after.len() + 1 == e && cat_after && !filled_cat && !own_category;
        if after.len() < e && cat_after && !filled_cat && !own_category {
            after.insert(0, empty_piece(no, end_piece));
            filled_cat = true;
        }
        // An empty cell put in column `g` after the number where one vanished, reported.
        let leave_empty = |after: &mut Vec<Piece>, acc: &mut Acc, g: usize, what: &str| {
            leave_empty_as(after, acc, g, what, "where the others fit their columns");
        };
        // A row one short under a merged category whose cells, the category filled down, fall
        // out of their columns, where a cell over two paragraphs joined and an empty cell
        // elsewhere fit them clearly better: `青禾装修垃圾和拆房垃圾` / `资源化利用中心` `青禾镇`
        // `800` `新建`, its 投运年份 vanished.
        if category_left && cat_merged && filled_cat {
            if let Some((i, g)) = split_and_gap(&acc.rows, jc, e, &after) {
                merge_at(&mut after, i, acc, "split cell");
                leave_empty(
                    &mut after,
                    acc,
                    g,
                    "a cell split over two lines joined, and the empty cell that vanished",
                );
            }
        }
        // As many pieces as columns, where the unit's column holds a word of two with no unit's
        // character in it and a unit follows (`新增电动自行车充电` / `端口` / `个`): the word
        // ends the name over two lines, and a cell after the unit vanished.
        if after.len() == e && expected_attr.is_none() && !category_left && unit_next {
            let u = name_idx + 1;
            let name_end = |t: &str| {
                let t = strip_spaces(t);
                t.chars().count() == 2
                    && t.chars().all(crate::text::is_cjk)
                    && !t.chars().any(|c| UNIT_CHARS.contains(c))
                    && !names_state(&t)
            };
            let unit = |t: &str| {
                let t = strip_spaces(t);
                is_unit_like(&t) && t.chars().any(|c| UNIT_CHARS.contains(c))
            };
            if after.get(u).is_some_and(|x| name_end(&x.text()))
                && after.get(u + 1).is_some_and(|x| unit(&x.text()))
                && after
                    .get(name_idx)
                    .is_some_and(|x| !is_value_cell(&x.text()) && !is_placeholder(&x.text()))
            {
                merge_at(&mut after, name_idx, acc, "split cell");
            }
        }
        if after.len() == e && expected_attr.is_none() && !category_left {
            // As many pieces as columns, yet a cell split over two lines and an empty cell
            // vanished in the same row (`累计引进培育国家级` / `重点人才工程人选` `名` `46` `80`
            // under 指标 单位 2020年 2023年 2025年): the two pieces joined and the gap placed
            // where every cell fits its column clearly better than the row as written.
            let hint = |tied: &[usize]| {
                let from = name_idx + 1;
                [
                    interim_column(&acc.columns, jc + 1, from, e),
                    baseline_column(&acc.columns, jc + 1, from, e),
                ]
                .into_iter()
                .flatten()
                .find(|g| tied.contains(g))
            };
            // (Under a category column rows have left to the row above, the gap may be the
            // category's: `5` `华阳路…综合修缮` `华阳路街道` `实施…综合修缮` / `约45万平方米`
            // `2026—2030年`, a row of its group with its 建设内容 over two lines.)
            // (Not the first row after a group's row, `二` `数据平台`: the category above it is
            // another group's, so the row writes its own, `数据底座`.)
            let after_group_row = acc.rows.last().is_some_and(|r| r.kind == RowKind::Category);
            let grouped = cat_after && cat_merged && !filled_cat && !after_group_row;
            // (In row blocks, a block as long as a row with its category whose first line is
            // sized as the categories so far opens its own group: `宣传演练` over
            // `应急避难科普体验馆建设项目`, no name over two lines beside a vanished cell.)
            let opens_own_block = || {
                let most = written.iter().map(|c| c.chars().count()).max().unwrap_or(0);
                body.get(p).is_some_and(|x| x.gap > 0)
                    && after.iter().all(|x| x.gap == 0)
                    && written.len() >= 2
                    && after.first().is_some_and(|x| {
                        let t = x.text();
                        is_category_cell(&t)
                            && (2..=most).contains(&t.chars().count())
                            && !written.contains(&t)
                    })
            };
            // (In cells one per paragraph too, a first piece as long as the categories written,
            // all of one length, before a name longer than any of them: `数字赋能` over
            // `澜湾家政数字服务平台` after `平台载体` and `人才培养`.)
            let sized_as_categories = || {
                let lens: Vec<usize> = written.iter().map(|c| c.chars().count()).collect();
                let (Some(&least), Some(&most)) = (lens.iter().min(), lens.iter().max()) else {
                    return false;
                };
                written.len() >= 2
                    && least == most
                    && after.first().is_some_and(|x| {
                        let t = x.text();
                        is_category_cell(&t) && t.chars().count() == most && !written.contains(&t)
                    })
                    && after
                        .get(1)
                        .is_some_and(|x| x.text().chars().count() > most + 2)
            };
            // (Under a column of places, a place of its level opens its own group: `青柳镇`
            // after groups of `…街道`, no name beside a vanished cell.)
            let place_opens = || {
                acc.columns.get(jc + 1).is_some_and(|h| {
                    names_places(h)
                        && after.first().is_some_and(|x| {
                            let t = x.text();
                            place_of_the_column(h, &t) && !written.contains(&t)
                        })
                        && !after
                            .get(1)
                            .is_some_and(|x| place_of_the_column(h, &x.text()))
                })
            };
            // (A name over two lines where a category would stand, neither line of the
            // categories' kind: `红星机械厂` / `职工住宅小区` among groups of `…街道`.)
            let no_category = grouped && not_of_kind;
            // (A line of its block stopped after a comma or a `、`, the row's one: it goes on in
            // the next, `…骑楼式店铺12栋，` / `“下寨米酒酿造技艺”…`, `区城投公司、` / `街道办事处`.)
            // (Or, after the row's first, at a word that joins it to the next: `智慧生活服务圈与`
            // / `无人配送进社区`.)
            // (Or a list of works and their figures stopped before a work's figure, the next
            // piece going on with it: `改造市政燃气管道150公里、庭院燃气管道` / `130公里、立管40公里`.)
            let figure_cut = |i: usize| {
                let t = after[i].text();
                let segs: Vec<&str> = t.split('、').collect();
                let figured = |x: &str| x.chars().any(|c| c.is_ascii_digit());
                i > 0
                    && segs.len() >= 2
                    && segs.split_last().is_some_and(|(last, before)| {
                        !figured(last) && !last.is_empty() && before.iter().all(|x| figured(x))
                    })
                    && after.get(i + 1).is_some_and(|x| {
                        let n = x.text();
                        n.starts_with(|c: char| c.is_ascii_digit()) && n.contains('、')
                    })
            };
            let stopped: Vec<usize> = (0..after.len().saturating_sub(1))
                .filter(|&i| {
                    let t = after[i].text();
                    ((t.ends_with(['、', '，', ','])
                        || (i > 0 && t.ends_with(['与', '和', '及', '并', '的', '至'])))
                        && after.get(i + 1).is_some_and(|x| x.gap == 0))
                        || figure_cut(i)
                })
                .collect();
            // (Not a first line closed by a remark in brackets that is no unit,
            // `滨江体育休闲带（一期）`: a whole name, and the row's cell over two paragraphs another,
            // `健身步道、骑行道` / `约10公里`.)
            let name_over_two = no_category
                && after.iter().take(2).all(|p| {
                    let t = p.text();
                    !of_kind(&t) && !is_numberish(&t) && !is_value_cell(&t)
                })
                && !after.first().is_some_and(|x| closed_by_remark(&x.text()))
                // (Nor a place under a column of places, `滨河街道` under 所在区域 after
                // `江澄经济开发区`: the row's own place, then its name.)
                && !places_under_their_column(&acc.columns, jc + 1, &after, 0);
            // (Or, under a column of places, a first cell that is none: `2`
            // `柳河镇杂交水稻制种基地` … under 柳河镇, the first row to leave its place.)
            let no_place = cat_after
                && !filled_cat
                && acc.columns.get(jc + 1).is_some_and(|c| names_places(c))
                && after.first().is_some_and(|x| !names_a_place(&x.text()));
            if let (true, [i]) = (no_category || no_place, stopped.as_slice()) {
                merge_at(&mut after, *i, acc, "split cell");
                after.insert(0, empty_piece(no, end_piece));
                filled_cat = true;
            } else if name_over_two {
                merge_at(&mut after, 0, acc, "split cell");
                after.insert(0, empty_piece(no, end_piece));
                filled_cat = true;
            } else if let Some((i, 0)) = (grouped
                && !joined_open
                && !glued_open(&after)
                && !opens_own_block()
                && !sized_as_categories()
                && !place_opens())
            .then(|| profile_join_gap(&acc.rows, jc, &after, true, |_| None))
            .flatten()
            .filter(|&(i, _)| i > 0 || !joins_past_names(&acc.rows, jc, &after))
            // (Not when the name after the first piece opens with it: a category and a
            // name of its kind, `公共厕所` `公共厕所新建改建工程`.)
            .filter(|_| {
                !matches!(after.as_slice(), [a, b, ..] if {
                    let (a, b) = (a.text(), b.text());
                    a.chars().count() >= 2 && b.len() > a.len() && b.starts_with(&a)
                })
            })
            // (Nor when the first piece ends as a category written so far and is shorter than
            // every name: `建设用地安全利用` after `农用地安全利用`, a category of their kind.)
            .filter(|_| {
                !after.first().is_some_and(|x| {
                    let t = x.text();
                    let n = t.chars().count();
                    n >= 4
                        && written.iter().any(|c| {
                            c.chars().count() >= 4 && last_two_chars(c) == last_two_chars(&t)
                        })
                        && {
                            let names = name_lengths(&acc.rows, jc);
                            names.len() >= 2 && names.iter().all(|&m| m > n)
                        }
                })
            }) {
                merge_at(&mut after, i, acc, "split cell");
                after.insert(0, empty_piece(no, end_piece));
                filled_cat = true;
            } else if let [i] = stopped.as_slice() {
                // (Joined where the line stops; the gap then where the cells fit, below; but
                // one short under categories left to the rows above, a first piece longer than
                // every category written is the row's name, its category its group's:
                // `茶山里茶旅民宿集聚区建设项目` under `集聚区建设`.)
                merge_at(&mut after, *i, acc, "split cell");
                let longest = written.iter().map(|c| c.chars().count()).max();
                if grouped
                    && after.len() + 1 == e
                    && longest.is_some_and(|m| {
                        after
                            .first()
                            .is_some_and(|x| x.text().chars().count() > m + 2)
                    })
                {
                    after.insert(0, empty_piece(no, end_piece));
                    filled_cat = true;
                }
            } else if let Some((i, g)) = (!joined_open && !glued_open(&after) && !filled_cat)
                .then(|| profile_join_gap(&acc.rows, jc, &after, false, hint))
                .flatten()
                // (Never a list of places away from a column of places it stands under:
                // `县城影院提质扩容工程（8家）` `青溪县、白鹭县、…` under 项目名称 所在地.)
                .filter(|&(i, _)| {
                    !places_under_their_column(&acc.columns, jc + 1 + i + 1, &after, i + 1)
                })
                // (Nor the whole area after a row's words, a cell of its own: `…“一张图”平台`
                // `全域`.)
                .filter(|&(i, _)| {
                    !after.get(i + 1).is_some_and(|x| {
                        let t = strip_spaces(&x.text());
                        t == "全域" || is_whole_area(&t)
                    })
                })
                // (Nor a figure closed by its remark in brackets, a whole cell, and the words
                // after it: `100%（确保完成市下达任务）` `全面完成` under “十四五”目标 完成情况.)
                .filter(|&(i, _)| {
                    !after.get(i).is_some_and(|x| {
                        let t = strip_spaces(&x.text());
                        t.ends_with(['）', ')']) && is_value_cell(without_bracket_tail(&t))
                    })
                })
                // (Nor two whole names of bodies, the first not stopped at a `、`: `区农业农村委`
                // `区绿化市容局、区商务委` under 牵头单位 配合单位.)
                .filter(|&(i, _)| {
                    !after.get(i..i + 2).is_some_and(|two| {
                        two.iter().all(|x| names_bodies(&x.text()))
                            && !two[0].text().ends_with(['、', '，', ','])
                    })
                })
                // (Nor where the row's last piece is only the unit every figure of the last
                // column ends with, a target with no figure yet, in its place: `电工`
                // `初级—高级技师` `人次` under `3000人次` `2500人次`.)
                .filter(|_| after.len() != e || !unit_of_last_figures(&acc.rows, &after))
            {
                merge_at(&mut after, i, acc, "split cell");
                leave_empty(
                    &mut after,
                    acc,
                    g,
                    "a cell split over two lines joined, and the empty cell that vanished",
                );
            }
        }
        // As many pieces as the columns, none an attribute, where the attribute is last and
        // the rows above write theirs (merged over the rows after them): a cell over two lines
        // and the attribute left to the row above (`5` `道路交通事故` / `万车死亡率` `人/万车`
        // `1.71` `≤1.55`): the two joined where the cells fit their columns best.
        if let Some(ea) = expected_attr.filter(|&ea| ea + 1 == e && after.len() == e) {
            let attributed = acc
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.get(jc + ea).is_some_and(|c| is_attr(c)));
            if attributed && !after.iter().any(|x| is_attr(&x.text())) {
                if let Some(i) = profile_join(&acc.rows, jc, &after) {
                    merge_at(&mut after, i, acc, "split cell");
                }
            }
        }
        // As many pieces as the columns, the attribute in its place, and words that end a
        // measure's name where the unit would stand: the name over two paragraphs and the unit
        // vanished (`市容环境社会公众满意度` / `测评指数` `预期性` `82.6` `≥85`, an index with no
        // unit).
        if let Some(ea) = expected_attr.filter(|_| after.len() == e && unit_next) {
            let u = name_idx + 1;
            let tail = after.get(u).map(Piece::text).unwrap_or_default();
            if u < ea
                && after.get(ea).is_some_and(|x| is_attr(&x.text()))
                && after
                    .get(name_idx)
                    .is_some_and(|x| !is_value_cell(&x.text()) && !is_placeholder(&x.text()))
                && ((names_measure(&tail)
                    && tail.chars().count() <= 8
                    // (A unit's character in a measure's name of five or more is no unit:
                    // `公众满意度指数`.)
                    && (!is_unit_like(&tail) || tail.chars().count() >= 5)
                    && bracketed_unit(&tail).is_none())
                    // (Or the measure's end carries the unit in brackets, as names do:
                    // `服务人次（万人次）`.)
                    || bracketed_unit(&tail).is_some_and(|(n, _)| names_measure(&n))
                    // (Or words of no unit where the row's values after its attribute are words
                    // too, a measure of no unit: `农民建房“一件事”` / `全程网办` `预期性`
                    // `全面实施` `全面实施`.)
                    || (!is_unit_like(&tail)
                        && tail.chars().count() >= 3
                        && tail.chars().all(crate::text::is_cjk)
                        && after.get(ea + 1..).is_some_and(|values| {
                            !values.is_empty()
                                && values.iter().all(|x| {
                                    let t = x.text();
                                    !t.chars().any(|c| c.is_ascii_digit()) && !is_placeholder(&t)
                                })
                        })))
                && merge_at(&mut after, name_idx, acc, "split cell")
            {
                leave_empty(
                    &mut after,
                    acc,
                    u,
                    "a name over two paragraphs joined, and the unit that vanished",
                );
            }
        }
        // As many pieces as the columns, the attribute in its place, a measure's last word
        // where the unit would stand and a unit after it (`“15分钟科普服务圈”` / `覆盖率` `%`
        // `90以上`): the name over two paragraphs, and a figure is the cell missing, placed as
        // a row one short is.
        if let Some(ea) = expected_attr.filter(|_| after.len() == e && unit_next) {
            let u = name_idx + 1;
            let tail = strip_spaces(&after.get(u).map(Piece::text).unwrap_or_default());
            let measure_end = (2..=3).contains(&tail.chars().count())
                && ["率", "比", "数", "度", "量"]
                    .iter()
                    .any(|w| tail.ends_with(w))
                && tail.chars().all(crate::text::is_cjk)
                && !tail.chars().any(|c| UNIT_CHARS.contains(c));
            if u + 1 < ea
                && measure_end
                && after.get(ea).is_some_and(|x| is_attr(&x.text()))
                && after.get(u + 1).is_some_and(|x| {
                    let t = x.text();
                    is_unit_like(&t) && !is_value_cell(&t) && !is_placeholder(&t)
                })
                && after
                    .get(name_idx)
                    .is_some_and(|x| !is_value_cell(&x.text()) && !is_placeholder(&x.text()))
            {
                merge_at(&mut after, name_idx, acc, "split cell");
            }
        }
        // One cell short and no attribute where the rows above write theirs: the attribute's
        // cell vanished (`10` `污水再生利用率` `%` `18.6` `≥25`, a note saying so).
        if let Some(ea) = expected_attr.filter(|&ea| ea <= after.len()) {
            let attributed = acc
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.get(jc + ea).is_some_and(|c| is_attr(c)));
            // (Two short where the attribute stands right after the number, merged over its
            // rows: `6` `…之比` `0.92` `≤0.80`, its attribute the row above's and its unit none;
            // the attribute left empty first, the other cell then placed as one short is.)
            let short = e.saturating_sub(after.len());
            if (short == 1 || (short == 2 && ea == 0))
                && attributed
                && !after.iter().any(|x| is_attr(&x.text()))
            {
                let what = format!(
                    "{} of {e} cells after the number, no attribute; {} missing",
                    after.len(),
                    if short == 1 { "the one" } else { "one" }
                );
                leave_empty(&mut after, acc, ea, &what);
            }
        }
        if let Some(ea) = expected_attr.filter(|&ea| after.len() + 1 == e && ea + 3 <= e) {
            // One short, its attribute in place (before the values, a unit maybe between) and
            // one figure last, under the last two columns, a baseline and its target: a plan
            // never leaves out a target, and the baseline is the cell missing (`约束性`
            // `120（2026-2030年累计）` under `2025年基数` `2030年目标值`; `预期性` `个` `1200`;
            // `新增…分中心（五年累计）` `3-5个`).
            let b = e - 2;
            let baseline = baseline_column(&acc.columns, jc + 1, b, e) == Some(b);
            // (Between them units only: `86.5` `≥90` after the attribute are both figures,
            // and the unit is the cell missing.)
            let units_between = after.get(ea + 1..b).is_some_and(|between| {
                between.iter().all(|x| {
                    let t = x.text();
                    is_unit_like(&t) && !is_value_cell(&t) && !is_placeholder(&t)
                })
            });
            if baseline
                && units_between
                && after.get(ea).is_some_and(|x| is_attr(&x.text()))
                && after.get(b).is_some_and(|x| {
                    let t = x.text();
                    let figure = is_value_cell(without_bracket_tail(&t));
                    let ranged = t.contains(['-', '～', '~', '—'])
                        && t.starts_with(|c: char| c.is_ascii_digit());
                    // (Or a goal in words with its years, `2027年达到60%，2030年全覆盖`.)
                    let dated_goal = names_year(&t) && reads_as_target(&t);
                    figure || ranged || dated_goal
                })
            {
                let what = format!(
                    "{} of {e} cells after the number, one figure after the attribute; the baseline",
                    after.len()
                );
                leave_empty(&mut after, acc, b, &what);
            }
        }
        if let Some(ea) = expected_attr.filter(|&ea| after.len() + 1 == e && ea + 1 == e && ea >= 3)
        {
            // One short, the attribute last and one figure before it under a baseline and its
            // target, the figure a bound set as a goal (`90以上`, `≥95`, `不低于80`): the
            // target's, the baseline missing.
            let b = ea - 2;
            let baseline = baseline_column(&acc.columns, jc + 1, b, ea) == Some(b);
            let bound = |t: &str| {
                let t = strip_spaces(t);
                (is_value_cell(&t) || WORD_BOUNDS.iter().any(|w| t.starts_with(w)))
                    && (["以上", "以下", "以内", "左右"]
                        .iter()
                        .any(|w| t.ends_with(w))
                        || t.starts_with(['≥', '≤', '＞', '＜', '>', '<'])
                        || WORD_BOUNDS.iter().any(|w| t.starts_with(w)))
            };
            if baseline
                && after.get(ea - 1).is_some_and(|x| is_attr(&x.text()))
                && after.get(b).is_some_and(|x| bound(&x.text()))
                && after.get(b - 1).is_some_and(|x| {
                    let t = x.text();
                    is_unit_like(&t) && !is_value_cell(&t) && !is_placeholder(&t)
                })
            {
                let what = format!(
                    "{} of {e} cells after the number, one bound set as a goal before the attribute; the baseline",
                    after.len()
                );
                leave_empty(&mut after, acc, b, &what);
            }
        }
        // In row blocks, a cell that lists its items line by line (`1.建设区级快递包装回收
        // 中心；` / `2.推广可循环快递箱（盒）5万个`): the items are one cell, whatever the row's
        // count (a cell of it may have vanished too).
        if expected_attr.is_none() {
            let item = |x: &Piece, n: u32| {
                let t = x.text();
                row_number(&t).is_none()
                    && crate::grammar::label(&t).is_some_and(|l| {
                        matches!(l.style, Style::ArabicItem | Style::ArabicParen)
                            && l.number == n
                            && !l.rest.is_empty()
                    })
            };
            let mut i = 0;
            while i + 1 < after.len() {
                let listed = item(&after[i], 1)
                    && after[i].text().ends_with(['；', ';'])
                    && after[i + 1].gap == 0
                    && item(&after[i + 1], 2);
                if listed {
                    let mut n = 2;
                    while i + 1 < after.len()
                        && after[i + 1].gap == 0
                        && item(&after[i + 1], n)
                        && merge_at(&mut after, i, acc, "split cell")
                    {
                        n += 1;
                    }
                }
                i += 1;
            }
        }
        if after.len() + 1 == e && expected_attr.is_none() {
            // One short in a schedule by year whose first step starts the task (`启动建设`
            // `续建` `完成` `—` under 2021年 … 2025年): the years before the start are empty,
            // the first vanished.
            let steps = name_idx + 1;
            let by_year = acc.columns.len() > jc + 1 + steps + 1
                && acc.columns[jc + 1 + steps..]
                    .iter()
                    .all(|c| is_year_header(c));
            let opens = after.get(steps).is_some_and(|x| {
                let t = x.text();
                ["启动", "开工", "前期", "筹备"]
                    .iter()
                    .any(|w| t.starts_with(w))
            });
            if by_year && opens {
                let what = format!(
                    "{} of {e} cells after the number, its first step a start; the one missing",
                    after.len()
                );
                leave_empty(&mut after, acc, steps, &what);
            }
        }
        if after.len() + 1 == e {
            // One cell short where the piece under the unit's column reads as a state reached
            // (`建成` `已建成`, `建成` `基本建成` `基本完成`) or a grade (`良好` `良好`): an
            // indicator no figure measures has no unit, and the unit's is the cell missing.
            let u = (name_idx + 1..e).find(|&c| {
                acc.columns
                    .get(jc + 1 + c)
                    .is_some_and(|h| is_unit_header(h))
            });
            if let Some(u) = u.filter(|&u| {
                after.get(u).is_some_and(|x| {
                    let t = x.text();
                    names_state(&t)
                        || names_grade(&t)
                        || (is_target_in_words(&t) && states_a_goal(&t))
                })
            }) {
                let what = format!(
                    "{} of {e} cells after the number, a state where the unit would stand; the unit",
                    after.len()
                );
                leave_empty(&mut after, acc, u, &what);
            }
        }
        if let Some(ea) = expected_attr.filter(|&ea| after.len() + 1 == e && ea + 3 == e) {
            // One short, the attribute in its place and one goal in words after it for
            // the two columns after the attribute (`全面启动，稳步推进` under `“十四五”完成值`
            // `“十五五”目标`): a goal is a target, the last; the one before it is missing.
            if after.get(ea).is_some_and(|x| is_attr(&x.text()))
                && after.get(ea + 1).is_some_and(|x| {
                    let t = x.text();
                    is_target_in_words(&t) && states_a_goal(&t) && !is_value_cell(&t)
                })
            {
                let what = format!(
                    "{} of {e} cells after the number; the one missing, before a goal in words,",
                    after.len()
                );
                leave_empty(&mut after, acc, ea + 1, &what);
            }
        }
        if after.len() + 1 == e {
            // One cell short where the cell under a column of places after the name is no
            // place, and every row so far has one there (`收购` under 所在街镇, the houses bought
            // all over the district): the place is the cell missing.
            // (Right after the name's column only: a gap before it would move the pieces.)
            let place = (name_idx + 1..(name_idx + 2).min(e)).find(|&c| {
                let Some(h) = acc.columns.get(jc + 1 + c) else {
                    return false;
                };
                let held: Vec<&String> = acc
                    .rows
                    .iter()
                    .filter(|r| r.kind == RowKind::Item)
                    .filter_map(|r| r.cells.get(jc + c).filter(|t| !t.is_empty()))
                    .collect();
                names_place_column(h)
                    && held.len() >= 2
                    && held.iter().all(|t| names_a_place(t))
                    && after.get(c).is_some_and(|x| {
                        let t = x.text();
                        !names_a_place(&t) && !t.contains('、') && !is_placeholder(&t)
                    })
            });
            if let Some(c) = place {
                let what = format!(
                    "{} of {e} cells after the number, no place where the places stand; the one missing",
                    after.len()
                );
                leave_empty(&mut after, acc, c, &what);
            }
        }
        if after.len() + 1 == e {
            // One short where the row measures an index (`水生生物完整性指数（期末）` `－`
            // `0.55`): an index has no unit, and the unit's is the cell missing.
            let u = name_idx + 1;
            let index = after.get(name_idx).is_some_and(|x| {
                let t = strip_spaces(&x.text());
                without_bracket_tail(&t).ends_with("指数")
            });
            // (Not where the unit's cell is left empty already, the row short of another.)
            let unit_written = after.get(u).is_some_and(|x| !x.text().trim().is_empty());
            if index
                && unit_written
                && acc
                    .columns
                    .get(jc + 1 + u)
                    .is_some_and(|h| is_unit_header(h))
            {
                let what = format!(
                    "{} of {e} cells after the number, an index; the unit",
                    after.len()
                );
                leave_empty(&mut after, acc, u, &what);
            }
        }
        if after.len() + 1 == e
            && acc
                .columns
                .last()
                .is_some_and(|h| ["备注", "说明", "附注"].contains(&strip_spaces(h).as_str()))
            && after.last().is_some_and(|x| {
                let t = x.text();
                is_value_cell(without_bracket_tail(&t)) || is_placeholder(&t)
            })
        {
            // One short, a figure last under a last column of remarks: a remark is what a row
            // may go without, and the figure is the column's before it (`3200` under 规模（亩）
            // 备注).
            let what = format!(
                "{} of {e} cells after the number, no remark; the remark",
                after.len()
            );
            leave_empty(&mut after, acc, e - 1, &what);
        }
        if after.len() + 1 == e && after.last().is_some_and(|x| names_bodies(&x.text())) {
            // One cell short, its last bodies, under a column of the bodies that lead and one
            // of those that assist after it (牵头单位 配合单位): a task always has a lead, and
            // the assisting bodies are the cell missing.
            let header = |c: usize| acc.columns.get(c).map(|h| strip_spaces(h));
            let last = jc + e;
            let assists = header(last).is_some_and(|h| names_assisting_column(&h));
            let leads = header(last - 1).is_some_and(|h| names_leading_column(&h));
            if assists && leads {
                let what = format!(
                    "{} of {e} cells after the number, its bodies the lead; the assisting ones",
                    after.len()
                );
                leave_empty(&mut after, acc, e - 1, &what);
            }
        }
        if after.len() + 1 == e {
            // (So where a column follows the assisting bodies' (牵头单位 配合单位 完成时限): the
            // lead's bodies in their place, opening with the lead in force above, and no bodies
            // after them, `区统计局、区城运中心` `2028年底前` after rows led by `区统计局`.
            // A lead written once over the rows after it leaves them the assisting bodies only.)
            let header = |c: usize| acc.columns.get(jc + 1 + c).map(|h| strip_spaces(h));
            let pair = (0..e.saturating_sub(2)).find(|&c| {
                header(c).is_some_and(|h| names_leading_column(&h))
                    && header(c + 1).is_some_and(|h| names_assisting_column(&h))
            });
            let first_body = |t: &str| {
                strip_spaces(t)
                    .split(['、', '，', ',', '；', ';'])
                    .next()
                    .unwrap_or_default()
                    .to_string()
            };
            // (The lead in force: the last written above, which a lead written once leaves
            // over the rows after it.)
            let led_above = |c: usize, t: &str| {
                let first = first_body(t);
                !first.is_empty()
                    && acc
                        .rows
                        .iter()
                        .rev()
                        .filter(|r| r.kind == RowKind::Item)
                        .filter_map(|r| r.cells.get(jc + c).filter(|x| !x.is_empty()))
                        .next()
                        .is_some_and(|lead| first_body(lead) == first)
            };
            if let Some(c) = pair.filter(|&c| {
                after
                    .get(c)
                    .is_some_and(|x| names_bodies(&x.text()) && led_above(c, &x.text()))
                    && after.get(c + 1).is_some_and(|x| !names_bodies(&x.text()))
            }) {
                let what = format!(
                    "{} of {e} cells after the number, its bodies the lead; the assisting ones",
                    after.len()
                );
                leave_empty(&mut after, acc, c + 1, &what);
            }
        }
        if after.len() + 1 == e {
            // One cell short where two columns of figures stand side by side, each with its
            // unit in its name (`建设规模（万亩）` `总投资（万元）`), and the row writes one figure
            // between words: the figure goes to the column whose figures above it lies among,
            // when one is clearly nearer (`450` among investments of 1800 to 6000, not among
            // areas of 0.8 to 3.0); the other is empty.
            let unit_named = |g: usize| {
                acc.columns
                    .get(jc + 1 + g)
                    .is_some_and(|c| bracketed_unit(c).is_some())
            };
            let figures_above = |g: usize| -> Vec<String> {
                acc.rows
                    .iter()
                    .filter(|r| r.kind == RowKind::Item)
                    .filter_map(|r| r.cells.get(jc + g).filter(|c| !c.is_empty()).cloned())
                    .collect()
            };
            let sized = |g: usize| {
                after
                    .get(g)
                    .is_some_and(|x| figure_size(&x.text()).is_some())
            };
            let pair = (1..e.saturating_sub(1)).find(|&g| {
                // (Words before the figure, no value nor a placeholder: `—` is a value.)
                let words_before = after.get(g - 1).is_some_and(|x| {
                    let t = x.text();
                    !is_placeholder(&t) && !is_value_cell(&t)
                });
                unit_named(g) && unit_named(g + 1) && sized(g) && words_before && !sized(g + 1)
            });
            let nearer = pair.and_then(|g| {
                let t = after[g].text();
                // (Decades beyond the least or the greatest figure of three or more above.)
                let beyond = |c: usize| {
                    let column = figures_above(c);
                    let column: Vec<&str> = column.iter().map(String::as_str).collect();
                    decades_beyond(&t, &column)
                };
                let (here, next) = (beyond(g)?, beyond(g + 1)?);
                if next <= 1.0 && here >= next + 1.0 {
                    Some(g)
                } else if here <= 1.0 && next >= here + 1.0 {
                    Some(g + 1)
                } else {
                    None
                }
            });
            if let Some(g) = nearer {
                let what = format!(
                    "{} of {e} cells after the number; the one missing, by the sizes of the figures in the columns beside,",
                    after.len()
                );
                leave_empty_as(
                    &mut after,
                    acc,
                    g,
                    &what,
                    "where the figure written lies among the other column's",
                );
            }
        }
        if after.len() + 1 == e {
            // One cell short and nothing to anchor on: an empty cell that vanished from the
            // source (`罗泾小型消防站` `新建` `2029年` under 站名 选址 建设性质 建成年份) goes where
            // the others come nearest their columns in the rows before (or, before two rows
            // are read, in the whole rows ahead).
            let profile = rows_or_ahead(&acc.rows, &whole);
            // (Where the columns after the name measure one thing each in its unit,
            // `新建市民健身中心（个）` `新建多功能运动场（片）`, a figure goes where it lies in
            // the column's range: `5` among counts of 6 to 14, not of 1 and 2; also beside
            // columns of words, [`measured_columns`].)
            let units = acc.columns.get(jc + 1 + 1..).unwrap_or(&[]);
            let scaled: Vec<bool> = std::iter::once(false)
                .chain(measured_columns(units, after.get(1..).unwrap_or(&[])))
                .collect();
            if let Some(g) = profile_gap_scaled(profile, jc, &after, 1, scaled)
                .or_else(|| profile_gap_among_best(profile, jc, &after))
            {
                let what = format!(
                    "{} of {e} cells after the number; the one missing",
                    after.len()
                );
                leave_empty(&mut after, acc, g, &what);
            }
        }
        if after.len() + 1 == e {
            // Still one short, the columns undecided: where the row above lacks its one cell
            // (a cell merged over both, `%` written once for rows 8 and 9), unless that is the
            // last, where an empty cell goes anyway (an empty 备注 is no merged one).
            let above = acc.rows.last().and_then(|r| {
                let empty: Vec<usize> = (1..e.saturating_sub(1))
                    .filter(|&g| r.cells.get(jc + g).is_some_and(|c| c.is_empty()))
                    .collect();
                match (empty.as_slice(), r.cells.len() == jc + e) {
                    ([g], true) => Some(*g),
                    _ => None,
                }
            });
            if let Some(g) = above {
                let what = format!(
                    "{} of {e} cells after the number; the one missing, as in the row above (a cell merged over both),",
                    after.len()
                );
                leave_empty(&mut after, acc, g, &what);
            }
        }
        if after.len() + 1 == e && expected_attr.is_none() {
            // Still one short, the last two columns a baseline and its target (`2020年`
            // `2025年`, no attribute): the baseline's, as a plan never leaves out a target
            // (`新增托位数` `个` `[2400]`, a new indicator).
            let baseline = baseline_column(&acc.columns, jc + 1, name_idx + 1, e)
                .filter(|&b| b + 2 == e && b + 1 == after.len());
            if let Some(b) = baseline {
                let what = format!(
                    "{} of {e} cells after the number; the one missing, a new indicator's baseline,",
                    after.len()
                );
                leave_empty(&mut after, acc, b, &what);
            }
        }
        if after.len() + 1 < e && after.len() + MOST_GAPS >= e {
            // Two or three cells short: the empty cells go where the others fit their columns
            // clearly best.
            let profile = rows_or_ahead(&acc.rows, &whole);
            if let Some(gaps) = profile_gaps(profile, jc, &after, e - after.len(), 1) {
                let what = format!("{} of {e} cells after the number; one missing", after.len());
                for g in gaps {
                    leave_empty(&mut after, acc, g, &what);
                }
            }
        }
        if after.len() < e {
            acc.warnings.push((
                no,
                format!(
                    "row {}: {} of {e} cells after the number; the missing ones left empty at the end",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                    after.len()
                ),
            ));
            while after.len() < e {
                after.push(empty_piece(no, end_piece));
            }
        }
        // In row blocks, a cell of sentences over lines of its block (`…新建堤防6.2公里。` /
        // `改造穿堤涵闸23座，…。`): each sentence line with the one before it, while the row has
        // more pieces than columns and they are its only such lines.
        if after.len() > e && expected_attr.is_none() {
            let sentence = |x: &Piece| x.text().ends_with('。') && x.text().chars().count() >= 6;
            let runs: Vec<usize> = (0..after.len() - 1)
                .filter(|&i| {
                    sentence(&after[i]) && sentence(&after[i + 1]) && after[i + 1].gap == 0
                })
                .collect();
            if let Some(&first) = runs.first() {
                let consecutive = runs.windows(2).all(|w| w[1] == w[0] + 1);
                let extra = after.len() - e;
                if consecutive && runs.len() == extra {
                    for _ in 0..extra {
                        merge_at(&mut after, first, acc, "split cell");
                    }
                }
            }
        }
        if after.len() == e + 1 && expected_attr.is_none() {
            // One piece more than the columns and nothing to anchor on: the two pieces joined are
            // those that leave every cell closest in length to its column in the rows before
            // (`区建管委、区市场监管局` / `各街道（镇）` under 配合单位, not `区房管局` under
            // 牵头单位 joined to it).
            // (A line that stops where its words go on, `…中期评估和`, or leaves a bracket or a
            // route's dash open, `城关—石门—…—桃源村—` / `白沙—…—城关`, is joined to the next.)
            // (Or one opens with a word that goes on from the line before, `和电子档案…` after
            // `…实现电子文件在线归档`.)
            let open: Vec<usize> = (0..after.len() - 1)
                .filter(|&i| {
                    stops_mid_phrase(&after[i].text())
                        || splits_open(&after[i].text(), &after[i + 1].text())
                        || goes_on_from_before(&after[i + 1].text())
                        || bound_goes_on(&after[i].text(), &after[i + 1].text())
                        // (Or a body's own word after its place: `临港经济开发区` / `管委会`.)
                        || body_of_its_place(&after[i].text(), &after[i + 1].text())
                })
                .collect();
            // (Before all, under a column of places, a district and a street or town in it:
            // `鼓楼区` / `南门街道`, whatever follows, `与社区服务中心合建…`.)
            let within = (0..after.len() - 1).find(|&i| {
                acc.columns.get(jc + 1 + i).is_some_and(|h| {
                    let h = strip_spaces(h);
                    names_place_column(&h) || h.ends_with("地点")
                }) && place_within(&after[i].text(), &after[i + 1].text())
            });
            // (Or a name's second line that closes on a remark in brackets, `家庭（累计）`,
            // before a unit where the unit's column stands: the name over two lines.)
            let unit_at = acc
                .columns
                .get(jc + 1 + name_idx + 1)
                .is_some_and(|h| is_unit_header(h));
            let remark_end = unit_at
                && after.get(name_idx + 1).is_some_and(|x| {
                    let t = x.text();
                    bracket_tail(&t).is_some_and(|(head, _)| !head.is_empty())
                        && bracketed_unit(&t).is_none()
                })
                && after.get(name_idx + 2).is_some_and(|x| {
                    let t = x.text();
                    is_unit_like(&t) && t.chars().count() <= 4 && !is_value_cell(&t)
                });
            let profile = rows_or_ahead(&acc.rows, &whole);
            let at = match open.as_slice() {
                _ if within.is_some() => within,
                [i] => Some(*i),
                [] if remark_end => Some(name_idx),
                _ => profile_join(profile, jc, &after),
            };
            // (Never a project's name, closed by what it builds, `资源化利用中心`, `城市记忆
            // 展示馆`, glued to the works that follow it, `建设大件垃圾拆解线…`: the name is the
            // line before and it.)
            // (Or by its phase in brackets after that, `贯通工程（一期）`, before `打通廊道断点…`.)
            let closes_name = |t: &str| {
                let t = without_bracket_tail(t);
                ["中心", "工程", "项目", "基地", "设施", "园区"]
                    .iter()
                    .any(|w| t.ends_with(w))
                    || t.ends_with(['馆', '站', '厂', '院'])
            };
            let opens_works = |t: &str| {
                [
                    "建设", "新建", "改建", "扩建", "改造", "实施", "推进", "开展", "完成", "打通",
                    "新增", "修复",
                ]
                .iter()
                .any(|w| t.starts_with(w))
            };
            let at = at.map(|i| match (after.get(i), after.get(i + 1)) {
                (Some(a), Some(b))
                    if i > 0
                        && closes_name(&a.text())
                        && opens_works(&b.text())
                        && !closes_name(&after[i - 1].text()) =>
                {
                    i - 1
                }
                _ => i,
            });
            if let Some(i) = at {
                merge_at(&mut after, i, acc, "split cell");
            }
        }
        if after.len() > e && expected_attr.is_none() {
            // No attribute to anchor on: a long name split over pieces, when short.
            while after.len() > e
                && after
                    .get(name_idx + 1)
                    .is_some_and(|x| is_category_cell(&x.text()))
                && after
                    .get(name_idx)
                    .is_some_and(|x| is_category_cell(&x.text()))
                && merge_at(&mut after, name_idx, acc, "split cell")
            {}
        }
        if after.len() > e {
            acc.warnings.push((
                no,
                format!(
                    "row {}: {} cells after the number where the header has {e}; the extra ones kept at the end of the row",
                    body.get(p).map(Piece::text).unwrap_or_default(),
                    after.len()
                ),
            ));
        }
        if cat_after {
            if filled_cat {
                merged = true;
                cat_merged = true;
            } else if let Some(c) = after.first() {
                category = Some(c.text());
            }
        }
        let mut all = pre_cells;
        all.push(body.get(p).map(Piece::text).unwrap_or_default());
        all.extend(texts(&after));
        if numbered_total && jc == 0 {
            totals.push((acc.rows.len(), 1));
        }
        acc.rows.push(named_row(all, category.clone()));
    }
    // A `其中` sub-row after the last row, up to its attribute (`其中：…拥有量（件）` `5.6` `12`
    // `预期性`, then the notes): a row without a number, as between two rows. (After a total
    // row, a short one is a share of the total, below.)
    let after_total = totals.last().is_some_and(|&(i, _)| i + 1 == acc.rows.len());
    if let Some(rest) = body.get(used..).filter(|r| {
        r.first().is_some_and(|x| {
            opens_sub_row(&x.text()) && !(after_total && is_share_label(&x.text()))
        })
    }) {
        // (Where the attribute stands before the figures, `其中：…项目` `个` `预期性` `1` `6`
        // under 单位 属性 2020年 2025年, the figures after it are the sub-row's too.)
        let after_attr = attr_off.map_or(0, |o| e.saturating_sub(o));
        let cells = rest
            .iter()
            .take(e)
            .position(|x| is_attr(&x.text()))
            .map(|a| {
                let figures = rest
                    .get(a + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take(after_attr)
                    .take_while(|x| {
                        let t = x.text();
                        is_value_cell(&t) || is_placeholder(&t)
                    })
                    .count();
                &rest[..=a + figures]
            })
            .filter(|c| {
                c.len() >= 2
                    && c.iter()
                        .all(|x| x.parts.len() == 1 && !x.text().contains('。'))
            });
        if let Some(c) = cells {
            let pieces = c.len();
            let mut c = c.to_vec();
            if !cat_after && share_over_two_before_unit(&c, e, &acc.columns, jc) {
                merge_at(&mut c, 0, acc, "split cell");
            }
            let t = texts(&c);
            acc.warnings.push((
                c[0].first_no(),
                format!(
                    "{} cell(s) without a row number after the last row: `{}`; kept as a row of their own",
                    t.len(),
                    t.join("` `")
                ),
            ));
            let shape = RowShape {
                jc,
                e,
                k,
                cat_after,
                unit_after_name: unit_after_name(&acc.columns, jc + usize::from(cat_after)),
                attr_at: attr_off.map(|o| jc + o),
                baseline_at: baseline_before_attribute(&acc.columns, jc, attr_off),
                baseline_last: baseline_after_attribute(&acc.columns, jc, attr_off, e),
            };
            acc.rows
                .push(named_row(shape.unnumbered(t, true), category.clone()));
            used += pieces;
        }
    }
    // The totals after the last row, and the shares of a total under it (`其中：区级投资`).
    loop {
        let rest = body.get(used..).unwrap_or(&[]);
        let after_total = totals.last().is_some_and(|&(i, _)| i + 1 == acc.rows.len());
        let Some((row, n)) = total_row(rest, k, is_total_label)
            .or_else(|| total_row(rest, k, is_share_label).filter(|_| after_total))
        else {
            break;
        };
        totals.push((acc.rows.len(), 0));
        acc.rows.push(row);
        used += n;
    }
    // A total in words, in one cell over the row, last (`合计：新建6座、改建2座`): a row of its
    // name alone, shown across the table.
    if let Some(p) = body
        .get(used)
        .filter(|p| p.parts.len() == 1 && is_worded_total(&p.text()))
    {
        acc.rows.push(named_row(vec![p.text()], None));
        used += 1;
    }
    place_totals(&mut acc.rows, &totals, jc);
    if merged && jc == 1 {
        group_subtotals(&mut acc.rows, &totals);
    }
    if !merged {
        for r in &mut acc.rows {
            r.group = None;
        }
    }
    Ok(Shape { used: h_end + used })
}

/// A goal in words, a target (`确保完成省下达目标`, `全面建立`): words that state a goal or name
/// the target itself.
fn reads_as_target(t: &str) -> bool {
    is_target_in_words(t) && (states_a_goal(t) || t.contains("目标"))
}

/// Whether the last piece of a row's segment `seg` (its number first, `e` cells after it) is
/// the row's own, not the next group's category: an evaluation (`未完成`) where the item rows
/// so far end with evaluations; or a goal in words (`全面建立`, `全覆盖`) where they end with
/// figures, and the row, without it, would be short of a cell (`基本建立` `全面建立`, a
/// baseline and a target in words).
fn last_piece_is_the_rows(seg: &[Piece], e: usize, rows: &[TableRow]) -> bool {
    // (After a figure, a goal that says what it reaches: `61.4` `完成市级考核要求`, not `42`
    // `更新提升`, the next group's.)
    let after_figure = before_last(seg).is_some_and(|x| is_value_cell(&x.text()));
    let goal = seg.last().is_some_and(|x| {
        let t = x.text();
        states_a_goal(&t)
            && !is_value_cell(&t)
            && !is_attr(&t)
            && (!after_figure || says_what_it_reaches(&t))
    });
    let lasts = filled_last_cells(rows);
    // (Or an evaluation where the last column holds evaluations: `未完成` after rows of
    // `已完成`.)
    let evaluation = seg.last().is_some_and(|x| evaluates(&x.text()))
        && lasts.iter().filter(|c| evaluates(c)).count() >= 2;
    if evaluation {
        return true;
    }
    // (A figure with its period after it is one: `1500（2026—2030年）`.)
    let figures_last = lasts.len() >= 2
        && lasts.iter().all(|c| {
            is_value_cell(c)
                || is_placeholder(c)
                || bracket_tail(c).is_some_and(|(head, _)| is_value_cell(head))
        });
    goal && seg.len().saturating_sub(2) < e && figures_last
}

/// Whether the last piece of a row's segment `seg` is a time (`持续推进`, `每年`, `2026年底前`)
/// under a last column of times (`完成时限`): the row's own, never the next group's category.
fn time_in_words_last(columns: &[String], seg: &[Piece]) -> bool {
    columns
        .last()
        .is_some_and(|c| names_time_column(&strip_spaces(c)))
        && seg.last().is_some_and(|x| names_time(&x.text()))
}

/// Under a category column merged over its rows, before the number, a group's subtotal (`小计`
/// after 北关村, whose 区 is 桐东区's) is the group's: its label under the number's column, the
/// category's cell left to the group's, as the rows above it leave theirs. A grand total
/// (`合计`) stays a row of its own across the category.
/// A group row in one cell (`一、防汛安全工程`, as `group_label` reads it) added as a category
/// row, with a warning when its number is not `next`, which becomes the number after it.
pub(super) fn push_group_row(
    acc: &mut Acc,
    marker: &Piece,
    (number, name, n): (String, String, u32),
    next: &mut u32,
) {
    if n != *next {
        acc.warnings.push((
            marker.first_no(),
            format!("group row `{}` out of sequence", marker.text()),
        ));
    }
    *next = n + 1;
    acc.rows.push(TableRow {
        kind: RowKind::Category,
        number: Some(number),
        name,
        group: None,
        cells: Vec::new(),
    });
}

pub(super) fn group_subtotals(rows: &mut [TableRow], totals: &[(usize, usize)]) {
    for &(t, _) in totals {
        let Some(prev) = t.checked_sub(1).and_then(|p| rows.get(p)) else {
            continue;
        };
        // (The row above left its category to its group's first row; or, for a subtotal in
        // the last columns as written, is the group's only row.)
        let item_group = prev.group.clone().filter(|_| prev.kind == RowKind::Item);
        let group = item_group.clone().filter(|_| prev.name.is_empty());
        let Some(row) = rows.get_mut(t) else {
            continue;
        };
        let subtotal =
            strip_spaces(&row.name) == "小计" && row.cells.first().is_some_and(|c| c.is_empty());
        // (A subtotal read in the last columns as written, its label before its words, has
        // left its category cell already.)
        let placed = row.name.is_empty() && row.cells.iter().any(|c| strip_spaces(c) == "小计");
        match group {
            Some(g) if subtotal => {
                let label = std::mem::take(&mut row.name);
                if let Some(c) = row.cells.first_mut() {
                    *c = label;
                }
                row.group = Some(g);
            }
            _ if placed => row.group = item_group,
            _ => {}
        }
    }
}

/// The shape of a numbered table's rows: `jc` columns before the number, `e` cells after it,
/// `k` in all, and whether a category column stands right after the number.
pub(super) struct RowShape {
    pub(super) jc: usize,
    pub(super) e: usize,
    pub(super) k: usize,
    pub(super) cat_after: bool,
    /// The column after the names' is the unit's (after the category, when it stands after
    /// the number).
    pub(super) unit_after_name: bool,
    /// The attribute's column (`属性`), in the whole row.
    pub(super) attr_at: Option<usize>,
    /// A baseline's column right before its target's (or an interim year's between them), the
    /// attribute's after it (`2020年` `2025年` `属性`), in the whole row.
    pub(super) baseline_at: Option<usize>,
    /// A baseline's column right after the attribute's, its target's last (`属性` `2025年现状`
    /// `“十五五”目标`), in the whole row.
    pub(super) baseline_last: Option<usize>,
}

/// The column of a baseline right after the attribute's (`attr_off` after the number column
/// `jc`), its target's the last of the `e` columns after the number, in the whole row.
pub(super) fn baseline_after_attribute(
    columns: &[String],
    jc: usize,
    attr_off: Option<usize>,
    e: usize,
) -> Option<usize> {
    let b = attr_off?;
    (b + 2 == e && baseline_column(columns, jc + 1, b, e) == Some(b)).then_some(jc + 1 + b)
}

/// The column of a baseline (`2020年`) right before its target's (`2025年`) right before the
/// attribute's (`attr_off` after the number column `jc`), in the whole row.
pub(super) fn baseline_before_attribute(
    columns: &[String],
    jc: usize,
    attr_off: Option<usize>,
) -> Option<usize> {
    let a = attr_off?.checked_sub(1)?;
    // (Or with an interim year between them, `2020年` `2023年` `2025年` `属性`.)
    let interim = |b: usize| {
        b + 3 == a
            && (1..=2).all(|d| {
                columns
                    .get(jc + 1 + b + d)
                    .is_some_and(|h| is_year_header(h))
            })
    };
    baseline_column(columns, jc + 1, 0, a)
        .filter(|&b| b + 2 == a || interim(b))
        .map(|b| jc + 1 + b)
}

/// Whether the column after the names' (after the number column `jc`) is the unit's: `单位`.
/// A header naming the column of units (`单位`, `计量单位`), not of bodies (`牵头单位`).
/// A figure followed by its unit (`0.38km/km²`, `93.5%`, `120万平方米`), as a value cell
/// writes it where the unit has no column of its own.
/// A figure after a row's name that needs a unit the row does not write where the unit stands:
/// a rate's figure (`…清零率` `100`), or a count that writes its own (`累计300座`).
fn needs_a_unit(name: &str, figure: &str) -> bool {
    let (name, figure) = (strip_spaces(name), strip_spaces(figure));
    let rate = bracketed_unit(&name).is_none()
        && name.ends_with('率')
        && is_value_cell(&figure)
        && !figure.contains(['%', '％']);
    let counted = figure.chars().any(|c| c.is_ascii_digit())
        && figure
            .chars()
            .last()
            .is_some_and(|c| UNIT_CHARS.contains(c))
        && !is_value_cell(&figure);
    rate || counted
}

pub(super) fn figure_with_unit(t: &str) -> bool {
    let t = strip_spaces(t);
    let unit = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    unit.len() < t.len()
        && t.starts_with(|c: char| c.is_ascii_digit())
        && !unit.is_empty()
        && is_unit_like(unit)
        && !unit.contains(['（', '(', '以', '左', '约'])
}

/// A header over the bodies that assist a task (`配合单位`, `协同部门`): a cell a task may go
/// without.
pub(super) fn names_assisting_column(h: &str) -> bool {
    ends_as_bodies_column(h)
        && ["配合", "协同", "协助", "协办", "参与"]
            .iter()
            .any(|w| h.contains(w))
}

/// A header over the bodies that lead a task (`牵头单位`, `责任部门`).
pub(super) fn names_leading_column(h: &str) -> bool {
    ends_as_bodies_column(h)
        && ["牵头", "责任", "主责", "主办"]
            .iter()
            .any(|w| h.contains(w))
}

/// Whether `t` opens with the character every last cell of the item rows so far opens with (`区`
/// of `区机管局` `区卫生健康委`), or they do not all open alike (two at least).
fn opens_as_last_cells(rows: &[TableRow], t: &str) -> bool {
    let lasts = last_cells(rows);
    let first = |c: &str| c.chars().next();
    let Some(opening) = lasts.first().map(|c| first(c)) else {
        return true;
    };
    lasts.len() < 2 || !lasts.iter().all(|c| first(c) == opening) || first(t) == opening
}

/// A district, county or city (`鼓楼区`), then a street, town or township in it (`南门街道`): one
/// place written over two pieces.
fn place_within(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    let (na, nb) = (a.chars().count(), b.chars().count());
    (3..=8).contains(&na)
        && a.ends_with(['区', '县', '市'])
        && (3..=8).contains(&nb)
        && (b.ends_with("街道") || b.ends_with(['镇', '乡']))
        && !a.contains(['、', '，'])
        && !b.contains(['、', '，'])
}

/// Last characters of a work's site, a place or a facility (`…泵闸`, `…路`, `…港`).
const SITE_ENDS: [char; 17] = [
    '路', '桥', '闸', '站', '港', '厂', '馆', '园', '池', '河', '湖', '江', '堤', '塘', '渠', '沟',
    '街',
];

pub(super) fn is_unit_header(c: &str) -> bool {
    let c = strip_spaces(c);
    c == "单位" || c == "计量单位" || c == "指标单位"
}

/// In row blocks, a name over two lines of its block before its unit: `ps[i]` goes on in the
/// next line of the block, words that are no unit, figure or attribute, and a unit follows
/// (`无线电干扰申诉` / `平均办结时限` `个工作日`, `其中：县城区` / `监测覆盖率` `%`).
pub(super) fn name_over_two_lines(ps: &[Piece], i: usize) -> bool {
    ps.get(i + 1).is_some_and(|b| b.gap == 0) && name_over_two_paragraphs(ps, i)
}

/// [`name_over_two_lines`], the two pieces on lines of their own or paragraphs alike.
pub(super) fn name_over_two_paragraphs(ps: &[Piece], i: usize) -> bool {
    let (Some(b), Some(c)) = (ps.get(i + 1), ps.get(i + 2)) else {
        return false;
    };
    let (bt, ct) = (b.text(), c.text());
    // (Plain words longer than the unit after them are no unit, whatever they hold:
    // `平均办结时限`, `人数比例` before `%`; not `万立方米/日`, `万套（间）`.)
    let plain = |t: &str| {
        t.chars().count() >= 3
            && !t.contains(['/', '（', '(', '·', '%'])
            && !t.starts_with(['万', '亿', '千', '百', '元'])
    };
    // (A unit may open with a figure when it is a rate: `1/10万`.)
    // (Nor is the end of a measure's name a unit, `面积` before `万平方米`.)
    // (Nor what a project or a work is called, `改建项目` for its `项`.)
    let works = ["项目", "工程", "改造", "建设"]
        .iter()
        .any(|w| bt.ends_with(w));
    (!is_unit_like(&bt)
        || (plain(&bt) && bt.chars().count() > ct.chars().count())
        || names_measure_end(&bt)
        || works)
        && !is_value_cell(&bt)
        && !is_placeholder(&bt)
        && !is_attr(&bt)
        && !bt.contains(['。', '；'])
        && is_unit_like(&ct)
        && !is_placeholder(&ct)
        && !is_attr(&ct)
        && (!is_value_cell(&ct) || ct.contains('/'))
}

pub(super) fn unit_after_name(columns: &[String], jc: usize) -> bool {
    columns
        .get(jc + 2)
        .is_some_and(|c| strip_spaces(c).ends_with("单位"))
}

impl RowShape {
    /// The cells of a row without a number (a `其中` sub-row, stray cells), `t` as written: under
    /// the columns after the number when they fit there, the number's cell empty. A sub-row short
    /// of a cell, in a table whose category stands right after the number, leaves the category
    /// to its row (`其中：…` under `领域`); one that ends at its attribute (`to_attribute`), as
    /// its row may, has the cells after it vanished; so has any sub-row short of its last cells
    /// (`其中：…补建` `120` `150` `120` under a last column of 资金来源), the row as wide as the
    /// table.
    pub(super) fn unnumbered(&self, t: Vec<String>, to_attribute: bool) -> Vec<String> {
        if t.len() > self.e {
            return t;
        }
        let lead = self.jc + 1 + usize::from(self.cat_after && t.len() < self.e);
        // (Nor, one short and with no attribute where the rows write theirs once over the
        // rows after them, the attribute: `其中：社区嵌入式普惠养老床位` `张` `420` `≥1200`
        // under 属性 指标名称 单位 …, or under 指标名称 单位 属性 2025年 2030年.)
        let attribute_left = self
            .attr_at
            .filter(|_| !self.cat_after && t.len() + 1 == self.e && !t.iter().any(|c| is_attr(c)));
        let mut all = vec![String::new(); lead];
        // (One short, ending at its attribute, its unit in its name: `其中：…床位（万张）` `0.9`
        // `2.0` `预期性`, the unit's cell vanished; two short under a category after the number,
        // which the sub-row leaves to its row.)
        let unit_in_name = to_attribute
            && self.unit_after_name
            && t.len() + 1 + usize::from(self.cat_after) == self.e
            && t.last().is_some_and(|c| is_attr(c))
            && t.first().is_some_and(|c| bracketed_unit(c).is_some());
        let mut t = t;
        if unit_in_name {
            t.insert(1, String::new());
        }
        all.extend(t);
        if let Some(a) = attribute_left.filter(|&a| a <= all.len()) {
            all.insert(a, String::new());
        }
        // (Short of cells before the attribute that ends it, `其中：…` `96.2%` `97%左右`
        // `预期性` under a rate's column before 属性: the attribute under its column, the cells
        // before it left empty.)
        if let Some(a) = self.attr_at.filter(|&a| a < self.k && to_attribute) {
            // (One short of a baseline and its target before it: the baseline's, as a plan
            // never leaves out a target, `其中：社区多功能运动场` `个` `[40]` `预期性`.)
            if let Some(b) = self
                .baseline_at
                .filter(|&b| all.len() == a && b < a && all.last().is_some_and(|c| is_attr(c)))
            {
                all.insert(b, String::new());
            }
            while all.len() <= a && all.last().is_some_and(|c| is_attr(c)) {
                let at = all.len() - 1;
                all.insert(at, String::new());
            }
        }
        // (One short after its attribute, one figure after it under a baseline and its target:
        // the baseline's, as a plan never leaves out a target, `其中：医院、学校周边共享项目`
        // `预期性` `20个`.)
        if let (Some(a), Some(b)) = (self.attr_at, self.baseline_last) {
            if to_attribute
                && b == a + 1
                && all.len() == b + 1
                && all.len() + 1 == self.k
                && all.get(a).is_some_and(|c| is_attr(c))
                && all
                    .get(b)
                    .is_some_and(|c| is_value_cell(without_bracket_tail(c)))
            {
                all.insert(b, String::new());
            }
        }
        // (Short of its last cells, the row leaves them empty.)
        all.resize(all.len().max(self.k), String::new());
        all
    }
}

/// A total row's label: `合计`, `总计`, `小计` or `共计` (spaced out or not: `合 计`).
pub(super) fn is_total_label(t: &str) -> bool {
    let t = strip_spaces(t);
    matches!(t.as_str(), "合计" | "总计" | "小计" | "共计") || is_whole_area(&t)
}

/// The whole of the area a table breaks down (`全县`, `全区`, `全市`): a total's label in a
/// table of its parts.
pub(super) fn is_whole_area(t: &str) -> bool {
    let mut cs = t.chars();
    cs.next() == Some('全')
        && cs.next().is_some_and(|c| "省市区县镇乡州盟旗".contains(c))
        && cs.next().is_none()
}

/// A total written in words in one cell: `合计：新建6座、改建2座` (a total's label, a colon and a
/// short phrase, no sentence).
pub(super) fn is_worded_total(t: &str) -> bool {
    let t = strip_spaces(t);
    let Some((label, rest)) = t.split_once(['：', ':']) else {
        return false;
    };
    is_total_label(label)
        && !rest.is_empty()
        && rest.chars().count() <= 40
        && !rest.contains(['。', '；', ';'])
}

/// A cell that opens a sub-row: `其中：…`, `其中农村公厕`, not a sentence that starts so
/// (`其中农村公厕不少于45座。`, a remark).
pub(super) fn opens_sub_row(t: &str) -> bool {
    t.starts_with("其中") && !t.trim_end_matches(is_space).ends_with(['。', '；', ';'])
}

/// The label of a share of a total, under it: `其中：区级投资`, `其中` (short).
pub(super) fn is_share_label(t: &str) -> bool {
    let t = strip_spaces(t);
    t.starts_with("其中") && t.chars().count() <= 16
}

/// The pieces of the total row `rest` starts with, in a table of `k` columns: its label and the
/// numbers after it (at most one per column after the first, up to row `next` when a row
/// follows); 0 when it starts with none.
pub(super) fn total_len(rest: &[Piece], k: usize, next: Option<u32>) -> usize {
    labelled_len(rest, k, next, is_total_label)
}

/// [`total_len`] for a row whose first piece is a label as `is_label` says.
pub(super) fn labelled_len(
    rest: &[Piece],
    k: usize,
    next: Option<u32>,
    is_label: fn(&str) -> bool,
) -> usize {
    if !rest.first().is_some_and(|p| is_label(&p.text())) {
        return 0;
    }
    // (The whole area inside a row's block, `全区` under 建设地点, is a place, no total's label:
    // a total opens a block of its own.)
    if rest
        .first()
        .is_some_and(|p| p.gap == 0 && is_whole_area(&strip_spaces(&p.text())))
    {
        return 0;
    }
    // A number with a name after it is the next row's (`小计` `20.7` `3` `陈行水库扩建工程`).
    let values = rest.get(1..).unwrap_or(&[]);
    let n = values
        .iter()
        .enumerate()
        .take(k.saturating_sub(1))
        .take_while(|&(m, p)| {
            let t = p.text();
            // (An amount may carry a note in brackets: `46850（不含待定项目）`.)
            let bare = t
                .strip_suffix(['）', ')'])
                .and_then(|x| x.rfind(['（', '(']).map(|i| &x[..i]))
                .filter(|x| !x.is_empty())
                .unwrap_or(&t);
            // (Or an amount with its currency, `51200万元`; or, after an amount, a placeholder
            // or a time over every row, `—` `52200` `2021—2025年` under 建设规模 总投资 建设周期.)
            let amount = is_numberish(bare) || (is_value_cell(bare) && bare.ends_with('元'));
            let spanning = (is_placeholder(bare) || (m > 0 && names_period(bare)))
                && values.get(..=m).is_some_and(|upto| {
                    upto.iter().any(|q| is_numberish(&q.text()))
                        || values.get(m + 1).is_some_and(|q| is_numberish(&q.text()))
                });
            // (Or, after its amounts, the count they make in words, `共28个` under 备注.)
            let counted = m > 0 && bare.strip_prefix('共').is_some_and(counts_things);
            (amount || spanning || counted || (m == 0 && describes_total(values)))
                && !(next.is_some()
                    && row_number(&t) == next
                    && values.get(m + 1).is_some_and(|q| {
                        let u = q.text();
                        !is_numberish(&u) && cn_marker(&u).is_none() && !is_total_label(&u)
                    }))
        })
        .count();
    // (Its attribute after its amounts, as the rows have: `合计` `320` `450` `7.1%` `预期性`.)
    let attribute = n > 0 && n + 1 < k && values.get(n).is_some_and(|p| is_attr(&p.text()));
    match n {
        0 => 0,
        _ if attribute => n + 2,
        _ => n + 1,
    }
}

/// Whether `values`, the cells after a total's label, open with words that sum up what it
/// totals (`共2个项目，改造建筑面积5.8万平方米`) before its figures: a short text that counts,
/// then a figure among the next cells.
pub(super) fn describes_total(values: &[Piece]) -> bool {
    let Some(t) = values.first().map(Piece::text) else {
        return false;
    };
    let t = strip_spaces(&t);
    t.starts_with('共')
        && t.chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
        && t.chars().count() <= 40
        && !t.contains('。')
        && values
            .iter()
            .skip(1)
            .take(4)
            .any(|p| is_numberish(&p.text()))
}

/// A total row (`合计`, 总计, 小计, 共计) at the start of `rest`, in a table of `k` columns: the
/// label standing over the number and name columns, then its numbers in the columns after it,
/// under the last of them until [`place_totals`] places them; a total that sums up in words
/// before its figures (`小计` `共2个项目` `—` `87500`) stands in the last columns as written, its
/// label right before its words. Returns the row and the pieces it used.
pub(super) fn total_row(
    rest: &[Piece],
    k: usize,
    is_label: fn(&str) -> bool,
) -> Option<(TableRow, usize)> {
    let used = labelled_len(rest, k, None, is_label);
    let first = rest.first().filter(|_| used > 0)?;
    let values = texts(rest.get(1..used).unwrap_or(&[]));
    let width = k.saturating_sub(1);
    if describes_total(rest.get(1..used).unwrap_or(&[])) && values.len() < width {
        let mut cells = vec![String::new(); k - 1 - values.len()];
        cells.push(first.text());
        cells.extend(values);
        return Some((named_row(cells, None), used));
    }
    let mut cells = vec![String::new(); width.saturating_sub(values.len())];
    cells.extend(values);
    Some((
        named_row(std::iter::once(first.text()).chain(cells).collect(), None),
        used,
    ))
}

/// Places the numbers of the total rows `totals` (indexes into `rows`, with 1 for a label in the
/// row's first cell) under the columns where
/// every other row holds an amount (`总投资（亿元）`, not `建设年限` after it), the last ones of
/// these when there are more; more numbers than such columns, the last ones under these and the
/// others in the columns just before them (`小计` `2` `20.7`: a count, then the amount). Without
/// any such column, a total row's numbers stay under the last columns. `jc`: the number column.
pub(super) fn place_totals(rows: &mut [TableRow], totals: &[(usize, usize)], jc: usize) {
    let Some(width) = rows.iter().map(|r| r.cells.len()).max() else {
        return;
    };
    let amounts = amount_columns(rows, width, jc, totals);
    for &(t, skip) in totals {
        let Some(row) = rows.get_mut(t) else {
            continue;
        };
        // (`skip`: the label stands in the row's first cell, after its number; a row read
        // otherwise, say with an empty category cell put first, stays as it is.)
        if skip > 0 && !row.cells.first().is_some_and(|c| is_total_label(c)) {
            continue;
        }
        let values: Vec<String> = row
            .cells
            .iter()
            .skip(skip)
            .filter(|c| !c.is_empty())
            .cloned()
            .collect();
        // (A total that also writes a placeholder or a period, `—` `52200` `2021—2025年`,
        // fills the last columns as written, one cell each.)
        if values.iter().any(|v| is_placeholder(v) || names_period(v)) {
            continue;
        }
        // (The count its amounts make in words after them, `共28个`, in the column after
        // theirs.)
        let worded = values
            .iter()
            .rev()
            .take_while(|v| {
                strip_spaces(v)
                    .strip_prefix('共')
                    .is_some_and(counts_things)
            })
            .count();
        let n = values.len() - worded;
        let mut slots: Vec<usize> = match (amounts.len().checked_sub(n), amounts.first()) {
            (Some(spare), _) => amounts.get(spare..).unwrap_or(&[]).to_vec(),
            (None, Some(&a0)) if a0 + amounts.len() >= n => (a0 + amounts.len() - n..a0)
                .chain(amounts.iter().copied())
                .collect(),
            _ => continue,
        };
        if let Some(&last) = slots.last() {
            slots.extend(last + 1..last + 1 + worded);
        }
        let n = values.len();
        // (Every number needs a column of the row: rows with extra cells may be wider.)
        if slots.len() != n || slots.iter().any(|&s| s < skip || s >= row.cells.len()) {
            continue;
        }
        let mut cells: Vec<String> = row.cells.iter().take(skip).cloned().collect();
        cells.resize(row.cells.len(), String::new());
        for (slot, v) in slots.into_iter().zip(values) {
            if let Some(c) = cells.get_mut(slot) {
                *c = v;
            }
        }
        row.cells = cells;
    }
}

/// The columns (as indexes into a row's cells, of `width`) where every item row of `rows` but the
/// total rows `totals` that fills the column holds an amount (`12.5`, `1,200`, a pair `10/20`; a placeholder such as `—` fills none), at
/// least half of them fill it, and that is not the number column `jc`.
pub(super) fn amount_columns(
    rows: &[TableRow],
    width: usize,
    jc: usize,
    totals: &[(usize, usize)],
) -> Vec<usize> {
    let items: Vec<&TableRow> = rows
        .iter()
        .enumerate()
        .filter(|&(i, r)| r.kind == RowKind::Item && !totals.iter().any(|t| t.0 == i))
        .map(|(_, r)| r)
        .collect();
    (0..width)
        .filter(|&c| jc == 0 || c + 1 != jc)
        .filter(|&c| {
            let filled: Vec<&str> = items
                .iter()
                .filter_map(|r| r.cells.get(c))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty() && !crate::text::PLACEHOLDERS.contains(s))
                .collect();
            // (A column of years, `2026` `2027`, is no amount to add up.)
            let years = filled
                .iter()
                .all(|s| s.parse::<u32>().is_ok_and(|y| (1949..=2100).contains(&y)));
            // (Or amounts in pairs, power over energy: `10/20`; or with a remark in brackets,
            // `12.6（含边坡3.2）`.)
            let amount = |s: &str| {
                is_amount(amount_of(s)) || {
                    let parts: Vec<&str> = s.split('/').collect();
                    parts.len() == 2 && parts.iter().all(|p| is_amount(p))
                }
            };
            !filled.is_empty()
                && filled.len() * 2 >= items.len()
                && filled.iter().all(|s| amount(s))
                && !years
        })
        .collect()
}

/// A plain amount: digits, with thousands commas and one decimal point (`1,200.5`).
pub(super) fn is_amount(t: &str) -> bool {
    let t = t.replace([',', '，'], "");
    let mut parts = t.split('.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    parts.next().is_none()
        && !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
}

/// A share's row as wide as a row after its number (`e` cells), its name over two paragraphs
/// before a unit where the unit's column follows the name's (the number's column `jc`):
/// `其中：保税研发设计` / `业务收入` / `亿元`, a value vanished.
fn share_over_two_before_unit(part: &[Piece], e: usize, columns: &[String], jc: usize) -> bool {
    let plain = |x: &Piece| {
        let t = x.text();
        !is_value_cell(&t) && !is_placeholder(&t) && !is_attr(&t)
    };
    part.len() == e
        && part.first().is_some_and(|x| opens_sub_row(&x.text()))
        && part
            .get(1)
            .is_some_and(|x| plain(x) && !is_unit_like(&x.text()))
        && columns.get(jc + 2).is_some_and(|c| is_unit_header(c))
        && part
            .get(2)
            .is_some_and(|u| plain(u) && is_unit_like(&u.text()))
}

/// Words alone in a cell, as a category writes them: no number, figure or placeholder (the next
/// group's category after a row, `枢纽场站`, `数据协同`).
fn words_alone(t: &str) -> bool {
    is_category_cell(t) && !is_numberish(t) && !is_value_cell(t) && !is_placeholder(t)
}

/// A header cell that dates values: a year (`2025年`, `2025年底`), a place's year
/// (`苎溪县2020年`) or a period (`“十四五”`).
pub(super) fn dated_header(t: &str) -> bool {
    let t = clean(t);
    let year = t.strip_suffix(['底', '末']).unwrap_or(t);
    is_bare_year(year.strip_suffix('年').unwrap_or(year)) || is_period_mark(t) || ends_in_year(t)
}

/// A short word for values, undated: `实际值`, `完成情况`, `目标`.
pub(super) fn values_word(t: &str) -> bool {
    names_values(t)
        && t.chars().count() <= 4
        && !t.chars().any(|c| c.is_ascii_digit())
        && !starts_with_period_mark(t)
}

/// Rows narrower than the header by as many cells as it holds cells broken over two lines as
/// two: a year or a period alone (`2030年`, `“十五五”`), or a word too short for a column's
/// name (`规划`), before the word for the values it dates (`目标值`, `目标`), as `2025年基准值`
/// beside it, or `2020年` / `基期值` and `2025年` / `目标值` both; the rows' usual width or the
/// first row's. `pos`: where each row starts; `first_block`: in row blocks, the cells of the
/// first row's block from its number; `jc`: the number column. Returns the index of the first
/// half of each, in order, when the pairs read so are as many as the cells the rows lack.
pub(super) fn broken_header_cells(
    body: &[Piece],
    pos: &[usize],
    first_block: Option<usize>,
    columns: &[String],
    jc: usize,
) -> Option<Vec<usize>> {
    let steps: Vec<usize> = pos.windows(2).map(|w| w[1] - w[0]).collect();
    // (Or a word for values too short to be a column's name over a word for a value,
    // `规划` / `目标值`; `现状` `目标` are two columns.)
    let short_word = |a: &str, b: &str| {
        names_values(a) && clean(a).chars().count() <= 2 && clean(b).ends_with('值')
    };
    // (Or, where the header's measures carry their units, a name with none before the short
    // word and unit that end it: `2025年农村自来水` / `普及率（%）`.)
    let units = columns
        .iter()
        .filter(|c| bracketed_unit(c).is_some())
        .count();
    let measure_tail = |a: &str, b: &str| {
        units >= 3
            && bracketed_unit(a).is_none()
            && !names_other_column(a)
            && !names_values(a)
            && bracketed_unit(b).is_some_and(|(name, _)| (2..=4).contains(&name.chars().count()))
    };
    // (`指标` / `属性` is one cell only beside another column that names the indicators: alone,
    // `指标` is the names' column and `属性` the attribute's.)
    let names_elsewhere = |i: usize| {
        columns
            .iter()
            .enumerate()
            .any(|(j, c)| j != i && (c.contains("名称") || c.contains("指标")))
    };
    let pairs: Vec<usize> = columns
        .windows(2)
        .enumerate()
        .filter(|&(i, w)| {
            ((dated_header(&w[0]) || short_word(&w[0], &w[1])) && values_word(&w[1]))
                || (indicator_over_attribute(&w[0], &w[1]) && names_elsewhere(i))
                || period_over_measure(&w[0], &w[1])
                || measure_tail(&w[0], &w[1])
        })
        .map(|(i, _)| i)
        .collect();
    // (Or the first row's width, under merged columns that leave the later rows unlike: to
    // the next number, or, in row blocks, its block's.)
    // (Under a merged category column after the number, most rows lack their category: one
    // cell narrower still, `治理覆盖` written once over its rows.)
    let merged_category = columns.iter().skip(jc + 1).any(|c| is_category_header(c));
    let narrower = |w: usize| {
        w + jc + pairs.len() == columns.len()
            || (merged_category && w + 1 + jc + pairs.len() == columns.len())
    };
    // (Or the values after each row's attribute, where every broken cell stands after the
    // attribute's column: rows as long as the header as written, for names over two paragraphs
    // and the next group's category after a row, yet no row with more values after its
    // attribute than the header joined has columns there.)
    let values_after_attribute = || {
        let Some(ia) = columns.iter().position(|c| names_attribute_column(c)) else {
            return false;
        };
        let columns_after = columns.len() - ia - 1;
        let joined_after = pairs.iter().filter(|&&i| i > ia).count();
        if joined_after != pairs.len() {
            return false;
        }
        let want = columns_after - joined_after;
        let counts: Vec<usize> = pos
            .iter()
            .enumerate()
            .filter_map(|(r, &p)| {
                let end = pos
                    .get(r + 1)
                    .copied()
                    .unwrap_or(body.len())
                    .min(body.len());
                let row = body.get(p + 1..end)?;
                let a = row.iter().position(|x| is_attr(&x.text()))?;
                Some(
                    row[a + 1..]
                        .iter()
                        .take_while(|x| {
                            let t = x.text();
                            is_value_cell(&t) || is_placeholder(&t)
                        })
                        .count(),
                )
            })
            .collect();
        counts.len() >= 3
            && counts.iter().all(|&c| c <= want)
            && counts.iter().filter(|&&c| c == want).count() * 3 >= counts.len() * 2
    };
    // (Two pairs side by side only as a year or period, a word too short for a column's name
    // and a value's word, three lines of one cell: `2030年` / `规划` / `目标值`.)
    let chained = |w: &[usize]| {
        w[0] + 1 == w[1]
            && columns.get(w[0]).is_some_and(|c| dated_header(c))
            && columns
                .get(w[1])
                .is_some_and(|c| names_values(c) && clean(c).chars().count() <= 2)
    };
    let read = !pairs.is_empty()
        && pairs.windows(2).all(|w| w[0] + 1 < w[1] || chained(w))
        && pairs.windows(3).all(|w| w[0] + 2 < w[2])
        && (mode(&steps).is_some_and(narrower)
            || steps.first().is_some_and(|&w| narrower(w))
            || first_block.is_some_and(narrower)
            || values_after_attribute());
    read.then_some(pairs)
}

/// Rows narrower than the header, most of them alike (`pos`: where each row starts): the
/// header read as two rows ([`split_two_row_header`]), if it reads so. Under a merged category
/// column the rows that open a group are one cell wider than the rest; the header may fit them.
/// Or the first row (`lead` cells before its number, its category) one cell narrower than the
/// header, where the header reads as two rows of one group (`指标值` over `2020年现状`
/// `2025年目标`) and no row after it is wider: rows that lack a merged category or a vanished
/// cell are too unlike to agree on a width.
pub(super) fn narrower_rows(
    pos: &[usize],
    columns: &[String],
    lead: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let steps: Vec<usize> = pos.windows(2).map(|w| w[1] - w[0]).collect();
    let first_width = steps.first().map(|s| s + lead);
    if let Some(width) = first_width.filter(|&w| w + 1 == columns.len() && w >= 4) {
        // (A step over sub-rows, `其中：…`, is wider: those are left out.)
        let within = steps.iter().filter(|&&x| x <= width).count();
        if within >= 3 && within * 4 >= steps.len() * 3 {
            if let Some(split) = split_header_rows(columns, width) {
                return Some(split);
            }
        }
    }
    // (Not where the first row, its category before its number, is as wide as the header as
    // written and the rest one narrower: they lack the category merged over them, under
    // `类别` `序号` … `“十四五”` / `目标值` `2025年完成值` `完成情况`.)
    let category_first = lead >= 1
        && columns.first().is_some_and(|c| is_category_header(c))
        && columns.get(1).is_some_and(|c| is_number_header(c));
    if category_first
        && first_width == Some(columns.len())
        && mode(&steps) == first_width.map(|f| f - 1)
    {
        return None;
    }
    let w = mode(&steps).filter(|&w| w < columns.len())?;
    let alike = steps.iter().filter(|&&x| x == w).count();
    // (Steps over a sub-row, `其中：…`, nearly twice the width, are left out of the count.)
    let counted = steps.iter().filter(|&&x| x + 2 < 2 * w).count();
    let split = (alike * 3 >= counted * 2)
        .then(|| split_header_rows(columns, w))
        .flatten();
    // (Sub-rows without a number, `其中：…`, make a few steps longer.)
    split.or_else(|| {
        let wider = w + 1;
        let fit = steps.iter().filter(|&&x| x == w || x == wider).count();
        (wider < columns.len() && fit * 3 >= steps.len() * 2)
            .then(|| split_header_rows(columns, wider))
            .flatten()
    })
}

/// The pieces of rows `1`, `2`, … from the first row's number at `first`: for each next number,
/// the candidate whose distance is closest to a full row (`target` pieces from the number on).
/// Numbering may start again at `1` under each group: after a group row (`二` / `水环境`) or a
/// category cell (`水环境`) standing between a row and the next one.
pub(super) fn number_chain(body: &[Piece], first: usize, k: usize, target: usize) -> Vec<usize> {
    let mut pos = vec![first];
    let mut n = 1u32;
    // (A row may lack two cells, merged above or vanished; a row of six or more, three.)
    let missing = if target >= 6 { 3 } else { 2 };
    // In row blocks (a blank line after each row only) a row's number opens a block: of two
    // pieces `12`, the one after the blank line rather than a value `12` inside the block.
    let blocks = body.iter().skip(first + 1).any(|p| p.gap == 0);
    let inside_block = |i: usize| blocks && body.get(i).is_some_and(|p| p.gap == 0);
    // Where numbering starts again after the row at `cur`.
    let restart = |cur: usize| -> Option<usize> {
        // Numbering started again: `1` one or two pieces after a full row, with only a group
        // row or a category cell between, or right after the group's total row.
        let end = cur + target;
        let total = total_len(body.get(end..).unwrap_or(&[]), k, Some(1));
        let from = if total > 0 { end + total } else { end + 1 };
        let to = (end + total + 2).min(body.len().saturating_sub(1));
        let between_ok = |a: usize, i: usize| {
            body.get(a..i).is_some_and(|ps| {
                // (A `其中` sub-row is no group: its values `1` `2` are no new numbering.)
                ps.iter().all(|p| {
                    let t = p.text();
                    cn_marker(&t).is_some()
                        || (is_category_cell(&t) && !is_numberish(&t) && !t.starts_with("其中"))
                })
            })
        };
        // (Nor a `1` after a `其中` sub-row that opens past the row's own cells, the row one
        // short of them: `6` `…创业孵化基地` `个` `3` `10` `预期性` / `其中：…` `个` `1` `3`.)
        let sub_row_before = |i: usize| {
            body.get(cur + 1..i)
                .is_some_and(|ps| ps.iter().any(|p| opens_sub_row(&p.text())))
        };
        (from..=to)
            .find(|&i| {
                row_number(&body[i].text()) == Some(1)
                    && between_ok(end + total, i)
                    && !sub_row_before(i)
            })
            .or_else(|| {
                // The row before one cell short (an empty cell vanished): `1` right after a
                // group row (`二、医养康养结合`) that stands where the row's last cell would,
                // or, when a category column stands before the numbers, the next group's
                // category cell (`生态宜居`).
                let i = end;
                let categories = target < k;
                (total == 0
                    && i < body.len()
                    && row_number(&body[i].text()) == Some(1)
                    && i.checked_sub(1).and_then(|j| body.get(j)).is_some_and(|p| {
                        let t = p.text();
                        cn_marker(&t).is_some()
                            || group_label(&t).is_some()
                            || (categories
                                && is_category_cell(&t)
                                && !is_numberish(&t)
                                && !is_unit_like(&t))
                    }))
                .then_some(i)
            })
    };
    while let Some(&cur) = pos.last() {
        let lo = cur + target.saturating_sub(missing).max(1);
        // (Sub-rows without a number, `其中：企业数量` …, stand between a row and the next:
        // a row's width more for each.)
        // (Sub-rows numbered in brackets, `（1）`, are read as such below.)
        // (A `其中：…` right after the number is the row's own name, a numbered sub-row: `4`
        // `其中：社区卫生服务中心注册护士数`.)
        let window = body
            .get(cur + 2..(cur + 4 * k).min(body.len()))
            .unwrap_or(&[])
            .iter()
            .take_while(|p| row_number(&p.text()) != Some(n + 1));
        let numbered_subs = window.clone().any(|p| bracket_number(&p.text()).is_some());
        let subs = if numbered_subs {
            0
        } else {
            window.filter(|p| opens_sub_row(&p.text())).count()
        };
        let hi = (cur + k + 6 + subs * k).min(body.len().saturating_sub(1));
        if lo > hi {
            break;
        }
        // (A number with too few pieces after it for a row is a value of the last row: `7`
        // `外籍人士服务站` `个` `—` `8` `预期性`.)
        let room = |i: usize| body.len() - i >= target.saturating_sub(missing).max(2);
        // (Nor a number inside the last row when the pieces from this row's number to the
        // end, notes aside, make one whole row: `11` `桂园幼儿园` `改扩建` `12` `桂园街道…`
        // `2026年` `注：…` is row 11's twelve classes.)
        let to_end = body
            .get(cur..)
            .unwrap_or(&[])
            .iter()
            .take_while(|p| !is_note_start(&p.text()))
            .count();
        let last_whole = cur + to_end == body.len() && to_end == target;
        // (Under plain row numbers, `（2）` numbers a sub-row, not row 2.)
        let plain = bracket_number(&body[first].text()).is_none();
        // (Where the first row's number is followed by words, a number followed by a figure
        // is a value: `8` `…幼儿园` `…街道` `9` `3600` is row 8's nine classes.)
        let figure_at = |i: usize| body.get(i).is_some_and(|p| is_numberish(&p.text()));
        let named_rows = !figure_at(first + 1);
        let numbered = |i: usize, m: u32| {
            row_number(&body[i].text()) == Some(m)
                && !(plain && bracket_number(&body[i].text()).is_some())
                && !in_total(body, k, m, cur, i)
                && room(i)
                && !last_whole
                && !(named_rows && figure_at(i + 1))
        };
        // (A `其中` sub-row may take the place of the next number, `2` `…` `其中：…` `4`, the
        // note saying so: the number after it, right after the sub-row's cells, goes on.)
        let skipped = || {
            let (next, after) = (n.checked_add(1)?, n.checked_add(2)?);
            (lo..=hi).find(|&i| {
                numbered(i, after)
                    && body.get(cur + 1..i).is_some_and(|between| {
                        between.iter().filter(|p| opens_sub_row(&p.text())).count() == 1
                            && !between.iter().any(|p| row_number(&p.text()) == Some(next))
                    })
                    && i.saturating_sub(cur).abs_diff(target.saturating_mul(2)) <= 2
            })
        };
        let best = (lo..=hi).filter(|&i| numbered(i, n + 1)).min_by_key(|&i| {
            // (Each `其中` sub-row before the candidate, a row without its number, makes
            // the distance expected that much longer: a value `3` of the sub-row is no
            // row 3.)
            let subs_before = if numbered_subs {
                0
            } else {
                body.get(cur + 2..i)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|p| opens_sub_row(&p.text()))
                    .count()
            };
            let expected = target + subs_before * target.saturating_sub(1);
            (
                inside_block(i),
                (i - cur).abs_diff(expected),
                std::cmp::Reverse(i),
            )
        });
        // Numbering started again (see `restart`) before the next number: a new group's
        // `1`, not a value `2` further on.
        let again = restart(cur);
        if let Some(i) = best.filter(|&i| again.is_none_or(|r| r > i)) {
            pos.push(i);
            n += 1;
            continue;
        }
        if best.is_none() {
            // Sub-rows of the row, numbered in brackets (`3`, then `（1）` `（2）`), then `4`.
            let subs = sub_rows(body, cur, k, target, n + 1);
            if !subs.is_empty() {
                pos.extend(subs);
                continue;
            }
            if let Some(i) = skipped().filter(|&i| again.is_none_or(|r| r > i)) {
                pos.push(i);
                n = n.saturating_add(2);
                continue;
            }
        }
        match again {
            Some(i) => {
                pos.push(i);
                n = 1;
            }
            None => break,
        }
    }
    pos
}

/// Whether `t` is a cell the last column of the item rows so far has held (placeholders aside),
/// and no category: `完成` under 完成情况, never the next row's merged category.
pub(super) fn repeats_last_cell(rows: &[TableRow], t: &str) -> bool {
    !is_placeholder(t)
        && last_cells(rows).iter().any(|c| *c == t)
        && !rows
            .iter()
            .any(|r| r.kind == RowKind::Item && r.group.as_deref() == Some(t))
}

/// Where a `其中` sub-row opens inside a row's pieces before the row's expected end `est`: the
/// row left a cell empty (an attribute merged over the rows above, `6` `…面积（平方米）` `1.2`
/// `≥1.5` then `其中：…数量（个）` `18` `30`). Its name short, a figure or a unit after it, and a
/// figure before it in the row; or, right after a row one short, as wide as that row.
pub(super) fn early_sub_row(seg: &[Piece], est: usize) -> Option<usize> {
    const MOST_SUB_ROW_CHARS: usize = 30;
    let figure = |x: &Piece| is_value_cell(&x.text()) || is_numberish(&x.text());
    (3..est.min(seg.len())).find(|&j| {
        let t = seg[j].text();
        // (Or, one short before it, as wide as the row after it up to the next row's number,
        // its cells words as the row's: `其中：青螺岭废弃矿山复绿` `修复废弃矿山边坡12公顷` …
        // after a row that left its category to the one above.)
        let as_wide = j + 1 == est && seg.len() + 1 == 2 * j;
        t.starts_with("其中")
            && t.chars().count() <= MOST_SUB_ROW_CHARS
            && (as_wide
                || (seg
                    .get(j + 1)
                    .is_some_and(|x| figure(x) || is_unit_like(&x.text()))
                    && seg
                        .get(2..j)
                        .is_some_and(|before| before.iter().any(figure))))
    })
}

/// A sub-row's number in brackets: `（1）`, `(2)`.
pub(super) fn bracket_number(t: &str) -> Option<u32> {
    clean(t)
        .strip_prefix(['（', '('])
        .and_then(|x| x.strip_suffix(['）', ')']))
        .and_then(int_of)
}

/// The sub-rows after the row at `cur`, numbered in brackets from `（1）` or under the row's
/// number from `1.1`, each about a full row (`target` pieces) after the one before, when the row
/// numbered `next` follows the last of them; empty otherwise.
pub(super) fn sub_rows(
    body: &[Piece],
    cur: usize,
    k: usize,
    target: usize,
    next: u32,
) -> Vec<usize> {
    // (Or numbered under the row's own number: `1.1`, `1.2` under `1`.)
    let parent = next.saturating_sub(1);
    let sub = |t: &str| {
        bracket_number(t).or_else(|| {
            let (whole, part) = clean(t).split_once(['.', '．'])?;
            (int_of(whole) == Some(parent))
                .then(|| int_of(part))
                .flatten()
        })
    };
    let near = |from: usize, want: &dyn Fn(&str) -> bool| {
        let lo = from + target.saturating_sub(2).max(1);
        let hi = (from + k + 6).min(body.len().saturating_sub(1));
        (lo..=hi)
            .filter(|&i| want(&body[i].text()))
            .min_by_key(|&i| ((i - from).abs_diff(target), std::cmp::Reverse(i)))
    };
    let mut subs = Vec::new();
    let mut at = cur;
    let mut m = 1;
    while let Some(i) = near(at, &|t| sub(t) == Some(m)) {
        subs.push(i);
        at = i;
        m += 1;
    }
    let goes_on = subs.is_empty()
        || near(at, &|t| row_number(t) == Some(next) && sub(t).is_none()).is_some()
        || at + target >= body.len();
    if goes_on {
        subs
    } else {
        Vec::new()
    }
}

/// Where a total row (`合计` `3` `25.8`) between a table's header and its first row starts, the
/// first row's number being piece `f`: right before that row, or before its group row (`一`
/// `防汛除涝`) or its category cell.
pub(super) fn leading_total(ps: &[Piece], f: usize) -> Option<usize> {
    let t = (2..f).find(|&t| ps.get(t).is_some_and(|p| is_total_label(&p.text())))?;
    let end = t + total_len(ps.get(t..)?, usize::MAX, Some(1));
    if end <= t + 1 {
        return None;
    }
    // Between it and the first row: the first group's row or category cell, and the group's
    // own total (`合计` `31560` `机构养老` `小计` `9800` `1` …).
    let mut i = end;
    let mut cells = 0;
    while i < f {
        let rest = ps.get(i..f)?;
        let sub = total_len(rest, usize::MAX, Some(1));
        if sub > 1 {
            i += sub;
            continue;
        }
        let text = ps.get(i)?.text();
        if is_numberish(&text) || !is_category_cell(&text) {
            return None;
        }
        cells += 1;
        i += 1;
    }
    (i == f && cells <= 3).then_some(t)
}

/// Whether piece `i` is one of the numbers of a total row that starts after piece `cur`, in a
/// table of `k` columns whose next row is numbered `next`.
pub(super) fn in_total(body: &[Piece], k: usize, next: u32, cur: usize, i: usize) -> bool {
    (cur + 1..i)
        .rev()
        .find(|&j| body.get(j).is_some_and(|p| !is_numberish(&p.text())))
        .is_some_and(|j| i < j + total_len(body.get(j..).unwrap_or(&[]), k, Some(next)))
}

/// A name closed by a remark in brackets that is no unit (`滨江体育休闲带（一期）`): a whole
/// name, never the first line of one over two paragraphs.
fn closed_by_remark(t: &str) -> bool {
    bracket_tail(t).is_some_and(|(head, _)| !head.is_empty()) && bracketed_unit(t).is_none()
}

/// The lengths of the names written so far: the item rows' cells after the category (`jc`).
fn name_lengths(rows: &[TableRow], jc: usize) -> Vec<usize> {
    rows.iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.get(jc + 1).filter(|c| !c.is_empty()))
        .map(|c| c.chars().count())
        .collect()
}

/// A measure's end word alone (`数量`, `比例`) or a rate's short end (`处置率`): the second line
/// of a name, no unit.
fn measure_end_alone(t: &str) -> bool {
    let t = strip_spaces(t);
    ((2..=3).contains(&t.chars().count()) && t.ends_with('率')) || measure_end_word(&t)
}

/// A measure's end word alone (`数量`, `比例`): what is measured of a thing the line above
/// names, never a row's name or a unit by itself (a rate's short end may be: `火化率`).
fn measure_end_word(t: &str) -> bool {
    [
        "数量", "总量", "比例", "比重", "占比", "面积", "水平", "程度",
    ]
    .contains(&strip_spaces(t).as_str())
}

/// Whether the last of `after` is only the unit that every figure of the last column above
/// ends with (`人次` under `3000人次` `2500人次`), two at least.
fn unit_of_last_figures(rows: &[TableRow], after: &[Piece]) -> bool {
    let Some(t) = after.last().map(|x| strip_spaces(&x.text())) else {
        return false;
    };
    let lasts = filled_last_cells(rows);
    !t.is_empty()
        && is_unit_like(&t)
        && !is_value_cell(&t)
        && lasts.len() >= 2
        && lasts.iter().all(|c| {
            c.strip_suffix(t.as_str())
                .is_some_and(|figure| !figure.is_empty() && is_value_cell(figure))
        })
}
