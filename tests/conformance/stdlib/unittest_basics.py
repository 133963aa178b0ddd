# unittest: a TestCase with passing, failing, erroring, skipped and expected-failure tests, subTest,
# assertRaises/assertRaisesRegex, setUp/tearDown, run by TextTestRunner (verbosity 2) into a StringIO
# and by unittest.main(argv=..., exit=False). The "Ran N tests in T" line is filtered (timing).
import io
import sys
import unittest

events = []


class Sample(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.items = [1, 2, 3]
        events.append("setUp " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_pass(self):
        self.assertEqual(sum(self.items), 6)
        self.assertTrue(self.items)
        self.assertIn(2, self.items)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([3, 1, 2], self.items)
        self.assertDictEqual({"a": 1}, {"a": 1})

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_fail_message(self):
        self.assertTrue(False, "custom message")

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        raise AssertionError("never runs")

    def test_skip_inside(self):
        self.skipTest("skipped from inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn("division", str(cm.exception))
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(KeyError, "miss"):
            {}["missing"]

    def test_raises_wrong(self):
        with self.assertRaises(TypeError):
            pass

    def test_multiline_diff(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")


def filtered(text):
    # No timing, and no folder in traceback lines (the program's path differs between machines).
    lines = [line for line in text.splitlines() if not line.startswith("Ran ")]
    return "\n".join(line.replace(__file__, "unittest_basics.py") for line in lines)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
print("count", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(filtered(stream.getvalue()))
print("wasSuccessful", result.wasSuccessful(), "testsRun", result.testsRun)
print("failures", [t.id().rsplit(".", 1)[1] for t, _ in result.failures])
print("errors", [t.id().rsplit(".", 1)[1] for t, _ in result.errors])
print("skipped", [(t.id().rsplit(".", 1)[1], why) for t, why in result.skipped])
print("expectedFailures", len(result.expectedFailures), "unexpectedSuccesses", len(result.unexpectedSuccesses))
print(events[:4], events[-1])


class Small(unittest.TestCase):
    def test_one(self):
        self.assertEqual(2 + 2, 4)

    def test_two(self):
        self.assertNotEqual("a", "b")


stream = io.StringIO()
saved = sys.stderr
sys.stderr = stream
try:
    program = unittest.main(module=__name__, argv=["prog", "-v", "Small"], exit=False)
finally:
    sys.stderr = saved
print(filtered(stream.getvalue()))
print("main result", program.result.wasSuccessful(), program.result.testsRun)
