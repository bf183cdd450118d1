"""Stage-free command line: thin commands over library calls (see ``sukien.cli.app``)."""

from sukien.cli.app import app, main

__all__ = ["app", "main"]
