//! Rows of words: project and task tables whose cells are phrases, their merged columns placed by
//! the kind of words each column holds.

use super::*;

/// Rows of a name and values in blocks (one cell per line, a blank line after each row) from
/// `start`, under `k` columns whose first is a merged category (`领域` over `项目类别` and
/// amounts; the caller checks the header names it so): a block of `k` cells opens a group with its first cell; a block one cell short is a
/// row of the group above, its category cell left empty as in the source (`小计` too); before
/// any group, or labelled `合计` / `总计` / `共计`, such a block is a total over the first two
/// columns. The rows end at the first block that reads otherwise. `None` unless a block was one
/// cell short and two rows read so.
pub(super) fn merged_blocks(
    ps: &[Piece],
    start: usize,
    columns: &[String],
    short: &dyn Fn(&Piece) -> bool,
) -> Option<(Vec<TableRow>, usize)> {
    let k = columns.len();
    if k < 3 || ps.get(start).is_none_or(|p| p.gap == 0) {
        return None;
    }
    let mut rows = Vec::new();
    let mut s = start;
    let mut group: Option<String> = None;
    let mut short_blocks = 0usize;
    while s < ps.len() {
        let n = 1 + ps
            .get(s + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|p| p.gap == 0 && p.parts.len() == 1)
            .count();
        let Some(block) = ps.get(s..s + n) else {
            break;
        };
        if block.iter().any(|p| p.parts.len() != 1 || !short(p)) {
            break;
        }
        let cells = texts(block);
        let values = &cells[n.saturating_sub(k - 2)..];
        let numbers = values.iter().filter(|t| is_value_cell(t)).count();
        if numbers * 2 < values.len() || is_numberish(&cells[0]) {
            break;
        }
        let grand = matches!(strip_spaces(&cells[0]).as_str(), "合计" | "总计" | "共计");
        if n == k && !grand {
            group = Some(cells[0].clone());
            rows.push(named_row(cells, group.clone()));
        } else if n + 1 == k && (grand || group.is_none()) && is_total_label(&cells[0]) {
            // (Not where the rows hold a value right after their first cell: `区` names every
            // row, `东湖区` `16820` …, and `合计` `64900` `3455` is a total of its own whose
            // figures stand under the columns they sum.)
            let values_after = rows.len() >= 2
                && rows
                    .iter()
                    .all(|r: &TableRow| r.cells.first().is_some_and(|c| is_value_cell(c)));
            if values_after {
                return None;
            }
            let mut all = cells;
            all.insert(1, String::new());
            rows.push(named_row(all, None));
            group = None;
            short_blocks += 1;
        } else if n + 1 == k && group.is_some() {
            // (Not a word where the groups' rows hold a value after their category: `滨江街道`
            // `19` `8.9` `1.75` under `街镇` `工程数量` … is a row of its own that lost a value.)
            let values_after = rows
                .iter()
                .filter(|r: &&TableRow| !r.name.is_empty())
                .all(|r| r.cells.first().is_some_and(|c| is_value_cell(c)));
            if values_after && !is_value_cell(&cells[0]) {
                return None;
            }
            // (Nor a place of the column's own level, `新港街道` under 街道: a row of its own
            // that lacks a cell.)
            if columns
                .first()
                .is_some_and(|h| place_of_the_column(h, &cells[0]))
            {
                return None;
            }
            let all = std::iter::once(String::new()).chain(cells).collect();
            rows.push(named_row(all, group.clone()));
            short_blocks += 1;
        } else {
            break;
        }
        s += n;
    }
    (short_blocks > 0 && rows.len() >= 2).then_some((rows, s))
}

/// The longest cell that may name a column of a table of words, its unit left out.
pub(super) const MAX_COLUMN_NAME_CHARS: usize = 8;

/// How much less a layout of a table of words must misfit its columns, per cell, than whole
/// rows to be read instead.
pub(super) const CLEARLY_BETTER_PER_CELL: f64 = 0.2;

/// A cell that names a column of a table of words (`项目名称`, `建设内容`, `完成时间`,
/// `牵头单位`, `总投资（亿元）`, `赛事层级`, `重点赛事`, `村名`): short, and ending, before a unit in
/// brackets, in a word that names what a column holds, or naming the key things (`重点…`).
pub(super) fn names_column(t: &str) -> bool {
    const ENDS: &[&str] = &[
        "名称", "内容", "时间", "时限", "年限", "期限", "周期", "年份", "节点", "进度", "安排",
        "计划", "单位", "部门", "主体", "地点", "位置", "范围", "对象", "类别", "类型", "领域",
        "任务", "举措", "措施", "事项", "项目", "目标", "成效", "要求", "标准", "方式", "规模",
        "投资", "金额", "备注", "说明", "区域", "地区", "地址", "街镇", "年代", "级别", "层级",
        "等级", "名词", "术语", "解释", "释义", "含义", "定义", "产业", "行业", "时序", "用途",
        "来源", "定位", "功能", "学段", "路段", "阶段", "重点", "学校", "院校", "品种", "种类",
        "影响", "问题", "风险", "作物", "估算", "概算", "预算", "讫点", "止点", "起讫", "起止",
        "性质", "面积", "长度", "里程", "场景", "方向", "行动", "专题", "点位", "要点", "时长",
        "配置",
    ];
    let t = strip_spaces(t);
    // `总投资（亿元）`, `规模(公里)`: the unit after the name.
    let name = bracket_tail(&t).map_or(t.as_str(), |(name, _)| name);
    // (A year before the name dates it, `2030年水质目标`: the name is what follows.)
    let name = match name.char_indices().nth(4) {
        Some((i, '年')) if name[..i].chars().all(|c| c.is_ascii_digit()) && name.len() > i + 3 => {
            &name[i + 3..]
        }
        _ => name,
    };
    let n = name.chars().count();
    // `重点赛事`, `重点工程`: the key things of a 专栏's table; `所在街道`, `所在地`: where each
    // row's thing is; `实施年度` (not `2021年度`); `村名`, `站名`, `姓名`: a thing's name;
    // `区（县）`, `县（市、区）`, `区县`: the places of a city; `港区`, `园区`, `景区`: areas.
    // (A measure's target, longer: `年径流总量控制率目标`.)
    let measure_target = ["目标值", "目标"]
        .iter()
        .find_map(|w| name.strip_suffix(w))
        .is_some_and(|m| names_measure(m) && m.chars().count() <= 10);
    // (An amount of work, `五年任务量`, `工程量`.)
    let work = ["任务量", "工作量", "工程量"]
        .iter()
        .any(|w| name.ends_with(w));
    measure_target
        || n <= MAX_COLUMN_NAME_CHARS
            && (ENDS.iter().any(|w| name.ends_with(w))
                || work
                || is_place_header(name)
                || matches!(name, "县市区" | "市县")
                || ((2..=3).contains(&n) && name.ends_with('区'))
                || (n == 2 && name.ends_with('名'))
                // (Not a table's name, `重点项目表`.)
                || ((name.starts_with("重点") || name.starts_with("所在"))
                    && n <= 6
                    && !name.ends_with('表'))
                || (name.ends_with("年度") && !name.chars().any(|c| c.is_ascii_digit())))
}

/// A column of the people who hold a post (`担任人员`, `配备人员`): four characters that end
/// in `人员`. (Not [`names_column`]: a row's name may end so, `就业困难人员`.)
pub(super) fn names_people_column(t: &str) -> bool {
    let t = strip_spaces(t);
    t.ends_with("人员") && t.chars().count() == 4
}

/// Two to six characters of words: no digit, no ASCII mark, no `，、。；：`.
pub(super) fn short_plain_words(t: &str) -> bool {
    (2..=6).contains(&t.chars().count())
        && t.chars()
            .all(|c| !c.is_ascii_digit() && !c.is_ascii_punctuation())
        && !t.contains(['，', '、', '。', '；', '：'])
}

/// A first header cell naming the things a table of words lists (`教育集团`): short plain words
/// before two cells that each name a column (`牵头学校` `成员学校`).
pub(super) fn names_listed_things(t: &str, after: &[Piece]) -> bool {
    short_plain_words(t)
        && !t.contains('（')
        && after.len() >= 2
        && after
            .iter()
            .take(2)
            .all(|n| n.parts.len() == 1 && names_column(&n.text()))
}

/// A first header cell that names what the rows are by what their names end in: `工程` over
/// `北礁港区30万吨级航道工程` `锚地扩容工程` (two of the cells `after` at least).
pub(super) fn names_what_rows_are(t: &str, after: &[Piece]) -> bool {
    short_plain_words(t)
        && t.chars().count() <= 4
        && after.iter().filter(|x| extends_name(t, &x.text())).count() >= 2
}

/// A header cell that is a year alone (`2021年`).
pub(super) fn is_year_header(t: &str) -> bool {
    let t = strip_spaces(t);
    t.chars().count() <= 5 && last_year(&t).is_some()
}

/// A header cell naming a measure by its unit: a short name and a unit in brackets (`房源（套）`,
/// `面积（公顷）`). Only among the first cells of a header: a row's name may be written so too
/// (`商品住房（万平方米）`).
pub(super) fn names_measure_column(t: &str) -> bool {
    bracketed_unit(t).is_some_and(|(name, _)| {
        (2..=4).contains(&name.chars().count()) && !name.chars().any(|c| c.is_ascii_digit())
    })
}

