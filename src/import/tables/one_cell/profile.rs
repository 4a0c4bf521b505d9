//! The column profile: how well a text fits a column by kind, length, magnitude and ending; the
//! costs that choose a row's gaps and joins.

use super::*;

/// A short cell that begins as a category of the rows read so far does (its first two
/// characters), without being one of them: a new group of the same kind (`知识产权保护` after
/// `知识产权创造` and `知识产权运用`).
pub(super) fn reads_as_category(t: &str, rows: &[TableRow]) -> bool {
    let t = strip_spaces(t);
    let head: String = t.chars().take(2).collect();
    is_category_cell(&t)
        && head.chars().count() == 2
        && t.chars().count() <= 10
        && rows
            .iter()
            .filter_map(|r| r.group.as_deref())
            .any(|g| g != t && strip_spaces(g).starts_with(&head))
}

/// A word before the next row's number that reads as the categories read so far by its size
/// and as none of the last column's words (`警报疏散` after `人防工程`, `指挥通信`, where the last
/// column, 备注, holds `新建`, `续建`, `改造`; a figure's size says nothing, `2400` beside
/// `源头减量`): the next group's category, this row's last cell
/// being empty. Only when every category so far has its size and every last cell another one;
/// or, under a last column of remarks (`备注`) that every row so far left empty, two rows at
/// least, when it has the size of the one category so far (`污水处理` after `污水收集`).
pub(super) fn sized_as_category(t: &str, rows: &[TableRow], last_column: Option<&str>) -> bool {
    let t = strip_spaces(t);
    let n = t.chars().count();
    let groups: std::collections::BTreeSet<String> = rows
        .iter()
        .filter_map(|r| r.group.as_deref())
        .map(strip_spaces)
        .collect();
    // (Of whole rows: a sub-row kept short ends on a value.)
    let widest = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let lasts: Vec<String> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && r.cells.len() == widest)
        .filter_map(|r| r.cells.last())
        .map(|c| strip_spaces(c))
        .filter(|c| !c.is_empty())
        .collect();
    // (A unit by its characters, `污水处理` by its `处`, of four or more and no cell so far.)
    let seen = rows
        .iter()
        .any(|r| r.cells.iter().any(|c| strip_spaces(c) == t));
    let wordy = !is_unit_like(&t) || (n >= 4 && !seen);
    is_category_cell(&t)
        && !is_attr(&t)
        && !is_numberish(&t)
        && !is_value_cell(&t)
        && !is_placeholder(&t)
        && !groups.is_empty()
        && groups.iter().all(|g| g.chars().count() == n)
        // (Never a body where no category names one: `市政务服务办` beside `提升政务服务`.)
        && (!names_bodies(&t) || groups.iter().any(|g| names_bodies(g)))
        && ((groups.len() >= 2
            && !is_unit_like(&t)
            && lasts.len() >= 3
            && lasts
                .iter()
                .all(|c| (c.chars().count() != n || is_value_cell(c)) && *c != t))
            || (wordy
                && lasts.is_empty()
                && rows.iter().filter(|r| r.kind == RowKind::Item).count() >= 2
                && last_column
                    .is_some_and(|c| ["备注", "说明"].contains(&strip_spaces(c).as_str()))))
}

/// The item rows read so far when two at least fill every column, else the whole rows ahead
/// (`whole`) when there are two, else the rows read: what a row's cells are measured against.
/// (Rows read with cells left empty, a unit merged over them, say little of the column.)
pub(super) fn rows_or_ahead<'r, 'w: 'r>(
    rows: &'r [TableRow],
    whole: &dyn Fn() -> &'w [TableRow],
) -> &'r [TableRow] {
    let full = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && r.cells.iter().all(|c| !c.is_empty()))
        .count();
    if full >= 2 {
        return rows;
    }
    let ahead = whole();
    if ahead.len() >= 2 {
        ahead
    } else {
        rows
    }
}

