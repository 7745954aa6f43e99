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
    every remaining row). This holds the rows and, each time the frame asks, builds a table
    of a page's worth (``chunk`` rows, more than a page holds), lets reportlab split it at the
    page end and keeps the rest for the next page. The header repeats on every page.
    """

    def __init__(self, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                 col_widths: Sequence[float], style: TableStyle, *, start: int = 0,
                 chunk: int = 70, on_rows: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = rows
        self.col_widths = list(col_widths)
        self.style = style
        self.start = start
        self.chunk = chunk
        self.on_rows = on_rows
        self._table: Table | None = None

    def _build(self, count: int) -> Table:
        end = min(len(self.rows), self.start + count)
        data = [self.header, *self.rows[self.start:end]]
        return Table(data, colWidths=self.col_widths, repeatRows=1, style=self.style,
                     hAlign="LEFT")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._table = self._build(self.chunk)
        width, height = self._table.wrap(avail_width, avail_height)
        if self.start + self.chunk < len(self.rows):
            # more rows follow: claim more than the page so the frame asks us to split
            height = max(height, avail_height + 1)
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table = self._table or self._build(self.chunk)
        table.wrap(avail_width, avail_height)
        parts = table.split(avail_width, avail_height)
        if not parts:
            fits = self._fits(table, avail_height)
            if fits == 0:
                return []
            parts = [self._build(fits)]
        used = len(parts[0]._cellvalues) - 1
        if used <= 0:
            return []
        if self.on_rows is not None:
            self.on_rows(used)
        rest = PagedTable(self.header, self.rows, self.col_widths, self.style,
                          start=self.start + used, chunk=max(used + 10, self.chunk),
                          on_rows=self.on_rows)
        if self.start + used >= len(self.rows):
            return [parts[0]]
        return [parts[0], rest]

    def _fits(self, table: Table, avail_height: float) -> int:
        heights = list(table._rowHeights)
        total = 0.0
        for i, h in enumerate(heights):
            total += h
            if total > avail_height:
                return max(0, i - 1)
        return len(heights) - 1

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        table = self._table or self._build(self.chunk)
        if self.on_rows is not None:
            self.on_rows(min(self.chunk, len(self.rows) - self.start))
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
