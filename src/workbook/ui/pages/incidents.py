"""Incidents: unfair or unsafe things that happened, newest first. Add and Edit open the
incident editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from workbook.domain.models import Incident, Workplace
from workbook.domain.timeutil import local
from workbook.ui.formatting import clock_text, day_text, first_line
from workbook.ui.pages.list_page import ListPage
from workbook.ui.session import Session
from workbook.ui.table_model import CENTER, Column, Sort
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.labels import INCIDENT_CATEGORY, label, severity_label


class IncidentsPage(ListPage[Incident]):
    entity = "incident"
    watch = frozenset({"incident", "workplace", "person", "attachment"})
    default_sort = Sort("start", descending=True)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.session = session
        self._workplaces: dict[int, Workplace] = {}
        self._load_workplaces()
        super().__init__(session, parent)

    def _load_workplaces(self) -> None:
        self._workplaces = {w.id: w for w in self.session.vault.list_workplaces(
            include_archived=True) if w.id is not None}

    def page_title(self) -> str:
        return self.tr("Incidents")

    def add_text(self) -> str:
        return self.tr("Record an incident…")

    def build_filters(self) -> FilterBar:
        return FilterBar(workplaces=list(self._workplaces.values()),
                         categories=INCIDENT_CATEGORY,
                         search_hint=self.tr("Search in titles and descriptions"), parent=self)

    def _workplace_name(self, incident: Incident) -> str:
        workplace = (self._workplaces.get(incident.workplace_id)
                     if incident.workplace_id is not None else None)
        return workplace.name if workplace is not None else "—"

    def _day(self, incident: Incident) -> str:
        return day_text(local(incident.start, incident.timezone).date())

    def columns(self) -> Sequence[Column[Incident]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), self._day, sort_key="start"),
            Column(QT_TRANSLATE_NOOP("Columns", "Time"),
                   lambda i: clock_text(local(i.start, i.timezone)), sort_key="start"),
            Column(QT_TRANSLATE_NOOP("Columns", "What happened"),
                   lambda i: label(INCIDENT_CATEGORY, i.category)),
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda i: first_line(i.title, 60)),
            Column(QT_TRANSLATE_NOOP("Columns", "How serious"),
                   lambda i: severity_label(i.severity), CENTER),
            Column(QT_TRANSLATE_NOOP("Columns", "Workplace"), self._workplace_name),
            Column(QT_TRANSLATE_NOOP("Columns", "People"),
                   lambda i: str(len(i.people)) if i.people else "—", CENTER),
            Column(QT_TRANSLATE_NOOP("Columns", "Reported to"), lambda i: i.reported_to or "—"),
        ]

    def _args(self, filters: Filters) -> dict[str, Any]:
        return {"workplace_id": filters.workplace_id, "date_from": filters.date_from,
                "date_to": filters.date_to, "category": filters.category, "text": filters.text}

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[Incident]:
        return self.session.vault.list_incidents(
            **self._args(filters), after=after, limit=limit, newest_first=sort.descending)

    def page_key(self, row: Incident, sort: Sort) -> Any:
        return (row.start, row.id)

    def count(self, filters: Filters) -> int | None:
        return int(self.session.vault.count_incidents(**self._args(filters)))

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n incidents", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No incidents match these filters.")
        return self.tr("No incidents recorded. When something unfair or unsafe happens at "
                       "work, write it down here while you remember the details.")

    def refresh(self) -> None:
        if self.session.is_open:
            self._load_workplaces()
        super().refresh()

    def record_title(self, row: Incident) -> str:
        return f"{row.title} ({self._day(row)})"

    def _open(self, incident: Incident | None) -> None:
        try:
            from workbook.ui.dialogs.incident_editor import IncidentEditor
        except ImportError:
            return
        editor = IncidentEditor(self.session, incident, self)
        editor.exec()
        editor.deleteLater()

    def add_record(self) -> None:
        self._open(None)

    def edit_record(self, row: Incident) -> None:
        self._open(row)

    def delete_question(self, row: Incident) -> str:
        text = self.tr("Delete the incident “%1” of %2?").replace("%1", row.title).replace(
            "%2", self._day(row))
        assert row.id is not None
        files = len(self.session.vault.list_attachments(incident_id=row.id))
        if files:
            text += " " + self.tr("Its %n attached files are deleted with it.", "", files)
        return text

    def delete_record(self, row: Incident) -> None:
        from workbook.services.records import delete_incident

        assert row.id is not None
        delete_incident(self.session.vault, row.id)
