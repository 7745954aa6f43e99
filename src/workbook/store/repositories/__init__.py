"""One repository per kind of record, wired together once per open vault."""

from __future__ import annotations

from dataclasses import dataclass

from workbook.store.connection import Database
from workbook.store.journal import Journal
from workbook.store.repositories.attachments import AttachmentRepository
from workbook.store.repositories.controls import ControlTagRepository
from workbook.store.repositories.incidents import IncidentRepository
from workbook.store.repositories.meta import MetaRepository
from workbook.store.repositories.money import MoneyRepository
from workbook.store.repositories.people import PersonRepository
from workbook.store.repositories.periods import PeriodAggregate, PeriodRepository
from workbook.store.repositories.profile import ProfileRepository
from workbook.store.repositories.shifts import ShiftRepository
from workbook.store.repositories.workplaces import WorkplaceRepository

__all__ = ["PeriodAggregate", "Repositories"]


@dataclass(frozen=True, slots=True)
class Repositories:
    profile: ProfileRepository
    workplaces: WorkplaceRepository
    people: PersonRepository
    shifts: ShiftRepository
    money: MoneyRepository
    incidents: IncidentRepository
    attachments: AttachmentRepository
    controls: ControlTagRepository
    periods: PeriodRepository
    meta: MetaRepository

    @classmethod
    def build(cls, db: Database, journal: Journal) -> Repositories:
        money = MoneyRepository(db, journal)
        attachments = AttachmentRepository(db, journal)
        controls = ControlTagRepository(db, journal)
        return cls(
            profile=ProfileRepository(db, journal),
            workplaces=WorkplaceRepository(db, journal),
            people=PersonRepository(db, journal),
            shifts=ShiftRepository(db, journal, money=money, attachments=attachments,
                                   controls=controls),
            money=money,
            incidents=IncidentRepository(db, journal, attachments=attachments,
                                         controls=controls),
            attachments=attachments,
            controls=controls,
            periods=PeriodRepository(db, journal),
            meta=MetaRepository(db, journal),
        )
