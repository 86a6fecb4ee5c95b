"""Read stage: paths in (files, directories, JSON Lines corpora, WARC files, corpus stores), a stream of
`RawDocument`s and `Rejected`s out (`inputs.read_inputs`).
"""
