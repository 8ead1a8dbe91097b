"""``python -m pipeline`` is the ``warta`` command."""

from .cli import main

main()