/// Rows of words under a caption, with neither a number column, nor attribute words, nor
/// number values (`项目名称` `建设内容` `完成时间` over rows of text). Nothing in the rows anchors
/// them, so the header alone must: two or more cells, each one line naming a column, then cells
/// that fill whole rows, two rows at least, none of them naming a column itself. The rows end
/// at the next heading, or before a numbered title line of the text (`4.推进城中村改造`) when
/// the rows' own first cell is not numbered; sentences after the last whole row, fewer than a
/// row, are the text's again (a 专栏's table, then the section's paragraph). Such a table is
/// reported for a check.
/// A header cell naming a column of places: `街道（镇）`, `乡镇`, or where each row's thing is,
/// `所在地区`.
pub(super) fn names_place_column(t: &str) -> bool {
    let t = strip_spaces(t);
    names_places(&t) || (t.starts_with("所在") && names_column(&t))
}

/// A district's, a county's or a town's short name: two to four characters ending in `区`, `县`,
/// `市`, `镇` or `乡` (`岳城区`, `江岸区`), not opening with a column's qualifier (`主要小区`,
/// `重点片区`, `所在区`: columns of places).
pub(super) fn short_district(t: &str) -> bool {
    (2..=4).contains(&t.chars().count())
        && t.ends_with(['区', '县', '市', '镇', '乡'])
        && !["主要", "重点", "所在", "涉及", "覆盖"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// Whether header cell `i` of `ps` names what each row is, right after a first column of
/// places and before a cell that names a column: `所在地区` `零工市场（驿站）` `主要建设内容`.
pub(super) fn things_after_places(ps: &[Piece], i: usize) -> bool {
    let places = ps.first().is_some_and(|p| names_place_column(&p.text()));
    i == 1
        && places
        && ps.get(1).is_some_and(|p| {
            p.parts.len() == 1
                && is_header_cell(p)
                && (3..=MAX_COLUMN_NAME_CHARS).contains(&p.text().chars().count())
        })
        && ps
            .get(2)
            .is_some_and(|n| n.parts.len() == 1 && names_column(&n.text()))
}

pub(super) fn word_rows(ps: &[Piece], acc: &mut Acc) -> Result<Shape, NotATable> {
    // (Under a first column of places, a place's name, `江岸区`, is the first row's.)
    let places_first = ps.first().is_some_and(|p| names_place_column(&p.text()));
    // (A measure's column, `房源（套）`, `面积（公顷）`, or a year's, after the first.)
    let named = ps
        .iter()
        .enumerate()
        .take_while(|(i, p)| {
            let t = p.text();
            if *i > 0 && places_first && short_district(&t) {
                return false;
            }
            // (Or a first column of zones, `照明分区`; or a measure's name, `年径流总量控制率`,
            // before another column's name.)
            let measure_before_column = *i > 0
                && names_measure(&t)
                && t.chars().count() <= MAX_COLUMN_NAME_CHARS
                && ps.get(i + 1).is_some_and(|n| names_column(&n.text()));
            // (One line, or a name with its unit over two: `面积` / `（平方公里）`.)
            (p.parts.len() == 1
                || (p.parts.len() == 2
                    && p.parts.get(1).is_some_and(|u| u.starts_with(['（', '(']))))
                && (names_column(&t)
                    || (*i == 0
                        && is_category_header(&t)
                        && t.chars().count() <= MAX_COLUMN_NAME_CHARS)
                    || (*i == 0 && names_listed_things(&t, &ps[1..]))
                    || (*i == 0 && names_what_rows_are(&t, ps.get(2..).unwrap_or(&[])))
                    // (Or short plain words between two cells that name columns: `河湖长`
                    // between `河湖名称` and `长度或面积`.)
                    || (*i > 0
                        && short_plain_words(&t)
                        && ps.get(i - 1).is_some_and(|n| names_column(&n.text()))
                        && ps.get(i + 1).is_some_and(|n| {
                            n.parts.len() == 1 && names_column(&n.text())
                        }))
                    || (*i > 0 && (names_measure_column(&t) || is_year_header(&t)))
                    || things_after_places(ps, *i)
                    || measure_before_column)
        })
        .count();
    // A cell that ends with the first column's name and is longer is that column's first value,
    // not a column (`北港区` under `港区`, `华阳路街道` under `街道`).
    let named = match ps.first() {
        Some(first) => (2..named)
            .find(|&i| extends_name(&first.text(), &ps[i].text()))
            .unwrap_or(named),
        None => named,
    };
    // (Years as columns only two or more of them: a schedule, not one year that names no
    // column of words.)
    let year_at = |p: &Piece| is_year_header(&p.text());
    let named = match ps[..named].iter().filter(|p| year_at(p)).count() {
        1 => ps[..named].iter().position(year_at).unwrap_or(named),
        _ => named,
    };
    // Under a first column of kinds (`类别`), the header ends where its first kind stands
    // (`竞争类`): a short cell before it names a column too (`主责主业`).
    // (Or earlier, when the first kind reads as a column's name too: `重点照明区` under
    // `照明分区`.)
    let named = match ps.first() {
        Some(first) if named >= 2 => (2..(named + 2).min(ps.len()))
            .find(|&m| names_kind_value(&first.text(), &ps[m].text()))
            .filter(|&m| {
                ps.get(named..m).unwrap_or(&[]).iter().all(|p| {
                    let t = p.text();
                    p.parts.len() == 1
                        && t.chars().count() <= MAX_COLUMN_NAME_CHARS
                        && is_header_cell(p)
                        && !t.contains(['，', '、', '。', '；'])
                })
            })
            .unwrap_or(named),
        _ => named,
    };
    // A schedule over years written as one run of header cells (`项目` `实施安排` `2021年` …
    // `2025年`): the group over the years, the rows one cell narrower.
    let grouped = (named >= 3)
        .then(|| {
            let cells: Vec<String> = column_names(&ps[..named]);
            split_header_rows(&cells, named - 1)
        })
        .flatten();
    // In row blocks the header is the first block: short cells, two of them at least naming
    // their columns (`培训项目` `培训对象` `年培训人次`).
    let block = 1 + ps.iter().skip(1).take_while(|p| p.gap == 0).count();
    let k = if block > named
        && named >= 2
        && ps.get(1).is_some_and(|p| p.gap == 0)
        && ps[..block.min(ps.len())]
            .iter()
            .all(|p| p.parts.len() == 1 && is_header_cell(p))
    {
        block.min(ps.len())
    } else {
        named
    };
    if k < 2 {
        return Err(NotATable("no header of column names"));
    }
    let rest = ps.get(k..).unwrap_or_default();
    // (`hk` header pieces; rows of `k` cells.)
    let hk = k;
    let k = match &grouped {
        Some((columns, _)) if k == named => columns.len(),
        _ => k,
    };
    // (Groups closed by totals shorter than the rows: `小计` `2250`.)
    // Rows read by the header alone: its cells the columns, the reading listed as a warning.
    let by_header = |acc: &mut Acc, rows: Vec<TableRow>, used: usize, how: &str| {
        acc.columns = column_names(&ps[..hk]);
        acc.warnings.push((
            ps.first().map_or(0, Piece::first_no),
            format!(
                "a table of words read by its header alone ({k} columns, {} rows{how}): check that each cell is under its column",
                rows.len()
            ),
        ));
        acc.rows = rows;
        Shape { used: hk + used }
    };
    if let Some((rows, used)) = (grouped.is_none()
        && rest.iter().any(|p| is_total_label(&p.text())))
    .then(|| rows_around_totals(rest, k))
    .flatten()
    {
        return Ok(by_header(acc, rows, used, ", with totals"));
    }
    let numbered_cells = rest.first().is_some_and(|p| label(&p.text()).is_some());
    let end = if numbered_cells {
        rest.len()
    } else {
        rest.iter()
            .position(|p| {
                let t = p.text();
                is_title_of_text(&t) || is_note_start(&t)
            })
            .unwrap_or(rest.len())
    };
    // (A total after the rows, `合计` `59.6`, is read after them: the rows end before it.)
    let end = rest[..end]
        .iter()
        .rposition(|p| is_total_label(&p.text()))
        .filter(|&t| {
            let after = &rest[t + 1..end];
            t > 0
                && !after.is_empty()
                && after.len() < k
                && after.iter().all(|p| {
                    let t = p.text();
                    is_numberish(&t) || is_placeholder(&t)
                })
        })
        .unwrap_or(end);
    // Rows whose last column, remarks, most leave empty: each row from a name followed by a
    // value, its remark or none.
    if grouped.is_none() && k == hk {
        if let Some((rows, used)) = remark_rows(&rest[..end], &column_names(&ps[..hk])) {
            return Ok(by_header(acc, rows, used, ", its remarks mostly empty"));
        }
    }
    let sentence = |p: &Piece| p.text().ends_with(['。', '！', '？']);
    // (A first column of kinds or levels may be merged: `等级`, `类型`, `领域`; or of places,
    // `乡镇`, `街道`.)
    let kinds_first = ps.first().is_some_and(|p| {
        let t = strip_spaces(&p.text());
        is_category_header(&t)
            || names_place_column(&t)
            || ["等级", "级别", "层级", "类型", "学段", "年度", "年份"]
                .iter()
                .any(|w| t.ends_with(w))
    });
    // In row blocks under a header block, the blocks are the rows, also where one is a line
    // longer or shorter than the header.
    if grouped.is_none() && k == hk && block == hk {
        if let Some((layout, n)) = block_layout(&rest[..end], k) {
            acc.columns = column_names(&ps[..hk]);
            let rows = layout.apply(&rest[..n], acc);
            let rows = rows.iter().map(|row| named_row(texts(row), None)).collect();
            return Ok(by_header(acc, rows, n, ", a block each"));
        }
    }
    // The rows: all cells up to `end` in whole rows, with the sentences after the last one the
    // text's again; or, when a sentence ends the cells (the section's paragraph after a 专栏's
    // table), the cells before it, with a cell of two paragraphs or one vanished empty cell.
    // Of two such readings, the one whose cells fit their columns clearly better.
    let whole_rows = (end - end % k, WordLayout::whole(end / k, k));
    let plain = rest[end - end % k..end]
        .iter()
        .all(sentence)
        .then_some(whole_rows);
    let trailing = rest[..end].iter().rev().take_while(|p| sentence(p)).count();
    let cells = end - trailing;
    let fitted = (trailing > 0 || plain.is_none())
        .then(|| WordLayout::fit(&rest[..cells], k).map(|l| (cells, l)))
        .flatten()
        // (Or, as many cells as whole rows, one over two paragraphs and one vanished, where
        // whole rows fit their columns badly enough that a layout could fit them clearly
        // better, as chosen below.)
        .or_else(|| {
            plain
                .as_ref()
                .filter(|(n, l)| l.misfit(&rest[..*n]).1 >= CLEARLY_BETTER_PER_CELL)
                .and_then(|_| WordLayout::fit_join_and_gap(&rest[..end], k).map(|(l, _)| (end, l)))
        });
    // (Any first column may be merged over groups a column's shared ending tells; against
    // the reading with a cell over two paragraphs or vanished, when there is one.)
    let other = fitted.as_ref().map(|(_, l)| l);
    let merged = || {
        let plain =
            |r: Option<(Vec<TableRow>, usize)>| r.map(|(rows, used)| (rows, used, Vec::new()));
        if kinds_first {
            let names = column_names(&ps[..hk]);
            (names.len() == k)
                .then(|| merged_kind_dp_rows(&rest[..end], &names))
                .flatten()
                .or_else(|| plain(merged_sentence_rows(&rest[..end], k, &ps[0].text())))
                .or_else(|| plain(merged_kind_rows(&rest[..end], k, &ps[0].text())))
                .or_else(|| plain(merged_regular_rows(&rest[..end], k, true, other)))
        } else {
            plain(merged_regular_rows(&rest[..end], k, false, other))
        }
    };
    if let Some((rows, used, notes)) = grouped.is_none().then(merged).flatten() {
        acc.warnings.extend(notes);
        return Ok(by_header(acc, rows, used, ", its first column merged"));
    }
    let (whole, layout) = match (plain, fitted) {
        (Some(a), Some(b)) if a.0 != b.0 || a.1 != b.1 => {
            let (ca, cb) = (a.1.misfit(&rest[..a.0]).1, b.1.misfit(&rest[..b.0]).1);
            if cb + CLEARLY_BETTER_PER_CELL <= ca {
                b
            } else {
                a
            }
        }
        (Some(a), _) => a,
        (None, Some(b)) => b,
        (None, None) => return Err(NotATable("the cells do not fill whole rows")),
    };
    // (Or all the cells, the sentences at their end too, with a cell over two paragraphs, when
    // that fits clearly better: `…面江通透率。` / `滨江第一层次建筑…。` is one 管控要求, the rows
    // after it in their columns again.)
    let (whole, layout) = match (trailing > 0)
        .then(|| WordLayout::fit(&rest[..end], k))
        .flatten()
    {
        Some(all) if all.misfit(&rest[..end]).1 + 0.2 <= layout.misfit(&rest[..whole]).1 => {
            (end, all)
        }
        _ => (whole, layout),
    };
    match grouped.filter(|(columns, _)| columns.len() == k && hk != k) {
        Some((columns, groups)) => {
            acc.columns = columns;
            acc.column_groups = groups;
        }
        None => {
            acc.columns = column_names(&ps[..hk]);
        }
    }
    let mut rows = layout.apply(&rest[..whole], acc);
    // In row blocks, the last row's block may go on after its cells: its last cell is written
    // over two lines (`指符合下列任一条件的…。` / `该指标按…计算。`).
    let mut whole = whole;
    if rest[..whole].iter().any(|p| p.gap == 0) {
        while let Some(x) = rest
            .get(whole)
            .filter(|x| x.gap == 0 && x.parts.len() == 1 && !is_stop(&x.text()))
        {
            let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) else {
                break;
            };
            acc.join(cell, x, "split cell");
            cell.absorb(x.clone());
            whole += 1;
        }
    }
    let body = &rest[..whole];
    if rows.len() < 2 {
        return Err(NotATable("the cells do not fill whole rows"));
    }
    // (A kind of the first column's, `重点照明区` under `分区`, or a value that extends its
    // name, `北港区` under `港区`, is no column's name; nor a district's, `岳城区`, under a
    // column of places, `建设地点`.)
    let places = ps[..hk].iter().any(|p| {
        let t = strip_spaces(&p.text());
        ["地点", "地址", "位置", "区域", "地区"]
            .iter()
            .any(|w| t.ends_with(w))
            || t.starts_with("所在")
    });
    let place = |t: &str| places && short_district(t);
    // (Nor a kind under a column of kinds, `海关特殊监管区域` under `类型`.)
    let kinds = |c: usize| {
        acc.columns.get(c).is_some_and(|h| {
            let h = strip_spaces(h);
            ["类型", "类别", "分类", "性质"]
                .iter()
                .any(|w| h.ends_with(w))
        })
    };
    let first = ps[0].text();
    let named_among = rows.iter().any(|row| {
        row.iter().enumerate().any(|(c, p)| {
            let t = p.text();
            names_column(&t)
                && !names_kind_value(&first, &t)
                && !extends_name(&first, &t)
                && !place(&t)
                && !kinds(c)
        })
    });
    if named_among || body.iter().any(|p| is_note_start(&p.text())) {
        return Err(NotATable("a column name among the rows"));
    }
    acc.rows = rows.iter().map(|row| named_row(texts(row), None)).collect();
    // The table's total after its rows, shorter than they are (`合计` `8.8` `21.0`).
    if let Some((row, n)) = trailing_total(&rest[whole..], &acc.rows, k) {
        acc.rows.push(row);
        whole += n;
    }
    acc.warnings.push((
        ps.first().map_or(0, Piece::first_no),
        format!(
            "a table of words read by its header alone ({k} columns, {} rows): check that each cell is under its column",
            acc.rows.len()
        ),
    ));
    Ok(Shape { used: hk + whole })
}

/// Rows of words in blocks (each after a blank line, a cell per line) of `k` lines, some a line
/// longer or shorter: a block one longer holds a cell over two lines, where one stops open
/// (`…公共厕所、自行车停放点、` / `直饮水点、休憩座椅`), else where the cells fit their columns
/// best; a block one shorter lacks a cell that vanished, never its first, where the others fit
/// their columns best (`三级驿站` `社区级` `休憩座椅、…`, its 设置间距 none). The blocks read
/// from the first on while they are so sized, three at least, one of them `k` and one not: the
/// layout and the pieces it takes. `None` where every block is whole (read as whole rows).
pub(super) fn block_layout(cells: &[Piece], k: usize) -> Option<(WordLayout, usize)> {
    if k < 3 || cells.first().is_none_or(|p| p.gap == 0) {
        return None;
    }
    let starts: Vec<usize> = (0..cells.len()).filter(|&i| cells[i].gap > 0).collect();
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    for (b, &from) in starts.iter().enumerate() {
        let to = starts.get(b + 1).copied().unwrap_or(cells.len());
        let size = to - from;
        if size + 1 < k || size > k + 1 {
            break;
        }
        blocks.push((from, size));
    }
    if blocks.len() < 3
        || blocks.iter().all(|&(_, size)| size == k)
        || !blocks.iter().any(|&(_, size)| size == k)
    {
        return None;
    }
    let n = blocks.last().map_or(0, |&(from, size)| from + size);
    let pieces = &cells[..n];
    let mut rows: Vec<(usize, RowFix)> = blocks
        .iter()
        .map(|&(from, size)| {
            let fix = match size.cmp(&k) {
                std::cmp::Ordering::Equal => RowFix::Whole,
                std::cmp::Ordering::Greater => RowFix::Join(0),
                std::cmp::Ordering::Less => RowFix::Gap(k - 1),
            };
            (from, fix)
        })
        .collect();
    let mut known = KindCache::default();
    for r in 0..rows.len() {
        let (from, fix) = rows[r];
        let options: Vec<RowFix> = match fix {
            RowFix::Whole => continue,
            RowFix::Join(_) => {
                let open: Vec<usize> = (0..k)
                    .filter(|&j| ends_open(&cells[from + j].text()))
                    .collect();
                match open.as_slice() {
                    [j] => vec![RowFix::Join(*j)],
                    _ => (0..k).map(RowFix::Join).collect(),
                }
            }
            RowFix::Gap(_) => (1..k).map(RowFix::Gap).collect(),
        };
        let mut best: Option<(f64, RowFix)> = None;
        for option in options {
            rows[r].1 = option;
            let layout = WordLayout {
                k,
                rows: rows.clone(),
            };
            // (Of places about as cheap, the last: a cell left empty is most often one at
            // the right.)
            let cost = layout.misfit_with(pieces, &mut known).0;
            if best.is_none_or(|(c, _)| cost <= c + 0.05) {
                best = Some((cost.min(best.map_or(cost, |b| b.0)), option));
            }
        }
        rows[r].1 = best.map_or(fix, |b| b.1);
    }
    Some((WordLayout { k, rows }, n))
}

/// A cell that ends with a column's name and is longer (`北港区` under `港区`, `华阳路街道`
/// under `街道`), or with the kind of thing a column of names names, two characters longer at
/// least (`危桥“清零”行动` under `行动名称`): a value of that column, not another column's name.
pub(super) fn extends_name(column: &str, t: &str) -> bool {
    let column = strip_spaces(column);
    let t = strip_spaces(t);
    let kind = column
        .strip_suffix("名称")
        .filter(|k| k.chars().count() >= 2);
    (!column.is_empty() && t.len() > column.len() && t.ends_with(column.as_str()))
        || kind.is_some_and(|k| t.chars().count() >= k.chars().count() + 2 && t.ends_with(k))
}

/// Rows of a table of words and values whose last column holds remarks (`备注`, `说明`) that
/// most rows leave empty, the empty cells vanished: a row opens at a name (words) followed by a
/// value (`临溪第一水厂` `10`), the column after the name's being one of values, and holds its
/// columns' cells, its remark or none. `None` unless every row reads so, two at least, one of
/// them with its remark and one without.
pub(super) fn remark_rows(cells: &[Piece], columns: &[String]) -> Option<(Vec<TableRow>, usize)> {
    let k = columns.len();
    let remarks = columns
        .last()
        .is_some_and(|c| names_remarks_column(&strip_spaces(c)));
    if k < 3 || !remarks {
        return None;
    }
    let value = |p: &Piece| {
        let t = p.text();
        is_value_cell(&t) || is_placeholder(&t) || is_numberish(&t)
    };
    let opens = |i: usize| {
        cells
            .get(i)
            .is_some_and(|p| !value(p) && p.parts.len() == 1)
            && cells.get(i + 1).is_some_and(value)
    };
    let starts: Vec<usize> = (0..cells.len()).filter(|&i| opens(i)).collect();
    if starts.first() != Some(&0) || starts.len() < 2 {
        return None;
    }
    let mut rows = Vec::with_capacity(starts.len());
    let (mut with, mut without) = (0, 0);
    for (n, &a) in starts.iter().enumerate() {
        let b = starts.get(n + 1).copied().unwrap_or(cells.len());
        let row = cells.get(a..b)?;
        let mut texts = texts(row);
        match texts.len() {
            l if l == k => with += 1,
            l if l + 1 == k => {
                texts.push(String::new());
                without += 1;
            }
            _ => return None,
        }
        rows.push(named_row(texts, None));
    }
    (with >= 1 && without >= 1).then_some((rows, cells.len()))
}

/// The last two characters of `t` (all of it when shorter): what a kind of cell ends with,
/// `街道`, `完成`.
pub(super) fn last_two_chars(t: &str) -> String {
    let c: Vec<char> = t.chars().collect();
    c[c.len().saturating_sub(2)..].iter().collect()
}

/// The last cells of the item rows so far that hold a value (placeholders aside).
pub(super) fn last_cells(rows: &[TableRow]) -> Vec<&String> {
    let mut cells = filled_last_cells(rows);
    cells.retain(|c| !is_placeholder(c));
    cells
}

/// The last cells of the item rows, the empty ones left out (placeholders kept).
pub(super) fn filled_last_cells(rows: &[TableRow]) -> Vec<&String> {
    rows.iter()
        .filter(|r| r.kind == RowKind::Item)
        .filter_map(|r| r.cells.last())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Whether `t` ends as the last cells of the item rows so far all do, two at least: an
/// attribute among attributes, or a short word with the same last two characters
/// (`未完成` under `已完成` `已完成`), placeholders aside.
pub(super) fn ends_like_last_column(rows: &[TableRow], t: &str) -> bool {
    let word =
        |x: &str| (2..=6).contains(&x.chars().count()) && !x.chars().any(|c| c.is_ascii_digit());
    let last = last_cells(rows);
    if last.len() < 2 {
        return false;
    }
    (is_attr(t) && last.iter().all(|c| is_attr(c)))
        || (word(t)
            && last
                .iter()
                .all(|c| word(c) && last_two_chars(c) == last_two_chars(t)))
}

/// Whether `t` lists a few names, as the last cells of the item rows so far all do, two at least
/// and one a list (`乌桕、朴树` under `香樟、榉树` `银杏` `悬铃木、无患子`): words, no figure or
/// sentence, each name a few characters, joined by `、`.
pub(super) fn lists_names_as_last_column(rows: &[TableRow], t: &str) -> bool {
    let names = |x: &str| {
        x.chars().count() <= 16
            && x.split('、')
                .all(|n| (1..=6).contains(&n.chars().count()) && n.chars().all(crate::text::is_cjk))
    };
    let last = last_cells(rows);
    last.len() >= 2
        && t.contains('、')
        && names(t)
        && last.iter().all(|c| names(c))
        && last.iter().any(|c| c.contains('、'))
}

/// Whether `t` names bodies, as the last cells of the item rows so far all do, two at least
/// (`市住房和城乡建设局、市大数据发展中心` under `市水利局`, `城关街道办事处`).
pub(super) fn names_bodies_as_last_column(rows: &[TableRow], t: &str) -> bool {
    let last = last_cells(rows);
    last.len() >= 2 && names_bodies(t) && last.iter().all(|c| names_bodies(c))
}

/// The table's total right after its last row (`rows`, of `k` cells), shorter than a row
/// ([`short_total`]: each figure under the column it sums), and then the table's end: nothing,
/// a note, a sentence or a line that ends a table.
pub(super) fn trailing_total(
    rest: &[Piece],
    rows: &[TableRow],
    k: usize,
) -> Option<(TableRow, usize)> {
    let (row, n) = short_total(rest, rows, k, k.saturating_sub(2))?;
    rest.get(n)
        .is_none_or(|p| {
            let t = p.text();
            is_stop(&t) || t.ends_with(['。', '！', '？'])
        })
        .then_some((row, n))
}

/// The fewest characters of a description that ends a row of a table of words without a full
/// stop: more than a name of a place or a thing takes.
pub(super) const MIN_DESCRIPTION_CHARS: usize = 13;

/// Where the empty cells of a row of a name and values `k` cells short go (its pieces after the
/// name, `values`): the cheapest placing among the columns after the name, clearly best or not.
pub(super) fn cheapest_gaps(rows: &[TableRow], values: &[Piece], k: usize) -> Option<Vec<usize>> {
    gap_choices(rows, 0, values, k, 0, false)?
        .into_iter()
        .next()
        .map(|c| c.1)
}

/// A row of a name and values some cells short (`row`, its pieces): empty cells put in the
/// columns `gaps` after the name, reported with `why`.
pub(super) fn row_with_gaps(
    row: &[Piece],
    gaps: &[usize],
    columns: &[String],
    notes: &mut Vec<(usize, String)>,
    why: &str,
) -> TableRow {
    let no = row.first().map_or(0, Piece::first_no);
    let end = row.last().map_or(0, |p| p.end);
    let mut cells = row.to_vec();
    for &g in gaps {
        cells.insert((g + 1).min(cells.len()), empty_piece(no, end));
    }
    let under: Vec<String> = gaps
        .iter()
        .map(|&g| format!("`{}`", columns.get(g + 1).map_or("", String::as_str)))
        .collect();
    let name = row.first().map(Piece::text).unwrap_or_default();
    notes.push((
        no,
        format!("row {name}: {why}; left empty under {}", under.join(", ")),
    ));
    named_row(texts(&cells), None)
}

/// A row of a name and values one cell short (`row`, its pieces): an empty cell put in column
/// `at` (after the name: 1 or more), reported with `why`.
pub(super) fn one_short_row(
    row: &[Piece],
    at: usize,
    columns: &[String],
    notes: &mut Vec<(usize, String)>,
    why: &str,
) -> TableRow {
    row_with_gaps(row, &[at.saturating_sub(1)], columns, notes, why)
}

/// Rows of a table of words whose last column is sentences and whose first is merged (`等级`
/// `商圈名称` `功能定位` over `市级商业中心` `长寿商圈` `依托…。` then `真如…商圈` `结合…。`): each
/// row ends at a sentence or a description longer than a name; a row of `k` cells opens a group
/// with its first, a row of `k - 1` is the group's, its first cell left empty as in the source.
/// The rows end at the first that reads otherwise (a paragraph after the table is a sentence
/// alone). Under a header of kinds (`类别`) whose groups so far are all of its kind (`基础类`,
/// `完善类`), a row of `k` cells whose first is not (`智慧安防和智慧物业` `便民商业服务设施`
/// `…。`) is a row of the group that lost its sentence, the next row the group's too. `None`
/// unless the first row opens a group, another does not, and the rows take every cell of
/// `cells` but sentences after them.
pub(super) fn merged_sentence_rows(
    cells: &[Piece],
    k: usize,
    header: &str,
) -> Option<(Vec<TableRow>, usize)> {
    if k < 3 {
        return None;
    }
    // (Or a description, longer than any name, with no full stop: `推动生态农庄和民宿集群提档升级`;
    // not where every row's description is a sentence, whose names may be as long:
    // `供水、排水、供电、燃气等管线设施`.)
    let stops = |p: &Piece| p.text().ends_with(['。', '！', '？']);
    let sentences_only = cells.iter().filter(|p| stops(p)).count() * k >= cells.len();
    let sentence = |p: &Piece| {
        stops(p) || (!sentences_only && p.text().chars().count() >= MIN_DESCRIPTION_CHARS)
    };
    let mut rows = Vec::new();
    let mut group: Option<String> = None;
    let mut s = 0;
    let mut merged = false;
    // A row one short of another cell than its category.
    let mut gapped = false;
    // (A row takes a group's cells but the category at least: a description before that,
    // `鹤湾江两岸滨水地区（…段）` under 区域范围, is a cell of the row, not its end.)
    while let Some(j) = cells
        .get(s + k - 2..)
        .and_then(|rest| rest.iter().position(sentence))
        .map(|j| s + k - 2 + j)
    {
        let row = &cells[s..=j];
        let short = row[..row.len() - 1]
            .iter()
            .all(|p| p.parts.len() <= 2 && !p.text().contains('。'));
        if !short {
            break;
        }
        let mut texts = texts(row);
        let of_kind = |t: &str| names_kind_value(header, t);
        let unlike_groups = group.is_some()
            && rows
                .iter()
                .all(|r: &TableRow| r.group.as_deref().is_some_and(of_kind))
            && !texts.first().is_some_and(|t| of_kind(t));
        if row.len() == k && unlike_groups {
            // (Its sentence vanished: the row's name alone, the next cell the next row's.)
            let mut texts = vec![String::new(); k];
            texts[1] = cells[s].text();
            rows.push(named_row(texts, group.clone()));
            merged = true;
            s += 1;
            continue;
        }
        // (A row one short whose first cell ends as every group's so far, each group a row of
        // its own, opens its group too: `生态涵养区` after `老城更新区`, `新城建设区`, `产业园区`;
        // the cell missing is the one before its sentence.)
        let own_group = !merged
            && rows.len() >= 2
            && texts.first().is_some_and(|t| {
                let end = t.chars().last();
                end.is_some()
                    && rows
                        .iter()
                        .all(|r| r.group.as_deref().is_some_and(|g| g.chars().last() == end))
            });
        if row.len() == k {
            group = texts.first().cloned();
        } else if row.len() + 1 == k && group.is_some() && own_group {
            group = texts.first().cloned();
            texts.insert(texts.len() - 1, String::new());
            gapped = true;
        } else if row.len() + 1 == k && group.is_some() {
            texts.insert(0, String::new());
            merged = true;
        } else {
            break;
        }
        rows.push(named_row(texts, group.clone()));
        s = j + 1;
    }
    let rest_sentences = cells[s..].iter().all(sentence);
    ((merged || gapped) && rows.len() >= 2 && rest_sentences).then_some((rows, s))
}

/// A cell that reads as a value of a column of kinds or levels headed `header`: short, no
/// sentence or list, and named as the header names the column (`竞争类` under `类别`, `市级`
/// under `等级`, `重点型` under `类型`).
pub(super) fn names_kind_value(header: &str, t: &str) -> bool {
    let header = strip_spaces(header);
    let t = strip_spaces(t);
    let n = t.chars().count();
    let kind_chars = [header.chars().next(), header.chars().last()];
    let is_kinds = [
        "类别", "类型", "等级", "级别", "层级", "分类", "分区", "片区",
    ]
    .iter()
    .any(|w| header.ends_with(w));
    is_kinds
        && (2..=MAX_COLUMN_NAME_CHARS).contains(&n)
        && t != header
        && !t.contains(['，', '、', '。', '；', ',', ';'])
        && !is_numberish(&t)
        && t.chars()
            .last()
            .is_some_and(|c| kind_chars.contains(&Some(c)))
}

/// What a cell of a table of words holds, by which its column is known: bodies (`市民政局`), a
/// description (a clause with a comma, or long), or a short name.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum WordKind {
    Bodies,
    Time,
    Description,
    Name,
    /// A figure (`38.6`), in a table of words that has a column of them.
    Figure,
}

pub(super) fn word_kind(t: &str) -> WordKind {
    if names_bodies(t) {
        WordKind::Bodies
    } else if names_time(t) {
        WordKind::Time
    } else if t.contains(['，', ',']) || t.chars().count() >= MIN_DESCRIPTION_CHARS {
        WordKind::Description
    } else {
        WordKind::Name
    }
}

/// A cell's [`WordKind`] where a table of words may hold columns of figures: a figure's, or
/// [`word_kind`]'s.
pub(super) fn cell_kind(t: &str) -> WordKind {
    if is_value_cell(t) {
        WordKind::Figure
    } else {
        word_kind(t)
    }
}

/// A column's kind where its name tells it: a measure with its unit in brackets
/// (`建筑面积（万平方米）`) holds figures, a year's or a time's column (`实施年度`, `建设时间`)
/// times.
pub(super) fn column_kind(name: &str) -> Option<WordKind> {
    let t = strip_spaces(name);
    if names_measure_column(&t) {
        Some(WordKind::Figure)
    } else if names_time_column(&t)
        || (t.ends_with("年度") && !t.chars().any(|c| c.is_ascii_digit()))
    {
        Some(WordKind::Time)
    } else {
        None
    }
}

/// Whether a cell of kind `cell` fits a column of kind `column`: bodies and times each their
/// own; with `loose` (rows anchored by a column of bodies or times), names and descriptions,
/// words, either.
pub(super) fn word_kind_fits(cell: WordKind, column: WordKind, loose: bool) -> bool {
    let words = |k: WordKind| matches!(k, WordKind::Description | WordKind::Name);
    cell == column || (loose && words(cell) && words(column))
}

/// Rows of a table of words whose first column (`领域`) is merged over groups of any size, read
/// as a whole by the kinds of its columns (the first row's: bodies, descriptions, short names):
/// a row opens a group with a short kind of words and `k` cells (`交通运输` `北斗+智慧公交` `为…`
/// `市交通运输局`), the group's rows have `k - 1` (their first cell left empty as in the source),
/// and one may lack one more cell, its others placed by their kinds (`城市生命线安全北斗监测`
/// `在燃气主干管网…` with no 牵头单位, a note saying so). The reading that takes every cell,
/// with the fewest rows lacking a cell; `None` unless one takes every cell but sentences after
/// them, one row at least is a group's, and two rows at most lack a cell.
pub(super) fn merged_kind_dp_rows(cells: &[Piece], columns: &[String]) -> Option<ReadRows> {
    let k = columns.len();
    const MOST_SHORT: usize = 2;
    if !(3..=6).contains(&k) || cells.len() < 2 * k {
        return None;
    }
    // (Figures only under a column that names its unit: `38.6` under `建筑面积（万平方米）`.)
    let figures = columns
        .iter()
        .any(|c| column_kind(c) == Some(WordKind::Figure));
    let plain = |p: &Piece| {
        let t = p.text();
        !t.contains('。') && !is_note_start(&t) && (figures || !is_value_cell(&t))
    };
    let n = cells.iter().position(|p| !plain(p)).unwrap_or(cells.len());
    if cells[n..]
        .iter()
        .any(|p| !(p.text().ends_with(['。', '！', '？']) || is_note_start(&p.text())))
    {
        return None;
    }
    let body = &cells[..n];
    // The columns' kinds, the first row's (a kind of words: short, no comma, no body), or
    // what a column's name tells (figures, times).
    let kind_of = |t: &str| if figures { cell_kind(t) } else { word_kind(t) };
    let kinds: Vec<WordKind> = body
        .get(..k)?
        .iter()
        .zip(columns)
        .map(|(p, c)| {
            column_kind(c)
                .filter(|_| figures)
                .unwrap_or_else(|| kind_of(&p.text()))
        })
        .collect();
    // (A place, `城关镇`, under a column of places, `乡镇`, though it may name a body.)
    let places = names_place_column(&columns[0]);
    // (Where the first row's place is of the column's level, `荇川镇` under `镇`, so is every
    // group's, or the whole area: `金泾村` is a village's row, no town's group.)
    let leveled = places
        && body
            .first()
            .is_some_and(|p| place_of_the_column(&columns[0], &p.text()));
    let category = |p: &Piece| {
        let t = p.text();
        (2..=MAX_COLUMN_NAME_CHARS).contains(&t.chars().count())
            && !t.contains(['，', '、', ',', '+', '＋'])
            && (places || !names_bodies(&t))
            && (!leveled
                || place_of_the_column(&columns[0], &t)
                || is_whole_area(&strip_spaces(&t)))
    };
    if !category(&body[0]) || kinds[1..].iter().all(|&c| c == kinds[1]) {
        return None;
    }
    // (Where a column of bodies or times ends the rows, a short description is words as a
    // name is: `校园物联感知与智能安防` under 建设重点.)
    let loose = kinds[1..]
        .iter()
        .any(|k| matches!(k, WordKind::Bodies | WordKind::Time));
    // (Where no column names bodies, a facility that ends as one, `…零工驿站`, is a name.)
    let no_bodies = !kinds.contains(&WordKind::Bodies);
    let fits_text = |t: &str, c: usize| {
        let w = kind_of(t);
        word_kind_fits(w, kinds[c], loose)
            || (no_bodies && w == WordKind::Bodies && kinds[c] == WordKind::Name)
    };
    let fits = |p: &Piece, c: usize| fits_text(&p.text(), c);
    // A step at `s`: (pieces, the column it lacks, whether it opens a group, the column whose
    // cell is over two paragraphs).
    type KindStep = (usize, Option<usize>, bool, Option<usize>);
    // (Under a column of places, a place's own name, `丰溪县`, opens its group: it is no row's
    // other cell.)
    let place_opens = |s: usize| places && body.get(s).is_some_and(|p| is_place_name(&p.text()));
    let steps = |s: usize| -> Vec<KindStep> {
        let mut out = Vec::new();
        let over = |cols: &mut dyn Iterator<Item = usize>, from: usize| {
            cols.enumerate()
                .all(|(i, c)| body.get(from + i).is_some_and(|p| fits(p, c)))
        };
        if body.get(s).is_some_and(category) && over(&mut (1..k), s + 1) {
            out.push((k, None, true, None));
        }
        if over(&mut (1..k), s) {
            out.push((k - 1, None, false, None));
        }
        let lacking: Vec<usize> = (2..k)
            .filter(|&g| over(&mut (1..k).filter(|&c| c != g), s))
            .collect();
        if let [g] = lacking[..] {
            out.push((k - 2, Some(g), false, None));
        }
        // (A row that opens its group may lack a cell too: `枫坪镇` `枫坪互通交通气象站` … `新建`
        // with no 建设年度.)
        if body.get(s).is_some_and(category) {
            let lacking: Vec<usize> = (2..k)
                .filter(|&g| over(&mut (1..k).filter(|&c| c != g), s + 1))
                .collect();
            if let [g] = lacking[..] {
                out.push((k - 1, Some(g), true, None));
            }
        }
        // (Or a description over two paragraphs, `依托县人力资源市场改造提升，设置` /
        // `农民工服务专区和劳动维权窗口`, in a row of a group or one that opens it.)
        for opens in [false, true] {
            if opens && !body.get(s).is_some_and(category) {
                continue;
            }
            let from = s + usize::from(opens);
            let joined_fits = |j: usize| {
                (1..k).all(|c| {
                    let at = from + c - 1 + usize::from(c > j);
                    if c != j {
                        return body.get(at).is_some_and(|p| fits(p, c));
                    }
                    match (body.get(at), body.get(at + 1)) {
                        (Some(a), Some(b)) => {
                            let (a, b) = (a.text(), b.text());
                            // (Or a list broken after its mark: `桐柏一村、桐柏二村、` /
                            // `桐柏三村`.)
                            let list = a.ends_with('、')
                                && kinds[c] == WordKind::Name
                                && kind_of(&b) == WordKind::Name;
                            (list
                                || (kinds[c] == WordKind::Description
                                    && word_kind(&a) == WordKind::Description))
                                && !a.ends_with(['。', '！', '？'])
                                && !names_time(&b)
                                && !names_bodies(&b)
                                && fits_text(&format!("{a}{b}"), c)
                        }
                        _ => false,
                    }
                })
            };
            let joins: Vec<usize> = (1..k).filter(|&j| joined_fits(j)).collect();
            if let [j] = joins[..] {
                out.push((k + usize::from(opens), None, opens, Some(j)));
            }
        }
        if place_opens(s) {
            out.retain(|step| step.2);
        }
        out
    };
    // best[s]: (rows lacking a cell from `s` to the end, the step), None where the end is out
    // of reach.
    let mut best: Vec<Option<(usize, KindStep)>> = vec![None; n + 1];
    best[n] = Some((0, (0, None, false, None)));
    for s in (0..n).rev() {
        for step in steps(s) {
            if let Some(&Some((c, _))) = best.get(s + step.0) {
                let cost = c + usize::from(step.1.is_some()) + usize::from(step.3.is_some());
                if best[s].is_none_or(|(b, _)| cost < b) {
                    best[s] = Some((cost, step));
                }
            }
        }
    }
    let (short, first) = best[0]?;
    if short > MOST_SHORT || !first.2 {
        return None;
    }
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut group: Option<String> = None;
    let mut merged = false;
    let mut s = 0;
    while s < n {
        let (_, (len, lack, opens, join)) = best[s]?;
        let mut texts = texts(&body[s..s + len]);
        if let Some(j) = join {
            // (Its cell over two paragraphs joined, reported.)
            let at = j - 1 + usize::from(opens);
            let second = texts.remove(at + 1);
            notes.push((
                body[s].first_no(),
                format!(
                    "row {}: `{}` + `{second}` read as one cell under `{}`",
                    body[s].text(),
                    texts[at],
                    columns.get(j).map_or("", String::as_str)
                ),
            ));
            texts[at].push_str(&second);
        }
        if let Some(g) = lack {
            // (A row that opens its group writes its first cell.)
            texts.insert(if opens { g } else { g - 1 }, String::new());
            notes.push((
                body[s].first_no(),
                format!(
                    "row {}: no cell under `{}`, its cells placed by their columns' kinds; left empty",
                    body[s].text(),
                    columns.get(g).map_or("", String::as_str)
                ),
            ));
        }
        rows.push(merged_row(texts, opens, &mut group, &mut merged));
        s += len;
    }
    merged.then_some((rows, n, notes))
}

/// A row of a table whose first column is merged: one that `opens` a group writes its group
/// first; another lacks it (its first cell left empty, as in the source) and is the group's.
pub(super) fn merged_row(
    mut texts: Vec<String>,
    opens: bool,
    group: &mut Option<String>,
    merged: &mut bool,
) -> TableRow {
    if opens {
        *group = texts.first().cloned();
    } else {
        texts.insert(0, String::new());
        *merged = true;
    }
    named_row(texts, group.clone())
}

/// Rows of a table of words whose first column, of kinds (`类别`), is merged and whose other
/// cells are short (`竞争类` `上海…有限公司` `商业零售…` then `上海…有限公司` `酒店经营…`): a row
/// opens a group at a value of the kinds ([`names_kind_value`]) with `k` cells, else it is the
/// group's with `k - 1`, its first cell left empty as in the source. The rows end at the first
/// that reads otherwise; `None` unless the first row opens a group, another does not, and the
/// rows take every cell of `cells` but sentences after them.
pub(super) fn merged_kind_rows(
    cells: &[Piece],
    k: usize,
    header: &str,
) -> Option<(Vec<TableRow>, usize)> {
    let kind = |p: &Piece| names_kind_value(header, &p.text());
    if k < 3 || !cells.first().is_some_and(kind) {
        return None;
    }
    let mut rows = Vec::new();
    let mut group: Option<String> = None;
    let mut s = 0;
    let mut merged = false;
    while s < cells.len() {
        let opens = kind(&cells[s]);
        let n = if opens { k } else { k - 1 };
        let Some(row) = cells.get(s..s + n) else {
            break;
        };
        let plain = row.iter().all(|p| {
            let t = p.text();
            p.parts.len() == 1 && !t.contains('。') && !is_note_start(&t)
        });
        if !plain || row[1..].iter().any(kind) || (!opens && group.is_none()) {
            break;
        }
        rows.push(merged_row(texts(row), opens, &mut group, &mut merged));
        s += n;
    }
    let rest_sentences = cells[s..]
        .iter()
        .all(|p| p.text().ends_with(['。', '！', '？']) || is_note_start(&p.text()));
    (merged && rows.len() >= 2 && rest_sentences).then_some((rows, s))
}

/// The rows of a table of words whose first column is merged over groups of any size, told by
/// a column whose cells all end alike (`智能制造专业群`, `新能源汽车专业群` under 重点专业群): each
/// row holds one such cell, a row that opens a group `k` pieces after the one before, a row of
/// the group `k - 1`; `None` unless every piece is so placed and one row at least is a group's.
pub(super) fn anchored_layout(body: &[Piece], k: usize) -> Option<WordLayout> {
    let ending = |p: &Piece, n: usize| -> Option<String> {
        let t = p.text();
        let c: Vec<char> = t.chars().collect();
        (p.parts.len() == 1 && c.len() > n && !t.contains('。'))
            .then(|| c[c.len() - n..].iter().collect())
    };
    'endings: for n in [3, 2] {
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for e in body.iter().filter_map(|p| ending(p, n)) {
            *counts.entry(e).or_default() += 1;
        }
        let Some((suffix, count)) = counts.into_iter().max_by_key(|(_, c)| *c) else {
            continue;
        };
        if count < 3 {
            continue;
        }
        let anchors: Vec<usize> = (0..body.len())
            .filter(|&i| ending(&body[i], n).as_deref() == Some(suffix.as_str()))
            .collect();
        let (Some(&first), Some(&last)) = (anchors.first(), anchors.last()) else {
            continue;
        };
        // (The anchors' column `j`, after the merged one: the first row opens a group.)
        let j = first;
        if j == 0 || j >= k || last + (k - j) != body.len() {
            continue;
        }
        let mut rows = vec![(0, RowFix::Whole)];
        for w in anchors.windows(2) {
            match w[1] - w[0] {
                d if d == k => rows.push((w[1] - j, RowFix::Whole)),
                d if d + 1 == k => rows.push((w[1] + 1 - j, RowFix::Gap(0))),
                _ => continue 'endings,
            }
        }
        if rows.iter().any(|r| r.1 == RowFix::Gap(0)) {
            return Some(WordLayout { k, rows });
        }
    }
    None
}

