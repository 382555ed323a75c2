"""The project file and the project object (no Qt): documents, extracted events and the user's edits.

``Project.open(path)`` / ``project.save(path)``; ``import_paths(project, paths)`` adds documents on all
cores with progress and cancellation; ``project.events()`` is the timeline with the edits applied.
"""

from explorer.store.importing import Cancelled, ImportReport, import_paths
from explorer.store.project import Project
from explorer.store.project_records import SUFFIX, Change, ProjectDocument, Row, content_hash
from explorer.store.failures import ProjectConflictError, ProjectSaveError
from explorer.store.sqlite import SCHEMA_VERSION, ProjectFileError, is_project_path

__all__ = [
    "Cancelled", "ImportReport", "import_paths", "SUFFIX", "Change", "Project", "ProjectDocument", "Row",
    "content_hash", "SCHEMA_VERSION", "ProjectFileError", "ProjectSaveError", "ProjectConflictError", "is_project_path",
]
