//! Fitting the header's pieces to columns: cells split over lines, headers of two or three rows
//! (years over measures, baseline and target groups), and where the header ends.

use super::*;

/// Fits header pieces to columns: a paragraph of header-word lines is several cells (`指标名称`
/// / `指标属性`), other split lines are one cell (`“十五五”` / `目标`); a period mark joins the
/// pieces around it (`松江区` / `“十四五”` / `指标`). With `target`, pieces are split or joined
/// further to reach that many columns, and a mismatch is reported.
pub(super) fn fit_header(ps: &[Piece], target: Option<usize>, acc: &mut Acc) -> Vec<String> {
    // Entries: (text, lines, could be split further).
    let mut cells: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
    for p in ps {
        // (Two lines among cells of one line each, one cell per paragraph, are one cell split
        // over two lines: `2030年` / `目标值`.)
        // (But a category column's name over the names' column, `类别` / `指标名称`, is two; so
        // is a column name that stands only alone, `指标` / `单位`, `序号` / `指标`.)
        // (`指标` / `属性` is one: `指标属性`.)
        let category_over_names = matches!(p.parts.as_slice(), [a, b] if two_columns(a, b));
        let split = category_over_names
            || (p.parts.len() > 1
                && p.parts.iter().all(|x| has_header_word(x))
                && (ps.len() == 1 || p.parts.len() >= 3 || ps.iter().any(|q| q.parts.len() >= 3)));
        if split {
            for (x, no) in p.parts.iter().zip(&p.nos) {
                cells.push((vec![x.clone()], vec![*no]));
            }
        } else {
            cells.push((p.parts.clone(), p.nos.clone()));
        }
    }
    let text = |c: &(Vec<String>, Vec<usize>)| c.0.concat();
    // A date and a word for values, where the pair beside is one column (`“十四五”` / `目标值`
    // `2025年` / `实际值`): one column too, not a year over a measure. (Not a word that may be a
    // column of its own, `完成情况` after `2025年`: only a value's, `…值`.)
    // (A value's word of five ending in `值` too: `实际完成值`, `规划目标值`.)
    let dated_pair = |a: &str, b: &str| {
        dated_header(a)
            && (values_word(b)
                || (clean(b).ends_with('值')
                    && clean(b).chars().count() == 5
                    && names_values(b)
                    && !b.chars().any(|c| c.is_ascii_digit())))
    };
    let dated_value = |a: &str, b: &str| dated_pair(a, b) && clean(b).ends_with('值');
    let dated_pair_beside = |cells: &[(Vec<String>, Vec<usize>)], i: usize| {
        let texts = |j: usize| Some((text(cells.get(j)?), text(cells.get(j + 1)?)));
        // (The pair before already joined, its two lines one cell; or the two cells after.)
        // (Or three lines joined before, a place, its period and a value's word:
        // `澄溪区` / `“十四五”` / `规划值`.)
        let joined_before = i
            .checked_sub(1)
            .and_then(|j| cells.get(j))
            .is_some_and(|c| match c.0.as_slice() {
                [x, y] => dated_pair(x, y),
                [.., x, y] => ends_with_period_mark(x) && dated_pair(x, y),
                _ => false,
            });
        let pair_after = texts(i + 2).is_some_and(|(a, b)| dated_pair(&a, &b));
        // (Or a cell written whole beside them, a year and its value's word: `2025年目标值`
        // before `2025年` / `完成值`.)
        let whole_beside = cells.iter().enumerate().any(|(j, c)| {
            let t = clean(&text(c)).to_string();
            j != i
                && j != i + 1
                && t.char_indices()
                    .find(|&(_, ch)| ch == '年')
                    .is_some_and(|(k, _)| {
                        let (year, word) = t.split_at(k + '年'.len_utf8());
                        dated_header(year) && word.ends_with('值') && values_word(word)
                    })
        });
        texts(i).is_some_and(|(a, b)| dated_value(&a, &b))
            && (joined_before || pair_after || whole_beside)
    };
    // Two period marks alone side by side (`“十三五”` `“十四五”`) are group cells over the
    // columns after them: neither is joined to a neighbour.
    let groups_run = cells
        .windows(2)
        .any(|w| is_period_mark(&text(&w[0])) && is_period_mark(&text(&w[1])));
    let mut i = 0;
    while i + 1 < cells.len() {
        let a = text(&cells[i]);
        let b = text(&cells[i + 1]);
        let glue = (ends_with_period_mark(&a) && !(groups_run && is_period_mark(&a)))
            || (!has_header_word(&a)
                && !names_values(&a)
                && !is_place_header(&a)
                // (Nor the name of a column of bodies, `实施主体` before `“十五五”` /
                // `计划投资`.)
                && !ends_as_bodies_column(&a)
                && !["投资", "资金", "金额", "规模", "数量", "面积"]
                    .iter()
                    .any(|w| a.contains(w))
                && a.chars().count() <= 4
                // (A place's own name or a word of two, `澄潮市` or `全市` before `“十四五”`;
                // not a column's name, `主导业态`.)
                // (Or a year after a place's own name, `苎溪县` / `2020年` / `现状值`: a
                // place's values of a year; not after `乡镇` or `期末`.)
                // (An area's name as well, `汐港区`, `临港园区`.)
                && ((starts_with_period_mark(&b)
                    && (is_place_name(&a) || names_area(&a) || a.chars().count() <= 2))
                    || (is_year_cell(&b) && is_place_name(&a))))
            || ((b.starts_with('（') || b.starts_with('(')) && label(&b).is_none())
            // (A share's mark alone, `其中：`, goes on with what it shares: `财政资金`; not
            // `其中` without its colon, a group over the shares, `国家级` `省级` `市级`.)
            || matches!(strip_spaces(&a).as_str(), "其中：" | "其中:")
            || action_over_time(&a, &b)
            || plan_over_values(&a, &b)
            || dated_pair_beside(&cells, i);
        if glue {
            let (bt, bn) = cells.remove(i + 1);
            let mut nos = cells[i].1.clone();
            nos.extend(bn.iter().copied());
            acc.joins.push((
                nos,
                format!("split header cell: `{a}` + `{b}` read as one column"),
            ));
            cells[i].0.extend(bt);
            cells[i].1.extend(bn);
        } else {
            i += 1;
        }
    }
    if let Some(k) = target {
        // Too few: split a cell written over several lines.
        while cells.len() < k {
            let Some(at) = cells.iter().position(|c| c.0.len() > 1) else {
                break;
            };
            let (parts, nos) = cells.remove(at);
            for (n, (x, no)) in parts.into_iter().zip(nos).enumerate() {
                cells.insert(at + n, (vec![x], vec![no]));
            }
        }
        if cells.len() > k {
            let texts: Vec<String> = cells
                .iter()
                .map(|c| collapse_cjk_spacing(&c.0.concat()))
                .collect();
            if let Some((columns, groups)) = split_header_rows(&texts, k) {
                note_two_row_header(ps, &columns, &groups, acc);
                acc.column_groups = groups;
                return columns;
            }
            // Else the cells that are halves of one column's name, when they are just as many
            // as the cells too many.
            let pairs: Vec<usize> = (1..texts.len().saturating_sub(1))
                .filter(|&i| halves_of_one_column(&texts[i], &texts[i + 1]))
                .collect();
            if pairs.windows(2).all(|w| w[0] + 1 < w[1]) && pairs.len() == cells.len() - k {
                for &i in pairs.iter().rev() {
                    let (bt, bn) = cells.remove(i + 1);
                    let mut nos = cells[i].1.clone();
                    nos.extend(bn.iter().copied());
                    acc.joins.push((
                        nos,
                        format!(
                            "split header cell: `{}` + `{}` read as one column",
                            texts[i],
                            texts[i + 1]
                        ),
                    ));
                    cells[i].0.extend(bt);
                    cells[i].1.extend(bn);
                }
            }
        }
        if cells.len() != k {
            let no = cells
                .first()
                .and_then(|c| c.1.first())
                .copied()
                .unwrap_or(0);
            acc.warnings.push((
                no,
                format!(
                    "the header has {} cells but the rows have {k}; header kept as written",
                    cells.len()
                ),
            ));
        }
    }
    cells
        .iter()
        .map(|c| collapse_cjk_spacing(&c.0.concat()))
        .collect()
}