/// Rows of a table of words whose first column is merged: with `kinds` (its header names kinds,
/// `设施类型`), over the same number of rows in every group (two rows each: `街道文化活动中心`
/// `建筑面积不少于4000平方米` `文艺演出…` then `每周开放不少于56小时` `错时延时开放…`); without,
/// over groups a column's shared ending tells ([`anchored_layout`]). A group is a row of `k`
/// cells and rows of `k - 1`, their first cell left empty as in the source. Taken when every
/// cell but sentences after them makes such groups and their cells fit their columns clearly
/// better than whole rows do (or than `other`, the reading of the cells with a cell over two
/// paragraphs or vanished, when they make no whole rows).
pub(super) fn merged_regular_rows(
    cells: &[Piece],
    k: usize,
    kinds: bool,
    other: Option<&WordLayout>,
) -> Option<(Vec<TableRow>, usize)> {
    if k < 3 {
        return None;
    }
    let trailing = cells
        .iter()
        .rev()
        .take_while(|p| p.text().ends_with(['。', '！', '？']))
        .count();
    let n = cells.len() - trailing;
    let body = &cells[..n];
    let mut known = KindCache::default();
    // The reading as whole rows, or else as rows with a cell or two over two paragraphs or
    // vanished.
    let whole = if n.is_multiple_of(k) {
        Some(WordLayout::whole(n / k, k))
    } else {
        other.cloned()
    }
    .map(|l| l.misfit_with(body, &mut known).0);
    let regular = (2..=4usize).filter(|_| kinds).filter_map(|m| {
        let per_group = k + (m - 1) * (k - 1);
        let groups = n / per_group;
        if !n.is_multiple_of(per_group) || groups < 2 {
            return None;
        }
        let mut rows = Vec::new();
        for g in 0..groups {
            let at = g * per_group;
            rows.push((at, RowFix::Whole));
            rows.extend((1..m).map(|r| (at + k + (r - 1) * (k - 1), RowFix::Gap(0))));
        }
        Some(WordLayout { k, rows })
    });
    let best = regular
        .chain(anchored_layout(body, k).filter(|_| !kinds))
        .map(|layout| (layout.misfit_with(body, &mut known).0, layout))
        .min_by(|a, b| a.0.total_cmp(&b.0))?;
    // (Clearly better: by a cell's misfit at least, or with no other reading.)
    if whole.is_some_and(|w| best.0 + 1.0 > w) {
        return None;
    }
    let layout = best.1;
    // A group's kind is a name, no value.
    if layout.rows.iter().any(|&(at, fix)| {
        fix == RowFix::Whole && body.get(at).is_none_or(|p| is_value_cell(&p.text()))
    }) {
        return None;
    }
    let mut group = None;
    let rows = layout
        .cells(body)
        .into_iter()
        .map(|cells| {
            if let Some(first) = cells.first().filter(|c| !c.is_empty()) {
                group = Some(first.clone());
            }
            named_row(cells, group.clone())
        })
        .collect();
    Some((rows, n))
}

