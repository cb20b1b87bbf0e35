"""The scripted remote SMTP server the MTAs relay to (standard library asyncio).

A `Behaviour` says at which stage the server answers with a chosen reply, or stalls
(reads until the client gives up) or drops the connection. Replies are written in
the row exactly as the provider sends them, one line per list item, code included,
so multi-line replies (Gmail's "550-5.1.1 ...") keep their form.
"""

from __future__ import annotations

import asyncio
import re
import threading
from dataclasses import dataclass, field

STAGES = ("banner", "ehlo", "mail", "rcpt", "data", "dot")


@dataclass
class Behaviour:
    stage: str = ""  # one of STAGES, or "" to accept everything
    reply: list[str] = field(default_factory=list)  # full reply lines, e.g. ["550 5.1.1 ..."]
    action: str = "reply"  # reply | stall | drop
    greeting: str = "mx.remote.example ESMTP"
    size: int = 0  # SIZE to advertise in EHLO; 0 for none
    rcpt: dict[str, list[str]] = field(default_factory=dict)  # local part -> reply lines


def _lines(reply: list[str]) -> bytes:
    return b"".join(line.encode("utf-8") + b"\r\n" for line in reply)


class _Session:
    def __init__(self, b: Behaviour, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.b, self.reader, self.writer = b, reader, writer

    async def send(self, reply: list[str]) -> None:
        self.writer.write(_lines(reply))
        await self.writer.drain()

    async def hit(self, stage: str) -> bool:
        """Act if this is the scripted stage; True when the session must end."""
        if self.b.stage != stage:
            return False
        if self.b.action == "drop":
            return True
        if self.b.action == "stall":
            while await self.reader.read(4096):
                pass
            return True
        await self.send(self.b.reply)
        return False

    async def run(self) -> None:
        b = self.b
        if await self.hit("banner"):
            return
        if b.stage != "banner":
            await self.send([f"220 {b.greeting}"])
        while True:
            line = await self.reader.readline()
            if not line:
                return
            verb = line.decode("utf-8", "replace").strip().split(" ")[0].upper()
            arg = line.decode("utf-8", "replace").strip()[len(verb) :].strip()
            if verb in ("EHLO", "HELO"):
                if await self.hit("ehlo"):
                    return
                if b.stage == "ehlo":
                    continue
                name = b.greeting.split(" ")[0]
                ext = [f"SIZE {b.size}"] if b.size else ["SIZE 52428800"]
                ext += ["8BITMIME", "ENHANCEDSTATUSCODES"]
                if verb == "HELO":
                    await self.send([f"250 {name}"])
                else:
                    await self.send([f"250-{name}"] + [f"250-{e}" for e in ext[:-1]] + [f"250 {ext[-1]}"])
            elif verb == "MAIL":
                if await self.hit("mail"):
                    return
                declared = re.search(r"\bSIZE=(\d+)", arg, re.I)
                if b.stage == "mail":
                    pass
                elif b.size and declared and int(declared.group(1)) > b.size:
                    await self.send(["552 5.3.4 Message size exceeds fixed limit"])  # as Postfix's smtpd says
                else:
                    await self.send(["250 2.1.0 OK"])
            elif verb == "RCPT":
                local = arg.split("<", 1)[-1].split("@", 1)[0].lower()
                if local in b.rcpt:
                    await self.send(b.rcpt[local])
                elif await self.hit("rcpt"):
                    return
                elif b.stage != "rcpt":
                    await self.send(["250 2.1.5 OK"])
            elif verb == "DATA":
                if await self.hit("data"):
                    return
                if b.stage == "data":
                    continue
                await self.send(["354 Go ahead"])
                while True:
                    chunk = await self.reader.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                if not chunk:
                    return
                if await self.hit("dot"):
                    return
                if b.stage != "dot":
                    await self.send(["250 2.0.0 OK queued"])
            elif verb == "RSET" or verb == "NOOP":
                await self.send(["250 2.0.0 OK"])
            elif verb == "QUIT":
                await self.send(["221 2.0.0 Bye"])
                return
            else:
                await self.send(["502 5.5.1 Unrecognized command"])


class Remote:
    """One listener at a time, on the scenario's own address, in a background loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.server: asyncio.base_events.Server | None = None
        threading.Thread(target=self.loop.run_forever, daemon=True, name="lab-remote").start()

    def listen(self, address: str, behaviour: Behaviour, port: int = 25) -> int:
        """Serve `behaviour` on address:port (0 picks a free port); returns the port."""
        async def start() -> None:
            async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
                try:
                    await _Session(behaviour, reader, writer).run()
                except (ConnectionError, asyncio.IncompleteReadError):
                    pass
                finally:
                    writer.close()

            self.server = await asyncio.start_server(handle, address, port, reuse_address=True)

        asyncio.run_coroutine_threadsafe(start(), self.loop).result(5)
        return self.server.sockets[0].getsockname()[1]

    def close(self) -> None:
        if self.server is None:
            return

        async def stop(server: asyncio.base_events.Server) -> None:
            server.close()

        asyncio.run_coroutine_threadsafe(stop(self.server), self.loop).result(5)
        self.server = None
