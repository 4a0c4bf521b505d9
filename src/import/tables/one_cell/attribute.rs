//! Rows in blocks and rows anchored by the attribute words 约束性/预期性, with totals and notes
//! after the attribute.

use super::*;

/// Rows in blocks (one cell per line, a blank line after each row) under a caption or a 专栏
/// title, with nothing else to anchor them: the first block is the header (one cell split over
/// two lines joined, `“十五五”` / `目标任务`), each next block of as many lines as the second a
/// row, two rows at least; the rows end at the first block of another size (a sentence after
/// the table). Such a table is reported for a check.
pub(super) fn block_rows(ps: &[Piece], acc: &mut Acc) -> Result<Shape, NotATable> {
    // (A line in brackets glued to the one above is of its cell: `面积` / `（平方公里）`.)
    let one_cell = |p: &Piece| p.parts.iter().skip(1).all(|x| x.starts_with(['（', '(']));
    if !ps.iter().all(one_cell) {
        return Err(NotATable("not one cell per line"));
    }
    let gap_starts: Vec<usize> = (0..ps.len()).filter(|&i| i == 0 || ps[i].gap > 0).collect();
    let gap_size = |b: usize| gap_starts.get(b + 1).copied().unwrap_or(ps.len()) - gap_starts[b];
    if gap_starts.len() < 3 {
        return Err(NotATable("fewer than two row blocks"));
    }
    // A header of two blocks: a block of years under the one above (`级别` … `数量（个）` over
    // `2020年` `2025年`), the rows one cell narrower than the two together.
    // (Or of levels, the shares of a count: `传统村落（个）` over `国家级` `省级` `市级`.)
    let years_block = gap_size(1) >= 2
        && gap_starts.len() >= 4
        && ps[gap_starts[1]..gap_starts[1] + gap_size(1)]
            .iter()
            .all(|p| names_year(&p.text()) || is_bare_year(&p.text()) || names_level(&p.text()))
        && (1..=gap_size(1) / 2).any(|g| gap_size(2) + g == gap_size(0) + gap_size(1));
    let hb = if years_block { 2 } else { 1 };
    // The rows' size: the first row's, or the size most blocks have when the first is one
    // over it and the header that wide (`岚州市人民政府、` / `中国机械工业联合会`, its last
    // cell over two lines).
    let n = gap_size(hb);
    let sizes: Vec<usize> = (hb..gap_starts.len()).map(gap_size).collect();
    // (Or one under it, its empty cell vanished: `苍岫县旅游集散中心` with no 所在景区 first.)
    let n = match mode(&sizes) {
        Some(m) if (m + 1 == n || n + 1 == m) && gap_size(0) == m && hb == 1 => m,
        _ => n,
    };
    // Two or three rows in one block, the blank lines between them missing: a block of twice or
    // thrice the first row's lines, each row's share of them words and figures where the first
    // row has them (`青湾县` `1200` … `5400` `桐岚经开区` `1000` … `4700`).
    let figure = |i: usize| {
        let t = ps[i].text();
        is_numberish(&t) || is_value_cell(&t) || is_placeholder(&t)
    };
    let first_kinds: Vec<bool> = (gap_starts[hb]..gap_starts[hb] + n).map(figure).collect();
    let named_figures =
        first_kinds.first() == Some(&false) && first_kinds.iter().filter(|&&f| f).count() >= 2;
    let mut starts: Vec<usize> = Vec::with_capacity(gap_starts.len());
    for (b, &at) in gap_starts.iter().enumerate() {
        starts.push(at);
        let len = gap_size(b);
        let rows_in = len / n.max(1);
        if b > hb
            && named_figures
            && n >= 3
            && len.is_multiple_of(n)
            && (2..=3).contains(&rows_in)
            && (0..len).all(|j| figure(at + j) == first_kinds[j % n])
        {
            starts.extend((1..rows_in).map(|r| at + r * n));
        }
    }
    let size = |b: usize| starts.get(b + 1).copied().unwrap_or(ps.len()) - starts[b];
    // Blocks of `n` lines, or of one more where a cell is written over two lines (joined where
    // the cells fit the whole rows' columns best), or of one fewer where an empty cell vanished
    // (placed where the cells fit the whole rows' columns best).
    // (Or of two fewer under a merged first column, its category left to the block above and
    // an empty cell vanished: `粮食局家属院` `屋面防水…` under 街道 小区名称 建成年代 改造内容.)
    // (Or of two more, where one cell of words goes on over three lines, the first two
    // stopped at a `；` or a `，`: `…实施DRG实际付费；` / `2023年起扩大到…；` / `2025年实现…`.)
    let stopped_twice = |b: usize| -> Option<Vec<usize>> {
        let at = starts[b];
        let stopped: Vec<usize> = (1..size(b).saturating_sub(1))
            .filter(|&i| {
                let t = ps[at + i].text();
                t.ends_with(['；', '，']) && !is_value_cell(&ps[at + i + 1].text())
            })
            .collect();
        (size(b) == n + 2 && n >= 3 && stopped.len() == 2).then_some(stopped)
    };
    let fits = |b: usize| {
        size(b) == n
            || size(b) == n + 1
            || (n >= 3 && size(b) + 1 == n)
            || (n >= 4 && size(b) + 2 == n)
            || stopped_twice(b).is_some()
    };
    let blocks = (hb..starts.len()).take_while(|&b| fits(b)).count();
    // (A line left open, a bracket or a route's dash, goes on in the next: `…中心（霁川市` /
    // `采茶剧院）`, `航空港—` / `东部会展中心`; such a block is no whole row to measure by.)
    let split_at = |b: usize| -> Option<usize> {
        let at = starts[b];
        let mut open =
            (at..at + size(b) - 1).filter(|&i| splits_open(&ps[i].text(), &ps[i + 1].text()));
        let i = open.next()?;
        open.next().is_none().then_some(i - at)
    };
    // (A line stopped at a `，` that words go on from: `…居民286户，` / `完成园区…`; one such in a
    // block as long as a row may be a cell over two lines in a row short of one.)
    let comma_at = |b: usize| -> Option<usize> {
        let at = starts[b];
        let mut stopped = (1..size(b).saturating_sub(1)).filter(|&i| {
            let (t, next) = (ps[at + i].text(), ps[at + i + 1].text());
            t.ends_with(['，', ',']) && !is_value_cell(&next) && !is_placeholder(&next)
        });
        let i = stopped.next()?;
        stopped.next().is_none().then_some(i)
    };
    let whole: Vec<TableRow> = (hb..hb + blocks)
        .filter(|&b| size(b) == n && split_at(b).is_none() && comma_at(b).is_none())
        .map(|b| TableRow {
            kind: RowKind::Item,
            cells: texts(&ps[starts[b]..starts[b] + n]),
            ..Default::default()
        })
        .collect();
    let rows = if whole.len() >= 2 {
        blocks
    } else {
        (hb..starts.len()).take_while(|&b| size(b) == n).count()
    };
    let h = starts[hb];
    if n < 2 || rows < 2 || (hb == 1 && h != n && h != n + 1) {
        return Err(NotATable("the blocks are no header and rows"));
    }
    if ps[..h].iter().any(|p| {
        let t = p.text();
        t.chars().count() > MAX_HEADER_CHARS || t.contains(['。', '；', ';'])
    }) {
        return Err(NotATable("the first block is no header"));
    }
    let mut fitted = acc.clone();
    let (columns, groups) = if hb == 2 {
        // (Or groups side by side, each over years: `种植面积（万亩）` `产值（亿元）` over `2020年`
        // `2025年` `2020年` `2025年`.)
        let mut side = acc.clone();
        let columns = fit_header(&ps[..h], Some(n), &mut side);
        if side.column_groups.len() >= 2 && columns.len() == n {
            // (Its report of the two rows is made below, as for the groups one over another.)
            let groups = std::mem::take(&mut side.column_groups);
            fitted.joins = side.joins;
            (columns, groups)
        } else {
            block_header(&ps[..h], n, &mut fitted)
                .ok_or(NotATable("the first blocks are no header of two rows"))?
        }
    } else {
        (fit_header(&ps[..h], Some(n), &mut fitted), Vec::new())
    };
    if columns.len() != n || fitted.warnings.len() > acc.warnings.len() {
        return Err(NotATable("the first block does not fit the rows"));
    }
    let mut trial = fitted;
    let mut table_rows = Vec::with_capacity(rows);
    // Under a category column (`类别`, `层级`), a block one line short has left its category to
    // the block above (written on its group's first row only).
    // (Not where no column after it holds names: `任务类别` over years and 合计 names each
    // row.)
    let names_after = columns.iter().skip(1).any(|c| {
        !is_year_header(c)
            && !names_values(c)
            && !is_total_label(c)
            && !names_rate(c)
            && !names_level(c)
            && bracketed_unit(c).is_none()
    });
    // (Or, whatever the column's name, `学段`, where every whole block opens with words and
    // every block one short with a value, as the column after it holds: `小学` `24` `19500`
    // `8700`, then `36` `27200` `12600`.)
    // (Or where every whole block opens with a time and every block one short with none: a
    // year written once over its rows, `2021年` `校园食品安全守护行动` `中小学…`, then
    // `农村假冒伪劣食品专项整治` `农村集贸市场…`.)
    let opens_by_kind = || {
        let firsts = |len: usize, kind: &dyn Fn(&str) -> bool| -> Vec<bool> {
            (hb..hb + rows)
                .filter(|&b| size(b) == len)
                .filter_map(|b| ps.get(starts[b]).map(|p| kind(&p.text())))
                .collect()
        };
        let split = |kind: &dyn Fn(&str) -> bool, whole_is: bool| {
            let (whole_rows, short_rows) = (firsts(n, kind), firsts(n.saturating_sub(1), kind));
            !whole_rows.is_empty()
                && !short_rows.is_empty()
                && whole_rows.iter().all(|&v| v == whole_is)
                && short_rows.iter().all(|&v| v != whole_is)
        };
        split(&|t| is_value_cell(t), false) || split(&|t| names_time(t), true)
    };
    // (Or a level, `层级`, `林长层级`.)
    let category_first = names_after
        && (columns
            .first()
            .is_some_and(|c| is_category_header(c) || names_level_column(c))
            || opens_by_kind());
    let mut category: Option<String> = None;
    let mut merged = false;
    for b in hb..hb + rows {
        let mut cells = ps[starts[b]..starts[b] + size(b)].to_vec();
        if let Some(stopped) = stopped_twice(b) {
            for &i in stopped.iter().rev() {
                merge_at(&mut cells, i, &mut trial, "split cell");
            }
        }
        if let Some(i) = split_at(b).filter(|_| cells.len() >= n) {
            merge_at(&mut cells, i, &mut trial, "split cell");
        }
        // (Unless the cells fit the columns clearly better with the gap elsewhere: a `类别` of
        // the rows' own names over rows that lost their last cell.)
        if cells.len() + 2 == n {
            // (Where the cells fit the rows read so far, two at least: their cells after the
            // first column's; else the whole blocks', the first column's among them.)
            let (read, off) = if table_rows.len() >= 2 {
                (&table_rows, 0)
            } else {
                (&whole, 1)
            };
            // (Where the cells fit a gap under two years or more alike, the first year's: a
            // baseline not yet there, `白及` `1.2` `3.0` `5.4` without its first 产值.)
            let first_dated = || first_year_gap(read, off, &cells, &columns, 1);
            // (Or, the last block undecided, its last cell: a cell left empty at the table's
            // end, `百姓健身房` `结合商务楼宇…设置` with no 服务半径, as a note may say.)
            let last_block = b + 1 == hb + rows;
            let gap = category.as_ref().filter(|_| category_first).and_then(|c| {
                profile_gap(read, off, &cells, 1)
                    .or_else(first_dated)
                    .or_else(|| last_block.then_some(cells.len()))
                    .map(|g| (c.clone(), g))
            });
            // (Or, no category merged, a row of a name and figures two short where a total row
            // stands above or right below (`合计` first, right under the header): its figures
            // where they fit the rows best, the sums with the total then placing them,
            // `gap_by_total`.)
            let total_near = table_rows.iter().any(|r| is_total_label(&r.name))
                || starts
                    .get(b + 1)
                    .and_then(|&at| ps.get(at))
                    .is_some_and(|p| is_total_label(&p.text()));
            if gap.is_none() && !category_first && total_near && table_rows.len() >= 2 {
                if let Some(gaps) = cheapest_gaps(&table_rows, &cells[1..], 2) {
                    table_rows.push(row_with_gaps(
                        &cells,
                        &gaps,
                        &columns,
                        &mut trial.warnings,
                        "2 values missing",
                    ));
                    continue;
                }
            }
            let Some((c, g)) = gap else {
                break;
            };
            let mut row: Vec<String> = std::iter::once(String::new())
                .chain(texts(&cells))
                .collect();
            row.insert((g + 1).min(row.len()), String::new());
            trial.warnings.push((
                cells.first().map_or(0, Piece::first_no),
                format!(
                    "row {}: its category left to the row above and no cell under `{}`; left empty",
                    cells.first().map(Piece::text).unwrap_or_default(),
                    columns.get(g + 1).map_or("", String::as_str)
                ),
            ));
            table_rows.push(named_row(row, Some(c)));
            merged = true;
            continue;
        }
        // (Not where the block's first cell is out of the kind of the column after the
        // category's, words over a column of figures: `节水型灌区（处）` `2` `县水利局` under
        // 载体类型 2020年已建成 2025年累计目标 牵头单位 is a row of its own that lacks a figure.)
        let first_fits_next = || {
            Profile::of(&whole, 0, n).is_none_or(|p| {
                cells
                    .first()
                    .is_none_or(|c| p.kind_with(amount_of(&c.text()), 1, false) == 0.0)
            })
        };
        // (Of its kind however long: a name over two lines joined, `黄精（多花黄精、滇黄精）`
        // beside `天麻`.)
        if cells.len() + 1 == n && category_first && first_fits_next() {
            // (A mark of no entry, `/`, opens no category: the row's own first cell; nor does a
            // name over two lines left open, `黄精（多花黄精、` / `滇黄精）`.)
            let marked = cells.first().is_some_and(|c| is_placeholder(&c.text()));
            let split_name = split_at(b) == Some(0);
            // (A grand total, `合计`, is of no group: its label under the category's column,
            // the name's left empty; a `小计` is its group's.)
            let grand = cells.first().is_some_and(|c| {
                ["合计", "总计", "共计"].contains(&strip_spaces(&c.text()).as_str())
            });
            if grand && category.is_some() {
                let mut row = texts(&cells);
                row.insert(1, String::new());
                table_rows.push(named_row(row, None));
                category = None;
                continue;
            }
            // (Where no place fits clearly best, the first column's not far from the best: not
            // a row that lost one of two figures alike, `新港科创商务片区` … `36` under the 2025
            // and 2030 areas, its words fitting no column of figures.)
            let gap_first = || match profile_gap(&whole, 0, &cells, 0) {
                Some(g) => g == 0,
                None => gap_choices(&whole, 0, &cells, 1, 0, false).is_none_or(|choices| {
                    let best = choices.first().map_or(0.0, |c| c.0);
                    choices
                        .iter()
                        .any(|(cost, g)| cost - best < 1.0 && g.first() == Some(&0))
                }),
            };
            // (Under a column of levels, `层级`, a first cell that names a level as every
            // category so far does, `社区级商业` after `市级商圈` and `区域级商圈`, where no name
            // so far names one: the block opens its own group and lacks a later cell.)
            // (Of a category's size: not a name that holds a level, `泓州高新区国家级科技企业
            // 孵化器` under `国家级`, `县政协主席（县级林长）` under `县级`.)
            let longest = table_rows
                .iter()
                .filter_map(|r| r.group.as_deref())
                .map(|g| g.chars().count())
                .max()
                .unwrap_or(0);
            let own_level = columns.first().is_some_and(|c| names_level_column(c))
                && cells.first().is_some_and(|c| {
                    let t = c.text();
                    t.contains('级')
                        && t.chars().count() <= longest
                        && !t.contains(['（', '(', '、'])
                })
                && !table_rows.is_empty()
                && table_rows
                    .iter()
                    .all(|r| r.group.as_deref().is_some_and(|g| g.contains('级')))
                && !table_rows
                    .iter()
                    .any(|r| r.cells.get(1).is_some_and(|n| n.contains('级')));
            if own_level {
                // (Its gap after the name, where the cells fit best, else the last column's.)
                let g = profile_gap(&whole, 0, &cells, 2).unwrap_or(cells.len());
                let mut row = one_short_row(
                    &cells,
                    g,
                    &columns,
                    &mut trial.warnings,
                    "a group of its own",
                );
                category = cells.first().map(Piece::text);
                row.group = category.clone();
                table_rows.push(row);
                continue;
            }
            if let Some(c) = category
                .as_ref()
                .filter(|_| marked || split_name || gap_first())
            {
                let row = std::iter::once(String::new())
                    .chain(texts(&cells))
                    .collect();
                table_rows.push(named_row(row, Some(c.clone())));
                merged = true;
                continue;
            }
        }
        // (A name over two lines in a row of its group, as many lines as a group's first row:
        // `柘塘区妇幼保健院医育结合` / `示范托育园` under `柘塘街道`, longer than every category
        // and ending as none of the whole blocks' first cells does. Or a cell of the row
        // stopped after `；` that goes on in the next line: `丝绸厂生活区` `1988—1995年`
        // `基础类：…改造；` / `完善类：…`, under `城南街道`.)
        if cells.len() == n && n >= 3 && category_first && category.is_some() {
            let first = cells[0].text();
            let others: Vec<&String> = whole
                .iter()
                .filter_map(|r| r.cells.first())
                .filter(|c| **c != first)
                .collect();
            let longest = others.iter().map(|c| c.chars().count()).max().unwrap_or(0);
            let last = first.chars().last();
            let second = cells[1].text();
            let lone_ending = others.len() >= 2 && !others.iter().any(|c| c.chars().last() == last);
            // (Not where the second is as long as the names of its column usually are, a name
            // whole: `刘志刚汽车电气技能大师工作室` under a long category, `新能源汽车及零部件`;
            // `示范托育园` is a name's end. Unless the first is twice as long as every category,
            // no category at all: `马坪乡坳头村至石门乡石门村` / `联村供水工程` beside `马坪乡`.)
            let names: Vec<&str> = whole
                .iter()
                .filter_map(|r| r.cells.get(1).map(String::as_str))
                .collect();
            let named_whole =
                names.len() >= 2 && second.chars().count() as f64 * 3.0 >= median_len(&names) * 2.0;
            let far_longer = first.chars().count() >= 2 * longest;
            let long_name = first.chars().count() > longest + 2
                && !is_value_cell(&second)
                && !is_placeholder(&second)
                && (!named_whole || far_longer);
            let open: Vec<usize> = (1..n - 1)
                .filter(|&i| ends_open(&cells[i].text()))
                .collect();
            // (A line left open first: `…石漠化综合治理，` / `统筹协调…` after a long name.)
            // (Or a name's last few characters after it, no name of their own, as other names
            // end: `杉木溪二级` / `水电站` under `青溪乡`, beside `青溪一级水电站`; not `全区`
            // after `城市治理`, a place.)
            let short_tail = second.chars().count() <= 3
                && !is_value_cell(&second)
                && !is_placeholder(&second)
                && !is_numberish(&second)
                && whole.iter().any(|r| {
                    r.cells
                        .get(1)
                        .is_some_and(|c| c != &second && c.ends_with(second.as_str()))
                });
            let at = match open.as_slice() {
                [i] => Some(*i),
                _ if long_name || short_tail => Some(0),
                _ => None,
            };
            // (Whatever the first cell ends in, where the one line left open stops at a comma or
            // an enumeration comma, which no cell ends in, before words: `…集聚区，` / `发展文商旅
            // 融合业态`, `梧桐路街道、` / `枫林街道`, the category left to the block above.)
            let stopped_mid_cell = match open.as_slice() {
                [i] => {
                    cells[*i].text().ends_with(['，', ',', '、'])
                        && cells.get(i + 1).is_some_and(|x| {
                            let t = x.text();
                            !is_value_cell(&t) && !is_placeholder(&t) && !is_numberish(&t)
                        })
                }
                _ => false,
            };
            if (lone_ending || stopped_mid_cell)
                && at.is_some_and(|i| merge_at(&mut cells, i, &mut trial, "split cell"))
            {
                let row = std::iter::once(String::new())
                    .chain(texts(&cells))
                    .collect();
                table_rows.push(named_row(row, category.clone()));
                merged = true;
                continue;
            }
        }
        // (A block as long as a row whose cells are out of the whole rows' kinds, a figure
        // under a column of places, and that has a line stopped at a `，`: a row short of a cell,
        // the line going on in the next, `沔川港城精细化工园区` `3.85` … `…居民286户，` /
        // `完成园区…` where 所在区县 is left to the row above.)
        if cells.len() == n && n >= 4 {
            let profile = Profile::of(&whole, 0, n);
            let misfits = profile.as_ref().is_some_and(|p| {
                cells
                    .iter()
                    .enumerate()
                    .skip(1)
                    .any(|(c, x)| p.kind(amount_of(&x.text()), c) > 0.0)
            });
            if let Some(i) = comma_at(b).filter(|_| misfits) {
                let mut joined = cells.clone();
                let mut scratch = trial.clone();
                merge_at(&mut joined, i, &mut scratch, "split cell");
                if let Some(g) = profile_gap(&whole, 0, &joined, 1) {
                    trial = scratch;
                    table_rows.push(one_short_row(
                        &joined,
                        g,
                        &columns,
                        &mut trial.warnings,
                        "a cell over two lines and one cell missing",
                    ));
                    continue;
                }
            }
        }
        if cells.len() + 1 == n {
            // (Never the first column's: a row has its name. Where no place fits clearly, the
            // table ends before the block; but among columns of years alone, the first year's,
            // a new item's first year, which a note may move.)
            // (Or among columns of levels and counts, `国家级` … `传统建筑（栋）`, the first.)
            let years_only = !names_after
                && columns.iter().skip(1).all(|c| {
                    is_year_header(c)
                        || is_total_label(c)
                        || names_level(c)
                        || bracketed_unit(c).is_some()
                })
                && cells.iter().skip(1).all(|p| is_value_cell(&p.text()));
            // (Or, the cells fitting a gap under any of two or more years alike, the first
            // year's, a baseline, as a plan never leaves out a target: `节水型灌区（处）` `2`
            // `县水利局` under 2020年已建成 2025年累计目标.)
            let first_year = || first_year_gap(&whole, 0, &cells, &columns, 0);
            // (Or, of columns about as good before the last, the last of them: `新城镇` `9`
            // `社区服务综合体…` under 新建设施（处） 改扩建设施（处）, a note may move it.)
            let Some(g) = profile_gap(&whole, 0, &cells, 1)
                .or(years_only.then_some(1))
                .or_else(first_year)
                .or_else(|| profile_gap_among_best(&whole, 0, &cells))
            else {
                break;
            };
            let mut row = texts(&cells);
            row.insert(g, String::new());
            trial.warnings.push((
                cells.first().map_or(0, Piece::first_no),
                format!(
                    "row {}: no cell under `{}`; left empty",
                    row[0],
                    columns.get(g).map_or("", String::as_str)
                ),
            ));
            table_rows.push(named_row(row, None));
            continue;
        }
        if cells.len() == n + 1 {
            // A line that opens with a word that goes on from the one before (`为文化展示…`
            // after `工业遗存改造`), or after a line stopped at a comma (`…第一层面街区，`),
            // else the join that fits the whole rows clearly best.
            let mut goes_on = (1..cells.len())
                .filter(|&i| {
                    goes_on_from_before(&cells[i].text())
                        || stops_mid_phrase(&cells[i - 1].text())
                        || cells[i - 1].text().ends_with('，')
                })
                .map(|i| i - 1)
                .collect::<Vec<_>>();
            goes_on.dedup();
            let at = match goes_on.as_slice() {
                [i] => Some(*i),
                _ => profile_join(&whole, 0, &cells),
            };
            let Some(i) = at else {
                return Err(NotATable("a block one line longer with no cell to join"));
            };
            merge_at(&mut cells, i, &mut trial, "split cell");
        }
        if category_first {
            category = cells.first().map(Piece::text);
        }
        table_rows.push(named_row(texts(&cells), category.clone()));
    }
    let mut rows = table_rows.len();
    if rows < 2 {
        return Err(NotATable("the blocks are no header and rows"));
    }
    // A total's block after the rows, shorter than they are (`合计` `186` `260`), each figure
    // under the column it sums.
    if let Some(&at) = starts.get(hb + rows) {
        let len = starts.get(hb + rows + 1).copied().unwrap_or(ps.len()) - at;
        let total = trailing_total(&ps[at..], &table_rows, n).filter(|(_, used)| *used == len);
        if let Some((row, _)) = total {
            table_rows.push(row);
            rows += 1;
        }
    }
    if !merged {
        // (No category left to the row above: each row's first cell is its own.)
        table_rows.iter_mut().for_each(|r| r.group = None);
    }
    *acc = trial;
    let used = starts.get(hb + rows).copied().unwrap_or(ps.len());
    if !groups.is_empty() {
        note_two_row_header(ps, &columns, &groups, acc);
        acc.column_groups = groups;
    }
    acc.columns = columns;
    acc.rows = table_rows;
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!("a table read by its row blocks ({n} columns, {rows} rows): check that each cell is under its column"),
    ));
    Ok(Shape { used })
}

