"""The ``kg`` command: one thin module per subcommand.

Each subcommand parses its arguments, calls one library function and prints.
Errors the library raises on purpose (:class:`kg.errors.KGError`) become one
line on stderr and exit status 1; usage errors exit 2 (click's convention);
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from kg.cli.build import build
from kg.cli.eval import eval_command
from kg.errors import KGError

__all__ = ["main"]


class _Group(click.Group):
    """A click group that turns library errors into one readable line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as error:
            if ctx.meta.get("kg.debug"):
                raise
            click.echo(f"kg: error: {error}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("kg: interrupted; outputs written before the interruption are intact.", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # The reader went away (`kg query ... | head`); nothing more to say.
            sys.stderr.close()
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.version_option(package_name="kg")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build entity knowledge graphs from news: RDF, an interactive view, SPARQL."""
    ctx.meta["kg.debug"] = debug


main.add_command(build)
main.add_command(eval_command)
