/**
 * Registry numbers (diarienummer) as printed: "1446/22", "0064/23", or with a prefix and full
 * year, "SLK-2023-01047". Used wherever a matter, proposal point or assignment names its dnr.
 */
export const DNR = /(?<![\d/])(\d{3,4}\/\d{2}|\p{Lu}{2,6}-\d{4}-\d{2,6})(?![\d/])/u;

/** The dnr introduced by "dnr" or "diarienummer" in a text, or else the first one it holds. */
export function findDnr(text: string): string | null {
  const labelled = /(?:\bdnr|\bdiarienummer)[:.]?\s*(\d{3,4}\/\d{2}|\p{Lu}{2,6}-\d{4}-\d{2,6})(?![\d/])/iu.exec(text);
  if (labelled) return labelled[1]!;
  return DNR.exec(text)?.[1] ?? null;
}

/** A report section a text refers to: "enligt beskrivning i avsnitt 4.1.2.1". */
export function findSectionReference(text: string): string | null {
  return /\bavsnitt(?:et)?\s+(\d{1,2}(?:\.\d{1,2}){1,5})\b/i.exec(text)?.[1] ?? null;
}
