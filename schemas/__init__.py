"""The data contract of ``curated/``: Arrow schemas for writing, pandera schemas for validating.

Column names are the contract; columns may be added, never renamed or removed
without bumping ``SCHEMA_VERSION``.
"""

from schemas.relations import RELATIONS
from schemas.tables import ARROW_SCHEMAS, MODELS, SCHEMA_VERSION, TABLES

__all__ = ["ARROW_SCHEMAS", "MODELS", "RELATIONS", "SCHEMA_VERSION", "TABLES"]
