//! Placing a row's vanished empty cells: by its total, by a merged column, by searching the
//! placings.

use super::*;

/// A row whose vanished cell was left empty in the wrong place among its numbers, where only one
/// other place makes every column sum to the total row under them (or to the subtotal of its
/// group and the total, `白及` `1.2` `3.0` `5.4` without its 2020 产值) (`8` `监测监管平台建设`
/// `全县` `…` `1200` `2022—2023年` under 修复面积 and 估算投资, `合计` `12339.5` `91000`: `1200` is
/// the investment; `临湍高新技术产业开发区` `18` `5` `3` `26`, its 居民小区 vanished, not its
/// 小计). Its empty cell moves there, the numbers between it shifting over, and the report of the
/// gap says where and why.
pub(super) fn gap_by_total(acc: &mut Acc) {
    let is_total = |r: &TableRow| {
        is_total_label(&r.name) || r.cells.first().is_some_and(|c| is_total_label(c))
    };
    let total_rows: Vec<usize> = (0..acc.rows.len())
        .filter(|&i| acc.rows[i].kind == RowKind::Item && is_total(&acc.rows[i]))
        .collect();
    if total_rows.is_empty() {
        return;
    }
    let sub =
        |r: &TableRow| r.name.starts_with("其中") || r.cells.iter().any(|c| c.starts_with("其中"));
    let is_item = |i: usize| {
        acc.rows[i].kind == RowKind::Item && !total_rows.contains(&i) && !sub(&acc.rows[i])
    };
    // (Subtotals, `小计` after each group, sum the items since the total before them; another
    // total, every item.)
    let subtotal = |r: &TableRow| {
        strip_spaces(&r.name) == "小计"
            || r.cells.first().is_some_and(|c| strip_spaces(c) == "小计")
    };
    let mut checks: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut from = 0;
    for &t in &total_rows {
        // (A lone total sums every item, before it or after.)
        let of = if subtotal(&acc.rows[t]) && total_rows.len() > 1 {
            from..t
        } else {
            0..acc.rows.len()
        };
        checks.push((t, of.filter(|&i| is_item(i)).collect()));
        from = t + 1;
    }
    let items: Vec<usize> = (0..acc.rows.len()).filter(|&i| is_item(i)).collect();
    if items.len() < 2 {
        return;
    }
    let rows = &acc.rows;
    // (An empty cell or a placeholder adds nothing; words make no sum.)
    let amount = |x: &str| match x {
        "" => Some(0.0),
        x if is_placeholder(x) => Some(0.0),
        x => sum_amount(x),
    };
    // Whether every total is its column's sum, row `r` read as `cells`.
    let sums_with = |r: usize, cells: &[String]| -> Option<bool> {
        let mut all = true;
        let mut any = false;
        for (t, of) in &checks {
            for (c, x, total) in rows[*t]
                .cells
                .iter()
                .enumerate()
                .filter_map(|(c, x)| sum_amount(x).map(|v| (c, x, v)))
            {
                let mut s = Some(0.0);
                for &i in of {
                    let row: &[String] = if i == r { cells } else { &rows[i].cells };
                    s = s
                        .zip(amount(row.get(c).map_or("", String::as_str)))
                        .map(|(a, b)| a + b);
                }
                // (A count of the names, `9个` under 便民服务中心, sums no column.)
                let s = match s {
                    None if counts_things(x) => continue,
                    s => s?,
                };
                any = true;
                all &= sums_close(total, s);
            }
        }
        any.then_some(all)
    };
    if sums_with(usize::MAX, &[]) != Some(false) {
        return;
    }
    // (The row, its empty cells, the places they move to.)
    let mut fits: Vec<(usize, Vec<usize>, Vec<usize>)> = Vec::new();
    for &i in &items {
        let cells = &rows[i].cells;
        let empty: Vec<usize> = (0..cells.len()).filter(|&c| cells[c].is_empty()).collect();
        if empty.is_empty() || empty.len() > MOST_GAPS {
            continue;
        }
        for places in choose_places(cells.len(), empty.len()) {
            if places == empty {
                continue;
            }
            let moved = with_gaps_at(cells, &places);
            // (Only numbers shift over.)
            let shifted_words = (0..cells.len()).any(|c| {
                moved[c] != cells[c] && !moved[c].is_empty() && sum_amount(&moved[c]).is_none()
            });
            if !shifted_words && sums_with(i, &moved) == Some(true) {
                fits.push((i, empty.clone(), places));
            }
        }
    }
    let [(i, ref was, ref now)] = fits[..] else {
        return;
    };
    let column = |c: usize| acc.columns.get(c + 1).cloned().unwrap_or_default();
    let names = |cs: &[usize]| {
        cs.iter()
            .map(|&c| format!("`{}`", column(c)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (was_names, now_names) = (names(was), names(now));
    let label = row_label(&rows[i]);
    // (The report of the gaps as first placed: under their columns, or at the row's end. A row
    // under a merged category is reported by its own name, its first cell.)
    let named = |m: &str| {
        m.contains(&format!("row {label}:"))
            || rows[i]
                .cells
                .first()
                .is_some_and(|c| !c.is_empty() && m.contains(&format!("row {c}:")))
    };
    let Some(w) = acc.warnings.iter().position(|(_, m)| {
        named(m)
            && (m.contains(&format!("under {was_names}")) || m.contains("left empty at the end"))
    }) else {
        return;
    };
    acc.rows[i].cells = with_gaps_at(&acc.rows[i].cells, now);
    acc.warnings[w].1 = if was.len() == 1 {
        format!(
            "row {label}: a cell missing; left empty under {now_names}, not {was_names}: only so \
             does every column sum to the total row"
        )
    } else {
        format!(
            "row {label}: {} cells missing; left empty under {now_names}, not {was_names}: only \
             so does every column sum to the total row",
            was.len()
        )
    };
}

/// Every choice of `k` places among `n`, in order.
pub(super) fn choose_places(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    for _ in 0..k {
        out = out
            .into_iter()
            .flat_map(|c| {
                let from = c.last().map_or(0, |&l| l + 1);
                (from..n).map(move |g| {
                    let mut c = c.clone();
                    c.push(g);
                    c
                })
            })
            .collect();
    }
    out
}

/// `cells` with their empty cells at `places` instead, the others in order around them.
pub(super) fn with_gaps_at(cells: &[String], places: &[usize]) -> Vec<String> {
    let mut written = cells.iter().filter(|c| !c.is_empty());
    (0..cells.len())
        .map(|c| {
            if places.contains(&c) {
                String::new()
            } else {
                written.next().cloned().unwrap_or_default()
            }
        })
        .collect()
}

/// Rows one cell short whose gap no row alone could place (each left empty at the end) lack
/// a cell merged over them from the row above, when one column takes every such gap so that
/// their cells fit the whole rows' columns as well as at the end and share clearly more of their
/// words, all rows together:
/// `保护类别` written once for its rows (`风貌保护街坊`, `优秀历史建筑`) and each row's
/// `修缮方式` after its address. Three such rows at least; each report says where and why.
pub(super) fn gaps_of_a_merged_column(acc: &mut Acc) {
    let width = acc.columns.len().saturating_sub(1);
    if width < 3 {
        return;
    }
    let whole: Vec<TableRow> = acc
        .rows
        .iter()
        .filter(|r| {
            r.kind == RowKind::Item
                && r.cells.len() == width
                && r.cells.iter().all(|c| !c.is_empty())
        })
        .cloned()
        .collect();
    let Some(profile) = Profile::of(&whole, 0, width) else {
        return;
    };
    // (The rows, each with its report.)
    let short: Vec<(usize, usize)> = acc
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.kind == RowKind::Item
                && r.cells.len() == width
                && r.cells.last().is_some_and(String::is_empty)
                && r.cells.iter().filter(|c| c.is_empty()).count() == 1
        })
        .filter_map(|(i, r)| {
            let l = row_label(r);
            acc.warnings
                .iter()
                .position(|(_, m)| {
                    m.starts_with(&format!("row {l}: ")) && m.ends_with("left empty at the end")
                })
                .map(|w| (i, w))
        })
        .collect();
    if short.len() < 3 {
        return;
    }
    let cost = |g: usize| -> f64 {
        short
            .iter()
            .map(|&(i, _)| {
                let texts = &acc.rows[i].cells[..width - 1];
                profile.cost_with_gaps(texts, &[g])
            })
            .sum()
    };
    // The words the rows' cells share with the whole rows' cells of the columns they stand in
    // (`修缮` `改造` under 修缮方式, `历史建筑` under 保护类别): pairs of characters in common.
    let pairs = |t: &str| -> Vec<(char, char)> {
        let c: Vec<char> = t.chars().filter(|c| c.is_alphanumeric()).collect();
        let mut v: Vec<(char, char)> = c.windows(2).map(|w| (w[0], w[1])).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let vocabulary: Vec<Vec<(char, char)>> = (0..width)
        .map(|c| {
            let mut v: Vec<(char, char)> = whole.iter().flat_map(|r| pairs(&r.cells[c])).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let shared = |g: usize| -> usize {
        short
            .iter()
            .map(|&(i, _)| {
                let texts = &acc.rows[i].cells[..width - 1];
                let mut columns = (0..width).filter(|&c| c != g);
                texts
                    .iter()
                    .map(|t| {
                        let c = columns.next().unwrap_or(0);
                        pairs(t)
                            .iter()
                            .filter(|p| vocabulary[c].binary_search(p).is_ok())
                            .count()
                    })
                    .sum::<usize>()
            })
            .sum()
    };
    let last = width - 1;
    let (at_end, shared_at_end) = (cost(last), shared(last));
    // A column (never the row's name's) where the cells fit their columns as well as with the
    // gaps at the end, and share clearly more words with them: one pair a row more at least,
    // and the one such column.
    let better: Vec<usize> = (1..last)
        .filter(|&g| cost(g) <= at_end + 0.25 && shared(g) >= shared_at_end + short.len())
        .collect();
    let [g] = better[..] else {
        return;
    };
    let column = acc.columns.get(g + 1).cloned().unwrap_or_default();
    let n = short.len();
    for (i, w) in short {
        let row = &mut acc.rows[i];
        row.cells.pop();
        row.cells.insert(g, String::new());
        let l = row_label(row);
        if let Some(m) = acc.warnings.get_mut(w) {
            m.1 = format!(
                "row {l}: a cell missing; left empty under `{column}`, merged over it from a row \
                 above: so the cells of the {n} rows so short share the words of their columns"
            );
        }
    }
}

/// The most steps of the search for the placing of a schedule's vanished cells that
/// [`schedule_rows`] takes (each step one row's placing tried, a sum over its total cutting the
/// rest of a branch).
pub(super) const MOST_PLACINGS: usize = 200_000;

/// The placings of the short rows (`options`: each row's figures and the ways to place them)
/// that make every column sum to `totals`, depth first from option `o`, `sums` the column sums
/// so far: a sum over its total (figures are not negative) ends a branch. Stops at a second
/// placing found or when `steps` run out.
pub(super) fn search_placings(
    o: usize,
    options: &[(&[f64], Vec<Vec<usize>>)],
    sums: &mut [f64],
    totals: &[f64],
    choice: &mut Vec<usize>,
    found: &mut Vec<Vec<usize>>,
    steps: &mut usize,
) {
    if found.len() > 1 || *steps == 0 {
        return;
    }
    let Some((values, fits)) = options.get(o) else {
        if sums.iter().zip(totals).all(|(s, t)| sums_close(*t, *s)) {
            found.push(choice.clone());
        }
        return;
    };
    for (f, at) in fits.iter().enumerate() {
        *steps = steps.saturating_sub(1);
        if *steps == 0 {
            return;
        }
        for (v, &c) in values.iter().zip(at) {
            sums[c] += v;
        }
        let over = sums
            .iter()
            .zip(totals)
            .any(|(s, t)| *s > *t && !sums_close(*t, *s));
        if !over {
            choice.push(f);
            search_placings(o + 1, options, sums, totals, choice, found, steps);
            choice.pop();
        }
        for (v, &c) in values.iter().zip(at) {
            sums[c] -= v;
        }
        if found.len() > 1 {
            return;
        }
    }
}

/// A row's one empty cell under a column of bodies (`责任单位`) right after a column of places
/// (`建设地点`) that holds bodies and no place (`区林长制办公室`): the bodies are the row's and
/// its place is the cell that vanished, so the two cells change places. Returns the report's
/// lines.
pub(super) fn bodies_out_of_places(table: &mut Table) -> Vec<String> {
    let column = |j: usize| {
        table
            .columns
            .get(j + 1)
            .map(|c| strip_spaces(c))
            .unwrap_or_default()
    };
    let places = |h: &str| names_place_column(h) || h.ends_with("地点") || h.ends_with("地址");
    let place_in = |t: &str| {
        t.split(['、', '，', ','])
            .any(|p| names_a_place(p) || p.starts_with('全') || p.ends_with("沿线"))
    };
    let mut out = Vec::new();
    for row in table.rows.iter_mut().filter(|r| r.kind == RowKind::Item) {
        let Some(j) = only_empty_cell(row, 0) else {
            continue;
        };
        let Some(k) = j.checked_sub(1) else { continue };
        let (to, from) = (column(j), column(k));
        let moves = ends_as_bodies_column(&to)
            && places(&from)
            && row
                .cells
                .get(k)
                .is_some_and(|c| names_bodies(c) && !place_in(&strip_spaces(c)));
        if moves {
            row.cells.swap(j, k);
            out.push(format!(
                "row {}: bodies under `{to}` and no cell under `{from}`, where they name no place",
                row.name
            ));
        }
    }
    out
}

/// A row's one empty cell moves to the baseline's column where the table's figures say so:
/// three columns of figures, the third the second less the first in every row whole in them
/// (`2030年床位数（张）` less `2025年床位数（张）` is `新增床位数（张）`), and the row's two
/// figures equal, as a new thing's are with nothing at the baseline (`县精神卫生中心（新建）`
/// `150` `150`): the cells from the baseline's column to the empty one move over by one.
/// Returns the report's lines.
pub(super) fn gaps_placed_by_differences(table: &mut Table) -> Vec<String> {
    /// Rows whole in the three columns that show the difference, at least.
    const MIN_WHOLE_ROWS: usize = 2;
    /// Columns of figures weighed at most (their triples grow as the cube).
    const MOST_FIGURE_COLUMNS: usize = 12;
    let near = |a: f64, b: f64| (a - b).abs() < 1e-6 * a.abs().max(b.abs()).max(1.0);
    let figure = |r: &TableRow, j: usize| r.cells.get(j).and_then(|c| sum_amount(c));
    let items: Vec<usize> = (0..table.rows.len())
        .filter(|&r| table.rows[r].kind == RowKind::Item)
        .collect();
    let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // (The columns that hold figures in two rows at least.)
    let figured: Vec<usize> = (0..width)
        .filter(|&j| {
            items
                .iter()
                .filter(|&&r| figure(&table.rows[r], j).is_some())
                .count()
                >= MIN_WHOLE_ROWS
        })
        .collect();
    let mut report = Vec::new();
    if figured.len() > MOST_FIGURE_COLUMNS {
        return report;
    }
    for &a in &figured {
        for &b in figured.iter().filter(|&&b| b > a) {
            for &c in figured.iter().filter(|&&c| c != a && c != b) {
                let whole: Vec<(f64, f64, f64)> = items
                    .iter()
                    .filter_map(|&r| {
                        let row = &table.rows[r];
                        Some((figure(row, a)?, figure(row, b)?, figure(row, c)?))
                    })
                    .collect();
                if whole.len() < MIN_WHOLE_ROWS
                    || !whole.iter().all(|&(x, y, z)| near(y - x, z))
                    || whole.iter().all(|&(_, _, z)| near(z, 0.0))
                {
                    continue;
                }
                for &r in &items {
                    let row = &mut table.rows[r];
                    let Some(g) = only_empty_cell(row, 0).filter(|&g| g > a && (g == b || g == c))
                    else {
                        continue;
                    };
                    let mut cells = row.cells.clone();
                    cells[a..=g].rotate_right(1);
                    let equal = figure_pair(&cells, b, c).is_some_and(|(y, z)| near(y, z));
                    if !equal || !cells[a].is_empty() {
                        continue;
                    }
                    row.cells = cells;
                    report.push(format!(
                        "row {}: no figure under `{}`, where its figures under `{}` and `{}` are equal as the difference of the columns makes them",
                        row.name,
                        table.columns.get(a + 1).map_or("", String::as_str),
                        table.columns.get(b + 1).map_or("", String::as_str),
                        table.columns.get(c + 1).map_or("", String::as_str),
                    ));
                }
            }
        }
    }
    report
}

/// The figures of cells `b` and `c`, both figures.
fn figure_pair(cells: &[String], b: usize, c: usize) -> Option<(f64, f64)> {
    Some((sum_amount(cells.get(b)?)?, sum_amount(cells.get(c)?)?))
}
