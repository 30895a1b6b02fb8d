"""Extract: a market-report text → a draft ReportCard, every fact with its span and a confidence."""

from kg.extract.rules import extract, extract_file, report_id_for

__all__ = ["extract", "extract_file", "report_id_for"]
