"""Outputs: records written as JSON, JSON Lines and CSV (export), into a SQLite database
(sqlite), drawn in the terminal (render), as a review page (review) and a chart of targets and
results (chart), and for many inputs at once (batch)."""
