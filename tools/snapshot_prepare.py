"""Run inside Pyodide just before the memory snapshot is taken (tools/make_snapshot.mjs).

Imports every pychecks module the pages use and warms them up, so the
browser restores them instead of importing.  tools/record_imports.mjs runs
this file too, so the trimmed standard library holds all it imports.
Part of the snapshot's hash (tools/prebuild.py).  Leaves only its helpers' names behind
(the instance of _LaterStdlib on sys.meta_path needs its class).
"""



def _module_names(files) -> set[str]:
    """The module names a zip directory's file names stand for (``xml/dom/__init__.py`` is ``xml.dom``)."""
    names = set()
    for path in files:
        path = path.replace("\\", "/")
        if path.endswith((".py", ".pyc")):
            names.add(path.rsplit(".", 1)[0].removesuffix("/__init__").replace("/", "."))
    return names


def _package_modules(folder: str, package: str) -> list[str]:
    """Every module of the package in ``folder`` (not pkgutil.walk_packages: pkgutil would stay in the snapshot)."""
    import os

    names = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        prefix = package if root == folder else package + "." + os.path.relpath(root, folder).replace(os.sep, ".")
        for f in sorted(files):
            if f.endswith(".py"):
                names.append(prefix if f == "__init__.py" else f"{prefix}.{f[:-3]}")
    return names


class _LaterStdlib:
    """The rest of the standard library, fetched the first time a module of it is imported.

    The browser restores the snapshot with a small zip (tools/stdlib_trim.py start()): most of what the
    snapshot does not hold (a rare codec, xml.dom, tarfile...) is imported by no page, and costs 0.2 MB
    on every first visit.  Only a name the full zip held reaches here (a name nobody has is refused at
    once, without a download).  The page's worker defines ``pychecksLaterStdlib()`` (a synchronous
    fetch of that zip's bytes); it is written over the small zip at the same path, a superset of it, so
    every module already imported from there still finds its files."""

    def __init__(self, zip_path: str, names: set[str]) -> None:
        # one string, not a set: a set's hash table is 16 KB of brotli in the snapshot, this is 3
        self.zip_path, self.names = zip_path, "\n" + "\n".join(sorted(names)) + "\n"

    def find_spec(self, name, path=None, target=None):
        if f"\n{name}\n" not in self.names:
            return None
        try:
            import js

            data = js.pychecksLaterStdlib().to_bytes()
        except Exception:  # no such function (a plain start, the build), offline: a plain ImportError
            return None
        import sys
        import zipimport
        from importlib.machinery import PathFinder

        with open(self.zip_path, "wb") as f:
            f.write(data)
        self.names, self.fetched_for = "", name  # (the tests ask which import needed it)
        zipimport._zip_directory_cache.clear()
        sys.path_importer_cache.clear()
        return PathFinder.find_spec(name, path, target)


def prepare() -> None:
    # Codecs a bounce may need, so the first analysis does not import them.
    # (the others come with the rest of the standard library when first needed: _LaterStdlib)
    codecs = ("iso2022_jp", "iso2022_jp_2", "shift_jis", "cp932", "euc_jp", "utf_7", "cp1252", "cp1251",
              "latin_1", "iso8859_15", "koi8_r", "gb18030", "big5", "euc_kr", "utf_16")
    modules = ("email.policy", "email.parser", "email.header", "json", "base64", "quopri")
    import gc
    import importlib
    import sys

    import pychecks
    import pychecks.api

    for name in _package_modules(pychecks.__path__[0], "pychecks"):
        if not name.endswith(("__main__", "cli", "fanout")):  # command-line only
            importlib.import_module(name)
    import codecs as _codecs

    from pychecks.bounce.message import OWN_CODECS

    for name in codecs:
        importlib.import_module("encodings." + name)
    for name in OWN_CODECS:
        _codecs.lookup(name)
    for name in modules:
        importlib.import_module(name)
    pychecks.api.warm_up_all()
    from pychecks.bounce import phrases

    phrases.forget_analysis()
    # Modules only the warm-up used (the advice texts' TOML parser): imported again, from the rest of the
    # standard library, if ever needed (_LaterStdlib, installed below, knows them once they are gone)
    for name in [m for m in sys.modules if m == "tomllib" or m.startswith("tomllib.")]:
        del sys.modules[name]
    # The browser restores this snapshot with a smaller zip at the same path (only the modules not
    # imported here, tools/stdlib_trim.py rest()): zipimport must not keep the directory it read
    # from the full one, or it would read files at the old offsets.
    import zipimport

    # (not importlib.invalidate_caches(): it imports importlib.metadata, 0.1 MB no page uses; the two
    # caches below are all that refer to the zip, and clearing sys.path_importer_cache drops the rest)
    zip_path = next(p for p in sys.path if p.endswith(".zip"))
    later = _module_names(zipimport._read_directory(zip_path)) - set(sys.modules)
    zipimport._zip_directory_cache.clear()
    sys.path_importer_cache.clear()
    sys.meta_path.append(_LaterStdlib(zip_path, later))
    # Free what start-up left behind, so the snapshot holds less live memory.
    gc.collect()


prepare()
del prepare
