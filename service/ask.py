"""Ask as REST: ``GET /api/ask?q=…``: a plain-English question answered by one named query (``kg.ask``),
with the query, its parameters, the SPARQL run, the rows and their quotes; or a refusal saying why,
with the closest queries or values. A refusal is an answer (200, ``answered: false``); an empty or
overlong question is a 422.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from kg.ask import ask
from kg.ask.answer import DEFAULT_ROWS, MAX_QUESTION_CHARS
from service.search import ErrorBody
from service.state import ServicesDep

router = APIRouter(prefix="/api", tags=["ask"])
# Some words, and no control characters but tab and line breaks (kg.ask.check_question says the same).
QUESTION_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*[^\s\x00-\x1f][^\x00-\x08\x0b\x0c\x0e-\x1f]*$"


class SuggestionModel(BaseModel):
    kind: str = Field(description='"query" (a named query to ask instead) or the kind of value (country, region, market …)')
    value: str = Field(description="the query's name, or the value")
    detail: str = Field(description="for a query: its title and a question it answers")
    score: float | None = Field(description="for a query: how well it fits the question (0–1)")


class MentionModel(BaseModel):
    kind: str = Field(description="country, region, market, segment, organisation, report, year, date or fact")
    text: str = Field(description="the words of the question")
    value: str = Field(description="what they name in the graph (an ISO code, a market's label …)")


class CandidateModel(BaseModel):
    query: str
    score: float
    lexical: float
    dense: float | None
    example: str = Field(description="the catalogue question that fit best")


class AskResponse(BaseModel):
    question: str
    answered: bool = Field(description="false: no named query fits, or a parameter is missing or ambiguous (see reason)")
    mode: str
    query: str | None = Field(description="the named query chosen (also /api/queries/{query})")
    title: str | None
    params: dict[str, str] = Field(description="its parameters, filled from names the graph holds")
    sparql: str | None = Field(description="the SPARQL run: the query file's, with the parameters bound by VALUES")
    columns: list[str]
    rows: list[dict[str, Any]] = Field(description="the first rows; a row's `quote` is its source sentence")
    more_rows: bool = Field(description="more rows follow: page through /api/queries/{query}")
    score: float | None
    matched_question: str | None
    reason: str | None = Field(description="why there is no answer")
    mentions: list[MentionModel]
    notes: list[str]
    suggestions: list[SuggestionModel] = Field(description="on a refusal: queries or values to ask with instead")
    candidates: list[CandidateModel] = Field(description="the best-fitting named queries, with each scorer's score")


@router.get("/ask", response_model=AskResponse, summary="Ask in plain English",
            responses={422: {"model": ErrorBody, "description": "the question is empty, too long or not text"}})
async def ask_question(
    request: Request,
    services: ServicesDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=QUESTION_PATTERN,
                            description="a question in plain English", examples=["which players are in India?"])],
    mode: Annotated[Literal["hybrid", "lexical", "dense"], Query(
        description="how the question is matched to the named queries' example questions: hybrid (default), "
                    "lexical (TF-IDF) or dense (the offline sentence model)")] = "hybrid",
    limit: Annotated[int, Query(ge=1, le=1000, description="rows to return")] = DEFAULT_ROWS,
) -> AskResponse:
    """Matches the question against the example questions of every named query, fills the parameters from
    the graph's own names (countries, regions, markets, years …), runs the query and returns its rows with
    their quotes. When no query fits, or a parameter is missing or ambiguous, it says so and suggests the
    closest queries or values; it never writes a query of its own."""

    def work(_deadline):
        return ask(q, services.store, services.catalog, mode=mode, limit=limit)

    answer = await services.run(work, request.client.host if request.client else None)
    return AskResponse(**answer.as_dict())
