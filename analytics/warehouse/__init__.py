"""The warehouse: raw reference files → staging tables → mart views, in one DuckDB file.

``spec`` (raw-file contracts) → ``contract`` (cross-file and SQL checks) → ``build`` (the one write path,
atomic) → ``db``/``read``/``dataset`` (read-only access). ``synthetic`` generates the labelled demo scores.
"""
