//! Rows of a name and number values as wide as the header, with or without a merged category
//! column, and the totals among them.

use super::*;

/// Rows with neither a number column nor attribute words, under a caption: a name, then values,
/// most of them numbers (`城镇新增就业（万人）` `3` `3.5`), as many cells as the header has. The
/// header is the short cells before the first value but the first row's name. Every row must
/// read so, and there must be two; the table ends at the first row that does not. With
/// `may_lack_names`, rows one cell wider than a header over the values only (`2020年` `2025年`)
/// have their names under an empty header cell.
pub(super) fn value_rows(
    ps: &[Piece],
    may_lack_names: bool,
    acc: &mut Acc,
) -> Result<Shape, NotATable> {
    let before = acc.clone();
    value_rows_of(ps, may_lack_names, false, acc).or_else(|e| {
        // (Where they read no other way, rows that each write their own zone under a zone's
        // header, `片区` over `北澄枢纽片区` … `滨河现代服务业集聚区`, are read as under a merged
        // one whose every row opens a group.)
        *acc = before.clone();
        let zones = ps.first().is_some_and(|p| names_zones(&p.text()));
        zones
            .then(|| value_rows_of(ps, may_lack_names, true, acc).ok())
            .flatten()
            .ok_or_else(|| {
                *acc = before;
                e
            })
    })
}

/// A header over zones (`片区`, `分区名称`, `重点区域`): a category column whose cells may be long.
fn names_zones(h: &str) -> bool {
    let h = strip_spaces(h);
    is_category_header(&h)
        && ["分区", "片区", "区域"]
            .iter()
            .any(|w| h.starts_with(w) || h.ends_with(w))
}

