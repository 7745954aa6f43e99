"""The evidence PDF: ``render_evidence_pdf(EvidenceInput) -> bytes``, built in memory."""

from __future__ import annotations

from workbook.reports.evidence import EvidenceInput, build_report
from workbook.reports.pdf.renderer import (
    Cancelled,
    EvidencePdfRenderer,
    ExportCancelled,
    Progress,
)


def render_evidence_pdf(inp: EvidenceInput, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> bytes:
    """The whole evidence report as PDF bytes. ``progress(done, total)`` is called as the work
    advances; when ``cancelled()`` turns true, ``ExportCancelled`` is raised and nothing is
    returned. Set ``reportlab.rl_config.invariant = 1`` for byte-identical output (tests)."""
    if cancelled is not None and cancelled():
        raise ExportCancelled
    report = build_report(inp)
    return EvidencePdfRenderer(report, progress, cancelled).render()


__all__ = ["EvidencePdfRenderer", "ExportCancelled", "render_evidence_pdf"]
