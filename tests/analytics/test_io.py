"""Reading long data and framework files, export table, run_on_files."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.composite import (EngineInputError, IndexSettings, compute_index, export_table,
                                 read_framework_csv, read_long_data, run_on_files)
from analytics.composite.framework import default_framework_csv

LONG = """unit,indicator,value
73.71,governance,3.5
73.71,branding,3
73.71,economy,3.2
73.71,society,3.1
73.71,living,3.4
73.71,environment,2.9
73.10,governance,1
73.10,branding,
73.10,economy,2
73.10,society,NA
73.10,living,1.5
73.10,environment,1
"""


def write(tmp_path, text, name="data.csv"):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_read_long_data_wide(tmp_path, default_fw):
    wide = read_long_data(write(tmp_path, LONG), default_fw)
    assert wide.index.tolist() == ["73.71", "73.10"]  # ids stay text
    assert wide.columns.tolist() == default_fw.indicators
    assert wide.loc["73.10"].isna().sum() == 2 and wide.loc["73.71", "living"] == 3.4


@pytest.mark.parametrize("text, match", [
    ("unit,indicator,value\n73.71,wellbeing,3\n", r"data\.csv: row 2: column 'indicator': 'wellbeing' is not"),
    ("unit,indicator,value\n73.71,governance,3\n73.71,economy,high\n",
     r"data\.csv: row 3: column 'value': non-numeric value 'high'"),
    ("unit,indicator,value\n73.71,governance,3\n73.10,governance,2\n73.71,governance,1\n",
     r"data\.csv: row 4: columns 'unit','indicator': duplicate '73.71' x 'governance' \(also row 2\)"),
    ("unit,indicator\n73.71,governance\n", r"data\.csv: row 1: missing column 'value'"),
    ("unit,indicator,value\n,governance,3\n", r"row 2: column 'unit': empty"),
    ("unit,indicator,value\n73.71,index,3\n", "it is an aggregate"),
])
def test_read_long_data_errors(tmp_path, default_fw, text, match):
    with pytest.raises(EngineInputError, match=match) as info:
        read_long_data(write(tmp_path, text), default_fw)
    assert "\n" not in str(info.value)


def test_read_framework_csv(tmp_path):
    fw = read_framework_csv(default_framework_csv())
    assert fw.root == "index"
    bad = write(tmp_path, "node,parent,weight,direction\nr,,1,1\na,r,x,1\n", "fw.csv")
    with pytest.raises(EngineInputError, match=r"fw\.csv: row 3: node 'a': weight 'x' is not numeric"):
        read_framework_csv(bad)
    with pytest.raises(EngineInputError, match="file not found"):
        read_framework_csv(tmp_path / "nope.csv")


def test_export_table(tmp_path, default_fw):
    data = read_long_data(write(tmp_path, LONG), default_fw)
    res = compute_index(data, default_fw, IndexSettings(normalisation="none"))
    table = export_table(res)
    assert table.index.tolist() == ["73.71", "73.10"] and table.index.name == "unit"
    assert table.columns.tolist() == ["index", "rank", "score_100", "level"]
    assert table["rank"].tolist() == [1, 2]
    assert table.loc["73.71", "index"] == pytest.approx(np.mean([3.5, 3, 3.2, 3.1, 3.4, 2.9]))
    assert table.loc["73.71", "level"] == "integrated"


def test_export_table_deep_tree(tree_fw):
    data = pd.DataFrame({"i1": [1.0, 2.0, 3.0], "i2": [1.0, 2.0, 0.0], "i3": [0.0, 1.0, 2.0], "i4": [1.0, 1.0, 2.0]},
                        index=["x", "y", "z"])
    table = export_table(compute_index(data, tree_fw))
    assert table.columns.tolist() == ["root", "P2", "P1", "rank"]
    assert table["rank"].is_monotonic_increasing


def test_run_on_files(tmp_path):
    table = run_on_files(default_framework_csv(), write(tmp_path, LONG))
    assert table.index.tolist() == ["73.71", "73.10"]
    # branding and society have one value each: a constant column normalises to 50
    assert table.loc["73.71", "index"] == pytest.approx((4 * 100 + 2 * 50) / 6) and "level" not in table.columns
    g = run_on_files(default_framework_csv(), write(tmp_path, LONG), normalise="goalposts", min_share=0.9)
    assert np.isnan(g.loc["73.10", "index"]) and pd.isna(g.loc["73.10", "rank"])
    with pytest.raises(EngineInputError, match="unknown normalisation"):
        run_on_files(default_framework_csv(), write(tmp_path, LONG), normalise="log")
