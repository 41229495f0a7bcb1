"""The data contract between the reference files and the warehouse.

Two layers of checks, both run by the build before the new database replaces the old one:

1. ``check_frames``: cross-file rules on the typed frames, reported by file, row and column
   (every foreign code resolves, counts, population sums).
2. ``SQL_CHECKS``: assertions on the built database (a table of name, query, expected value), in the
   style of dbt tests. Each query returns one number.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.domain import SCORE_MAX, SCORE_MIN

from analytics.warehouse.spec import FILE_SPECS, DataContractError, Violation

EXPECTED_REGIONS = 514
EXPECTED_PROVINCES = 38


def _rows_not_in(df: pd.DataFrame, column: str, valid: pd.Series) -> list[tuple[int, str]]:
    bad = ~df[column].isin(set(valid))
    return [(int(i) + 2, v) for i, v in zip(df.index[bad], df.loc[bad, column])]


def check_frames(frames: dict[str, pd.DataFrame]) -> None:
    """Cross-file contract on the typed reference frames. Raises :class:`DataContractError`."""
    v: list[Violation] = []
    prov, reg = frames["province"], frames["region"]
    f = {t: FILE_SPECS[t].file for t in FILE_SPECS}

    if len(prov) != EXPECTED_PROVINCES:
        v.append(Violation(f["province"], None, None, f"{len(prov)} provinces, expected {EXPECTED_PROVINCES}"))
    if len(reg) != EXPECTED_REGIONS:
        v.append(Violation(f["region"], None, None, f"{len(reg)} regions, expected {EXPECTED_REGIONS}"))

    foreign = [  # (table, column, valid values, what they must match)
        ("region", "province_code", prov["code"], f"a province code in {f['province']}"),
        ("programme_cohort", "region_code", reg["code"], f"a region code in {f['region']}"),
        ("ascn_pilot_region", "region_code", reg["code"], f"a region code in {f['region']}"),
        ("ascn_pilot_region", "city", frames["ascn_city"]["city"], f"a city in {f['ascn_city']}"),
        ("published_pillar_score", "region_code", reg["code"], f"a region code in {f['region']}"),
        ("published_pillar_score", "pillar", frames["pillar"]["code"], f"a pillar code in {f['pillar']}"),
        ("published_result", "region_code", reg["code"], f"a region code in {f['region']}"),
    ]
    for table, col, valid, what in foreign:
        for row, value in _rows_not_in(frames[table], col, valid):
            v.append(Violation(f[table], row, col, f"{value!r} is not {what}"))

    wrong_prov = reg["code"].str[:2] != reg["province_code"]
    for i in reg.index[wrong_prov]:
        v.append(Violation(f["region"], int(i) + 2, "province_code",
                           f"{reg.at[i, 'province_code']!r} does not match the region code {reg.at[i, 'code']!r}"))
    for table in ("province", "region"):
        df = frames[table]
        bad = df["population_male"] + df["population_female"] != df["population"]
        for i in df.index[bad]:
            v.append(Violation(f[table], int(i) + 2, "population", "male + female does not equal the total"))

    sums = reg.groupby("province_code")["population"].sum()
    expected = prov.set_index("code")["population"]
    for i, code in zip(prov.index, prov["code"]):
        got = int(sums.get(code, 0))
        if got != int(expected[code]):
            v.append(Violation(f["province"], int(i) + 2, "population",
                               f"province {code} total {int(expected[code]):,} but its regencies sum to {got:,}"))

    names = reg.set_index("code")["name"]
    coh = frames["programme_cohort"]
    known = coh["region_code"].isin(names.index)
    mism = known & (coh["region_name"] != coh["region_code"].map(names))
    for i in coh.index[mism]:
        v.append(Violation(f["programme_cohort"], int(i) + 2, "region_name",
                           f"{coh.at[i, 'region_name']!r} is not the name of {coh.at[i, 'region_code']} "
                           f"({names[coh.at[i, 'region_code']]!r})"))
    if v:
        raise DataContractError(v)


# name, SQL returning one value, expected value
SQL_CHECKS: list[tuple[str, str, object]] = [
    ("514 regions", "SELECT count(*) FROM region", EXPECTED_REGIONS),
    ("38 provinces", "SELECT count(*) FROM province", EXPECTED_PROVINCES),
    ("every region has a province",
     "SELECT count(*) FROM region r ANTI JOIN province p ON p.code = r.province_code", 0),
    ("regency population sums equal province totals",
     "SELECT count(*) FROM province p JOIN (SELECT province_code, sum(population) s FROM region GROUP BY 1) r "
     "ON r.province_code = p.code WHERE r.s <> p.population", 0),
    ("every cohort row maps to a region",
     "SELECT count(*) FROM programme_cohort c ANTI JOIN region r ON r.code = c.region_code", 0),
    ("every Indonesian ASCN pilot maps to a region",
     "SELECT count(*) FROM ascn_city a WHERE country_iso2 = 'ID' AND city NOT IN "
     "(SELECT city FROM ascn_pilot_region)", 0),
    ("DKI Jakarta pilot covers all six units of province 31",
     "SELECT count(*) FROM ascn_pilot_region WHERE city = 'Jakarta' AND region_code LIKE '31.%'",
     "SELECT count(*) FROM region WHERE province_code = '31'"),
    ("scores on the 0-4 scale",
     f"SELECT count(*) FROM evaluation_score WHERE score < {SCORE_MIN} OR score > {SCORE_MAX} OR score IS NULL", 0),
    ("unique score keys",
     "SELECT count(*) - count(DISTINCT (region_code, year, pillar)) FROM evaluation_score", 0),
    ("every score has a source",
     "SELECT count(*) FROM evaluation_score WHERE source IS NULL OR source = ''", 0),
    ("published scores carry a URL",
     "SELECT count(*) FROM evaluation_score WHERE source = 'published' AND source_url IS NULL", 0),
    ("scores only for participants",
     "SELECT count(*) FROM evaluation_score s ANTI JOIN programme_cohort c ON c.region_code = s.region_code", 0),
    ("one build_info row", "SELECT count(*) FROM build_info", 1),
    ("every region has its polygon", "SELECT count(*) FROM region r ANTI JOIN region_shape s ON s.code = r.code", 0),
    ("every province has its polygon",
     "SELECT count(*) FROM province p ANTI JOIN province_shape s ON s.code = p.code", 0),
]


def check_database(con: duckdb.DuckDBPyConnection) -> None:
    """Run every SQL check; raise :class:`DataContractError` listing the ones that fail."""
    failures = []
    for name, sql, expected in SQL_CHECKS:
        got = con.execute(sql).fetchone()[0]
        want = con.execute(expected).fetchone()[0] if isinstance(expected, str) else expected
        if got != want:
            failures.append(Violation("smartcity.duckdb", None, None, f"check '{name}' failed: got {got}, expected {want}"))
    if failures:
        raise DataContractError(failures)
