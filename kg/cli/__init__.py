"""The ``kg`` command: one thin module per subcommand.

Each subcommand parses its arguments, calls one library function and prints.
Errors the library raises on purpose (:class:`kg.errors.KGError`) become one
line on stderr and exit status 1; usage errors exit 2 (click's convention);
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from typing import Any

import click

from kg.cli._ending import exit_now
from kg.cli.build import build_command
from kg.cli.eval import eval_command
from kg.cli.export import export_command
from kg.cli.push import push_command
from kg.cli.query import query_command
from kg.cli.validate import validate_command
from kg.cli.view import view_command
from kg.errors import KGError

__all__ = ["main"]


class _Group(click.Group):
    """A click group that turns every failure into one or two readable lines.

    Exit status: 0 done, 1 bad data or a failure (the message says which and
    what to do), 2 bad usage (click's own errors), 130 interrupted. With
    ``kg --debug`` (or ``KG_DEBUG=1``) the traceback is shown instead.
    """

    #: Whether the command runs as the program (the ``kg`` command, ``python -m
    #: kg``: click read its arguments from ``sys.argv``), so that the process
    #: ends with it; not when a caller or a test invokes it with arguments.
    ends_the_process = False

    def main(self, args: Any = None, *more: Any, **options: Any) -> Any:
        self.ends_the_process = args is None
        return super().main(args, *more, **options)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors (exit 2) and deliberate exits: click reports them
        except KeyboardInterrupt:
            if _debug(ctx):
                raise
            click.echo(
                "kg: interrupted; outputs written before the interruption are intact.", err=True
            )
            exit_now(130)
            ctx.exit(130)
        except BrokenPipeError:
            # The reader went away (`kg query ... | head`); nothing more to say.
            _silence_stdout()
            ctx.exit(1)
        except KGError as error:
            if _debug(ctx):
                raise
            _fail(ctx, str(error))
        except OSError as error:
            # Not raised on purpose: a full disk, a folder that cannot be written.
            if _debug(ctx):
                raise
            _fail(ctx, _os_message(error))
        except MemoryError:
            if _debug(ctx):
                raise
            _fail(ctx, "out of memory; build fewer documents at a time (or use --store)")
        except Exception as error:  # the last line of defence: no tracebacks
            if _debug(ctx):
                raise
            _fail(
                ctx,
                f"unexpected {type(error).__name__}: {error}\n"
                "kg: this is a bug in kg; run again with `kg --debug ...` and report the traceback",
            )


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("kg.debug")) or os.environ.get("KG_DEBUG", "") not in ("", "0")


def _fail(ctx: click.Context, message: str) -> None:
    click.echo(f"kg: error: {message}", err=True)
    ctx.exit(1)


_OS_HINTS = {
    errno.ENOSPC: "free some disk space and run again; earlier outputs are intact",
    errno.EDQUOT: "free some space in your quota and run again; earlier outputs are intact",
    errno.EACCES: "choose a path you may write to (for example --out another folder)",
    errno.EPERM: "choose a path you may write to (for example --out another folder)",
    errno.EROFS: "the file system is read-only; choose another path",
    errno.ENOTDIR: "part of the path is a file, not a folder; choose another path",
    errno.EISDIR: "a folder stands where a file was expected; choose another path",
    errno.ENOENT: "check the path",
    errno.EMFILE: "too many open files; raise the limit (ulimit -n) or read fewer files at once",
}


def _os_message(error: OSError) -> str:
    where = f"{error.filename}: " if error.filename is not None else ""
    reason = error.strerror or str(error) or type(error).__name__
    hint = _OS_HINTS.get(error.errno or 0)
    return f"{where}{reason}" + (f"; {hint}" if hint else "")


class _StderrHandler(logging.Handler):
    """Prints the library's warnings as ``kg: warning: ...`` on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        # click.echo looks stderr up at each call, so the handler follows
        # redirections (and CliRunner) instead of holding on to one stream.
        try:
            click.echo(f"kg: {record.levelname.lower()}: {record.getMessage()}", err=True)
        except (OSError, ValueError):
            self.handleError(record)


def _warn_on_stderr() -> None:
    logger = logging.getLogger("kg")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        logger.addHandler(_StderrHandler())
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.WARNING)


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush does not
    # raise a second BrokenPipeError.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.version_option(package_name="kg")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build entity knowledge graphs from news: RDF, an interactive view, SPARQL."""
    ctx.meta["kg.debug"] = debug
    _warn_on_stderr()


main.add_command(build_command)
main.add_command(eval_command)
main.add_command(export_command)
main.add_command(query_command)
main.add_command(push_command)
main.add_command(validate_command)
main.add_command(view_command)