/// How the cells of a table of words make its rows: per row, its first piece and what is
/// done to its pieces to make it `k` cells.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct WordLayout {
    pub(super) k: usize,
    pub(super) rows: Vec<(usize, RowFix)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum RowFix {
    /// `k` pieces, one per cell.
    Whole,
    /// `k + 1` pieces: the two at `j` and `j + 1` are one cell (written over two paragraphs).
    Join(usize),
    /// `k - 1` pieces: the cell at `c` is empty (vanished from the source).
    Gap(usize),
}

impl RowFix {
    /// The pieces a row of `k` cells takes.
    pub(super) fn pieces(self, k: usize) -> usize {
        match self {
            RowFix::Whole => k,
            RowFix::Join(_) => k + 1,
            RowFix::Gap(_) => k - 1,
        }
    }
}

/// Whether a cell's text is a value and whether it names bodies, by text, as the layouts of one
/// table are weighed.
pub(super) type KindCache = std::collections::HashMap<String, (bool, bool, bool)>;

impl WordLayout {
    /// `n` whole rows of `k` cells.
    pub(super) fn whole(n: usize, k: usize) -> WordLayout {
        WordLayout {
            k,
            rows: (0..n).map(|r| (r * k, RowFix::Whole)).collect(),
        }
    }

