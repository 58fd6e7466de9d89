// A literal string inside a regular expression built from text (a name, a surname, a marker phrase).

/** `s` with every character special to a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