fn value_rows_of(
    ps: &[Piece],
    may_lack_names: bool,
    zones_alone: bool,
    acc: &mut Acc,
) -> Result<Shape, NotATable> {
    let window = &ps[..ps.len().min(ANCHOR_WINDOW)];
    // (The first row's first value may be a placeholder: `快速路` `—` `4.2`.)
    // (Not a name that opens with its number, `3号线二期`.)
    let v0 = window
        .iter()
        .position(|p| {
            let t = p.text();
            (is_value_cell(&t) && !numbered_name(&t)) || is_placeholder(&t)
        })
        .ok_or(NotATable("no rows"))?;
    // The header ends before the first row's name, right before its first value, or before its
    // unit when the header names a unit column (`指标` `单位` `2015年` … over `接待游客总量`
    // `万人次` `2480` …).
    let unit_first = v0 >= 3
        && is_unit_like(&ps[v0 - 1].text())
        && ps[..v0 - 2]
            .iter()
            .any(|p| strip_spaces(&p.text()).ends_with("单位"));
    let h_end = v0
        .checked_sub(if unit_first { 2 } else { 1 })
        .filter(|&h| h >= 1)
        .ok_or(NotATable("header too short"))?;
    // Columns of words between the name and the first value (`口岸名称` `口岸类型` `开放层级`
    // `2020年过货量（万吨）` … over `北澜公路口岸` `公路` `一类` `78.6`): the header ends that
    // many pieces earlier, where the header names them so.
    // (Not a group over values named by a period, `“十四五”计划`.)
    let word_header = |t: &str| {
        names_column(t)
            && !starts_with_period_mark(t)
            && !t.chars().any(|c| c.is_ascii_digit())
            && bracketed_unit(t).is_none()
            && !is_year_header(t)
            && !names_measure_column(t)
            && !strip_spaces(t).ends_with("单位")
    };
    let (h_end, words_between) = if unit_first {
        (h_end, 0)
    } else {
        (1..=2usize)
            .rev()
            .find_map(|w| {
                let h = h_end.checked_sub(w).filter(|&h| h >= 2)?;
                let named = ps.get(1..=w)?.iter().all(|p| word_header(&p.text()));
                let header = ps[..h].iter().all(is_header_cell);
                // (The value columns after them say what they measure.)
                // (Or, two of them at least, name an amount and a time: `投资估算` `实施年度`.)
                let amount_or_time = |t: &str| {
                    [
                        "投资", "金额", "资金", "年度", "年限", "时限", "期限", "时间", "规模",
                        "面积",
                    ]
                    .iter()
                    .any(|x| t.contains(x))
                };
                let measure = |p: &Piece| {
                    let t = p.text();
                    !word_header(&t) && (bracketed_unit(&t).is_some() || last_year(&t).is_some())
                };
                // (Or a measure, then columns of words again: `占地面积（亩）` `功能定位`.)
                let values_named = ps.get(w + 1..h).is_some_and(|vs| {
                    !vs.is_empty()
                        && (vs.iter().all(measure)
                            // (Or measures, then a time's column: `长度（公里）` `车站数（座）`
                            // `建设年限`.)
                            || vs.split_last().is_some_and(|(t, ms)| {
                                !ms.is_empty()
                                    && ms.iter().all(measure)
                                    && names_time_column(&t.text())
                            })
                            || (vs.len() >= 2 && vs.iter().all(|p| amount_or_time(&p.text())))
                            || vs.split_first().is_some_and(|(m, rest)| {
                                measure(m)
                                    && !rest.is_empty()
                                    && rest.iter().all(|p| word_header(&p.text()))
                            }))
                });
                (named && header && values_named).then_some((h, w))
            })
            .unwrap_or((h_end, 0))
    };
    // Under a merged category (`类别` `指标` `单位` … over `水安全` `…达标率` `%` `86.5` `95`,
    // or `类别` `指标名称` `2020年` … over `标准供给` `…数量（项）` `6`), the first row's
    // category is before its name: the header ends one piece earlier.
    // (Or one or two pieces earlier, when columns of words stand between the name and the
    // first value: `类别` `热源名称` `类型` `装机容量（MW）` … over `现状热源` `朔原第一热电厂`
    // `燃煤热电联产` `1450`.)
    let merged_from = if unit_first { 3 } else { 2 };
    // (A header on lines of its own, one block before the rows: the block is the header.)
    let header_block = (1..ps.len())
        .find(|&i| ps[i].gap > 0)
        .filter(|&k| k >= 2 && ps[..k].iter().all(is_header_cell));
    if v0 > merged_from && is_category_header(&ps[0].text()) {
        // (The most columns of words first: a shorter reading takes the first row's cells
        // into the header.)
        for words in (0..=2).rev() {
            let Some(h) = (v0 - merged_from)
                .checked_sub(words)
                .filter(|&h| h >= 2 && header_block.is_none_or(|k| k == h))
            else {
                continue;
            };
            let mut tried = acc.clone();
            let columns = fit_header(&ps[..h], None, &mut tried);
            // (The columns between the name and the first value name words: `类型`.)
            // (Not an amount's, `总投资`, whose cells are the first value.)
            // (Or the people who hold a post, `担任人员` after `林长设置`.)
            let between = (merged_from..merged_from + words).all(|c| {
                columns.get(c).is_some_and(|h| {
                    (names_column(h) || names_people_column(h))
                        && bracketed_unit(h).is_none()
                        && !is_year_header(h)
                        && !strip_spaces(h).ends_with("单位")
                        && !["投资", "金额", "资金"].iter().any(|w| h.contains(w))
                })
            });
            // (Nor a total's label as the first row's category: `合计` after the years is the
            // header's last column, `城关镇` the first row's name.)
            let total_first = ps.get(h).is_some_and(|p| is_total_label(&p.text()));
            if between && !total_first && ps[..h].iter().all(is_header_cell) {
                let mut joins = Vec::new();
                if let Some((rows, s, notes)) =
                    merged_value_rows(ps, h, &columns, zones_alone, &mut joins)
                {
                    *acc = tried;
                    acc.columns = columns;
                    acc.rows = rows;
                    acc.warnings.extend(notes);
                    acc.joins.extend(joins);
                    return Ok(Shape { used: s });
                }
            }
        }
    }
    if let Some(shape) = inner_merged_rows(ps, v0, acc) {
        return Ok(shape);
    }
    // A group's row in one cell before the first row (`东部片区`), whose kind comes again as a
    // row of its own further on (`西部片区`): the header ends before it, and such cells are
    // group rows.
    let (h_end, group_ending) = match h_end.checked_sub(1).and_then(|g| ps.get(g)) {
        Some(g) if h_end >= 3 => {
            let t = g.text();
            let ending = last_two_chars(&t);
            let group_like = |p: &Piece| {
                let x = p.text();
                p.parts.len() == 1
                    && is_category_cell(&x)
                    && !is_value_cell(&x)
                    && !is_numberish(&x)
                    && !has_header_word(&x)
                    && bracketed_unit(&x).is_none()
                    && x.chars().count() <= 8
            };
            // (Not as far from it as whole rows of the header's width: then it is a row's name,
            // `岗前培训` … `岗位技能提升培训`.)
            let width = h_end - 1;
            let again = t.chars().count() >= 3
                && group_like(g)
                && ps
                    .iter()
                    .enumerate()
                    .skip(h_end + 1)
                    .find(|(_, p)| group_like(p) && p.text() != t && p.text().ends_with(&ending))
                    .is_some_and(|(x, _)| !(x - width).is_multiple_of(width));
            if again {
                (h_end - 1, Some(ending))
            } else {
                (h_end, None)
            }
        }
        _ => (h_end, None),
    };
    // (Its first cell names the names: `指标`, `项目`, the places, `街道`, `区域`, or another
    // column of names, `资金用途`.)
    // (Or any word, `作物`, before two columns or more that name a measure and its unit,
    // `良种覆盖率（%）` `主推品种（个）`.)
    let first = ps[0].text();
    let measures_after = h_end >= 3
        && ps[1..h_end]
            .iter()
            .all(|p| bracketed_unit(&p.text()).is_some() && !is_value_cell(&p.text()));
    // (Or any word before columns of words and measures the header names so, `网格` before
    // `覆盖区域` `救援驻点（个）` `承诺到场时间（分钟）`.)
    // (Or a type's short name, `户型`, `车型`.)
    let kinds = {
        let f = strip_spaces(&first);
        f.ends_with('型') && (2..=4).contains(&f.chars().count())
    };
    if !ps[..h_end].iter().all(is_header_cell)
        || !(has_header_word(&first)
            || is_category_header(&first)
            || names_column(&first)
            || kinds
            || measures_after
            || words_between > 0)
    {
        return Err(NotATable("no header"));
    }
    let columns = fit_header(&ps[..h_end], None, acc);
    let k = columns.len();
    let Some(first_header) = columns.first() else {
        return Err(NotATable("header too short"));
    };
    // A header over the values only (`2020年` `2025年`): the names' column has no header cell.
    let unnamed = may_lack_names && (names_year(first_header) || names_values(first_header));
    if k < 2 && !unnamed {
        return Err(NotATable("header too short"));
    }
    // (A `；` inside a cell parts two of its items, `冷链快递分拨、农产品上行集散；生鲜电商…`,
    // glued over two paragraphs; one ending a cell ends a clause of the text.)
    let short = |p: &Piece| {
        let t = p.text();
        !t.is_empty()
            && t.chars().count() <= MAX_VALUE_ROW_CELL
            && !t.contains('。')
            && !t.ends_with(['；', ';'])
            && (p.parts.len() > 1 || !t.contains(['；', ';']))
            && label(&t).is_none()
    };
    let name_like = |p: &Piece| {
        let t = p.text();
        short(p) && !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t)
    };
    // The unit column of rows `w` cells wide (`指标` `单位` `2020年` …), where a row one value
    // short still has its unit (`…集聚区` `个` `1` `3`, its rate vanished).
    let unit_at = |w: usize| {
        (w == columns.len())
            .then(|| {
                columns
                    .iter()
                    .position(|c| strip_spaces(c).ends_with("单位"))
            })
            .flatten()
    };
    let unit = |p: &Piece| is_unit_like(&p.text()) && !is_value_cell(&p.text());
    // Rows in blocks: each row's cells on lines of their own, a blank line after each row.
    let blocks =
        ps.get(h_end).is_some_and(|p| p.gap > 0) && ps.get(h_end + 1).is_some_and(|p| p.gap == 0);
    // The rows of `w` cells from the header's end, and where they end. A row one value short
    // (an empty cell vanished: `小梁薄板房屋改造` with no 2021年 value), its name and values
    // between two names, has the empty cell where its values fit the columns of the rows above
    // best, else first among the values (a task that starts later); one such row in three at
    // most, each reported.
    // (The remarks come last: any row may leave its remark empty.)
    let remarks_last = columns.last().is_some_and(|c| names_remarks_column(c));
    let rows_of = |w: usize, notes: &mut Vec<(usize, String)>| {
        let mut rows: Vec<TableRow> = Vec::new();
        let mut s = h_end;
        let mut short_rows = 0usize;
        while let Some(row) = ps.get(s..(s + w).min(ps.len())).filter(|r| r.len() >= 2) {
            // A group's row (`西部片区`), before a row.
            if let Some(ending) = &group_ending {
                let t = row[0].text();
                if row[0].parts.len() == 1
                    && t.ends_with(ending.as_str())
                    && is_category_cell(&t)
                    && !is_value_cell(&t)
                    && name_like(&row[1])
                {
                    rows.push(TableRow {
                        kind: RowKind::Category,
                        name: t,
                        ..Default::default()
                    });
                    s += 1;
                    continue;
                }
            }
            // One value short: the name, w - 2 values, then the next row's name and its value.
            let values = row.get(1..w - 1).unwrap_or(&[]);
            // (A row of a name and values, most of them numbers.)
            let numeric = |at: usize| {
                ps.get(at..at + w)
                    .filter(|r| r.len() >= 2)
                    .is_some_and(|r| {
                        let numbers = r[1..]
                            .iter()
                            .filter(|p| is_value_cell(&p.text()) || is_placeholder(&p.text()))
                            .count();
                        name_like(&r[0]) && r[1..].iter().all(short) && numbers * 2 >= w - 1
                    })
            };
            // (Words among the values where the rows above hold words among theirs: a 建设性质
            // `拆除重建` between a 规模 and a 建成年份.)
            let words_among = rows.iter().any(|r| {
                r.kind == RowKind::Item
                    && r.cells.iter().enumerate().any(|(c, x)| {
                        !x.is_empty()
                            && !is_value_cell(x)
                            && !is_placeholder(x)
                            && unit_at(w) != Some(c + 1)
                    })
            });
            let as_value = |j: usize, p: &Piece| {
                is_value_cell(&p.text())
                    || is_placeholder(&p.text())
                    || (unit_at(w) == Some(j + 1) && unit(p))
                    || j < words_between
            };
            // (What would be the next row's name is a time where the rows above end with a
            // time: the row's own last cell, `2027—2029年` under 实施年度.)
            let own_time = !rows.is_empty()
                && rows
                    .iter()
                    .all(|r| r.cells.last().is_some_and(|c| names_time(c)) && !names_time(&r.name))
                && ps.get(s + w - 1).is_some_and(|p| names_time(&p.text()));
            // (What would be the next row's name ends as the last column's cells above do and
            // no name does, `扩建` after `新建` `新建`: the row's own last cell.)
            let own_last = ps.get(s + w - 1).is_some_and(|p| {
                let t = p.text();
                let end = t.chars().last();
                t.chars().count() <= 6
                    && rows.iter().any(|r| {
                        r.kind == RowKind::Item
                            && r.cells.last().is_some_and(|c| c.chars().last() == end)
                    })
                    && !rows.iter().any(|r| r.name.chars().last() == end)
            });
            // (Every row above writes a level last, `国家级` `省级`.)
            let levels_above = !rows.is_empty()
                && rows.iter().all(|r| {
                    r.kind != RowKind::Item || r.cells.last().is_some_and(|c| names_level(c))
                });
            let one_short = !own_time
                && !own_last
                && w >= 3
                && name_like(&row[0])
                && values.len() == w - 2
                && values
                    .iter()
                    .enumerate()
                    .all(|(j, p)| short(p) && (as_value(j, p) || (words_among && name_like(p))))
                && ((ps.get(s + w - 1).is_some_and(name_like)
                    && ps.get(s + w).is_some_and(|p| {
                        // (Or a mark of no entry where a value stands: `岩口乡` `—` `2`.)
                        is_value_cell(&p.text())
                            || is_placeholder(&p.text())
                            || (unit_at(w) == Some(1) && unit(p))
                            // (Its words, then its first value where the rows have theirs.)
                            || (words_between > 0
                                && name_like(p)
                                && ps.get(s + w + words_between).is_some_and(|v| {
                                    is_value_cell(&v.text()) || is_placeholder(&v.text())
                                }))
                    }))
                    // (Or a row last, before the notes or the table's end, below two rows at
                    // least or a total: `合计` `1.8` `100` with no 主要供应区域,
                    // `“十四五”年均增长（%）` `5.1` `18.9` with no rate of a length.)
                    || ((is_total_label(&row[0].text()) || rows.len() >= 2)
                        && ps.get(s + w - 1).is_none_or(|p| is_note_start(&p.text()))))
                // (One such row in three at most, but a `其中` sub-row may lack a share
                // anywhere, `其中：淤泥质海滩` `41,205.2`, when the rows above hold a value
                // where the next row's name would stand.)
                && ((short_rows + 1) * 3 <= rows.len() + 1
                    // (The first row too, when a whole row of numbers follows it: a year with
                    // nothing supplied yet, `2024年` `3000` `8000` `11000`.)
                    || (rows.is_empty() && numeric(s + w - 1))
                    // (Or any row, when a whole row of a name and figures follows it:
                    // `历史文化名镇` `3` `1` `2`, then `历史文化名村` `11` `2` `5` `4`.)
                    || (ps.get(s + w - 1).is_some_and(|p| !is_numberish(&p.text()))
                        && ps.get(s + w..s + 2 * w - 1).is_some_and(|next| {
                            next.iter().all(|p| {
                                let t = p.text();
                                is_numberish(&t) || is_placeholder(&t)
                            })
                        })
                        && ps
                            .get(s + 2 * w - 1)
                            .is_none_or(|p| !is_numberish(&p.text())))
                    // (Any row may leave its remark empty, when the remarks come last.)
                    || remarks_last
                    // (Or its level, where every row above writes one and the next row's name
                    // stands where the level would: `青螺湾湿地公园` `枫桥区` `312.7`, then
                    // `柳浪河湿地公园`.)
                    || (levels_above
                        && ps.get(s + w - 1).is_some_and(|p| !names_level(&p.text())))
                    || (opens_sub_row(&row[0].text())
                        && !rows.is_empty()
                        && rows
                            .iter()
                            .all(|r| r.cells.last().is_some_and(|c| is_value_cell(c)))));
            // A row whose name carries its unit in brackets (`会展业直接收入（亿元）`) and a value
            // where every row above has its unit: the unit cell vanished, the row one short.
            // (The first row so when the next row writes its unit after its name.)
            let unit_vanished = unit_at(w) == Some(1)
                && !one_short
                && row.len() == w
                && bracketed_unit(&row[0].text()).is_some()
                && is_value_cell(&row[1].text())
                && if rows.is_empty() {
                    ps.get(s + w - 1).is_some_and(name_like)
                        && ps.get(s + w).is_some_and(unit)
                        && ps
                            .get(s + w + 1)
                            .is_some_and(|p| is_value_cell(&p.text()) || is_placeholder(&p.text()))
                } else {
                    // (Or left empty, a row above whose unit is in its name.)
                    rows.iter().all(|r| {
                        r.cells
                            .first()
                            .is_some_and(|c| c.is_empty() || is_unit_like(c) || is_placeholder(c))
                    })
                };
            if unit_vanished {
                rows.push(one_short_row(
                    &row[..w - 1],
                    1,
                    &columns,
                    notes,
                    "its unit in its name",
                ));
                s += w - 1;
                continue;
            }
            // A total of fewer numbers than a row one short has (`小计` `2250` under 设施名称
            // 处理能力 所在街道 建成时间): its numbers under the columns they sum.
            if let Some((total, n)) = (!one_short && !rows.is_empty())
                .then(|| short_total(&ps[s..], &rows, w, w.saturating_sub(3)))
                .flatten()
            {
                rows.push(total);
                s += n;
                continue;
            }
            // A name over two paragraphs (`非居住存量房屋` / `改建`), then as many values as the
            // rows above hold after theirs: one name.
            let valued = |p: &Piece| {
                let t = p.text();
                short(p) && (is_value_cell(&t) || is_placeholder(&t))
            };
            let name_over_two = !one_short
                && !blocks
                && row.get(1).is_some_and(|p| p.gap > 0)
                && w >= 3
                && row.len() == w
                && name_like(&row[0])
                && !rows.is_empty()
                && rows.iter().all(|r| {
                    r.kind != RowKind::Item
                        || r.cells
                            .first()
                            .is_some_and(|c| is_value_cell(without_bracket_tail(c)))
                })
                && {
                    let t = row[1].text();
                    row[1].parts.len() == 1
                        && (1..=6).contains(&t.chars().count())
                        && !t.chars().any(|c| c.is_ascii_digit())
                        && !is_placeholder(&t)
                        && !(unit_at(w) == Some(1) && unit(&row[1]))
                }
                // (Or, its second piece the end of every name so far, `战勤保障` / `消防救援站`,
                // half of them at least figures, the rest words: `按需配置`.)
                && ps.get(s + 2..s + w + 1).is_some_and(|v| {
                    let names: Vec<&String> = rows
                        .iter()
                        .filter(|r| r.kind == RowKind::Item)
                        .map(|r| &r.name)
                        .collect();
                    let end = last_two_chars(&row[1].text());
                    let ends_as_names = end.chars().count() == 2
                        && names.len() >= 2
                        && names.iter().all(|n| n.ends_with(end.as_str()));
                    v.len() == w - 1
                        && (v.iter().all(valued)
                            || (ends_as_names
                                && v.iter().all(short)
                                && v.iter().filter(|p| valued(p)).count() * 2 >= v.len()))
                });
            // A cell of words after the name left open over two pieces (`汇川路站至` /
            // `空港枢纽站`), then the row's values: one cell.
            let open_words = (!one_short && words_between > 0)
                .then(|| {
                    (1..=words_between).find(|&j| {
                        ps.get(s + j).zip(ps.get(s + j + 1)).is_some_and(|(a, b)| {
                            let (a, b) = (a.text(), b.text());
                            splits_open(&a, &b) && !is_value_cell(&b)
                        })
                    })
                })
                .flatten()
                .filter(|&j| {
                    ps.get(s + j + 2..s + w + 1).is_some_and(|vs| {
                        let valued = vs.iter().filter(|p| valued(p)).count();
                        vs.len() + j + 1 == w && vs.iter().all(short) && valued * 2 >= vs.len()
                    })
                });
            if let Some(j) = open_words {
                let mut cells = texts(&ps[s..s + w + 1]);
                let tail = cells.remove(j + 1);
                notes.push((
                    ps[s + j].first_no(),
                    format!("split cell: `{}` + `{tail}` read as one cell", cells[j]),
                ));
                cells[j].push_str(&tail);
                rows.push(named_row(cells, None));
                s += w + 1;
                continue;
            }
            if name_over_two {
                let mut cells = texts(&ps[s + 1..s + w + 1]);
                cells[0] = format!("{}{}", row[0].text(), row[1].text());
                notes.push((
                    row[0].first_no(),
                    format!(
                        "split cell: `{}` + `{}` read as one name",
                        row[0].text(),
                        row[1].text()
                    ),
                ));
                rows.push(named_row(cells, None));
                s += w + 1;
                continue;
            }
            // (A total's label among the values opens the total's row: `合计` is no value; but
            // the whole area in a column of words is where the row's thing is, `全区` under
            // 实施范围.)
            let whole = !one_short
                && row.len() == w
                && !row[1..].iter().enumerate().any(|(j, p)| {
                    let t = p.text();
                    is_total_label(&t) && !(j < words_between && is_whole_area(&strip_spaces(&t)))
                })
                && {
                    let name_ok = short(&row[0]) && !is_numberish(&row[0].text());
                    let values = &row[1..];
                    // (A placeholder stands for a number: `—` `3` `区市场监管局…`; a unit under the
                    // unit column is neither: `届/年` `—` `1` `受疫情影响未举办` `未完成`.)
                    // (A figure with a remark in brackets is a figure: `650-1000（附设时不小于
                    // 650）`.)
                    let numbers = values
                        .iter()
                        .filter(|p| {
                            let t = p.text();
                            is_value_cell(without_bracket_tail(&t)) || is_placeholder(&t)
                        })
                        .count();
                    let units = usize::from(unit_at(w) == Some(1) && unit(&row[1])) + words_between;
                    // (A row of goals in words, `社区家政服务网络` `初步形成` `基本建立` `全覆盖`,
                    // below two rows at least, before the notes, the table's end or a row of
                    // numbers.)
                    // (Or before more such rows, three at most, and then one of those: `道路积水点改善`
                    // `完成已排摸的23处积水点改善` `完成23处，…`, then `雨污混接改造` …, then
                    // `新增雨水调蓄规模` `3万立方米` `3.6万立方米`.)
                    // (A goal in words may hold a `；` between its parts: `完成普查；改造住宅小区412个`.)
                    let worded = |p: &Piece| {
                        let t = p.text();
                        name_like(p)
                            || (t.chars().count() <= MAX_VALUE_ROW_CELL
                                && !t.contains('。')
                                && !t.ends_with(['；', ';'])
                                && !is_numberish(&t)
                                && !is_value_cell(&t)
                                && !is_placeholder(&t))
                    };
                    let words_row = |at: usize| {
                        ps.get(at..at + w)
                            .filter(|r| r.len() == w)
                            .is_some_and(|r| {
                                name_like(&r[0])
                                    && r[1..].iter().all(|p| worded(p) && !is_numberish(&p.text()))
                            })
                    };
                    let ends_rows = |at: usize| {
                        ps.get(at).is_none_or(|p| is_note_start(&p.text())) || numeric(at)
                    };
                    let run_ends = || {
                        let mut at = s + w;
                        for _ in 0..3 {
                            if ends_rows(at) || !words_row(at) {
                                break;
                            }
                            at += w;
                        }
                        ends_rows(at)
                    };
                    let in_words = rows.len() >= 2
                        && name_like(&row[0])
                        && values.iter().all(|p| worded(p) && !is_numberish(&p.text()))
                        && run_ends();
                    // (In row blocks, a block as wide as the rows above is a row whatever its
                    // values: `2025年` `按规定调整` `按规定调整`.)
                    let block = blocks
                        && rows.len() >= 2
                        && row[0].gap > 0
                        && row[1..].iter().all(|p| p.gap == 0)
                        && ps.get(s + w).is_none_or(|p| p.gap > 0)
                        && !is_note_start(&row[0].text());
                    // (The last row, right before the notes or the table's end, below two rows
                    // at least, half its cells at least holding figures in words:
                    // `陆上用地≥2000` `1000-1500` `消防艇2-3艘`.)
                    let figured_last = rows.len() >= 2
                        && ps.get(s + w).is_none_or(|p| is_note_start(&p.text()))
                        && values
                            .iter()
                            .filter(|p| p.text().chars().any(|c| c.is_ascii_digit()))
                            .count()
                            * 2
                            >= values.len();
                    name_ok
                        && (values.iter().all(short) || in_words)
                        && (block
                            || in_words
                            || figured_last
                            || numbers * 2 >= values.len().saturating_sub(units))
                };
            if whole {
                rows.push(named_row(texts(row), None));
                s += w;
                continue;
            }
            // A row two or three cells short right before the table's total (`泽川经济技术开发区`
            // `12` `新建专用监测井`, then `合计`): its cells where they fit the rows above clearly
            // best.
            if !one_short && rows.len() >= 2 && name_like(&row[0]) {
                let before_total = (2..w.saturating_sub(1)).find(|&k| {
                    ps.get(s + k).is_some_and(|p| is_total_label(&p.text()))
                        && row[1..k]
                            .iter()
                            .all(|p| short(p) && !is_total_label(&p.text()))
                });
                // (The cheapest place, clearly best or not: the sums with the total then move
                // the gaps where only they make every column add up, `gap_by_total`.)
                let placed =
                    before_total.and_then(|k| Some((k, cheapest_gaps(&rows, &row[1..k], w - k)?)));
                if let Some((k, gaps)) = placed {
                    let why = format!("{} values missing before the total", gaps.len());
                    rows.push(row_with_gaps(&row[..k], &gaps, &columns, notes, &why));
                    short_rows += 1;
                    s += k;
                    continue;
                }
            }
            if !one_short {
                break;
            }
            // (A total lacks its last columns, words no total has; a `其中` sub-row its share.)
            // (A row that writes its unit lacks a value: the first after the unit, a new
            // indicator's baseline.)
            let fallback = if is_total_label(&row[0].text())
                || opens_sub_row(&row[0].text())
                || remarks_last
            {
                values.len()
            } else if unit_at(w) == Some(1) && values.first().is_some_and(&unit) {
                1
            } else {
                // (The first value's, after the columns of words.)
                words_between
            };
            // (A total's values stand under the columns they sum: `合计` `11800` `30` lacks
            // the running total between them.)
            let summed = is_total_label(&row[0].text())
                .then(|| total_gap(&rows, values))
                .flatten();
            // (A level that every row above writes last, where the row writes none: its
            // level's, `青螺湾湿地公园` `枫桥区` `312.7` under 级别 not yet given.)
            let level_last = (levels_above && !values.iter().any(|p| names_level(&p.text())))
                .then_some(values.len());
            // (A share's row right under its row, both one short: its row's gap, the figure the
            // row lacks being the share's too, `其中：重残无业人员` `人` `2105` under `低保对象`
            // `人` `6820` without their 规划目标.)
            let parents = opens_sub_row(&row[0].text())
                .then(|| {
                    let above = rows.last().filter(|r| r.kind == RowKind::Item)?;
                    let mut empty = above
                        .cells
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.is_empty())
                        .map(|(j, _)| j);
                    let j = empty.next()?;
                    (empty.next().is_none() && above.cells.len() == values.len() + 1).then_some(j)
                })
                .flatten();
            // (Where the columns after the name measure one thing each in its unit, `新增护理型床位
            // （张）` `提质改造机构（家）`, a figure goes where it lies in its column's range: `500`
            // among beds of 300 to 1200, not among homes of 5 to 18.)
            let measured = measured_columns(columns.get(1..).unwrap_or(&[]), values);
            let g = summed
                .or(level_last)
                .or(parents)
                .or_else(|| profile_gap_scaled(&rows, 0, values, 0, measured))
                .unwrap_or(fallback);
            rows.push(one_short_row(
                &row[..w - 1],
                g + 1,
                &columns,
                notes,
                "one value missing",
            ));
            short_rows += 1;
            s += w - 1;
        }
        (rows, s)
    };
    let category_first = columns.first().is_some_and(|c| is_category_header(c));
    if let Some((rows, s)) = category_first
        .then(|| merged_blocks(ps, h_end, &columns, &short))
        .flatten()
    {
        acc.columns = columns;
        acc.rows = rows;
        return Ok(Shape { used: s });
    }
    let mut notes = Vec::new();
    let (rows, s) = if k >= 2 {
        rows_of(k, &mut notes)
    } else {
        (Vec::new(), h_end)
    };
    // (Unless a header of two rows read as one run of cells, `审计项目` `“十四五”计划`
    // `项目数（个）` `覆盖率（%）`, makes narrower rows that read further.)
    let narrower = (rows.len() >= 2)
        .then(|| {
            (2..k).rev().find_map(|w| {
                let (split, groups) = split_header_rows(&columns, w)?;
                let mut notes = Vec::new();
                let (rows, used) = rows_of(w, &mut notes);
                (rows.len() >= 2 && used > s).then_some((split, groups, rows, used, notes))
            })
        })
        .flatten();
    if let Some((split, groups, rows, used, notes)) = narrower {
        note_two_row_header(ps, &split, &groups, acc);
        acc.warnings.extend(notes);
        acc.columns = split;
        acc.column_groups = groups;
        acc.rows = rows;
        return Ok(Shape { used });
    }
    if rows.len() >= 2 {
        // (Then the table's total, short of more than one cell: `合计` `8.8` `21.0`.)
        let (rows, s) = match trailing_total(ps.get(s..).unwrap_or(&[]), &rows, k) {
            Some((total, n)) => (rows.into_iter().chain([total]).collect(), s + n),
            None => (rows, s),
        };
        acc.columns = columns;
        acc.rows = rows;
        acc.warnings.extend(notes);
        return Ok(Shape { used: s });
    }
    if unnamed {
        let mut notes = Vec::new();
        let (rows, s) = rows_of(k + 1, &mut notes);
        if rows.len() >= 2 {
            acc.warnings.extend(notes);
            acc.warnings.push((
                ps.first().map_or(0, Piece::first_no),
                "the rows have a name column the header does not name; its header cell left empty"
                    .to_string(),
            ));
            acc.columns = std::iter::once(String::new()).chain(columns).collect();
            acc.rows = rows;
            return Ok(Shape { used: s });
        }
    }
    // Rows narrower than the header: a two-row header read as one run of cells.
    for w in (2..k).rev() {
        let Some((split, groups)) = split_header_rows(&columns, w) else {
            continue;
        };
        let mut notes = Vec::new();
        let (rows, s) = rows_of(w, &mut notes);
        if rows.len() >= 2 {
            note_two_row_header(ps, &split, &groups, acc);
            acc.warnings.extend(notes);
            acc.columns = split;
            acc.column_groups = groups;
            acc.rows = rows;
            return Ok(Shape { used: s });
        }
    }
    Err(NotATable("fewer than two rows of a name and values"))
}

