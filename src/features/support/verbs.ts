/** Card verbs, used by the cards, the routes and the tests. */
export const VERBS = {
  openForm: 'support.open-form',
  submit: 'support.submit',
  refresh: 'support.refresh',
  view: 'support.view',
  acknowledge: 'support.acknowledge',
  assignToMe: 'support.assign-me',
  assign: 'support.assign',
  setStatus: 'support.set-status',
  addNote: 'support.add-note',
  withdraw: 'support.withdraw',
  queue: 'support.queue',
} as const;

/** The knowledge feature's "Ask the Regional Disruption Team" button runs this verb. */
export const OPEN_FORM_VERB = VERBS.openForm;

/** The action messaging-extension command declared in appPackage/manifest.json. */
export const EXTENSION_COMMAND = 'requestSupport';
