//! Static SVG bar charts, drawn in Rust: baseline / target / result of a results row, and aligned
//! indicators side by side. A bound is drawn as a bound (an open-ended bar with ≥, a marker with
//! ≤), a range as a range; never as an exact value. Every chart has a `<title>` and a `<desc>` text alternative and
//! `role="img"`; all text is escaped; output depends only on the input.

use super::table::{ColumnRole, IndicatorRow, IndicatorTable};
use super::value::{format_number, Parsed};

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar is (`“十二五”末情况`, `北京市 十四五目标`).
    pub label: String,
    /// Where the bar ends (the upper end of a range).
    pub value: f64,
    /// The value as shown beside the bar (`≥98%`, `2.56`).
    pub text: String,
    /// How the value relates to the number: exact, a bound or a range.
    pub form: BarForm,
}

/// How a bar is drawn, so that a bound never looks like an exact value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BarForm {
    /// A plain number: a solid bar.
    Exact,
    /// About the number (`80% 左右`): a solid bar marked ≈.
    About,
    /// At least (`≥98`, `以上`): a solid bar to the bound and an open, dashed extension to the end
    /// of the scale, with an arrow.
    AtLeast,
    /// At most (`<4.0`, `以内`): a marker at the bound and an open, dashed bar back to zero, with
    /// an arrow pointing down the scale.
    AtMost,
    /// Between two numbers: a bar from the lower to the upper end only.
    Range { low: f64 },
}

impl BarForm {
    /// The form of a quantity's comparator.
    pub fn of(c: super::value::Comparator) -> BarForm {
        use super::value::Comparator::*;
        match c {
            Eq => BarForm::Exact,
            About => BarForm::About,
            Ge | Gt => BarForm::AtLeast,
            Le | Lt => BarForm::AtMost,
        }
    }

    /// Class name on the bar's shapes (`bar-at-least`).
    pub fn class(self) -> &'static str {
        match self {
            BarForm::Exact => "bar-exact",
            BarForm::About => "bar-about",
            BarForm::AtLeast => "bar-at-least",
            BarForm::AtMost => "bar-at-most",
            BarForm::Range { .. } => "bar-range",
        }
    }

    /// The words for readers of the text alternative.
    pub fn words(self) -> &'static str {
        match self {
            BarForm::Exact => "",
            BarForm::About => "（约数）",
            BarForm::AtLeast => "（下限，不低于此值）",
            BarForm::AtMost => "（上限，不高于此值）",
            BarForm::Range { .. } => "（区间）",
        }
    }
}

/// A chart: bars on one scale, with its text alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Fragment-safe id, unique on the page the chart stands in (`t1-r2-chart`).
    pub id: String,
    pub title: String,
    /// The whole content in words, for readers who cannot see the chart.
    pub desc: String,
    /// The unit of every bar, shown under the chart.
    pub unit: Option<String>,
    pub bars: Vec<Bar>,
}

/// Escapes text for SVG/XML content and attribute values.
pub fn escape(s: &str) -> String {
    crate::text::escape_markup(s)
}

const WIDTH: f64 = 580.0;
const LABEL_W: f64 = 220.0;
const VALUE_W: f64 = 90.0;
const ROW_H: f64 = 26.0;
const TOP: f64 = 28.0;

/// Upper end of the scale: a round number (1, 2, 2.5 or 5 times a power of ten) a little above the
/// largest value; at most 100 for shares that stay within 100%.
fn scale_max(chart: &Chart) -> f64 {
    let max = chart.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    if max <= 0.0 {
        return 1.0;
    }
    let want = max * 1.05;
    let mag = 10f64.powf(want.log10().floor());
    let nice = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|c| c * mag)
        .find(|v| *v >= want)
        .unwrap_or(10.0 * mag);
    if chart.unit.as_deref() == Some("%") && max <= 100.0 {
        nice.min(100.0)
    } else {
        nice
    }
}

fn px(x: f64) -> String {
    format_number((x * 10.0).round() / 10.0)
}