/// Rows of a name and cells whose column `m`, after the names, is a place or a category merged
/// over the rows of its group (`水库名称` `所在乡镇` `总库容（万立方米）` `功能` over `龙潭水库`
/// `龙泉镇` `4860` `灌溉、供水、防洪`, then `石门水库` `1250` `灌溉、防洪` in the same 乡镇): the
/// first row of a group writes every cell, the next ones lack the merged cell, left empty as in
/// the source. `v0` is the first value of the first row, some cells after its name: the header
/// is the pieces before that row, one per column, the shortest that reads rows. Every row's cells are of the kinds of the
/// first row's (a value under a value, words under words; the merged cell a category's), a row
/// starts with a name, and a total (`合计` `10408`) may end the rows, its numbers under the
/// columns they sum. Taken with two rows at least, one of them lacking the merged cell; each
/// such row reported. Rows are read as a whole, the reading that goes furthest (one row lacking
/// the merged cell and one more, or words among the values of a whole row, only in a reading
/// that runs to the notes or the end).
pub(super) fn inner_merged_rows(ps: &[Piece], v0: usize, acc: &mut Acc) -> Option<Shape> {
    /// What a row lacks: the merged cell, that and one more column's, or one column's only (a
    /// vanished cell of a row that writes its merged cell).
    #[derive(Clone, Copy)]
    enum Lack {
        Merged,
        MergedAnd(usize),
        Cell(usize),
    }
    let value = |p: &Piece| {
        let t = p.text();
        is_value_cell(&t) || is_placeholder(&t)
    };
    // (A cell may go on over a second line from a line left open: `汀兰县、` / `安澜县`.)
    let short = |p: &Piece| {
        let t = p.text();
        (p.parts.len() == 1 || (p.parts.len() == 2 && ends_open(&p.parts[0])))
            && !t.is_empty()
            && t.chars().count() <= MAX_VALUE_ROW_CELL
            && !t.contains(['。', '；', ';'])
    };
    let name_like = |p: &Piece| {
        let t = p.text();
        short(p)
            && !value(p)
            && !is_numberish(&t)
            && !is_total_label(&t)
            && !is_note_start(&t)
            && label(&t).is_none()
    };
    // (The shortest header first: a header that takes a row's first cells in reads whole rows
    // no more.)
    for c in (1..=4usize).rev() {
        let Some(h) = v0.checked_sub(c).filter(|&h| h >= 3) else {
            continue;
        };
        let header = &ps[..h];
        let first_header = header[0].text();
        // (Nor under a level first, `等级` over `市级商业中心` `区级商业中心`: a category of its
        // own, for the rows in blocks.)
        if is_category_header(&first_header)
            || names_level_column(&first_header)
            || !(names_column(&first_header) || has_header_word(&first_header))
            || !header
                .iter()
                .all(|p| p.parts.len() == 1 && is_header_cell(p))
        {
            continue;
        }
        let k = h;
        for m in (1..k).filter(|&m| is_category_header(&header[m].text())) {
            let Some(first) = ps.get(h..h + k) else {
                continue;
            };
            let kinds: Vec<bool> = first.iter().map(value).collect();
            if kinds[0] || kinds[m] || !kinds.iter().any(|&v| v) {
                continue;
            }
            // What a cell under column `col` costs: nothing when of the column's kind (a value
            // under a value, a year under a year or words, words under words; the merged cell
            // a category's; a mark of no entry, `—`, under any column but the merged one), 2
            // for words under a column of values or years (`省级旅游度假区` among 5A 4A, a
            // column of targets) in a whole row, else it does not fit.
            let year = |p: &Piece| {
                let t = strip_spaces(&p.text());
                t.chars().take(4).all(|c| c.is_ascii_digit()) && t.chars().nth(4) == Some('年')
            };
            let year_column: Vec<bool> = first.iter().map(&year).collect();
            // (A column of levels, `国家级` `省级`, holds levels only.)
            let level_column: Vec<bool> = first.iter().map(|p| names_level(&p.text())).collect();
            let cost = |p: &Piece, col: usize| -> Option<usize> {
                if !short(p) {
                    return None;
                }
                if col == 0 {
                    return name_like(p).then_some(0);
                }
                if col == m {
                    let t = p.text();
                    return (!value(p) && is_category_cell(&t) && !is_total_label(&t)).then_some(0);
                }
                if is_placeholder(&p.text()) {
                    return Some(0);
                }
                if level_column[col] {
                    return names_level(&p.text()).then_some(0);
                }
                match (kinds[col] || year_column[col], value(p), year(p)) {
                    (false, false, _) => Some(0),
                    (false, true, _) => None,
                    (true, true, _) => (!year_column[col]).then_some(0),
                    (true, false, true) => year_column[col].then_some(0),
                    (true, false, false) => Some(2),
                }
            };
            // (Rows in blocks, a blank line after each: a row ends where its block does, or
            // at the notes.)
            let blocks = ps.get(h).is_some_and(|p| p.gap > 0)
                && ps.get(h..).is_some_and(|r| r.iter().any(|p| p.gap == 0));
            let next_starts = |i: usize| {
                ps.get(i).is_none_or(|p| {
                    let t = p.text();
                    (name_like(p) || is_total_label(&t) || is_note_start(&t))
                        && (!blocks || p.gap > 0 || is_note_start(&t))
                })
            };
            let others: Vec<usize> = (0..k).filter(|&col| col != m).collect();
            // A row at `s`: whole (`None`), lacking the merged cell, or lacking it and the cell
            // of one more column `g`, its other cells where their kinds fit, in one way only
            // (`栖霞洞景区` `未评级` `3A` under 等级 and 创建目标, its 创建年份 vanished); in row
            // blocks, also a block that writes its merged cell and lacks one other, in one way
            // only (`…三叶青种植示范基地` `龙门镇` `三叶青` `600`, its 级别 not yet given). The
            // pieces it takes with each.
            let steps = |s: usize, two: bool| -> Vec<(usize, Option<Lack>, usize)> {
                // What `cols` cost over the pieces from `s`, when every one fits.
                let over = |cols: &mut dyn Iterator<Item = usize>| -> Option<usize> {
                    cols.enumerate()
                        .map(|(i, col)| ps.get(s + i).and_then(|p| cost(p, col)))
                        .sum::<Option<usize>>()
                        .filter(|&c| two || c == 0)
                };
                let mut out = Vec::new();
                if let Some(c) = over(&mut (0..k)).filter(|_| next_starts(s + k)) {
                    out.push((k, None, c));
                }
                // (A short row is placed by the kinds of its cells: they must all fit.)
                if let Some(c) =
                    over(&mut others.iter().copied()).filter(|&c| c == 0 && next_starts(s + k - 1))
                {
                    out.push((k - 1, Some(Lack::Merged), c));
                }
                // (Or, in cells one per paragraph, a last cell that vanished: `青螺湾湿地公园`
                // `枫桥区` `312.7` with no 级别, the next park's name after it.)
                if two && k >= 3 && next_starts(s + k - 1) {
                    let whole_fits = over(&mut (0..k)).is_some();
                    let placings: Vec<usize> = others[1..]
                        .iter()
                        .copied()
                        .filter(|&g| blocks || (g == k - 1 && !whole_fits))
                        .filter(|&g| {
                            over(&mut (0..k).filter(|&col| col != g)).is_some_and(|c| c == 0)
                        })
                        .collect();
                    if let [g] = placings[..] {
                        out.push((k - 1, Some(Lack::Cell(g)), 1));
                    }
                }
                if two && k >= 4 && next_starts(s + k - 2) {
                    let placings: Vec<(usize, usize)> = others[1..]
                        .iter()
                        .filter_map(|&g| {
                            over(&mut others.iter().copied().filter(|&col| col != g))
                                .filter(|&c| c == 0)
                                .map(|c| (g, c))
                        })
                        .collect();
                    if let [(g, _)] = placings[..] {
                        out.push((k - 2, Some(Lack::MergedAnd(g)), 1));
                    }
                }
                out
            };
            // The reading that goes furthest at the least cost (a row lacking two cells costs
            // 1, words out of their column's kind 2; then whole rows first): read row by row,
            // the first fit would take the next row's name for a vanished last cell.
            // `best[s]`: (where the rows from `s` end, their cost, the step taken).
            // A row lacking two cells, or words out of their column's kind, only in a reading
            // that runs to the table's end (its notes or the end of its lines): not where the
            // rows it leaves cannot be read on.
            type Best = (usize, usize, Option<(usize, Option<Lack>)>);
            let plan = |two: bool| -> Vec<Best> {
                let mut best: Vec<Best> = vec![(0, 0, None); ps.len() + 1];
                for at in (h..=ps.len()).rev() {
                    let mut b: Best = (at, 0, None);
                    for (len, lack, c) in steps(at, two) {
                        if at == h && lack.is_some() {
                            continue;
                        }
                        let Some(&(e, t, _)) = best.get(at + len) else {
                            continue;
                        };
                        if b.2.is_none() || e > b.0 || (e == b.0 && t + c < b.1) {
                            b = (e, t + c, Some((len, lack)));
                        }
                    }
                    best[at] = b;
                }
                best
            };
            // The rows a plan reads: (first piece, pieces, what it lacks).
            let path = |best: &[Best]| {
                let mut out = Vec::new();
                let mut s = h;
                while let Some((len, lack)) = best.get(s).and_then(|b| b.2) {
                    out.push((s, len, lack));
                    s += len;
                }
                out
            };
            let best = plan(true);
            let (end, cost, _) = best[h];
            let mut chosen = path(&best);
            // (Nor where a row's name is a cell of the merged column: `水运` after `北澜港水运口岸`
            // `水运` read as a row, its port taken for a figure of the row above.)
            let merged_cells: Vec<String> = chosen
                .iter()
                .filter(|(_, _, lack)| matches!(lack, None | Some(Lack::Cell(_))))
                .filter_map(|&(s, _, _)| ps.get(s + m).map(Piece::text))
                .collect();
            let named_as_merged = chosen
                .iter()
                .any(|&(s, _, _)| ps.get(s).is_some_and(|p| merged_cells.contains(&p.text())));
            // (And one row lacking two cells at most: a reading that needs more has taken a
            // header's cell or a sentence for a row's.)
            let twos = chosen
                .iter()
                .filter(|(_, _, lack)| matches!(lack, Some(Lack::MergedAnd(_))))
                .count();
            if cost > 0
                && (named_as_merged
                    || twos > 1
                    || ps.get(end).is_some_and(|p| !is_note_start(&p.text())))
            {
                chosen = path(&plan(false));
            }
            let mut rows: Vec<TableRow> = Vec::new();
            let mut notes: Vec<(usize, String)> = Vec::new();
            let mut group: Option<String> = None;
            let mut lacking = 0usize;
            let mut s = h;
            for (at, len, lack) in chosen {
                s = at;
                let Some(taken) = ps.get(s..s + len) else {
                    break;
                };
                let cells = match lack {
                    None => {
                        let cells = texts(taken);
                        group = cells.get(m).cloned();
                        rows.push(named_row(cells, group.clone()));
                        s += len;
                        continue;
                    }
                    Some(Lack::Cell(g)) => {
                        let mut cells = texts(taken);
                        cells.insert(g.min(cells.len()), String::new());
                        group = cells.get(m).cloned();
                        notes.push((
                            ps[s].first_no(),
                            format!(
                                "row {}: no cell under `{}`; left empty",
                                ps[s].text(),
                                header.get(g).map(Piece::text).unwrap_or_default()
                            ),
                        ));
                        rows.push(named_row(cells, group.clone()));
                        s += len;
                        continue;
                    }
                    Some(Lack::Merged) => {
                        let mut cells = texts(taken);
                        cells.insert(m, String::new());
                        cells
                    }
                    Some(Lack::MergedAnd(g)) => {
                        let mut cells = vec![String::new(); k];
                        let placed = others.iter().filter(|&&col| col != g);
                        for (&col, p) in placed.zip(taken) {
                            cells[col] = p.text();
                        }
                        cells
                    }
                };
                let also = match lack {
                    Some(Lack::MergedAnd(g)) => format!(
                        ", and none under `{}`, left empty",
                        header.get(g).map(Piece::text).unwrap_or_default()
                    ),
                    _ => String::new(),
                };
                notes.push((
                    ps[s].first_no(),
                    format!(
                        "row {}: no cell under `{}`, merged over the rows of `{}` above{also}",
                        ps[s].text(),
                        header[m].text(),
                        group.as_deref().unwrap_or_default()
                    ),
                ));
                rows.push(named_row(cells, group.clone()));
                lacking += 1;
                s += len;
            }
            if rows.len() < 2 {
                continue;
            }
            if lacking == 0 {
                // Whole rows: no cell merged, and no other header to try.
                return None;
            }
            // A total after the rows: its label, then numbers under the value columns.
            let value_columns: Vec<usize> = (1..k).filter(|&col| kinds[col]).collect();
            if let Some(t) = ps.get(s).filter(|p| is_total_label(&p.text())) {
                let numbers = ps[s + 1..]
                    .iter()
                    .take(value_columns.len())
                    .take_while(|p| value(p))
                    .count();
                let end = s + 1 + numbers;
                if numbers > 0 && ps.get(end).is_none_or(|p| is_note_start(&p.text())) {
                    let values = &ps[s + 1..end];
                    let places: Vec<usize> = if numbers == value_columns.len() {
                        value_columns.clone()
                    } else {
                        // (Fewer numbers than value columns: under the columns they sum.)
                        let item_cells: Vec<TableRow> = rows
                            .iter()
                            .map(|r| TableRow {
                                cells: value_columns
                                    .iter()
                                    .map(|&col| r.cells.get(col - 1).cloned().unwrap_or_default())
                                    .collect(),
                                ..r.clone()
                            })
                            .collect();
                        match (numbers, total_gap(&item_cells, values)) {
                            (1, Some(g)) => value_columns
                                .iter()
                                .enumerate()
                                .filter(|&(i, _)| i != g)
                                .map(|(_, &col)| col)
                                .take(1)
                                .collect(),
                            _ => value_columns[..numbers].to_vec(),
                        }
                    };
                    let mut cells = vec![String::new(); k - 1];
                    for (p, col) in values.iter().zip(places) {
                        cells[col - 1] = p.text();
                    }
                    let mut row = named_row(std::iter::once(t.text()).chain(cells).collect(), None);
                    row.group = None;
                    rows.push(row);
                    s = end;
                }
            }
            acc.columns = texts(header);
            acc.rows = rows;
            acc.warnings.extend(notes);
            return Some(Shape { used: s });
        }
    }
    None
}

