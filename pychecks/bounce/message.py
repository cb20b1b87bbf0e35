"""Raw mail (bytes or text) -> parsed message.

Handles mbox ``From `` lines, LF/CRLF/CR line endings, a MIME walk with a
depth limit, RFC 2047 encoded words, transfer encodings and charsets
(including ISO-2022-JP, Shift_JIS, EUC-JP, UTF-7 and windows-125x, with a
best-effort guess for unknown charsets).  Everything is linear in the input
size: no regex here can backtrack catastrophically.
"""

from __future__ import annotations

import binascii
import re

MAX_DEPTH = 12
MAX_HEADER_LINES = 2000
MAX_PARTS = 400
MAX_TEXT = 1_000_000  # characters of one text part that are read

_HEADER_NAME = re.compile(r"[!-9;-~]{1,80}:")
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?\s]{0,4000}?)\?=")
_ENCODED_GAP = re.compile(r"(\?=)[ \t\n]+(=\?)")
_TAG = re.compile(r"<[^<>]{0,3000}>")
_BLOCK_TAG = re.compile(r"<(?:br|/p|p|/div|div|/tr|tr|/li|li|/h\d)\b[^<>]{0,3000}>", re.I)

_CHARSET_ALIASES = {
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms932": "cp932",
    "windows-31j": "cp932", "cp932": "cp932", "x-ms-cp932": "cp932",
    "euc-jp": "euc_jis_2004", "x-euc-jp": "euc_jis_2004", "eucjp": "euc_jis_2004",
    "iso-2022-jp": "iso2022_jp_ext", "iso-2022-jp-2": "iso2022_jp_2", "iso-2022-jp-3": "iso2022_jp_3",
    "csiso2022jp": "iso2022_jp_ext",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
    "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7",
    "us-ascii": "utf-8", "ascii": "utf-8", "ansi_x3.4-1968": "utf-8", "iso-8859-1": "cp1252",
    "latin1": "cp1252", "latin-1": "cp1252",
}
# Every codec this module names itself (the browser's snapshot holds them: tools/snapshot_prepare.py).
OWN_CODECS = frozenset(_CHARSET_ALIASES.values()) | {"iso2022_jp_2004", "ascii"}
# Codecs that Python accepts as text encodings but no mail uses: "punycode" and "idna" decode in
# quadratic time (77 s for 400 KB), the escape codecs are not charsets.  Such a part is read as bytes
# of unknown charset.  Every codec left is linear in its input.
_NOT_MAIL_CODECS = {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "escape", "undefined"}
_UNKNOWN_CHARSETS = {"", "unknown", "unknown-8bit", "x-unknown", "default", "8bit", "x-user-defined",
                     "binary"}


def decode_bytes(data: bytes, charset: str = "") -> str:
    """Decode ``data`` with ``charset``; guess when it is unknown or wrong. Never raises."""
    cs = (charset or "").strip().strip('"').lower()
    if not data:
        return ""
    if b"\x1b$" in data and not cs.startswith("iso-2022"):
        return guess_decode(data)  # JIS text labelled as ASCII/UTF-8
    if cs not in _UNKNOWN_CHARSETS:
        name = _CHARSET_ALIASES.get(cs, cs)
        try:
            if _codec_name(name) in _NOT_MAIL_CODECS:
                return guess_decode(data)
            return data.decode(name)
        except (LookupError, UnicodeDecodeError, ValueError):
            if name.startswith("iso2022_jp"):
                try:
                    return data.decode("iso2022_jp_2004", "replace")
                except (LookupError, ValueError):
                    pass
            elif name in ("cp932", "euc_jis_2004", "utf-8", "utf-7", "cp949", "gb18030"):
                try:
                    return data.decode(name, "replace")
                except (LookupError, ValueError):
                    pass
    return guess_decode(data)


def _codec_name(name: str) -> str:
    import codecs  # already loaded by every str.decode: no start-up cost

    try:
        return codecs.lookup(name).name.replace("_", "-")
    except (LookupError, ValueError, TypeError):
        return ""


def guess_decode(data: bytes) -> str:
    """Best effort for bytes of unknown charset."""
    if b"\x1b$" in data or b"\x1b(" in data:
        try:
            return data.decode("iso2022_jp_ext")
        except (UnicodeDecodeError, ValueError):
            try:
                return data.decode("iso2022_jp_2004", "replace")
            except ValueError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if max(data) < 0x80:
        return data.decode("ascii", "replace")
    for name in ("cp932", "euc_jis_2004"):
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", "replace")