/// A numbered title line of the text (`4.推进城中村改造`, `（2）加强监管`): a label and a short
/// title with no sentence in it.
pub(super) fn is_title_of_text(t: &str) -> bool {
    label(t).is_some_and(|l| {
        let n = l.rest.chars().count();
        (2..=40).contains(&n) && !l.rest.contains(['。', '；', ';', '，', ','])
    })
}

/// Rows anchored by the attribute words only (no number column): the attribute column's
/// position comes from the cells after the last attribute, the row width from the distance
/// between attributes.
pub(super) fn attribute_rows(
    ps: &[Piece],
    captioned: bool,
    acc: &mut Acc,
) -> Result<Shape, NotATable> {
    let before = acc.clone();
    if let Some(shape) = attribute_blocks(ps, acc) {
        return Ok(shape);
    }
    *acc = before.clone();
    if let Some(shape) = attribute_segments(ps, acc) {
        return Ok(shape);
    }
    *acc = before;
    let attrs: Vec<usize> = ps
        .iter()
        .enumerate()
        .filter(|(_, p)| is_attr(&p.text()))
        .map(|(i, _)| i)
        .collect();
    let attrs = with_total_rows(ps, attrs);
    let (Some(&a0), Some(&alast)) = (attrs.first(), attrs.last()) else {
        return Err(NotATable("no attribute words"));
    };
    if attrs.len() < 2 && !captioned {
        return Err(NotATable("one row only"));
    }
    let after_attr = ps[alast + 1..]
        .iter()
        .take_while(|p| {
            let t = p.text();
            let prose = t.chars().count() > 60 && t.contains('。');
            !prose && !is_attr(&t)
        })
        .count()
        .min(6);
    let dists: Vec<usize> = attrs.windows(2).map(|w| w[1] - w[0]).collect();
    // The row width: a distance between attributes (most frequent first) whose header, the
    // short cells before the first row, has as many columns.
    let mut widths: Vec<usize> = dists.clone();
    widths.sort_by_key(|&d| {
        (
            std::cmp::Reverse(dists.iter().filter(|&&x| x == d).count()),
            d,
        )
    });
    widths.dedup();
    // Narrower widths too: a row may hold a cell split in two.
    let narrower: Vec<usize> = widths
        .iter()
        .flat_map(|&d| [d.saturating_sub(1), d.saturating_sub(2)])
        .collect();
    widths.extend(narrower);
    // (More header cells than `k`: a header of two rows, `2025年目标` over `目标值` `年均增速`.)
    let fits = |h: &[Piece], k: usize| {
        h.len() >= 2
            && h.iter().all(is_header_cell)
            && match fit_header(h, None, &mut Acc::default()).len() {
                n if n > k => fit_header(h, Some(k), &mut Acc::default()).len() == k,
                n => n == k,
            }
    };
    // Category rows of their own (`旅游经济` over its rows, one cell): rows of `k` cells, two
    // of them at least (the first among them) one short group name longer, the header before the
    // first one.
    let group_rows = |k: usize| {
        let Some(before) = k.checked_sub(1 + after_attr) else {
            return false;
        };
        let Some(s0) = a0.checked_sub(before).filter(|&s| s >= 3) else {
            return false;
        };
        let opens = |from: usize, a: usize| {
            a.checked_sub(from) == Some(before + 1)
                && ps.get(from).is_some_and(|p| is_group_name(&p.text()))
        };
        let first = opens(s0 - 1, a0);
        let later = attrs
            .windows(2)
            .filter(|w| opens(w[0] + after_attr + 1, w[1]))
            .count();
        // (Not under a category column, whose cells open their groups' first rows.)
        let category_column = ps.first().is_some_and(|p| is_category_header(&p.text()));
        first && later >= 1 && !category_column && fits(&ps[..s0 - 1], k)
    };
    let header_fits = |k: usize| {
        let Some(before) = k.checked_sub(1 + after_attr) else {
            return false;
        };
        let Some(s0) = a0.checked_sub(before).filter(|&s| s >= 2) else {
            return false;
        };
        fits(&ps[..s0], k) || group_rows(k)
    };
    // Rows that end at their attribute under a header that ends with the attribute's column
    // (`类别` `指标名称` `2025年` `2030年` `指标性质`): the header is the cells up to it, however
    // long the rows are (a category on some, a name over two paragraphs on others).
    let attribute_header = (after_attr == 0)
        .then(|| {
            ps[..a0]
                .iter()
                .position(|p| names_attribute_column(&p.text()))
        })
        .flatten()
        .filter(|&h| h >= 2 && h + 1 < a0 && ps[..=h].iter().all(is_header_cell))
        // (Not a header of two rows, `属性` then `目标值` `年均增速` under `2025年目标`.)
        // (Only under a category column first, its first row opening with its category.)
        .filter(|&h| {
            let t = ps[h + 1].text();
            is_category_header(&ps[0].text())
                && !(has_header_word(&t)
                    || names_values(&t)
                    || names_year(&t)
                    || names_column(&t)
                    || names_period(&t)
                    || starts_with_period_mark(&t)
                    || ends_with_period_mark(&t))
        })
        .map(|h| (h, fit_header(&ps[..=h], None, &mut Acc::default()).len()))
        .filter(|&(h, n)| n >= 3 && n < a0 - h);
    let k = match attribute_header.map(|(_, n)| n) {
        Some(n) => n,
        None => match widths.iter().copied().find(|&k| header_fits(k)) {
            Some(k) => k,
            None => match mode(&dists) {
                Some(k) => k,
                None => {
                    // One row: the header is every short cell before the row's cells.
                    let h = ps[..a0]
                        .iter()
                        .take_while(|p| has_header_word(&p.text()))
                        .count();
                    h.max(2)
                }
            },
        },
    };
    let before = k.checked_sub(1 + after_attr).ok_or(NotATable(
        "rows narrower than the cells after the attribute",
    ))?;
    let grouped = group_rows(k) && !fits(&ps[..a0 - before], k);
    let mut start0 = match attribute_header {
        Some((h, _)) => h + 1,
        None => header_end(ps, a0, before + usize::from(grouped))?,
    };
    // (A header on lines of its own, a block as wide as the rows, and the first row one piece
    // over them: the first row's name over two lines, `县镇村三级退役军人服务中心（站）` /
    // `规范化建设达标率`, not a header cell.)
    if let Some(h) = (1..ps.len()).find(|&i| ps[i].gap > 0) {
        if h + 1 == start0 && h == k && a0 == h + before + 1 && fits(&ps[..h], k) {
            start0 = h;
        }
    }
    // (A year after the header so read is its last cell, the first row one short: `2025年`
    // before `用水总量控制指标（亿立方米）` `3.05` … with its unit in its name.)
    while start0 + 1 < a0
        && is_year_header(&ps[start0].text())
        && !is_year_header(&ps[start0 + 1].text())
        && ps[..start0].iter().any(|p| is_year_header(&p.text()))
    {
        start0 += 1;
    }
    // (A header that fits the rows only without its last piece: the first row's name over two
    // paragraphs, `乡镇快递物流综合服务站` / `覆盖率`, before its attribute.)
    if start0 >= 3 && !fits(&ps[..start0], k) && fits(&ps[..start0 - 1], k) && {
        let t = ps[start0 - 1].text();
        let short_values = names_values(&t) && t.chars().count() <= MAX_COLUMN_NAME_CHARS / 2;
        !(names_column(&t) || names_year(&t) || short_values)
    } {
        start0 -= 1;
    }
    acc.columns = fit_header(&ps[..start0], Some(k), acc);
    // A category column first (类别, 领域): a row one cell short has it merged with the rows
    // above (written on the first row of its group only).
    let category_first = acc.columns.first().is_some_and(|c| is_category_header(c));
    let grouped = grouped && !category_first;
    let mut category: Option<String> = None;
    let mut merged = false;
    let mut s = start0;
    let mut used = start0;
    for &a in &attrs {
        let e = (a + after_attr + 1).min(ps.len());
        if e <= s {
            continue;
        }
        let mut row: Vec<Piece> = ps[s..e].to_vec();
        let no = row.first().map_or(0, Piece::first_no);
        let mut fa = row
            .iter()
            .position(|p| is_attr(&p.text()))
            .unwrap_or(before);
        if grouped && fa == before + 1 && row.first().is_some_and(|p| is_group_name(&p.text())) {
            let name = row.remove(0).text();
            acc.rows.push(TableRow {
                kind: RowKind::Category,
                number: None,
                name,
                group: None,
                cells: Vec::new(),
            });
            fa -= 1;
        }
        // (Under a category column, a row with its category and one piece too many, the
        // third a measure's end, `…规模（公顷）`, and the first no phrase stopped open: the
        // name over two paragraphs, `存量盘活` / `年均低效建设用地` / `减量化规模（公顷）`.)
        let name_split = category_first
            && fa == before + 1
            && row.len() > 2
            && !stops_mid_phrase(&row[0].text())
            && [&row[1], &row[2]].iter().all(|p| {
                let t = p.text();
                !is_value_cell(&t) && !is_placeholder(&t) && !is_attr(&t)
            })
            && {
                let t = row[2].text();
                bracketed_unit(&t).is_some() || names_measure(&t)
            };
        if name_split && merge_at(&mut row, 1, acc, "split cell") {
            fa -= 1;
        }
        while fa > before && fa > 1 && merge_at(&mut row, 0, acc, "split cell") {
            fa -= 1;
        }
        // (A whole row under a category whose first cell is longer than every category so
        // far and whose second is a name's last few characters, `公园绿地服务半径` / `覆盖率`,
        // or a measure's with its unit, `海洋生产总值占地区生产总值` / `比重（%）`: one name split
        // over two paragraphs, the category merged.)
        // (Or one short too, the measure's end with its unit, `耕地质量长期定位监测点` /
        // `数量（个）`, a value vanished as well.)
        // (Or a share's name, which no category is: `其中：改造提升高标准` / `农田面积（万亩）`.)
        let share_over_two = category_first
            && fa == before
            && fa >= 3
            && category.is_some()
            && row.first().is_some_and(|p| opens_sub_row(&p.text()))
            && row.get(1).is_some_and(|p| {
                let t = p.text();
                let named = bracketed_unit(&t).is_some_and(|(name, _)| name.chars().count() >= 2);
                !is_value_cell(&t)
                    && !is_placeholder(&t)
                    && !is_attr(&t)
                    && (!is_unit_like(&t) || named)
            });
        // (Or a measure's end with its unit after a first cell longer by four than every
        // category so far: `列入名录的历史建筑` / `挂牌保护率（%）` after `名录保护`; or any
        // name's end with its unit, `重点区域1:1万地质灾害` / `风险调查（平方公里）`.)
        // The first cell's size against every category so far (`n`, a category's `c`).
        let first_beside_categories = |longer: &dyn Fn(usize, usize) -> bool| {
            row.first().is_some_and(|p| {
                let n = p.text().chars().count();
                let mut groups = acc
                    .rows
                    .iter()
                    .filter_map(|r| r.group.as_deref())
                    .peekable();
                groups.peek().is_some() && groups.all(|c| longer(n, c.chars().count()))
            })
        };
        let far_longer_first = first_beside_categories(&|n, c| c + 4 <= n);
        // (Or longer by half, before a measure of a work done on it with its unit:
        // `地质灾害风险区` / `管控覆盖率（%）` after `灾害防治`.)
        let half_longer_first = first_beside_categories(&|n, c| c * 3 <= n * 2);
        let split_name = category_first
            && (fa == before || fa + 1 == before)
            && fa >= 3
            && category.is_some()
            && row.get(1).is_some_and(|p| {
                let t = p.text();
                let measure = bracketed_unit(&t).is_some_and(|(name, _)| {
                    (2..=3).contains(&name.chars().count())
                        && !name.chars().any(|c| c.is_ascii_digit())
                }) || (fa + 1 == before
                    && bracketed_unit(&t).is_some_and(|(name, _)| names_measure_end(&name)))
                    || (far_longer_first
                        && bracketed_unit(&t).is_some_and(|(name, _)| {
                            names_measure_end(&name)
                                || names_measure(&name)
                                || (name.chars().count() >= 2
                                    && !name.chars().any(|c| c.is_ascii_digit()))
                        }))
                    || (half_longer_first
                        && bracketed_unit(&t).is_some_and(|(name, _)| {
                            names_measure(&name) && measures_a_work(&name)
                        }));
                measure
                    || (t.chars().count() <= 3
                        && !is_value_cell(&t)
                        && !is_numberish(&t)
                        && !is_placeholder(&t)
                        && !is_unit_like(&t))
            })
            && row.first().is_some_and(|p| {
                let n = p.text().chars().count();
                acc.rows
                    .iter()
                    .filter_map(|r| r.group.as_deref())
                    .all(|c| c.chars().count() < n)
            });
        if (split_name || share_over_two) && merge_at(&mut row, 0, acc, "split cell") {
            fa -= 1;
        }
        // (Two short, the first cell a name: the category merged and a value left out.)
        let two_short = fa + 2 == before
            && category.is_some()
            && name_first_of_two_short(&acc.rows, &row[..fa]);
        // (One short, its first cell a new category rather than a name: the row opens a group
        // and lacks a value, `实施机制` `…公众参与率` `%` `≥90` `100` `预期性`, its cells fitting
        // the rows above clearly better so than shifted under a merged category.)
        // (Never a cell with its unit in brackets: `海洋生产总值年均增速（%）` is a name; so is
        // one with a rate's unit, `年均食品安全抽检量（批次/千人）`.)
        let opens_short = category_first
            && category.is_some()
            && fa + 1 == before
            && fa >= 3
            && row.first().is_none_or(|p| {
                let t = p.text();
                bracketed_unit(&t).is_none()
                    && !bracket_tail(&t)
                        .is_some_and(|(name, unit)| name.chars().count() >= 2 && unit.contains('/'))
            })
            && opens_group_one_short(&acc.rows, &row[..fa], before - 1);
        if category_first && category.is_some() && !opens_short && (fa + 1 == before || two_short) {
            row.insert(0, empty_piece(no, 0));
            acc.short_rows.push(no);
            merged = true;
            fa += 1;
        } else if category_first && (fa == before || opens_short) {
            category = row.first().map(Piece::text);
        }
        if fa < before {
            // One cell short: where the rows above show it belongs, else the unit's when the
            // name carries its unit (`水产品总产量（万吨）` `35.2`), else the rate's beside a
            // target in words, else the baseline's (a new indicator without a 2020 value), else
            // before the attribute.
            let from = usize::from(category_first) + 1;
            let gap = (fa + 1 == before && fa >= from)
                .then(|| {
                    // (A row's cells after its first, which is its name.)
                    profile_gap(&acc.rows, 0, &row[1..fa], from - 1)
                        .map(|g| g + 1)
                        .or_else(|| {
                            let name = row.get(from - 1).map(Piece::text).unwrap_or_default();
                            let unit_column = from;
                            let after = row.get(from).map(Piece::text).unwrap_or_default();
                            (bracketed_unit(&name).is_some()
                                && acc
                                    .columns
                                    .get(unit_column)
                                    .is_some_and(|c| strip_spaces(c).ends_with("单位"))
                                && (is_value_cell(&after) || !is_unit_like(&after)))
                            .then_some(unit_column)
                        })
                        .or_else(|| {
                            // (Or a cell with a figure where no unit above writes one, a rank
                            // for baseline and target, `全市第6位` `全市前3位`: the indicator has
                            // no unit.)
                            let unit_column = from;
                            let after = row.get(from).map(Piece::text).unwrap_or_default();
                            let figure = |t: &str| t.chars().any(|c| c.is_ascii_digit());
                            let units: Vec<&String> = acc
                                .rows
                                .iter()
                                .filter(|r| r.kind == RowKind::Item)
                                .filter_map(|r| r.cells.get(unit_column - 1))
                                .filter(|c| !c.is_empty())
                                .collect();
                            (acc.columns
                                .get(unit_column)
                                .is_some_and(|c| strip_spaces(c).ends_with("单位"))
                                && units.len() >= 2
                                && units.iter().all(|u| !figure(u) && is_unit_like(u))
                                && figure(&after)
                                && after.chars().count() >= 4
                                && !is_placeholder(&after))
                            .then_some(unit_column)
                        })
                        .or_else(|| {
                            // (Words for the last value, `控制在…以内`: a target, and no
                            // rate of growth beside it; nor beside a share or a rate, a ratio
                            // `…比重` `…覆盖率`, unless its last value is written as a rate's,
                            // `〔8〕`.)
                            let last = row.get(fa - 1).map(Piece::text).unwrap_or_default();
                            let name = row.get(from - 1).map(Piece::text).unwrap_or_default();
                            let ratio = ["比重", "占比", "比例", "率", "满意度"]
                                .iter()
                                .any(|w| name.contains(w))
                                && !last.contains(['〔', '［', '[', '%']);
                            Some(before - 1)
                                .filter(|&r| r >= from)
                                .filter(|&r| acc.columns.get(r).is_some_and(|c| names_rate(c)))
                                .filter(|_| is_target_in_words(&last) || ratio)
                        })
                        .or_else(|| baseline_column(&acc.columns, 0, from, before))
                })
                .flatten()
                .filter(|&g| g <= fa);
            let left = gap
                .and_then(|g| acc.columns.get(g))
                .map_or(String::new(), |c| format!(" under `{c}`"));
            acc.warnings.push((
                no,
                format!(
                    "row {}: {} cell(s) missing before the attribute; left empty{left}",
                    row.first().map(Piece::text).unwrap_or_default(),
                    before - fa
                ),
            ));
            if let Some(g) = gap {
                row.insert(g, empty_piece(no, 0));
                fa += 1;
            }
            while fa < before {
                row.insert(fa, empty_piece(no, 0));
                fa += 1;
            }
        }
        if row.len() > k {
            acc.warnings.push((
                no,
                format!("row {}: {} cells where the header has {k}; the extra ones kept at the end of the row", row.first().map(Piece::text).unwrap_or_default(), row.len()),
            ));
        }
        let mut cells = texts(&row);
        while cells.len() < k {
            cells.push(String::new());
        }
        acc.rows.push(named_row(
            cells,
            category.clone().filter(|_| category_first),
        ));
        s = e;
        used = e;
    }
    if !merged {
        for r in &mut acc.rows {
            r.group = None;
        }
    }
    Ok(Shape { used })
}

