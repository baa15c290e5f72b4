export { EXTENSION_COMMAND, OPEN_FORM_VERB, VERBS } from './catalogue';
export { SUPPORT_JOB, supportJob } from './job';
