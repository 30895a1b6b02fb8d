"""mkg: market-research reports as a validated, linked, provenance-carrying knowledge graph.

Pipeline: ``extract`` text → ``card.ReportCard`` → ``build`` RDF → ``validate`` (SHACL + OWL)
→ ``store`` → named ``queries``.
"""

__version__ = "0.2.0"
