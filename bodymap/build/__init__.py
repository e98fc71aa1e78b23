"""Build steps: turn pinned outside sources into the files the runtime loads. Never imported at run time."""
