//! A table's notes (`注：…`) and what they say about its cells: a gap, a missing unit, a figure yet
//! to be set, read also from the text outside the table.

use super::*;

/// The notes under a table: a `注` paragraph, then paragraphs numbered on from the note's first
/// number (`注： 1 …` / `2 …`, `注：1、…` / `2.…`). Returns the notes, the lines used and their
/// seed numbers.
pub(super) fn read_notes(lines: &[SrcLine]) -> (Vec<String>, usize, Vec<usize>) {
    let mut notes = Vec::new();
    let mut nos = Vec::new();
    let mut used = 0usize;
    let mut next: Option<u32> = None;
    let mut i = 0usize;
    while i < lines.len() {
        // A paragraph: a line and those after it with no blank line between, up to a line that
        // ends a sentence or before one the outline reads (a heading after the notes of a text
        // that leaves no blank lines).
        let start = i;
        if clean(lines[i].text).is_empty() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len()
            && lines[j].blanks_before == 0
            && !clean(lines[j].text).is_empty()
            && !clean(lines[j - 1].text).ends_with('。')
            && !is_stop(lines[j].text)
        {
            j += 1;
        }
        let para: Vec<&SrcLine> = lines[start..j].iter().collect();
        let text: String = para
            .iter()
            .map(|l| clean(l.text))
            .collect::<Vec<_>>()
            .join("");
        // After the first note: the next number's, or another note's name (`资料来源：…`);
        // not the text's next run-in heading numbered on from the notes (`3.加强风貌保护街坊
        // 管控。严格…`: a task's short title, then a paragraph).
        // (A footnote led by stars, `*开设托班的幼儿园占比为…`, for a starred cell.)
        let unstarred = text.trim_start_matches(['*', '＊']);
        let starred = unstarred.len() < text.len()
            && !unstarred.is_empty()
            && !unstarred.starts_with(is_space);
        let accept = if notes.is_empty() {
            is_note_start(&text) || starred
        } else if starred {
            true
        } else {
            (next.is_some_and(|n| note_number(&text) == Some(n))
                && !is_stop(&text)
                && !is_run_in_task(&text)
                && !is_task_title(&text)
                && !is_field_task_title(&text))
                || is_note_start(&text)
                || (!is_stop(&text) && speaks_of_the_table(&text))
        };
        if !accept {
            break;
        }
        let body = if notes.is_empty() {
            note_body(&text).to_string()
        } else {
            text.clone()
        };
        next = note_number(&body).map(|n| n + 1);
        notes.push(text);
        nos.extend(para.iter().map(|l| l.no));
        used = j;
        i = j;
    }
    (notes, used, nos)
}

/// Words of a note saying an indicator has no figure for a year or a column: new in the plan,
/// not counted then, not worked out, not set for that year.
pub(super) const NO_FIGURE: &[&str] = &[
    "新增指标",
    "新设指标",
    "暂无",
    "无供应",
    "不安排",
    "无基数",
    "不设基数",
    "无基期值",
    "无年度任务",
    "未开展统计",
    "空白",
    "不新增",
    "不设该项",
    "不设该指标",
    "未作统计",
    "不作统计",
    "未统计",
    "无统计",
    "无数据",
    "暂无数据",
    "不测算",
    "不计算",
    "不再设置",
    "不设置目标",
    "不设目标",
    "空缺",
    "不单列",
    "未填列",
    "不再安排",
    "不设阶段性目标",
    "不设年度目标",
    "未单独统计",
    "不单独统计",
    "后确定",
    "后核定",
    "另行确定",
    "另行明确",
    "后明确",
    "不设基准",
    "不设基期",
    "待定",
    "不设定",
    "未设定",
    "未设目标",
    "未设规划目标",
    "不设规划目标",
    "无基期数据",
    "新增统计指标",
    "不承担",
    "无现状",
    "暂缺",
    "未设置",
    "未单独设置",
];

/// What a note says of a row with no unit.
pub(super) const NO_UNIT: [&str; 5] =
    ["不设计量单位", "不设单位", "无计量单位", "无单位", "无量纲"];

/// Whether a note's sentence says a row has no figure: a word for it, and not one for a row
/// without a unit (`无计量单位，该栏空白` blanks the unit, [`units_placed_by_notes`]'s).
pub(super) fn says_no_figure(sentence: &str) -> bool {
    // (A period named between the words counts for nothing: `未设“十四五”目标值`.)
    let plain = without_period_marks(sentence);
    // (Or the row named between the words: `未对地源热泵…应用建筑面积设定目标值`.)
    let named_between = plain
        .find("未对")
        .is_some_and(|i| plain.get(i..).is_some_and(|r| r.contains("设定目标")));
    (NO_FIGURE.iter().any(|w| plain.contains(w)) || named_between) && !says_no_unit(sentence)
}

