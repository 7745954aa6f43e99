"""Workbook: an encrypted, local-only log of shifts, earnings, deductions and workplace conditions."""

__version__ = "0.1.0"
