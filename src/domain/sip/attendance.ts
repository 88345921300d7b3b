/**
 * Who came to a meeting is known once it has begun; before, it would be a guess. The one rule for when
 * attendance can be recorded: the step refuses it earlier, and the case page offers it from then.
 */
export function meetingHasBegun(startsAt: Date, now: Date = new Date()): boolean {
  return startsAt.getTime() <= now.getTime();
}