/// A total row (`小计` `2250`, `合计` `2930`) at the start of `rest`, under `rows` read so far
/// of `w` cells: its label, then numbers (`most` at most), then no number: the next row's
/// name, a sentence, a note or the end. Each number stands under the column it sums (the items since the
/// last total, or all items), else the numbers under the first columns whose items hold
/// numbers, in order. The row and the pieces it takes.
pub(super) fn short_total(
    rest: &[Piece],
    rows: &[TableRow],
    w: usize,
    most: usize,
) -> Option<(TableRow, usize)> {
    let label = rest.first().filter(|p| is_total_label(&p.text()))?;
    let value = |p: &Piece| {
        let t = p.text();
        is_value_cell(&t) || is_placeholder(&t)
    };
    let n = rest[1..]
        .iter()
        .take(most.min(w.saturating_sub(2)))
        .take_while(|p| value(p))
        .count();
    if n == 0 {
        return None;
    }
    let next = rest.get(1 + n);
    if next.is_some_and(|p| {
        let t = p.text();
        !is_note_start(&t) && (value(p) || is_numberish(&t))
    }) {
        return None;
    }
    let number = sum_amount;
    let items: Vec<&TableRow> = rows
        .iter()
        .filter(|r| {
            r.kind == RowKind::Item && !is_total_label(&r.name) && !r.name.starts_with("其中")
        })
        .collect();
    let since = rows
        .iter()
        .rposition(|r| is_total_label(&r.name))
        .map_or(0, |i| i + 1);
    let group: Vec<&TableRow> = rows[since..]
        .iter()
        .filter(|r| r.kind == RowKind::Item && !r.name.starts_with("其中"))
        .collect();
    // (A placeholder, `—` for a plant not yet built, adds nothing; nor a cell that vanished,
    // a target not yet set.)
    let figure =
        |t: &String| number(t).or_else(|| (is_placeholder(t) || t.is_empty()).then_some(0.0));
    let sum = |of: &[&TableRow], c: usize| -> Option<f64> {
        of.iter().map(|r| r.cells.get(c).and_then(figure)).sum()
    };
    let width = w - 1;
    let mut places = Vec::with_capacity(n);
    let mut from = 0;
    for p in &rest[1..=n] {
        let v = number(&p.text());
        let c = (from..width).find(|&c| {
            v.is_some_and(|v| {
                [sum(&group, c), sum(&items, c)]
                    .into_iter()
                    .flatten()
                    .any(|s| sums_close(v, s))
            })
        });
        match c {
            Some(c) => {
                places.push(c);
                from = c + 1;
            }
            None => break,
        }
    }
    if places.len() < n {
        // (Under the first columns of numbers, in order.)
        places = (0..width)
            .filter(|&c| {
                items
                    .iter()
                    .all(|r| r.cells.get(c).and_then(figure).is_some())
            })
            .take(n)
            .collect();
    }
    if places.len() < n {
        return None;
    }
    let mut cells = vec![String::new(); width];
    for (p, c) in rest[1..=n].iter().zip(places) {
        cells[c] = p.text();
    }
    Some((
        named_row(std::iter::once(label.text()).chain(cells).collect(), None),
        1 + n,
    ))
}

