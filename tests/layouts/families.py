"""Every page family of the layout matrix: the fourteen of `pages.py` and the five of `more_pages.py`."""

from __future__ import annotations

from tests.layouts import more_pages, pages

LAYOUTS = {**pages.LAYOUTS, **more_pages.MORE_LAYOUTS}
CAPTIONED = pages.CAPTIONED | more_pages.MORE_CAPTIONED
BOILERPLATE_PEOPLE = pages.BOILERPLATE_PEOPLE + more_pages.MORE_BOILERPLATE_PEOPLE