/// A cell that stands for a value not given ([`crate::text::PLACEHOLDERS`]: `—`, `/`, `无` …),
/// or not given yet (`待定`, `暂无`).
pub(super) fn is_placeholder(t: &str) -> bool {
    let t: String = strip_spaces(t)
        .chars()
        .map(crate::text::fold_width)
        .collect();
    crate::text::PLACEHOLDERS.contains(&t.as_str())
        || ["待定", "暂无", "未评级", "未定级", "未评定"].contains(&t.as_str())
}

/// 1 for a value in a column whose cells (`column`, not empty) hold no value, or words in a
/// column whose cells are all values; 0 otherwise. A placeholder (`—`) there stands for a
/// value.
pub(super) fn kind_misfit(t: &str, column: &[&str]) -> f64 {
    let values = column.iter().filter(|x| is_value_cell(x)).count();
    let placeholders = column.iter().filter(|x| is_placeholder(x)).count();
    let misfit = if is_value_cell(t) {
        values == 0
    } else {
        values > 0 && values + placeholders == column.len()
    };
    if misfit {
        1.0
    } else {
        0.0
    }
}

/// The median length of `cells`, in characters (`cells` not empty).
pub(super) fn median_len(cells: &[&str]) -> f64 {
    let mut lens: Vec<usize> = cells.iter().map(|t| t.chars().count()).collect();
    lens.sort_unstable();
    lens.get(lens.len() / 2).copied().unwrap_or(0) as f64
}

/// How far a cell of `len` characters is from its column's usual `usual`, on a log scale.
pub(super) fn length_misfit(len: f64, usual: f64) -> f64 {
    ((len + 1.0) / (usual + 1.0)).ln().abs()
}

/// Of the choices `(cost, choice)`, the cheapest when it is cheaper than every other by `margin`
/// at least (and there are two to compare).
pub(super) fn clearly_best(
    costs: impl Iterator<Item = (f64, usize)>,
    margin: f64,
) -> Option<usize> {
    let mut costs: Vec<(f64, usize)> = costs.collect();
    costs.sort_by(|a, b| a.0.total_cmp(&b.0));
    match costs.as_slice() {
        [(best, i), (next, _), ..] if next - best >= margin => Some(*i),
        _ => None,
    }
}

/// Where an empty cell goes in a row one piece short of its columns (`cells[off + i]` for column
/// `i` after the number), so that the pieces fit the columns of the item rows before: each
/// piece as long as its column's usually are, a value where the column holds values and words
/// where it holds words, and the same text as a cell of the column above counts for it; never
/// a column before `first` (1: never the row's name). At least two such rows, and one place
/// clearly better than every other.
pub(super) fn profile_gap(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    first: usize,
) -> Option<usize> {
    profile_gap_scaled(rows, off, pieces, first, Vec::new())
}

/// [`profile_gap`], `scaled` the columns of one measure in one unit ([`Profile::scaled`]).
pub(super) fn profile_gap_scaled(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    first: usize,
    scaled: Vec<bool>,
) -> Option<usize> {
    if pieces.is_empty() {
        return None;
    }
    let width = pieces.len() + 1;
    let profile = Profile::of(rows, off, width)?.scaled(scaled);
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let costs = (first..width).map(|g| (profile.cost_with_gaps(&texts, &[g]), g));
    clearly_best(costs.clone(), 0.5).or_else(|| {
        // (Or the cheapest place where only it keeps every piece in its column's kind:
        // `提升改造` under 建设性质, not under 建筑面积 among figures, though it ends otherwise
        // than `新建` and `改扩建`.)
        let choices: Vec<(f64, Vec<usize>)> = costs.map(|(c, g)| (c, vec![g])).collect();
        near_fit_in_kind(&profile, &texts, &choices)?
            .first()
            .copied()
    })
}

