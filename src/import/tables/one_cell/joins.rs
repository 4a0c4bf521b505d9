//! Joining the pieces of a cell split over lines or paragraphs where the column profile says a
//! row has one piece too many.

use super::*;

/// Where to join two of a row's pieces, one more than its columns, so that each cell fits its
/// column in the item rows before (`cells[off + i]` for piece `i`) as [`Profile::fit`] measures
/// it: as long as the column's cells usually are, a value where the column holds values and words
/// where it holds words, bodies where it names bodies (`审批时间压减至25个工作日以内` is no part
/// of the 牵头单位 `市住房城乡建设局、市行政审批服务局`); and never
/// a value as half of a cell (`9.5` is no part of `2027—2030年`: `区体育局` / `区建管委` is the
/// cell over two lines). At least two such rows, and one join clearly better than every other.
pub(super) fn profile_join(rows: &[TableRow], off: usize, after: &[Piece]) -> Option<usize> {
    if after.len() < 2 {
        return None;
    }
    let width = after.len() - 1;
    let profile = Profile::with_empty(rows, off, width, true)?;
    let texts: Vec<String> = after.iter().map(Piece::text).collect();
    let cost = |i: usize| -> f64 {
        let mut cells: Vec<String> = texts.clone();
        let second = cells.remove(i + 1);
        let halves_a_value = is_value_cell(&cells[i]) || is_value_cell(&second);
        // (Bodies and other words are not one cell either: `各街道（镇）` / `2030年`.)
        // (Nor a list of places and words: `临江区、溪口区` / `更新火化设备5台，…`; each place
        // a short name, not `枫林苑等老旧小区`.)
        let places = |t: &str| {
            let parts: Vec<&str> = t.split(['、', '，']).collect();
            parts.len() >= 2
                && parts.iter().all(|x| {
                    (2..=5).contains(&x.chars().count()) && !x.contains('等') && names_a_place(x)
                })
        };
        // (But a project's name may open with its places: `桃源一村、桃源二村` / `不成套住宅
        // 成套改造`, words that end as a work is named.)
        let places_of_a_work = places(&cells[i])
            && second.chars().count() <= 16
            && !second.contains(['，', ',', '。'])
            && ["改造", "工程", "项目", "建设", "整治", "修缮"]
                .iter()
                .any(|w| second.ends_with(w));
        // (Unless the whole ends on a body's name, no place's, as every cell of its column
        // does: `临澜高新区氢能产业园` / `站内制氢加氢站` among `临澜港综合能源站`, `西江物流园加氢站`;
        // not `提标改造` / `沣西镇` among `北塘镇`.)
        let bodies_column = || {
            let column: Vec<&String> = rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(off + i).filter(|c| !c.is_empty()))
                .collect();
            column.len() >= 2 && column.iter().all(|c| names_bodies(c))
        };
        let halves_a_list = (names_bodies(&cells[i]) != names_bodies(&second)
            && !(names_bodies(&second) && !names_a_place(&second) && bodies_column()))
            || (places(&cells[i]) != places(&second) && !places_of_a_work);
        // (Nor is a cell that opens with its task's verb the end of the one before, unless
        // that stops mid-phrase: `…铁水联运` / `专用线工程` / `新建铁路专用线…`.)
        // (Or a work's verb, `改造业务用房…` after `区未成年人救助保护中心` / `标准化改造`.)
        let before_a_task = TASK_VERBS
            .iter()
            .chain(&["改造", "迁建", "修缮", "整治", "增设"])
            .any(|v| second.starts_with(v))
            && (second.chars().count() > 8 || second.contains(['，', ',']))
            && !cells[i].ends_with(['，', '、', ',', '；', '：']);
        // (Nor a measure's name and the unit after it: `总量比重` / `%`.)
        // (Nor words and a unit of a character or two of units after them: `产业基地` / `家`.)
        let measure_and_unit = (names_measure(&cells[i]) && is_unit_like(&second))
            || (second.chars().count() <= 2
                && second.chars().all(|c| UNIT_CHARS.contains(c))
                && !is_value_cell(&second)
                && !is_placeholder(&second)
                && !is_value_cell(&cells[i])
                && !is_placeholder(&cells[i])
                && !is_unit_like(&cells[i]));
        // (Nor one that takes a first cell ending as every first cell does out of that ending:
        // `高新区片区` / `临澜高新区氢能产业园` under `港湾片区`, `西江物流片区`.)
        let breaks_an_ending = off + i == 0
            && column_ending(rows, 0).is_some_and(|end| {
                cells[i].ends_with(end.as_str()) && !second.ends_with(end.as_str())
            });
        cells[i].push_str(&second);
        // (Nor one that leaves a cell without the words every cell of its column ends with
        // when the other join gives them: `葑金公路沿线中小桥` / `改造工程` under names that
        // all end in `工程`.)
        // (One misfit for each such cell: `青柳镇` may end otherwise than `…街道`, and
        // `区域供水厂青柳镇` than both columns.)
        let unlike_their_columns = cells
            .iter()
            .enumerate()
            .filter(|&(c, cell)| {
                column_ending(rows, off + c).is_some_and(|end| !cell.ends_with(end.as_str()))
            })
            .count();
        profile.cost_with_gaps(&cells, &[])
            + unlike_their_columns as f64
            + f64::from(u8::from(breaks_an_ending))
            + if halves_a_value || halves_a_list || before_a_task || measure_and_unit {
                1.0
            } else {
                0.0
            }
    };
    clearly_best((0..width).map(|i| (cost(i), i)), 0.25)
}