/// Rows of a table of words in groups closed by totals (`小计` `2250`, `合计` `2930`, fewer
/// cells than the columns): each group whole rows of `k` pieces, each total its label and
/// numbers under the columns they sum ([`short_total`]); after the last total, a sentence, a
/// note or nothing. Two rows and a total at least. The rows and the pieces they take.
pub(super) fn rows_around_totals(rest: &[Piece], k: usize) -> Option<(Vec<TableRow>, usize)> {
    if k < 3 {
        return None;
    }
    let ends_table = |p: &Piece| {
        let t = p.text();
        is_note_start(&t) || t.ends_with(['。', '！', '？'])
    };
    let mut rows: Vec<TableRow> = Vec::new();
    let mut s = 0;
    let mut totals = 0;
    loop {
        let mut in_group = 0;
        while let Some(row) = rest.get(s..s + k) {
            let first = row[0].text();
            if is_total_label(&first) {
                break;
            }
            if is_value_cell(&first)
                || is_numberish(&first)
                || row
                    .iter()
                    .any(|p| is_total_label(&p.text()) || ends_table(p))
            {
                return None;
            }
            rows.push(named_row(texts(row), None));
            s += k;
            in_group += 1;
        }
        match rest.get(s) {
            // (A grand total after the last group's: `小计` … `合计`.)
            Some(p) if (in_group > 0 || totals > 0) && is_total_label(&p.text()) => {
                let (row, n) = short_total(&rest[s..], &rows, k, k.saturating_sub(2))?;
                rows.push(row);
                s += n;
                totals += 1;
            }
            _ => break,
        }
    }
    (totals > 0 && rows.len() >= totals + 2 && rest.get(s).is_none_or(ends_table))
        .then_some((rows, s))
}

/// Rows read, the piece after them, and the report's lines on them.
pub(super) type ReadRows = (Vec<TableRow>, usize, Vec<(usize, String)>);

/// A reading of a row of [`merged_value_rows`].
#[derive(Clone, Copy)]
pub(super) struct Reading {
    /// The pieces it takes.
    pub(super) pieces: usize,
    pub(super) cost: f64,
    /// Whether it opens a group (its first piece the group's category).
    pub(super) opens: bool,
    /// The column of a vanished cell.
    pub(super) vanished: Option<usize>,
    /// The first of two pieces that are one cell (a name or a last cell over two).
    pub(super) join: Option<usize>,
}

impl Reading {
    /// A reading of `pieces` whole pieces.
    pub(super) fn new(pieces: usize, cost: f64, opens: bool, vanished: Option<usize>) -> Reading {
        Reading {
            pieces,
            cost,
            opens,
            vanished,
            join: None,
        }
    }
}

/// A step of [`merged_value_rows`]' reading: its cost so far, the piece the row starts at, and
/// the row's reading.
pub(super) type Step = (f64, usize, Reading);

