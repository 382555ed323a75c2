"""``python -m explorer``: the same entry point as the installed ``explorer`` script."""

import sys

from explorer.cli import main

sys.exit(main())