/// A body's own word alone after the place it is of, no body's name itself: one body's name
/// over two pieces (`临港经济开发区` / `管委会`).
pub(super) fn body_of_its_place(place: &str, word: &str) -> bool {
    let (place, word) = (strip_spaces(place), strip_spaces(word));
    BODY_WORDS.contains(&word.as_str())
        && (2..=12).contains(&place.chars().count())
        && !place.contains(['、', '，', ',', '。', '；'])
        && !is_value_cell(&place)
        && !names_bodies(&place)
}

/// A body's own words, which a body's name ends with after the place it is of (`管委会` of
/// `临港经济开发区管委会`).
const BODY_WORDS: [&str; 8] = [
    "管委会",
    "管理委员会",
    "人民政府",
    "办事处",
    "管理局",
    "有限公司",
    "集团公司",
    "指挥部",
];

/// The words every cell of column `j` of the item rows ends with, two CJK characters at least,
/// where two rows or more write the column (`工程` of `金渡大桥维修加固工程`,
/// `望舟港桥拆除重建工程`).
pub(super) fn column_ending(rows: &[TableRow], j: usize) -> Option<String> {
    let cells: Vec<Vec<char>> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.get(j).filter(|c| !c.is_empty()))
        .map(|c| c.chars().collect())
        .collect();
    let first = cells.first()?;
    let shared = (0..first.len())
        .take_while(|&k| {
            let ch = first[first.len() - 1 - k];
            crate::text::is_cjk(ch)
                && cells
                    .iter()
                    .all(|c| c.len() > k && c[c.len() - 1 - k] == ch)
        })
        .count();
    (cells.len() >= 2 && shared >= 2).then(|| first[first.len() - shared..].iter().collect())
}