/// Where a row's cells (`after`, its category first, filled down and empty) fit the columns of
/// the rows above clearly better with two of them joined as one cell and an empty cell put
/// elsewhere: the first of the two joined and the empty cell's place, when one such reading is
/// best by far.
pub(super) fn split_and_gap(
    rows: &[TableRow],
    jc: usize,
    e: usize,
    after: &[Piece],
) -> Option<(usize, usize)> {
    let profile = Profile::of(rows, jc, e)?;
    let texts: Vec<String> = after.iter().skip(1).map(Piece::text).collect();
    let filled = profile.cost_with_gaps(&texts, &[0]);
    let mut choices: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..texts.len().saturating_sub(1) {
        if [&texts[i], &texts[i + 1]]
            .iter()
            .any(|t| is_value_cell(t) || is_placeholder(t))
        {
            continue;
        }
        let mut joined = texts.clone();
        let second = joined.remove(i + 1);
        joined[i].push_str(&second);
        for g in 1..e {
            choices.push((profile.cost_with_gaps(&joined, &[0, g]), i + 1, g));
        }
    }
    let best = choices.iter().map(|c| c.0).min_by(f64::total_cmp)?;
    let near: Vec<&(f64, usize, usize)> = choices.iter().filter(|c| c.0 - best < 0.25).collect();
    let [&(_, i, g)] = near.as_slice() else {
        return None;
    };
    // (And only where the filled row puts figures under words or words under figures, and the
    // other reading does not: `青禾镇` under 设计处理能力, `800` under 建设性质.)
    let figure = |t: &str| is_value_cell(t) || is_placeholder(t);
    // (Per column: `Some(true)` when every cell above is a figure, `Some(false)` when none is.)
    let figures: Vec<Option<bool>> = (0..e)
        .map(|c| {
            let cells: Vec<&String> = rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(jc + c).filter(|t| !t.is_empty()))
                .collect();
            let n = cells.iter().filter(|t| figure(t)).count();
            match (cells.len(), n) {
                (0 | 1, _) => None,
                (all, n) if n == all => Some(true),
                (_, 0) => Some(false),
                _ => None,
            }
        })
        .collect();
    let misfits = |cells: &[String]| {
        cells
            .iter()
            .zip(&figures)
            .filter(|(t, kind)| !t.is_empty() && kind.is_some_and(|f| f != figure(t)))
            .count()
    };
    let mut as_filled = vec![String::new()];
    as_filled.extend(texts.iter().cloned());
    let mut split = as_filled.clone();
    let second = split.remove(i + 1);
    split[i].push_str(&second);
    split.insert(g.min(split.len()), String::new());
    (filled - best >= 2.0 && misfits(&as_filled) > 0 && misfits(&split) == 0).then_some((i, g))
}

/// Whether the first two pieces of a row (`建筑垃圾利用` `石湖建筑垃圾资源化利用中心`) joined
/// would be a name longer by half than any name of the rows above (names after the category
/// column at `jc + 1`, cells from `jc + 2`): a category of its own then, and a name.
pub(super) fn joins_past_names(rows: &[TableRow], jc: usize, after: &[Piece]) -> bool {
    let longest = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.get(jc + 1))
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0);
    let joined: usize = after.iter().take(2).map(|p| p.text().chars().count()).sum();
    longest >= 4 && joined * 2 > longest * 3
}

