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

import numpy as np

from analytics.domain import SCORE_MAX, SCORE_MIN, UNIT_RANGES, unit_range

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
        ("indicator_value", "code", reg["code"], f"a region code in {f['region']}"),
        ("indicator_value", "indicator", frames["indicator"]["indicator"], f"an indicator in {f['indicator']}"),
        ("indicator_label", "indicator", frames["indicator"]["indicator"], f"an indicator in {f['indicator']}"),
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
    v += _indicator_violations(frames, f)
    if v:
        raise DataContractError(v)


def _indicator_violations(frames: dict[str, pd.DataFrame], f: dict[str, str]) -> list[Violation]:
    """The indicator catalogue and values: every unit is known, every value lies in its unit's range
    (percent 0–100, index 0–1 or 0–100, years / money / counts > 0), every indicator has its labels, and a
    suggested pillar is a pillar. Vectorised over the ~50,000 value rows."""
    v: list[Violation] = []
    cat, val, lab = frames["indicator"], frames["indicator_value"], frames["indicator_label"]
    known = ", ".join(p for p, *_ in UNIT_RANGES)
    ranges = {}
    for i, (code, unit) in zip(cat.index, zip(cat["indicator"], cat["unit"])):
        r = unit_range(unit)
        if r is None:
            v.append(Violation(f["indicator"], int(i) + 2, "unit",
                               f"{unit!r} is not a known unit (one of: {known})"))
        else:
            ranges[code] = r
    pillar = cat["suggested_pillar"]
    bad = pillar.notna() & ~pillar.isin(set(frames["pillar"]["code"]))
    for i in cat.index[bad]:
        v.append(Violation(f["indicator"], int(i) + 2, "suggested_pillar",
                           f"{pillar[i]!r} is not a pillar code in {f['pillar']}"))
    for i in cat.index[~cat["indicator"].isin(set(lab["indicator"]))]:
        v.append(Violation(f["indicator"], int(i) + 2, "indicator",
                           f"{cat.at[i, 'indicator']!r} has no labels in {f['indicator_label']}"))
    lo = val["indicator"].map({k: r[0] for k, r in ranges.items()}).to_numpy(dtype=float, na_value=np.nan)
    hi = val["indicator"].map({k: r[1] for k, r in ranges.items()}).to_numpy(dtype=float, na_value=np.nan)
    excl = val["indicator"].map({k: r[2] for k, r in ranges.items()}).fillna(False).to_numpy(dtype=bool)
    x = val["value"].to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        out = (x < lo) | (x > hi) | (excl & (x <= lo))
    units = val["indicator"].map(dict(zip(cat["indicator"], cat["unit"])))
    for i in val.index[out]:
        low, high, ex = ranges[val.at[i, "indicator"]]
        want = f"> {low:g}" if ex and np.isinf(high) else f"between {low:g} and {high:g}"
        v.append(Violation(f["indicator_value"], int(i) + 2, "value",
                           f"{val.at[i, 'value']:g} is outside the range of its unit {units[i]!r} ({want})"))
    return v


OPEN_FRAMEWORK_FILE = "open_index_framework.csv"
_BASES = ("bps_ipm", "natural", "observed")


