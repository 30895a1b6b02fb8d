"""The API docs page works offline: Swagger UI comes from the package, never from another host."""

import re


def test_docs_page_loads_nothing_from_another_host(seed_client):
    page = seed_client.get("/docs")
    assert page.status_code == 200
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page.text), page.text
    assert "https:" not in page.headers["content-security-policy"]
    for asset in re.findall(r"""(?:src|href)=["']?(/static/[^"' >]+)""", page.text):
        answer = seed_client.get(asset)
        assert answer.status_code == 200 and answer.content, asset


def test_the_swagger_ui_files_ship_in_the_package():
    from service.ui import STATIC_DIR

    assert {"swagger-ui-bundle.js", "swagger-ui.css", "LICENSE"} <= {p.name for p in (STATIC_DIR / "swagger-ui").iterdir()}