/// `sentence` without the five-year periods it names, in quotation marks or not (`“十四五”`,
/// `十四五` once the marks are stripped).
fn without_period_marks(sentence: &str) -> String {
    let chars: Vec<char> = sentence.chars().collect();
    let period = |w: &[char]| w[0] == '十' && "一二三四五六七八九".contains(w[1]) && w[2] == '五';
    let mut out = String::with_capacity(sentence.len());
    let mut i = 0;
    while i < chars.len() {
        let quoted = chars.get(i..i + 5).is_some_and(|w| {
            matches!(w[0], '“' | '"') && period(&w[1..4]) && matches!(w[4], '”' | '"')
        });
        let bare = chars.get(i..i + 3).is_some_and(period);
        if quoted {
            i += 5;
        } else if bare {
            i += 3;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Whether a note's sentence that says a row has no unit says in a clause of its own that a
/// figure of the row is not given either: `第9项指标为无量纲指数，目标值待…另行确定`; not a
/// clause that speaks of the unit's cell, `无计量单位，该栏空白`.
pub(super) fn says_no_figure_in_a_clause(sentence: &str) -> bool {
    says_no_unit(sentence)
        && sentence
            .split(['，', ','])
            .any(|c| says_no_figure(c) && !["该栏", "此栏", "单位"].iter().any(|w| c.contains(w)))
}

/// Whether a note's sentence says a row has no unit: a word for it (`无计量单位`), or the unit's
/// column left blank (`计量单位已在数值中注明，“单位”栏未填写`).
pub(super) fn says_no_unit(sentence: &str) -> bool {
    NO_UNIT.iter().any(|w| sentence.contains(w))
        || ["“单位”栏", "单位栏"].iter().any(|c| {
            sentence.find(c).is_some_and(|at| {
                let after = &sentence[at..];
                ["未填写", "未填列", "空白", "不填", "留空"]
                    .iter()
                    .any(|w| after.contains(w))
            })
        })
}

/// Whether a note's sentence calls row `k` by its number: `第7项`, `指标7`, `序号7` (not `序号70`).
pub(super) fn names_row_number(sentence: &str, k: u32) -> bool {
    let digits = k.to_string();
    // (Or among others: `第3、4、10项`.)
    if sentence.contains(&format!("第{digits}项")) || numbered_items(sentence).contains(&k) {
        return true;
    }
    ["指标", "序号", "项目"].iter().any(|w| {
        let mark = format!("{w}{digits}");
        sentence.match_indices(&mark).any(|(i, _)| {
            !sentence[i + mark.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    })
}

/// What a note must hold to name a row by its indicator `key`: the indicator without its period
/// or its unit (`“十四五”年均增长（%）` is `年均增长` to a note) or a share's `其中：`
/// (`其中：灵活就业人员缴存人数` is `灵活就业人员…`), its first half and four characters at least.
pub(super) fn note_head(key: &str) -> String {
    let key = key
        .strip_prefix("其中：")
        .or_else(|| key.strip_prefix("其中:"))
        .filter(|k| !k.is_empty())
        .unwrap_or(key);
    let c: Vec<char> = key.chars().collect();
    let from = if c.len() > 3 && c[0] == '十' && c[2] == '五' {
        3
    } else {
        0
    };
    let rest: String = c[from..].iter().collect();
    let core = bracket_tail(&rest).map_or(rest.clone(), |(name, _)| name.to_string());
    let len = core.chars().count();
    core.chars().take(len.div_ceil(2).max(4)).collect()
}

/// A row's one empty cell (a cell that vanished, placed by the values around it) moves to the
/// column a note names for it: the note names the row's indicator (whole, or its first half and
/// four characters at least: `灵活就业人员…` for `灵活就业人员新增缴存人数`) and says it has no figure,
/// for a column it names (`…为新增指标，2015年未作统计`, `…不测算年均增长`) or, naming none, for
/// the first year (a new indicator has no baseline). The cells between move over by one.
/// Returns the report's lines.
pub(super) fn gaps_placed_by_notes(table: &mut Table, by_text: bool) -> Vec<String> {
    let mut out = Vec::new();
    let column = |j: usize| table.columns.get(j + 1).map_or("", String::as_str);
    // What a note calls column `j`: its year (`2015年`) or its name without the year or the
    // unit in brackets (`远期` for `远期（2035年）`).
    let called = |j: usize| -> Vec<String> {
        let c = strip_spaces(column(j));
        let name = bracket_tail(&c).map_or(c.as_str(), |(name, _)| name);
        // (A share's column by what it counts: `平战结合利用面积` for `其中：平战结合利用面积`.)
        let name = name
            .strip_prefix("其中：")
            .or_else(|| name.strip_prefix("其中:"))
            .filter(|n| !n.is_empty())
            .unwrap_or(name)
            .to_string();
        let year = last_year(&c).map(|y| format!("{y}年"));
        // (A name of one character only when a note quotes it: `表中“种”一栏`.)
        let quoted = |n: &str| {
            table
                .notes
                .iter()
                .any(|note| note.contains(&format!("“{n}”")))
        };
        let words = (last_year(&name).is_none()
            && (name.chars().count() >= 2 || (name.chars().count() == 1 && quoted(&name))))
        .then_some(name.clone());
        // (Or what the column holds after its year, where no other column holds it: `目标值`
        // of `2025年目标值` beside `2020年基准值`, not beside `2035年目标值`.)
        let held = |c: &str| -> Option<String> {
            let c = strip_spaces(c);
            c.split_once('年')
                .filter(|(y, _)| y.chars().count() == 4 && y.chars().all(|c| c.is_ascii_digit()))
                .map(|(_, rest)| rest.to_string())
                .filter(|rest| rest.chars().count() >= 2 && last_year(rest).is_none())
        };
        let after_year = held(&name).filter(|h| {
            table
                .columns
                .iter()
                .filter(|c| held(c).as_deref() == Some(h.as_str()))
                .count()
                == 1
        });
        // (Or what it measures without the measure's word, `永久基本农田保护` of
        // `永久基本农田保护面积`: `无永久基本农田保护任务`.)
        // (Or a stem of two, `新建` of `新建面积`, no other column's: `不安排新建任务`.)
        let stem = ["面积", "规模", "数量", "总量", "长度", "个数"]
            .iter()
            .find_map(|w| name.strip_suffix(w))
            .filter(|s| {
                let own = || {
                    table
                        .columns
                        .iter()
                        .filter(|c| strip_spaces(c).contains(*s))
                        .count()
                        == 1
                };
                last_year(s).is_none()
                    && (s.chars().count() >= 4 || (s.chars().count() >= 2 && own()))
            })
            .map(str::to_string);
        // (Or what it holds after the period it is of, `目标` of `“十三五”目标`: `规划未设目标值`.)
        let unquoted: String = name.chars().filter(|c| !"“”\"".contains(*c)).collect();
        let after_period = unquoted
            .char_indices()
            .nth(3)
            .filter(|_| {
                let c: Vec<char> = unquoted.chars().take(3).collect();
                c.len() == 3 && c[0] == '十' && c[2] == '五'
            })
            .map(|(i, _)| unquoted[i..].to_string())
            .filter(|rest| rest.chars().count() >= 2 && last_year(rest).is_none());
        // (Or the word for its values at its end, `目标` of `“十四五”规划目标`, where no other
        // column holds it: `原规划未设定目标值`.)
        let own_word = ["目标", "基数", "现状"]
            .iter()
            .find(|w| name.ends_with(*w))
            .filter(|w| {
                table
                    .columns
                    .iter()
                    .filter(|c| strip_spaces(c).contains(*w))
                    .count()
                    == 1
            })
            .map(|w| w.to_string());
        year.into_iter()
            .chain(words)
            .chain(after_year)
            .chain(stem)
            .chain(after_period)
            .chain(own_word)
            .collect()
    };
    let width = table.columns.len().saturating_sub(1);
    // What a note that names no column calls a baseline's or a target's year, `2020年`
    // `2025年`, where no column names it: `目标值待…确定` names the target's.
    let years: Vec<usize> = (0..width)
        .filter(|&y| last_year(column(y)).is_some())
        .collect();
    let unnamed = |w: &str| !table.columns.iter().any(|c| c.contains(w));
    let role = |j: usize| -> &[&str] {
        match years[..] {
            [_, .., last] if j == last && unnamed("目标") => &["目标值", "目标"],
            [first, .., _] if j == first && unnamed("基") && unnamed("现状") => {
                &["基期值", "基数", "现状值"]
            }
            _ => &[],
        }
    };
    let first_year = (0..width).find(|&j| last_year(column(j)).is_some());
    let strip = |t: &str| -> String {
        strip_spaces(t)
            .chars()
            .filter(|c| !matches!(c, '*' | '＊' | '“' | '”'))
            .collect()
    };
    let notes: Vec<String> = table.notes.iter().map(|n| strip(n)).collect();
    // (Columns of amounts, named by what they measure, `用地面积` under `单位：公顷、亿元`.)
    let amounts = amount_columns(&table.rows, width, 0, &[]);
    let mut moves = Vec::new();
    // (A last column empty in two item rows at least, an attribute merged over its group or
    // remarks given for a few rows: a row's empty cell there is no gap a note places.)
    let last = width.checked_sub(1);
    let sparse_last = last.is_some_and(|l| {
        table
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Item && r.cells.get(l).is_some_and(|c| c.is_empty()))
            .count()
            >= 2
    });
    // (A category written in the first cell of its group's first row, left empty in the rows
    // after it, is no gap: `碳排放总量` `万吨` `412.6` under 总量和强度.)
    let category_first = table
        .rows
        .iter()
        .any(|r| r.group.is_some() && r.cells.first() == r.group.as_ref());
    // (Nor is a share's empty number, `其中：外贸集装箱吞吐量` under 序号 after 类别.)
    let number_cell = table
        .columns
        .iter()
        .position(|c| is_number_header(c))
        .and_then(|j| j.checked_sub(1));
    for (r, row) in table.rows.iter().enumerate() {
        let from = usize::from(category_first && row.group.is_some());
        let share = std::iter::once(&row.name)
            .chain(&row.cells)
            .any(|c| opens_sub_row(&strip(c)));
        let from = match number_cell {
            Some(n) if share && row.cells.get(n).is_some_and(|c| c.is_empty()) => from.max(n + 1),
            _ => from,
        };
        let Some(e) = only_empty_cell(row, from).or_else(|| {
            // (Or a share's, `其中：…`, whose last cell is left to the row it is part of: `超额完成`
            // under 完成情况 is its row's.)
            let l = last.filter(|_| sparse_last || share)?;
            let mut empty = (0..l).filter(|&j| row.cells.get(j).is_some_and(|c| c.is_empty()));
            let e = empty.next()?;
            (empty.next().is_none() && row.cells.get(l).is_some_and(|c| c.is_empty())).then_some(e)
        }) else {
            continue;
        };
        // The row's indicator: its longest cell of words that a note names (a project's name
        // rather than its longer works), else its longest, or the year it is (`2024年`).
        let mut words: Vec<String> = std::iter::once(&row.name)
            .chain(&row.cells)
            .map(|c| strip(c))
            .filter(|c| c.chars().count() >= 4 && !is_numberish(c) && !is_value_cell(c))
            .collect();
        // (Or what tells a cell from the others of its column, after what they all open with:
        // `新港分馆` of `东湾区图书馆新港分馆`, as a note calls it.)
        words.extend(row.cells.iter().enumerate().filter_map(|(j, c)| {
            let column: Vec<Vec<char>> = table
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(j).filter(|x| !x.is_empty()))
                .map(|x| strip(x).chars().collect())
                .collect();
            let first = column.first()?;
            let shared = (0..first.len())
                .take_while(|&i| column.iter().all(|x| x.get(i) == first.get(i)))
                .count();
            let tail: String = strip(c).chars().skip(shared).collect();
            (column.len() >= 3 && shared >= 2 && tail.chars().count() >= 3 && !is_value_cell(&tail))
                .then_some(tail)
        }));
        let named = |c: &&String| notes.iter().any(|n| n.contains(note_head(c).as_str()));
        // (A short name, `茶叶`, only when a note opens with it; or the first cell after a
        // row's number, `澄州区`, before its other words: `澜南区…不再安排新建任务`.)
        let opening = || {
            std::iter::once(&row.name)
                .chain(row.cells.first())
                .map(|n| strip(n))
                .find(|name| {
                    name.chars().count() >= 2
                        && !is_numberish(name)
                        && !is_total_label(name)
                        && notes
                            .iter()
                            .any(|n| note_body(n).starts_with(name.as_str()))
                })
        };
        let Some(key) = words
            .iter()
            .filter(named)
            .max_by_key(|c| c.chars().count())
            .cloned()
            .or_else(opening)
            .or_else(|| words.iter().max_by_key(|c| c.chars().count()).cloned())
            .or_else(|| {
                let name = strip(&row.name);
                (names_year(&name) && name.chars().count() <= 6).then_some(name)
            })
        else {
            continue;
        };
        let head = note_head(&key);
        // (Not a note that names another row whose name shares the head: `高标准生活垃圾分类
        // 示范小区` is not `生活垃圾分类处理体系`.)
        let names_another = |n: &str| {
            !n.contains(key.as_str())
                && table.rows.iter().enumerate().any(|(r2, other)| {
                    let name = strip(&other.name);
                    r2 != r
                        && name.chars().count() >= 4
                        && name.contains(head.as_str())
                        && n.contains(name.as_str())
                })
        };
        // (Or by its number, `第4项`.)
        let number = number_of_row(row).filter(|&n| n <= 99);
        // (In the sentence that says it has no figure: `第7项为定性指标，不设单位` says nothing
        // of a figure, `第6项为新增指标` nothing of row 7.)
        // (Or no figure of a column it names, `2020年无排名`.)
        let no_figure = |sentence: &str| {
            says_no_figure(sentence)
                || says_no_figure_in_a_clause(sentence)
                || (!says_no_unit(sentence)
                    && (0..width).any(|j| {
                        called(j).iter().any(|c| {
                            c.chars().count() >= 2
                                && !c.contains("单位")
                                && sentence.contains(&format!("无{c}"))
                        })
                    }))
        };
        let by_number = |n: &str| {
            number.is_some_and(|k| {
                n.split(['。', '；', ';'])
                    .any(|sentence| names_row_number(sentence, k) && no_figure(sentence))
            })
        };
        // (By its name in the sentence that says it has no figure: `公交出行比例指…的比例；“—”表示
        // 2020年无统计基数` says nothing of the ratio's figure.)
        let by_name = |n: &str| {
            n.split(['。', '；', ';'])
                .any(|sentence| sentence.contains(head.as_str()) && no_figure(sentence))
                && !names_another(n)
        };
        // (Or as a share's row, where the row opens with `其中`: `“其中”项为…新增统计项，未设定
        // 规划目标`.)
        let sub_row = std::iter::once(&row.name)
            .chain(row.cells.first())
            .any(|c| opens_sub_row(&strip(c)));
        let by_sub_row = |n: &str| {
            sub_row
                && n.split(['。', '；', ';'])
                    .any(|sentence| sentence.contains("其中项") && no_figure(sentence))
        };
        let Some(note) = notes
            .iter()
            .find(|n| by_name(n) || by_number(n) || by_sub_row(n))
        else {
            continue;
        };
        // (Not the first column after the name's: a number's name or a unit.) The columns the
        // clause saying "no figure" names, else the note (`…自2022年起实施，2021年不设该项指标`).
        let clauses: Vec<&str> = note
            .split(['，', '；', '。', ',', ';'])
            .filter(|c| no_figure(c))
            .collect();
        // (A year's column may be the first: `2021年` is no unit.)
        // (Only columns of values: a year's, a value's, a rate's, a measure's with its unit or
        // one of amounts; `指标` in `新增指标` names no column.)
        let values_column = |j: usize| {
            let c = column(j);
            last_year(c).is_some()
                // (Or a time's, `建设年限`: `第8项建设年限待…另行确定`.)
                || names_time_column(&strip_spaces(c))
                || names_values(c)
                || names_rate(c)
                || bracketed_unit(c).is_some()
                || amounts.contains(&j)
                // (Or what a project measures, `建设规模`, cells of figures with their units.)
                || ["规模", "面积", "数量", "长度", "容量"]
                    .iter()
                    .any(|w| c.contains(w))
                // (Or any column whose cells are all figures, `新建任务` under `单位：万亩`.)
                || {
                    let figures: Vec<&String> = table
                        .rows
                        .iter()
                        .filter(|r| r.kind == RowKind::Item)
                        .filter_map(|r| r.cells.get(j))
                        .filter(|c| !c.is_empty())
                        .collect();
                    figures.len() >= 2 && figures.iter().all(|c| is_bare_amount(c))
                }
        };
        let columns = || {
            (0..width.min(row.cells.len()))
                // (Or one that names values, `“十三五”目标`, where no unit column comes first.)
                .filter(|&j| {
                    j >= 1
                        || last_year(column(j)).is_some()
                        || (names_values(column(j)) && !strip_spaces(column(j)).ends_with("单位"))
                })
                .filter(|&j| values_column(j))
        };
        let named_in = |texts: &[&str]| -> Vec<usize> {
            let named: Vec<usize> = columns()
                .filter(|&j| {
                    called(j)
                        .iter()
                        .any(|c| texts.iter().any(|t| t.contains(c.as_str())))
                })
                .collect();
            // (Of columns of one name under groups, `排名` under `2020年` and `2025年`, those
            // whose group the text names too: `2020年无排名`.)
            let in_group: Vec<usize> = named
                .iter()
                .copied()
                .filter(|&j| {
                    table.group_of(j + 1).is_some_and(|g| {
                        let title = strip_spaces(&g.title);
                        texts.iter().any(|t| t.contains(title.as_str()))
                    })
                })
                .collect();
            if named.len() > 1 && in_group.len() == 1 {
                in_group
            } else {
                named
            }
        };
        // (Else those its sentence saying so names: `面积待选址确定后核定，表中暂未填列；可容纳人数
        // 按…测算` names 面积.)
        let sentences: Vec<&str> = note
            .split(['；', '。', ';'])
            .filter(|c| no_figure(c))
            .collect();
        // (A note whose sentence names the column the row's gap is under already, a values'
        // column or not, `其属性待…确定，表中暂空`, leaves it there; where the clause saying
        // "no figure" names a column, only that clause counts: `未设定规划目标值，不作完成情况
        // 评价` moves the gap under 规划目标.)
        let in_clauses = named_in(&clauses);
        let names_gap_column = |texts: &[&str]| {
            called(e)
                .iter()
                .any(|c| texts.iter().any(|t| t.contains(c.as_str())))
        };
        // Where a column is first named in a text, if it is.
        let first_named =
            |j: usize, t: &str| called(j).iter().filter_map(|c| t.find(c.as_str())).min();
        // (A sentence comparing another column with the gap's, the other first, says the other
        // has no figure: `2025年完成值与原目标值不可比，表中空缺` with the gap under 目标值 is the
        // result's.)
        let named_before_gap = || -> Option<usize> {
            if !in_clauses.is_empty() {
                return None;
            }
            let [sentence] = sentences[..] else {
                return None;
            };
            let gap_at = first_named(e, sentence)?;
            let head = sentence.get(..gap_at).unwrap_or("").trim_end_matches('原');
            let before: Vec<usize> = named_in(&[sentence])
                .into_iter()
                .filter(|&j| {
                    j != e
                        && ["与", "和", "同"].iter().any(|w| {
                            head.strip_suffix(w)
                                .is_some_and(|x| called(j).iter().any(|c| x.ends_with(c.as_str())))
                        })
                })
                .collect();
            match before[..] {
                [j] => Some(j),
                _ => None,
            }
        };
        if let Some(f) = named_before_gap() {
            if row.cells.get(f).is_some_and(|c| !is_placeholder(c)) {
                moves.push((r, e, f, key));
            }
            continue;
        }
        if names_gap_column(if in_clauses.is_empty() {
            &sentences
        } else {
            &clauses
        }) {
            // (Unless the row writes its placeholder under a target's column and another clause
            // says the target is yet to be set: `2025年无统计数据，目标值待…另行确定` with `—`
            // under `“十五五”目标`: the `—` is the baseline's, the target vanished.)
            let pending = ["另行确定", "后确定", "待定", "另行制定"];
            let target_pending = clauses
                .iter()
                .any(|c| c.contains("目标") && pending.iter().any(|w| c.contains(w)));
            let placed: Vec<usize> = (0..width.min(row.cells.len()))
                .filter(|&j| j != e && row.cells.get(j).is_some_and(|c| is_placeholder(c)))
                .collect();
            if let ([t], true) = (placed.as_slice(), target_pending) {
                if *t > e && column(*t).contains("目标") && values_column(*t) {
                    moves.push((r, e, *t, key));
                }
            }
            continue;
        }
        let in_sentences = named_in(&sentences);
        // (A sentence of the text, not a note, names the column itself: the row's gap is not
        // the first year's for want of one.)
        if by_text && in_clauses.is_empty() && in_sentences.is_empty() {
            continue;
        }
        let named = if !in_clauses.is_empty() {
            in_clauses
        } else if !in_sentences.is_empty() {
            in_sentences
        } else {
            // (Of the note's sentences, those that name no other row: `暂无基期统计值;老年人
            // 居家适老化改造目标值为…累计数` names the target of row 9, not this row's.)
            let names_other_row = |sentence: &str| {
                !sentence.contains(key.as_str())
                    && table.rows.iter().enumerate().any(|(r2, other)| {
                        r2 != r
                            && other.kind == RowKind::Item
                            && std::iter::once(&other.name)
                                .chain(&other.cells)
                                .map(|c| strip(c))
                                .any(|c| {
                                    c.chars().count() >= 4
                                        && !is_numberish(&c)
                                        && !is_value_cell(&c)
                                        && other.group.as_deref().map(strip) != Some(c.clone())
                                        && !key.contains(c.as_str())
                                        && sentence.contains(c.as_str())
                                })
                    })
            };
            let own: Vec<&str> = note
                .split(['；', '。', ';'])
                .filter(|s| !names_other_row(s))
                .collect();
            named_in(&own)
        };
        let named = if named.is_empty() {
            columns()
                .filter(|&j| {
                    role(j)
                        .iter()
                        .any(|w| sentences.iter().any(|t| t.contains(w)))
                })
                .collect()
        } else {
            named
        };
        // (A clause beside one saying the row has no unit must name its column: in
        // `…为无量纲指数，“十四五”规划未设定目标值` the gap under 单位 is the unit's.)
        let beside_no_unit = note
            .split(['；', '。', ';'])
            .filter(|s| no_figure(s))
            .all(says_no_unit);
        let f = match (named.as_slice(), first_year) {
            ([j], _) => *j,
            ([], _) if beside_no_unit => continue,
            ([], Some(y)) => y,
            _ => continue,
        };
        // (Not onto a placeholder the row writes itself, which the note explains:
        // `“—”表示2020年无统计基数`, unless the note says the cell is blank, `该栏空白`; nor from
        // a merged category's cell.)
        let blank = ["空白", "留空"].iter().any(|w| note.contains(w));
        if f != e
            && row
                .cells
                .get(f)
                .is_some_and(|c| blank || !is_placeholder(c))
            // (`改造提升任务` names a column of figures, not a merged category.)
            && (!is_category_header(column(e)) || values_column(e))
        {
            moves.push((r, e, f, key));
        }
    }
    for (r, e, f, key) in moves {
        let Some(row) = table.rows.get_mut(r) else {
            continue;
        };
        row.cells.remove(e);
        row.cells.insert(f, String::new());
        out.push(format!(
            "row {key}: its missing cell moved under `{}`, where a note says it has no figure",
            column(f)
        ));
    }
    out
}

/// A row's one empty cell moves to the column a sentence of the text outside the table names
/// for it, as `gaps_placed_by_notes` moves it by a note: the sentence names the row's
/// indicator (its first half, four characters at least), says its figure is yet to be set and
/// names the figure's column (`居民对社区生活圈服务满意度指标的2030年目标值，待…另行确定` in the
/// chapter on the plan's review, the table under no note). The first such sentence of the text decides, as the first
/// note does. The report says the text told it.
pub fn gaps_told_by_the_text(parsed: &mut ParsedTable, prose: &str) {
    let table = &mut parsed.table;
    let gapped: Vec<String> = table
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Item && r.cells.iter().any(|c| c.is_empty()))
        .filter_map(|r| {
            // (Its indicator: its longest cell of words, `12` being the row's number.)
            std::iter::once(&r.name)
                .chain(&r.cells)
                .map(|c| strip_spaces(c))
                .filter(|c| !is_numberish(c) && !is_value_cell(c))
                .max_by_key(|c| c.chars().count())
                .map(|c| note_head(&c))
        })
        .filter(|h| h.chars().count() >= 4)
        .collect();
    if gapped.is_empty() {
        return;
    }
    let sentences: Vec<String> = prose
        .split(['。', '；', ';'])
        .map(|s| {
            // (Without a list item's number, which names no row: `12.居民对…` in an annex.)
            let s = s.trim();
            label(s).map_or_else(|| s.to_string(), |l| l.rest)
        })
        .filter(|s| {
            // (Only a figure yet to be set, or not set: the text's other words for none may
            // say something else there, `填空白` of a network's gaps.)
            s.chars().count() <= 150
                && [
                    "另行确定",
                    "后确定",
                    "后核定",
                    "另行制定",
                    "另行设定",
                    "未设定",
                    "不设定",
                    "未设目标",
                ]
                .iter()
                .any(|w| s.contains(w))
                && gapped.iter().any(|h| s.contains(h.as_str()))
        })
        .collect();
    if sentences.is_empty() {
        return;
    }
    let notes = std::mem::replace(&mut table.notes, sentences);
    let moved = gaps_placed_by_notes(table, true);
    table.notes = notes;
    let at = parsed.lines.first().copied().unwrap_or(0);
    parsed.warnings.extend(
        moved
            .into_iter()
            .map(|m| (at, m.replace("where a note says", "where the text says"))),
    );
}

/// Words of a note saying that cells of a column may be empty (`配合单位空缺的任务，由牵头单位负责`),
/// or written once for the rows after it (`牵头单位相同的相邻事项，牵头单位只列示一次`,
/// `牵头单位合并列示，不再逐项重复`).
pub(super) const EMPTY_CELLS: &[&str] = &[
    "空缺",
    "空白",
    "为空",
    "暂空",
    "未填",
    "留空",
    "只列示一次",
    "仅列示一次",
    "只列一次",
    "仅列一次",
    "不重复列示",
    "不再重复列示",
    "合并列示",
    "不再逐项重复",
];

/// Whether `clause` names the item row `row` by its indicator: the row's longest cell of words
/// (as `gaps_told_by_the_text` finds it), four characters at least.
fn names_row_indicator(clause: &str, row: &TableRow) -> bool {
    let clause = strip_spaces(clause);
    row.kind == RowKind::Item
        && std::iter::once(&row.name)
            .chain(&row.cells)
            .map(|c| strip_spaces(c))
            .filter(|c| !is_numberish(c) && !is_value_cell(c))
            .max_by_key(|c| c.chars().count())
            .is_some_and(|c| c.chars().count() >= 4 && clause.contains(&c))
}

/// A row's cell that vanished, placed by the fit of the cells around it (its report says
/// `left empty under` its column), moves to the one column a note says holds empty cells, naming
/// it in the clause that says so and naming no row (`注：配合单位空缺的任务，由牵头单位负责组织实施`:
/// `市委政法委、市公安局` is row 8's 牵头单位, not a 配合单位 list with its lead gone). Only over
/// cells of words each of the kind of the column it moves into; the report says where and why.
pub(super) fn gaps_placed_by_column_notes(table: &mut Table, warnings: &mut [(usize, String)]) {
    let width = table.columns.len().saturating_sub(1);
    let column = |j: usize| table.columns.get(j + 1).map_or("", String::as_str);
    // (What a note calls a column: its name without spaces or a unit in brackets, two
    // characters at least and no year.)
    let called = |j: usize| -> Option<String> {
        let c = strip_spaces(column(j));
        let name = bracket_tail(&c)
            .map_or(c.as_str(), |(name, _)| name)
            .to_string();
        (name.chars().count() >= 2 && last_year(&name).is_none()).then_some(name)
    };
    let names: Vec<Option<String>> = (0..width).map(called).collect();
    let mut named: Vec<(usize, &str)> = Vec::new();
    for note in &table.notes {
        for clause in note.split(['，', '；', '。', ',', ';', '：']) {
            if !EMPTY_CELLS.iter().any(|w| clause.contains(w))
                || (clause.contains('第') && clause.contains('项'))
                || table
                    .rows
                    .iter()
                    .filter_map(number_of_row)
                    .any(|k| names_row_number(clause, k))
                // (Nor one that names a row by its indicator, `医保服务事项网上可办率、掌上可办率
                // 两项指标合并列示`: two indicators in one row, no column written once.)
                || table.rows.iter().any(|r| names_row_indicator(clause, r))
            {
                continue;
            }
            let cols: Vec<usize> = (0..width)
                .filter(|&j| names[j].as_deref().is_some_and(|n| clause.contains(n)))
                .collect();
            if let [f] = cols[..] {
                named.push((f, note.as_str()));
            }
        }
    }
    // (Or a sentence that names the rows it speaks of and the column: `第3、4项任务牵头单位
    // 相同，合并列示`; then only those rows.)
    let mut scope: Option<Vec<u32>> = None;
    if named.is_empty() {
        for note in &table.notes {
            for sentence in note.split(['；', '。', ';']) {
                let rows = numbered_items(sentence);
                // (Not the rows' own column, which names them: `第3、4项任务` under 任务.)
                let cols: Vec<usize> = (1..width)
                    .filter(|&j| names[j].as_deref().is_some_and(|n| sentence.contains(n)))
                    .collect();
                if let ([f], false) = (&cols[..], rows.is_empty()) {
                    if EMPTY_CELLS.iter().any(|w| sentence.contains(w)) {
                        named.push((*f, note.as_str()));
                        scope = Some(rows);
                    }
                }
            }
        }
    }
    let [(f, note)] = named[..] else { return };
    let in_scope = |row: &TableRow| {
        scope
            .as_ref()
            .is_none_or(|s| number_of_row(row).is_some_and(|k| s.contains(&k)))
    };
    // (A row a note names by its number with another column, `第8项任务…无配合单位`, keeps
    // its gap there.)
    let excepted = |row: &TableRow| {
        number_of_row(row).is_some_and(|k| {
            table.notes.iter().any(|n| {
                n.split(['；', '。', ';']).any(|clause| {
                    // (Not the sentence that names the merged column itself: `第3、4项任务牵头
                    // 单位相同` names the rows' 任务 too.)
                    let names_f = names[f].as_deref().is_some_and(|c| clause.contains(c));
                    names_row_number(clause, k)
                        && !names_f
                        && (0..width).any(|j| {
                            j != f && names[j].as_deref().is_some_and(|c| clause.contains(c))
                        })
                })
            })
        })
    };
    // (A column of words: no item row writes a value, a placeholder or a time in it.)
    let words_column = |j: usize| {
        table
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Item)
            .filter_map(|r| r.cells.get(j))
            .all(|t| !is_value_cell(t) && !is_placeholder(t) && !names_time(t))
    };
    let mut moves = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        if row.kind != RowKind::Item || row.cells.len() != width || excepted(row) || !in_scope(row)
        {
            continue;
        }
        let Some(e) = only_empty_cell(row, 0).filter(|&e| e != f) else {
            continue;
        };
        // (The cells between move over by one: each words, of its new column's kind.)
        let (lo, hi) = (e.min(f), e.max(f));
        let mut moved = row.cells.clone();
        let gap = moved.remove(e);
        moved.insert(f, gap);
        if !(lo..=hi).filter(|&j| j != f).all(|j| {
            let t = &moved[j];
            !is_value_cell(t) && !is_placeholder(t) && !names_time(t) && words_column(j)
        }) {
            continue;
        }
        let label = row_label(row);
        let was = column(e);
        // (The reader reported the row by its label, or by its first cell where the label is
        // the category its group opens with: `row 12:` under 保障措施.)
        let first = row.cells.first().filter(|c| !c.is_empty());
        let Some(w) = warnings.iter().position(|(_, m)| {
            (m.contains(&format!("row {label}:"))
                || first.is_some_and(|c| m.contains(&format!("row {c}:"))))
                && m.contains(&format!("left empty under `{was}`"))
        }) else {
            continue;
        };
        moves.push((r, moved, w, label, was.to_string()));
    }
    let now = column(f).to_string();
    for (r, moved, w, label, was) in moves {
        if let Some(row) = table.rows.get_mut(r) {
            row.cells = moved;
        }
        if let Some(m) = warnings.get_mut(w) {
            m.1 = format!(
                "row {label}: a cell missing; left empty under `{now}`, not `{was}`, where a note \
                 says cells are empty ({note})"
            );
        }
    }
}

/// The items a note names by their numbers in one `第…项`: `第3、4项` is 3 and 4, `第7项` 7;
/// none without such a mark.
pub(super) fn numbered_items(sentence: &str) -> Vec<u32> {
    let Some(at) = sentence.find('第') else {
        return Vec::new();
    };
    let rest = &sentence[at + '第'.len_utf8()..];
    let Some(end) = rest.find('项') else {
        return Vec::new();
    };
    let inner = &rest[..end];
    let parts: Vec<&str> = inner.split(['、', '，', ',']).collect();
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.trim().parse().ok()).collect();
    if numbers.len() == parts.len() {
        numbers
    } else {
        Vec::new()
    }
}