def check_open_framework(frames: dict[str, pd.DataFrame], path) -> None:
    """The open-statistics framework (``data/framework/open_index_framework.csv``) against the catalogue: every
    leaf is a catalogue indicator that is better or worse (direction ≠ 0) with the catalogue's direction, every
    pillar is a pillar code, goalposts are numbers with lo < hi (lo > 0 for a log transform), the transform is
    empty or ``log``, and the goalpost basis is one of bps_ipm, natural, observed. Raises DataContractError
    naming the file, row and column (the tree itself is checked by the composite engine)."""
    from pathlib import Path
    path = Path(path)
    name = f"framework/{path.name}"
    try:
        fw = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise DataContractError([Violation(name, None, None, f"cannot be read: {exc}")]) from None
    need = ["node", "parent", "weight", "direction", "lo", "hi", "transform", "goalpost_basis"]
    missing = [c for c in need if c not in fw.columns]
    if missing:
        raise DataContractError([Violation(name, 1, c, "required column is missing from the header") for c in missing])
    cat = frames["indicator"].set_index("indicator")
    pillars = set(frames["pillar"]["code"])
    parents = set(fw["parent"]) - {""}
    root = fw.loc[fw["parent"] == "", "node"].tolist()
    v: list[Violation] = []
    for i, r in fw.iterrows():
        row = int(i) + 2
        if r["parent"] == "":
            continue
        if r["node"] in parents:                       # a pillar
            if r["node"] not in pillars:
                v.append(Violation(name, row, "node", f"{r['node']!r} is not a pillar code in pillars.csv"))
            if r["parent"] not in root:
                v.append(Violation(name, row, "parent", f"a pillar's parent must be the root {root[:1]}"))
            continue
        if r["node"] not in cat.index:
            v.append(Violation(name, row, "node", f"{r['node']!r} is not an indicator in indicators/indicators.csv"))
            continue
        want = int(cat.at[r["node"], "direction"])
        if want == 0:
            v.append(Violation(name, row, "node", f"{r['node']!r} is context only (direction 0): not an index input"))
        elif str(r["direction"]).strip() != str(want):
            v.append(Violation(name, row, "direction",
                               f"{r['direction']!r} differs from the catalogue's direction {want} of {r['node']}"))
        try:
            lo, hi = float(r["lo"]), float(r["hi"])
        except ValueError:
            v.append(Violation(name, row, "lo", f"goalposts {r['lo']!r}, {r['hi']!r} are not numbers"))
            continue
        if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
            v.append(Violation(name, row, "hi", f"goalposts need lo < hi (got {lo:g}, {hi:g})"))
        if r["transform"] not in ("", "log"):
            v.append(Violation(name, row, "transform", f"{r['transform']!r} is not empty or 'log'"))
        elif r["transform"] == "log" and not lo > 0:
            v.append(Violation(name, row, "lo", f"a log transform needs lo > 0 (got {lo:g})"))
        if r["goalpost_basis"] not in _BASES:
            v.append(Violation(name, row, "goalpost_basis", f"{r['goalpost_basis']!r} is not one of {', '.join(_BASES)}"))
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
    ("unique indicator value keys",
     "SELECT count(*) - count(DISTINCT (region_code, year, indicator)) FROM indicator_value", 0),
    ("every indicator value maps to a region",
     "SELECT count(*) FROM indicator_value v ANTI JOIN region r ON r.code = v.region_code", 0),
    ("every indicator value maps to the catalogue",
     "SELECT count(*) FROM indicator_value v ANTI JOIN indicator i ON i.indicator = v.indicator", 0),
    ("indicator values are finite", "SELECT count(*) FROM indicator_value WHERE NOT isfinite(value)", 0),
    ("indicator directions in {-1, 0, 1}", "SELECT count(*) FROM indicator WHERE direction NOT IN (-1, 0, 1)", 0),
    ("percent values within 0-100",
     "SELECT count(*) FROM indicator_value v JOIN indicator i USING (indicator) "
     "WHERE i.unit LIKE 'percent%' AND v.value NOT BETWEEN 0 AND 100", 0),
    ("index values within their scale",
     "SELECT count(*) FROM indicator_value v JOIN indicator i USING (indicator) "
     "WHERE (i.unit = 'index 0-1' AND v.value NOT BETWEEN 0 AND 1) "
     "OR (i.unit = 'index 0-100' AND v.value NOT BETWEEN 0 AND 100)", 0),
    ("every indicator has labels",
     "SELECT count(*) FROM indicator i ANTI JOIN indicator_label l ON l.indicator = i.indicator", 0),
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
