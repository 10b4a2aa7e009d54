from __future__ import annotations

from claimtrack.cli import main

if __name__ == "__main__":
    main()
