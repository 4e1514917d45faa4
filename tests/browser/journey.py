"""A user's journey through the portal on a phone, counted: every action, every page, its height.

An action is what a person does with a finger: type into a field, tick, choose, tap, open a link
from an email. A page is each document the browser loads. The figures go to `JOURNEY_FIGURES`
(a JSON file) when set, which `benchmarks/onboarding.py` prints.
"""

import json
import os
from dataclasses import dataclass, field

PHONE = {"width": 390, "height": 844}


@dataclass
class PageSeen:
    path: str
    height: int

    @property
    def screens(self) -> float:
        return self.height / PHONE["height"]


@dataclass
class Journey:
    """Who acts (a label per person), on which Playwright page, and what they did so far."""

    page: object
    base_url: str
    actor: str
    actions: dict[str, int] = field(default_factory=dict)
    pages: list[PageSeen] = field(default_factory=list)

    def _count(self) -> None:
        self.actions[self.actor] = self.actions.get(self.actor, 0) + 1

    def _seen(self) -> None:
        self.page.wait_for_load_state("load")
        path = self.page.url.removeprefix(self.base_url)
        height = self.page.evaluate("document.documentElement.scrollHeight")
        self.pages.append(PageSeen(path=path, height=height))

    def open(self, url: str) -> None:
        """Open an address, as a tap on a link in an email or a typed address: one action."""
        self._count()
        self.page.goto(url if url.startswith("http") else self.base_url + url, wait_until="load")
        self._seen()

    def fill(self, selector: str, value: str) -> None:
        self._count()
        self.page.fill(selector, value)

    def check(self, selector: str) -> None:
        self._count()
        self.page.check(selector)

    def select(self, selector: str, value: str) -> None:
        self._count()
        self.page.select_option(selector, value)

    def tap(self, selector: str) -> None:
        """Tap a button or a link that loads a page."""
        self._count()
        with self.page.expect_navigation(wait_until="load"):
            self.page.click(selector)
        self._seen()

    def tallest(self) -> PageSeen:
        return max(self.pages, key=lambda seen: seen.height)

    def figures(self) -> dict:
        tallest = self.tallest()
        return {
            "actions": self.actions,
            "actions_total": sum(self.actions.values()),
            "pages": len(self.pages),
            "tallest_page": {"path": tallest.path, "height_px": tallest.height},
            "tallest_in_phone_screens": round(tallest.screens, 2),
            "phone": PHONE,
            "pages_seen": [{"path": seen.path, "height_px": seen.height} for seen in self.pages],
        }

    def figures_write(self) -> None:
        path = os.environ.get("JOURNEY_FIGURES")
        if path:
            with open(path, "w", encoding="utf-8") as out:
                json.dump(self.figures(), out, indent=2, ensure_ascii=False)