/// The attribute cells `attrs` with the placeholders that stand in the attribute column of total
/// rows (`小计` `242` `320` `—`): a total row a row's width (the usual distance between
/// attributes) after an attribute, its placeholder where the next attribute would be, between
/// two rows or after the last.
pub(super) fn with_total_rows(ps: &[Piece], attrs: Vec<usize>) -> Vec<usize> {
    let dists: Vec<usize> = attrs.windows(2).map(|w| w[1] - w[0]).collect();
    let Some(w) = mode(&dists).filter(|&w| w >= 2) else {
        return attrs;
    };
    let total_at = |a: usize| {
        ps.get(a + 1).is_some_and(|p| is_total_label(&p.text()))
            && ps.get(a + w).is_some_and(|p| is_placeholder(&p.text()))
    };
    let mut out = Vec::with_capacity(attrs.len());
    for (i, &a) in attrs.iter().enumerate() {
        out.push(a);
        let mut at = a;
        let next = attrs.get(i + 1).copied();
        while next.is_none_or(|n| n > at + w) && total_at(at) {
            at += w;
            out.push(at);
        }
    }
    out
}

/// A measure of a work done, opening with the work's verb (`管控覆盖率`, `治理销号率`): the end
/// of a name whose first words name what the work is done on (`地质灾害风险区`).
fn measures_a_work(t: &str) -> bool {
    const WORKS: [&str; 10] = [
        "管控", "治理", "整治", "改造", "修复", "监测", "处置", "保护", "安装", "挂牌",
    ];
    let t = strip_spaces(t);
    names_measure(&t) && WORKS.iter().chain(&TASK_VERBS).any(|v| t.starts_with(v))
}

