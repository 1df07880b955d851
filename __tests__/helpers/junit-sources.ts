/**
 * The test ids of the pytest suite that wrote the committed JUnit fixtures
 * (__tests__/fixtures/junit/sources, README there): what a plan of that suite holds.
 */
export const PYTEST_SOURCE_IDS: readonly string[] = [
  'tests/test_api.py::test_ok',
  'tests/test_db.py::test_p[1]',
  'tests/test_db.py::test_p[2]',
  'tests/test_db.py::test_p[3]',
  'tests/test_db.py::TestW::test_write',
  'tests/test_db.py::TestW::test_named[a b]',
  'tests/test_db.py::TestW::test_named[c]',
  'tests/test_db.py::test_fails',
  'tests/test_db.py::test_skipped',
  'tests/test_db.py::test_xfail',
];