/// Two header cells after the first that are one column's name split over two lines or
/// paragraphs: words without a unit before a name with its unit in brackets (`养教结合` /
/// `学习点（个）`), a year before the values of that year (`2025年` / `基期值`, `2025年网络零售额`
/// / `目标（万元）`), or `指标` before its attribute (`指标` / `属性`).
pub(super) fn halves_of_one_column(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    let before_unit = bracketed_unit(&b).is_some()
        && !a.contains(['（', '(', '）', ')'])
        && !has_header_word(&a)
        && !is_place_header(&a)
        && !is_period_mark(&a)
        && (2..=6).contains(&a.chars().count());
    // (Or a year and what it counts before the values of it with their unit:
    // `2025年网络零售额` / `目标（万元）`.)
    let b_name = bracket_tail(&b).map_or(b.as_str(), |(name, _)| name);
    // (A place's year, `苎溪县2020年`, as a year: the year its end.)
    let year_last = ends_in_year(&a);
    let year_then_values = last_year(&a).is_some()
        && (a.chars().count() <= 6
            || (a.chars().count() <= 12
                && (bracketed_unit(&b).is_some() || year_last)
                && !a.contains(['（', '(', '）', ')'])))
        && names_values(b_name)
        && !b_name.chars().any(|c| c.is_ascii_digit())
        && !is_period_mark(b_name)
        && b_name.chars().count() <= 4;
    let attribute = indicator_over_attribute(&a, &b);
    before_unit
        || year_then_values
        || attribute
        || period_over_measure(&a, &b)
        || qualifies_column(&a, &b)
}

/// A period's plan before the values it set, two lines of one header cell: `“十四五”规划` /
/// `目标值` (or three, `“十四五”` / `规划` / `目标值`).
pub(super) fn plan_over_values(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    starts_with_period_mark(&a)
        && a.ends_with("规划")
        && a.trim_start_matches(['“', '"']).chars().count() <= 6
        && names_values(&b)
        && !b.chars().any(|c| c.is_ascii_digit())
        && (2..=4).contains(&b.chars().count())
}

/// A word of two naming no column before the column word it qualifies, two lines of one
/// header cell: `建设` / `年限`, `实施` / `主体`.
pub(super) fn qualifies_column(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    a.chars().count() == 2
        && b.chars().count() == 2
        && !names_column(&a)
        && !has_header_word(&a)
        && names_column(&b)
        && names_column(&format!("{a}{b}"))
}

/// An area's own name, `汐港区`, `临港园区`, `滨江片区`: three characters or more ending in `区`.
fn names_area(t: &str) -> bool {
    let t = strip_spaces(t);
    (3..=6).contains(&t.chars().count()) && t.ends_with('区') && !t.contains(['各', '所'])
}

/// What is done over when, two lines of one header cell: `计划完成` / `时间` is `计划完成时间`,
/// `开工` / `年份` `开工年份`, `建设` / `年限` (no column is named by the doing alone, nor by a
/// bare time beside it); or over how it went, `完成` / `情况`.
fn action_over_time(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    [
        "完成", "开工", "竣工", "建成", "投用", "投运", "启动", "实施", "建设",
    ]
    .iter()
    .any(|w| a.ends_with(w))
        && (2..=6).contains(&a.chars().count())
        && !names_column(&a)
        && [
            "时间", "时限", "年限", "年份", "年度", "期限", "节点", "情况",
        ]
        .contains(&b.as_str())
}

/// `指标` over its attribute, two lines of one header cell: `指标` / `属性` is `指标属性`.
pub(super) fn indicator_over_attribute(a: &str, b: &str) -> bool {
    strip_spaces(a) == "指标" && ["属性", "性质", "类型"].contains(&strip_spaces(b).as_str())
}

/// A period's plan over what it adds, two lines of one header cell: `“十五五”规划` / `新增床位`.
pub(super) fn period_over_measure(a: &str, b: &str) -> bool {
    let (a, b) = (strip_spaces(a), strip_spaces(b));
    let after_mark = a
        .trim_start_matches(['“', '"'])
        .chars()
        .skip(3)
        .collect::<String>();
    // (Not a column of its own after it: `“十五五”目标` / `类型` are two.)
    starts_with_period_mark(&a)
        && after_mark.trim_start_matches(['”', '"']).chars().count() <= 2
        && !b.chars().any(|c| c.is_ascii_digit())
        && !starts_with_period_mark(&b)
        && (2..=6).contains(&b.chars().count())
        && !names_column(&b)
        && !names_attribute_column(&b)
        && !has_header_word(&b)
}

/// A value cell in words, no figure or placeholder (`控制在自治区下达目标以内`): a target, with
/// no rate of growth beside it.
pub(super) fn is_target_in_words(t: &str) -> bool {
    !t.is_empty() && !is_value_cell(t) && !is_placeholder(t)
}

/// A header cell naming a rate of growth (`年均增速`, `年均增长（%）`, `增幅`).
pub(super) fn names_rate(t: &str) -> bool {
    ["年均", "增速", "增长率", "增幅"]
        .iter()
        .any(|w| t.contains(w))
}

