import { isIntelligenceRequest } from '../knowledge/guards';

// The one gate for every free text the plan-quality and site-delivery features store (site notes,
// foundation block notes, profile areas, measure notes and subjects). It is the single point to switch:
// when the shared guard lands (src/features/safety/intelligence-guard.ts, containsIntelligence(text)),
// its test replaces isIntelligenceRequest here and no caller changes.

/** An error message when the text looks like intelligence (names, vehicles, addresses, numbers, system checks); undefined when it may be kept. */
export function checkFreeText(text: string): string | undefined {
  if (!text.trim()) return undefined;
  if (isIntelligenceRequest(text)) {
    return 'That looks like intelligence (a person, vehicle, address, phone number or system check). Keep it out of LRO Assist and record only the shape of the work.';
  }
  return undefined;
}