/// Rows of a name, a unit and values under a merged category (`类别` `指标` `单位` `现状值`
/// `目标值`), one cell per piece from `start`: a row that opens a group has the category first
/// (`水安全` `…达标率` `%` `86.5` `95`), the group's other rows lack it (`…处理率` `%` `97.2`
/// `≥99`), and a row may lack its unit, an empty cell vanished (`区域除涝标准` `15～20年一遇`
/// `20年一遇`). Without a unit column (`类别` `指标名称` `2020年` `2025年` `年均增长`), a row
/// may lack its first value instead (a new indicator with no base: `…数量（个）` `≥30` `—`);
/// the table's notes may place that gap elsewhere. The rows are the reading of the most pieces
/// at the least cost: a unit must read as one, a value should be a number or a placeholder
/// (words cost half a cell), a vanished cell costs a cell. The first row opens a group, another
/// row does not, and half the values at least are numbers; `None` otherwise. Rows with a
/// vanished cell are reported. A group's row may write its name over two pieces (`澜江里邻里汇`
/// / `老年助餐点`), at half a cell's cost, joined into `joins`; under a column of places
/// (`街道`), a group that opens at no place's name costs a cell.
pub(super) fn merged_value_rows(
    ps: &[Piece],
    start: usize,
    columns: &[String],
    zones_alone: bool,
    joins: &mut Vec<(Vec<usize>, String)>,
) -> Option<ReadRows> {
    let k = columns.len();
    let has_unit = columns
        .get(2)
        .is_some_and(|c| strip_spaces(c).ends_with("单位"));
    if k < 4 {
        return None;
    }
    let values = if has_unit { k - 3 } else { k - 2 };
    let short = |i: usize| {
        ps.get(i).is_some_and(|p| {
            let t = p.text();
            !t.is_empty()
                && t.chars().count() <= MAX_VALUE_ROW_CELL
                && !t.contains(['。', '；', ';'])
                && label(&t).is_none()
                && !is_note_start(&t)
        })
    };
    // (Nor is a span of years a name: `2026—2035年` is the last cell of the row before.)
    let years_only = |t: &str| {
        let t = strip_spaces(t);
        grammar::year_range(&t).is_some()
            && t.chars()
                .all(|c| c.is_ascii_digit() || "年—–－-～~至到".contains(c))
    };
    let name = |i: usize| {
        short(i) && {
            let t = ps[i].text();
            !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t) && !years_only(&t)
        }
    };
    // (A kind is a few words, `水安全`; a zone may be longer, `中部丘陵水土流失综合治理区`, named
    // or under a zone's header, `片区` over `滨河现代服务业集聚区`.)
    let zone = names_zones(&columns[0]);
    let category_chars = if is_category_header(&columns[0]) && (columns[0].contains("名称") || zone)
    {
        MAX_COLUMN_NAME_CHARS * 2
    } else {
        MAX_COLUMN_NAME_CHARS
    };
    // (A qualifier in brackets after a category, `芦荡街道（沁湖经济开发区）` among `东湖街道`,
    // is of it: the category is as long as what stands before it.)
    let places = names_places(&columns[0]);
    // (Rows in blocks: a blank line after each row.)
    let in_blocks = ps
        .get(start..)
        .is_some_and(|r| r.iter().any(|p| p.gap == 0));
    let short_words = |p: &Piece| {
        let t = p.text();
        !t.is_empty() && t.chars().count() <= MAX_VALUE_ROW_CELL && !is_value_cell(&t)
    };
    let category = |i: usize| {
        name(i) && { without_bracket_tail(&ps[i].text()).chars().count() <= category_chars }
    };
    let unit = |i: usize| short(i) && is_unit_like(&ps[i].text()) && !is_value_cell(&ps[i].text());
    // A column of words by its header (`类型`, `建设时序`; not `装机容量（MW）`): any short cell
    // fits it.
    let words_column = |c: usize| {
        columns.get(c).is_some_and(|h| {
            (names_column(h) || names_people_column(h))
                && bracketed_unit(h).is_none()
                && !is_year_header(h)
                && !names_measure_column(h)
                && !names_values(h)
        })
    };
    // The cost of `n` values from `i`, the first under column `col` (`None` if one is not a
    // cell, or is a name with its unit, `…数量（个）`).
    let value_cost = |i: usize, n: usize, col: usize| -> Option<f64> {
        (i..i + n).try_fold(0.0, |c, j| {
            let t = ps.get(j)?.text();
            // (A figure with its unit's other form in brackets, `620套（间）`, is a value.)
            let figure = t.starts_with(|c: char| c.is_ascii_digit());
            // (Under a column of a size or an amount, `房源规模`, words with no figure are out of
            // its kind; so is a time under a column of places, `所在街道（镇）`.)
            let column = strip_spaces(columns.get(col + j - i).map_or("", String::as_str));
            let sized = ["规模", "数量", "面积", "投资", "金额"]
                .iter()
                .any(|w| column.contains(w));
            // (Nor are words with a figure in them, longer than an amount is: `新建业务用房320
            // 平方米，…` under 投资.)
            let odd = (sized
                && !is_placeholder(&t)
                && (!t.chars().any(|c| c.is_ascii_digit())
                    || (!is_value_cell(&t) && t.chars().count() > 12)))
                || (column.starts_with("所在") && names_time(&t))
                // (Nor words that name no time under a column of years, `建设年限`: the next
                // group's place, `青岗市`, after a row that lacks its years; nor a bare count,
                // `6` under `完成时限`.)
                || (["年限", "年度", "时间", "时限"].iter().any(|w| column.ends_with(w))
                    && !names_time(&t)
                    && !is_placeholder(&t)
                    && (!t.chars().any(|c| c.is_ascii_digit())
                        || (int_of(&t).is_some() && !is_bare_year(&t))));
            // (Nor a bare figure, `0.5—1`, under a column of what is done or required,
            // `配置要求`, where another column measures in its unit, `服务人口（万人）`.)
            let bare_figure = is_value_cell(&t) && !t.chars().any(crate::text::is_cjk);
            // (Nor, after the first column, a value of the first: `西部花卉苗木片区` under
            // 建设重点 in a table of `片区`, the next row's zone after a row that lacks its last
            // cell.)
            let first_columns = col + j - i > 0 && extends_name(&columns[0], &t);
            let odd = odd
                || first_columns
                || (bare_figure
                    && ["要求", "内容", "措施", "举措", "任务"]
                        .iter()
                        .any(|w| column.ends_with(w))
                    && columns.iter().any(|h| bracketed_unit(h).is_some()));
            (short(j) && (bracketed_unit(&t).is_none() || figure)).then(|| {
                c + if odd {
                    1.0
                } else if is_value_cell(&t) || is_placeholder(&t) || words_column(col + j - i) {
                    0.0
                } else if names_measure(&t) {
                    // (Words that name what is measured, `…覆盖率`, are a row's name.)
                    1.0
                } else if t.chars().any(|c| c.is_ascii_digit()) || states_a_goal(&t) {
                    0.5
                } else {
                    // (A noun in words, `成长空间`, is likelier the next group's category
                    // than a value, and a vanished cell likelier than that.)
                    1.5
                }
            })
        })
    };
    // Readings of a row at `i`: (pieces, cost, opens a group, the column of a vanished cell:
    // the unit's, or the first value's).
    let readings = |i: usize| -> Vec<Reading> {
        let mut out = Vec::new();
        for opens in [true, false] {
            let n = usize::from(opens);
            if opens && !category(i) {
                continue;
            }
            if !name(i + n) {
                continue;
            }
            // (A total may write fewer numbers than the rows have values, `合计` `341.5`: they
            // go under the columns they sum once the rows are read.)
            if !opens && is_total_label(&ps[i].text()) {
                // (Or a count of the names first and every value: `合计` `9个` `1409` `66`.)
                if ps.get(i + 1).is_some_and(|p| counts_things(&p.text())) {
                    if let Some(c) = value_cost(i + 2, values, 2) {
                        out.push(Reading::new(2 + values, c, false, None));
                    }
                }
                for m in 1..values.saturating_sub(1) {
                    if let Some(c) = value_cost(i + 1, m, 2).filter(|_| {
                        (i + 1..i + 1 + m).all(|j| {
                            ps.get(j).is_some_and(|p| {
                                is_value_cell(&p.text()) || is_placeholder(&p.text())
                            })
                        })
                    }) {
                        out.push(Reading::new(1 + m, c + 0.5, false, None));
                    }
                }
            }
            // (A group's row whose name is over two pieces, `澜江里邻里汇` / `老年助餐点`, then
            // its values: at a cost, as a split is rarer than a whole name.)
            if !opens
                && !has_unit
                && name(i + 1)
                && !is_total_label(&ps[i].text())
                && (!in_blocks || ps.get(i + 1).is_some_and(|p| p.gap == 0))
            {
                if let Some(c) = value_cost(i + 2, values, 2) {
                    out.push(Reading {
                        join: Some(0),
                        ..Reading::new(2 + values, c + 0.5, false, None)
                    });
                }
            }
            if !has_unit {
                if let Some(c) = value_cost(i + n + 1, values, 2) {
                    out.push(Reading::new(n + 1 + values, c, opens, None));
                }
                if let Some(c) = value_cost(i + n + 1, values - 1, 3) {
                    out.push(Reading::new(n + values, c + 1.0, opens, Some(2)));
                }
                // (Or a later value's: `雁湖县康复医院` `专科医院` `100`, a new hospital without
                // its beds of 2020, under 机构类别 2020年 2025年.)
                for g in 3..k {
                    let before = g - 2;
                    let first = value_cost(i + n + 1, before, 2);
                    let rest = value_cost(i + n + 1 + before, values - 1 - before, g + 1);
                    if let (Some(a), Some(b)) = (first, rest) {
                        out.push(Reading::new(n + values, a + b + 1.0, opens, Some(g)));
                    }
                }
                continue;
            }
            if unit(i + n + 1) {
                if let Some(c) = value_cost(i + n + 2, values, 3) {
                    out.push(Reading::new(n + 2 + values, c, opens, None));
                }
                // (A unit and one value short: a new indicator with no base.)
                if let Some(c) = value_cost(i + n + 2, values - 1, 4).filter(|_| values >= 2) {
                    out.push(Reading::new(n + 1 + values, c + 1.0, opens, Some(3)));
                }
            }
            if let Some(c) = value_cost(i + n + 1, values, 3) {
                out.push(Reading::new(n + 1 + values, c + 1.0, opens, Some(2)));
            }
        }
        // (Under a column of places, `街道`, a group opens at a place: `澜江里邻里汇` is none;
        // and a row named as such a place, `新港街道`, is no group's row.)
        if places && !names_a_place(&ps[i].text()) {
            for r in out.iter_mut().filter(|r| r.opens) {
                r.cost += 1.0;
            }
        }
        if places && place_of_the_column(&columns[0], &ps[i].text()) {
            for r in out.iter_mut().filter(|r| !r.opens) {
                r.cost += 1.0;
            }
        }
        if in_blocks {
            // (In row blocks a row's last cell may go on over the next line of its block,
            // stopped open: `供水、供电、供气管线改造，` / `屋面平改坡…`.)
            let mut more = Vec::new();
            for r in &out {
                let last = i + r.pieces - 1;
                let goes_on = ps.get(last).is_some_and(|p| stops_mid_phrase(&p.text()))
                    && ps
                        .get(last + 1)
                        .is_some_and(|p| p.gap == 0 && short_words(p));
                if r.join.is_none() && goes_on {
                    more.push(Reading {
                        pieces: r.pieces + 1,
                        cost: r.cost + 0.5,
                        join: Some(r.pieces - 1),
                        ..*r
                    });
                }
            }
            out.extend(more);
            // (And a row ends where its block does.)
            out.retain(|r| ps.get(i + r.pieces).is_none_or(|p| p.gap > 0));
        }
        out
    };
    // best[j]: the least cost of reading the pieces start..j as rows, and the row before.
    let end = ps.len();
    let mut best: Vec<Option<Step>> = vec![None; end + 1];
    best[start] = Some((0.0, start, Reading::new(0, 0.0, false, None)));
    let mut far = start;
    for i in start..end {
        let Some((cost, ..)) = best[i] else { continue };
        for r in readings(i) {
            // The first row opens a group.
            if i == start && !r.opens {
                continue;
            }
            let j = i + r.pieces;
            if j > end {
                continue;
            }
            let total = cost + r.cost;
            if best[j].is_none_or(|b| total < b.0) {
                best[j] = Some((total, i, r));
                far = far.max(j);
            }
        }
    }
    let mut spans = Vec::new();
    let mut j = far;
    while j > start {
        let (_, i, r) = best[j]?;
        spans.push((i, j, r.opens, r.vanished, r.join));
        j = i;
    }
    spans.reverse();
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut gaps: Vec<(usize, usize)> = Vec::new();
    let mut group: Option<String> = None;
    let (mut numbers, mut all) = (0usize, 0usize);
    for &(i, j, opens, vanished, join) in &spans {
        let mut cells = texts(&ps[i..j]);
        // (A cell over two pieces: one cell.)
        if let Some(a) = join.filter(|&a| a + 1 < cells.len()) {
            let second = cells.remove(a + 1);
            let mut nos: Vec<usize> = ps[i + a..i + a + 2]
                .iter()
                .flat_map(|p| p.nos.clone())
                .collect();
            nos.dedup();
            joins.push((
                nos,
                format!("split cell: `{}` + `{second}` read as one cell", cells[a]),
            ));
            cells[a].push_str(&second);
        }
        if opens {
            group = cells.first().cloned();
        } else if cells.first().is_some_and(|c| is_total_label(c)) {
            // A total (`合计` `1486.0` `294.4`) stands over the category and the name: no
            // group's row. (With fewer numbers, the cells after them empty, until the numbers
            // are placed under their sums.) (A count of things first, `合计` `10处` `67700`,
            // counts the names: it stands under their column.)
            let counted = cells.get(1).is_some_and(|c| counts_things(c));
            if cells.len() < k {
                cells.insert(if counted { 2 } else { 1 }, String::new());
            }
            group = None;
            if vanished.is_none() {
                while cells.len() < k {
                    cells.push(String::new());
                }
            }
        } else {
            cells.insert(0, String::new());
        }
        if let Some(at) = vanished {
            gaps.push((rows.len(), at.min(cells.len())));
            cells.insert(at.min(cells.len()), String::new());
            let column = columns.get(at).map_or("", String::as_str);
            // (A total's label stands in its first cell.)
            let named = cells
                .iter()
                .take(2)
                .rev()
                .find(|c| !c.is_empty())
                .cloned()
                .unwrap_or_default();
            notes.push((
                rows.len(),
                ps[i].first_no(),
                if has_unit && at == 2 {
                    format!("row {named}: no unit; left empty under `{column}`")
                } else if at == 2 || (has_unit && at == 3) {
                    format!("row {named}: one value short; the first, under `{column}`, left empty")
                } else {
                    format!("row {named}: one value short; left empty under `{column}`")
                },
            ));
        }
        // (Columns of words by their header, `所在镇（街道）`, hold no figures.)
        for (c, t) in cells.iter().enumerate().skip(if has_unit { 3 } else { 2 }) {
            if words_column(c) {
                continue;
            }
            all += 1;
            numbers += usize::from(is_value_cell(t) || is_placeholder(t));
        }
        rows.push(named_row(cells, group.clone()));
    }
    // (Under a zone's header every row may write its own zone, `片区` over `北澄枢纽片区` …
    // `滨河现代服务业集聚区`: a column of zones, merged or not.)
    let own_zones = zones_alone && zone && !spans.is_empty() && spans.iter().all(|s| s.2);
    let merged = spans.iter().any(|s| !s.2) || own_zones;
    if own_zones {
        // (Each row its own zone: no group over it.)
        for r in &mut rows {
            r.group = None;
        }
    }
    let first_value = if has_unit { 3 } else { 2 };
    for (r, at) in gaps {
        let placed = gap_by_figures(&rows, r, at, first_value)
            .map(|g| (g, "are written as their columns' are"))
            .or_else(|| {
                gap_by_sizes(&rows, r, at, first_value).map(|g| (g, "are of their columns' sizes"))
            });
        if let Some((g, why)) = placed {
            let cells = &mut rows[r].cells;
            let (from, to) = (at - 1, g - 1);
            let empty = cells.remove(from);
            cells.insert(to, empty);
            let column = columns.get(g).map_or("", String::as_str);
            for note in notes.iter_mut().filter(|n| n.0 == r) {
                note.2 = format!(
                    "row {}: one value short; left empty under `{column}`, where its figures {why}",
                    row_label(&rows[r])
                );
            }
        }
    }
    // (A total whose numbers moved under their sums is reported so, not as read first.)
    let moved = sums_placed(&mut rows);
    let notes = notes
        .into_iter()
        .map(|(r, no, message)| match moved.contains(&r) {
            true => (
                no,
                format!(
                    "row {}: its numbers under the columns they sum",
                    rows[r].name
                ),
            ),
            false => (no, message),
        })
        .collect();
    (merged && rows.len() >= 2 && numbers * 2 >= all).then_some((rows, far, notes))
}

