"""The local web UI: browse beats, stories and articles, search, and a JSON API.

:func:`create_app` builds the FastAPI application; ``newsbeat serve`` runs it with uvicorn.
Pages are jinja2 templates (autoescaped, inline CSS, nothing fetched from the network); the JSON
under ``/api/`` has the same shapes as the CLI's ``--json`` output.
"""

from __future__ import annotations

from newsbeat.web.app import create_app

__all__ = ["create_app"]
