"""Clicks a pending repair's Approve button in the dashboard, in headless Chromium, as a user would.

Drives the browser over the DevTools protocol on a pipe (`--remote-debugging-pipe`: Chromium reads commands from
fd 3 and writes replies to fd 4, each a JSON message ended by a NUL byte), with Python's standard library only.
Steps: open the dashboard; click Approve without a token (the page must show the service's refusal); type the
token into the page's form; click Approve again; wait until the page lists the repair as approved and no longer
as pending. Prints what it saw as one JSON line; exits 1 (with the page's HTML) when a step times out.

usage: approve.py CHROMIUM PROFILE_DIR URL REPAIR_ID TOKEN
"""

import json
import os
import subprocess
import sys
import time

TIMEOUT = 60


class Browser:
    def __init__(self, binary, profile):
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()

        def pipes_on_3_and_4():
            # Through fresh numbers first: dup2 onto the same number would keep close-on-exec.
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=pipes_on_3_and_4, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.out, self.inp = to_chrome_w, from_chrome_r
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def call(self, method, params=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self.out, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.inp, 1 << 16)
                if not chunk:
                    raise RuntimeError(f"chromium closed the pipe (exit {self.proc.poll()})")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def open(self, url):
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def js(self, expression):
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, what, expression):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.2)
        html = self.js("document.documentElement.outerHTML")
        sys.exit(f"timed out after {TIMEOUT} s waiting for {what}; the page:\n{html}")

    def close(self):
        self.proc.kill()
        self.proc.wait()


def main():
    binary, profile, url, repair, token = sys.argv[1:6]
    browser = Browser(binary, profile)
    try:
        browser.open(url)
        card = f'document.querySelector(\'#pending [data-repair-id="{repair}"]\')'
        button = f'{card}?.querySelector("button.approve")'
        browser.wait("the pending repair's Approve button", f"!!{button}")
        # The page's next refresh clears the error line: keep every message it shows.
        browser.js("window.shown = []; new MutationObserver(() => {"
                   " const t = document.getElementById('error').textContent; if (t) window.shown.push(t); })"
                   ".observe(document.getElementById('error'), {childList: true, characterData: true, subtree: true})")
        browser.js(f"{button}.click()")
        refused = browser.wait("the page to show the refusal without a token", "window.shown[0]")
        browser.js(f"document.getElementById('token').value = {json.dumps(token)};"
                   "document.getElementById('token-form').requestSubmit()")
        # The submit re-renders the page; click the new button once the refusal is cleared.
        browser.wait("the refusal to clear after the token was given",
                     f"!document.getElementById('error').textContent && !!{button}")
        browser.js(f"{button}.click()")
        status = browser.wait(
            "the repair to be listed as approved and no longer pending",
            f'!{card} && document.querySelector(\'#history [data-repair-id="{repair}"] .status\')?.textContent')
        decision = browser.js(f'[...document.querySelectorAll(\'#history [data-repair-id="{repair}"] .meta\')]'
                              '.map((e) => e.textContent).join("\\n")')
        print(json.dumps({"refused": refused, "status": status, "decision": decision}))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
