"""``python -m newsbeat`` runs the command line."""

from newsbeat.cli import main

# Guarded: worker processes started by "spawn" (a local Dask cluster) import the main module.
if __name__ == "__main__":
    main()
