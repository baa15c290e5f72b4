/** Every calendar date and local time in LRO Assist is in the South West's own time zone. */
export const ZONE = 'Europe/London';
