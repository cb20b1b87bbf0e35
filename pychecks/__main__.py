"""``python -m pychecks COMMAND ...``: one sub-command per checker.

Each command lives in its own module with a ``main(argv) -> int``; this file
only picks the module, so a checker's CLI is added by one line here.
"""

from __future__ import annotations

import importlib
import sys

COMMANDS: dict[str, tuple[str, str]] = {
    "ports": ("pychecks.ports_cli", "which server name and port a mail client should use"),
    "bounce": ("pychecks.bounce.cli", "analyse bounce (error) mails"),
    "headers": ("pychecks.headers.cli", "where a mail was delayed; SPF, DKIM and DMARC results"),
    "settings": ("pychecks.settings.cli", "mail-client settings, setup sheets and autoconfig files"),
    "support": ("pychecks.support.cli", "write a support request from answers"),
}


def usage() -> str:
    lines = ["usage: python -m pychecks COMMAND [ARGS...]", "", "commands:"]
    lines += [f"  {name:<10} {help_}" for name, (_, help_) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print(usage())
        return 0 if args else 2
    entry = COMMANDS.get(args[0])
    if entry is None:
        print(f"unknown command: {args[0]}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(entry[0])
    return int(module.main(args[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
