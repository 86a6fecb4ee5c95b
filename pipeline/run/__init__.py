"""Runs: one input through every stage (`process`), a whole run in one or N processes (`runner`) or on a
Dask cluster (`cluster`), the merged outputs (`output`) and the grouping of records into stories (`dedup`).
"""
