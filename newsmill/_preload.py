"""Imported only by the worker pool's forkserver (as a preload): load once, before any
worker is forked, what every worker's first batch would otherwise load for itself
(langdetect's profiles, pandera's first validation), so forked workers start warm."""

from newsmill import language, tables

language.load_profiles()
tables.validate(tables.empty_tables())
