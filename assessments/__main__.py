"""`python -m assessments evaluate FILE …`: see `assessments/cli.py`."""

from assessments.cli import main

raise SystemExit(main())
