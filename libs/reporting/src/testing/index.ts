/** For specs only (`@rolecall/reporting/testing`); not in the production entry point. */
/** Schema + GitHub checks of a SARIF log (loads ajv, a development dependency, on first use). */
export { sarifProblems } from './sarif-validator';
export { FakeGithub, FAKE_COMMIT_SHA } from './fake-github';
export type { FakeGithubScript, RecordedRequest } from './fake-github';