/// A header cell naming what a value column holds (`基期值`, `目标`, `现状`).
pub(super) fn names_values(t: &str) -> bool {
    [
        "值", "目标", "现状", "基期", "基准", "基数", "基线", "规划", "预期", "完成", "实际",
        "情况", "累计",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// A header cell naming a level of an administration (`国家级`, `省级`, `市级`, `县级`, `区级`):
/// the shares of a count under it.
pub(super) fn names_level(t: &str) -> bool {
    ["国家级", "省级", "市级", "县级", "区级", "乡级", "镇级"].contains(&strip_spaces(t).as_str())
}

/// A header cell naming a time (`完成时间`, `建设年限`, `实施时序`, `建设期限`, `实施周期`): no
/// value column, even when it names one's words (`完成`).
pub(super) fn names_time_column(t: &str) -> bool {
    ["时间", "时限", "年限", "时序", "期限", "周期"]
        .iter()
        .any(|w| t.contains(w))
}

/// A header cell naming a phase of the thing measured, as a lower header row writes it under
/// a measure (`设计规模（万吨/日）` over `现状` `提标后`, `设施（个）` over `现有` `新增`):
/// `现有`, `新增`, `新建`, `已建`, `在建`, `拟建`, or a short word for after or before a work
/// (`改造后`, `提标后`, `扩建前`).
pub(super) fn names_phase(t: &str) -> bool {
    let t = strip_spaces(t);
    ["现有", "新增", "新建", "已建", "在建", "拟建"].contains(&t.as_str())
        || ((2..=4).contains(&t.chars().count())
            && (t.ends_with('后') || t.ends_with('前'))
            && !t.chars().any(|c| c.is_ascii_digit()))
}

/// Among the value columns `from..to` of a row's cells after its number (`columns[off + i]` for
/// cell `i`), the one of a baseline (`现状值`, `2025年基期值`, `“十三五”完成情况`, else the
/// earlier of two years, `2025年` before `2030年`, or a year before a target) that has a column
/// of a target after it (`目标值`, `2030年`: a later year).
pub(super) fn baseline_column(
    columns: &[String],
    off: usize,
    from: usize,
    to: usize,
) -> Option<usize> {
    let header = |i: usize| columns.get(off + i).map_or("", String::as_str);
    let year = |t: &str| -> Option<u32> {
        let c: Vec<char> = t.chars().collect();
        c.windows(4)
            .find(|w| w.iter().all(char::is_ascii_digit))
            .and_then(|w| w.iter().collect::<String>().parse().ok())
    };
    let is_baseline = |t: &str| {
        ["现状", "基期", "基准", "基数", "完成"]
            .iter()
            .any(|w| t.contains(w))
    };
    // Else the first of two years (`2025年` before `2030年`), or a year before a target
    // (`2020年` before `目标值`).
    let b = (from..to).find(|&i| is_baseline(header(i))).or_else(|| {
        (from..to).find(|&i| {
            year(header(i)).is_some_and(|y0| {
                (i + 1..to).any(|j| {
                    let t = header(j);
                    year(t).is_some_and(|y| y > y0) || t.contains("目标")
                })
            })
        })
    })?;
    let target = (b + 1..to).any(|i| {
        let t = header(i);
        t.contains("目标")
            || t.contains("规划")
            || year(t).zip(year(header(b))).is_some_and(|(y, y0)| y > y0)
    });
    target.then_some(b)
}

/// Among the value columns `from..to` (as in [`baseline_column`]), with three years or more
/// (`2025年` `2028年` `2030年`: a baseline, an interim target, the final target), the interim
/// one before the last: a row with one value fewer leaves out its interim target, never its
/// baseline or its final target.
pub(super) fn interim_column(
    columns: &[String],
    off: usize,
    from: usize,
    to: usize,
) -> Option<usize> {
    let years: Vec<usize> = (from..to)
        .filter(|&i| columns.get(off + i).is_some_and(|h| names_year(h)))
        .collect();
    match years.as_slice() {
        [_, .., interim, _] => Some(*interim),
        _ => None,
    }
}

/// Among the value columns `cols` (header `columns[off + i]`), the one column that is not a
/// year's (`年均增速（%）`, `累计`) and where another row of the table (`rows`, cells counted as
/// the columns) holds a placeholder (`—`): a value not given in some rows, where a row one cell
/// short left its cell empty, rather than a year's target.
pub(super) fn rate_gap_column(
    columns: &[String],
    off: usize,
    cols: std::ops::Range<usize>,
    rows: &[TableRow],
) -> Option<usize> {
    let found: Vec<usize> = cols
        .filter(|&i| {
            columns
                .get(off + i)
                .is_some_and(|h| !names_year(h) && !is_bare_year(h) && !names_other_column(h))
                && rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| is_placeholder(c)))
        })
        .collect();
    match found.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// A header cell that ends as a column of bodies' names does (`实施主体`, `责任部门`,
/// `牵头单位`), or as the unit's column (`单位`).
pub(super) fn ends_as_bodies_column(t: &str) -> bool {
    ["主体", "部门", "单位"].iter().any(|w| t.ends_with(w))
}

/// A header cell of a column that is not a value column: number, name, unit, attribute, note.
pub(super) fn names_other_column(t: &str) -> bool {
    is_number_header(t)
        || is_category_header(t)
        || ["名称", "单位", "属性", "性质", "备注", "责任", "说明"]
            .iter()
            .any(|w| t.contains(w))
}

/// A two-row header read as one run of cells: `序号 指标名称 单位 基期值 目标值 属性` over
/// `2020年 2025年`, with rows of `width` cells. The lower row's cells are the last ones (years,
/// else value words: `现状值 目标值` under `2025年`) and stand under the upper row's value
/// columns: one each when there are as many as the groups, else all under the one group (or
/// split evenly). The groups are chosen by their words: `指标` over `一级指标 二级指标`; value
/// columns over years, the targets when there are more (`目标值` rather than `现状`); the last
/// years over value words. Returns the columns (the lower row's cells in place of the groups')
/// and the groups; `None` when the cells do not read so.
pub(super) fn split_two_row_header(
    cells: &[String],
    width: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let k = cells.len();
    let g = k.checked_sub(width).filter(|&g| g >= 1 && width >= 2)?;
    if let Some(split) = years_over_repeats(cells, g).or_else(|| measures_over_years(cells, g)) {
        return Some(split);
    }
    let trailing = |f: &dyn Fn(&str) -> bool| cells.iter().rev().take_while(|c| f(c)).count();
    // An attribute cell last of all stands in the lower row, after its years (`“十四五”目标`
    // over `2025年` `属性`): a cell spanning both rows comes before every lower cell.
    let attr_last = cells.last().is_some_and(|c| is_attribute_header(c));
    let years = match trailing(&names_year) {
        0 if attr_last => match cells[..k - 1]
            .iter()
            .rev()
            .take_while(|c| names_year(c))
            .count()
        {
            0 => 0,
            y => y + 1,
        },
        y => y,
    };
    // (Or measures with their units under what they measure: `规模` over `用地面积（公顷）`
    // `建筑面积（万平方米）`.)
    // (Two at least: one measure under a cell that ends as a group's would, `建设内容及规模` /
    // `总投资（亿元）`, is a column of its own.)
    // (A measure's name may be longer here, under what it measures: `可开发面积（公顷）`.)
    let measure = |c: &str| {
        bracketed_unit(c).is_some_and(|(name, _)| {
            (2..=6).contains(&name.chars().count()) && !name.chars().any(|c| c.is_ascii_digit())
        })
    };
    let measures = match trailing(&measure) {
        1 => 0,
        m => m,
    };
    // (Or counts, two at least, under what they measure: `办学规模` over `班数` `学位数`.)
    let count = |c: &str| {
        let t = strip_spaces(c);
        (2..=5).contains(&t.chars().count())
            && t.ends_with(['数', '量'])
            && !names_other_column(&t)
            && !names_year(&t)
    };
    let counts = match trailing(&count) {
        1 => 0,
        m => m,
    };
    // (Or the parts of a count under `其中`, the upper row's last cell: `数量` `其中` over
    // `国家级` `省级` `市级`.)
    let parts = match cells.iter().rposition(|c| strip_spaces(c) == "其中") {
        Some(j) if g == 1 && j + 2 < k && j >= 2 => k - j - 1,
        _ => 0,
    };
    let lower_n = if years >= g {
        years
    } else {
        // (Value words, years and rates mixed: `“十四五”目标` over `2025年` `五年累计`,
        // `2025年目标` over `目标值` `年均增速`.)
        trailing(&|c: &str| {
            (names_values(c) && !names_time_column(c))
                || names_phase(c)
                || names_year(c)
                || names_rate(c)
                || c.contains("指标")
        })
        .max(years)
        .max(measures)
        .max(counts)
        .max(parts)
    };
    if lower_n < g {
        return None;
    }
    let upper_n = k - lower_n;
    if upper_n < g + 1 {
        return None;
    }
    let (upper, lower) = cells.split_at(upper_n);
    if lower_n % g != 0 {
        return period_groups(upper, lower, g).or_else(|| baseline_target_groups(upper, lower, g));
    }
    let per = lower_n / g;
    // The groups' cells: with one group, one that every cell under it names (`指标` over
    // `一级指标`), else the value columns of the upper row, when there are just enough.
    let contains_all = |j: usize| {
        let u = strip_spaces(&upper[j]);
        !u.is_empty() && lower.iter().all(|l| l.contains(u.as_str()))
    };
    let named: Vec<usize> = (1..upper_n).filter(|&j| contains_all(j)).collect();
    let chosen: Vec<usize> = if g == 1 && named.len() == 1 {
        named
    } else {
        let valued: Vec<usize> = (1..upper_n)
            .filter(|&j| {
                names_values(&upper[j])
                    && !names_other_column(&upper[j])
                    && !names_time_column(&upper[j])
            })
            .collect();
        // More value columns than groups: the targets (`现状` `目标值` over `2023年` `2025年`).
        let targets: Vec<usize> = valued
            .iter()
            .copied()
            .filter(|&j| upper[j].contains("目标") || upper[j].contains("规划"))
            .collect();
        // Value words under years: under the last ones (`2020年`, then `2025年` over `目标值`
        // `预期值`).
        // (A year with what it measures, `2025年农村自来水` / `普及率（%）`, is one cell broken
        // over two lines, no group.)
        let mut yeared: Vec<usize> = if years == 0 {
            (1..upper_n)
                .filter(|&j| {
                    names_year(&upper[j]) && (is_year_header(&upper[j]) || names_values(&upper[j]))
                })
                .collect()
        } else {
            Vec::new()
        };
        yeared.drain(..yeared.len().saturating_sub(g));
        // A schedule over years (`实施安排` over `2021年` … `2025年`).
        let scheduled: Vec<usize> = if years == lower_n {
            (1..upper_n)
                .filter(|&j| {
                    ["安排", "计划", "进度", "时序"]
                        .iter()
                        .any(|w| upper[j].contains(w))
                        && !names_year(&upper[j])
                })
                .collect()
        } else {
            Vec::new()
        };
        // Periods over their years (`“十三五”` `“十四五”` over `2015年` `2020年` `2025年` `属性`).
        let periods: Vec<usize> = (1..upper_n)
            .filter(|&j| is_period_mark(&upper[j]))
            .collect();
        // What measures stand over (`规模`, `投资`), over measures with their units, or with
        // its unit over value words (`规模（万吨/日）` over `现状` `规划`).
        let values_under = lower
            .iter()
            .all(|c| names_values(c) || names_phase(c) || names_year(c));
        // (Phases, `现有` `新增`, are of things, not of money.)
        let phases_under = lower.iter().any(|c| names_phase(c));
        let measured: Vec<usize> = if measures == lower_n || counts == lower_n || values_under {
            (1..upper_n)
                .filter(|&j| {
                    ["规模", "面积", "投资", "数量", "容量", "能力"]
                        .iter()
                        .any(|w| upper[j].contains(w))
                        && !(phases_under && upper[j].contains("投资"))
                        && (values_under || bracketed_unit(&upper[j]).is_none())
                        && !names_other_column(&upper[j])
                })
                .collect()
        } else {
            Vec::new()
        };
        // `其中` over the parts of the count before it.
        let shares: Vec<usize> = if parts == lower_n {
            (1..upper_n)
                .filter(|&j| strip_spaces(&upper[j]) == "其中")
                .collect()
        } else {
            Vec::new()
        };
        [
            valued, targets, yeared, scheduled, periods, measured, shares,
        ]
        .into_iter()
        .find(|c| c.len() == g)?
    };
    let mut columns = Vec::with_capacity(width);
    let mut groups = Vec::with_capacity(g);
    let mut under = lower.chunks(per);
    for (j, cell) in upper.iter().enumerate() {
        if chosen.contains(&j) {
            let subs = under.next()?;
            groups.push(ColumnGroup {
                title: cell.clone(),
                first: columns.len(),
                span: subs.len(),
            });
            columns.extend(subs.iter().cloned());
        } else {
            columns.push(cell.clone());
        }
    }
    // The years under their groups read in order (`2020年` before `2023年` before `2025年`), or
    // the lower cells do not stand under the groups this way.
    let years: Vec<u32> = columns.iter().filter_map(|c| last_year(c)).collect();
    let in_order = years.windows(2).all(|w| w[0] <= w[1]);
    // A group named by a year holds no column of another year (`2020年现状` is no group over
    // `2025年`).
    let groups_of_their_year = groups.iter().all(|g| {
        last_year(&g.title).is_none_or(|y| {
            columns
                .iter()
                .skip(g.first)
                .take(g.span)
                .all(|c| last_year(c).is_none_or(|x| x == y))
        })
    });
    (columns.len() == width && in_order && groups_of_their_year).then_some((columns, groups))
}

/// A header whose upper row ends in `g` years, each over the same cells of the lower row
/// (`2021年` … `2025年` over `小区数` `户数` five times): the columns before the years, then
/// each year's cells under it. `None` unless the lower cells repeat so, naming no year, under
/// years in order.
pub(super) fn years_over_repeats(
    cells: &[String],
    g: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    if g < 2 {
        return None;
    }
    (2..=4).find_map(|per| {
        let lower_n = g.checked_mul(per)?;
        let upper_n = cells.len().checked_sub(lower_n).filter(|&u| u > g)?;
        let (upper, lower) = cells.split_at(upper_n);
        // (The years last of the upper row, or before the cells that span both rows after
        // them, `属性`, `备注`: `2020年` `2025年` `属性` over `数值` `排名` `数值` `排名`.)
        let after = upper
            .iter()
            .rev()
            .take_while(|c| names_other_column(c) && !names_year(c))
            .count();
        let end = upper_n - after;
        let lead = end.checked_sub(g).filter(|&l| l >= 1)?;
        let years: Vec<u32> = upper[lead..end]
            .iter()
            .filter_map(|c| last_year(c))
            .collect();
        let first = lower.get(..per)?;
        let repeats = lower.chunks(per).all(|c| c == first)
            && !lower.iter().any(|c| names_year(c) || is_bare_year(c));
        let in_order = years.len() == g && years.windows(2).all(|w| w[0] < w[1]);
        let years_only = upper[lead..end]
            .iter()
            .all(|c| is_year_header(c) || is_bare_year(c));
        (repeats && in_order && years_only)
            .then(|| groups_side_by_side(upper, lead, end, lower, per))
    })
}

/// The columns and groups of a header of two rows whose upper cells `lead..end` each stand over
/// `per` cells of the lower row, side by side: the upper cells before them, then each group's
/// lower cells, then the upper cells after them (an attribute spanning both rows).
pub(super) fn groups_side_by_side(
    upper: &[String],
    lead: usize,
    end: usize,
    lower: &[String],
    per: usize,
) -> (Vec<String>, Vec<ColumnGroup>) {
    let mut columns: Vec<String> = upper[..lead].to_vec();
    let mut groups = Vec::with_capacity(end.saturating_sub(lead));
    for (title, under) in upper[lead..end].iter().zip(lower.chunks(per)) {
        groups.push(ColumnGroup {
            title: title.clone(),
            first: columns.len(),
            span: per,
        });
        columns.extend(under.iter().cloned());
    }
    columns.extend(upper[end..].iter().cloned());
    (columns, groups)
}

/// A header whose upper row ends in `g` measures with their units, or a few words each (`小学`
/// `初中`), each over the same years of the lower row (`种植面积（万亩）` `产值（亿元）` over
/// `2020年` `2025年` twice), perhaps an attribute after them spanning both rows: the columns
/// before the groups, then each group's years under it, then the attribute. `None` unless the
/// lower cells are years in order, repeated for each group.
pub(super) fn measures_over_years(
    cells: &[String],
    g: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    if g < 2 {
        return None;
    }
    (2..=4).find_map(|per| {
        let lower_n = g.checked_mul(per)?;
        let upper_n = cells.len().checked_sub(lower_n).filter(|&u| u > g)?;
        let (upper, lower) = cells.split_at(upper_n);
        // (An attribute after the groups spans both rows, written where the page puts it:
        // `小学` `初中` `属性` over `2020年` `2025年` twice; it is the last column.)
        let attr_after = upper.last().is_some_and(|c| is_attribute_header(c));
        let groups_end = upper_n - usize::from(attr_after);
        let lead = groups_end.checked_sub(g).filter(|&l| l >= 1)?;
        let measures = upper[lead..groups_end].iter().all(|c| {
            bracketed_unit(c).is_some() && last_year(c).is_none() && !names_other_column(c)
        });
        // (Or a few words each, what the years are counted for: `小学` `初中`, `城市` `农村`.)
        let kinds = upper[lead..groups_end].iter().all(|c| {
            let t = strip_spaces(c);
            (2..=4).contains(&t.chars().count())
                && !t.chars().any(|c| c.is_ascii_digit())
                && !names_other_column(&t)
                && !names_values(&t)
                && !names_column(&t)
        });
        let first = lower.get(..per)?;
        let years: Vec<u32> = first.iter().filter_map(|c| last_year(c)).collect();
        let in_order = years.len() == per
            && years.windows(2).all(|w| w[0] < w[1])
            && first.iter().all(|c| is_year_header(c));
        let repeats = lower.chunks(per).all(|c| c == first);
        ((measures || kinds) && in_order && repeats)
            .then(|| groups_side_by_side(upper, lead, groups_end, lower, per))
    })
}

/// A header of two rows whose two groups are a baseline over its one year and a target over the
/// rest (`基期` over `2025年`, `目标` over `2030年` `年均增速`), the cells spanning both rows
/// written in the upper row wherever they stand (`属性` after `目标`).
pub(super) fn baseline_target_groups(
    upper: &[String],
    lower: &[String],
    g: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let valued: Vec<usize> = (1..upper.len())
        .filter(|&j| {
            names_values(&upper[j])
                && !names_other_column(&upper[j])
                && !names_time_column(&upper[j])
        })
        .collect();
    let [b, t] = valued[..] else { return None };
    let baseline = ["基期", "现状", "基准", "基数"]
        .iter()
        .any(|w| upper[b].contains(w));
    let target = ["目标", "规划", "预期"]
        .iter()
        .any(|w| upper[t].contains(w));
    if g != 2 || !baseline || !target || lower.len() < 3 || last_year(lower.first()?).is_none() {
        return None;
    }
    let mut columns: Vec<String> = Vec::new();
    let mut groups: Vec<ColumnGroup> = Vec::new();
    for (j, cell) in upper.iter().enumerate() {
        let under: &[String] = if j == b {
            &lower[..1]
        } else if j == t {
            &lower[1..]
        } else {
            columns.push(cell.clone());
            continue;
        };
        groups.push(ColumnGroup {
            title: cell.clone(),
            first: columns.len(),
            span: under.len(),
        });
        columns.extend(under.iter().cloned());
    }
    Some((columns, groups))
}

/// A header of two rows whose groups are periods over unequal numbers of columns (`“十三五”`
/// `“十四五”` over `2020年实际` `2025年目标` `年均增长`): each period over the columns of its
/// years, a column without a year with the one before it; only when the years allow one
/// split alone.
pub(super) fn period_groups(
    upper: &[String],
    lower: &[String],
    g: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let periods: Vec<(usize, std::ops::RangeInclusive<u32>)> = upper
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(j, c)| period_years(c).map(|y| (j, y)))
        .collect();
    if periods.len() != g || last_year(lower.first()?).is_none() {
        return None;
    }
    let fits = |spans: &[usize]| {
        let mut from = 0;
        spans.iter().zip(&periods).all(|(&n, (_, years))| {
            let cells = &lower[from..from + n];
            from += n;
            cells
                .iter()
                .filter_map(|c| last_year(c))
                .all(|y| years.contains(&y))
        })
    };
    // Of several splits, the one alone that puts the most years under the period they belong
    // to rather than the one they are the baseline of (`2020年` under `“十三五”`, not
    // `“十四五”`).
    let own = |spans: &[usize]| {
        let mut from = 0;
        spans
            .iter()
            .zip(&periods)
            .map(|(&n, (_, years))| {
                let cells = &lower[from..from + n];
                from += n;
                cells
                    .iter()
                    .filter_map(|c| last_year(c))
                    .filter(|y| y > years.start() && y <= years.end())
                    .count()
            })
            .sum::<usize>()
    };
    let splits: Vec<Vec<usize>> = compositions(lower.len(), g, 1)
        .into_iter()
        .filter(|s| fits(s))
        .collect();
    let best = splits.iter().map(|s| own(s)).max()?;
    let mut best_splits = splits.into_iter().filter(|s| own(s) == best);
    let spans = best_splits.next()?;
    if best_splits.next().is_some() {
        return None;
    }
    let mut columns = Vec::new();
    let mut groups = Vec::new();
    let mut spans = spans.into_iter();
    let mut under = lower.iter();
    for (j, cell) in upper.iter().enumerate() {
        if periods.iter().any(|(p, _)| *p == j) {
            let span = spans.next()?;
            groups.push(ColumnGroup {
                title: cell.clone(),
                first: columns.len(),
                span,
            });
            columns.extend(under.by_ref().take(span).cloned());
        } else {
            columns.push(cell.clone());
        }
    }
    Some((columns, groups))
}

