"""``/beats/{beat}/feed.atom``: a beat's story events as an Atom feed (what the alert stage
writes beside the database, read from the store, so it is served for any backend)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from newsbeat.report.feed import ATOM_TYPE, atom_feed
from newsbeat.web.deps import SettingsDep, StoreDep

__all__ = ["router"]

router = APIRouter()


# ``path``: a beat name may hold a "/" (``alert send`` prints its feed URL percent-encoded,
# and the server decodes %2F before routing).
@router.get("/beats/{beat:path}/feed.atom")
def beat_feed(request: Request, store: StoreDep, settings: SettingsDep, beat: str) -> Response:
    """The beat's latest story events, newest first (404 for an unknown beat)."""
    found = store.get_beat(beat)
    events = store.beat_events(found.name, limit=settings.alerts.feed_entries)
    text = atom_feed(found.name, events, created_at=found.created_at, self_url=str(request.url))
    return Response(text, media_type=ATOM_TYPE)
