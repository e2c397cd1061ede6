"""What ``kg build`` makes of a graph: an output folder's files, a store, a text.

A build ends in one of three places, each with its policy here and not in the CLI:

- **An output folder** (:func:`write_outputs`): every file rendered in memory
  first (the RDF formats, TriG always, the HTML view, the record of every
  document's extraction), then written all or nothing. An earlier build in the
  folder is added to: its documents are resolved again with the new ones from
  the record it keeps (:data:`RECORD_NAME`, :mod:`kg._records`), so the folder
  holds what a fresh build of all its documents gives. Reading the earlier
  build and writing the new one happen under the folder's lock
  (:func:`output_lock`): two builds into one folder take turns and lose nothing.
- **A store** (:func:`build_into_store`): streamed a few documents per
  transaction (:data:`DOCUMENTS_PER_TRANSACTION`) in flat memory, compacted when
  the build wrote a good share of it (:data:`COMPACT_WHEN_ADDED`);
  :func:`export_store` and :func:`store_text` render its whole graph.
- **A text** (:func:`graph_text`): one format, for standard output.

The package follows the data flow, each module importing only those before it:
:mod:`~kg.outputs.folder` is the output folder itself (its checks, its lock, its
files written all or nothing and the list of them); :mod:`~kg.outputs.files`
holds where a build renders its files (in memory, or staged in temporary files
beside their targets); :mod:`~kg.outputs.texts` the texts of the quads in each
format, the RDF files written as they are made, and :func:`graph_text`;
:mod:`~kg.outputs.folder_build` a build into a folder (:func:`render_outputs`,
:func:`write_outputs`: the earlier build merged, the view and the record);
:mod:`~kg.outputs.store_build` a build into a store; :mod:`~kg.outputs.export`
a store's graph written into a folder or as a text.

Errors about an argument name it (``out_dir``, ``removed``) and say so in
:attr:`kg.errors.KGError.argument`, so a command can name its flag instead.
"""

from __future__ import annotations

from kg.outputs.export import Exported, export_store, store_text
from kg.outputs.folder import RECORD_NAME, WRITTEN_NAME, output_lock, prepare_output_folder
from kg.outputs.folder_build import Outputs, render_outputs, write_outputs
from kg.outputs.store_build import (
    COMPACT_WHEN_ADDED,
    DOCUMENTS_PER_TRANSACTION,
    EVENTS_PER_TRANSACTION,
    StoreBuild,
    build_into_store,
)
from kg.outputs.texts import DEFAULT_FORMATS, GraphText, graph_text, render_formats

__all__ = [
    "COMPACT_WHEN_ADDED",
    "DEFAULT_FORMATS",
    "DOCUMENTS_PER_TRANSACTION",
    "EVENTS_PER_TRANSACTION",
    "RECORD_NAME",
    "WRITTEN_NAME",
    "Exported",
    "GraphText",
    "Outputs",
    "StoreBuild",
    "build_into_store",
    "export_store",
    "graph_text",
    "output_lock",
    "prepare_output_folder",
    "render_formats",
    "render_outputs",
    "store_text",
    "write_outputs",
]
