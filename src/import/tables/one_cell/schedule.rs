//! Schedule tables: rows of years or phases and the totals that sum them.

use super::*;

/// A schedule by year under a caption: a header of a name column, two years at least and perhaps
/// a total column (`乡镇` `2026年` … `2030年` `合计`), then rows of a name and its figures, where a
/// year with nothing to do has its cell vanished (`城关镇` `0.30` `0.25` `0.55`: two years and
/// the total), and a total row last. The figures of the rows short of cells go where every
/// column sums to the total row and each row's figures to its own total, when one placing
/// does so; the report says where each gap went and why. `None` when the pieces read so
/// otherwise, or no single placing fits.
pub(super) fn schedule_rows(ps: &[Piece], acc: &mut Acc) -> Option<Shape> {
    let figure = |p: &Piece| {
        let t = p.text();
        sum_amount(&t).is_some()
    };
    // (A name may hold its second line in brackets: `茶园乡` / `（含国有茶场）`; or go on in
    // it from a bracket or a route's dash left open: `105路（县城—龙井乡—` / `桃坪乡）`.)
    let name = |p: &Piece| {
        let t = p.text();
        (p.parts.len() == 1
            || (p.parts.len() == 2
                && (p.parts[1].starts_with(['（', '(']) || splits_open(&p.parts[0], &p.parts[1]))))
            && !figure(p)
            && !is_placeholder(&t)
            && !is_note_start(&t)
            && !is_stop(&t)
    };
    // The header: a name column, then years, then perhaps a total.
    // (It ends before the first row's name, the piece before the first figure.)
    let h = ps.iter().position(figure)?.checked_sub(1)?;
    if !ps[..h].iter().all(is_header_cell) {
        return None;
    }
    let header: Vec<String> = column_names(ps.get(..h)?);
    let years = header.iter().skip(1).filter(|c| is_year_header(c)).count();
    let total_column = header.last().is_some_and(|c| is_total_label(c));
    if h < 3 || years < 2 || years + 1 + usize::from(total_column) != h {
        return None;
    }
    let width = h - 1;
    // (A schedule of a plan's years: a dozen columns at most keeps the placings few.)
    if width > 12 {
        return None;
    }
    // The rows: a name and one figure at least, as many as the columns at most.
    let mut rows: Vec<(usize, Vec<f64>, Vec<String>)> = Vec::new();
    let mut i = h;
    while ps.get(i).is_some_and(name) {
        let values: Vec<&Piece> = ps[i + 1..].iter().take_while(|v| figure(v)).collect();
        if values.is_empty() || values.len() > width {
            break;
        }
        rows.push((
            i,
            values
                .iter()
                .filter_map(|v| sum_amount(&v.text()))
                .collect(),
            values.iter().map(|v| v.text()).collect(),
        ));
        i += 1 + values.len();
    }
    let end = i;
    let whole = rows.iter().filter(|r| r.1.len() == width).count();
    let short = rows.len() - whole;
    if rows.len() < 3 || whole < 2 || short == 0 {
        return None;
    }
    // The total row: the last, whole, labelled as a total.
    let (last_at, last_values, _) = rows.last()?;
    if !is_total_label(&ps[*last_at].text()) || last_values.len() != width {
        return None;
    }
    let totals = last_values.clone();
    let items = &rows[..rows.len() - 1];
    // Every way to place each short row's figures, in order, among the columns.
    fn placings(n: usize, width: usize) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = vec![Vec::new()];
        for k in 0..n {
            out = out
                .into_iter()
                .flat_map(|c| {
                    let from = c.last().map_or(0, |&l| l + 1);
                    // (Room for the figures after this one.)
                    let to = width - (n - k - 1);
                    (from..to).map(move |g| {
                        let mut c = c.clone();
                        c.push(g);
                        c
                    })
                })
                .collect();
        }
        out
    }
    // (Each row's figures to its own total first: it rules out most placings.)
    let own_total_ok = |values: &[f64], at: &[usize]| {
        !total_column || {
            let mut cells = vec![0.0; width];
            for (v, &c) in values.iter().zip(at) {
                cells[c] = *v;
            }
            sums_close(cells[width - 1], cells[..width - 1].iter().sum())
        }
    };
    // (Figures are not negative: a column summing over its total ends a branch.)
    if items.iter().any(|r| r.1.iter().any(|v| *v < 0.0)) {
        return None;
    }
    let mut options: Vec<(usize, Vec<Vec<usize>>)> = Vec::new();
    for (r, (_, values, _)) in items.iter().enumerate() {
        if values.len() == width {
            continue;
        }
        let fits: Vec<Vec<usize>> = placings(values.len(), width)
            .into_iter()
            .filter(|at| own_total_ok(values, at))
            .collect();
        if fits.is_empty() {
            return None;
        }
        options.push((r, fits));
    }
    // The column sums of the whole rows, then of each placing.
    let mut base = vec![0.0; width];
    for (_, values, _) in items.iter().filter(|r| r.1.len() == width) {
        for (c, v) in values.iter().enumerate() {
            base[c] += v;
        }
    }
    let searched: Vec<(&[f64], Vec<Vec<usize>>)> = options
        .iter()
        .map(|(r, fits)| (items[*r].1.as_slice(), fits.clone()))
        .collect();
    let mut found_all: Vec<Vec<usize>> = Vec::new();
    let mut steps = MOST_PLACINGS;
    search_placings(
        0,
        &searched,
        &mut base,
        &totals,
        &mut Vec::new(),
        &mut found_all,
        &mut steps,
    );
    // (One placing only, found within the steps: none else may fit either.)
    let found: Option<Vec<usize>> = match found_all.as_slice() {
        [one] if steps > 0 => Some(one.clone()),
        _ => None,
    };
    let found = found?;
    let mut table_rows: Vec<TableRow> = Vec::new();
    for (r, (at, _, written)) in rows.iter().enumerate() {
        let mut cells = vec![String::new(); width];
        let place: Vec<usize> = match options.iter().position(|(x, _)| *x == r) {
            Some(o) => options[o].1[found[o]].clone(),
            None => (0..written.len()).collect(),
        };
        for (t, &c) in written.iter().zip(&place) {
            cells[c] = t.clone();
        }
        let label = ps[*at].text();
        if place.len() < width {
            let empty: Vec<String> = (0..width)
                .filter(|c| !place.contains(c))
                .map(|c| format!("`{}`", header.get(c + 1).map_or("", String::as_str)))
                .collect();
            acc.warnings.push((
                ps[*at].first_no(),
                format!(
                    "row {label}: {} of {width} cells; left empty under {}: only so does every \
                     column sum to the total row{}",
                    place.len(),
                    empty.join(" "),
                    if total_column {
                        " and the row to its own total"
                    } else {
                        ""
                    }
                ),
            ));
        }
        table_rows.push(named_row(
            std::iter::once(label).chain(cells).collect(),
            None,
        ));
    }
    acc.columns = header;
    acc.rows = table_rows;
    Some(Shape { used: end })
}