/// Pushes a row of a table anchored by attributes: a row of the group above (not `opens`) with
/// its merged first cell empty, else one that opens a group (`category`, kept for the rows after
/// it when the column is `merged`); the cells it lacks at its end empty. Whether it lacked some.
pub(super) fn push_attribute_row(
    acc: &mut Acc,
    mut row: Vec<Piece>,
    opens: bool,
    k: usize,
    merged: bool,
    category: &mut Option<String>,
) -> bool {
    let no = row.first().map_or(0, Piece::first_no);
    let end = row.last().map_or(0, |p| p.end);
    if opens {
        *category = row.first().map(Piece::text);
    } else {
        row.insert(0, empty_piece(no, end));
        acc.short_rows.push(no);
    }
    let short = row.len() < k;
    while row.len() < k {
        row.push(empty_piece(no, end));
    }
    acc.rows
        .push(named_row(texts(&row), category.clone().filter(|_| merged)));
    short
}

/// A cell that can name a group of rows written as a row of its own: a few words, no figure,
/// bracket or punctuation (`旅游经济`, `生态环境`).
pub(super) fn is_group_name(t: &str) -> bool {
    // (Its label aside, `一、就业`.)
    let labelled = group_label(t);
    let t = labelled.as_ref().map_or(t, |g| g.1.as_str());
    let n = t.chars().count();
    (2..=8).contains(&n)
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || "（）()【】[]，。、；：:,;%‰".contains(c) || is_space(c))
        && !is_attr(t)
        && !is_placeholder(t)
}