    /// The layout of `pieces` in rows of `k` cells with one or two cells written over two
    /// paragraphs (`县域就诊率` / `达到90%`), or one empty cell vanished (never the first, the
    /// row's name): the rows holding them and the places in these rows are those that leave
    /// every cell nearest its column (its usual length, values where the column holds values,
    /// never a value as half of a cell). Which rows must be clear; within them, the cheapest
    /// place, or of places about as cheap the last (a cell over two paragraphs, or left empty,
    /// is most often one of the cells at the right: a target, a date, the bodies responsible).
    /// Two rows at least for each such cell.
    ///
    /// Two empty cells vanished too (a cell merged over three rows, written in the first only:
    /// `区域整体更新` under 更新方式), where the pieces are also two more than whole rows: of the
    /// two readings, the one whose cells fit their columns clearly better on average, else the
    /// cells over two paragraphs.
    pub(super) fn fit(pieces: &[Piece], k: usize) -> Option<WordLayout> {
        if k < 2 {
            return None;
        }
        let (n, extra) = (pieces.len() / k, pieces.len() % k);
        let joined = ((1..=2).contains(&extra) && extra < k - 1)
            .then(|| WordLayout::fit_fixes(pieces, k, n, extra, false))
            .flatten();
        // (Vanished cells: one piece short of whole rows, or two in a row of four or more.)
        let missing = k - extra;
        let vanished = (extra > 0 && ((missing == 1 && k >= 3) || (missing == 2 && k >= 4)))
            .then(|| WordLayout::fit_fixes(pieces, k, n + 1, missing, true))
            .flatten();
        match (joined, vanished) {
            (Some(j), Some(v)) => Some(if v.1 + 0.05 <= j.1 { v.0 } else { j.0 }),
            (j, v) => j.or(v).map(|x| x.0),
        }
    }