/// In a row of as many pieces as columns (`cells[off + c]` for column `c` after the number), a
/// cell split over two pieces together with an empty cell that vanished: the pieces `i` and
/// `i + 1` to join and the column `g` to leave empty, when that fits the item rows before (as
/// [`profile_gap`] measures it) better than the row as written by a whole misfit at least, and
/// no other join comes near. Of the gaps that fit equally (values under several year columns),
/// the one `hint` picks among them; none when it picks none. With `category`, the gap is the
/// first column's, a category the rows before have left to the row above, and the row need
/// not have a cell out of its column's kind.
pub(super) fn profile_join_gap(
    rows: &[TableRow],
    off: usize,
    after: &[Piece],
    category: bool,
    hint: impl Fn(&[usize]) -> Option<usize>,
) -> Option<(usize, usize)> {
    let width = after.len();
    if width < 3 {
        return None;
    }
    let profile = Profile::of(rows, off, width)?;
    // (A row's name fits its column however long, where a cell as written is out of its
    // column's kind whatever its length and the name goes on in words: `临湍经济技术` /
    // `开发区` beside `湍城区`, `开发区` under figures. Not a piece with figures after the name:
    // `风电30万千瓦、光伏20万千瓦，…` under `100万千瓦` is the row's scale.)
    let misplaced = after
        .iter()
        .enumerate()
        .any(|(c, p)| profile.kind_with(amount_of(&p.text()), c, false) > 0.0);
    let words_after_name = after
        .get(1)
        .is_some_and(|p| !p.text().chars().any(|ch| ch.is_ascii_digit()));
    let by_length = |c: usize| c > 0 || category || !misplaced || !words_after_name;
    let kind = |t: &str, c: usize| profile.kind_with(t, c, by_length(c));
    let fit = |t: &str, c: usize| profile.fit_with(t, c, by_length(c));
    let texts: Vec<String> = after.iter().map(Piece::text).collect();
    // Only a row with a cell out of its column's kind as written (a unit under a year; not an
    // amount with a remark in brackets under amounts, `3500（含市级补助1200万元）`), or one that
    // may have left its category to the row above.
    if !category
        && texts
            .iter()
            .enumerate()
            .all(|(c, t)| kind(amount_of(t), c) == 0.0)
    {
        return None;
    }
    let as_written: f64 = texts.iter().enumerate().map(|(c, t)| fit(t, c)).sum();
    // (A cell that ends as every cell of its column above, `青石镇、柳塘镇、枫桥镇等7个乡镇` under
    // `城关镇` `柳塘镇`, is whole where it stands.)
    let ends_as_column = |i: usize| {
        let last = texts[i].chars().last();
        let ends: Vec<char> = rows
            .iter()
            .filter(|r| r.kind == RowKind::Item)
            .filter_map(|r| r.cells.get(off + i).and_then(|c| c.chars().last()))
            .collect();
        ends.len() >= 2 && ends.iter().all(|&c| Some(c) == last)
    };
    let mut choices: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..width - 1 {
        // Never a value or a placeholder halved, nor a cell joined to one.
        if [&texts[i], &texts[i + 1]]
            .iter()
            .any(|t| is_value_cell(t) || is_placeholder(t))
            || ends_as_column(i)
            || ends_as_column(i + 1)
            // (Nor bodies, `市生态环境局、市水利局`, the end of a sentence before them; nor
            // words after a name that ends as a body's, `…利用中心` `资源化利用`; unless the
            // second ends the first as every cell of its column ends, `湖滨新城东片` /
            // `社区商业中心` under names all ending in `社区商业中心`.)
            || (names_bodies(&texts[i + 1]) != names_bodies(&texts[i])
                && !column_ending(rows, off + i).is_some_and(|end| {
                    !texts[i].ends_with(end.as_str()) && texts[i + 1].ends_with(end.as_str())
                }))
        {
            continue;
        }
        let mut joined = texts.clone();
        let second = joined.remove(i + 1);
        joined[i].push_str(&second);
        // (Not the first column: a row keeps its name; with `category`, only that column, the
        // category's.)
        let gaps = if category { 0..1 } else { 1..width };
        for g in gaps {
            let at = |j: usize| if j < g { j } else { j + 1 };
            // Every cell of its column's kind once joined.
            if joined.iter().enumerate().any(|(j, t)| kind(t, at(j)) > 0.0) {
                continue;
            }
            let cost: f64 = joined.iter().enumerate().map(|(j, t)| fit(t, at(j))).sum();
            choices.push((cost, i, g));
        }
    }
    let best = choices.iter().map(|c| c.0).min_by(f64::total_cmp)?;
    if as_written - best < 1.0 {
        return None;
    }
    let near: Vec<&(f64, usize, usize)> = choices.iter().filter(|c| c.0 - best < 0.25).collect();
    let i = near.first()?.1;
    if near.iter().any(|c| c.1 != i) {
        return None;
    }
    let gaps: Vec<usize> = near.iter().map(|c| c.2).collect();
    match gaps.as_slice() {
        [g] => Some((i, *g)),
        _ => hint(&gaps).map(|g| (i, g)),
    }
}