/// Of `choices` (a misfit and the columns of the empty cells), the cheapest, when the pieces
/// `texts` fit it all but wholly (below [`NEAR_FIT`]) and it is the only choice that leaves
/// every piece in its column's kind ([`Profile::kind_misfits`]).
pub(super) fn near_fit_in_kind(
    profile: &Profile,
    texts: &[String],
    choices: &[(f64, Vec<usize>)],
) -> Option<Vec<usize>> {
    let (cost, best) = choices.iter().min_by(|a, b| a.0.total_cmp(&b.0))?;
    let in_kind: Vec<&Vec<usize>> = choices
        .iter()
        .map(|c| &c.1)
        .filter(|g| profile.kind_misfits(texts, g) == 0)
        .collect();
    (*cost < NEAR_FIT && in_kind.as_slice() == [best]).then(|| best.clone())
}

/// The size of a figure: a bare number (`5`, `3.8`), none zero; a bound (`≥3000`) its number,
/// a range (`0.5—1`, `1500—3000`) the mean of its ends in decades.
pub(super) fn figure_size(x: &str) -> Option<f64> {
    let number = |x: &str| -> Option<f64> {
        let plain = !x.is_empty()
            && x.chars().all(|c| c.is_ascii_digit() || c == '.')
            && x.chars().filter(|&c| c == '.').count() <= 1
            && x.chars().next().is_some_and(|c| c.is_ascii_digit());
        plain
            .then(|| x.parse::<f64>().ok())
            .flatten()
            .filter(|v| *v > 0.0)
    };
    let x = x
        .trim()
        .trim_start_matches(['≥', '≤', '＞', '＜', '>', '<']);
    match x.split_once(['—', '～', '~']) {
        Some((a, b)) => Some((number(a)? * number(b)?).sqrt()),
        None => number(x),
    }
}

/// How far a figure ([`figure_size`]) lies outside the range of a column of figures, two at
/// least: twice the decades beyond its least or its greatest, at most 2 (`5` among counts of
/// `1` and `2` beside a column of `6` to `14`).
pub(super) fn magnitude_misfit(t: &str, column: &[&str]) -> f64 {
    decades_beyond(t, column).map_or(0.0, |decades| (2.0 * decades).min(2.0))
}

/// How many decades a figure ([`figure_size`]) lies beyond the least or the greatest of a column
/// of figures, two at least, as the first two rows of a table give them (`20` is a decade beyond
/// `1` and `1`, within `24` and `18`), 0 within them; `None` where `t` or a cell of the column is
/// no figure, or the column holds fewer.
pub(super) fn decades_beyond(t: &str, column: &[&str]) -> Option<f64> {
    let v = figure_size(t)?;
    let values: Option<Vec<f64>> = column.iter().map(|x| figure_size(x)).collect();
    let values = values.filter(|v| v.len() >= 2)?;
    let least = values.iter().copied().fold(f64::INFINITY, f64::min);
    let most = values.iter().copied().fold(0.0, f64::max);
    Some(if v < least {
        (least / v).log10()
    } else if v > most {
        (v / most).log10()
    } else {
        0.0
    })
}

/// Which columns place a figure of a row one cell short by its size ([`Profile::scaled`]), the
/// row's `pieces` under the columns `headers` (one more than the pieces): the columns that each
/// measure one thing in its unit, given in brackets (`新增护理型床位（张）` `提质改造机构（家）`),
/// when every column does, or when the row's figures are one fewer than those columns and its
/// other pieces as many as the other columns (`20` `2027—2028年` under `新建回收服务点（个）`
/// `新建中转站（座）` `建设时序`), so that the cell it lacks is one of theirs. None otherwise.
pub(super) fn measured_columns(headers: &[String], pieces: &[Piece]) -> Vec<bool> {
    let n = pieces.len() + 1;
    let flags: Vec<bool> = (0..n)
        .map(|c| headers.get(c).is_some_and(|h| bracketed_unit(h).is_some()))
        .collect();
    let measured = flags.iter().filter(|&&f| f).count();
    let figures = pieces
        .iter()
        .filter(|p| figure_size(&p.text()).is_some())
        .count();
    let fits = headers.len() == n
        && (measured == n || (figures + 1 == measured && pieces.len() - figures == n - measured));
    if fits {
        flags
    } else {
        vec![false; n]
    }
}

