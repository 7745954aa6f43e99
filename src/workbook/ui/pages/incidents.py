"""Incidents: unfair or unsafe things that happened, newest first. Add and Edit open the
incident editor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog

from workbook.domain.models import Incident
from workbook.domain.timeutil import local
from workbook.ui.formatting import clock_text, day_text, first_line
from workbook.ui.pages.dated_page import DatedRecordsPage
from workbook.ui.table_model import CENTER, Column, Sort
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.labels import INCIDENT_CATEGORY, label, severity_label


class IncidentsPage(DatedRecordsPage[Incident]):
    entity = "incident"
    watch = frozenset({"incident", "workplace", "person", "attachment"})
    default_sort = Sort("start", descending=True)
    list_name, count_name = "list_incidents", "count_incidents"
    ranked: ClassVar[Mapping[str, Mapping[str, object]]] = {"category": INCIDENT_CATEGORY}

    def page_title(self) -> str:
        return self.tr("Incidents")

    def add_text(self) -> str:
        return self.tr("Record an incident…")

    def build_filters(self) -> FilterBar:
        return FilterBar(workplaces=list(self._workplaces.values()),
                         categories=INCIDENT_CATEGORY,
                         search_hint=self.tr("Search in titles and descriptions"), parent=self)

    def _workplace_name(self, incident: Incident) -> str:
        return self.workplace_name(incident.workplace_id)

    def _day(self, incident: Incident) -> str:
        return day_text(local(incident.start, incident.timezone).date())

    def columns(self) -> Sequence[Column[Incident]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), self._day, sort_key="start"),
            Column(QT_TRANSLATE_NOOP("Columns", "Time"),
                   lambda i: clock_text(local(i.start, i.timezone))),
            Column(QT_TRANSLATE_NOOP("Columns", "What happened"),
                   lambda i: label(INCIDENT_CATEGORY, i.category), sort_key="category"),
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda i: first_line(i.title, 60),
                   sort_key="title"),
            Column(QT_TRANSLATE_NOOP("Columns", "How serious"),
                   lambda i: severity_label(i.severity), CENTER, sort_key="severity"),
            Column(QT_TRANSLATE_NOOP("Columns", "Workplace"), self._workplace_name,
                   sort_key="workplace"),
            Column(QT_TRANSLATE_NOOP("Columns", "People"),
                   lambda i: str(len(i.people)) if i.people else "—", CENTER,
                   sort_key="people"),
            Column(QT_TRANSLATE_NOOP("Columns", "Reported to"), lambda i: i.reported_to or "—",
                   sort_key="reported_to"),
        ]

    def filter_args(self, filters: Filters) -> dict[str, Any]:
        return {**super().filter_args(filters), "category": filters.category}

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n incidents", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No incidents match these filters.")
        return self.tr("No incidents recorded. When something unfair or unsafe happens at "
                       "work, write it down here while you remember the details.")

    def record_title(self, row: Incident) -> str:
        return f"{row.title} ({self._day(row)})"

    def open_editor(self, row: Incident | None) -> QDialog:
        from workbook.ui.dialogs.incident_editor import IncidentEditor

        return IncidentEditor(self.session, row, self)

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
