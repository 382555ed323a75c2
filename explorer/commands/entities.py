"""``explorer actors``, ``explorer places`` and ``explorer groups``: headless, no Qt.

``actors`` and ``places`` list each canonical entity with its kind, event and mention counts and the
spellings merged under it (text: an aligned table, most events first); ``groups`` lists the happenings
reported by more than one document, with their sources, dates and whether the dates disagree.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from explorer.commands import date_arg

COMMANDS = ("actors", "places", "groups")


def add_parsers(sub) -> None:
    for name, what in (("actors", "people and organisations"), ("places", "places")):
        p = sub.add_parser(
            name, help=f"list the {what} of articles, with the spellings merged under each name",
            description=f"Find the {what} of the articles (files or folders) and print each canonical name with "
            "its kind, how many events and mentions it has, and its merged spellings.",
        )
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
        p.add_argument("--format", choices=("text", "json", "csv"), default="text", help="output format (default: text)")
        if name == "actors":
            p.add_argument("--kind", choices=("person", "org", "all"), default="all", help="only people or only organisations")
        p.add_argument("--dct", type=date_arg, help="document creation date (YYYY-MM-DD) for every input")
        p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    g = sub.add_parser(
        "groups", help="list events reported by several articles (sources, dates, disputed dates)",
        description="Group the events of different articles that report one happening and print the groups.",
    )
    g.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of articles")
    g.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    g.add_argument("--dct", type=date_arg, help="document creation date (YYYY-MM-DD) for every input")
    g.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")


@dataclass(slots=True)
class _ProjectCorpus:
    """What the reports read, from a project: its who-and-where and its events (edits applied)."""

    actors: object
    events: list
    groups: list


def run(args: argparse.Namespace) -> int:
    """Through a project never written, as ``extract`` is: the same engine, the same annotation."""
    from explorer.entities.report import entity_rows, group_rows, write_entities, write_groups
    from explorer.store import Project
    from explorer.store.importing import import_paths

    project = Project()
    report = import_paths(project, args.paths, dct=args.dct, jobs=args.jobs)
    for problem in report.problems:
        print(f"explorer: skipped {problem}", file=sys.stderr)
    corpus = _ProjectCorpus(project.actor_index, project.events(), project.groups)
    if args.command == "groups":
        write_groups(group_rows(corpus), sys.stdout, args.format)
    else:
        if args.command == "places":
            kinds = ("place",)
        else:
            kinds = ("person", "org") if args.kind == "all" else (args.kind,)
        write_entities(entity_rows(corpus, kinds), sys.stdout, args.format)
    return 0 if project.documents() or not report.problems else 1
