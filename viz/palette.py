"""Colours shared by every figure. Colour-blind-safe (Okabe–Ito and viridis-like ramps); the presenter
palette raises contrast for projectors."""

from __future__ import annotations

# Okabe–Ito qualitative palette (safe for the common colour-vision deficiencies)
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

# maturity levels, ad hoc → smart (ordered, perceptually increasing; viridis stops)
LEVEL_COLOURS = {
    "ad_hoc": "#440154", "initial": "#3B528B", "scattered": "#21918C", "integrated": "#5EC962", "smart": "#FDE725",
}
MISSING_COLOUR = "#BDBDBD"   # no data / not a participant
PARTICIPANT_COLOUR = "#0072B2"
NON_PARTICIPANT_COLOUR = "#9E9E9E"

# sequential ramp for coverage shares (0 → 1), light to dark blue
COVERAGE_RAMP = ["#F7FBFF", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B"]

PILLAR_COLOURS = dict(zip(["governance", "branding", "economy", "society", "living", "environment"], OKABE_ITO))


def hex_to_rgba(hex_colour: str, alpha: int = 255) -> list[int]:
    h = hex_colour.lstrip("#")
    return [int(h[i:i + 2], 16) for i in (0, 2, 4)] + [alpha]


def ramp(value: float, stops: list[str] = COVERAGE_RAMP) -> str:
    """Linear interpolation along ``stops`` for value in [0, 1]; NaN → MISSING_COLOUR."""
    if value is None or value != value:
        return MISSING_COLOUR
    v = min(max(float(value), 0.0), 1.0) * (len(stops) - 1)
    i = min(int(v), len(stops) - 2)
    f = v - i
    a, b = hex_to_rgba(stops[i]), hex_to_rgba(stops[i + 1])
    return "#" + "".join(f"{round(a[k] + f * (b[k] - a[k])):02X}" for k in range(3))
