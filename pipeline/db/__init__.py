"""The fact store: records in a SQLite database (the embedded default), searched, merged into people,
exported and loaded into PostgreSQL.

`sync.sync_records(db_path, records_path)` brings a database up to date with a records file;
`search.search(...)`, `people.find_people(...)`, `answers.who(...)`, `answers.totals(...)`,
`export.export(...)`, `postgres.load(...)` and `serve.serve(...)` read it.
"""

DB_NAME = "vnie.db"
