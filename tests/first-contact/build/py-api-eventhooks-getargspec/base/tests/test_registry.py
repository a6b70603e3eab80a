import unittest

from eventhooks.registry import Hooks


class EmitTest(unittest.TestCase):
    def setUp(self):
        self.hooks = Hooks()

    def test_handler_gets_only_named_arguments(self):
        @self.hooks.on("saved")
        def audit(user, path):
            return f"{user} saved {path}"

        self.assertEqual(self.hooks.emit("saved", user="kim", path="a.txt", size=3), ["kim saved a.txt"])

    def test_handlers_run_in_registration_order(self):
        self.hooks.on("boot")(lambda: "first")
        self.hooks.on("boot")(lambda: "second")
        self.assertEqual(self.hooks.emit("boot"), ["first", "second"])

    def test_unknown_event_has_no_results(self):
        self.assertEqual(self.hooks.emit("nothing", x=1), [])
