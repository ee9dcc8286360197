"""PTP Dojo: debt-collection call practice against scripted debtor personas."""

from pathlib import Path

#: The folder that holds personas/, scenarios/ and the packages (a clone of the repo).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
