/** The values ticked in a list of checkboxes once one of them is ticked or unticked. */
export function ticked<T>(list: readonly T[], value: T, checked: boolean): T[] {
  return checked ? [...list, value] : list.filter((other) => other !== value);
}