/// A misfit below which the pieces of a row fit their places all but wholly.
pub(super) const NEAR_FIT: f64 = 0.5;

/// The most cells a row may be short of for [`profile_gaps`] to place them.
pub(super) const MOST_GAPS: usize = 3;

/// Where the empty cells go in a row `k` pieces short of its columns (`cells[off + i]` for
/// column `i` after the number), as [`profile_gap`] places one: the columns, in order, that
/// leave every piece fitting its column clearly better than any other choice; never a column
/// before `first`.
pub(super) fn profile_gaps(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    k: usize,
    first: usize,
) -> Option<Vec<usize>> {
    let choices = gap_choices(rows, off, pieces, k, first, false)?;
    match choices.as_slice() {
        [(best, gaps), (next, _), ..] if next - best >= 0.5 => Some(gaps.clone()),
        [(_, gaps)] => Some(gaps.clone()),
        // (Or the cheapest where only it keeps every piece in its column's kind, as
        // `profile_gap` takes one.)
        _ => {
            let profile = Profile::of(rows, off, pieces.len() + k)?;
            let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
            near_fit_in_kind(&profile, &texts, &choices)
        }
    }
}

/// Every choice of `k` columns among `first..` for the empty cells of a row `k` pieces short
/// (only those holding `first` with `at_first`), with the misfit of the pieces in the columns
/// left, the least first; `None` without a profile of the rows.
pub(super) fn gap_choices(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
    k: usize,
    first: usize,
    at_first: bool,
) -> Option<Vec<(f64, Vec<usize>)>> {
    if pieces.is_empty() || k == 0 || k > MOST_GAPS {
        return None;
    }
    let width = pieces.len() + k;
    let profile = Profile::of(rows, off, width)?;
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let mut choices: Vec<Vec<usize>> = vec![Vec::new()];
    for _ in 0..k {
        choices = choices
            .into_iter()
            .flat_map(|c| {
                let from = c.last().map_or(first, |&l| l + 1);
                (from..width).map(move |g| {
                    let mut c = c.clone();
                    c.push(g);
                    c
                })
            })
            .collect();
    }
    if at_first {
        choices.retain(|c| c.first() == Some(&first));
    }
    let mut out: Vec<(f64, Vec<usize>)> = choices
        .into_iter()
        .map(|c| (profile.cost_with_gaps(&texts, &c), c))
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    Some(out)
}

/// Whether a row `k` pieces short under a category column (column 0 after the number) writes
/// its own category: leaving the category to the row above (the usual merged cell) fits the
/// rows before worse, by a whole misfit at least, than the best places for the empty cells
/// among the other columns (`发展夜间经济` is a task, not the 具体内容 it would be under).
pub(super) fn keeps_category(rows: &[TableRow], off: usize, pieces: &[Piece], k: usize) -> bool {
    // The least misfit with the gaps among columns 1.., and with one of them in column 0.
    let least = |first: usize, at_first: bool| {
        gap_choices(rows, off, pieces, k, first, at_first)
            .and_then(|c| c.first().map(|(cost, _)| *cost))
    };
    match (least(1, false), least(0, true)) {
        (Some(own), Some(merged)) => merged - own >= 1.0,
        _ => false,
    }
}

