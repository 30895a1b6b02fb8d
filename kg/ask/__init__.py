"""Ask in plain English: a question → one named query of the catalogue, its parameters from the graph's own
names, the SPARQL run, the rows and their quotes; or a refusal that says why and what to ask instead.

One module per step: ``labels`` (what the question names, read from the store), ``match`` (which named
query, by the catalogue's example questions: lexical, the offline sentence model, or both), ``parameters``
(the chosen query's values) and ``answer`` (run it, or refuse). Offline and deterministic.
"""

from kg.ask.answer import THRESHOLDS, Answer, Suggestion, ask, check_question
from kg.ask.match import MODES

__all__ = ["MODES", "THRESHOLDS", "Answer", "Suggestion", "ask", "check_question"]
