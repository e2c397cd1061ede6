"""``kg eval``: build the annotated documents and score the graph against the gold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg._defaults import DEFAULT_MODEL

if TYPE_CHECKING:
    from kg.model import Document

__all__ = ["eval_command", "gold_documents"]


def gold_documents(gold_path: Path, ids: set[str], inputs: tuple[Path, ...]) -> list[Document]:
    """The documents to build: those of ``inputs`` (default: the sample articles) the gold names.

    The default folder is ``articles`` beside the gold file's folder
    (``data/gold/gold.jsonl`` -> ``data/articles``), else ``data/articles`` here.
    """
    from kg.errors import InputError
    from kg.inputs import read_documents

    if not inputs:
        resolved = gold_path.resolve()
        data = resolved.parent.parent if resolved.is_file() else resolved.parent
        for folder in (data / "articles", Path("data/articles")):
            if folder.is_dir():
                inputs = (folder,)
                break
        else:
            raise InputError(
                f"{gold_path}: no articles folder beside the gold and no data/articles here; "
                "name the inputs: kg eval GOLD INPUT..."
            )
    return [document for document in read_documents(inputs) if document.id in ids]


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline.")
@click.option(
    "--date",
    "date_text",
    metavar="YYYY-MM-DD",
    help="Publication date for documents without one (anchors 'Friday', 'today').",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List every missed, wrong and spurious entity, event and figure.",
)
def eval_command(
    gold: Path,
    inputs: tuple[Path, ...],
    model: str,
    date_text: str | None,
    as_json: bool,
    show_errors: bool,
) -> None:
    """Score the graph of the annotated documents against GOLD (a .jsonl file or folder).

    INPUT files or folders hold the documents (default: data/articles); only
    documents the gold annotates are built.
    """
    from kg.building import build
    from kg.errors import InputError
    from kg.evaluate import evaluate, load_gold
    from kg.inputs import parse_date

    date: dt.date | None = parse_date(date_text, where="--date") if date_text else None
    annotations = load_gold(gold)
    documents = gold_documents(gold, {d.id for d in annotations}, inputs)
    if not documents:
        raise InputError(f"{gold}: none of the annotated documents is in the inputs")
    graph = build(documents, model=model, date=date)
    scores = evaluate(graph, annotations)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=2))
        return
    rows = [
        ("entities (typed)", scores.entities),
        ("entities (untyped)", scores.entities_untyped),
        *((f"  {kind}", prf) for kind, prf in scores.entities_by_kind),
        ("events", scores.events),
        ("events (aligned)", scores.events_aligned),
    ]
    click.echo(f"{scores.documents} documents")
    click.echo(f"{'':20} {'P':>6} {'R':>6} {'F1':>6} {'ok':>5} {'pred':>5} {'gold':>5}")
    for name, prf in rows:
        click.echo(
            f"{name:20} {prf.precision:6.3f} {prf.recall:6.3f} {prf.f1:6.3f} "
            f"{prf.correct:5d} {prf.predicted:5d} {prf.gold:5d}"
        )
    click.echo(f"{'role accuracy (aligned events)':34} {'acc':>6} {'ok':>5} {'of':>5}")
    for score in (*scores.roles, scores.figures, scores.figure_values, scores.figure_qualifiers):
        label = score.name if score in scores.roles else f"figure {score.name}"
        click.echo(f"  {label:32} {score.accuracy:6.3f} {score.correct:5d} {score.total:5d}")
    for document in scores.missing_documents:
        click.echo(f"warning: gold document {document!r} was not built", err=True)
    for sentence in scores.unlocated:
        click.echo(f"warning: gold sentence not found: {sentence}", err=True)
    if show_errors:
        for miss in scores.misses:
            where = f"{miss.document}: " if miss.document else ""
            click.echo(f"{miss.kind:16} {where}{miss.what}  -- {miss.detail}".rstrip(" -"))
