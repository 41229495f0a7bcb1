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


# ---------------------------------------------------------------------------------------------- map classes
# Choropleth scales, all colour-blind safe: sequential = ColorBrewer YlGnBu (light → dark), ordered categories =
# viridis, diverging = ColorBrewer PuOr (orange ↔ purple, pale at the midpoint), nominal categories = Okabe–Ito. "No data" is a mid grey that no
# scale uses, so it is never read as zero or as the lowest class; a category that means "none" (e.g. not in the
# identified cohorts) is a pale warm grey; regions outside the filters are nearly white.
SEQUENTIAL_CMAP = "YlGnBu"
DIVERGING_CMAP = "PuOr"
NO_DATA_COLOUR = "#B0B0B0"
NEUTRAL_COLOUR = "#EFEBE3"
OUT_OF_SCOPE_COLOUR = "#F7F7F7"
SEA_COLOUR = "#DCE6EE"
LAND_COLOUR = "#E6E6E6"
REGION_LINE_COLOUR = "#FFFFFF"
PROVINCE_LINE_COLOUR = "#37474F"
HIGHLIGHT_COLOUR = "#E6007E"     # the region found by name (magenta: no scale uses it)


def _sample(cmap: str, positions) -> list[str]:
    from matplotlib import colormaps
    from matplotlib.colors import to_hex
    cm = colormaps[cmap]
    return [to_hex(cm(float(p))).upper() for p in positions]


def sequential_colours(n: int) -> list[str]:
    """``n`` classes from light to dark (the palest end is skipped so the lowest class is not white)."""
    if n <= 1:
        return _sample(SEQUENTIAL_CMAP, [0.6])
    return _sample(SEQUENTIAL_CMAP, [0.12 + 0.83 * i / (n - 1) for i in range(n)])


def diverging_colours(n_below: int, n_above: int) -> list[str]:
    """Classes below the midpoint (strongest first) then above it, from a diverging scale (pale at the middle)."""
    below = _sample(DIVERGING_CMAP, [0.05 + 0.4 * i / max(n_below - 1, 1) for i in range(n_below)]) if n_below else []
    above = _sample(DIVERGING_CMAP, [0.55 + 0.4 * i / max(n_above - 1, 1) for i in range(n_above)]) if n_above else []
    return below + above


ORDERED_CMAP = "viridis"


def ordered_colours(n: int) -> list[str]:
    """Ordered categories (e.g. cohort years), the first darkest: viridis, whose hue also changes along the
    scale, so seven or eight neighbouring categories stay apart (and none is the pale "none" colour)."""
    if n <= 1:
        return _sample(ORDERED_CMAP, [0.5])
    return _sample(ORDERED_CMAP, [0.02 + 0.96 * i / (n - 1) for i in range(n)])


def nominal_colours(n: int) -> list[str]:
    """Unordered categories: Okabe–Ito (then repeated)."""
    return [OKABE_ITO[i % len(OKABE_ITO)] for i in range(n)]


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance (0 black … 1 white), to order and contrast colours."""
    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b, _ = hex_to_rgba(hex_colour)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
