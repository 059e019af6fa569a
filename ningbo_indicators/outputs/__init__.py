"""Outputs: records written as JSON, JSON Lines and CSV (export), drawn in the terminal
(render), as a review page (review), and for many inputs at once (batch)."""
