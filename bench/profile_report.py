"""Hot spots per page from the live-server profiles bench/serve.py ``--profile-dir`` writes (cProfile of every
script run, accumulated per page):

    .venv/bin/python bench/bench_browser.py --rounds 2 --sessions 0 --hook app=--profile-dir=/tmp/kc-prof
    .venv/bin/python bench/profile_report.py /tmp/kc-prof [--top 15]

For each page: total profiled time, and the functions with the largest cumulative time that are the
project's own (analytics/, ui/, viz/, pages/, app.py) or the big library entry points they call (plotly
figure building, Streamlit element marshalling, pandas to Arrow, download data, gc) — as a share of the
page's script time.
"""

from __future__ import annotations

import argparse
import pstats
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROJECT = ("/analytics/", "/ui/", "/viz/", "/pages/", "/app.py")
LIBRARY = {  # (file part, function) pairs worth naming: where the page's time goes inside libraries
    ("streamlit/elements/plotly_chart.py", "plotly_chart"), ("streamlit/elements/deck_gl_json_chart.py", "pydeck_chart"),
    ("streamlit/elements/widgets/button.py", "download_button"), ("streamlit/elements/arrow.py", "dataframe"),
    ("streamlit/runtime/caching/cache_utils.py", "__call__"), ("plotly/io/_json.py", "to_json_plotly"),
    ("streamlit/elements/lib/streamlit_plotly_theme.py", "configure_streamlit_plotly_theme"),
    ("streamlit/dataframe_util.py", "convert_pandas_df_to_arrow_bytes"), ("{built-in method gc.collect}", ""),
    ("plotly/basedatatypes.py", "__init__"), ("streamlit/runtime/scriptrunner/script_runner.py", "_on_script_finished"),
}


def interesting(func: tuple[str, int, str]) -> bool:
    file, _, name = func
    if any(p in file for p in PROJECT) and "/.venv/" not in file and "/bench/" not in file:
        return True
    return any(f in file and (not n or n == name) for f, n in LIBRARY) or (file == "~" and "gc.collect" in name)


def label(func: tuple[str, int, str]) -> str:
    file, line, name = func
    file = file.replace(str(REPO) + "/", "").split("site-packages/")[-1]
    return f"{file}:{line}({name})" if file != "~" else name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("profile_dir")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    for prof in sorted(Path(args.profile_dir).glob("*.prof")):
        st = pstats.Stats(str(prof))
        runs_key = next((f for f in st.stats if f[2] == "_run_script"), None)
        total = st.stats[runs_key][3] if runs_key else max(v[3] for v in st.stats.values())
        ncalls = st.stats[runs_key][1] if runs_key else 0
        rows = sorted(((v[3], v[1], f) for f, v in st.stats.items() if interesting(f)), reverse=True)
        print(f"\n== {prof.stem}: {ncalls} runs, {total:.2f} s profiled ({total / max(ncalls, 1):.3f} s/run)")
        seen = 0
        for cum, calls, f in rows:
            if cum / total < 0.02:
                break
            print(f"  {100 * cum / total:5.1f} %  {cum / max(ncalls, 1):7.3f} s/run  {calls:>6} calls  {label(f)}")
            seen += 1
            if seen >= args.top:
                break


if __name__ == "__main__":
    main()
