"""A canvas that knows the page count when it draws footers ("Page 3 of 17").

Pages are kept until ``save()``; then each is finished with ``finish_page(canvas, page, total)``,
which draws the footer and, on the cover, the contents with the page each section starts on.
One pass over the story is enough, so a ten-year log is laid out once, not twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

PageFinisher = Callable[[Canvas, int, int], None]


class NumberedCanvas(Canvas):  # type: ignore[misc]
    def __init__(self, *args: Any, finish_page: PageFinisher | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._finish_page = finish_page

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        finish = self._finish_page
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            if finish is not None:
                finish(self, number, total)
            Canvas.showPage(self)
        self._saved_pages = []
        Canvas.save(self)
