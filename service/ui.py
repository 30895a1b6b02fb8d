"""The API docs (Swagger UI); the other pages are in ``service/pages``.

Swagger UI ships inside the package (``service/static/swagger-ui``, from the npm package ``swagger-ui-dist``
pinned in ``service/assets/package-lock.json``): no page loads anything from another host.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse


router = APIRouter(include_in_schema=False)
STATIC_DIR = Path(__file__).resolve().parent / "static"
SWAGGER_UI = "/static/swagger-ui"


@router.get("/docs")
def show_api_docs() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="/openapi.json", title="mkg — REST API",
                               swagger_js_url=f"{SWAGGER_UI}/swagger-ui-bundle.js",
                               swagger_css_url=f"{SWAGGER_UI}/swagger-ui.css",
                               swagger_favicon_url=f"{SWAGGER_UI}/favicon-32x32.png")
