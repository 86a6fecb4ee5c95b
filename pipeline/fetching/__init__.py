"""Fetching stage: web pages, feeds, sitemaps, same-site crawls and WARC files into the corpus store.

`crawl.fetch(sources, store, policy)` runs the fetch and returns a `FetchSummary`; `store.CorpusStore`
keeps every URL's state and the raw page; `store.CorpusStore.documents()` hands the pages to the
page → text → facts stages as `RawDocument`s, so fetched pages and local files go through the same code.
"""

from pipeline.fetching.policy import FetchPolicy

__all__ = ["FetchPolicy"]