/// Where a row's `texts`, one more than its cells in columns `off..` of the item rows read so
/// far, join when that is not at the last two: never a text some item row writes as a whole
/// cell (`保留历史建筑`, `第四批`), and every cell of its column's kind once joined. When the last
/// two may join, only where the row then fits its columns clearly better (by one misfit); when
/// they may not, where it fits best, a later join before an earlier one as good (`东市石桥`
/// `东市河与文庙街` `交汇处` `保留历史建筑` `第四批` under 名称 地址 保护类别 公布批次: `交汇处`
/// goes on the address).
pub(super) fn join_within(rows: &[TableRow], off: usize, texts: &[String]) -> Option<usize> {
    let width = texts.len().checked_sub(1).filter(|&w| w >= 2)?;
    let profile = Profile::of(rows, off, width)?;
    let whole = |t: &str| {
        !is_placeholder(t)
            && rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .any(|r| r.cells.iter().any(|c| c == t))
    };
    let may_join = |i: usize| {
        [&texts[i], &texts[i + 1]]
            .iter()
            .all(|t| !is_value_cell(t) && !is_placeholder(t) && !whole(t))
    };
    let cost = |i: usize| -> Option<f64> {
        let mut joined = texts.to_vec();
        let second = joined.remove(i + 1);
        joined[i].push_str(&second);
        if joined
            .iter()
            .enumerate()
            .any(|(c, t)| profile.kind(t, c) > 0.0)
        {
            return None;
        }
        Some(
            joined
                .iter()
                .enumerate()
                .map(|(c, t)| profile.fit(t, c))
                .sum(),
        )
    };
    let at_end = width - 1;
    let choices: Vec<(usize, f64)> = (0..at_end)
        .filter(|&i| may_join(i))
        .filter_map(|i| cost(i).map(|c| (i, c)))
        .collect();
    let best = choices.iter().map(|c| c.1).min_by(f64::total_cmp)?;
    let i = choices.iter().rev().find(|c| c.1 - best < 0.25)?.0;
    if may_join(at_end) {
        let end_cost = cost(at_end).unwrap_or(f64::INFINITY);
        return (end_cost - best >= 1.0).then_some(i);
    }
    Some(i)
}