/// A count of things, a total's figure for the names it counts: `10处`, `9个`.
pub(super) fn counts_things(t: &str) -> bool {
    let t = strip_spaces(t);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && t.chars().skip(digits).count() == 1
        && t.ends_with(['处', '个', '座', '家', '所', '项', '条', '宗', '片'])
}

/// Each total row's numbers moved under the columns whose items they sum (`合计` `851` `1300`
/// under 2020年 and 2025年, not 2025年 and 承担单位), when every number finds its column, in
/// order. Returns the rows moved.
pub(super) fn sums_placed(rows: &mut [TableRow]) -> Vec<usize> {
    let mut moved = Vec::new();
    let number = sum_amount;
    let items: Vec<&TableRow> = rows
        .iter()
        .filter(|r| {
            r.kind == RowKind::Item && !is_total_label(&r.name) && !r.name.starts_with("其中")
        })
        .filter(|r| !r.cells.first().is_some_and(|c| is_total_label(c)))
        .collect();
    if items.len() < 2 {
        return moved;
    }
    let width = items.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // (A placeholder, `—`, or an empty cell adds nothing; words make no sum.)
    let sums: Vec<Option<f64>> = (0..width)
        .map(|c| {
            items
                .iter()
                .map(|r| {
                    r.cells.get(c).and_then(|t| {
                        number(t).or_else(|| (t.is_empty() || is_placeholder(t)).then_some(0.0))
                    })
                })
                .sum()
        })
        .collect();
    let total_at = |r: &TableRow| {
        if is_total_label(&r.name) {
            Some(0)
        } else {
            r.cells
                .iter()
                .position(|c| is_total_label(c))
                .map(|i| i + 1)
        }
    };
    for (r, row) in rows.iter_mut().enumerate() {
        let Some(from) = total_at(row) else { continue };
        let values: Vec<(usize, f64)> = row
            .cells
            .iter()
            .enumerate()
            .skip(from)
            .filter_map(|(c, t)| number(t).map(|v| (c, v)))
            .collect();
        if values.is_empty() || row.cells.len() != width {
            continue;
        }
        let mut places = Vec::with_capacity(values.len());
        let mut next = from;
        for &(_, v) in &values {
            let close = |s: f64| sums_close(v, s);
            match (next..width).find(|&c| sums[c].is_some_and(close)) {
                Some(c) => {
                    places.push(c);
                    next = c + 1;
                }
                None => break,
            }
        }
        if places.len() != values.len() || places.iter().zip(&values).all(|(p, v)| *p == v.0) {
            continue;
        }
        let texts: Vec<String> = values
            .iter()
            .map(|&(c, _)| std::mem::take(&mut row.cells[c]))
            .collect();
        for (c, t) in places.into_iter().zip(texts) {
            row.cells[c] = t;
        }
        moved.push(r);
    }
    moved
}

/// A word a completion table's last column holds for a row: `完成`, `超额完成`, `基本完成`,
/// `未完成`, `已实现`, `序时推进`, `达到预期`; or none yet, `待评估`.
pub(super) fn evaluates(t: &str) -> bool {
    let t = strip_spaces(t);
    (2..=6).contains(&t.chars().count())
        && !t.starts_with(|c: char| c.is_ascii_digit())
        && (["完成", "实现"].iter().any(|w| t.ends_with(w))
            || [
                "待评估",
                "待评价",
                "不作评价",
                "暂不评价",
                "不评价",
                "序时推进",
                "按序时推进",
                "进度滞后",
                "未达标",
                "达到预期",
                "符合预期",
                "低于预期",
            ]
            .contains(&t.as_str()))
}

/// Rows of a completion table with no number column, each ending at its
/// evaluation (`完成情况` the header's last cell, `超额完成` each row's last): a name over one
/// piece or more (`年均低效工业用地` / `减量化规模（公顷）`, `规模以上工业总产值` / `（亿元）`), then
/// a figure or a placeholder for each column between, each with the period or remark in
/// brackets after it (`46` / `（2016年-2020年）`), then the evaluation. Every row must read so,
/// three at least; the table ends after the last evaluation, or after a last row with a
/// placeholder or work going on (`持续推进`) for its evaluation right before the notes. With an
/// attribute column after the name's, the attribute ends the name and the values are figures
/// or words. `None` otherwise.
pub(super) fn evaluated_rows(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    const MOST_COLUMNS: usize = 8;
    // (A value in words is a target, `建成区级防汛指挥调度系统并接入市级平台`, not a paragraph.)
    const MAX_VALUE_CHARS: usize = 40;
    let h = ps.iter().take(MOST_COLUMNS).position(|p| {
        ["完成情况", "进展评价", "完成评价", "实现情况"].contains(&strip_spaces(&p.text()).as_str())
    })?;
    let head = &ps[..=h];
    if head.len() < 3 || !head.iter().all(is_header_cell) {
        return None;
    }
    let mut scratch = acc.clone();
    let columns = fit_header(head, None, &mut scratch);
    let k = columns.len();
    if k < 3 || names_attribute_column(&columns[0]) || is_number_header(&columns[0]) {
        return None;
    }
    // A category column first (`类别`, written on a group's first row only) or a unit column
    // after the name's: each row's pieces are read by their kinds, the unit before the values.
    let categorised = is_category_header(&columns[0]);
    let name_at = usize::from(categorised);
    // An attribute column, if any, right after the name's (`指标名称` `指标属性` …): each row's
    // attribute ends its name, and the cells after it up to the evaluation are its values,
    // figures or words; a row short of one leaves the first empty (a target never set).
    let attributed = match columns.iter().position(|c| names_attribute_column(c)) {
        None => false,
        Some(a) if a == name_at + 1 && k >= name_at + 4 => true,
        Some(_) => return None,
    };
    let unit_column = match columns.iter().position(|c| is_unit_header(c)) {
        None => false,
        Some(u) if u == name_at + 1 => true,
        Some(_) => return None,
    };
    let framed = !attributed && (categorised || unit_column);
    let values_wanted = k.checked_sub(name_at + 2 + usize::from(unit_column))?;
    if framed && (values_wanted == 0 || names_attribute_column(&columns[name_at])) {
        return None;
    }
    let remark = |t: &str| {
        let t = strip_spaces(t);
        t.starts_with(['（', '(']) && t.ends_with(['）', ')'])
    };
    // (A figure with its remark glued on, `52（2021年-2025年）`, is one too.)
    let figure = |t: &str| {
        is_value_cell(t)
            || is_placeholder(t)
            || bracket_tail(t).is_some_and(|(head, _)| !head.is_empty() && is_value_cell(head))
    };
    // A row's values from `pieces`, each with the remark in brackets after it (`62.4` /
    // `（2021年-2025年）`); `None` at a piece `ok` refuses.
    let gather = |pieces: &[Piece], ok: &dyn Fn(&str) -> bool, scratch: &mut Acc| {
        let mut values: Vec<Piece> = Vec::new();
        for p in pieces {
            let t = p.text();
            if !ok(&t) {
                return None;
            }
            match values.last_mut() {
                Some(last) if remark(&t) => {
                    scratch.join(last, p, "split cell");
                    last.absorb(p.clone());
                }
                _ => values.push(p.clone()),
            }
        }
        Some(values)
    };
    // A row's category, if it writes one, and its name, from its pieces before the unit or
    // the values: the category the first of three pieces or more; the first of two when no
    // category is written yet, or when it is about as long as the categories and the second is
    // a name, not a measure's end (`历史建筑结构安全隐患` / `整改率` is a name over two); never a
    // `其中` row's. `longest_category`: the longest category written so far, if any.
    let split_head = |head: &[Piece], longest_category: Option<usize>, scratch: &mut Acc| {
        let sub_row = head.first()?.text().starts_with("其中");
        let own_category = categorised
            && !sub_row
            && match head {
                [_] => false,
                [a, b] => match longest_category {
                    None => true,
                    Some(most) => {
                        a.text().chars().count() <= most + 1 && b.text().chars().count() >= 4
                    }
                },
                _ => true,
            };
        let name_pieces = if own_category { &head[1..] } else { head };
        let (first, rest) = name_pieces.split_first()?;
        let mut name = first.clone();
        for p in rest {
            scratch.join(&name, p, "split cell");
            name.absorb(p.clone());
        }
        let category = categorised.then(|| {
            if own_category {
                head[0].text()
            } else {
                String::new()
            }
        });
        Some((category, name))
    };
    let attributed_row = |before: &[Piece],
                          evaluation: &Piece,
                          longest_category: Option<usize>,
                          scratch: &mut Acc| {
        let a = before.iter().position(|p| is_attr(&p.text()))?;
        let (category, first) = split_head(&before[..a], longest_category, scratch)?;
        let values = gather(
            &before[a + 1..],
            &|t| !is_attr(t) && t.chars().count() <= MAX_VALUE_CHARS,
            scratch,
        )?;
        let m = k.checked_sub(name_at + 3)?;
        let gaps = m.checked_sub(values.len())?;
        if values.is_empty() {
            return None;
        }
        let mut cells: Vec<String> = category.into_iter().collect();
        cells.extend([first.text(), before[a].text()]);
        cells.extend(std::iter::repeat_n(String::new(), gaps));
        cells.extend(values.iter().map(Piece::text));
        cells.push(evaluation.text());
        Some(cells)
    };
    // A framed row: [its category] its name over one piece or more, [its unit], its values
    // (figures, states or words, each figure's remark in brackets after it), its evaluation.
    // A row short of values leaves the target empty after a figure (a target never set) and
    // the result empty after a target in words (`完成市下达目标`, a result not yet out).
    // `longest_category`: the longest category written so far, if any.
    let framed_row = |before: &[Piece],
                      evaluation: &Piece,
                      longest_category: Option<usize>,
                      scratch: &mut Acc| {
        // (A goal in words may hold a unit's character, `完成市下达目标`, `控制在98以内`.)
        let value_like = |t: &str| {
            figure(t)
                || remark(t)
                || names_state(t)
                || (t.chars().count() <= MAX_VALUE_CHARS
                    && (!is_unit_like(t) || states_a_goal(t) || t.contains("目标")))
        };
        // The values: after the first unit that only values follow, or else from the first
        // figure or state on.
        let unit_at = unit_column
            .then(|| {
                (1..before.len()).find(|&i| {
                    let t = before[i].text();
                    is_unit_like(&t)
                        && !figure(&t)
                        && !names_state(&t)
                        && i + 1 < before.len()
                        && before[i + 1..].iter().all(|p| value_like(&p.text()))
                })
            })
            .flatten();
        let values_from = match unit_at {
            Some(u) => u + 1,
            None => (1..before.len()).find(|&i| {
                let t = before[i].text();
                figure(&t) || names_state(&t)
            })?,
        };
        let head = &before[..unit_at.unwrap_or(values_from)];
        let values = gather(&before[values_from..], &value_like, scratch)?;
        let gaps = values_wanted.checked_sub(values.len())?;
        if values.is_empty() || head.is_empty() {
            return None;
        }
        let (category, name) = split_head(head, longest_category, scratch)?;
        let mut cells: Vec<String> = category.into_iter().collect();
        cells.push(name.text());
        if unit_column {
            cells.push(unit_at.map(|u| before[u].text()).unwrap_or_default());
        }
        let words_first = values.first().is_some_and(|v| !figure(&v.text()));
        if !words_first {
            cells.extend(std::iter::repeat_n(String::new(), gaps));
        }
        cells.extend(values.iter().map(Piece::text));
        if words_first {
            cells.extend(std::iter::repeat_n(String::new(), gaps));
        }
        cells.push(evaluation.text());
        // (Each cell left empty is reported, under its column.)
        if cells.len() == k {
            let row = name.text();
            let no = before.first().map_or(0, Piece::first_no);
            let column = |c: usize| columns.get(c).map_or("", String::as_str);
            if unit_column && unit_at.is_none() {
                scratch.warnings.push((
                    no,
                    format!(
                        "row {row}: no unit; left empty under `{}`",
                        column(name_at + 1)
                    ),
                ));
            }
            let first_value = name_at + 1 + usize::from(unit_column);
            let empty = if words_first {
                values_wanted - gaps..values_wanted
            } else {
                0..gaps
            };
            for c in empty {
                scratch.warnings.push((
                    no,
                    format!(
                        "row {row}: a value missing; left empty under `{}`",
                        column(first_value + c)
                    ),
                ));
            }
        }
        Some(cells)
    };
    // The cells of one row: its pieces before the evaluation, then the evaluation.
    let row_of = |before: &[Piece],
                  evaluation: &Piece,
                  longest_category: Option<usize>,
                  scratch: &mut Acc| {
        let clean = !before
            .iter()
            .chain([evaluation])
            .any(|p| is_note_start(&p.text()) || is_stop(&p.text()));
        if !clean {
            return None;
        }
        if attributed {
            return attributed_row(before, evaluation, longest_category, scratch)
                .filter(|c| c.len() == k);
        }
        if framed {
            return framed_row(before, evaluation, longest_category, scratch)
                .filter(|c| c.len() == k);
        }
        // The name: the first piece and the words after it up to the first figure; never the
        // evaluation itself (a row of words alone reads as none).
        let (first, rest) = before.split_first()?;
        // (Nor, after a name closed by its unit in brackets, a goal in words with a figure in
        // it: `耕地质量平均等级（等）` / `提高0.3个等级` is a name and its target.)
        let closed = |t: &str| {
            bracket_tail(&strip_spaces(t)).is_some_and(|(name, unit)| {
                !name.is_empty() && (1..=4).contains(&unit.chars().count())
            })
        };
        let mut name_so_far = first.text();
        let n = rest
            .iter()
            .take_while(|p| {
                let t = p.text();
                let goal =
                    closed(&name_so_far) && !remark(&t) && t.chars().any(|c| c.is_ascii_digit());
                name_so_far.push_str(&t);
                !figure(&t) && !goal
            })
            .count();
        if n == rest.len() {
            return None;
        }
        let mut cells: Vec<Piece> = vec![first.clone()];
        for p in &rest[..n] {
            scratch.join(&cells[0], p, "split cell");
            cells[0].absorb(p.clone());
        }
        for p in &rest[n..] {
            let t = p.text();
            // (After a figure, a goal in words with a figure in it is a value too:
            // `力争达到100（2025年底前）`; or after a name closed by its unit.)
            let goal = (cells.len() > 1 || closed(&cells[0].text()))
                && t.chars().count() <= MAX_VALUE_CHARS
                && t.chars().any(|c| c.is_ascii_digit())
                && states_a_goal(&t);
            if figure(&t) || goal {
                cells.push(p.clone());
            } else if remark(&t) && cells.len() > 1 {
                let last = cells.len() - 1;
                scratch.join(&cells[last], p, "split cell");
                cells[last].absorb(p.clone());
            } else {
                return None;
            }
        }
        let mut cells = texts(&cells);
        // A row one value short leaves the first empty (a baseline not counted then); the
        // notes may place the gap otherwise.
        let short = cells.len() + 2 == k && cells.len() >= 2;
        if short {
            cells.insert(1, String::new());
        }
        cells.push(evaluation.text());
        if short && cells.len() == k {
            scratch.warnings.push((
                first.first_no(),
                format!(
                    "row {}: one value short; the first, under `{}`, left empty",
                    cells[0],
                    columns.get(1).map_or("", String::as_str)
                ),
            ));
        }
        (cells.len() == k).then_some(cells)
    };
    // Rows as read, each with its group: the category written last, filled down.
    let mut rows: Vec<TableRow> = Vec::new();
    let mut category: Option<String> = None;
    let longest_category = |rows: &[TableRow]| {
        rows.iter()
            .filter_map(|r| r.group.as_ref())
            .map(|g| g.chars().count())
            .max()
    };
    let mut push = |cells: Vec<String>, rows: &mut Vec<TableRow>| {
        if !categorised {
            rows.push(named_row(cells, None));
            return;
        }
        if let Some(c) = cells.first().filter(|c| !c.is_empty()) {
            category = Some(c.clone());
        }
        rows.push(named_row(cells, category.clone()));
    };
    let mut at = h + 1;
    while let Some(mut e) = ps
        .get(at..)
        .and_then(|r| r.iter().position(|p| evaluates(&p.text())))
    {
        // (A row's placeholder evaluation, `—`, before the next row's name ends the row:
        // `其中：…` `万平方米` `/` `3.8` `—` `历史建筑结构安全隐患` ….)
        {
            let inner = (1..e.saturating_sub(1)).find(|&i| {
                let (t, next) = (ps[at + i].text(), ps[at + i + 1].text());
                is_placeholder(&t)
                    && !figure(&next)
                    && !remark(&next)
                    && !is_unit_like(&next)
                    && !names_state(&next)
            });
            if let Some(i) = inner {
                e = i;
            }
        }
        let (evaluation, before) = ps[at..=at + e].split_last()?;
        let cells = row_of(before, evaluation, longest_category(&rows), &mut scratch)?;
        push(cells, &mut rows);
        at += e + 1;
    }
    // A last row no evaluation fits (a measure with no target: `—` where the evaluation
    // stands), right before the notes or the end: its pieces make a whole row.
    let tail = ps
        .get(at..)
        .map(|r| {
            r.iter()
                .position(|p| is_note_start(&p.text()) || is_stop(&p.text()))
                .unwrap_or(r.len())
        })
        .unwrap_or(0);
    if !rows.is_empty() && (3..=k + MOST_COLUMNS).contains(&tail) {
        let end = at + tail - 1;
        let mut trial = scratch.clone();
        if let Some((evaluation, before)) = ps.get(at..=end).and_then(|r| r.split_last()) {
            // (Or work going on, `持续推进`, in a last row: no evaluation yet; or a remark in
            // a few words, `统计口径调整`, which the notes explain.)
            let in_words = |t: &str| {
                let t = strip_spaces(t);
                (2..=8).contains(&t.chars().count()) && t.chars().all(crate::text::is_cjk)
            };
            if is_placeholder(&evaluation.text()) || in_words(&evaluation.text()) {
                if let Some(cells) = row_of(before, evaluation, longest_category(&rows), &mut trial)
                {
                    push(cells, &mut rows);
                    scratch = trial;
                    at = end + 1;
                }
            }
        }
    }
    if rows.len() < 3 {
        return None;
    }
    *acc = scratch;
    acc.columns = columns;
    acc.rows = rows;
    Some(Shape { used: at })
}

