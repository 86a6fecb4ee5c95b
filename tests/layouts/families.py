"""Every page family of the layout matrix: the fourteen of `pages.py`, the five of `more_pages.py` and the ten
of `real_pages.py` (modelled on real sites' structures)."""

from __future__ import annotations

from tests.layouts import more_pages, pages, real_pages

LAYOUTS = {**pages.LAYOUTS, **more_pages.MORE_LAYOUTS, **real_pages.REAL_LAYOUTS}
CAPTIONED = pages.CAPTIONED | more_pages.MORE_CAPTIONED | real_pages.REAL_CAPTIONED
BOILERPLATE_PEOPLE = pages.BOILERPLATE_PEOPLE + more_pages.MORE_BOILERPLATE_PEOPLE + real_pages.REAL_BOILERPLATE_PEOPLE