/// Whether a row two cells short before its attribute (`pieces`), under a category column,
/// reads as a row of the group above with one value left out, its first cell a name, rather than
/// as one that writes its own category and leaves out its last two values: that fits the rows
/// above (`rows`, their cells after the category) better by a whole misfit at least
/// (`能源消费总量` `万吨标准煤` `215` `控制在…以内`: a unit under 指标 and words under 2020年
/// otherwise).
pub(super) fn name_first_of_two_short(rows: &[TableRow], pieces: &[Piece]) -> bool {
    let n = pieces.len();
    let Some(profile) = Profile::of(rows, 0, n + 1).filter(|_| n >= 2) else {
        // (Too few rows to compare with: a first cell that names a measure with its unit,
        // `…比例（%）`, is a name.)
        return n >= 2
            && pieces.first().is_some_and(|p| {
                let t = p.text();
                names_measure(bracket_tail(&t).map_or(t.as_str(), |(name, _)| name))
            });
    };
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let as_name = (1..=n)
        .map(|g| profile.cost_with_gaps(&texts, &[g]))
        .min_by(f64::total_cmp)
        .unwrap_or(f64::INFINITY);
    let as_category = profile.cost_with_gaps(&texts[1..], &[n - 1, n]);
    as_category - as_name >= 1.0
}

