"""Language stage: normalisation (`textnorm`), paragraphs, sentences, words and POS tags aligned to character
offsets (`analysis.analyse`, with `fasttag`), and the token grid the extractors match over (`grid`).
"""
