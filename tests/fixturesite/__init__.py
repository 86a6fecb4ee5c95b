"""A local, simulated set of Vietnamese news sites for crawler tests: `FixtureSite` (see `server.py`).

The articles are invented (see `articles.py`); `pages/expected.json` annotates each article page.
"""

from .server import FixtureSite, Request

__all__ = ["FixtureSite", "Request"]
