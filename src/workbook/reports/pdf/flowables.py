"""Small flowables the evidence PDF needs beyond platypus: section anchors for the contents
and the outline, the contents box on the cover, a long table laid out page by page, and an
image that is read only when it is laid out."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus import Image as RLImage

# A section in the contents: (key, title, level); the page is filled in as it is drawn.
Anchors = dict[str, int]


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that records the page it lands on under ``key`` (contents and outline)."""

    def __init__(self, text: str, style: Any, key: str, anchors: Anchors) -> None:
        super().__init__(text, style)
        self.key = key
        self.anchors = anchors

    def draw(self) -> None:
        self.anchors.setdefault(self.key, self.canv.getPageNumber())
        super().draw()


class Placeholder(Flowable):  # type: ignore[misc]
    """Empty space on the cover whose position is remembered; the contents are drawn into it
    when the page count is known."""

    def __init__(self, height: Callable[[], float], where: dict[str, float]) -> None:
        super().__init__()
        self.get_height = height
        self.where = where

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.get_height()
        return avail_width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.where.update(x=x, y=y, width=self.width, height=self.height,
                          page=canvas.getPageNumber())

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass


class PagedTable(Flowable):  # type: ignore[misc]
    """A table of any length, built one page at a time.

    One reportlab ``Table`` of 25,000 rows is slow to split across pages (every split measures
    and styles every remaining row). This keeps the rows and, each time the frame asks, works out
    how many fit in the space left (from ``row_heights`` when the caller knows them, which is
    fast, or by measuring a page's worth) and builds a table of exactly those rows, the header
    repeated on every page.
    """

    def __init__(self, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                 col_widths: Sequence[float], style: TableStyle, *,
                 row_heights: Sequence[float | None] | None = None, start: int = 0,
                 chunk: int = 70, on_rows: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = rows
        self.col_widths = list(col_widths)
        self.style = style
        self.row_heights = row_heights
        self.start = start
        self.chunk = chunk
        self.on_rows = on_rows
        self._table: Table | None = None
        self._header_height: float | None = None

    def _build(self, count: int, heights: Sequence[float | None] | None = None) -> Table:
        end = min(len(self.rows), self.start + count)
        data = [self.header, *self.rows[self.start:end]]
        row_heights = None if heights is None else [None, *heights[:end - self.start]]
        return Table(data, colWidths=self.col_widths, rowHeights=row_heights, repeatRows=1,
                     style=self.style, hAlign="LEFT")

    def _heights(self, count: int, avail_width: float, avail_height: float) -> list[float]:
        end = min(len(self.rows), self.start + count)
        if self.row_heights is not None:
            known = self.row_heights[self.start:end]
            if all(h is not None for h in known):
                return [float(h) for h in known if h is not None]
        table = self._build(count)
        table.wrap(avail_width, avail_height)
        if self._header_height is None:
            self._header_height = float(table._rowHeights[0])
        return [float(h) for h in table._rowHeights[1:]]

    def _head(self, avail_width: float, avail_height: float) -> float:
        if self._header_height is None:
            table = Table([self.header], colWidths=self.col_widths, style=self.style)
            table.wrap(avail_width, avail_height)
            self._header_height = float(table._rowHeights[0])
        return self._header_height

    def _fit(self, avail_width: float, avail_height: float) -> tuple[int, list[float]]:
        """How many rows from ``start`` fit in ``avail_height``, and their heights."""
        remaining = len(self.rows) - self.start
        count = min(self.chunk, remaining)
        while True:
            heights = self._heights(count, avail_width, avail_height)
            budget = avail_height - self._head(avail_width, avail_height)
            used = 0.0
            for n, h in enumerate(heights):
                used += h
                if used > budget:
                    return n, heights[:n]
            if count >= remaining:
                return count, heights
            count = min(remaining, count * 2)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        fits, heights = self._fit(avail_width, avail_height)
        if fits >= len(self.rows) - self.start:
            self._table = self._build(fits, heights)
            width, height = self._table.wrap(avail_width, avail_height)
            return float(width), float(height)
        self._table = None
        return avail_width, avail_height + 1  # more than the page: the frame asks to split

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits, heights = self._fit(avail_width, avail_height)
        if fits == 0:
            return []
        first = self._build(fits, heights)
        if self.on_rows is not None:
            self.on_rows(fits)
        if self.start + fits >= len(self.rows):
            return [first]
        rest = PagedTable(self.header, self.rows, self.col_widths, self.style,
                          row_heights=self.row_heights, start=self.start + fits,
                          chunk=fits + 8, on_rows=self.on_rows)
        rest._header_height = self._header_height
        return [first, rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        table = self._table
        if table is None:
            table = self._build(len(self.rows) - self.start)
            table.wrap(self.col_widths and sum(self.col_widths), 10**6)
        if self.on_rows is not None:
            self.on_rows(len(self.rows) - self.start)
        table.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass


class LazyImage(Flowable):  # type: ignore[misc]
    """An attachment image read (and, if huge, scaled down) only when laid out, scaled to fit
    ``max_width`` × ``max_height`` without changing its proportions."""

    MAX_PIXELS = 1600

    def __init__(self, load: Callable[[], bytes | None], max_width: float, max_height: float,
                 on_fail: Callable[[], Flowable]) -> None:
        super().__init__()
        self.load = load
        self.max_width = max_width
        self.max_height = max_height
        self.on_fail = on_fail
        self._inner: Flowable | None = None

    def _make(self) -> Flowable:
        if self._inner is not None:
            return self._inner
        try:
            data = self.load()
            if not data:
                raise ValueError("no data")
            data = self._shrink(data)
            reader = ImageReader(io.BytesIO(data))
            px_w, px_h = reader.getSize()
            if px_w <= 0 or px_h <= 0:
                raise ValueError("empty image")
            scale = min(self.max_width / px_w, self.max_height / px_h, 1.5)
            self._inner = RLImage(io.BytesIO(data), width=px_w * scale, height=px_h * scale)
            self._inner.hAlign = "LEFT"
        except Exception:
            self._inner = self.on_fail()
        return self._inner

    def _shrink(self, data: bytes) -> bytes:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(data)) as img:
            img.load()
            if max(img.size) <= self.MAX_PIXELS and img.format in ("PNG", "JPEG"):
                return data
            img.thumbnail((self.MAX_PIXELS, self.MAX_PIXELS))
            out = io.BytesIO()
            if img.mode in ("RGBA", "LA", "P"):
                img.save(out, format="PNG", optimize=False)
            else:
                img.convert("RGB").save(out, format="JPEG", quality=85)
            return out.getvalue()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = self._make()
        w, h = inner.wrap(avail_width, avail_height)
        return float(w), float(h)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._make().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:  # pragma: no cover - drawOn does the work
        pass
