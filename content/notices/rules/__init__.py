"""The notices' pure rules: plain facts and documents in, decisions out; no model, no database.

- `obligations`: what each use must state and why, and what is still missing (`notice_gaps`);
- `coverage`: which patient expectations a notice answers, through which of its items;
- `changes`: what changed between two published notices, and what a use's tool does (`use_label`);
- `introduction`: an introduction may not count or list the tools (the notice does, « En bref »);
- `review_triggers`: when a published notice must be reviewed again.
"""