/// A header of two rows or three read as one run of cells ([`split_two_row_header`], else
/// [`split_three_row_header`]).
/// Only a reading whose rows, as the page shows them, hold the cells in the order written.
pub(super) fn split_header_rows(
    cells: &[String],
    width: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let in_order = |(columns, groups): &(Vec<String>, Vec<ColumnGroup>)| {
        let t = Table {
            columns: columns.clone(),
            column_groups: groups.clone(),
            ..Default::default()
        };
        // (No baseline's group is over a target's column: `现状值` is never over
        // `“十五五”目标值（2030年）`.)
        let baseline = |t: &str| {
            ["现状", "基期", "基准", "基数"]
                .iter()
                .any(|w| t.contains(w))
        };
        let target = |t: &str| t.contains("目标");
        let values_over_values = groups.iter().any(|g| {
            let title = strip_spaces(&g.title);
            columns
                .get(g.first..g.first.saturating_add(g.span))
                .is_some_and(|cs| {
                    cs.iter()
                        .any(|c| baseline(&title) && !target(&title) && target(c) && !baseline(c))
                })
        });
        t.column_groups_problem().is_none() && t.header_cells() == cells && !values_over_values
    };
    split_two_row_header(cells, width)
        .filter(in_order)
        .or_else(|| split_three_row_header(cells, width).filter(in_order))
        .or_else(|| period_over_measures(cells, width).filter(in_order))
}

