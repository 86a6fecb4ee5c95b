"""Page stage: a `RawDocument` in, an `Article` (main text, title, date, author) out, or a `Skip`
(`stage.to_article`). `decoding` finds the charset, `html` reads web pages, `dumps` reads plain-text page dumps.
"""