/// Where a row's vanished value goes (`at`, a column of the row's cells with its name first)
/// when its figures are written as their columns' are only with it there: each figure's words
/// after its last digit as those of the other rows' figures in that column (`200—400` under
/// 建筑面积 among `不少于3000` `4000—7000`, not under 服务半径 among `1000米` `500米`). Columns
/// from `first` on; `None` unless the place read is off and exactly one other fits.
fn gap_by_figures(rows: &[TableRow], r: usize, at: usize, first: usize) -> Option<usize> {
    let row = rows.get(r)?;
    let width = row.cells.len() + 1;
    if at < first || at >= width {
        return None;
    }
    let suffix = |t: &str| -> Option<String> {
        t.chars().any(|c| c.is_ascii_digit()).then(|| {
            t.rsplit(|c: char| c.is_ascii_digit())
                .next()
                .unwrap_or("")
                .to_string()
        })
    };
    // The one way the other rows' figures end in column `c`, if two at least all end alike.
    let ending = |c: usize| -> Option<String> {
        let ends: Vec<String> = rows
            .iter()
            .enumerate()
            .filter(|(i, x)| *i != r && x.kind == RowKind::Item)
            .filter_map(|(_, x)| x.cells.get(c - 1).and_then(|t| suffix(t)))
            .collect();
        let e = ends.first()?;
        (ends.len() >= 2 && ends.iter().all(|x| x == e)).then(|| e.clone())
    };
    // (Each column's way, read once for every place weighed.)
    let endings: Vec<Option<String>> = (first..width).map(ending).collect();
    let misfits = |cells: &[String]| {
        (first..width)
            .zip(&endings)
            .filter(|&(c, e)| {
                cells
                    .get(c - 1)
                    .and_then(|t| suffix(t))
                    .is_some_and(|s| e.as_ref().is_some_and(|e| *e != s))
            })
            .count()
    };
    if misfits(&row.cells) == 0 {
        return None;
    }
    only_other_place(&row.cells, at, first, |cells| misfits(cells) == 0)
}

/// The one column from `first` on, other than `at`, where the row's empty cell (now under
/// `at`; columns counted with the name first) leaves `cells` as `fits` wants them; `None` if
/// none or several do.
fn only_other_place(
    cells: &[String],
    at: usize,
    first: usize,
    fits: impl Fn(&[String]) -> bool,
) -> Option<usize> {
    let width = cells.len() + 1;
    let places: Vec<usize> = (first..width)
        .filter(|&g| g != at)
        .filter(|&g| {
            let mut moved = cells.to_vec();
            let empty = moved.remove(at - 1);
            moved.insert(g - 1, empty);
            fits(&moved)
        })
        .collect();
    match places.as_slice() {
        [g] => Some(*g),
        _ => None,
    }
}

/// Where a row's vanished value goes (`at`, as [`gap_by_figures`] takes it) when its figures
/// are of their columns' sizes only with it there: all within half a decade of the other rows'
/// figures in their columns ([`magnitude_misfit`]: `0.5—1` under 服务人口规模（万人） among
/// `5—10` `1—1.5`, not under 建筑面积（平方米） among `≥3000` `60—120`), and no words under a
/// column of figures, where they stand now a decade off at least. `None` unless exactly one
/// other place fits.
fn gap_by_sizes(rows: &[TableRow], r: usize, at: usize, first: usize) -> Option<usize> {
    /// How far off a place must leave the row's figures, in all, for another to be weighed.
    const OFF: f64 = 2.0;
    /// How far off the one place that fits may leave them, in all.
    const FITS: f64 = 1.0;
    let row = rows.get(r)?;
    let width = row.cells.len() + 1;
    if at < first || at >= width {
        return None;
    }
    // (Each column's figures in the other rows, read once for every place weighed.)
    let columns: Vec<Vec<&str>> = (first..width)
        .map(|c| {
            rows.iter()
                .enumerate()
                .filter(|(i, x)| *i != r && x.kind == RowKind::Item)
                .filter_map(|(_, x)| x.cells.get(c - 1))
                .map(String::as_str)
                .filter(|t| !t.is_empty())
                .collect()
        })
        .collect();
    // (Words under a column of figures, three at least, are as far off as can be.)
    let sized: Vec<bool> = columns
        .iter()
        .map(|c| c.len() >= 3 && c.iter().all(|t| figure_size(t).is_some()))
        .collect();
    let off = |cells: &[String]| -> f64 {
        (first..width)
            .zip(columns.iter().zip(&sized))
            .filter_map(|(c, (column, &sized))| {
                let t = cells.get(c - 1).filter(|t| !t.is_empty())?;
                Some(match figure_size(t) {
                    None if sized => 2.0,
                    _ => magnitude_misfit(t, column),
                })
            })
            .sum()
    };
    if off(&row.cells) < OFF {
        return None;
    }
    only_other_place(&row.cells, at, first, |cells| off(cells) < FITS)
}
