"""The message catalogue: every user-facing string, in English (``en``) and Bahasa Indonesia (``id``).

One module per page (plus ``common``), merged here into ``MESSAGES``. Keys are dotted (``page.item``) and must
be unique across modules; values may hold ``str.format`` fields. ``tests/ui/test_i18n.py`` checks that every
key has both languages with the same fields.
"""

from __future__ import annotations

import importlib
import pkgutil

MESSAGES: dict[str, dict[str, str]] = {}
SOURCES: dict[str, str] = {}  # key → module that defines it

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    _mod = importlib.import_module(f"{__name__}.{_info.name}")
    for _key, _value in getattr(_mod, "MESSAGES", {}).items():
        if _key in MESSAGES:
            raise KeyError(f"message key {_key!r} defined in both {SOURCES[_key]} and {_info.name}")
        MESSAGES[_key] = _value
        SOURCES[_key] = _info.name