/// Header cells after a 属性 column that name what rows may leave empty (`备注`, `说明`,
/// `责任单位`), not the lower row of a two-row header (`2020年` `2025年`, `现状值`).
pub(super) fn notes_after_attribute(columns: &[String]) -> bool {
    // (Each names a column, `备注`, `责任单位`: not a group's name that opens the first row,
    // `旅游经济`.)
    !columns.is_empty()
        && columns.iter().all(|c| {
            !names_year(c)
                && !is_bare_year(c)
                && !names_values(c)
                && !c.is_empty()
                && (has_header_word(c)
                    || ["部门", "主体", "牵头", "配合", "依据", "来源", "口径"]
                        .iter()
                        .any(|w| c.contains(w)))
        })
}

/// Rows in cells separated by blank lines, anchored by their attribute word, under a header
/// whose 属性 column has columns after it (`备注`) that most rows leave empty, the empty cells
/// vanished: the pieces between two attributes are the cells after the first one's attribute
/// and the cells before the next one's. The next row takes as many as the columns before the
/// attribute (a new group's row, its first cell the merged category), or one fewer (a row of
/// the group above); the row before takes the rest, at most as many as the columns after the
/// attribute. Of two such readings, a new group's row, unless the piece is nearer in length to
/// the notes read so far than to the categories. `None` unless every row reads so, two at least.
pub(super) fn attribute_segments(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    let attrs: Vec<usize> = (0..ps.len()).filter(|&i| is_attr(&ps[i].text())).collect();
    let &a0 = attrs.first()?;
    let h = ps[..a0]
        .iter()
        .position(|p| p.parts.len() == 1 && names_attribute_column(&p.text()))?;
    // The first row holds its category: as many cells before its attribute as the header has.
    let s0 = a0.checked_sub(h).filter(|&s| s > h + 1)?;
    let after = s0 - h - 1;
    if attrs.len() < 2
        || h < 2
        || !ps[..s0]
            .iter()
            .all(|p| p.parts.len() == 1 && is_header_cell(p))
    {
        return None;
    }
    let columns: Vec<String> = column_names(&ps[..s0]);
    if !notes_after_attribute(&columns[h + 1..]) {
        return None;
    }
    let k = columns.len();
    // Each row: its pieces, and whether it opens a group.
    let mut rows: Vec<(Vec<Piece>, bool)> = vec![(ps[s0..=a0].to_vec(), true)];
    let len = |p: &Piece| p.text().chars().count() as f64;
    for w in attrs.windows(2) {
        let seg = &ps[w[0] + 1..w[1]];
        let n = seg.len();
        // (cells after the attribute, whether the next row opens a group)
        let options: Vec<(usize, bool)> = (0..=after.min(n))
            .filter_map(|x| match n - x {
                y if y == h => Some((x, true)),
                y if y + 1 == h => Some((x, false)),
                _ => None,
            })
            .collect();
        let (x, opens) = match options.as_slice() {
            [one] => *one,
            [a, b, ..] => {
                let mean =
                    |v: Vec<f64>| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
                let notes = mean(
                    rows.iter()
                        .flat_map(|(r, _)| r.iter().skip(h + 1))
                        .map(len)
                        .collect(),
                );
                let categories = mean(
                    rows.iter()
                        .filter(|(_, o)| *o)
                        .filter_map(|(r, _)| r.first().map(len))
                        .collect(),
                );
                let first = seg.first().map_or(0.0, len);
                let note_like = matches!((notes, categories), (Some(nl), Some(cl))
                    if (first - nl).abs() < (first - cl).abs());
                let (new_group, note) = if a.1 { (*a, *b) } else { (*b, *a) };
                if note_like {
                    note
                } else {
                    new_group
                }
            }
            [] => return None,
        };
        if let Some((last, _)) = rows.last_mut() {
            last.extend_from_slice(&seg[..x]);
        }
        rows.push((ps[w[0] + 1 + x..=w[1]].to_vec(), opens));
    }
    // After the last attribute: its cells, up to a note or prose.
    let alast = *attrs.last()?;
    let tail = ps[alast + 1..]
        .iter()
        .take(after)
        .take_while(|p| {
            let t = p.text();
            p.parts.len() == 1 && !is_note_start(&t) && !is_stop(&t) && t.chars().count() <= 60
        })
        .count();
    if let Some((last, _)) = rows.last_mut() {
        last.extend_from_slice(&ps[alast + 1..alast + 1 + tail]);
    }
    acc.columns = columns;
    let merged = rows.iter().any(|(_, opens)| !opens);
    let mut category: Option<String> = None;
    let mut short = 0;
    for (row, opens) in rows {
        if push_attribute_row(acc, row, opens, k, merged, &mut category) {
            short += 1;
        }
    }
    if short > 0 {
        acc.warnings.push((
            ps.get(s0).map_or(0, Piece::first_no),
            format!(
                "{short} row(s) end at their attribute, before `{}`: the cells after it left empty",
                acc.columns[h + 1..].join("` `")
            ),
        ));
    }
    Some(Shape {
        used: alast + 1 + tail,
    })
}

