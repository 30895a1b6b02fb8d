"""The browser pages: the named-query catalogue with forms and a SPARQL box, and the API docs (Swagger UI).

Swagger UI ships inside the package (``service/static/swagger-ui``, from the npm package ``swagger-ui-dist``
pinned in ``service/assets/package-lock.json``): no page loads anything from another host.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from service.state import ServicesDep

router = APIRouter(include_in_schema=False)
STATIC_DIR = Path(__file__).resolve().parent / "static"
SWAGGER_UI = "/static/swagger-ui"


@router.get("/docs")
def show_api_docs() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="/openapi.json", title="mkg — REST API",
                               swagger_js_url=f"{SWAGGER_UI}/swagger-ui-bundle.js",
                               swagger_css_url=f"{SWAGGER_UI}/swagger-ui.css",
                               swagger_favicon_url=f"{SWAGGER_UI}/favicon-32x32.png")

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mkg — Market Report Knowledge Graph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1b1b; }}
 h1 {{ font-size: 1.5rem; }} h2 {{ font-size: 1.15rem; margin-top: 2rem; }}
 details {{ border: 1px solid #ddd; border-radius: 6px; padding: .5rem .8rem; margin: .4rem 0; }}
 summary {{ cursor: pointer; font-weight: 600; }} label {{ display: inline-block; margin-right: 1rem; }}
 input {{ padding: .2rem .4rem; }} textarea {{ width: 100%; font: 13px monospace; }}
 table {{ border-collapse: collapse; margin-top: .6rem; font-size: 13px; }}
 td, th {{ border: 1px solid #ddd; padding: .2rem .4rem; vertical-align: top; text-align: left; }}
 .muted {{ color: #666; }} .error {{ color: #a00; white-space: pre-wrap; }}
</style></head>
<body>
<h1>mkg — Market Report Knowledge Graph</h1>
<p class="muted">{reports} report(s), {quads} quads. Every fact links to the sentence it came from.
 <a href="/docs">REST API (OpenAPI)</a> · <a href="/sparql?format=turtle">service description</a></p>
<h2>Named queries</h2>
{forms}
<h2>SPARQL</h2>
<form data-sparql>
<textarea name="query" rows="8">PREFIX mkg: &lt;https://w3id.org/mkg/ns#&gt;
SELECT ?report ?market WHERE {{ GRAPH ?g {{ ?report a mkg:MarketReport ; mkg:market ?market }} }} LIMIT 20</textarea>
<button>Run</button></form>
<div id="out"></div>
<script>
const out = document.getElementById('out');
function show(data) {{
  if (data.boolean !== undefined) {{ out.textContent = String(data.boolean); return; }}
  const vars = data.head.vars, table = document.createElement('table'), head = table.insertRow();
  vars.forEach(v => {{ const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }});
  data.results.bindings.forEach(b => {{ const row = table.insertRow();
    vars.forEach(v => {{ row.insertCell().textContent = b[v] ? b[v].value : ''; }}); }});
  out.replaceChildren(table, document.createTextNode(data.results.bindings.length + ' row(s)'));
}}
async function run(url, init) {{
  const response = await fetch(url, {{...init, headers: {{Accept: 'application/sparql-results+json', ...(init || {{}}).headers}}}});
  if (!response.ok) {{ out.innerHTML = '<p class="error"></p>'; out.firstChild.textContent = await response.text(); return; }}
  show(await response.json());
}}
document.querySelectorAll('form[data-query]').forEach(form => form.addEventListener('submit', event => {{
  event.preventDefault();
  const params = new URLSearchParams([...new FormData(form)].filter(([k, v]) => v !== ''));
  run('/api/queries/' + form.dataset.query + '?' + params);
}}));
document.querySelector('form[data-sparql]').addEventListener('submit', event => {{
  event.preventDefault();
  run('/sparql', {{method: 'POST', headers: {{'Content-Type': 'application/sparql-query'}}, body: event.target.query.value}});
}});
</script>
</body></html>
"""


@router.get("/", response_class=HTMLResponse)
async def show_home(services: ServicesDep) -> HTMLResponse:
    forms = []
    for query in services.catalog:
        fields = "".join(
            f'<label>{escape(p.name)}{"*" if p.required else ""} '
            f'<input name="{escape(p.name)}" placeholder="{escape(p.example or "")}" title="{escape(p.description)}"'
            f'{" required" if p.required else ""}></label>'
            for p in query.params.values())
        forms.append(f'<details><summary>{escape(query.title)} <span class="muted">({escape(query.name)})</span></summary>'
                     f'<p class="muted">{escape(query.description)}</p>'
                     f'<form data-query="{escape(query.name)}">{fields}<button>Run</button></form></details>')
    stats = services.stats()  # kept per store version: the page never waits behind queries
    return HTMLResponse(PAGE.format(forms="\n".join(forms), reports=stats.reports, quads=stats.quads))
