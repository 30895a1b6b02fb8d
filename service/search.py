"""Search as REST: ``GET /api/search?q=…`` (hybrid search over every fact) and ``GET /api/similar?iri=…``
(facts of other reports most like one fact). The index is the store's (``kg.search``); before
answering, it is brought in step with the store whenever the store has changed since the last sync,
so a report added, replaced or removed (by ingest or SPARQL Update) is found, or not, at once.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from pydantic import BaseModel, Field

from kg.search.facts import TYPES
from kg.store import Store

if TYPE_CHECKING:
    from kg.search.index import Filters, SearchIndex

router = APIRouter(prefix="/api", tags=["search"])
FactType = Literal[TYPES]  # type: ignore[valid-type]


class SearchState:
    """The store's search index, opened on first use and synced whenever the store's version moves."""

    def __init__(self, store: Store):
        self.store = store
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def index(self) -> SearchIndex:
        with self._lock:
            if self._index is None:
                from kg.search.index import open_index  # NumPy, Tantivy and the model load on first search

                self._index = open_index(self.store)
            if self._index.synced_version is None or self._index.synced_version != self.store.version:
                self._index.sync(self.store)
            return self._index


def install(app: FastAPI, store: Store) -> None:
    """Add the search routes to ``app`` over ``store``."""
    app.state.search = SearchState(store)
    app.include_router(router)


async def get_search(request: Request) -> SearchState:
    # async for the reason of service.state.get_services: no thread-pool hop
    return request.app.state.search


SearchDep = Annotated[SearchState, Depends(get_search)]


class HitModel(BaseModel):
    iri: str = Field(description="the fact's IRI (for a market: the market's)")
    type: str = Field(description=f"one of {', '.join(TYPES)}")
    text: str = Field(description="the fact in the report's words")
    quote: str = Field(description="the source passage it was read from")
    highlighted: str = Field(description="the quote with the words that match the query in <mark>…</mark>")
    report: str
    report_iri: str
    market: str
    publisher: str | None
    year: int | None
    score: float = Field(description="fused score, at most 1 (hybrid), BM25 (lexical) or cosine (dense, similar)")
    ranks: dict[str, int] = Field(description="the fact's rank in each retriever's list, 1 = best")


class ErrorBody(BaseModel):
    detail: str = Field(description="what is wrong, in one sentence")


ERRORS = {422: {"model": ErrorBody, "description": "a parameter is missing, empty or not of its type"}}


class SearchResponse(BaseModel):
    query: str
    mode: str
    count: int
    hits: list[HitModel]


class SimilarResponse(BaseModel):
    iri: str
    count: int
    hits: list[HitModel]


def _filters(type: list[FactType] | None, market: str | None, report: str | None, publisher: str | None,
             region: str | None, year: int | None) -> Filters:
    from kg.search.index import Filters

    return Filters(types=tuple(type or ()), market=market, report=report, publisher=publisher, region=region, year=year)


@router.get("/search", response_model=SearchResponse, summary="Search every fact by meaning and words", responses=ERRORS)
async def search_facts(
    search: SearchDep,
    q: Annotated[str, Query(min_length=1, max_length=500, pattern=r"\S", description="what to look for, in your own words",
                            examples=["cost of second opinions"])],
    type: Annotated[list[FactType] | None, Query(description="only facts of these types")] = None,
    market: Annotated[str | None, Query(description="only reports of this market (part of its name, or its IRI)")] = None,
    report: Annotated[str | None, Query(description="only this report (id or IRI)")] = None,
    publisher: Annotated[str | None, Query(description="only reports of this publisher (part of its name)")] = None,
    region: Annotated[str | None, Query(description="only reports covering this region (\"Europe\", \"APAC\")")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="only reports of this year")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    mode: Annotated[Literal["hybrid", "lexical", "dense"], Query(description="hybrid (lexical and dense scores "
                                                                 "fused), lexical or dense only")] = "hybrid",
) -> SearchResponse:
    """Facts that answer the query across all reports, best first, each with its quote; lexical (BM25) and
    dense (sentence embedding) scores fused (0.1 × BM25 + 0.9 × cosine, each divided by its list's best)."""
    filters = _filters(type, market, report, publisher, region, year)

    def work():
        return search.index().search(q, filters, limit=limit, mode=mode)

    hits = await asyncio.to_thread(work)
    return SearchResponse(query=q, mode=mode, count=len(hits), hits=[HitModel(**h.as_dict()) for h in hits])


@router.get("/similar", response_model=SimilarResponse, summary="Facts of other reports most like one fact",
            responses={**ERRORS, 404: {"model": ErrorBody, "description": "no indexed fact has this IRI"}})
async def similar_facts(
    search: SearchDep,
    iri: Annotated[str, Query(min_length=1, max_length=2000, description="a fact's IRI, as a search hit gives it")],
    type: Annotated[list[FactType] | None, Query(description="only facts of these types (default: the fact's own)")] = None,
    market: Annotated[str | None, Query(description="only reports of this market")] = None,
    publisher: Annotated[str | None, Query(description="only reports of this publisher")] = None,
    region: Annotated[str | None, Query(description="only reports covering this region")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="only reports of this year")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> SimilarResponse:
    """The facts of other reports closest in meaning to this one: for a driver, the drivers of other markets
    most like it. 404 if no indexed fact has this IRI."""
    filters = _filters(type, market, None, publisher, region, year)

    def work():
        return search.index().similar(iri, filters, limit=limit)

    from kg.search.index import UnknownFact

    try:
        hits = await asyncio.to_thread(work)
    except UnknownFact as err:
        raise HTTPException(404, str(err)) from None
    return SimilarResponse(iri=iri, count=len(hits), hits=[HitModel(**h.as_dict()) for h in hits])