/// Whether the last piece of a row's pieces `seg` (its number first), which fill its `e` cells
/// after the number exactly, is rather the category cell of the next row under a merged
/// category column, the row having lost an empty cell (`4` `小压站提标改造` `改造小压站30座`
/// `2021—2025年`, then `公共厕所` `5` …): a short category-like cell that fits the item rows
/// before clearly worse in this row than the row does with a gap.
pub(super) fn next_category_ends(rows: &[TableRow], seg: &[Piece], e: usize) -> bool {
    let Some((last, _)) = seg.split_last() else {
        return false;
    };
    // (Nor a figure, or words after one: `[150]`, `[1200]，具备条件的…`, a value.)
    let t = last.text();
    let figure_first = t
        .trim_start_matches(['[', '［', '〔', '≥', '≤', '约'])
        .starts_with(|c: char| c.is_ascii_digit());
    // (Nor one character, a unit written for a figure left out: `台` after `预期性`.)
    if seg.len() != e + 1
        || e < 3
        || last.gap == 0
        || !is_category_cell(&t)
        || figure_first
        || strip_spaces(&t).chars().count() < 2
    {
        return false;
    }
    // (Nor words with a comma or a figure where no category written so far has one:
    // `主体已完工，2026年投入使用` after `儿童福利设施`, `未成年人保护阵地`; nor words with both
    // before any category is read, `县、乡、村三级责任全覆盖，签订责任书2.6万份` after row 1.)
    let unlike = |c: &str| c.contains(['，', ',']) || c.contains(|ch: char| ch.is_ascii_digit());
    let categories: Vec<&String> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.group.as_ref().filter(|c| !c.is_empty()))
        .collect();
    let clauses_with_figure = t.contains(['，', ',']) && t.contains(|ch: char| ch.is_ascii_digit());
    if unlike(&t)
        && (!categories.is_empty() || clauses_with_figure)
        && !categories.iter().any(|c| unlike(c))
    {
        return false;
    }
    // (Nor words longer by two and by half than the categories so far, where two or more all
    // have one length: `完成市下达目标`, a target, after `提能级`, `优空间`, `强创新`;
    // `统计口径调整`, a remark under 完成情况, after `服务网络`, `服务能力`, `健康管理`. Not
    // `提升城市治理效能` after categories of six.)
    let n = strip_spaces(&t).chars().count();
    let sizes: std::collections::BTreeSet<usize> = categories
        .iter()
        .map(|c| strip_spaces(c).chars().count())
        .collect();
    let distinct: std::collections::BTreeSet<&String> = categories.iter().copied().collect();
    if distinct.len() >= 2
        && sizes.len() == 1
        && sizes.iter().all(|&m| n >= m + 2 && 2 * n >= 3 * m)
    {
        return false;
    }
    // (Words unlike the last column's, where its cells so far all end alike, are no cell of
    // it: `队伍装备` after `完成`, `超额完成`, `基本完成` under 完成情况.)
    let written = last_cells(rows);
    let ended_alike = written.len() >= 3
        && written
            .first()
            .is_some_and(|c| !is_attr(c) && ends_like_last_column(rows, c));
    if ended_alike && !ends_like_last_column(rows, &t) {
        return true;
    }
    // (Nor words that set no goal, state or grade where the last column's cells so far, two
    // or more, are all figures: `更新提升` after `42` under 2030年目标. A goal in words says
    // what it reaches, `完成市级考核要求`, `保持稳定`; a category may name a change, `提升`.)
    // (The rows may be those read ahead, this row among them: its own last piece aside.)
    let others: Vec<&&String> = written.iter().filter(|c| c.as_str() != t).collect();
    let figures_last = others.len() >= 2
        && others
            .iter()
            .all(|c| is_value_cell(without_bracket_tail(c)) || is_placeholder(c));
    // (And the row's piece before them a figure too: not `一级馆` after `一级馆`.)
    let after_figure =
        before_last(seg).is_some_and(|x| is_value_cell(without_bracket_tail(&x.text())));
    if figures_last
        && after_figure
        && !says_what_it_reaches(&t)
        && !names_state(&t)
        && !names_grade(&t)
        && !evaluates(&t)
        && !is_attr(&t)
        && !is_unit_like(&t)
    {
        return true;
    }
    let Some(profile) = Profile::of(rows, 1, e) else {
        return false;
    };
    // (Not a body where the column's cells so far all name bodies: `市应急局` under 责任单位,
    // shorter than `市应急局、市住房城乡建设局` above it.)
    let bodies = profile
        .columns
        .get(e - 1)
        .is_some_and(|c| !c.is_empty() && c.iter().all(|t| names_bodies(t)));
    if bodies && names_bodies(&last.text()) {
        return false;
    }
    let texts: Vec<String> = seg[1..].iter().map(Piece::text).collect();
    let as_read: f64 = texts
        .iter()
        .enumerate()
        .map(|(c, t)| profile.fit(t, c))
        .sum();
    let shorter = &texts[..texts.len() - 1];
    let with_gap = (1..e)
        .map(|g| profile.cost_with_gaps(shorter, &[g]))
        .min_by(f64::total_cmp);
    with_gap.is_some_and(|c| as_read - c >= 1.0)
}

