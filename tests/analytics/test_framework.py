"""Framework: loading, validation errors, levels, order, weights."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics.composite import Framework, FrameworkError, load_levels



def _fw(rows):
    return Framework.from_frame(pd.DataFrame(rows, columns=["node", "parent", "weight", "direction"]))


def test_default_framework(default_fw):
    assert default_fw.root == "index"
    assert default_fw.indicators == ["governance", "branding", "economy", "society", "living", "environment"]
    assert default_fw.levels == {**{p: 1 for p in default_fw.indicators}, "index": 2}
    assert default_fw.aggregation_order == ["index"]
    assert default_fw.children("index") == tuple(default_fw.indicators)
    assert set(default_fw.table.columns) >= {"parent", "weight", "direction", "name_en", "name_id"}
    assert default_fw.names("id")["governance"] == "Tata Kelola Pemerintahan Cerdas"
    assert default_fw.names("en")["index"] == "Smart City Index"
    assert (default_fw.directions == 1).all()


def test_levels_and_order(tree_fw):
    assert tree_fw.levels == {"root": 3, "P1": 2, "P2": 2, "i1": 1, "i2": 1, "i3": 1, "i4": 1}
    assert tree_fw.aggregation_order == ["P1", "P2", "root"]
    assert tree_fw.indicators == ["i1", "i2", "i3", "i4"]
    assert tree_fw.parent("i3") == "P2" and tree_fw.parent("root") is None


def test_unbalanced_tree_level_is_one_plus_max_child():
    fw = _fw([["r", "", 1, 1], ["A", "r", 1, 1], ["x", "A", 1, 1], ["y", "r", 1, 1]])
    assert fw.levels == {"r": 3, "A": 2, "x": 1, "y": 1}
    assert fw.aggregation_order == ["A", "r"]


def test_with_weights_returns_new(tree_fw):
    new = tree_fw.with_weights({"P2": 1, "i3": 5})
    assert new is not tree_fw
    assert new.weights["P2"] == 1 and new.weights["i3"] == 5
    assert tree_fw.weights["P2"] == 3
    with pytest.raises(FrameworkError, match="unknown node 'zz'"):
        tree_fw.with_weights({"zz": 1})


@pytest.mark.parametrize("rows, match", [
    ([["r", "", 1, 1], ["a", "r", 1, 1], ["b", "", 1, 1]], "more than one root"),
    ([["a", "b", 1, 1], ["b", "a", 1, 1]], "no root"),
    ([["r", "", 1, 1], ["a", "b", 1, 1], ["b", "a", 1, 1]], "cycle"),
    ([["r", "", 1, 1], ["a", "zz", 1, 1]], "row 1: node 'a': parent 'zz' does not exist"),
    ([["r", "", 1, 1], ["a", "r", -1, 1], ["b", "r", 1, 1]], "row 1: node 'a': weight"),
    ([["r", "", 1, 1], ["a", "r", "heavy", 1]], "node 'a': weight 'heavy' is not numeric"),
    ([["r", "", 1, 1], ["a", "r", 1, 2]], "node 'a': direction must be 1 or -1"),
    ([["r", "", 1, 1], ["a", "r", 1, 1], ["a", "r", 1, 1]], "duplicated"),
    ([["r", "", 1, 1], ["a", "r", 0, 1]], "all children have weight 0"),
])
def test_validation_errors(rows, match):
    with pytest.raises(FrameworkError, match=match) as info:
        _fw(rows)
    assert "\n" not in str(info.value)


def test_missing_column():
    with pytest.raises(FrameworkError, match="missing column 'direction'"):
        Framework.from_frame(pd.DataFrame({"node": ["r"], "parent": [""], "weight": [1]}))


def test_csv_errors_name_file_and_line(tmp_path):
    p = tmp_path / "fw.csv"
    p.write_text("node,parent,weight,direction\nr,,1,1\na,r,1,1\nb,r,1,0\n")
    with pytest.raises(FrameworkError, match=r"fw\.csv: row 4: node 'b': direction"):
        Framework.from_csv(p)


def test_round_trip_csv(tmp_path, tree_fw):
    p = tmp_path / "fw.csv"
    tree_fw.to_frame().to_csv(p, index=False)
    again = Framework.from_csv(p)
    assert again.levels == tree_fw.levels
    pd.testing.assert_series_equal(again.weights, tree_fw.weights)


def test_default_levels_file():
    lv = load_levels()
    assert list(lv["level"]) == ["ad_hoc", "initial", "scattered", "integrated", "smart"]
    assert list(lv["min_score"]) == [0, 20, 40, 60, 80] and lv["max_score"].iloc[-1] == 100
    assert set(lv["scale"]) == {"0-100"}