def size_of(data: bytes | str) -> int:
    """The size of ``data`` in bytes as :func:`parse` sees it (a lone surrogate is 3 bytes there)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return len(data)
    return len(str(data).encode("utf-8", "surrogatepass"))


def _str_bytes(s: str) -> bytes:
    """Strings in this module keep raw bytes as latin-1 code points."""
    try:
        return s.encode("latin-1")
    except UnicodeEncodeError:
        return s.encode("utf-8", "replace")


def decode_header(value: str) -> str:
    """Decode RFC 2047 encoded words (and raw 8-bit bytes) in a header value."""
    if not value:
        return ""
    if "=?" not in value:
        if not value.isascii() or "\x1b" in value:
            return guess_decode(_str_bytes(value))
        return value
    value = _ENCODED_GAP.sub(r"\1\2", value)
    out: list[str] = []
    pos = 0
    pending: list[tuple[str, bytes]] = []

    def flush() -> None:
        # adjacent words of the same charset are joined before decoding (split multibyte chars)
        while pending:
            cs, data = pending.pop(0)
            while pending and pending[0][0] == cs:
                data += pending.pop(0)[1]
            out.append(decode_bytes(data, cs.split("*", 1)[0]))

    for m in _ENCODED_WORD.finditer(value):
        if m.start() > pos:
            flush()
            text = value[pos : m.start()]
            out.append(text if text.isascii() else guess_decode(_str_bytes(text)))
        cs, enc, payload = m.group(1).lower(), m.group(2).lower(), m.group(3)
        if enc == "b":
            data = b64decode(payload)
        else:
            data = binascii.a2b_qp(payload.replace("_", " ").encode("ascii", "replace"))
        pending.append((cs, data))
        pos = m.end()
    flush()
    rest = value[pos:]
    out.append(rest if rest.isascii() else guess_decode(_str_bytes(rest)))
    return "".join(out)


def b64decode(text: str) -> bytes:
    clean = re.sub(r"[^A-Za-z0-9+/]", "", text)
    clean = clean[: len(clean) - len(clean) % 4] if len(clean) % 4 == 1 else clean
    clean += "=" * (-len(clean) % 4)
    try:
        return binascii.a2b_base64(clean)
    except (binascii.Error, ValueError):
        return b""


def _skip_blocks(text: str) -> str:
    """Drop <style>, <script> and <head> blocks; linear (str.find, no backtracking)."""
    low = text.lower()
    out: list[str] = []
    pos = 0
    names = ("style", "script", "head")
    nxt = {n: low.find("<" + n, 0) for n in names}  # next opening of each; -1 when there is none
    while True:
        for n in names:
            if 0 <= nxt[n] < pos:
                nxt[n] = low.find("<" + n, pos)
        live = [(i, n) for n, i in nxt.items() if i >= 0]
        if not live:
            out.append(text[pos:])
            return "".join(out)
        start, name = min(live)
        end = low.find("</" + name, start)
        out.append(text[pos:start])
        if end < 0:
            return "".join(out)  # unclosed block: the rest is not text
        close = low.find(">", end)
        pos = len(text) if close < 0 else close + 1


def html_to_text(text: str) -> str:
    text = _skip_blocks(text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    import html  # rare (HTML-only notices): not imported at start-up

    return html.unescape(text)


class Headers:
    """Ordered header fields; names are case-insensitive, values unfolded and decoded.

    Most lookups want the first value of a field: a dict of those is built at once (one
    comprehension), the dict of every value only when asked for.
    """

    __slots__ = ("items", "_first", "_all", "_decoded", "truncated")

    def __init__(self, items: list[tuple[str, str]] | None = None, truncated: bool = False):
        self.items: list[tuple[str, str]] = items or []
        self.truncated = truncated  # the block went on past MAX_HEADER_LINES
        # reversed: the first field of a name is written last, so it is the one kept
        self._first = {name.lower(): value for name, value in reversed(self.items)}
        self._all: dict[str, list[str]] | None = None
        self._decoded: dict[str, str] = {}

    def get(self, name: str, default: str = "") -> str:
        hit = self._decoded.get(name)  # callers use lower-case names: no lower() on a hit
        if hit is None:
            key = name.lower()
            value = self._first.get(key)
            hit = self._decoded[name] = self._decoded[key] = decode_header(value).strip() if value else ""
        return hit or default

    def raw(self, name: str) -> str:
        return self._first.get(name.lower(), "")

    def _values(self, name: str) -> list[str]:
        if self._all is None:
            self._all = {}
            for n, v in self.items:
                self._all.setdefault(n.lower(), []).append(v)
        return self._all.get(name.lower(), [])

    def raw_all(self, name: str) -> str:
        """Every value of ``name``, undecoded, joined (cheap: for signature checks)."""
        return "\n".join(self._values(name))

    def get_all(self, name: str) -> list[str]:
        return [decode_header(v).strip() for v in self._values(name)]

    def names(self):
        """The field names, lower-case (a set-like view)."""
        return self._first.keys()

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._first

    def __len__(self) -> int:
        return len(self.items)


_FOLD = re.compile(r"\n[ \t]+")
_FIELD_LINE = re.compile(r"^([!-9;-~]{1,80}):([^\n]*)$", re.M)


def split_headers(text: str, strict: bool = True) -> tuple[Headers, str]:
    """Split ``text`` (LF line endings) into header fields and body.

    With ``strict`` the first line must be a header field, else no headers.
    """
    end = text.find("\n\n")
    block = text if end < 0 else text[:end]
    if block and block[0] not in " \t\n" and not block.startswith("From ") and block.count("\n") < MAX_HEADER_LINES:
        # fast path: a well-formed header block (every unfolded line is a field)
        unfolded = _FOLD.sub(" ", block) if "\n " in block or "\n\t" in block else block
        pairs = _FIELD_LINE.findall(unfolded)
        if len(pairs) == unfolded.count("\n") + 1:
            items = [(n, v.strip()[:20000]) for n, v in pairs]
            return Headers(items), ("" if end < 0 else text[end + 2 :])
    return _split_headers_slow(text, strict)


def _split_headers_slow(text: str, strict: bool) -> tuple[Headers, str]:
    items: list[tuple[str, str]] = []
    pos = 0
    n = len(text)
    count = 0
    while pos < n and count < MAX_HEADER_LINES:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end]
        if not line.strip():
            pos = end + 1
            break
        if line[:1] in (" ", "\t") and items:
            name, value = items[-1]
            if len(value) < 20000:
                items[-1] = (name, value + " " + line.strip())
        else:
            m = _HEADER_NAME.match(line)
            if not m:
                if not items and strict:
                    return Headers(), text
                if line.startswith("From ") and not items:
                    pos = end + 1
                    count += 1
                    continue
                # a non-header line ends the header block
                break
            items.append((line[: m.end() - 1].strip(), line[m.end() :].strip()[:20000]))
        pos = end + 1
        count += 1
    cut = count >= MAX_HEADER_LINES and pos < n and bool(text[pos:pos + 1].strip())
    return Headers(items, truncated=cut), text[pos:] if pos <= n else ""


def parse_params(value: str) -> tuple[str, dict[str, str]]:
    """``text/plain; charset="x"`` -> ("text/plain", {"charset": "x"})."""
    parts = value.split(";")
    main = parts[0].strip().lower()
    params: dict[str, str] = {}
    for p in parts[1:]:
        k, sep, v = p.partition("=")
        if not sep:
            continue
        v = v.strip()
        if v.startswith('"'):
            v = v[1:].split('"', 1)[0]
        params[k.strip().lower()] = v
    # parameters with ';' inside quotes (rare): retry for boundary
    if "boundary" in params and '"' in value:
        m = re.search(r'boundary\s{0,5}=\s{0,5}"([^"]{1,200})"', value, re.I)
        if m:
            params["boundary"] = m.group(1)
    return main, params


class Part:
    """One MIME entity; ``body`` keeps raw bytes as latin-1 code points, still transfer-encoded."""

    __slots__ = ("headers", "ctype", "params", "body", "children", "depth")

    def __init__(self, headers: Headers, ctype: str, params: dict[str, str], body: str, depth: int = 0):
        self.headers = headers
        self.ctype = ctype
        self.params = params
        self.body = body
        self.children: list[Part] = []
        self.depth = depth

    def payload_bytes(self) -> bytes:
        cte = self.headers.get("content-transfer-encoding").lower()
        raw = _str_bytes(self.body)
        if "base64" in cte:
            return b64decode(self.body)
        if "quoted-printable" in cte:
            try:
                return binascii.a2b_qp(raw)
            except (binascii.Error, ValueError):
                return raw
        return raw

    def text(self) -> str:
        data = self.payload_bytes()
        s = decode_bytes(data, self.params.get("charset", ""))
        if self.ctype == "text/html":
            s = html_to_text(s[:MAX_TEXT])
        return s.replace("\r\n", "\n").replace("\r", "\n")


def _parse_part(text: str, depth: int, counter: list[int], default_type: str = "text/plain",
                split: tuple[Headers, str] | None = None, returned: bool = False) -> Part:
    headers, body = split or split_headers(text, strict=False)
    ctype, params = parse_params(headers.get("content-type") or default_type)
    if "/" not in ctype:
        ctype = default_type
    part = Part(headers, ctype, params, body, depth=depth)
    counter[0] += 1
    if depth >= MAX_DEPTH or counter[0] > MAX_PARTS:
        if ctype.startswith(("multipart/", "message/")):
            counter.append(-1)  # parts were left unread: the message says so (``truncated``)
        return part
    if returned and ctype != "multipart/report":
        return part  # a returned message: only its header fields matter (unless it is a bounce itself)
    if ctype.startswith("multipart/") and params.get("boundary"):
        sub_default = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
        for chunk in split_multipart(body, params["boundary"]):
            if counter[0] > MAX_PARTS:
                counter.append(-1)
                break
            part.children.append(_parse_part(chunk, depth + 1, counter, sub_default))
    elif ctype in ("message/rfc822", "message/global", "message/partial") or ctype.endswith("rfc822-headers"):
        cte = headers.get("content-transfer-encoding").lower()
        inner = body
        if "base64" in cte or "quoted-printable" in cte:
            inner = part.payload_bytes().decode("latin-1")
            inner = inner.replace("\r\n", "\n").replace("\r", "\n")
        part.children.append(_parse_part(inner.lstrip("\n"), depth + 1, counter, returned=True))
    return part


def split_multipart(body: str, boundary: str) -> list[str]:
    delim = "\n--" + boundary
    text = "\n" + body
    pieces = text.split(delim)
    chunks: list[str] = []
    for piece in pieces[1:]:
        if piece.startswith("--"):
            break
        nl = piece.find("\n")
        if nl < 0:
            continue
        chunks.append(piece[nl + 1 :])
    if not chunks and len(pieces) == 1:
        return [body]
    return chunks


class Message:
    """A parsed mail, split into what the analyser reads."""

    def __init__(self, headers: Headers, root: Part | None, has_headers: bool = False, raw_text: str = ""):
        self.headers = headers
        self.root = root
        self.text = ""  # notification text (outside any returned message / attachment)
        self.dsn: list[str] = []  # message/delivery-status bodies
        self.feedback: list[str] = []  # message/feedback-report bodies
        self.original = Headers()  # headers of the returned message
        self.original_text = ""  # body text of the returned message (not scanned for phrases)
        self.has_headers = has_headers
        self.raw_text = raw_text
        self.truncated = False  # a limit left part of the mail unread (headers, parts, text)

    @property
    def subject(self) -> str:
        return self.headers.get("subject")

    @property
    def sender(self) -> str:
        return self.headers.get("from")


_ORIGINAL_MARKERS = re.compile(
    r"^(?:[ \t>]{0,8}(?:-{2,}|={2,}|_{2,}|\*{2,})[ \t]{0,4}"
    r"(?:original message|this is a copy of|unsent message|undelivered message|returned message|"
    r"message header|original mail|headers? of (?:the )?original|the original|"
    r"below this line|copy of (?:the )?(?:original )?message|transcript of|"
    r"message text follows|original message headers|rfc822)"
    r"|content-type: message/rfc822|content-type: text/rfc822-headers"
    r"|[ \t]{0,4}(?:original message headers?|the (?:original )?message (?:headers? )?follows?|"
    r"your message reads|the headers of your message|original message follows)"
    r"[^\n]{0,60}:?[ \t]{0,4}$"
    r"|\s{0,4}-{3,}\s{0,3}original message\s{0,3}-{3,}"
    r"|[ \t]{0,4}(?:message headers follow|original message follows|original mail as follows|original message:|"
    r"the original message (?:headers )?(?:is|are|was|were) (?:included|attached|below)|"
    r"\|-{5,} message text follows)[^\n]{0,60}$"
    r"|-{5,}\s{0,2}元のメッセージ|元のメッセージ)",
    re.I | re.M,
)
_TRANSCRIPT = re.compile(r"transcript of", re.I)


def cut_original(text: str) -> tuple[str, str]:
    """Split an inline bounce body into (notification, returned message)."""
    limit = len(text)
    pos = 0
    for _ in range(64):
        m = _ORIGINAL_MARKERS.search(text, pos, limit)
        if not m:
            return text, ""
        if _TRANSCRIPT.search(m.group(0)):
            pos = m.end()
            continue
        eol = text.find("\n", m.end())
        rest = text[eol + 1 :] if eol >= 0 else ""
        # the returned message should contain header-looking lines soon after
        probe = rest[:3000]
        if re.search(r"^\s{0,4}(?:Received|From|To|Subject|Date|Message-I[dD]|Return-Path|Content-Type|"
                     r"MIME-Version|X-[A-Za-z-]{1,40}|DKIM-Signature):", probe, re.M):
            return text[: m.start()], rest
        pos = m.end()
    return text, ""


def _first_line_is_mbox(text: str) -> bool:
    return text.startswith("From ") and not _HEADER_NAME.match(text)


def parse(data: bytes | str) -> Message:
    """Parse raw mail bytes (or text) into a :class:`Message`. Never raises."""
    if isinstance(data, str):
        # text is Unicode already: work on its UTF-8 bytes like on raw mail bytes
        text = data.encode("utf-8", "surrogatepass").decode("latin-1")
    else:
        text = bytes(data).decode("latin-1")
    del data
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\n")
    if text.startswith("\ufeff") or text.startswith("\xef\xbb\xbf"):
        text = text[1:] if text.startswith("\ufeff") else text[3:]
    if _first_line_is_mbox(text):
        nl = text.find("\n")
        text = text[nl + 1 :] if nl >= 0 else ""
    headers, body = split_headers(text, strict=True)
    msg = Message(headers=headers, root=None, has_headers=len(headers) > 0, raw_text=text)
    if not headers:
        msg.text = decode_bytes(_str_bytes(text[:2_000_000]), "")
        return msg
    counter = [0]
    root = _parse_part(text, 0, counter, split=(headers, body))
    msg.root = root
    texts: list[str] = []
    _walk(root, msg, texts, top=True)
    msg.text = "\n".join(texts)
    msg.truncated = headers.truncated or len(counter) > 1 or any(len(t) >= MAX_TEXT for t in texts)
    if not msg.original and not msg.dsn:
        note, orig = cut_original(msg.text)
        if orig:
            msg.text = note
            oh, ob = split_headers(orig.lstrip(" \n"), strict=False)
            msg.original = oh
            msg.original_text = ob[:20000]
    return msg


_DSN_TYPES = ("message/delivery-status", "message/global-delivery-status", "text/delivery-status",
              "message/x-delivery-status")


def _walk(part: Part, msg: Message, texts: list[str], top: bool = False) -> None:
    ct = part.ctype
    if ct.startswith("multipart/"):
        if not part.children:
            texts.append(part.text())
            return
        for child in part.children:
            _walk(child, msg, texts)
        return
    if ct in _DSN_TYPES:
        msg.dsn.append(_payload_text(part))
        return
    if ct == "message/feedback-report":
        msg.feedback.append(_payload_text(part))
        return
    if ct in ("message/rfc822", "message/global", "message/partial") or ct.endswith("rfc822-headers"):
        if part.children and not msg.original:
            inner = part.children[0]
            if not msg.dsn and (
                    inner.ctype == "multipart/report" or _has_dsn(inner)):
                # a bounce forwarded as an attachment: read the bounce inside
                msg.headers = inner.headers if not msg.headers.get("subject") else msg.headers
                _walk(inner, msg, texts)
                return
            msg.original = inner.headers
            if not ct.endswith("headers"):
                msg.original_text = inner.body[:20000]
            elif not inner.headers:
                oh, _ = split_headers(inner.body.lstrip(), strict=False)
                msg.original = oh
        return
    if top or ct.startswith("text/"):
        disp = part.headers.get("content-disposition").lower()
        if "attachment" in disp and not top and len(texts) > 0:
            return
        if ct.startswith("text/") or top:
            if ct == "text/html" and texts:
                return  # alternative already read as plain text
            texts.append(part.text()[:1_000_000])


def _has_dsn(part: Part) -> bool:
    if part.ctype in _DSN_TYPES:
        return True
    return any(c.ctype in _DSN_TYPES for c in part.children)


def _payload_text(part: Part) -> str:
    s = decode_bytes(part.payload_bytes(), part.params.get("charset", ""))  # unlabelled 8-bit: guessed
    return s.replace("\r\n", "\n").replace("\r", "\n")