/// Whether a row's pieces before its attribute, `row` (one fewer than the `width` cells after
/// the category plus the category), read better as a new category and `width - 1` cells with
/// one gap than as `width` cells under the category above: the first a category-like cell, and
/// the cells fitting the item rows read so far (`rows`) clearly better with the gap.
pub(super) fn opens_group_one_short(rows: &[TableRow], row: &[Piece], width: usize) -> bool {
    let Some((first, rest)) = row.split_first() else {
        return false;
    };
    let t0 = first.text();
    // (Not an indicator's name, `低效用地再开发面积`, nor one before its unit.)
    let name_next = rest.first().is_some_and(|p| {
        let t = p.text();
        !is_unit_like(&t) && !is_numberish(&t) && !is_value_cell(&t) && !is_placeholder(&t)
    });
    if !is_category_cell(&t0)
        || is_numberish(&t0)
        || is_value_cell(&t0)
        || names_measure(&t0)
        || !name_next
        || rest.len() + 1 != width
    {
        return false;
    }
    let Some(profile) = Profile::of(rows, 0, width) else {
        return false;
    };
    let texts: Vec<String> = row.iter().map(Piece::text).collect();
    let as_merged: f64 = texts
        .iter()
        .enumerate()
        .map(|(c, t)| profile.fit(t, c))
        .sum();
    let with_gap = (1..width)
        .map(|g| profile.cost_with_gaps(&texts[1..], &[g]))
        .min_by(f64::total_cmp);
    with_gap.is_some_and(|c| as_merged - c >= 1.0)
}

/// Under a category column before the number, the last piece of a row's segment `seg` when
/// the next row, at `next`, numbers from 1 again: that group's first row has its category, the
/// piece right before its `1`.
pub(super) fn next_group_category(body: &[Piece], seg: &[Piece], next: usize) -> bool {
    let restarts = body
        .get(next)
        .is_some_and(|x| row_number(&x.text()) == Some(1));
    restarts
        && seg.len() > 2
        && seg.last().is_some_and(|x| {
            let t = x.text();
            is_category_cell(&t) && !is_numberish(&t) && !is_unit_like(&t)
        })
}

/// The piece before a row's last one, its number first (`seg`): what the last follows.
pub(super) fn before_last(seg: &[Piece]) -> Option<&Piece> {
    seg.len().checked_sub(2).and_then(|i| seg.get(i))
}

/// A goal in words that says what it reaches (`完成市级考核要求`, `保持稳定`, `达到90以上`), not
/// only a change, as a category may name one (`更新提升`).
pub(super) fn says_what_it_reaches(t: &str) -> bool {
    [
        "要求",
        "目标",
        "以上",
        "以内",
        "以下",
        "左右",
        "达到",
        "实现",
        "确保",
        "力争",
        "控制",
        "覆盖",
        "不低于",
        "不高于",
        "不少于",
        "稳定",
        "保持",
        "完成",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// A goal in words: a state reached or a change (`全覆盖`, `基本建立`, `稳步提高`,
/// `控制在…以内`).
pub(super) fn states_a_goal(t: &str) -> bool {
    names_state(t)
        || [
            "覆盖", "建立", "形成", "完善", "健全", "实现", "达到", "提高", "提升", "增长", "降低",
            "下降", "减少", "保持", "稳定", "控制", "以上", "以内", "以下", "左右", "全面", "基本",
            "初步", "显著", "明显", "有效", "要求",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// Words that end as the name of what an indicator measures (`…覆盖率`, `…人数`, `…比重`), not
/// as a value in words (`全覆盖`, `基本建立`).
pub(super) fn names_measure(t: &str) -> bool {
    let t = strip_spaces(t);
    t.chars().count() >= 4
        && [
            "率", "数", "人次", "数量", "总量", "比例", "比重", "占比", "面积", "水平", "程度",
            "能力",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// A cell's amount as totals add it: a plain number, thousands commas aside (`1,200`).
pub(super) fn sum_amount(t: &str) -> Option<f64> {
    // (An amount with a remark in brackets counts as the amount: `12.6（含边坡3.2）`.)
    let t: String = strip_spaces(amount_of(t.trim()))
        .chars()
        .filter(|&c| c != ',')
        .collect();
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}