/// Rows in blocks (one cell per line, a blank line after each row) anchored by their attribute
/// word, under a header block naming a 属性 column: each block is a row. Cells after the
/// attribute stand under the columns after it, and those a row lacks (an empty 备注 that
/// vanished) are empty; a block one cell short before its attribute is a row of a merged first
/// column (`一级指标`), its cell left to the block above that has it; more cells before the
/// attribute than columns, a name written over two lines. The rows end at the first block that
/// holds no attribute word or two. `None` unless the pieces are such blocks, two rows at least.
pub(super) fn attribute_blocks(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    // The blocks: from each piece after a blank line to the next.
    let starts: Vec<usize> = (0..ps.len()).filter(|&i| i == 0 || ps[i].gap > 0).collect();
    let block = |b: usize| -> &[Piece] {
        let from = starts.get(b).copied().unwrap_or(ps.len());
        let to = starts.get(b + 1).copied().unwrap_or(ps.len());
        ps.get(from..to).unwrap_or(&[])
    };
    let header = block(0);
    if header.len() < 3
        || ps.iter().any(|p| p.parts.len() != 1)
        || !header.iter().all(is_header_cell)
    {
        return None;
    }
    let columns: Vec<String> = column_names(header);
    let a = columns.iter().position(|c| names_attribute_column(c))?;
    let k = columns.len();
    // (Or values after the attribute, where a block holds one piece more after it than the
    // columns there: a value over two lines, each with its qualifier in brackets,
    // `75.6%（建成区）` / `80.2%（新建地区）`; the blocks are the rows.)
    let notes = notes_after_attribute(&columns[a + 1..]);
    let after = k - a - 1;
    // Each row block: where its attribute stands.
    let mut rows: Vec<(&[Piece], usize)> = Vec::new();
    for b in 1..starts.len() {
        let cells = block(b);
        let attrs: Vec<usize> = (0..cells.len())
            .filter(|&i| is_attr(&cells[i].text()))
            .collect();
        match attrs.as_slice() {
            [i] if *i + 1 >= a && cells.len() - i - 1 <= after => rows.push((cells, *i)),
            [i] if !notes && *i >= a && cells.len() - i - 1 == after + 1 => {
                rows.push((cells, *i));
            }
            _ => break,
        }
    }
    if rows.len() < 2 || rows.iter().all(|&(_, i)| i != a) {
        return None;
    }
    let qualified = |t: &str| t.ends_with(['）', ')']) && bracket_tail(t).is_some();
    let value_pair = |cells: &[Piece], i: usize| {
        (i + 1..cells.len().saturating_sub(1))
            .find(|&j| qualified(&cells[j].text()) && qualified(&cells[j + 1].text()))
    };
    let values_over_two = rows.len() >= 3
        && rows
            .iter()
            .all(|&(cells, i)| i >= a && cells.len() - i - 1 <= after + 1)
        && rows
            .iter()
            .any(|&(cells, i)| cells.len() - i - 1 == after + 1)
        && rows
            .iter()
            .all(|&(cells, i)| cells.len() - i - 1 <= after || value_pair(cells, i).is_some());
    if !notes && !values_over_two {
        return None;
    }
    // A merged first column: some rows one cell short of it.
    let merged = a >= 2 && rows.iter().any(|&(_, i)| i + 1 == a);
    acc.columns = columns;
    let short: Vec<usize> = rows
        .iter()
        .filter(|(cells, i)| cells.len() - i - 1 < after)
        .filter_map(|(cells, _)| cells.first().map(Piece::first_no))
        .collect();
    if let Some(&first) = short.first() {
        acc.warnings.push((
            first,
            format!(
                "{} row(s) end at their attribute, before `{}`: the cells after it left empty",
                short.len(),
                acc.columns[a + 1..].join("` `")
            ),
        ));
    }
    let mut category: Option<String> = None;
    for (cells, i) in &rows {
        let mut row: Vec<Piece> = cells.to_vec();
        if cells.len() - i - 1 > after {
            if let Some(j) = value_pair(cells, *i) {
                merge_at(&mut row, j, acc, "split cell");
            }
        }
        let mut fa = *i;
        let name_at = usize::from(merged);
        while fa > a && merge_at(&mut row, name_at.min(fa - 1), acc, "split cell") {
            fa -= 1;
        }
        let opens = !(merged && fa + 1 == a);
        push_attribute_row(acc, row, opens, k, merged, &mut category);
    }
    let used = starts.get(rows.len() + 1).copied().unwrap_or(ps.len());
    Some(Shape { used })
}

