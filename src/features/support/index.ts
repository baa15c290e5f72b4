export { EXTENSION_COMMAND, OPEN_FORM_VERB, VERBS } from './catalogue';
export { registerSupportFiles } from './downloads';
export { SUPPORT_JOB, supportJob } from './job';