/// Whether a written total `v` is the sum `s`: to a thousandth of it, or a cent at least
/// (figures rounded as printed).
pub(super) fn sums_close(v: f64, s: f64) -> bool {
    (v - s).abs() <= (s.abs() * 1e-3).max(0.011)
}

/// Where a total row one cell short lacks its cell: the one place where each of its values
/// (`11800`, `30`) is the sum of the item rows' numbers in the column it falls under, every
/// such column all numbers. `None` when no place or more than one fits so.
pub(super) fn total_gap(rows: &[TableRow], values: &[Piece]) -> Option<usize> {
    let number = sum_amount;
    let items: Vec<&TableRow> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && !r.name.starts_with("其中"))
        .collect();
    if items.len() < 2 {
        return None;
    }
    let sum = |c: usize| -> Option<f64> {
        items
            .iter()
            .map(|r| r.cells.get(c).and_then(|t| number(t)))
            .sum()
    };
    let fits = |g: usize| {
        values.iter().enumerate().all(|(i, p)| {
            let c = if i < g { i } else { i + 1 };
            match (number(&p.text()), sum(c)) {
                (Some(v), Some(s)) => sums_close(v, s),
                _ => false,
            }
        })
    };
    let mut places = (0..=values.len()).filter(|&g| fits(g));
    let g = places.next()?;
    places.next().is_none().then_some(g)
}
