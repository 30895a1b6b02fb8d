"""``HEAD`` on every ``GET`` route, and the security headers every response carries.

A plain ASGI wrapper (no per-request task or body copy): a HEAD request is answered as its GET with
the body left out; every response says ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy``,
and HTML pages carry a Content-Security-Policy that forbids framing (``frame-ancestors 'none'``).
"""

from __future__ import annotations

from fastapi import FastAPI

# The pages use inline script and style; everything else, Swagger UI included, comes from this server.
HTML_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
ALWAYS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


def install_head_and_security_headers(app: FastAPI) -> None:
    inner = app.build_middleware_stack

    def build():
        downstream = inner()

        async def wrap(scope, receive, send):
            if scope["type"] != "http":
                return await downstream(scope, receive, send)
            head = scope["method"] == "HEAD"
            if head:
                scope = {**scope, "method": "GET"}

            async def send_with_headers(message):
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers", []))
                    names = {name.lower() for name, _ in headers}
                    headers += [h for h in ALWAYS if h[0] not in names]
                    content_type = next((v for n, v in headers if n.lower() == b"content-type"), b"")
                    if content_type.startswith(b"text/html") and b"content-security-policy" not in names:
                        headers.append((b"content-security-policy", HTML_POLICY.encode()))
                    message = {**message, "headers": headers}
                elif head and message["type"] == "http.response.body":
                    message = {**message, "body": b""}
                await send(message)

            await downstream(scope, receive, send_with_headers)
        return wrap

    app.build_middleware_stack = build
