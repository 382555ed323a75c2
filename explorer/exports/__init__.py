"""Data exports of the event record (no Qt). Image exports live with the timeline in ``gui``."""

from explorer.exports.data import FORMATS, write_events

__all__ = ["FORMATS", "write_events"]
