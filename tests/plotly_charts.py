"""The charts a page drew, as AppTest sees them: the elements of ``ui/plotly_element.py`` (one per chart), each
with the figure plotly.js is given."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ui.plotly_element import COMPONENT


@dataclass(frozen=True)
class ShownChart:
    id: str          # the element's id (it ends with the chart's key when the chart has one)
    text: str        # the figure's JSON as sent to the browser
    config: dict     # plotly.js's config

    @property
    def spec(self) -> dict:
        return json.loads(self.text)


def plotly_charts(at) -> list[ShownChart]:
    """The page's charts in page order."""
    charts = []
    for element in at.get("bidi_component"):
        if element.proto.component_name == COMPONENT:
            data = json.loads(element.proto.json)
            charts.append(ShownChart(element.proto.id, data["spec"], data["config"]))
    return charts
