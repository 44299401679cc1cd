"""``python -m newsbeat`` runs the command line."""

from newsbeat.cli import main

main()