/// A header of two rows whose one group is a period (`“十四五”计划`) over every cell after it,
/// each a measure with its unit or a rate (`项目数（个）` `覆盖率（%）`), the cells before it
/// spanning both rows (`审计项目`).
pub(super) fn period_over_measures(
    cells: &[String],
    width: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    if cells.len() != width + 1 {
        return None;
    }
    // (The last period mark: the cells after it are the lower row.)
    let j = cells.iter().rposition(|c| starts_with_period_mark(c))?;
    let group = cells.get(j).filter(|_| j >= 1)?;
    let lower = cells.get(j + 1..)?;
    let measures = lower.len() >= 2
        && lower
            .iter()
            .all(|c| bracketed_unit(c).is_some() || names_rate(c) || names_values(c));
    if !measures {
        return None;
    }
    let columns: Vec<String> = cells[..j].iter().chain(lower).cloned().collect();
    let groups = vec![ColumnGroup {
        title: group.clone(),
        first: j,
        span: lower.len(),
    }];
    Some((columns, groups))
}

/// A header of three rows read as one run of cells, with rows of `width` cells: `序号 指标 单位
/// 基期值 “十四五”目标 属性`, then `阶段目标` `2025年` under `“十四五”目标`, then `2020年` under
/// `基期值` (which spans the two rows above it) and `2023年` under `阶段目标`. The lower cells are
/// the last ones (years, value words, rates); the groups are the upper row's value columns and
/// the value words among the lower cells that are no years (`阶段目标`), which stand in the
/// middle row. Of every way of standing the lower cells under the groups, the one where each
/// group holds a column, the years read in order and a baseline (`基期值`) holds one column
/// only; none when there is no such way or more than one.
pub(super) fn split_three_row_header(
    cells: &[String],
    width: usize,
) -> Option<(Vec<String>, Vec<ColumnGroup>)> {
    let k = cells.len();
    let g = k.checked_sub(width).filter(|&g| g >= 2)?;
    // (A middle row may be periods, `“十三五”` `“十四五”` under `指标值`, or stages, `中期`
    // `期末` under `目标年`.)
    let period = |c: &str| {
        period_years(c).is_some()
            || ["中期", "期末", "近期", "远期", "末期"]
                .iter()
                .any(|w| strip_spaces(c) == *w)
    };
    let lower_like = |c: &str| names_values(c) || names_year(c) || names_rate(c) || period(c);
    let n_lower = cells.iter().rev().take_while(|c| lower_like(c)).count();
    let split = k.checked_sub(n_lower).filter(|&s| s >= 2 && n_lower >= 2)?;
    let (upper, lower) = cells.split_at(split);
    let ug: Vec<usize> = (0..upper.len())
        .filter(|&j| names_values(&upper[j]) && !names_other_column(&upper[j]))
        .collect();
    let sg: Vec<usize> = (0..lower.len())
        .filter(|&j| (names_values(&lower[j]) || period(&lower[j])) && !names_year(&lower[j]))
        .collect();
    // (A few groups over a dozen cells at most: the ways to try grow as their product.)
    if ug.is_empty() || sg.is_empty() || ug.len() + sg.len() != g || g > 4 || lower.len() > 10 {
        return None;
    }
    let baseline = |t: &str| {
        ["现状", "基期", "基准", "基数"]
            .iter()
            .any(|w| t.contains(w))
    };
    let mut readings = Vec::new();
    // `b`: the middle row's cells, every middle group among them.
    for b in sg.iter().max().map_or(1, |m| m + 1)..lower.len() {
        let (mid, low) = lower.split_at(b);
        for mid_parts in compositions(b, ug.len(), 0) {
            // (A baseline stands over its year alone, no stage under it.)
            if ug
                .iter()
                .zip(&mid_parts)
                .any(|(&u, &p)| p > 0 && baseline(&upper[u]))
            {
                continue;
            }
            // The groups over the lowest row, in column order: upper groups with no middle
            // cells under them, and the middle groups.
            let mut at = 0;
            let mut parents = 0;
            for &p in &mid_parts {
                parents += if p == 0 {
                    1
                } else {
                    sg.iter().filter(|&&m| m >= at && m < at + p).count()
                };
                at += p;
            }
            for low_parts in compositions(low.len(), parents, 1) {
                let mut columns: Vec<String> = Vec::with_capacity(width);
                let mut groups: Vec<ColumnGroup> = Vec::with_capacity(g);
                let (mut m_at, mut l_at, mut parent) = (0, 0, 0);
                let mut take_low = |columns: &mut Vec<String>| {
                    let n = low_parts.get(parent).copied().unwrap_or(0);
                    parent += 1;
                    columns.extend(low.get(l_at..l_at + n).unwrap_or(&[]).iter().cloned());
                    l_at += n;
                    n
                };
                for (j, cell) in upper.iter().enumerate() {
                    let Some(gi) = ug.iter().position(|&u| u == j) else {
                        columns.push(cell.clone());
                        continue;
                    };
                    let first = columns.len();
                    let at = groups.len();
                    groups.push(ColumnGroup {
                        title: cell.clone(),
                        first,
                        span: 0,
                    });
                    let p = mid_parts.get(gi).copied().unwrap_or(0);
                    if p == 0 {
                        take_low(&mut columns);
                    }
                    for (m, cell) in mid.iter().enumerate().skip(m_at).take(p) {
                        if sg.contains(&m) {
                            let first = columns.len();
                            let span = take_low(&mut columns);
                            groups.push(ColumnGroup {
                                title: cell.clone(),
                                first,
                                span,
                            });
                        } else {
                            columns.push(cell.clone());
                        }
                    }
                    m_at += p;
                    groups[at].span = columns.len() - first;
                }
                let years: Vec<u32> = columns.iter().filter_map(|c| last_year(c)).collect();
                let fits = columns.len() == width
                    && groups.iter().all(|g| g.span >= 1)
                    && years.windows(2).all(|w| w[0] <= w[1])
                    && groups.iter().all(|g| !baseline(&g.title) || g.span == 1);
                if fits {
                    readings.push((columns, groups));
                }
            }
        }
    }
    // Of several readings, the one whose periods hold the most columns of their own five years
    // (`2020年实际` under `“十三五”`, not `“十四五”`, whose baseline year it may also be).
    let own_years = |(columns, groups): &(Vec<String>, Vec<ColumnGroup>)| -> usize {
        groups
            .iter()
            .filter_map(|g| period_years(&g.title).map(|r| (g, r)))
            .map(|(g, r)| {
                let own = r.start() + 1..=*r.end();
                columns
                    .iter()
                    .skip(g.first)
                    .take(g.span)
                    .filter(|c| last_year(c).is_some_and(|y| own.contains(&y)))
                    .count()
            })
            .sum()
    };
    let best = readings.iter().map(own_years).max()?;
    let mut best_readings: Vec<_> = readings
        .into_iter()
        .filter(|r| own_years(r) == best)
        .collect();
    match best_readings.len() {
        1 => best_readings.pop(),
        _ => None,
    }
}

/// Every way of writing `n` as `parts` parts in order, each `min` at least.
pub(super) fn compositions(n: usize, parts: usize, min: usize) -> Vec<Vec<usize>> {
    if parts == 0 {
        return if n == 0 { vec![Vec::new()] } else { Vec::new() };
    }
    let mut out = Vec::new();
    for first in min..=n {
        for mut rest in compositions(n - first, parts - 1, min) {
            rest.insert(0, first);
            out.push(rest);
        }
    }
    out
}

/// The last year a header cell names (`2025年`, `2021—2025年累计`: 2025).
pub(super) fn last_year(t: &str) -> Option<u32> {
    if !names_year(t) {
        return None;
    }
    let c: Vec<char> = strip_spaces(t).chars().collect();
    c.windows(5)
        .rev()
        .find(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年')
        .and_then(|w| w[..4].iter().collect::<String>().parse().ok())
}
