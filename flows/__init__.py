"""Prefect flows: the pipeline's table of contents. Each task wraps a batch of work done by newsmill's pure core."""
