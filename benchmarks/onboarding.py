"""Print what joining the portal costs a structure: actions, pages and the tallest page on a phone.

Plays the browser test `tests/browser/test_onboarding_journey.py` (Debian's Chromium): from the
public registration form to the published notice with two uses from templates, the requester as
editor and a colleague as medical reviewer. Figures, not assertions: the goal of issue 14 is under
40 actions for the clinic and no page taller than 6 phone screens.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_ACTIONS = 40
GOAL_SCREENS = 6


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        figures_path = Path(folder) / "journey.json"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-m",
                "browser",
                "tests/browser/test_onboarding_journey.py",
            ],
            cwd=ROOT,
            env={**os.environ, "JOURNEY_FIGURES": str(figures_path)},
            capture_output=True,
            text=True,
        )
        if not figures_path.exists():
            print(run.stdout[-3000:], run.stderr[-2000:], sep="\n")
            print("onboarding: the journey did not finish; no figures")
            return 1
        figures = json.loads(figures_path.read_text(encoding="utf-8"))
    clinic = figures["actions"].get("clinic", 0)
    portal = figures["actions"].get("portal", 0)
    tallest = figures["tallest_page"]
    print(
        "Joining the portal, on a phone (390 x 844 CSS px), registration form to published notice"
    )
    print(
        f"  actions by the clinic (editor and reviewer): {clinic:>4}  (goal: under {GOAL_ACTIONS})"
    )
    print(f"  actions by the portal's editor (admin):      {portal:>4}")
    print(f"  pages loaded:                                 {figures['pages']:>4}")
    print(
        f"  tallest page: {tallest['path']} {tallest['height_px']} px = "
        f"{figures['tallest_in_phone_screens']} phone screens (goal: {GOAL_SCREENS} at most)"
    )
    for seen in figures["pages_seen"]:
        print(f"    {seen['height_px']:>6} px  {seen['path']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
