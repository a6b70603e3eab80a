#!/usr/bin/env python3
"""Generates the classifier's labelled corpus by really running broken snippets.

For each runner (pytest, python -m unittest, tsc, vitest, node --test) it writes many small projects -- one
source module and one test per snippet, each broken in a way one healing strategy handles -- into a single
batch folder, runs the pinned runner over the whole batch several times, parses every output with
`maestro-heal parse --runner R`, maps each parsed Failure back to its snippet by the snippet's id, and writes one
JSON line per snippet to core/data/failures.jsonl:

    {"id", "strategy", "language", "runner", "split", "flipped", "reruns", "passes", "changed", "failure"}

`failure` is the Failure JSON exactly as the parser produced it; nothing in it is typed by hand (the snippet
code is generated, the messages come from the runners). `flipped` is true when the snippet failed in one run
and passed in another (the "re-run flipped" signal); `changed` is the side the generator edited to break the
project ("test" or "code"), or "unknown" for a share of snippets, standing in for git's "which side changed
last". `split` is a held-out assignment stratified by (strategy, language) with a fixed seed.

Usage (from the repo root, after `bash scripts/tools.sh`):
    python3 scripts/gen_failures.py [--per-class 70] [--seed 7] [--out core/data/failures.jsonl]
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.path.join(ROOT, ".tools")

NOUNS = ["cart", "invoice", "order", "ledger", "ticket", "route", "member", "shipment", "account", "coupon",
         "report", "booking", "sensor", "reading", "payment", "course", "grade", "recipe", "stock", "parcel",
         "tariff", "budget", "session", "playlist", "vehicle", "claim", "loan", "badge", "station", "forecast"]
VERBS = ["total", "count", "summarize", "normalize", "score", "price", "rank", "merge", "split", "format",
         "convert", "estimate", "collect", "filter", "resolve", "validate", "render", "compute", "group", "tally"]
SUFFIX = ["", "_for", "_all", "_of", "_by_day", "_items", "_value", "_net", "_safe", "_v2"]
PKGS = ["helpers", "utils", "common", "shared", "tools", "lib", "core", "domain", "model", "service"]
ENV = ["API_TOKEN", "DATABASE_URL", "SERVICE_REGION", "PAYMENTS_KEY", "CACHE_DIR", "REPORT_BUCKET", "SMTP_HOST",
       "FEATURE_FLAGS", "APP_LOCALE", "QUEUE_NAME"]
STDLIB_PY = [("json", "json.dumps({'a': 1})"), ("math", "math.floor(2.5)"), ("os", "os.getcwd()"),
             ("re", "re.sub('a', 'b', 'aa')"), ("datetime", "datetime.date(2024, 1, 1)"),
             ("collections", "collections.Counter('aab')"), ("decimal", "decimal.Decimal('1.5')"),
             ("statistics", "statistics.mean([1, 2, 3])"), ("itertools", "list(itertools.chain([1], [2]))"),
             ("textwrap", "textwrap.dedent('  a')")]
NODE_BUILTINS = [("readFileSync", "node:fs", "readFileSync"), ("join", "node:path", "join"),
                 ("basename", "node:path", "basename"), ("createHash", "node:crypto", "createHash"),
                 ("randomUUID", "node:crypto", "randomUUID"), ("EventEmitter", "node:events", "EventEmitter"),
                 ("setTimeout", "node:timers/promises", "setTimeout")]


def camel(s):
    parts = s.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


class Names:
    def __init__(self, r, sid):
        self.r = r
        self.sid = sid
        self.noun = r.choice(NOUNS)
        self.noun2 = r.choice([n for n in NOUNS if n != self.noun])
        self.fn = r.choice(VERBS) + "_" + self.noun + r.choice(SUFFIX)
        self.fn2 = r.choice(VERBS) + "_" + self.noun2 + r.choice(SUFFIX)
        self.cls = self.noun[:1].upper() + self.noun[1:] + r.choice(["", "Book", "Store", "Service", "Registry"])
        self.meth = r.choice(VERBS) + r.choice(["", "_item", "_line", "_entry", "_all"])
        self.meth2 = r.choice([v for v in VERBS if not self.meth.startswith(v)]) + r.choice(["", "_item", "_one"])
        self.field = r.choice(["amount", "quantity", "label", "weight", "rate", "status", "owner", "code"])
        self.field2 = r.choice(["value", "size", "title", "price", "level", "kind", "holder", "key"])
        self.pkg = r.choice(PKGS)
        self.env = r.choice(ENV)
        self.a = r.randint(2, 40)
        self.b = r.randint(2, 40)
        self.c = r.randint(41, 90)
        self.word = r.choice(NOUNS)
        self.word2 = r.choice(NOUNS)


# ----------------------------------------------------------------------------------------------------- Python


def py_snippet(r, sid, cls, style):
    """Files for one Python snippet: {relpath: text}, the side edited to break it, and a variant tag."""
    n = Names(r, sid)
    mod = f"m_{sid}"
    tfile = f"test_{sid}.py"
    tname = f"test_{n.fn}_{sid}"
    good_src = (f'"""{n.noun.title()} helpers."""\n\n\ndef {n.fn}(values, factor={n.a}):\n'
                f'    """Sum of values times a factor."""\n    return sum(values) * factor\n\n\n'
                f'class {n.cls}:\n    def __init__(self):\n        self.items = []\n\n'
                f'    def {n.meth}(self, item, qty=1):\n        self.items.extend([item] * qty)\n'
                f'        return len(self.items)\n')
    call = f"{mod}.{n.fn}([{n.a}, {n.b}])"
    want = (n.a + n.b) * n.a

    def test(body, imports="", extra_top=""):
        if style == "pytest":
            return f"{imports}import {mod}\n{extra_top}\n\ndef {tname}():\n{body}"
        body = re.sub(r"^    ", "        ", body, flags=re.M)
        body = re.sub(r"^(\s*)assert (.*) == (.*)$", r"\1self.assertEqual(\2, \3)", body, flags=re.M)
        return (f"{imports}import unittest\nimport {mod}\n{extra_top}\n\nclass {n.cls}Test(unittest.TestCase):\n"
                f"    def {tname}(self):\n{body}")

    files = {mod + ".py": good_src}
    side = "test"
    v = ""
    if cls == "syntax_repair":
        v = r.choice(["colon", "paren", "comma", "string", "indent", "bracket", "src_colon", "brace", "eq"])
        if v == "colon":
            files[tfile] = test(f"    result = {call}\n    if result > 0\n        assert result == {want}\n")
        elif v == "paren":
            files[tfile] = test(f"    result = {mod}.{n.fn}([{n.a}, {n.b}]\n    assert result == {want}\n")
        elif v == "comma":
            files[tfile] = test(f"    values = [{n.a} {n.b}, {n.c}]\n    assert {mod}.{n.fn}(values) > 0\n")
        elif v == "string":
            files[tfile] = test(f"    label = '{n.word} total\n    assert label\n")
        elif v == "indent":
            files[tfile] = test(f"    result = {call}\n      assert result == {want}\n")
        elif v == "bracket":
            files[tfile] = test(f"    rows = [[{n.a}, {n.b}], [{n.c}]\n    assert len(rows) == 2\n")
        elif v == "brace":
            files[tfile] = test(f"    cfg = {{'{n.field}': {n.a}, '{n.field2}': {n.b}\n    assert cfg\n")
        elif v == "eq":
            files[tfile] = test(f"    result = {call}\n    assert result = {want}\n")
        else:
            side = "code"
            files[mod + ".py"] = good_src.replace(f"def {n.fn}(values, factor={n.a}):",
                                                  f"def {n.fn}(values, factor={n.a})")
            files[tfile] = test(f"    assert {call} == {want}\n")
    elif cls == "dependency_fix":
        v = r.choice(["moved", "missing_std", "missing_std", "from_moved", "pkg_missing", "relative"])
        if v == "moved":
            side = "code"
            files.pop(mod + ".py")
            files[f"{n.pkg}_{sid}/__init__.py"] = ""
            files[f"{n.pkg}_{sid}/{mod}.py"] = good_src
            files[tfile] = test(f"    assert {call} == {want}\n")
        elif v == "from_moved":
            side = "code"
            files.pop(mod + ".py")
            files[f"{n.pkg}_{sid}.py"] = good_src
            body = f"    assert {n.fn}([{n.a}, {n.b}]) == {want}\n"
            files[tfile] = test(body, imports=f"from {mod} import {n.fn}\n").replace(f"import {mod}\n", "", 1) \
                if style == "pytest" else test(body, imports=f"from {mod} import {n.fn}\n")
        elif v == "missing_std":
            name, expr = r.choice(STDLIB_PY)
            files[tfile] = test(f"    value = {expr}\n    assert value is not None\n    assert {call} == {want}\n")
        elif v == "pkg_missing":
            side = "code"
            files[mod + ".py"] = f"from {n.pkg}_{sid}_compat import legacy_{n.fn}\n\n" + good_src
            files[tfile] = test(f"    assert {call} == {want}\n")
        else:
            files[tfile] = test(f"    assert {n.fn}([{n.a}, {n.b}]) == {want}\n",
                                imports=f"from .{mod} import {n.fn}\n")
    elif cls == "api_adaptation":
        side = "code"
        v = r.choice(["renamed_fn", "renamed_meth", "kwarg", "missing_arg", "too_many", "import_name", "attr"])
        if v == "renamed_fn":
            files[mod + ".py"] = good_src.replace(f"def {n.fn}(", f"def {n.fn2}(")
            files[tfile] = test(f"    assert {call} == {want}\n")
        elif v == "renamed_meth":
            files[mod + ".py"] = good_src.replace(f"def {n.meth}(", f"def {n.meth2}(")
            files[tfile] = test(f"    box = {mod}.{n.cls}()\n    assert box.{n.meth}('{n.word}', qty=2) == 2\n")
        elif v == "kwarg":
            files[mod + ".py"] = good_src.replace("factor=", "multiplier=").replace("* factor", "* multiplier")
            files[tfile] = test(f"    assert {mod}.{n.fn}([{n.a}, {n.b}], factor={n.a}) == {want}\n")
        elif v == "missing_arg":
            files[mod + ".py"] = good_src.replace(f"(values, factor={n.a})", f"(values, factor, {n.field})")
            files[tfile] = test(f"    assert {mod}.{n.fn}([{n.a}, {n.b}], {n.a}) == {want}\n")
        elif v == "too_many":
            files[mod + ".py"] = good_src.replace(f"(values, factor={n.a})", "(values)").replace(
                "* factor", f"* {n.a}")
            files[tfile] = test(f"    assert {mod}.{n.fn}([{n.a}, {n.b}], {n.a}) == {want}\n")
        elif v == "import_name":
            files[mod + ".py"] = good_src.replace(f"def {n.fn}(", f"def {n.fn2}(")
            files[tfile] = test(f"    assert {n.fn}([{n.a}, {n.b}]) == {want}\n", imports=f"from {mod} import {n.fn}\n")
        else:
            files[mod + ".py"] = good_src.replace("self.items = []", f"self.{n.field2} = []").replace(
                "self.items.extend", f"self.{n.field2}.extend").replace("len(self.items)", f"len(self.{n.field2})")
            files[tfile] = test(f"    box = {mod}.{n.cls}()\n    box.{n.meth}('{n.word}')\n"
                                f"    assert box.items == ['{n.word}']\n")
    elif cls == "assertion_update":
        side = "code"
        v = r.choice(["int", "str", "list", "dict", "float", "method", "order", "test_edit", "lost_return"])
        if v == "lost_return":
            # A code change that lost a return: the value is None now. Still an assertion mismatch after a code
            # change, and one the healer must refuse to write into the test.
            files[mod + ".py"] = good_src + (f"\n\ndef {n.fn2}(x):\n    result = x * {n.a}\n"
                                             f"    if result > {n.c * 100}:\n        return result\n")
            files[tfile] = test(f"    assert {mod}.{n.fn2}({n.b}) == {n.b * n.a}\n")
        elif v == "test_edit":
            # The test was edited last, with a wrong expected value: the failure is still an assertion
            # mismatch, but git says the test side changed (the healer must not "fix" the code's answer in).
            side = "test"
            files[tfile] = test(f"    assert {call} == {want + r.choice([1, -1, 10])}\n")
        elif v == "order":
            # The code now returns the same items in another order on purpose (a new sort key, a new name
            # format): a reordering after a code change, which the expected value should follow.
            words = sorted({n.word, n.word2, n.noun, n.noun2})
            if r.random() < 0.5 or len(words) < 3:
                files[mod + ".py"] = good_src + (f"\n\ndef rank_{n.noun}(names):\n"
                                                 f"    return sorted(names, key=lambda s: (-len(s), s))\n")
                files[tfile] = test(f"    assert {mod}.rank_{n.noun}({words!r}) == {words!r}\n")
            else:
                first, last = n.word.title(), n.word2.title() + "son"
                files[mod + ".py"] = good_src + (f"\n\ndef display_{n.noun}(first, last):\n"
                                                 f"    return f'{{last}}, {{first}}'\n")
                files[tfile] = test(f"    assert {mod}.display_{n.noun}('{first}', '{last}') == '{first} {last}'\n")
        elif v == "int":
            files[mod + ".py"] = good_src.replace("return sum(values) * factor", "return sum(values) * factor + 1")
            files[tfile] = test(f"    assert {call} == {want}\n")
        elif v == "str":
            files[mod + ".py"] = good_src + (f"\n\ndef label_{n.noun}(name):\n    return '{n.word2}: ' + name.upper()\n")
            files[tfile] = test(f"    assert {mod}.label_{n.noun}('{n.word}') == '{n.word2} - {n.word.upper()}'\n")
        elif v == "list":
            files[mod + ".py"] = good_src + (f"\n\ndef {n.fn2}(n):\n    return [i * {n.a} for i in range(n + 1)]\n")
            files[tfile] = test(f"    assert {mod}.{n.fn2}(3) == {[i * n.a for i in range(3)]}\n")
        elif v == "dict":
            files[mod + ".py"] = good_src + (f"\n\ndef {n.fn2}(x):\n    return {{'{n.field}': x, '{n.field2}': x * 2}}\n")
            files[tfile] = test(f"    assert {mod}.{n.fn2}({n.a}) == {{'{n.field}': {n.a}}}\n")
        elif v == "float":
            files[mod + ".py"] = good_src + (f"\n\ndef {n.fn2}(x):\n    return round(x * 1.{n.b}, 2)\n")
            files[tfile] = test(f"    assert {mod}.{n.fn2}({n.a}) == {round(n.a * 1.1, 2)}\n")
        else:
            files[tfile] = test(f"    box = {mod}.{n.cls}()\n    assert box.{n.meth}('{n.word}', qty=3) == 2\n")
    elif cls == "environment_healing":
        v = r.choice(["relpath", "env", "env_get", "tmpfixed", "home", "cwd_data", "tz"])
        if v == "tz":
            # Local time where UTC was meant: the batch runs under TZ=Asia/Tokyo (see env_for_tools).
            side = "code"
            hour = r.randint(0, 12)
            files[mod + ".py"] = good_src + (f"\n\nimport datetime\n\n\ndef slot_{n.noun}(ts, hours):\n"
                                             f"    start = datetime.datetime.fromtimestamp(ts)\n"
                                             f"    end = start + datetime.timedelta(hours=hours)\n"
                                             f"    return start.strftime('%a %d %b %H:%M') + '-' + end.strftime('%H:%M')\n")
            files[tfile] = test(f"    assert {mod}.slot_{n.noun}({1709510400 + hour * 3600}, 8) == "
                                f"'Mon 04 Mar {hour:02d}:00-{hour + 8:02d}:00'\n")
        elif v in ("relpath", "cwd_data"):
            side = "test"
            files[f"fixtures_{sid}/{n.noun}.json"] = json.dumps({n.field: n.a})
            p = f"fixtures/{n.noun}.json" if v == "relpath" else f"data/{n.noun}_{sid}.json"
            files[tfile] = test(f"    with open('{p}') as fh:\n        data = json.load(fh)\n"
                                f"    assert data['{n.field}'] == {n.a}\n", imports="import json\n")
        elif v == "env":
            side = "code"
            files[mod + ".py"] = good_src + (f"\n\nimport os\n\n\ndef settings_{n.noun}():\n"
                                             f"    return {{'{n.field}': os.environ['{n.env}_{sid.upper()}']}}\n")
            files[tfile] = test(f"    assert settings_{n.noun}()['{n.field}']\n",
                                imports=f"from {mod} import settings_{n.noun}\n")
        elif v == "env_get":
            side = "code"
            files[mod + ".py"] = good_src + (f"\n\nimport os\n\n\ndef endpoint_{n.noun}():\n"
                                             f"    return os.getenv('{n.env}_{sid.upper()}').rstrip('/')\n")
            files[tfile] = test(f"    assert endpoint_{n.noun}().startswith('http')\n",
                                imports=f"from {mod} import endpoint_{n.noun}\n")
        elif v == "tmpfixed":
            files[tfile] = test(f"    path = '/tmp/{n.pkg}_{sid}/out/{n.noun}.csv'\n"
                                f"    with open(path, 'w') as fh:\n        fh.write('{n.field},{n.a}')\n"
                                f"    assert os.path.exists(path)\n", imports="import os\n")
        else:
            files[tfile] = test(f"    cfg = os.path.join(os.environ['{n.pkg.upper()}_HOME_{sid.upper()}'], "
                                f"'{n.noun}.ini')\n    assert cfg.endswith('.ini')\n", imports="import os\n")
    elif cls == "timing_adjustment":
        side = r.choice(["test", "code"])
        vs = ["wait_for", "join", "future", "queue", "deadline", "missing_await", "missing_await_sub", "poll",
              "task_sleep", "no_join"] + (["pt_timeout"] * 2 if style == "pytest" else [])
        v = r.choice(vs)
        work = f"0.{r.randint(3, 6)}"
        if v in ("missing_await", "missing_await_sub"):
            # An async API called without `await`: the test sees a coroutine object, not the value.
            files[mod + ".py"] = good_src + (f"\n\nimport asyncio\n\n\nasync def fetch_{n.noun}(values):\n"
                                             f"    await asyncio.sleep(0)\n    return [v * {n.a} for v in values]\n")
            got = f"{mod}.fetch_{n.noun}([{n.a}, {n.b}])"
            check = (f"        assert rows == {[n.a * n.a, n.b * n.a]}\n" if v == "missing_await"
                     else f"        assert rows[0] == {n.a * n.a}\n")
            files[tfile] = test(f"    async def scenario():\n        rows = {got}\n{check}"
                                f"    asyncio.run(scenario())\n", imports="import asyncio\n")
        elif v == "poll":
            # Background work checked after a fixed short sleep instead of polling until done.
            files[mod + ".py"] = good_src + (
                f"\n\nimport threading\nimport time\n\n\nclass {n.cls}Worker:\n    def __init__(self):\n"
                f"        self.done = []\n\n    def submit(self, name):\n        def run():\n"
                f"            time.sleep(0.{r.randint(1, 3)})\n            self.done.append(name)\n"
                f"        threading.Thread(target=run, daemon=True).start()\n")
            files[tfile] = test(f"    worker = {mod}.{n.cls}Worker()\n    worker.submit('{n.word}')\n"
                                f"    time.sleep(0.00{r.randint(1, 5)})\n    assert worker.done == ['{n.word}']\n",
                                imports="import time\n")
        elif v == "task_sleep":
            files[mod + ".py"] = good_src + (
                f"\n\nimport asyncio\n\n\nasync def rebuild_{n.noun}(store):\n"
                f"    await asyncio.sleep(0.{r.randint(1, 3)})\n    store.append('{n.word}')\n")
            files[tfile] = test(f"    store = []\n\n    async def scenario():\n"
                                f"        task = asyncio.create_task({mod}.rebuild_{n.noun}(store))\n"
                                f"        await asyncio.sleep(0.00{r.randint(1, 5)})\n"
                                f"        assert store == ['{n.word}']\n        await task\n"
                                f"    asyncio.run(scenario())\n", imports="import asyncio\n")
        elif v == "no_join":
            files[tfile] = test(f"    results = []\n    worker = threading.Thread(target=lambda: (time.sleep({work}), "
                                f"results.append({call})))\n    worker.start()\n    assert results == [{want}]\n",
                                imports="import threading\nimport time\n")
        elif v == "pt_timeout":
            files[tfile] = test(f"    time.sleep({work})\n    assert {call} == {want}\n", imports="import time\n",
                                extra_top="import pytest\n").replace(
                f"\ndef {tname}", f"\n@pytest.mark.timeout(0.{r.randint(1, 2)})\ndef {tname}")
        elif v == "wait_for":
            files[tfile] = test(f"    async def fetch():\n        await asyncio.sleep({work})\n        return {call}\n"
                                f"    result = asyncio.run(asyncio.wait_for(fetch(), timeout=0.0{r.randint(1, 5)}))\n"
                                f"    assert result == {want}\n", imports="import asyncio\n")
        elif v == "join":
            files[tfile] = test(f"    worker = threading.Thread(target=time.sleep, args=({work},))\n"
                                f"    worker.start()\n    worker.join(timeout=0.0{r.randint(1, 5)})\n"
                                f"    assert not worker.is_alive()\n", imports="import threading\nimport time\n")
        elif v == "future":
            files[tfile] = test(f"    pool = concurrent.futures.ThreadPoolExecutor(1)\n"
                                f"    fut = pool.submit(lambda: (time.sleep({work}), {call})[1])\n"
                                f"    assert fut.result(timeout=0.0{r.randint(1, 5)}) == {want}\n",
                                imports="import concurrent.futures\nimport time\n")
        elif v == "queue":
            files[tfile] = test(f"    q = queue.Queue()\n    threading.Timer({work}, q.put, args=({n.a},)).start()\n"
                                f"    assert q.get(timeout=0.0{r.randint(1, 5)}) == {n.a}\n",
                                imports="import queue\nimport threading\n")
        else:
            files[tfile] = test(f"    start = time.monotonic()\n    time.sleep({work})\n"
                                f"    elapsed = time.monotonic() - start\n    assert elapsed < 0.{r.randint(1, 2)}\n",
                                imports="import time\n")
    elif cls == "flaky_stabilization":
        side = "unknown"
        v = r.choice(["choice", "set_order", "random", "micro", "shuffle", "float_sum", "float_mul", "leak",
                      "sample", "second", "stamp", "arrival"])
        if v in ("float_sum", "float_mul"):
            # Exact equality on binary floating point: fails the same way every run, fixed by a tolerance.
            files[mod + ".py"] = good_src + f"\n\ndef fees_{n.noun}(values):\n    return sum(values)\n"
            vals, total = r.choice([("[0.1, 0.2]", "0.3"), ("[0.1, 0.7]", "0.8"), ("[1.1, 2.2]", "3.3"),
                                    ("[0.3, 0.6]", "0.9"), ("[0.7, 0.1]", "0.8")])
            if v == "float_sum":
                files[tfile] = test(f"    assert {mod}.fees_{n.noun}({vals}) == {total}\n")
            else:
                k = r.choice([3, 3, 8])
                files[tfile] = test(f"    assert round({mod}.fees_{n.noun}([0.1] * {k}), 20) == {k / 10}\n")
        elif v == "leak":
            # Module state one test leaves behind for the next: fails in the suite, passes alone.
            files[mod + ".py"] = good_src + (f"\n\nEVENTS = []\n\n\ndef record_{n.noun}(name):\n"
                                             f"    EVENTS.append(name)\n    return len(EVENTS)\n")
            first = f"test_a_{n.noun}_{sid}"
            second = f"test_b_{n.noun}_{sid}"
            if style == "pytest":
                files[tfile] = (f"import {mod}\n\n\ndef {first}():\n    assert {mod}.record_{n.noun}('{n.word}') >= 1\n"
                                f"\n\ndef {second}():\n    assert {mod}.record_{n.noun}('{n.word2}') == 1\n")
            else:
                files[tfile] = (f"import unittest\nimport {mod}\n\n\nclass {n.cls}Test(unittest.TestCase):\n"
                                f"    def {first}(self):\n        self.assertGreaterEqual({mod}.record_{n.noun}('{n.word}'), 1)\n\n"
                                f"    def {second}(self):\n        self.assertEqual({mod}.record_{n.noun}('{n.word2}'), 1)\n")
        elif v == "stamp":
            files[mod + ".py"] = good_src + (f"\n\nimport time\n\n\ndef created_{n.noun}():\n"
                                             f"    time.sleep(0.00{r.randint(2, 5)})\n    return int(time.time() * 1000)\n")
            files[tfile] = test(f"    assert {mod}.created_{n.noun}() == int(time.time() * 1000)\n", imports="import time\n")
        elif v == "arrival":
            files[tfile] = test(f"    seen = []\n    workers = [threading.Thread(target=lambda v=v: (time.sleep(random.random() / 50), "
                                f"seen.append(v))) for v in ({n.a}, {n.b}, {n.c})]\n    for w in workers:\n        w.start()\n"
                                f"    for w in workers:\n        w.join()\n    assert seen == [{n.a}, {n.b}, {n.c}]\n",
                                imports="import random\nimport threading\nimport time\n")
        elif v == "sample":
            files[tfile] = test(f"    picked = random.sample(range({n.c}), 2)\n    assert picked[0] < picked[1]\n",
                                imports="import random\n")
        elif v == "second":
            files[tfile] = test(f"    stamp = time.time()\n    assert int(stamp * 1000) % 2 == 0\n", imports="import time\n")
        elif v == "choice":
            files[tfile] = test(f"    picked = random.choice(['{n.word}', '{n.word2}x'])\n"
                                f"    assert picked == '{n.word}'\n", imports="import random\n")
        elif v == "set_order":
            # Half compare one element, half the whole list: set iteration order changes with the hash seed.
            check = (f"    assert tags[0] == '{n.word}'\n" if r.random() < 0.5
                     else f"    assert tags == ['{n.word}', '{n.word2}z', '{n.field}']\n")
            files[tfile] = test(f"    tags = list({{'{n.word}', '{n.word2}z', '{n.field}'}})\n" + check)
        elif v == "random":
            files[tfile] = test(f"    jitter = random.random()\n    assert jitter < 0.5\n", imports="import random\n")
        elif v == "micro":
            files[tfile] = test(f"    stamp = datetime.datetime.now().microsecond\n    assert stamp % 2 == 0\n",
                                imports="import datetime\n")
        else:
            files[tfile] = test(f"    rows = [{n.a}, {n.b}, {n.c}]\n    random.shuffle(rows)\n" +
                                (f"    assert rows[0] < rows[1]\n" if r.random() < 0.5
                                 else f"    assert rows == [{n.a}, {n.b}, {n.c}]\n"),
                                imports="import random\n")
    return files, side, v


# ------------------------------------------------------------------------------------------------ TypeScript / JS


def ts_snippet(r, sid, cls, runner):
    """Files for one TS (tsc, vitest) or JS (node --test) snippet."""
    n = Names(r, sid)
    js = runner == "node_test"
    ext = ".mjs" if js else ".ts"
    mod = f"m_{sid}"
    imp_ext = ".mjs" if js else ""
    fn, fn2 = camel(n.fn), camel(n.fn2)
    meth, meth2 = camel(n.meth), camel(n.meth2)
    T = (lambda s: re.sub(r": (number\[\]|string\[\]|number|string)", "", s)) if js else (lambda s: s)
    good_src = T(f"/** {n.noun} helpers */\nexport function {fn}(values: number[], factor: number = {n.a}): number {{\n"
                 f"  return values.reduce((a, b) => a + b, 0) * factor;\n}}\n\n"
                 f"export class {n.cls} {{\n  items: string[] = [];\n"
                 f"  {meth}(item: string, qty: number = 1): number {{\n"
                 f"    for (let i = 0; i < qty; i++) this.items.push(item);\n    return this.items.length;\n  }}\n}}\n")
    if js:
        good_src = good_src.replace("  items = [];\n", "  constructor() { this.items = []; }\n")
        assert "items = []" not in good_src.replace("this.items = []", "")
    want = (n.a + n.b) * n.a
    call = f"{fn}([{n.a}, {n.b}])"
    title = f"{n.word} {n.verb if hasattr(n, 'verb') else 'works'} {sid}"
    tfile = f"{sid}.test{ext}" if runner != "tsc" else f"{sid}.check.ts"

    def test(body, imports="", names=None, timeout=None):
        names = names or [fn, n.cls]
        head = f"import {{ {', '.join(names)} }} from './{mod}{imp_ext}';\n{imports}"
        if runner == "vitest":
            head = "import { test, expect } from 'vitest';\n" + head
            tail = f", {timeout}" if timeout else ""
            return f"{head}\ntest('{title}', async () => {{\n{body}}}{tail});\n"
        if runner == "node_test":
            head = "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n" + head
            opt = f"{{ timeout: {timeout} }}, " if timeout else ""
            return f"{head}\ntest('{title}', {opt}async () => {{\n{body}}});\n"
        return f"{head}\nexport function check_{sid}(): number {{\n{body}  return 0;\n}}\n"

    def eq(actual, expected):
        if runner == "vitest":
            return f"  expect({actual}).toEqual({expected});\n"
        if runner == "node_test":
            return f"  assert.deepEqual({actual}, {expected});\n"
        return f"  const got: number = {actual};\n  if (got !== {expected}) throw new Error('mismatch');\n"

    files = {mod + ext: good_src}
    side = "test"
    v = ""
    if cls == "syntax_repair":
        v = r.choice(["paren", "brace", "comma", "string", "src", "arrow", "semi"])
        if v == "paren":
            files[tfile] = test(f"  const total = {fn}([{n.a}, {n.b}];\n" + eq("total", want))
        elif v == "brace":
            files[tfile] = test(f"  if ({call} > 0) {{\n" + eq(call, want)).replace("});\n", "});\n", 1)
            files[tfile] = files[tfile].rstrip("\n").rsplit("\n", 1)[0] + "\n" if runner != "tsc" else \
                files[tfile].replace("  return 0;\n}\n", "  return 0;\n")
        elif v == "comma":
            files[tfile] = test(f"  const values = [{n.a} {n.b}, {n.c}];\n" + eq(f"{fn}(values) > 0", "true"))
        elif v == "string":
            files[tfile] = test(f"  const label = '{n.word} total;\n" + eq("label.length > 0", "true"))
        elif v == "arrow":
            files[tfile] = test(f"  const twice = (x) => {{ return x * 2;\n" + eq(call, want))
        elif v == "semi":
            files[tfile] = test(f"  const cfg = {{ {n.field}: {n.a} {n.field2}: {n.b} }};\n" + eq(call, want))
        else:
            side = "code"
            files[mod + ext] = good_src.replace(f"* factor;\n}}", "* factor;\n", 1)
            files[tfile] = test(eq(call, want))
    elif cls == "dependency_fix":
        v = r.choice(["moved", "missing_builtin", "missing_builtin", "wrong_ext" if js else "moved", "pkg"])
        if v == "moved":
            side = "code"
            files.pop(mod + ext)
            files[f"{n.pkg}/{mod}{ext}"] = good_src
            files[tfile] = test(eq(call, want))
        elif v == "wrong_ext":
            files[tfile] = test(eq(call, want)).replace(f"./{mod}.mjs", f"./{mod}.js")
        elif v == "pkg":
            side = "code"
            files[tfile] = test(eq(call, want), imports=f"import {{ legacy }} from '{n.pkg}-{n.noun}-compat';\n")
        else:
            local, module, name = r.choice(NODE_BUILTINS)
            use = {"readFileSync": f"typeof readFileSync", "join": "join('a', 'b')", "basename": "basename('/a/b')",
                   "createHash": "createHash('sha1').update('x').digest('hex')", "randomUUID": "randomUUID()",
                   "EventEmitter": "new EventEmitter()", "setTimeout": "typeof setTimeout"}[local]
            if local == "setTimeout":
                use = "typeof structuredClone"
                files[tfile] = test(f"  const h = {r.choice(['createHash', 'randomUUID'])}.name;\n" + eq(call, want))
            else:
                files[tfile] = test(f"  const probe = {use};\n" + eq(call, want))
    elif cls == "api_adaptation":
        side = "code"
        v = r.choice(["renamed_fn", "renamed_meth", "arity", "prop", "arg_type" if not js else "renamed_fn"])
        if v == "renamed_fn":
            files[mod + ext] = good_src.replace(f"function {fn}(", f"function {fn2}(")
            files[tfile] = test(eq(call, want))
        elif v == "renamed_meth":
            files[mod + ext] = good_src.replace(f"  {meth}(", f"  {meth2}(")
            files[tfile] = test(f"  const box = new {n.cls}();\n" + eq(f"box.{meth}('{n.word}', 2)", 2))
        elif v == "arity":
            if js:
                files[mod + ext] = good_src.replace("(values, factor = ", "(options, factor = ").replace(
                    "return values.reduce", "return options.values.reduce")
            else:
                files[mod + ext] = good_src.replace(f"factor: number = {n.a})", f"factor: number, {n.field}: string)")
            files[tfile] = test(eq(f"{fn}([{n.a}, {n.b}])", want))
        elif v == "prop":
            src = good_src.replace("items", n.field2)
            files[mod + ext] = src
            files[tfile] = test(f"  const box = new {n.cls}();\n  box.{meth}('{n.word}');\n"
                                + eq("box.items.length", 1))
        else:
            files[tfile] = test(eq(f"{fn}(['{n.a}', '{n.b}'])", want))
    elif cls == "assertion_update":
        side = "code"
        v = r.choice(["int", "str", "list", "obj", "order", "test_edit", "lost_return"])
        if v == "lost_return":
            # A code change that lost a return (see the Python twin): undefined now.
            files[mod + ext] = good_src + T(f"\nexport function {fn2}(x: number): number {{\n  const result = x * {n.a};\n"
                                            f"  if (result > {n.c * 100}) return result;\n}}\n")
            files[tfile] = test(eq(f"{fn2}({n.b})", n.b * n.a), names=[fn2])
        elif v == "test_edit":
            # The test was edited last, with a wrong expected value (see the Python twin).
            side = "test"
            files[tfile] = test(eq(call, want + r.choice([1, -1, 10])))
        elif v == "order":
            # A reordering after an intended code change (see the Python twin).
            words = sorted({n.word, n.word2, n.noun, n.noun2})
            if r.random() < 0.5 or len(words) < 3:
                files[mod + ext] = good_src + T(f"\nexport function rank{n.cls}(names: string[]): string[] {{\n"
                                                f"  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));\n}}\n")
                files[tfile] = test(eq(f"rank{n.cls}({words!r})", repr(words)), names=[f"rank{n.cls}"])
            else:
                first, last = n.word.title(), n.word2.title() + "son"
                files[mod + ext] = good_src + T(f"\nexport function display{n.cls}(first: string, last: string): string {{\n"
                                                f"  return `${{last}}, ${{first}}`;\n}}\n")
                files[tfile] = test(eq(f"display{n.cls}('{first}', '{last}')", f"'{first} {last}'"),
                                    names=[f"display{n.cls}"])
        elif v == "int":
            files[mod + ext] = good_src.replace("* factor;", "* factor + 1;")
            files[tfile] = test(eq(call, want))
        elif v == "str":
            files[mod + ext] = good_src + T(f"\nexport function label{n.cls}(name: string): string {{\n"
                                            f"  return '{n.word2}: ' + name.toUpperCase();\n}}\n")
            files[tfile] = test(eq(f"label{n.cls}('{n.word}')", f"'{n.word2} - {n.word.upper()}'"),
                                names=[f"label{n.cls}"])
        elif v == "list":
            files[mod + ext] = good_src + T(f"\nexport function {fn2}(k: number): number[] {{\n"
                                            f"  return Array.from({{ length: k + 1 }}, (_, i) => i * {n.a});\n}}\n")
            files[tfile] = test(eq(f"{fn2}(3)", str([i * n.a for i in range(3)])), names=[fn2])
        else:
            files[mod + ext] = good_src + T(f"\nexport function {fn2}(x: number) {{\n"
                                            f"  return {{ {n.field}: x, {n.field2}: x * 2 }};\n}}\n")
            files[tfile] = test(eq(f"{fn2}({n.a})", f"{{ {n.field}: {n.a} }}"), names=[fn2])
    elif cls == "environment_healing":
        v = r.choice(["relpath", "env", "env_default", "tmpfixed", "tz"])
        fs = "import { readFileSync, writeFileSync } from 'node:fs';\n"
        if v == "tz":
            # Local time where UTC was meant: the batch runs under TZ=Asia/Tokyo (see env_for_tools).
            side = "code"
            hour = r.randint(0, 12)
            files[mod + ext] = good_src + T(
                f"\nexport function departure{n.cls}(ts: number, label: string): string {{\n"
                f"  const d = new Date(ts);\n  const hh = String(d.getHours()).padStart(2, '0');\n"
                f"  const mm = String(d.getMinutes()).padStart(2, '0');\n  return `${{hh}}:${{mm}} ${{label}}`;\n}}\n")
            files[tfile] = test(eq(f"departure{n.cls}({(1709510400 + hour * 3600) * 1000}, '{n.word}')",
                                   f"'{hour:02d}:05 {n.word}'".replace(":05", ":00")), names=[f"departure{n.cls}"])
        elif v == "relpath":
            files[f"fixtures_{sid}/{n.noun}.json"] = json.dumps({n.field: n.a})
            files[tfile] = test(f"  const data = JSON.parse(readFileSync('fixtures/{n.noun}.json', 'utf8'));\n"
                                + eq(f"data.{n.field}", n.a), imports=fs)
        elif v == "env":
            side = "code"
            files[mod + ext] = good_src + T(
                f"\nexport function settings{n.cls}(): string {{\n  const v = process.env.{n.env}_{sid.upper()};\n"
                f"  if (!v) throw new Error('{n.env}_{sid.upper()} is not set');\n  return v;\n}}\n")
            files[tfile] = test(eq(f"settings{n.cls}().length > 0", "true"), names=[f"settings{n.cls}"])
        elif v == "env_default":
            side = "code"
            files[mod + ext] = good_src + T(
                f"\nexport function endpoint{n.cls}(): string {{\n"
                f"  return (process.env.{n.env}_{sid.upper()} as string).replace(/\\/$/, '');\n}}\n".replace(" as string", "" if js else " as string"))
            files[tfile] = test(eq(f"endpoint{n.cls}().startsWith('http')", "true"), names=[f"endpoint{n.cls}"])
        else:
            files[tfile] = test(f"  writeFileSync('/tmp/{n.pkg}_{sid}/out/{n.noun}.csv', '{n.field},{n.a}');\n"
                                + eq(call, want), imports=fs)
    elif cls == "timing_adjustment":
        side = r.choice(["test", "code"])
        v = r.choice(["timeout", "timeout", "race", "missing_await", "missing_await_prop", "poll", "no_wait"])
        work = r.randint(300, 600)
        budget = r.randint(20, 120)
        sleep = "await new Promise((res) => setTimeout(res, {ms}));\n"
        if v in ("missing_await", "missing_await_prop"):
            # An async API called without `await`: the test compares a Promise, not the value.
            files[mod + ext] = good_src + T(f"\nexport async function fetch{n.cls}(values: number[]): Promise<number[]> {{\n"
                                            f"  await new Promise((res) => setTimeout(res, 1));\n"
                                            f"  return values.map((v) => v * {n.a});\n}}\n")
            if js:
                files[mod + ext] = files[mod + ext].replace(": Promise<number[]>", "")
            got = f"fetch{n.cls}([{n.a}, {n.b}])"
            check = eq("rows", str([n.a * n.a, n.b * n.a])) if v == "missing_await" else eq("rows.length", 2)
            files[tfile] = test(f"  const rows = {got};\n" + check.replace("rows.length", "(rows as any).length")
                                if not js else f"  const rows = {got};\n" + check, names=[f"fetch{n.cls}"])
        elif v in ("poll", "no_wait"):
            # Background work checked after a short fixed sleep (or none) instead of waiting for it.
            files[mod + ext] = good_src + T(
                f"\nexport class {n.cls}Worker {{\n  done: string[] = [];\n"
                f"  submit(name: string): void {{\n    setTimeout(() => this.done.push(name), {r.randint(40, 120)});\n  }}\n}}\n")
            if js:
                files[mod + ext] = files[mod + ext].replace("  done = [];\n", "  constructor() { this.done = []; }\n")
            pause = "  " + sleep.format(ms=r.randint(1, 5)) if v == "poll" else ""
            files[tfile] = test(f"  const worker = new {n.cls}Worker();\n  worker.submit('{n.word}');\n" + pause
                                + eq("worker.done", f"['{n.word}']"), names=[f"{n.cls}Worker"])
        elif v == "timeout":
            files[tfile] = test("  " + sleep.format(ms=work) + eq(call, want), timeout=budget)
        else:
            files[tfile] = test(
                f"  const slow = new Promise((res) => setTimeout(() => res({call}), {work}));\n"
                f"  const limit = new Promise((_, rej) => setTimeout(() => rej(new Error('timed out after {budget}ms')), {budget}));\n"
                f"  const got = await Promise.race([slow, limit]);\n" + eq("got", want))
    elif cls == "flaky_stabilization":
        side = "unknown"
        v = r.choice(["random", "choice", "clock", "shuffle", "float_sum", "float_sum", "leak", "arrival", "date_ms",
                      "stamp"])
        if v == "stamp":
            files[mod + ext] = good_src + T(f"\nexport function created{n.cls}(): number {{\n  const t = Date.now();\n"
                                            f"  while (Date.now() - t < {r.randint(2, 5)}) {{ /* busy */ }}\n  return Date.now();\n}}\n")
            files[tfile] = test("  const before = Date.now();\n" + eq(f"created{n.cls}()", "before"),
                                names=[f"created{n.cls}"])
        elif v == "float_sum":
            # Exact equality on binary floating point: fails the same way every run, fixed by a tolerance.
            files[mod + ext] = good_src + T(f"\nexport function fees{n.cls}(values: number[]): number {{\n"
                                            f"  return values.reduce((a, b) => a + b, 0);\n}}\n")
            vals, total = r.choice([("[0.1, 0.2]", "0.3"), ("[0.1, 0.7]", "0.8"), ("[1.1, 2.2]", "3.3"),
                                    ("[0.3, 0.6]", "0.9"), ("[0.7, 0.1]", "0.8")])
            files[tfile] = test(eq(f"fees{n.cls}({vals})", total), names=[f"fees{n.cls}"])
        elif v == "leak":
            # Module state one test leaves behind for the next: fails in the file, passes alone.
            files[mod + ext] = good_src + T(f"\nconst EVENTS: string[] = [];\n"
                                            f"export function record{n.cls}(name: string): number {{\n"
                                            f"  EVENTS.push(name);\n  return EVENTS.length;\n}}\n")
            files[tfile] = test(eq(f"record{n.cls}('{n.word}') >= 1", "true"), names=[f"record{n.cls}"]) + (
                f"\ntest('{title} again', async () => {{\n" + eq(f"record{n.cls}('{n.word2}')", 1) + "});\n")
        elif v == "arrival":
            # Results collected in completion order of work with random latency.
            files[tfile] = test(f"  const seen{'' if js else ': number[]'} = [];\n"
                                f"  await Promise.all([{n.a}, {n.b}, {n.c}].map((v) => new Promise((res) => "
                                f"setTimeout(() => {{ seen.push(v); res(v); }}, Math.random() * 20))));\n"
                                + eq("seen", f"[{n.a}, {n.b}, {n.c}]"))
        elif v == "date_ms":
            files[tfile] = test("  const stamp = Date.now();\n" + eq("stamp % 2", 0))
        elif v == "random":
            files[tfile] = test("  const jitter = Math.random();\n" + eq("jitter < 0.5", "true"))
        elif v == "choice":
            files[tfile] = test(f"  const pool = ['{n.word}', '{n.word2}x'];\n"
                                f"  const picked = pool[Math.floor(Math.random() * pool.length)];\n"
                                + eq("picked", f"'{n.word}'"))
        elif v == "clock":
            files[tfile] = test("  const stamp = process.hrtime.bigint();\n" + eq("stamp % 2n", "0n"))
        else:
            files[tfile] = test(f"  const rows = [{n.a}, {n.b}, {n.c}].sort(() => Math.random() - 0.5);\n"
                                + (eq("rows[0]", n.a) if r.random() < 0.5 else eq("rows", f"[{n.a}, {n.b}, {n.c}]")))
    return files, side, v


# ---------------------------------------------------------------------------------------------------- running

CLASSES = ["syntax_repair", "dependency_fix", "timing_adjustment", "assertion_update", "environment_healing",
           "flaky_stabilization", "api_adaptation"]
RUNNERS = {
    # runner: (language, classes, command)
    "pytest": ("python", CLASSES, ["python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "--continue-on-collection-errors", "-o",
                                   "python_files=test_*.py", "."]),
    "unittest": ("python", CLASSES, ["python", "-m", "unittest", "discover", "-s", ".", "-p", "test_*.py"]),
    "tsc": ("typescript", ["syntax_repair", "dependency_fix", "api_adaptation"],
            ["tsc", "--noEmit", "-p", "."]),
    "vitest": ("typescript", CLASSES, ["vitest", "run", "--reporter=default"]),
    "node_test": ("javascript", CLASSES, ["node", "--test", "--test-concurrency=4"]),
}
RUNS = {"pytest": 3, "unittest": 3, "tsc": 1, "vitest": 3, "node_test": 3}


def env_for_tools():
    env = dict(os.environ)
    env["PATH"] = f"{TOOLS}/venv/bin:{TOOLS}/node/node_modules/.bin:" + env["PATH"]
    env.pop("PYTHONHASHSEED", None)
    env["NO_COLOR"] = "1"
    env["FORCE_COLOR"] = "0"
    env["CI"] = "1"
    # Snippets that format local time where UTC was meant (environment_healing "tz") fail only off UTC.
    env["TZ"] = "Asia/Tokyo"
    return env


def write_batch(root, snippets):
    for files in snippets:
        for rel, text in files.items():
            p = os.path.join(root, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w") as fh:
                fh.write(text)


def run_batch(runner, root, cmd, maestro):
    env = env_for_tools()
    if runner == "node_test":
        cmd = cmd + sorted(f for f in os.listdir(root) if f.endswith(".test.mjs"))
    out = subprocess.run(cmd, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         timeout=1800).stdout
    parsed = subprocess.run([maestro, "parse", "--runner", runner, "-"], input=out, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    if parsed.returncode != 0:
        sys.stderr.write(f"{runner}: parse failed: {parsed.stderr.decode()[:300]}\n")
        return []
    return json.loads(parsed.stdout)


def passes_alone(runner, root, sid):
    """Re-runs one snippet's failing test on its own, as the healer's targeted re-run does: a test that only
    fails after another test left state behind passes here, which is the "re-run flipped" signal."""
    cmd = {
        "pytest": ["python", "-m", "pytest", "-q", "-p", "no:cacheprovider", f"test_{sid}.py", "-k", "test_b_"],
        "unittest": ["python", "-m", "unittest", "-k", "test_b_", f"test_{sid}"],
        "vitest": ["vitest", "run", f"{sid}.test.ts", "-t", "again"],
        "node_test": ["node", "--test", "--test-name-pattern=again", f"{sid}.test.mjs"],
    }.get(runner)
    if cmd is None:
        return False
    done = subprocess.run(cmd, cwd=root, env=env_for_tools(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          timeout=300)
    return done.returncode == 0


SID = re.compile(r"s\d{5}")


def sid_of(failure):
    hay = " ".join(str(x) for x in [failure.get("file"), failure.get("test_id")] +
                   [fr.get("file") for fr in failure.get("frames", [])] + [failure.get("raw", "")[:400]])
    m = SID.search(hay)
    return m.group(0) if m else None


def gen_runner(runner, per_class, seed, maestro, work):
    language, classes, cmd = RUNNERS[runner]
    r = random.Random(f"{seed}-{runner}")
    meta = {}
    snippets = []
    k = 0
    for cls in classes:
        for _ in range(per_class):
            sid = f"s{RUNNER_IDX[runner]}{k:04d}"
            k += 1
            if language == "python":
                files, side, variant = py_snippet(r, sid, cls, runner)
            else:
                files, side, variant = ts_snippet(r, sid, cls, runner)
            meta[sid] = (cls, side, variant)
            snippets.append(files)
    if runner == "tsc":
        # tsc reports no semantic errors while any file has a syntax error: two batch folders.
        syn = [f for f, m in zip(snippets, meta.values()) if m[0] == "syntax_repair"]
        rest = [f for f, m in zip(snippets, meta.values()) if m[0] != "syntax_repair"]
        roots = [os.path.join(work, "tsc-syntax"), os.path.join(work, "tsc")]
        for root, batch in zip(roots, [syn, rest]):
            os.makedirs(root)
            write_batch(root, batch)
            with open(os.path.join(root, "tsconfig.json"), "w") as fh:
                json.dump({"compilerOptions": {"strict": True, "target": "es2022", "module": "esnext",
                                               "moduleResolution": "bundler", "noEmit": True, "types": []},
                           "include": ["**/*.ts"]}, fh)
    else:
        roots = [os.path.join(work, runner)]
        os.makedirs(roots[0])
        write_batch(roots[0], snippets)
    root = roots[0]
    if runner in ("vitest", "node_test"):
        with open(os.path.join(root, "package.json"), "w") as fh:
            json.dump({"name": f"batch-{runner}", "type": "module", "private": True}, fh)
        os.symlink(os.path.join(TOOLS, "node", "node_modules"), os.path.join(root, "node_modules"))
    if runner == "vitest":
        with open(os.path.join(root, "vitest.config.mjs"), "w") as fh:
            fh.write("export default { test: { include: ['**/*.test.ts'], pool: 'threads', testTimeout: 5000 } };\n")
    first = {}
    fails = {sid: 0 for sid in meta}
    runs = RUNS[runner]
    for run in range(runs):
        failures = [f for rt in roots for f in run_batch(runner, rt, cmd, maestro)]
        seen = set()
        for f in failures:
            sid = sid_of(f)
            if sid is None or sid not in meta:
                continue
            if sid not in seen:
                seen.add(sid)
                fails[sid] += 1
            first.setdefault(sid, f)
        sys.stderr.write(f"{runner}: run {run + 1}/{runs}: {len(failures)} failures, {len(seen)} snippets\n")
    alone = {sid for sid, m in meta.items() if m[2] == "leak" and sid in first and passes_alone(runner, root, sid)}
    rows = []
    for sid, (cls, side, variant) in meta.items():
        if sid not in first:
            continue
        # Timing and environment failures come from the machine more often than from an edit: git has no
        # say in most of them.
        changed = side if r.random() > (0.6 if cls in ("timing_adjustment", "environment_healing") else 0.3) \
            else "unknown"
        rows.append({"id": f"{runner}-{sid}", "strategy": cls, "language": language, "runner": runner,
                     "variant": variant, "flipped": 0 < fails[sid] < runs or sid in alone, "reruns": runs - 1,
                     "passes": runs - fails[sid], "changed": changed, "failure": first[sid]})
    return rows, len(meta)


RUNNER_IDX = {"pytest": 1, "unittest": 2, "tsc": 3, "vitest": 4, "node_test": 5}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-class", type=int, default=70)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(ROOT, "core", "data", "failures.jsonl"))
    ap.add_argument("--runners", default=",".join(RUNNERS))
    ap.add_argument("--keep", action="store_true", help="keep the batch folders (printed) for inspection")
    args = ap.parse_args()
    maestro = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "debug", "maestro-heal")
    if not os.path.exists(maestro):
        subprocess.run(["cargo", "build", "-q", "-p", "maestro-heal"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="maestro-gen-")
    runners = args.runners.split(",")
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda rn: gen_runner(rn, args.per_class, args.seed, maestro, work), runners))
    rows = []
    for rn, (rs, total) in zip(runners, results):
        sys.stderr.write(f"{rn}: {len(rs)} labelled failures from {total} snippets\n")
        rows.extend(rs)
    # Held-out split, stratified by (strategy, language): 25% of each stratum, fixed seed.
    split_rng = random.Random(args.seed)
    strata = {}
    for row in rows:
        strata.setdefault((row["strategy"], row["language"]), []).append(row)
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        split_rng.shuffle(group)
        cut = max(1, round(len(group) * 0.25))
        for i, row in enumerate(group):
            row["split"] = "test" if i < cut else "train"
    rows.sort(key=lambda x: x["id"])
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as fh:
        for row in rows:
            # Absolute temp paths would differ on every run: make them relative to the batch folder.
            line = json.dumps(row, sort_keys=True).replace(work + "/", "").replace(work, ".")
            fh.write(line + "\n")
    counts = {}
    for row in rows:
        counts[(row["strategy"], row["runner"])] = counts.get((row["strategy"], row["runner"]), 0) + 1
    for k in sorted(counts):
        sys.stderr.write(f"  {k[0]:22} {k[1]:10} {counts[k]}\n")
    sys.stderr.write(f"wrote {len(rows)} rows to {args.out}\n")
    if args.keep:
        sys.stderr.write(f"batches kept in {work}\n")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
