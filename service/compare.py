"""Compare as REST: ``GET /api/markets/{id}/compare``: every publisher's figures for one market side by side,
normalised to one currency and year where the reports state enough, CAGRs with their periods, largest and
fastest segment claims, and the disagreements above a tolerance (``kg.compare``). Each cell carries its
fact IRI and quote (``/api/queries/source-of?fact=…`` gives the spans); a derived figure carries its method,
the exchange rates used and the quotes of the facts it was derived from.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request

from kg.compare import (DEFAULT_CAGR_TOLERANCE, DEFAULT_CURRENCY, DEFAULT_TOLERANCE, Comparison, UnknownMarket,
                        compare_market)
from service.search import ErrorBody
from service.state import ServicesDep

router = APIRouter(prefix="/api/markets", tags=["compare"])


@router.get("/{market_id}/compare", response_model=Comparison, summary="Publishers side by side on one market",
            responses={404: {"model": ErrorBody, "description": "no market with this id (the closest are named)"},
                       422: {"model": ErrorBody, "description": "a currency without rates, a year or tolerance out of range"}})
async def compare_publishers(
    request: Request,
    services: ServicesDep,
    market_id: Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
                                   description="the market's id: the last part of its IRI "
                                               "(https://w3id.org/mkg/id/market/{id})",
                                   examples=["medical-second-opinion"])],
    currency: Annotated[str, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 4217 code to normalise to; "
                                   "the exchange-rate table's currencies or EUR")] = DEFAULT_CURRENCY,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="the comparison year (default: the year most "
                                      "reports have a figure for, stated or derived)")] = None,
    tolerance: Annotated[float, Query(ge=0, le=10, description="flag normalised figures differing by more than "
                                      "this share of the smaller (0.10 = 10 %)")] = DEFAULT_TOLERANCE,
    cagr_tolerance: Annotated[float, Query(ge=0, le=100, description="flag stated whole-market CAGRs more than "
                                           "this many percentage points apart")] = DEFAULT_CAGR_TOLERANCE,
) -> Comparison:
    """One column per report on the market; figures normalised to one currency (ECB annual average rates,
    cited in `rates_source`) and one year (the report's own derived figure where it states a start figure
    and a CAGR reaching that year); disagreements beyond the tolerances flagged; every cell with its quote."""

    def work(_deadline):
        return compare_market(services.store, market_id, currency=currency, year=year, tolerance=tolerance,
                              cagr_tolerance=cagr_tolerance, catalog=services.catalog)

    try:
        return await services.run(work, request.client.host if request.client else None)
    except UnknownMarket as err:
        raise HTTPException(404, str(err)) from None
