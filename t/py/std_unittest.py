import unittest, io, sys

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        self.x = [1, 2]
    def tearDown(self):
        self.x = None
    def test_pass(self):
        self.assertEqual(self.x, [1, 2])
        self.assertTrue(1)
        self.assertIn(1, self.x)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2], [2, 1])
        self.assertRegex('abc', 'b.')
        self.assertGreater(2, 1)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_msg(self):
        self.assertTrue(False, "custom message")
    def test_dict_fail(self):
        self.assertEqual({'a': 1}, {'a': 2})
    def test_str_fail(self):
        self.assertEqual("hello\nworld\n", "hello\nWorld\n")
    def test_error(self):
        raise ValueError("boom")
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertRaisesRegex(ValueError, "inv.lid"):
            int('invalid')
    def test_raises_fail(self):
        with self.assertRaises(KeyError):
            pass
    def test_subtest(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    @unittest.skip("not now")
    def test_skip(self):
        pass
    def test_skip_inside(self):
        self.skipTest("inner skip")
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)
    def test_logs(self):
        import logging
        with self.assertLogs('x', level='INFO') as cm:
            logging.getLogger('x').info('hello')
        self.assertEqual(cm.output, ['INFO:x:hello'])

@unittest.skipIf(True, "class skipped")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

class Other(unittest.TestCase):
    def test_ok(self):
        self.assertNotEqual(1, 2)
    def test_multiline_fail(self):
        self.assertListEqual(list(range(10)), list(range(9)) + [0])

def normalize(text):
    out = []
    for line in text.splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        if line.startswith('  File '):
            line = '  File ' + line.split('"')[1].split('/')[-1] + '"' + line.split('"', 2)[2]
        out.append(line)
    return '\n'.join(out)

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(T)
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(normalize(stream.getvalue()))
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())
print([t.id() for t, _ in res.failures])

stream = io.StringIO()
suite = unittest.TestSuite()
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Other))
suite.addTest(Skipped('test_a'))
res = unittest.TextTestRunner(stream=stream).run(suite)
print(normalize(stream.getvalue()))

err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    prog = unittest.main(module=__name__, defaultTest=['Other'], exit=False, argv=['prog'])
finally:
    sys.stderr = old
print(normalize(err.getvalue()))
print(prog.result.testsRun, prog.result.wasSuccessful())
class FT(unittest.FunctionTestCase):
    pass
print(unittest.FunctionTestCase(lambda: None).id().startswith('__main__.<lambda>') or True)
print(T('test_pass').id(), str(T('test_pass')), repr(T('test_pass')), T('test_pass').shortDescription())
m = unittest.mock if hasattr(unittest, 'mock') else None
from unittest import mock
mm = mock.Mock(return_value=3)
print(mm(1, k=2), mm.call_args, mm.call_count, mm.method.return_value is mm.method.return_value)
mm.assert_called_once_with(1, k=2)
with mock.patch('os.getcwd', return_value='/fake'):
    import os
    print(os.getcwd())
mg = mock.MagicMock(); mg.__len__.return_value = 5; print(len(mg), mg[1] is mg[1])
