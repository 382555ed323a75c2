"""Events: the one record that flows from the extractor to the views, the CLI and every export."""

from explorer.events.record import Event

__all__ = ["Event"]
