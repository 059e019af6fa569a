"""The dataset side: canonical indicator keys (keys), the main targets of a report and rows of a
panel of many reports (targets)."""