    /// [`WordLayout::fit`] for `n` rows with `fixes` cells over two paragraphs, or `fixes`
    /// empty cells vanished (`gap`): the layout and its misfit per cell.
    pub(super) fn fit_fixes(
        pieces: &[Piece],
        k: usize,
        n: usize,
        fixes: usize,
        gap: bool,
    ) -> Option<(WordLayout, f64)> {
        if n < 2 * fixes || n > 40 {
            return None;
        }
        // A choice: for each fix, its row and its place in the row.
        let places: Vec<(usize, usize)> = (0..n)
            .flat_map(|r| (usize::from(gap)..k).map(move |j| (r, j)))
            .collect();
        let mut choices: Vec<Vec<(usize, usize)>> = Vec::new();
        for (a, &x) in places.iter().enumerate() {
            if fixes == 1 {
                choices.push(vec![x]);
            } else {
                choices.extend(
                    places[a + 1..]
                        .iter()
                        .filter(|y| y.0 > x.0)
                        .map(|&y| vec![x, y]),
                );
            }
        }
        let layout_of = |choice: &[(usize, usize)]| -> WordLayout {
            let mut rows = Vec::with_capacity(n);
            let mut at = 0;
            for r in 0..n {
                let fix = match choice.iter().find(|c| c.0 == r) {
                    Some(&(_, j)) if gap => RowFix::Gap(j),
                    Some(&(_, j)) => RowFix::Join(j),
                    None => RowFix::Whole,
                };
                rows.push((at, fix));
                at += fix.pieces(k);
            }
            WordLayout { k, rows }
        };
        let layouts: Vec<WordLayout> = choices.iter().map(|c| layout_of(c)).collect();
        let mut known = KindCache::default();
        let costs: Vec<f64> = layouts
            .iter()
            .map(|l| l.misfit_with(pieces, &mut known).0)
            .collect();
        let rows_of = |c: &[(usize, usize)]| c.iter().map(|x| x.0).collect::<Vec<usize>>();
        let mut groups: Vec<(Vec<usize>, f64)> = Vec::new();
        for (c, &v) in choices.iter().zip(&costs) {
            let key = rows_of(c);
            match groups.iter_mut().find(|g| g.0 == key) {
                Some(g) => g.1 = g.1.min(v),
                None => groups.push((key, v)),
            }
        }
        let group = clearly_best(groups.iter().enumerate().map(|(i, g)| (g.1, i)), 0.5)?;
        let (key, least) = &groups[group];
        let best = (0..choices.len())
            .filter(|&i| &rows_of(&choices[i]) == key && costs[i] <= least + 0.25)
            .max_by_key(|&i| choices[i].iter().map(|x| x.1).sum::<usize>())?;
        let layout = layouts.into_iter().nth(best)?;
        let per_cell = layout.misfit_with(pieces, &mut known).1;
        Some((layout, per_cell))
    }