/// The chart as a standalone SVG document fragment (an `<svg>` element).
pub fn svg(chart: &Chart) -> String {
    let id = escape(&chart.id);
    let n = chart.bars.len() as f64;
    let height = TOP + n * ROW_H + 26.0;
    let plot_w = WIDTH - LABEL_W - VALUE_W;
    let max = scale_max(chart);
    let mut s = String::new();
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" viewBox=\"0 0 {w} {h}\" \
         width=\"{w}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         font-family=\"sans-serif\" font-size=\"12\">\n",
        w = px(WIDTH),
        h = px(height),
    ));
    s.push_str(&format!(
        "<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(&chart.title),
        escape(&chart.desc)
    ));
    s.push_str(&format!(
        "<text x=\"0\" y=\"16\" font-weight=\"bold\">{}</text>\n",
        escape(&chart.title)
    ));
    for (i, b) in chart.bars.iter().enumerate() {
        let y = TOP + i as f64 * ROW_H;
        let at = |v: f64| (v.max(0.0) / max * plot_w).min(plot_w);
        let w = at(b.value);
        let color = ["#5b7fa6", "#c0883a", "#4f8a5b", "#8a5b8a"][i % 4];
        let class = b.form.class();
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            px(LABEL_W - 8.0),
            px(y + 15.0),
            escape(&b.label)
        ));
        let rect = |x: f64, w: f64, style: &str| {
            format!(
                "<rect class=\"bar bar-{i} {class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" {style}/>\n",
                px(LABEL_W + x),
                px(y + 2.0),
                px(w)
            )
        };
        let open = format!("fill=\"none\" stroke=\"{color}\" stroke-dasharray=\"4 3\"");
        let solid = format!("fill=\"{color}\"");
        let mut text_x = LABEL_W + w + 6.0;
        match b.form {
            BarForm::Exact | BarForm::About => s.push_str(&rect(0.0, w, &solid)),
            BarForm::AtLeast => {
                // Reached at least up to the bound; beyond it, open to the end of the scale.
                s.push_str(&rect(0.0, w, &solid));
                s.push_str(&rect(w, (plot_w - w).max(0.0), &open));
                s.push_str(&format!(
                    "<path class=\"bound-arrow\" d=\"M{} {}l-6 -5v10z\" fill=\"{color}\"/>\n",
                    px(LABEL_W + plot_w),
                    px(y + 11.0)
                ));
                text_x = LABEL_W + w + 6.0;
            }
            BarForm::AtMost => {
                // Anywhere from zero up to the bound: an open bar, a solid marker at the bound.
                s.push_str(&rect(0.0, w, &open));
                s.push_str(&format!(
                    "<rect class=\"bound-marker\" x=\"{}\" y=\"{}\" width=\"3\" height=\"22\" fill=\"{color}\"/>\n",
                    px(LABEL_W + w - 1.5),
                    px(y)
                ));
                s.push_str(&format!(
                    "<path class=\"bound-arrow\" d=\"M{} {}l6 -5v10z\" fill=\"{color}\"/>\n",
                    px(LABEL_W),
                    px(y + 11.0)
                ));
            }
            BarForm::Range { low } => {
                let x0 = at(low);
                s.push_str(&rect(x0, (w - x0).max(1.0), &solid));
            }
        }
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\">{}</text>\n",
            px(text_x.min(WIDTH - VALUE_W + 4.0)),
            px(y + 15.0),
            escape(&b.text)
        ));
    }
    let axis_y = TOP + n * ROW_H + 2.0;
    s.push_str(&format!(
        "<line x1=\"{x}\" y1=\"{y0}\" x2=\"{x}\" y2=\"{y1}\" stroke=\"#666\"/>\n",
        x = px(LABEL_W),
        y0 = px(TOP),
        y1 = px(axis_y)
    ));
    s.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" fill=\"#555\">0</text>\n<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#555\">{}{}</text>\n",
        px(LABEL_W),
        px(axis_y + 16.0),
        px(LABEL_W + plot_w),
        px(axis_y + 16.0),
        escape(&format_number(max)),
        escape(chart.unit.as_deref().map(|u| format!(" {u}")).as_deref().unwrap_or("")),
    ));
    s.push_str("</svg>\n");
    s
}

/// The bar text of a single quantity: comparator, number, unit (`≥98%`, `4420 元/月`).
fn bar_text(q: &super::value::Quantity, unit: Option<&str>) -> String {
    let mut t = q.short();
    if let Some(u) = unit {
        if u == "%" {
            t.push('%');
        } else {
            t.push(' ');
            t.push_str(u);
        }
    }
    t
}

/// Baseline, target and result of a results row, for the values that are single numbers.
/// `None` when fewer than two values can be drawn or a value is flagged as anomalous.
pub fn results_row_chart(t: &IndicatorTable, row: &IndicatorRow) -> Option<Chart> {
    if !row.is_indicator() || !row.anomalies.is_empty() {
        return None;
    }
    let mut bars = Vec::new();
    let mut words = Vec::new();
    let mut unit: Option<Option<&str>> = None;
    for role in [
        ColumnRole::Baseline,
        ColumnRole::Target,
        ColumnRole::Achieved,
    ] {
        let Some(i) = t.column(role) else { continue };
        let header = &t.columns[i].header;
        let v = &row.values[i];
        match &v.parsed {
            Parsed::Number(q) if !q.approx => {
                let u = row.effective_unit(q.unit.as_deref());
                if *unit.get_or_insert(u) != u {
                    return None;
                }
                let text = bar_text(q, u);
                let form = BarForm::of(q.comparator);
                words.push(format!("{header} {text}{}", form.words()));
                bars.push(Bar {
                    label: header.clone(),
                    value: q.number,
                    text,
                    form,
                });
            }
            Parsed::Range {
                low,
                high,
                unit: ru,
                ..
            } => {
                let u = ru.as_deref().or(row.unit.as_deref());
                if *unit.get_or_insert(u) != u {
                    return None;
                }
                let text = format!(
                    "{}–{}{}",
                    format_number(*low),
                    format_number(*high),
                    u.map(|u| if u == "%" {
                        u.to_string()
                    } else {
                        format!(" {u}")
                    })
                    .unwrap_or_default()
                );
                words.push(format!("{header} {text}（区间）"));
                bars.push(Bar {
                    label: header.clone(),
                    value: *high,
                    text,
                    form: BarForm::Range { low: *low },
                });
            }
            Parsed::Empty => words.push(format!("{header} 空")),
            _ => words.push(format!("{header} “{}”（非单一数值，未绘出）", v.raw.trim())),
        }
    }
    if bars.len() < 2 {
        return None;
    }
    let mut desc = format!("{}：{}。", row.name, words.join("，"));
    if let Some(v) = &row.verdict {
        desc.push_str(&format!("判定：{}。{}。", v.outcome.label(), v.reason));
    }
    Some(Chart {
        id: format!("{}-chart", row.anchor),
        title: match unit.flatten() {
            Some(u) => format!("{}({u})", row.name),
            None => row.name.clone(),
        },
        desc,
        unit: unit.flatten().map(str::to_string),
        bars,
    })
}