/// Where an empty cell goes when [`profile_gap`] finds no place clearly best, but the best
/// places are some columns before the last: the one the rows before left empty most often, else
/// the last of them (`区退役军人事务局` the same under 责任单位 and 配合单位, `2022—2025年` under
/// 实施年限: the 配合单位 left empty, as a body that cooperates is more often left out than the
/// one responsible).
pub(super) fn profile_gap_among_best(
    rows: &[TableRow],
    off: usize,
    pieces: &[Piece],
) -> Option<usize> {
    let width = pieces.len() + 1;
    let profile = Profile::of(rows, off, width)?;
    let texts: Vec<String> = pieces.iter().map(Piece::text).collect();
    let costs: Vec<(f64, usize)> = (1..width)
        .map(|g| (profile.cost_with_gaps(&texts, &[g]), g))
        .collect();
    let best = costs.iter().map(|c| c.0).min_by(f64::total_cmp)?;
    let near: Vec<usize> = costs
        .iter()
        .filter(|c| c.0 - best < 0.5)
        .map(|c| c.1)
        .collect();
    // Only when the best places leave out the last column: else the end is as good a guess.
    // Among them, the column the rows before left empty most often (a unit merged over rows,
    // written once: `区城管执法局` leading three tasks), else the last.
    if near.len() < 2 || near.contains(&(width - 1)) {
        return None;
    }
    let empties = |c: usize| {
        rows.iter()
            .filter(|r| r.kind == RowKind::Item)
            .filter(|r| r.cells.get(off + c).is_some_and(|x| x.is_empty()))
            .count()
    };
    near.iter().copied().max_by_key(|&c| (empties(c), c))
}

/// How the cells of the item rows read so far fill columns `off..off + width` of their cells:
/// the non-empty cells of each column, two at least, and their usual length.
pub(super) struct Profile<'a> {
    pub(super) columns: Vec<Vec<&'a str>>,
    pub(super) usual: Vec<f64>,
    /// The columns of one measure in one unit (a header `新建多功能运动场（片）`), where a
    /// figure far outside the column's range is out of place ([`magnitude_misfit`]).
    pub(super) scaled: Vec<bool>,
}

impl<'a> Profile<'a> {
    pub(super) fn of(rows: &'a [TableRow], off: usize, width: usize) -> Option<Profile<'a>> {
        Profile::with_empty(rows, off, width, false)
    }

    /// With `empty`, the empty cells count among a column's two and in its usual length.
    pub(super) fn with_empty(
        rows: &'a [TableRow],
        off: usize,
        width: usize,
        empty: bool,
    ) -> Option<Profile<'a>> {
        let items: Vec<&TableRow> = rows.iter().filter(|r| r.kind == RowKind::Item).collect();
        if items.len() < 2 {
            return None;
        }
        let mut columns: Vec<Vec<&str>> = Vec::with_capacity(width);
        let mut usual = Vec::with_capacity(width);
        for c in 0..width {
            let cells: Vec<&str> = items
                .iter()
                .filter_map(|r| r.cells.get(off + c))
                .map(String::as_str)
                .filter(|t| empty || !t.is_empty())
                .collect();
            if cells.len() < 2 {
                return None;
            }
            usual.push(median_len(&cells));
            columns.push(cells.into_iter().filter(|t| !t.is_empty()).collect());
        }
        Some(Profile {
            columns,
            usual,
            scaled: Vec::new(),
        })
    }

