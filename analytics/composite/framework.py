"""The index framework: a tree of indicators (leaves) and aggregates, with weights and directions.

Built from a table with columns ``node, parent, weight, direction`` (extra columns such as ``name_en`` and
``name_id`` are kept). The root has an empty parent. Levels follow COINr: leaves are level 1 and an aggregate
has level ``1 + max(level of its children)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

REQUIRED_COLUMNS = ("node", "parent", "weight", "direction")
DEFAULT_FRAMEWORK_FILE = "default_framework.csv"


def default_framework_csv() -> Path:
    """The six-pillar framework file in the data folder (``KOTA_CERDAS_DATA_DIR`` moves it too)."""
    from analytics import paths
    return paths.framework_dir() / DEFAULT_FRAMEWORK_FILE


class FrameworkError(ValueError):
    """An invalid framework table; the message is one line naming the node or row."""


@dataclass(frozen=True, eq=False)
class Plan:
    """The tree as plain arrays, derived once per Framework: what the engine's hot paths read instead of
    looking labels up in the table on every call."""

    indicators: tuple[str, ...]
    indicator_index: pd.Index                # the same as a pandas Index (for column look-ups)
    aggregation_order: tuple[str, ...]
    children: dict[str, tuple[str, ...]]
    child_weights: dict[str, np.ndarray]     # aggregate -> weights of its children (read-only)
    directions: np.ndarray                   # per indicator, +1/-1 as float (read-only)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == ""


@dataclass(frozen=True, eq=False)
class Framework:
    """A validated index tree.

    ``table`` is indexed by node code, in the order given, with at least the columns
    ``parent`` (``None`` for the root), ``weight`` (float >= 0) and ``direction`` (int, 1 or -1).
    Construct with :meth:`from_frame`, :meth:`from_csv` or :meth:`default`.
    """

    table: pd.DataFrame
    source: str = "framework"
    row_base: int = field(default=0, repr=False)
    _children: dict[str, tuple[str, ...]] = field(init=False, repr=False)
    _levels: dict[str, int] = field(init=False, repr=False)
    _root: str = field(init=False, repr=False)

    # ------------------------------------------------------------------ construction
    def __post_init__(self) -> None:
        table, children, levels, root = _validate(self.table, self.source, self.row_base)
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "_children", children)
        object.__setattr__(self, "_levels", levels)
        object.__setattr__(self, "_root", root)

    @classmethod
    def from_frame(cls, df: pd.DataFrame, source: str = "framework") -> Framework:
        """Build from a DataFrame with columns node, parent, weight, direction (extra columns kept)."""
        return cls(df, source=source)

    @classmethod
    def from_csv(cls, path: str | Path) -> Framework:
        """Read a framework CSV (node codes and parents are read as text)."""
        path = Path(path)
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
        except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise FrameworkError(f"{path}: cannot read framework CSV: {exc}".replace("\n", " ")) from exc
        return cls(df, source=str(path), row_base=2)

    @classmethod
    def default(cls) -> Framework:
        """The six-pillar smart-city framework of ``data/framework/default_framework.csv``."""
        return cls.from_csv(default_framework_csv())

    # ------------------------------------------------------------------ structure
    @cached_property
    def plan(self) -> Plan:
        """The tree as tuples and arrays (:class:`Plan`), computed on first use (the table never changes)."""
        index = list(self.table.index)
        pos = {n: i for i, n in enumerate(index)}
        indicators = tuple(n for n in index if not self._children.get(n))
        aggregates = [n for n in index if self._children.get(n)]
        order = tuple(sorted(aggregates, key=lambda n: (self._levels[n], pos[n])))
        weight = dict(zip(index, self.table["weight"].to_numpy(dtype=float)))
        child_weights = {}
        for node in order:
            w = np.array([weight[k] for k in self._children[node]], dtype=float)
            w.flags.writeable = False
            child_weights[node] = w
        direction = dict(zip(index, self.table["direction"].to_numpy()))
        dirs = np.array([float(direction[n]) for n in indicators], dtype=float)
        dirs.flags.writeable = False
        return Plan(indicators, pd.Index(indicators), order, dict(self._children), child_weights, dirs)

    @property
    def root(self) -> str:
        """Code of the root node (the index)."""
        return self._root

    @property
    def nodes(self) -> list[str]:
        """All node codes, in table order."""
        return list(self.table.index)

    @property
    def indicators(self) -> list[str]:
        """Leaves (the indicators read from the data), in table order."""
        return list(self.plan.indicators)

    @property
    def aggregates(self) -> list[str]:
        """Non-leaf nodes, in table order."""
        return [n for n in self.table.index if self._children.get(n)]

    @property
    def levels(self) -> dict[str, int]:
        """Node -> level: leaves 1, aggregates ``1 + max(child level)`` (COINr convention)."""
        return dict(self._levels)

    def children(self, node: str) -> tuple[str, ...]:
        """Direct children of ``node`` in table order (empty for an indicator)."""
        if node not in self._levels:
            raise KeyError(f"unknown node {node!r}")
        return self._children.get(node, ())

    def parent(self, node: str) -> str | None:
        """Parent of ``node`` (``None`` for the root)."""
        return self.table.at[node, "parent"]

    @property
    def aggregation_order(self) -> list[str]:
        """Aggregates bottom-up: by level, then table order; the root is last."""
        return list(self.plan.aggregation_order)

    @property
    def weights(self) -> pd.Series:
        """Weight of every node (relative to its siblings)."""
        return self.table["weight"].copy()

    @property
    def directions(self) -> pd.Series:
        """Direction (+1/-1) of every indicator."""
        return self.table.loc[self.indicators, "direction"].astype(int)

    def child_weights(self, node: str) -> np.ndarray:
        """Weights of the children of ``node`` as a float array (not re-scaled)."""
        if node in self.plan.child_weights:
            return self.plan.child_weights[node].copy()
        self.children(node)                      # KeyError for an unknown node
        return np.empty(0)

    def names(self, lang: str = "en") -> pd.Series:
        """Node -> display name (``name_en``/``name_id``), falling back to the code."""
        col = f"name_{lang}"
        if col not in self.table.columns:
            return pd.Series(self.table.index, index=self.table.index)
        names = self.table[col].astype(object)
        return names.where(names.notna() & (names.astype(str) != ""), pd.Series(self.table.index, index=self.table.index))

    # ------------------------------------------------------------------ derived frameworks
    def with_weights(self, weights: Mapping[str, float] | pd.Series | None) -> Framework:
        """A new Framework with the given node weights replaced (others unchanged)."""
        if weights is None or len(weights) == 0:
            return self
        weights = dict(weights)
        unknown = [k for k in weights if k not in self._levels]
        if unknown:
            raise FrameworkError(f"{self.source}: with_weights: unknown node {unknown[0]!r}")
        table = self.table.copy()
        for node, w in weights.items():
            try:
                table.at[node, "weight"] = float(w)
            except (TypeError, ValueError):
                raise FrameworkError(f"{self.source}: node {node!r}: weight {w!r} is not numeric") from None
        return Framework(table.reset_index(), source=self.source, row_base=self.row_base)

    def to_frame(self) -> pd.DataFrame:
        """The table with ``node`` as a column again (root parent as empty string), for writing to CSV."""
        out = self.table.reset_index()
        out["parent"] = out["parent"].fillna("")
        return out

    def __repr__(self) -> str:
        return (f"Framework(root={self.root!r}, indicators={len(self.indicators)}, "
                f"aggregates={len(self.aggregates)}, source={self.source!r})")


def _validate(df: pd.DataFrame, source: str, row_base: int = 0) -> tuple[pd.DataFrame, dict[str, tuple[str, ...]], dict[str, int], str]:
    """Check the table and derive children, levels and root. Raises FrameworkError."""
    if not isinstance(df, pd.DataFrame):
        raise FrameworkError(f"{source}: expected a DataFrame, got {type(df).__name__}")
    if "node" not in df.columns and df.index.name == "node":
        df = df.reset_index()
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise FrameworkError(f"{source}: missing column {missing[0]!r} (need {', '.join(REQUIRED_COLUMNS)})")
    if len(df) == 0:
        raise FrameworkError(f"{source}: framework table is empty")
    df = df.reset_index(drop=True)

    def where(i: int) -> str:
        # row_base 2 for CSV files (header is line 1), 0 for DataFrame positions
        return f"{source}: row {i + row_base}"

    nodes: list[str] = []
    parents: list[str | None] = []
    weights: list[float] = []
    directions: list[float] = []
    seen: dict[str, int] = {}
    for i, (node, parent, weight, direction) in enumerate(
            zip(df["node"], df["parent"], df["weight"], df["direction"])):
        if _blank(node):
            raise FrameworkError(f"{where(i)}: empty node code")
        node = str(node).strip()
        if node in seen:
            raise FrameworkError(f"{where(i)}: node {node!r} duplicated (first at row {seen[node] + row_base})")
        seen[node] = i
        par = None if _blank(parent) else str(parent).strip()
        if par == node:
            raise FrameworkError(f"{where(i)}: node {node!r} is its own parent")
        try:
            w = float(weight) if not (_blank(weight) and par is None) else 1.0
        except (TypeError, ValueError):
            raise FrameworkError(f"{where(i)}: node {node!r}: weight {weight!r} is not numeric") from None
        if not np.isfinite(w) or w < 0:
            raise FrameworkError(f"{where(i)}: node {node!r}: weight must be a finite number >= 0 (got {weight!r})")
        nodes.append(node)
        parents.append(par)
        weights.append(w)
        directions.append(direction)

    children: dict[str, list[str]] = {}
    for i, (node, par) in enumerate(zip(nodes, parents)):
        if par is not None:
            if par not in seen:
                raise FrameworkError(f"{where(i)}: node {node!r}: parent {par!r} does not exist")
            children.setdefault(par, []).append(node)

    dirs: list[int] = []
    for i, (node, d) in enumerate(zip(nodes, directions)):
        is_leaf = node not in children
        if _blank(d) and not is_leaf:
            dirs.append(1)  # directions act only on indicators; aggregates may leave it empty
            continue
        try:
            dv = float(d)
        except (TypeError, ValueError):
            dv = np.nan
        if dv not in (1.0, -1.0):
            raise FrameworkError(f"{where(i)}: node {node!r}: direction must be 1 or -1 (got {d!r})")
        dirs.append(int(dv))

    roots = [n for n, p in zip(nodes, parents) if p is None]
    if len(roots) != 1:
        if not roots:
            raise FrameworkError(f"{source}: no root (one node must have an empty parent; the tree has a cycle)")
        raise FrameworkError(f"{source}: more than one root: {', '.join(map(repr, roots[:5]))}")
    root = roots[0]

    # cycles: every node must reach the root by following parents
    parent_of = dict(zip(nodes, parents))
    reaches_root: dict[str, bool] = {root: True}
    for node in nodes:
        path = []
        cur: str | None = node
        while cur is not None and cur not in reaches_root:
            if cur in path:
                raise FrameworkError(f"{where(seen[node])}: node {node!r} is in a cycle ({' -> '.join(path + [cur])})")
            path.append(cur)
            cur = parent_of[cur]
        for p in path:
            reaches_root[p] = True

    # levels: leaves 1, aggregates 1 + max child level (bottom-up by memoised recursion without recursion limits)
    levels: dict[str, int] = {}
    stack = [root]
    while stack:
        node = stack[-1]
        kids = children.get(node, [])
        pending = [k for k in kids if k not in levels]
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        levels[node] = 1 + max((levels[k] for k in kids), default=0)

    for node, kids in children.items():
        total = sum(weights[seen[k]] for k in kids)
        if total <= 0:
            raise FrameworkError(f"{where(seen[node])}: node {node!r}: all children have weight 0")

    table = df.copy()
    table["node"] = nodes
    table["parent"] = pd.Series(parents, dtype=object)
    table["weight"] = np.asarray(weights, dtype=float)
    table["direction"] = np.asarray(dirs, dtype=int)
    table = table.set_index("node")
    return table, {k: tuple(v) for k, v in children.items()}, levels, root
