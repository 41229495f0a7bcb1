"""Command line: ``python -m analytics {build,export,import,map,...}`` (``main``); one module per command group."""

from analytics.cli.main import main

__all__ = ["main"]
