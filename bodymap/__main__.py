"""`python -m bodymap ...`: the same as the `bodymap` command."""
import sys

from bodymap.cli import main

sys.exit(main())
