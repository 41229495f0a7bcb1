"""``plain(text)``: a user-controlled string shown as inert text wherever Streamlit renders Markdown.

Streamlit renders Markdown (GitHub-flavoured, plus emoji and ``:material/…:`` shortcodes, ``:red[…]`` colour
directives and ``$…$`` maths) in ``st.markdown``/``write``/``caption``/``info``/``warning``/``error``/``success``,
in widget and button labels and in ``help`` tooltips. A value from a link (``?region=``), a file name, a cell or
a batch's metadata must never become a link, an image, a heading or an icon there. :func:`plain`

- replaces control, format and line-separator characters (newlines, bidi overrides, zero-width marks) by a
  space and trims, so the value stays on one line and reads as it is;
- shortens it to ``limit`` characters (``…`` at the end);
- backslash-escapes every ASCII punctuation character (CommonMark: an escaped character is literal text),
  which disarms links, images, emphasis, headings, lists, tables, HTML, directives and maths;
- puts an invisible WORD JOINER (U+2060) after ``:`` and ``@`` and inside ``www.``, because GFM's autolink
  literal and the emoji/icon shortcodes are found in the *decoded* text, where the backslashes are gone.

Not for text shown as plain text already (``st.dataframe`` cells and headers, ``selectbox`` options, chart
labels): there the backslashes would show. One helper, used by every page: tests/security/test_markdown.py
walks hostile values through it and through the pages.
"""

from __future__ import annotations

import re
import unicodedata

WORD_JOINER = "\u2060"
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")          # every ASCII punctuation character
_WWW = re.compile(r"(w)(w)(w)(\\\.)", re.IGNORECASE)
_BREAK_AFTER = re.compile(r"(\\[:@])")


def _one_line(text: str) -> str:
    out = []
    for c in text:
        cat = unicodedata.category(c)
        out.append(" " if cat in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") else c)
    return "".join(out).strip()


def plain(text: object, limit: int = 200) -> str:
    """``text`` as inert Markdown text: one line, at most ``limit`` characters, nothing Markdown or HTML
    would interpret (see the module docstring)."""
    s = _one_line("" if text is None else str(text))
    if len(s) > limit:
        s = s[: max(limit - 1, 0)].rstrip() + "…"
    s = _PUNCT.sub(r"\\\1", s)
    s = _BREAK_AFTER.sub(lambda m: m.group(1) + WORD_JOINER, s)
    return _WWW.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + WORD_JOINER + m.group(4), s)


def plain_list(values, limit: int = 200, sep: str = ", ", max_items: int = 10) -> str:
    """Several values joined by ``sep`` (which stays Markdown-free), each made :func:`plain`; at most
    ``max_items`` of them, then ``…``."""
    values = list(values)
    shown = sep.join(plain(v, limit) for v in values[:max_items])
    return shown + (sep + "…" if len(values) > max_items else "")