    /// The profile, with `scaled` the columns of one measure in one unit.
    pub(super) fn scaled(self, scaled: Vec<bool>) -> Profile<'a> {
        Profile { scaled, ..self }
    }

    /// [`magnitude_misfit`] of `t` in column `c`, when the column is of one measure.
    pub(super) fn magnitude(&self, t: &str, c: usize) -> f64 {
        match (self.scaled.get(c), self.columns.get(c)) {
            (Some(true), Some(column)) => magnitude_misfit(t, column),
            _ => 0.0,
        }
    }

    /// 1 for `t` out of the kind of column `c` ([`kind_misfit`]), or words in a column of very
    /// short cells (units, `万人` `%`) more than twice as long as the longest (2 for words that
    /// read as no unit, `初步建立`, in a column of units); a placeholder
    /// (`—`, `/`) stands for a value.
    pub(super) fn kind(&self, t: &str, c: usize) -> f64 {
        self.kind_with(t, c, true)
    }

    /// [`Profile::kind`], with `by_length` whether words far longer than a column of very short
    /// cells are out of its kind.
    pub(super) fn kind_with(&self, t: &str, c: usize, by_length: bool) -> f64 {
        let Some(column) = self.columns.get(c).filter(|_| !is_placeholder(t)) else {
            return 0.0;
        };
        let longest = column.iter().map(|x| x.chars().count()).max().unwrap_or(0);
        let n = t.chars().count();
        if by_length && longest <= 4 && n > 2 * longest + 1 && !is_value_cell(t) {
            return 1.0;
        }
        // (Words that read as no unit, `初步建立`, in a column of units, each written with a
        // unit's characters, short and with no figure (`%`, `千克`, not `新建`, `2022年` nor
        // `区退役军人事务局`): twice, as a unit column never holds them
        // while a column of figures may hold a target in words.)
        if !is_unit_like(t)
            && !is_value_cell(t)
            && column.len() >= 2
            && column.iter().all(|x| {
                is_unit_like(x)
                    && x.chars().count() <= 6
                    && !x.chars().any(|c| c.is_ascii_digit())
                    && x.chars()
                        .any(|c| c.is_ascii_alphabetic() || UNIT_CHARS.contains(c))
            })
        {
            return 2.0;
        }
        kind_misfit(t, column)
    }

    /// How badly `t` fits column `c`: its length against the column's usual one, its kind, half
    /// a misfit for words with a figure in a column of words without (`改造小压站30座` under
    /// 所在街镇) or the other way round, and one less when a cell of the column above is the same
    /// text.
    pub(super) fn fit(&self, t: &str, c: usize) -> f64 {
        self.fit_with(t, c, true)
    }

    /// [`Profile::fit`], with `by_length` whether the cell's length weighs (a row's name of
    /// words fits its column however long: `临湍经济技术开发区` beside `湍城区`).
    pub(super) fn fit_with(&self, t: &str, c: usize, by_length: bool) -> f64 {
        let (Some(column), Some(&usual)) = (self.columns.get(c), self.usual.get(c)) else {
            return 0.0;
        };
        // (Half for each cell of the column that is the same text, one at most.)
        let same = (column.iter().filter(|x| **x == t).count() as f64 * 0.5).min(1.0);
        let figure = |x: &str| x.chars().any(|ch| ch.is_ascii_digit());
        let odd_by = |f: &dyn Fn(&str) -> bool| {
            let n = column.iter().filter(|x| f(x)).count();
            if f(t) {
                n == 0
            } else {
                n == column.len() && !is_placeholder(t)
            }
        };
        // A year (`2023年`, `2021—2025年`) where the column names none, or the other way round,
        // is out of the column's kind; other figures weigh half.
        let odd = if odd_by(&|x: &str| names_time(x)) {
            1.0
        } else if odd_by(&figure) {
            0.5
        } else {
            0.0
        };
        // A bound (`≥95`, `≤8`) where the column writes none, a baseline's measured figures
        // beside a target's bounds, weighs half too.
        let bound = |x: &str| x.starts_with(['≥', '≤', '＞', '＜', '>', '<']);
        let odd = odd + if bound(t) && odd_by(&bound) { 0.5 } else { 0.0 };
        // Bodies (`区文化旅游局、相关街道和镇`) where the column names none, or words where it
        // names only bodies (a 牵头单位 or 配合单位 column), are out of its kind too.
        let odd = odd + if odd_by(&names_bodies) { 1.0 } else { 0.0 };
        // Several bodies where the column names one in each row (a 牵头单位 beside a 配合单位 of
        // lists), or one where it lists several in each.
        let several = |x: &str| names_bodies(x) && x.contains(['、', '，', ',']);
        let odd = odd
            + if names_bodies(t) && odd_by(&several) {
                1.0
            } else {
                0.0
            };
        // (One body where most of a column's cells, four at least, list several: half.)
        let listing = column.iter().filter(|x| several(x)).count();
        let odd = odd
            + if names_bodies(t)
                && !several(t)
                && column.len() >= 4
                && listing * 4 >= column.len() * 3
                && listing < column.len()
            {
                0.5
            } else {
                0.0
            };
        // So are words where the column names only times (a 完成时限: `2022年底前`, `持续推进`,
        // `“十四五”期间`, `每年`), unless the year already told.
        let odd = odd
            + if odd < 1.0 && odd_by(&names_time) && !names_time(t) {
                1.0
            } else {
                0.0
            };
        let odd = odd + self.ending_misfit(t, c);
        // Anything but an attribute word under a column of them (`约束性` `预期性`, merged over
        // their groups or not) is out of its kind twice: a target in words, `达到全国平均水平`, is
        // never an attribute.
        let odd = odd
            + if column.len() >= 2
                && column.iter().all(|x| is_attr(x))
                && !is_attr(t)
                && !is_placeholder(t)
            {
                2.0
            } else {
                0.0
            };
        // A number without `%` in a column of rates that all write it (`7%` `8%` `—`) is out
        // of the column's kind.
        let percent = |x: &str| x.ends_with(['%', '％']);
        let written: Vec<&&str> = column.iter().filter(|x| !is_placeholder(x)).collect();
        let odd = odd
            + if written.len() >= 2
                && !is_placeholder(t)
                && !percent(t)
                && written.iter().all(|x| percent(x))
            {
                1.0
            } else {
                0.0
            };
        let length = if by_length {
            length_misfit(t.chars().count() as f64, usual)
        } else {
            0.0
        };
        length + self.kind_with(t, c, by_length) - same + odd + self.magnitude(t, c)
    }

    /// Half a misfit for a short word that does not end as every cell of column `c` does, when
    /// they are short words too, two at least, all ending in the same character: a column of
    /// kinds (`一类` `二类` under 保护类别) beside one of batches (`第一批` `第二批` under 公布批次).
    pub(super) fn ending_misfit(&self, t: &str, c: usize) -> f64 {
        const SHORT: usize = 6;
        let word = |x: &str| {
            let n = x.chars().count();
            (2..=SHORT).contains(&n)
                && !x.chars().any(|ch| ch.is_ascii_digit())
                && !is_placeholder(x)
        };
        let Some(column) = self.columns.get(c).filter(|col| col.len() >= 2) else {
            return 0.0;
        };
        if !word(t) || !column.iter().all(|x| word(x)) {
            return 0.0;
        }
        let last = |x: &str| x.chars().last();
        let shared = last(column[0]);
        if column.iter().all(|x| last(x) == shared) && last(t) != shared {
            0.5
        } else {
            0.0
        }
    }

    /// How many of `texts`, in the columns from the first on with empty cells at `gaps`, are out
    /// of their column's kind ([`Profile::kind`], or a time among no times).
    pub(super) fn kind_misfits(&self, texts: &[String], gaps: &[usize]) -> usize {
        let mut columns = (0..texts.len() + gaps.len()).filter(|c| !gaps.contains(c));
        // (A time where no cell of the column names one, or the other way round, is out of
        // its kind too: `2022` under 学位 among `1620` `1080`.)
        let time_odd = |t: &str, c: usize| {
            self.columns.get(c).is_some_and(|col| {
                !col.is_empty()
                    && !is_placeholder(t)
                    && col.iter().all(|x| names_time(x) != names_time(t))
            })
        };
        texts
            .iter()
            .filter(|t| {
                columns
                    .next()
                    .is_some_and(|c| self.kind(t, c) >= 1.0 || time_odd(t, c))
            })
            .count()
    }

    /// The misfit of `texts` in the columns from the first on, with empty cells at `gaps`.
    pub(super) fn cost_with_gaps(&self, texts: &[String], gaps: &[usize]) -> f64 {
        let mut columns = (0..texts.len() + gaps.len()).filter(|c| !gaps.contains(c));
        texts
            .iter()
            .map(|t| columns.next().map_or(0.0, |c| self.fit(t, c)))
            .sum()
    }
}
