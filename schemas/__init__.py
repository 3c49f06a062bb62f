"""The data contract of ``curated/``: Arrow schemas for writing, pandera schemas for validating.

Column names are the contract; columns may be added, never renamed or removed
without bumping ``SCHEMA_VERSION``. ``MODELS`` and ``RELATIONS`` (pandera) load on
first use: writing and publishing need only the Arrow schemas.
"""

from schemas.arrow import ARROW_SCHEMAS, SCHEMA_VERSION, TABLES

__all__ = ["ARROW_SCHEMAS", "MODELS", "RELATIONS", "SCHEMA_VERSION", "TABLES"]


def __getattr__(name: str):
    if name == "MODELS":
        from schemas.tables import MODELS

        return MODELS
    if name == "RELATIONS":
        from schemas.relations import RELATIONS

        return RELATIONS
    raise AttributeError(f"module 'schemas' has no attribute {name!r}")
