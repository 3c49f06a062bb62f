"""newsmill: raw news texts in, a curated Parquet dataset of articles, paragraphs and quotes out.

The pipeline's stages, in order (one module each, all pure Python, no Prefect):

1. ``discover``     find raw files safely (symlinks, size limits)
2. ``decode``       bytes to clean Unicode text
3. ``segment``      text to paragraphs (blank-line, line-per-paragraph, hard-wrapped)
4. ``language``     deterministic language detection
5. ``boilerplate``  strip captions, credits, prompts... keeping an audit of each removal
6. ``metadata``     title, date, authors, outlet from what the page shows
7. ``quotes``       quotations and their speakers
8. ``pipeline``     one document through stages 2-7 into table rows
9. ``tables``       rows to Arrow tables, validation with the pandera contract
10. ``publish``     atomic snapshots of ``curated/``

Prefect flows in ``flows/`` wrap these stages in batch tasks.
"""

__version__ = "0.1.0"
