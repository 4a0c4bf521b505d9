//! Indicators: typed values, verdicts, alignment across plans, charts, open data. (being written)
