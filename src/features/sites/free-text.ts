import { containsIntelligence, INTELLIGENCE_FIELD_ERROR } from '../safety/intelligence-guard';

/** The field error for free text the plan-quality and site-delivery features would store, through the one intelligence guard; undefined when it may be kept. */
export function checkFreeText(text: string): string | undefined {
  return containsIntelligence(text) ? INTELLIGENCE_FIELD_ERROR : undefined;
}