/// Rows of an indicator table whose cells stand one per paragraph, each row ending at its
/// attribute word under a header that ends at its 属性 column: `类别` (merged over its group,
/// optional) `指标` `单位`, value columns, `属性`. A row lacks the value cells the scraper dropped
/// (a 累计 column filled in two rows only, a baseline a new indicator has not), so its values
/// are placed by their kind: a bracketed figure (`[12500]`) under the column of totals over the
/// period, the gaps there first, then under the baseline; each row's name is the cells before its
/// unit, a category before the name where the column is one. `None` unless every row reads so,
/// two at least, and one of them lacks a value (rows as wide as the header are read by
/// [`attribute_rows`]).
pub(super) fn sparse_attribute_rows(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    let attrs: Vec<usize> = (0..ps.len()).filter(|&i| is_attr(&ps[i].text())).collect();
    let (&a0, &alast) = (attrs.first()?, attrs.last()?);
    let h = ps[..a0]
        .iter()
        .position(|p| names_attribute_column(&p.text()))?;
    if attrs.len() < 2
        || h < 3
        || !ps[..=h]
            .iter()
            .all(|p| p.parts.len() == 1 && is_header_cell(p))
    {
        return None;
    }
    let columns = column_names(&ps[..=h]);
    let cat = usize::from(is_category_header(&columns[0]));
    let unit = cat + 1;
    if !strip_spaces(&columns[unit]).contains("单位") {
        return None;
    }
    // The value columns: `unit + 1 .. h`.
    let m = h.checked_sub(unit + 1).filter(|&m| m >= 2)?;
    let total = (0..m).find(|&i| columns[unit + 1 + i].contains("累计"));
    let baseline = baseline_column(&columns, unit + 1, 0, m);
    let bracketed = |t: &str| {
        let t = strip_spaces(t);
        t.starts_with(['[', '［']) && t.ends_with([']', '］'])
    };
    let mut rows: Vec<TableRow> = Vec::new();
    let mut category: Option<String> = None;
    let mut short = Vec::new();
    let mut prev = h;
    for &a in &attrs {
        let seg = ps.get(prev + 1..a)?;
        prev = a;
        // The unit: of the cells that can be one after a name (and its category), with at
        // least a value after it, the shortest (`户`, not `公租房在保户数`).
        let u = (1..seg.len().min(4))
            .filter(|&i| {
                let t = seg[i].text();
                is_unit_like(&t) && !is_bare_amount(&t) && !is_placeholder(&t)
            })
            .min_by_key(|&i| seg[i].text().chars().count())?;
        let (pre, vals) = (&seg[..u], &seg[u + 1..]);
        if pre.is_empty() || pre.len() > 3 || vals.is_empty() || vals.len() > m {
            return None;
        }
        // A category opens the row where its column is one: a short group name before a name.
        let opens = cat == 1 && pre.len() >= 2 && is_group_name(&pre[0].text());
        if opens {
            category = Some(pre[0].text());
        } else if cat == 1 && category.is_none() {
            return None;
        }
        let name_parts = &pre[usize::from(opens)..];
        if name_parts.len() > 2 {
            return None;
        }
        if let [x, y] = name_parts {
            acc.join(x, y, "split cell");
        }
        let name: String = name_parts.iter().map(Piece::text).collect();
        // Where the values stand: the gaps under the period's total unless a value is one,
        // then under the baseline.
        let texts: Vec<String> = vals.iter().map(Piece::text).collect();
        let mut gaps: Vec<usize> = Vec::new();
        let mut left = m - vals.len();
        if left > 0 {
            if let Some(t) = total.filter(|_| !texts.iter().any(|t| bracketed(t))) {
                gaps.push(t);
                left -= 1;
            }
        }
        if left > 0 {
            if let Some(b) = baseline.filter(|b| !gaps.contains(b)) {
                gaps.push(b);
                left -= 1;
            }
        }
        if left > 0 {
            return None;
        }
        // The row's cells, one per column.
        let mut cells: Vec<String> = Vec::with_capacity(h + 1);
        if cat == 1 {
            cells.push(if opens { pre[0].text() } else { String::new() });
        }
        cells.push(name);
        cells.push(seg[u].text());
        let mut it = texts.into_iter();
        for i in 0..m {
            let cell = if gaps.contains(&i) {
                String::new()
            } else {
                it.next().unwrap_or_default()
            };
            // (A period's total under another column: not this layout.)
            if total.is_some_and(|t| t != i) && bracketed(&cell) {
                return None;
            }
            cells.push(cell);
        }
        cells.push(ps[a].text());
        if !gaps.is_empty() {
            short.push(seg[0].first_no());
        }
        rows.push(named_row(cells, category.clone().filter(|_| cat == 1)));
    }
    if short.is_empty() {
        return None;
    }
    let placed = match total {
        Some(t) => format!(
            "a period's total (`[…]`) under `{}`, the cells left empty there first, then under \
             the baseline",
            columns[unit + 1 + t]
        ),
        None => "the cells left empty under the baseline".to_string(),
    };
    acc.warnings.push((
        short[0],
        format!(
            "{} row(s) lack value cells: each value placed by its kind, {placed}",
            short.len()
        ),
    ));
    acc.columns = columns;
    acc.rows.extend(rows);
    Some(Shape { used: alast + 1 })
}

/// Item rows read out of their columns: a cell under the `单位` column (of `columns`) that is
/// neither empty nor a unit, or an attribute word (`预期性`) not under the `属性` column.
pub(super) fn misplaced_in_columns(columns: &[String], rows: &[TableRow]) -> usize {
    let at = |w: &str| columns.iter().position(|c| strip_spaces(c).contains(w));
    let (unit, attr) = (at("单位"), at("属性"));
    rows.iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter(|r| {
            let cells: Vec<&String> = std::iter::once(&r.name).chain(&r.cells).collect();
            let bad_unit = unit
                .and_then(|u| cells.get(u))
                .is_some_and(|t| !t.is_empty() && !is_unit_like(t) && !is_placeholder(t));
            let bad_attr =
                attr.is_some_and(|a| cells.iter().enumerate().any(|(i, t)| i != a && is_attr(t)));
            bad_unit || bad_attr
        })
        .count()
}
