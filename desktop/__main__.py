import time

STARTED = time.perf_counter()  # before any import: `--first-paint` reports the time from here

import os  # noqa: E402
import sys  # noqa: E402

# The app uses no pydantic plugins: spare the start pydantic's scan of every installed package for them.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from desktop.app import main  # noqa: E402

sys.exit(main(sys.argv, STARTED))