/// What a report calls a row: its name, or its first cell under a merged category (whose rows
/// have no name of their own).
pub(super) fn row_label(r: &TableRow) -> String {
    match r.name.as_str() {
        "" => r.cells.first().cloned().unwrap_or_default(),
        name => name.to_string(),
    }
}

/// The one empty cell of a row after its name from cell `from` on, if it has exactly one.
pub(super) fn only_empty_cell(row: &TableRow, from: usize) -> Option<usize> {
    let mut empty = (from..row.cells.len()).filter(|&j| row.cells[j].is_empty());
    let e = empty.next()?;
    empty.next().is_none().then_some(e)
}

/// A row's one empty cell moves to the column whose total a note states, where the figure
/// beside it makes that total and stands under a column of no stated total, or of one it
/// breaks (`各街镇加装目标合计1214台`: the rows' targets add up to 1194 and `20` of
/// `滨湖科创园区`, read under 适建楼栋 beside its empty target, to 1214). One such row alone
/// moves. Returns the report's lines.
pub(super) fn gaps_placed_by_totals(table: &mut Table) -> Vec<String> {
    let notes: Vec<String> = table.notes.iter().map(|n| strip_spaces(n)).collect();
    let width = table.columns.len().saturating_sub(1);
    // The total a note states for column `j` (cells[j], header columns[j + 1]): what the
    // column measures (without its period, quotes and unit), then `合计`, `共计` or `总计` and
    // the figure.
    let stated = |j: usize| -> Option<f64> {
        let c = strip_spaces(table.columns.get(j + 1)?);
        let core = bracket_tail(&c).map_or(c.as_str(), |(name, _)| name);
        let core: String = core.chars().filter(|c| !"“”\"".contains(*c)).collect();
        let core = match core
            .strip_prefix("十五五")
            .or_else(|| core.strip_prefix("十四五"))
        {
            Some(rest) => rest.to_string(),
            None => core,
        };
        if core.chars().count() < 2 {
            return None;
        }
        notes.iter().find_map(|n| {
            let at = n.find(core.as_str())? + core.len();
            let rest = &n[at..];
            let rest = ["合计", "共计", "总计"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))?;
            let rest = rest.strip_prefix('为').unwrap_or(rest);
            let digits: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            digits.parse::<f64>().ok().filter(|x| x.is_finite())
        })
    };
    // The sum of column `j` over the item rows, every cell a figure or empty.
    let sum = |rows: &[TableRow], j: usize| -> Option<f64> {
        rows.iter()
            .filter(|r| r.kind == RowKind::Item)
            .try_fold(0.0, |acc, r| match r.cells.get(j).map(String::as_str) {
                None | Some("") => Some(acc),
                Some(c) => sum_amount(c).map(|x| acc + x),
            })
    };
    let near = |a: f64, b: f64| (a - b).abs() < 1e-6 * b.abs().max(1.0);
    let mut found = None;
    for j in 0..width {
        let Some(total) = stated(j) else { continue };
        let Some(now) = sum(&table.rows, j) else {
            continue;
        };
        if near(now, total) {
            continue;
        }
        for (r, row) in table.rows.iter().enumerate() {
            if row.kind != RowKind::Item || only_empty_cell(row, 0) != Some(j) {
                continue;
            }
            for k in [j.checked_sub(1), Some(j + 1)].into_iter().flatten() {
                let Some(v) = row.cells.get(k).and_then(|c| sum_amount(c)) else {
                    continue;
                };
                // (The figure's own column keeps its stated total, if it has one.)
                let keeps =
                    stated(k).is_none_or(|t| !sum(&table.rows, k).is_some_and(|s| near(s, t)));
                if near(now + v, total) && keeps {
                    if found.is_some() {
                        return Vec::new();
                    }
                    found = Some((r, k, j));
                }
            }
        }
    }
    let Some((r, from, to)) = found else {
        return Vec::new();
    };
    let row = &mut table.rows[r];
    row.cells.swap(from, to);
    vec![format!(
        "row {}: its figure under `{}` and no cell under `{}`, where a note's total says so",
        row.name,
        table.columns.get(to + 1).map_or("", String::as_str),
        table.columns.get(from + 1).map_or("", String::as_str),
    )]
}

