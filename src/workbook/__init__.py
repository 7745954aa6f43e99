"""Workbook: an encrypted, local-only log of shifts, earnings, deductions and conditions."""

__version__ = "0.1.0"
