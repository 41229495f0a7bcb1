"""The region pickers (Region profile, Compare): options in :func:`profile.picker_order`, labels
"<name> — <province>", filtered by Streamlit's "contains" mode — emulated here on the real 514 regions."""

from __future__ import annotations

import pytest

from analytics.summaries import profile
from analytics.warehouse.dataset import load


@pytest.fixture(scope="module")
def regions(built_db):
    return load(built_db).regions


def _typed(regions, text: str) -> list[str]:
    """What the picker lists for ``text``: labels containing it (case-insensitive), in option order."""
    labels = dict(zip(regions["code"], regions["name"] + " — " + regions["province_name"]))
    return [c for c in profile.picker_order(regions) if text.casefold() in labels[c].casefold()]


@pytest.mark.parametrize(("typed", "first", "count"), [
    ("Kota Makassar", "73.71", 1),          # Enter adds exactly Kota Makassar (was: "select 6 matches")
    ("makassar", "73.71", 1),
    ("banyuw", "35.10", 1),                 # Banyuwangi
    ("banyu", "16.07", 4),                  # Banyuasin, Banyumas, Banyuwangi by short name; Musi Banyuasin last
    ("kediri", "35.06", 2),                 # Kabupaten Kediri, then Kota Kediri (same short name: kabupaten first)
])
def test_typed_text_lists_prefix_matches_of_the_short_name_first(regions, typed, first, count):
    hits = _typed(regions, typed)
    assert hits[0] == first and len(hits) == count
    names = dict(zip(regions["code"], regions["name"]))
    if typed == "banyu":
        assert [names[c] for c in hits][-1] == "Kabupaten Musi Banyuasin"


def test_picker_lists_every_region_once(regions):
    order = profile.picker_order(regions)
    assert sorted(order) == sorted(regions["code"]) and len(order) == 514


def test_the_dataset_keeps_one_picker_order_and_hands_out_copies(built_db):
    ds = load(built_db)
    first = profile.picker_order_of(ds)
    assert first == profile.picker_order(ds.regions)
    first.reverse()                                   # a page changing its list changes no other page's
    assert profile.picker_order_of(ds) == profile.picker_order(ds.regions)
