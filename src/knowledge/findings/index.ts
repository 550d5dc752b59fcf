/**
 * The controlled vocabulary of findings: every finding id of findings-matrix.md §4 plus the findings added for
 * red-flag triage and the neck (docs/knowledge-base.md). Cause likelihood ratios, test result values and red-flag
 * triggers may only name ids listed here (checked by the knowledge-base schema test).
 */
import type { Finding } from '../schema.js';
import { courseFindings } from './course.js';
import { historyFindings } from './history.js';
import { questionnaireFindings } from './questionnaires.js';
import { signFindings } from './signs.js';
import { symptomFindings } from './symptoms.js';
import { testResultFindings } from './test-results.js';

export { courseFindings, historyFindings, questionnaireFindings, signFindings, symptomFindings, testResultFindings };

/** All findings, in file order: course, symptoms, signs, history, questionnaires, test results. */
export const findings: Finding[] = [
  ...courseFindings,
  ...symptomFindings,
  ...signFindings,
  ...historyFindings,
  ...questionnaireFindings,
  ...testResultFindings,
];
