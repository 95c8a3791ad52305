/** One jest run for the whole repository; every package keeps its tests in <package>/test. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  // NodeNext sources import './x.js'; jest resolves the .ts file behind it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  // Jest's default is one worker per core less one: a single worker on a 2-core CI machine. The suites spend much of
  // their time waiting on spawned subgraphs and sockets, so two workers halve the run without starving the processes.
  maxWorkers: 2,
};
