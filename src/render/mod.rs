//! Render: the plan model → HTML pages through tera templates of a theme. (being written)