    /// The layout of `pieces`, as many as whole rows of `k` cells, with one cell written over
    /// two paragraphs in one row and one empty cell vanished in another (`白湖镇设施蔬菜` /
    /// `机械化示范基地`, then a base without its 面积): the cheapest such layout by
    /// [`WordLayout::misfit`], and its misfit per cell. Small tables only (every pair of places
    /// is weighed).
    pub(super) fn fit_join_and_gap(pieces: &[Piece], k: usize) -> Option<(WordLayout, f64)> {
        const MOST_ROWS: usize = 16;
        if !(3..=6).contains(&k) || !pieces.len().is_multiple_of(k) {
            return None;
        }
        let n = pieces.len() / k;
        if !(3..=MOST_ROWS).contains(&n) {
            return None;
        }
        let mut known = KindCache::default();
        let mut best: Option<(f64, WordLayout)> = None;
        for a in 0..n {
            for j in 0..k - 1 {
                for b in (0..n).filter(|&b| b != a) {
                    // (Never the row's name: the first cell.)
                    for g in 1..k {
                        let mut rows = Vec::with_capacity(n);
                        let mut at = 0;
                        for r in 0..n {
                            let fix = if r == a {
                                RowFix::Join(j)
                            } else if r == b {
                                RowFix::Gap(g)
                            } else {
                                RowFix::Whole
                            };
                            rows.push((at, fix));
                            at += fix.pieces(k);
                        }
                        let layout = WordLayout { k, rows };
                        let cost = layout.misfit_with(pieces, &mut known).0;
                        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                            best = Some((cost, layout));
                        }
                    }
                }
            }
        }
        let (_, layout) = best?;
        let per_cell = layout.misfit_with(pieces, &mut known).1;
        Some((layout, per_cell))
    }

    /// The cells of each row as texts (an empty cell empty).
    pub(super) fn cells(&self, pieces: &[Piece]) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|&(at, fix)| {
                let size = fix.pieces(self.k);
                let mut row = texts(pieces.get(at..at + size).unwrap_or(&[]));
                match fix {
                    RowFix::Whole => {}
                    RowFix::Join(j) => {
                        if j + 1 < row.len() {
                            let second = row.remove(j + 1);
                            row[j].push_str(&second);
                        }
                    }
                    RowFix::Gap(c) => row.insert(c.min(row.len()), String::new()),
                }
                row
            })
            .collect()
    }

    /// How far the cells are from their columns, in all and a cell on average: each cell's
    /// length against its column's median, a value among words or words among values, and a
    /// value joined as half of a cell.
    pub(super) fn misfit(&self, pieces: &[Piece]) -> (f64, f64) {
        self.misfit_with(pieces, &mut KindCache::default())
    }

    /// [`WordLayout::misfit`], the kinds of cells already met read from `known`.
    pub(super) fn misfit_with(&self, pieces: &[Piece], known: &mut KindCache) -> (f64, f64) {
        let rows = self.cells(pieces);
        let mut total = 0.0;
        let mut counted = 0usize;
        for c in 0..self.k {
            let column: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(c).map(String::as_str))
                .filter(|t| !t.is_empty())
                .collect();
            let usual = median_len(&column);
            // Each cell's kind once: a value (as [`kind_misfit`] weighs it), bodies.
            let kinds: Vec<(bool, bool, bool)> = column
                .iter()
                .map(|t| {
                    *known
                        .entry((*t).to_string())
                        .or_insert_with(|| (is_value_cell(t), names_bodies(t), names_period(t)))
                })
                .collect();
            let values = kinds.iter().filter(|k| k.0).count();
            let bodies = kinds.iter().filter(|k| k.1).count();
            let times = kinds.iter().filter(|k| k.2).count();
            for (t, &(value, body, time)) in column.iter().zip(&kinds) {
                // (A value where most of the column's cells, three at least, are words, or
                // words where most are values: `1.2` under 所在河道, `改建` under 设计流量.)
                let others = column.len() - 1;
                let kind = others >= 2
                    && if value {
                        values * 2 < column.len()
                    } else {
                        (column.len() - values) * 2 < column.len()
                    };
                // (Bodies where the column's other cells name none, or words where they all
                // name bodies: a 责任单位 column.)
                let odd = if body {
                    bodies == 1 && others >= 2
                } else {
                    others >= 2 && bodies == others
                };
                // (A time, `2026—2027年`, where the column's other cells name none: a date
                // never names a thing nor a place, so it weighs more than a length.)
                let untimely = time && times == 1 && others >= 2;
                // (A bare figure as a row's name, `60` under 类型, where the column's other
                // cells are words: a row is named by words, or all by numbers.)
                let figure_name = c == 0 && is_numberish(clean(t)) && values < column.len();
                total += length_misfit(t.chars().count() as f64, usual)
                    + if kind || figure_name { 1.0 } else { 0.0 }
                    + if odd { 1.0 } else { 0.0 }
                    + if untimely { 1.5 } else { 0.0 };
                counted += 1;
            }
        }
        for &(at, fix) in &self.rows {
            if let RowFix::Join(j) = fix {
                // (Never a value as half of a cell, nor a sentence a cell goes on after, nor
                // bodies joined to words that name none: `各街道、华泾镇` / `科普教育基地`.)
                let half = |i: usize| pieces.get(i).map(Piece::text).unwrap_or_default();
                let (a, b) = (half(at + j), half(at + j + 1));
                if is_value_cell(&a)
                    || is_value_cell(&b)
                    || a.ends_with(['。', '！', '？'])
                    || names_bodies(&a) != names_bodies(&b)
                {
                    total += 1.0;
                }
            }
        }
        (total, total / counted.max(1) as f64)
    }

    /// The rows of `pieces` as this layout makes them, the joins listed in `acc` and each empty
    /// cell put in with a warning naming its column (of `acc.columns`).
    pub(super) fn apply(&self, pieces: &[Piece], acc: &mut Acc) -> Vec<Vec<Piece>> {
        let mut out = Vec::with_capacity(self.rows.len());
        for &(at, fix) in &self.rows {
            let size = fix.pieces(self.k);
            let mut row = pieces.get(at..at + size).unwrap_or(&[]).to_vec();
            match fix {
                RowFix::Whole => {}
                RowFix::Join(j) => {
                    merge_at(&mut row, j, acc, "split cell");
                }
                RowFix::Gap(c) => {
                    let no = row.first().map_or(0, Piece::first_no);
                    let end = row.last().map_or(0, |p| p.end);
                    let column = acc.columns.get(c).cloned().unwrap_or_default();
                    acc.warnings.push((
                        no,
                        format!(
                            "row {}: one cell fewer than the columns; the cell under `{column}` read as empty",
                            row.first().map(Piece::text).unwrap_or_default(),
                        ),
                    ));
                    row.insert(c.min(row.len()), empty_piece(no, end));
                }
            }
            out.push(row);
        }
        out
    }
}

/// Where a row one short of its columns lacks its cell when the cells fit a gap under two
/// years or more alike ([`gap_choices`] within half a misfit of the best): the first year's, a
/// baseline not yet there, as a plan never leaves out a target. `shift`: the columns before
/// those the gaps count (1 where a merged category stands first).
pub(super) fn first_year_gap(
    rows: &[TableRow],
    off: usize,
    cells: &[Piece],
    columns: &[String],
    shift: usize,
) -> Option<usize> {
    let choices = gap_choices(rows, off, cells, 1, 1, false)?;
    let best = choices.first()?.0;
    let near: Vec<usize> = choices
        .iter()
        .filter(|(cost, _)| cost - best < 0.5)
        .filter_map(|(_, gaps)| gaps.first().copied())
        .collect();
    let dated = |g: &usize| {
        columns
            .get(g + shift)
            .is_some_and(|c| last_year(c).is_some())
    };
    (near.len() >= 2 && near.iter().all(dated))
        .then(|| near.iter().min().copied())
        .flatten()
}
