"""The pages share ONE Dataset object per build id (``ui.data._dataset`` is a ``st.cache_resource``: no copy per
call, so its memo of derived tables survives between runs). That is only safe while no page changes it: this
test runs every page — both lenses, both languages, the presenter — and then compares every frame of the shared
object with a fresh read of the database file."""

from __future__ import annotations

import dataclasses

import pandas as pd

from tests.pages.test_all_pages import PAGES, _open
from tests.ui.apptest import navigation_v2  # noqa: F401 - fixture


def test_no_page_changes_the_shared_dataset(navigation_v2, built_db):
    from analytics.warehouse.dataset import Dataset, load
    from ui import data
    for file, slug in PAGES:
        for query in ({"lang": "en"}, {"lang": "id", "lens": "evaluation", "year": "2021"}, {"present": "1"}):
            at = _open(file, slug, query)
            assert not at.exception, (file, query, at.exception)
    shared = data._dataset(data.version())
    assert data._dataset(data.version()) is shared            # one object, not a copy per call
    fresh = load(built_db)
    assert shared.build_id == fresh.build_id
    frames = [f.name for f in dataclasses.fields(Dataset) if isinstance(getattr(fresh, f.name), pd.DataFrame)]
    assert len(frames) >= 12
    for name in frames:
        pd.testing.assert_frame_equal(getattr(shared, name), getattr(fresh, name), obj=f"Dataset.{name}")
    assert shared.build_info == fresh.build_info
