"""Step 2b of search: full text over every fact's words and source quote, with Tantivy (BM25).

Tantivy was chosen over bm25s (``bench/search_libs.py`` measures both): it adds and deletes
documents in place, so adding, replacing or removing one report touches only that report's facts,
where bm25s rebuilds its whole matrix; it filters inside the query, and it keeps the index on disk
with its schema, so a reload cannot tokenise or score differently (the analyser is ours, registered
under a versioned name: see ``ANALYSER``). BM25 parameters are Tantivy's (k1 = 1.2, b = 0.75).

>>> index = LexicalIndex()
>>> index.add([("f1", "r1", "restraint", "High cost of second opinion services", "High cost of second opinion services"),
...            ("f2", "r1", "trend", "rise in telemedicine consultations", "rise in telemedicine consultations")])
>>> index.commit()
>>> [key for key, score in index.search("costs of opinions", limit=5)]
['f1']
>>> index.delete_report("r1"); index.commit(); index.search("costs", limit=5)
[]
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path

import tantivy

ANALYSER = "mkg_en_v2"  # a new name whenever _analyser changes, with SCHEMA_VERSION
SCHEMA_VERSION = "mkg.lexical.v2"  # changes whenever fields or analyser change; a mismatch rebuilds
FIELD_BOOSTS = {"text": 1.0, "quote": 0.6}
_SYNTAX = re.compile(r"[^\w\s]+")  # the query language's operators; a researcher types words


def _analyser() -> tantivy.TextAnalyzer:
    """Words of letters and digits, at most 40 characters, lower-cased, accents folded ("cafés" finds "cafes"),
    English stop words dropped ("of", "the", "that": they are in nearly every fact, so they only add noise to
    the ranking), then Snowball-stemmed ("costs" finds "cost"). Queries go through the same analyser."""
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold())
            .filter(tantivy.Filter.stopword("english"))
            .filter(tantivy.Filter.stemmer("english"))
            .build())


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_text_field("report", tokenizer_name="raw")
    builder.add_text_field("type", tokenizer_name="raw")
    builder.add_text_field("text", tokenizer_name=ANALYSER)
    builder.add_text_field("quote", tokenizer_name=ANALYSER)
    return builder.build()


class LexicalIndex:
    """BM25 over facts, on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | None = None):
        self.schema = _schema()
        if path is None:
            self.index = tantivy.Index(self.schema)
        else:
            # An index written with other fields or another analyser cannot be reused: start it again (the facts
            # table it is rebuilt from is the record, see SearchIndex._check_consistency).
            version_file = path.with_name(f"{path.name}.version")  # beside it: Tantivy owns the directory
            if path.exists() and (not version_file.exists() or version_file.read_text() != SCHEMA_VERSION):
                shutil.rmtree(path)
            path.mkdir(parents=True, exist_ok=True)
            version_file.write_text(SCHEMA_VERSION)
            self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
        self.analyser = _analyser()
        self.index.register_tokenizer(ANALYSER, self.analyser)
        self._writer: tantivy.IndexWriter | None = None
        self._lock = threading.Lock()

    @property
    def writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            self._writer = self.index.writer(heap_size=64_000_000, num_threads=1)
        return self._writer

    def add(self, facts: Iterable[tuple[str, str, str, str, str]]) -> None:
        """Add (key, report, type, text, quote) rows; visible after :meth:`commit`."""
        for key, report, kind, text, quote in facts:
            self.writer.add_document(tantivy.Document(key=key, report=report, type=kind, text=text,
                                                      quote="" if quote == text else quote))

    def delete_report(self, report: str) -> None:
        self.writer.delete_documents_by_term("report", report)

    def clear(self) -> None:
        self.writer.delete_all_documents()

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
        self.index.reload()

    def __len__(self) -> int:
        return self.index.searcher().num_docs

    def search(self, text: str, limit: int, reports: set[str] | None = None,
               types: set[str] | None = None) -> list[tuple[str, float]]:
        """(key, BM25 score) of the best-scoring facts, best first; ``reports``/``types`` narrow the candidates."""
        words = _SYNTAX.sub(" ", text).strip()
        if not self.analyser.analyze(words):  # nothing to match (only stop words): the parser would match everything
            return []
        query, _errors = self.index.parse_query_lenient(words, ["text", "quote"], field_boosts=FIELD_BOOSTS)
        musts = [(tantivy.Occur.Must, query)]
        if reports is not None:
            musts.append((tantivy.Occur.Must, tantivy.Query.term_set_query(self.schema, "report", sorted(reports))))
        if types is not None:
            musts.append((tantivy.Occur.Must, tantivy.Query.term_set_query(self.schema, "type", sorted(types))))
        searcher = self.index.searcher()
        hits = searcher.search(tantivy.Query.boolean_query(musts), limit, count=False).hits
        return [(searcher.doc(address)["key"][0], round(score, 4)) for score, address in hits]
