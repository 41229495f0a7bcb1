"""Benchmark behind docs/ARCHITECTURE.md "Libraries, and the hand-written code kept": where a well-kept library
replaced hand-written code, or did not, and the speed reason when there is one. Prints one JSON object.

Cases:
- number formatting: Babel (ui.i18n.fmt_number, cached pattern and locale) per call, against the f-string it
  replaced, and the calls one page run makes (the Map page, the busiest: counted with AppTest);
- frame contracts: pandera's validation of the whole Dataset against ``dataset.load`` (which includes it), and
  of one ``maturity_summary`` output against the summary itself (why that contract runs in the tests only);
- great-circle distances: the numpy haversine (analytics.summaries.profile) against pyproj's ``Geod.inv`` for
  every region × every participant (514 × 225).

Timing: ``time.perf_counter``, best of a few repeats after a warm-up; ratios are what to read (the machine
may be busy). Run: ``.venv/bin/python bench/bench_libraries.py [--no-page]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def best_of(fn, repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def per_call_us(fn, n: int = 5000, repeats: int = 3) -> float:
    return best_of(lambda: [fn() for _ in range(n)], repeats) / n * 1e6


def map_page_format_calls() -> int:
    """fmt_number/fmt_percent calls of one run of the Map page (AppTest, defaults)."""
    from streamlit.testing.v1 import AppTest

    import ui.i18n as i18n
    from ui.streamlit_private import pin_navigation_mode
    pin_navigation_mode()
    calls = {"n": 0}
    originals = {name: getattr(i18n, name) for name in ("fmt_number", "fmt_percent")}

    def counting(fn):
        def wrapped(*a, **k):
            calls["n"] += 1
            return fn(*a, **k)
        return wrapped

    for name, fn in originals.items():
        setattr(i18n, name, counting(fn))
    try:
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=180)
        at.run()
        at.switch_page("pages/map.py").run()
        calls["n"] = 0
        at.run()
        return calls["n"]
    finally:
        for name, fn in originals.items():
            setattr(i18n, name, fn)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-page", action="store_true", help="skip counting the Map page's format calls")
    args = ap.parse_args()
    os.environ.setdefault("KOTA_CERDAS_DB", str(Path(tempfile.mkdtemp()) / "bench.duckdb"))
    from analytics.warehouse.build import ensure_built
    ensure_built()

    out: dict[str, object] = {"bench": "libraries", "python": platform.python_version(), "cpus": os.cpu_count(),
                              "load_average": os.getloadavg()[0]}

    # ---------------------------------------------------------------- number formatting
    from ui.i18n import fmt_number
    babel_us = per_call_us(lambda: fmt_number(1234567.891, 1, lang="id"))
    fstring_us = per_call_us(lambda: f"{1234567.891:,.1f}".replace(",", "\0").replace(".", ",").replace("\0", "."))
    fmt = {"babel_us_per_call": round(babel_us, 2), "fstring_us_per_call": round(fstring_us, 2),
           "ratio": round(babel_us / fstring_us, 1)}
    if not args.no_page:
        n = map_page_format_calls()
        fmt.update(map_page_calls_per_run=n, map_page_babel_ms_per_run=round(n * babel_us / 1e3, 1))
    out["number_formatting"] = fmt

    # ---------------------------------------------------------------- frame contracts
    from analytics.summaries import tables as S
    from analytics.summaries.filters import Filters
    from analytics.warehouse import frames
    from analytics.warehouse.dataset import load
    ds = load()
    f = Filters(as_of=2023)
    mat = S.maturity_summary(ds, f)
    out["frame_contracts"] = {
        "dataset_load_ms": round(best_of(load, 3) * 1e3, 1),
        "validate_dataset_ms": round(best_of(lambda: frames.validate_dataset(ds), 5) * 1e3, 1),
        "maturity_summary_ms": round(best_of(lambda: S.maturity_summary(ds, f), 10) * 1e3, 1),
        "validate_maturity_ms": round(best_of(lambda: frames.validate(mat, frames.MATURITY), 10) * 1e3, 1),
    }

    # ---------------------------------------------------------------- great-circle distances
    import numpy as np
    from pyproj import Geod

    from analytics.summaries.profile import haversine_km
    reg = ds.regions
    part = reg[reg["is_participant"]]
    lat1, lon1 = reg["lat"].to_numpy()[:, None], reg["lon"].to_numpy()[:, None]
    lat2, lon2 = part["lat"].to_numpy()[None, :], part["lon"].to_numpy()[None, :]
    geod = Geod(ellps="WGS84")
    b1, b2 = np.broadcast_arrays(lat1, lat2)
    c1, c2 = np.broadcast_arrays(lon1, lon2)
    hav = best_of(lambda: haversine_km(lat1, lon1, lat2, lon2), 10)
    pyp = best_of(lambda: geod.inv(c1, b1, c2, b2), 5)
    ellipsoidal = geod.inv(c1, b1, c2, b2)[2] / 1e3
    spherical = haversine_km(lat1, lon1, lat2, lon2)
    out["great_circle"] = {"pairs": int(b1.size), "numpy_haversine_ms": round(hav * 1e3, 2),
                           "pyproj_geod_ms": round(pyp * 1e3, 2), "ratio": round(pyp / hav, 1),
                           "max_relative_difference": float(np.nanmax(np.abs(spherical - ellipsoidal)
                                                                      / np.maximum(ellipsoidal, 1e-9)))}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
