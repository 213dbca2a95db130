import time

STARTED = time.perf_counter()  # before any import: `--first-paint` reports the time from here

import sys  # noqa: E402

from desktop.app import main  # noqa: E402

sys.exit(main(sys.argv, STARTED))
