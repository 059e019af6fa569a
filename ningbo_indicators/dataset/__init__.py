"""The dataset side: canonical indicator keys (keys), the main targets of a report and rows of a
panel of many reports (targets), each target beside what was realised (achievement)."""
