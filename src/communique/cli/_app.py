"""Placeholder app, replaced by the real CLI."""

import typer

app = typer.Typer()


def main() -> None:
    """Run the CLI."""
    app()
