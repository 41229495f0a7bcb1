"""ui.map_assets: the map geometry published once as static files named by their content, reused, old versions
pruned; inline when the folder cannot be written (the map still draws)."""

from __future__ import annotations

import os

import pytest

from ui import map_assets


@pytest.fixture()
def static_dir(tmp_path, monkeypatch):
    d = tmp_path / "static" / "map"
    monkeypatch.setattr(map_assets, "STATIC_DIR", d)
    return d


def test_a_file_is_named_by_its_content_and_written_once(static_dir):
    url = map_assets._publish("regions", '{"a":1}')
    assert url.startswith("app/static/map/regions-") and url.endswith(".geojson")
    f = static_dir / url.rsplit("/", 1)[-1]
    assert f.read_text() == '{"a":1}' and oct(f.stat().st_mode & 0o777) == "0o644"
    assert map_assets._publish("regions", '{"a":1}') == url                   # same content, same file
    assert map_assets._publish("regions", '{"a":2}') != url                   # new content, new name
    assert not list(static_dir.glob(".*.tmp"))


def test_old_versions_are_pruned_but_the_newest_kept(static_dir):
    static_dir.mkdir(parents=True)
    old = [static_dir / f"regions-{i:016d}.geojson" for i in range(map_assets.KEEP_VERSIONS + 2)]
    for i, f in enumerate(old):                                  # older versions, oldest first
        f.write_text("{}")
        os.utime(f, (1_000_000 + i, 1_000_000 + i))
    last = map_assets._publish("regions", '{"v":"last"}').rsplit("/", 1)[-1]
    left = {p.name for p in static_dir.glob("regions-*.geojson")}
    assert len(left) == map_assets.KEEP_VERSIONS and last in left
    assert left - {last} == {f.name for f in old[-(map_assets.KEEP_VERSIONS - 1):]}     # the newest of the old
    map_assets._publish("borders", "{}")                                             # other kinds: left alone
    assert {p.name for p in static_dir.glob("regions-*.geojson")} == left


def test_an_unwritable_folder_means_inline(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(map_assets, "STATIC_DIR", blocker / "map")          # a path under a file: cannot exist
    assert map_assets._publish("regions", "{}") is None


def test_assets_fall_back_to_inline(built_db, monkeypatch, tmp_path):
    from analytics.warehouse.dataset import load
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(map_assets, "STATIC_DIR", blocker / "map")
    ds = load(built_db)
    a = map_assets.build_assets(ds.regions, ds.provinces, publish=True)
    assert not a.static and isinstance(a.regions, dict) and len(a.regions["features"]) == 514
    assert len(a.provinces["features"]) == 38 and a.sizes["regions"] > a.sizes["borders"]
