"""The public surface: what `import kg` offers is what `kg.__all__` says."""

from __future__ import annotations

import types

import kg


def test_all_names_exist_and_are_not_modules() -> None:
    for name in kg.__all__:
        value = getattr(kg, name)
        assert not isinstance(value, types.ModuleType), name


def test_build_stays_the_function_after_its_module_is_imported() -> None:
    import sys

    from kg.building import extractions  # noqa: F401  (the CLI imports the module this way)

    assert callable(kg.build) and kg.build is sys.modules["kg.building"].build
    assert kg.build([]).documents == ()


def test_every_public_module_declares_its_surface() -> None:
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(kg.__path__, prefix="kg."):
        if info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        module = importlib.import_module(info.name)
        assert isinstance(getattr(module, "__all__", None), (list, tuple)), info.name
        for name in module.__all__:
            assert hasattr(module, name), f"{info.name}.{name}"