/// The number a note may call a row by (`第4项`): its number, or a bare number written as its
/// name or in its first two cells.
pub(super) fn number_of_row(row: &TableRow) -> Option<u32> {
    // (A number written as a label, `9.`, or opening the name, `6.企业新型学徒制培训人数`,
    // before any figure of the cells: `8` under 2025年 is no row's number.)
    let labelled = |c: &String| {
        int_of(c).or_else(|| {
            label(c)
                .filter(|l| l.style == Style::ArabicItem)
                .map(|l| l.number)
        })
    };
    row.number
        .iter()
        .chain(std::iter::once(&row.name))
        .find_map(labelled)
        .or_else(|| row.cells.iter().take(2).find_map(|c| int_of(c)))
        .or_else(|| row.cells.first().and_then(labelled))
}

/// A row's one empty cell moves to the unit column when a note says the row has no unit
/// (`第8项为定性指标，不设计量单位`), naming the row by its number or its name, and the unit column
/// holds no unit in that row (`—`, the row's first value, stood there): the cells between move
/// over by one. Returns the report's lines.
pub(super) fn units_placed_by_notes(table: &mut Table) -> Vec<String> {
    let Some(u) = table
        .columns
        .iter()
        .skip(1)
        .position(|c| strip_spaces(c).ends_with("单位"))
    else {
        return Vec::new();
    };
    let sentences: Vec<String> = table
        .notes
        .iter()
        .flat_map(|n| {
            n.split(['。', '；', ';'])
                .map(strip_spaces)
                .collect::<Vec<_>>()
        })
        .filter(|s| says_no_unit(s))
        .collect();
    // The longest cell of each column in the item rows.
    let longest: Vec<usize> = (0..table.columns.len())
        .map(|j| {
            table
                .rows
                .iter()
                .filter(|r| r.kind == RowKind::Item)
                .filter_map(|r| r.cells.get(j))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = Vec::new();
    // Whether a sentence saying "no unit" names the row (by its number or its longest words),
    // and those words.
    let names_row = |row: &TableRow| -> (bool, Option<String>) {
        let number = number_of_row(row);
        let name = row
            .cells
            .iter()
            .chain(std::iter::once(&row.name))
            .map(|c| strip_spaces(c))
            .filter(|c| c.chars().count() >= 4 && !is_numberish(c))
            .max_by_key(|c| c.chars().count());
        let naming: Vec<&String> = sentences
            .iter()
            .filter(|s| {
                number.is_some_and(|n| names_row_number(s, n))
                    || name.as_ref().is_some_and(|n| s.contains(n.as_str()))
            })
            .collect();
        // (Not when the sentence also says a figure of the row is not given: `第9项指标为无量纲
        // 指数，目标值待…另行确定` writes `/` for its unit, its target vanished; unless the row
        // writes a dash, which stands for a figure, not a unit: `—` for the baseline of
        // `第7项为指数型指标，无计量单位，…，基期值暂缺`, its unit vanished.)
        let dash = row.cells.iter().any(|c| {
            let c = strip_spaces(c);
            !c.is_empty() && c.chars().all(|ch| matches!(ch, '—' | '－' | '-' | '–'))
        });
        let named =
            !naming.is_empty() && (dash || !naming.iter().any(|s| says_no_figure_in_a_clause(s)));
        (named, name)
    };
    for row in &mut table.rows {
        let Some(e) = only_empty_cell(row, 0) else {
            // A row with every cell written whose unit's cell holds a few words that are no
            // unit, after its name, the note saying it has none: the name over two paragraphs,
            // its unit vanished (`乡村每万人专业技术人才` / `城乡比` / `预期性`). The words go on
            // the name; the unit's cell is empty.
            let tail = row.cells.get(u).cloned().unwrap_or_default();
            let words = (2..=6).contains(&tail.chars().count())
                && !tail.chars().any(|c| c.is_ascii_digit())
                && !is_unit_like(&tail)
                && !is_value_cell(&tail)
                && !is_placeholder(&tail)
                && !is_attr(&tail)
                && !states_a_goal(&tail);
            let full = row.kind == RowKind::Item && row.cells.iter().all(|c| !c.is_empty());
            let name_before = u
                .checked_sub(1)
                .and_then(|j| row.cells.get(j))
                .is_some_and(|n| n.chars().count() >= 4 && !is_numberish(n));
            if full && words && name_before && names_row(row).0 {
                if let Some(n) = u.checked_sub(1).and_then(|j| row.cells.get_mut(j)) {
                    n.push_str(&tail);
                }
                if let Some(c) = row.cells.get_mut(u) {
                    c.clear();
                }
                out.push(format!(
                    "row {}: `{tail}` under `{}` read as the end of its name, where a note says it has no unit",
                    row.cells.get(u.saturating_sub(1)).map_or("", String::as_str),
                    table.columns.get(u + 1).map_or("", String::as_str)
                ));
            }
            continue;
        };
        let (named, name) = names_row(row);
        // (A goal in words, `初步建立管理台账`, holds no unit; nor a grade shaped as a value after
        // it, `C类` before `D类`.)
        // (Or one letter longer, `AAA级` before `AAAA级`.)
        let graded = |c: &str| {
            row.cells.iter().skip(u + 1).any(|v| {
                v != c
                    && v.chars().count().abs_diff(c.chars().count()) <= 1
                    && v.chars().last() == c.chars().last()
            })
        };
        // (A figure, `≤1.25`, holds none.)
        let unit_held = row.cells.get(u).is_some_and(|c| {
            !c.is_empty()
                && is_unit_like(c)
                && !is_value_cell(c)
                && !is_placeholder(c)
                && !states_a_goal(c)
                && !graded(c)
        });
        // (Not a category's cell left to the row above, unless the row's name stands under
        // the unit and a category's words under the name: `队伍建设` / `专职社会工作者与社区矫正
        // 对象配比` / `预期性` under 类别 指标名称 单位 属性, the note saying it has no unit.)
        let category_written = || {
            let shifted = row.cells.get(e + 1).map_or(0, |c| c.chars().count());
            let under_unit = row.cells.get(u).map_or(0, |c| c.chars().count());
            e + 2 == u
                && longest.get(e).is_some_and(|&m| shifted <= m)
                && under_unit > shifted.max(6)
                && row.cells.get(u).is_some_and(|c| !is_value_cell(c))
        };
        let category = table
            .columns
            .get(e + 1)
            .is_some_and(|c| is_category_header(c))
            && !category_written();
        if named && e != u && u < row.cells.len() && !unit_held && !category {
            let cell = row.cells.remove(e);
            row.cells.insert(u, cell);
            out.push(format!(
                "row {}: its missing cell moved under `{}`, where a note says it has no unit",
                name.unwrap_or_default(),
                table.columns.get(u + 1).map_or("", String::as_str)
            ));
        }
    }
    out
}

/// A numbered run-in heading of a task: a short title opening with a task's verb, closed by a
/// full stop, then a paragraph (`3.加强风貌保护街坊管控。严格落实…`).
pub(super) fn is_run_in_task(t: &str) -> bool {
    label(t).is_some_and(|l| {
        grammar::split_run_in(&l.rest).is_some_and(|(title, run_in)| {
            title.chars().count() <= 16
                && !title.contains(['，', ','])
                && TASK_VERBS.iter().any(|v| title.starts_with(v))
                && run_in.is_some_and(|r| r.chars().count() >= 30)
        })
    })
}

/// A numbered task's title line alone, no punctuation in it (`3.加强湿地用途管制` after notes
/// `注：1.…` `2.…`): the text's next heading, numbered on from the notes, not a note.
pub(super) fn is_task_title(t: &str) -> bool {
    label(t).is_some_and(|l| {
        let rest = l.rest.trim();
        let n = rest.chars().count();
        (4..=16).contains(&n)
            && !rest.contains(|c: char| "。，；：、,;:（）()“”%".contains(c) || c.is_ascii_digit())
            && TASK_VERBS.iter().any(|v| rest.starts_with(v))
    })
}

/// A numbered title line of a field and its task, no sentence (`3.应用设施：推动智慧农业…协同布局
/// 建设` after notes `注：1.…` `2.…`): the text's next heading, numbered on from the notes.
pub(super) fn is_field_task_title(t: &str) -> bool {
    label(t).is_some_and(|l| {
        let rest = l.rest.trim();
        let Some((field, task)) = rest.split_once('：') else {
            return false;
        };
        (2..=8).contains(&field.chars().count())
            && rest.chars().count() <= 40
            && !rest.contains(['。', '；', ';', '，', ','])
            && TASK_VERBS.iter().any(|v| task.starts_with(v))
    })
}

/// A short paragraph after a table's notes that goes on about the table's cells, unnumbered:
/// `指标2的下降幅度以2020年为基数计算；“—”表示无基期数据。` (an indicator by its number, what a
/// mark in the cells means, `本表`, `表中`).
pub(super) fn speaks_of_the_table(t: &str) -> bool {
    let t = strip_spaces(t);
    let by_number = t
        .strip_prefix("指标")
        .or_else(|| t.strip_prefix("第"))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let marks = [
        "“—”表示",
        "“/”表示",
        "“-”表示",
        "*表示",
        "★表示",
        "带*",
        "带★",
    ]
    .iter()
    .any(|m| t.contains(m));
    // (`第 6 页 共 6 页` is the page's footer, not a note on row 6.)
    t.chars().count() <= 120
        && (by_number || marks || t.starts_with("本表") || t.starts_with("表中"))
        && crate::grammar::page_of_pages(&t).is_none()
}

/// A first note without its name (`注：`, `说明：`, `资料来源：` …): `1.标注…` of
/// `说明：1.标注…`, so that the notes numbered on after it are read too.
pub(super) fn note_body(t: &str) -> &str {
    ["资料来源", "数据来源", "来源", "说明", "备注", "注"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .map_or(t, |r| r.trim_start_matches(['：', ':', ' ', '\u{3000}']))
}
