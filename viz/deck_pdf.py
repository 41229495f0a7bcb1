"""Slides as data, drawn with matplotlib: the presenter's figure PNGs and the offline PDF deck (one 16:9 page per
slide: headline, one figure, source line, a "demo data" badge on a synthetic view). Pure: no Streamlit; the
texts arrive translated (``ui/slide_content.py`` builds them from the analytics summaries).

A slide's figure is a small picklable spec (:class:`Bars`, :class:`Image`), so the app can cache it and both the
browser and the PDF draw the same thing from the same numbers."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")
import matplotlib.image  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402 - not pyplot: no global figure registry, safe in threads
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

PAGE_IN = (13.333, 7.5)          # 16:9, the size of a widescreen presentation slide
INK, MUTED, ACCENT, GREY = "#000000", "#404040", "#0072B2", "#BBBBBB"     # Okabe–Ito blue: colour-blind safe
BADGE = "#E69F00"                # Okabe–Ito orange: the "demo data" badge


@dataclass(frozen=True)
class Bars:
    """A bar chart: one or two series over ``labels`` (``second``: e.g. the national median beside a region)."""
    labels: tuple[str, ...]
    values: tuple[float, ...]
    value_text: tuple[str, ...]
    axis: str = ""
    horizontal: bool = False
    limit: float | None = None                       # the axis maximum (e.g. 100 for an index)
    highlight: tuple[int, ...] = ()                  # bars drawn in the accent colour (the others grey-blue)
    series: str = ""                                 # legend name of ``values`` (when ``second`` is given)
    second: tuple[float, ...] | None = None
    second_text: tuple[str, ...] | None = None
    second_series: str = ""


@dataclass(frozen=True)
class Image:
    """A ready picture (e.g. the printed regency map of ``ui/map_print.py``)."""
    png: bytes


@dataclass(frozen=True)
class DeckSlide:
    code: str                   # language-independent slide code (``overview``, ``map``, …)
    title: str                  # short name ("Overview")
    headline: str               # the one message, with its numbers
    source: str                 # the source line
    figure: Bars | Image | None = None
    demo: str | None = None     # the badge text when the figure shows synthetic data ("Demo data")
    extra: dict = field(default_factory=dict, compare=False)


# --- drawing -------------------------------------------------------------------------------------------------

def _bars(ax, b: Bars, font: float) -> None:
    n = len(b.labels)
    two = b.second is not None
    width = 0.38 if two else 0.7
    pos = list(range(n))
    colours = [ACCENT if (i in b.highlight or not b.highlight) else "#8FB8D8" for i in range(n)]
    off = width / 2 if two else 0.0
    bar = ax.barh if b.horizontal else ax.bar
    kw = {"height": width} if b.horizontal else {"width": width}
    first = bar([p - off for p in pos], b.values, color=colours, label=b.series or None, **kw)
    groups = [(first, b.value_text)]
    if two:
        second = bar([p + off for p in pos], b.second, color=GREY, label=b.second_series or None, **kw)
        groups.append((second, b.second_text or tuple("" for _ in pos)))
    for container, texts in groups:
        ax.bar_label(container, labels=list(texts), padding=4, fontsize=font * 0.85, color=INK)
    ticks = ax.set_yticks if b.horizontal else ax.set_xticks
    ticks(pos, [textwrap.fill(s, 18) for s in b.labels], fontsize=font * 0.85)
    top = b.limit or max([*b.values, *(b.second or ())], default=1) * 1.15
    (ax.set_xlim if b.horizontal else ax.set_ylim)(0, top)
    (ax.set_xlabel if b.horizontal else ax.set_ylabel)(b.axis, fontsize=font * 0.8, color=MUTED)
    if b.horizontal:
        ax.invert_yaxis()
    ax.tick_params(labelsize=font * 0.75, colors=INK)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if two:
        ax.legend(frameon=False, fontsize=font * 0.8, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2,
                  borderaxespad=0.2)


def _image(ax, im: Image) -> None:
    ax.imshow(matplotlib.image.imread(io.BytesIO(im.png), format="png"), interpolation="lanczos")
    ax.set_axis_off()


def draw(ax, figure: Bars | Image | None, font: float = 14) -> None:
    """Draw ``figure`` into ``ax``."""
    if isinstance(figure, Bars):
        _bars(ax, figure, font)
    elif isinstance(figure, Image):
        _image(ax, figure)
    else:
        ax.set_axis_off()


def figure_png(figure: Bars | Image, *, width_in: float = 13.0, height_in: float = 5.2, dpi: int = 110) -> bytes:
    """The figure alone (the app shows headline and source as text around it)."""
    if isinstance(figure, Image):
        return figure.png
    fig = Figure(figsize=(width_in, height_in), dpi=dpi, facecolor="white")
    top = 0.84 if figure.second is not None else 0.95          # room for the legend above a two-series chart
    ax = fig.add_axes((0.17 if figure.horizontal else 0.07, 0.12, 0.78 if figure.horizontal else 0.9, top - 0.12))
    draw(ax, figure, font=15)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


def slide_figure(slide: DeckSlide, *, number: str = "") -> Figure:
    """One 16:9 page: the short title and number, the headline, the figure, the source line, the badge."""
    w, h = PAGE_IN
    fig = Figure(figsize=(w, h), facecolor="white")
    fig.text(0.04, 0.955, f"{slide.title}" + (f"  ·  {number}" if number else ""), fontsize=12, color=MUTED,
             va="top")
    headline = textwrap.fill(slide.headline, 64, break_on_hyphens=False)
    lines = headline.count("\n") + 1
    fig.text(0.04, 0.91, headline, fontsize=22, fontweight="bold", color=INK, va="top", linespacing=1.25)
    top = 0.91 - lines * 0.062 - 0.03
    source = textwrap.fill(slide.source, 150, break_on_hyphens=False)
    s_lines = source.count("\n") + 1
    fig.text(0.04, 0.03, source, fontsize=10, color=MUTED, va="bottom", linespacing=1.3)
    bottom = 0.05 + s_lines * 0.025
    if slide.figure is not None:
        horizontal = isinstance(slide.figure, Bars) and slide.figure.horizontal
        left = 0.2 if horizontal else 0.08
        ax = fig.add_axes((left, bottom + 0.04, 0.96 - left, max(0.2, top - bottom - 0.10)))
        draw(ax, slide.figure, font=14)
    if slide.demo:
        fig.text(0.96, 0.955, f" {slide.demo} ", fontsize=13, fontweight="bold", color=INK, va="top", ha="right",
                 bbox={"boxstyle": "round,pad=0.35", "facecolor": BADGE, "edgecolor": INK})
    return fig


def deck_pdf(slides: Sequence[DeckSlide], *, title: str = "Kota Cerdas", numbering: str = "{k}/{n}") -> bytes:
    """The deck: one 16:9 page per slide, in order, as PDF bytes (text stays text: searchable, copyable)."""
    buf = io.BytesIO()
    # TrueType fonts (not Type 3): the text of the PDF can be searched, copied and extracted (pdftotext)
    with matplotlib.rc_context({"pdf.fonttype": 42}), \
            PdfPages(buf, metadata={"Title": title, "Creator": "Kota Cerdas"}) as pdf:
        for k, s in enumerate(slides, 1):
            fig = slide_figure(s, number=numbering.format(k=k, n=len(slides)))
            pdf.savefig(fig)
    return buf.getvalue()


__all__ = ["BADGE", "Bars", "DeckSlide", "Image", "PAGE_IN", "deck_pdf", "draw", "figure_png", "slide_figure"]
