"""A rich table of events for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from sitrep.model import Document


def render_table(doc: Document, console: Console) -> None:
    a = doc.article
    head = f"[bold]{a.title or a.path or a.id}[/bold]  ({a.language}, published {a.published or 'unknown'}"
    head += f", via {a.original_source})" if a.original_source else ")"
    console.print(head)
    if not doc.events:
        console.print("  no events found\n")
        return
    t = Table(show_lines=False, header_style="bold")
    for col in ("date", "type", "weapons", "outcome", "actor1", "attribution", "actor2", "where", "killed", "bg"):
        t.add_column(col, overflow="fold")
    for e in doc.events:
        where = e.location.name or "?"
        if e.location.country:
            where += f" ({e.location.country}, p{e.location.geo_precision})"
        t.add_row(
            f"{e.event_date or '?'} (p{e.time_precision})" if e.event_date else "?",
            e.sub_event_type, ", ".join(e.weapons), e.outcome + (f" by {e.interceptor}" if e.interceptor else ""),
            e.actor1.name if e.actor1 else "", e.attribution, e.actor2.name if e.actor2 else "", where,
            "" if e.fatalities is None else str(e.fatalities), "yes" if e.background else "",
        )
    console.print(t)
    console.print(f"  {len(doc.quotes)} quotes, {len(doc.events)} events\n")
