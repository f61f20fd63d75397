/**
 * Narrow table headers break words without a hyphen ("förening" / "sförvaltn" / "ingen",
 * "Socialför" / "valtning"). The document's own words decide: two fragments are joined when
 * together they make (the start of) a word the document uses elsewhere.
 */
export class DocumentWords {
  private sorted: string[] = [];
  private set: Set<string> | null = null;

  /** The words are collected on first use: most documents have no table that needs them. */
  constructor(private readonly texts: Iterable<string>) {}

  private words(): Set<string> {
    if (!this.set) {
      this.set = new Set<string>();
      for (const text of this.texts) for (const m of text.toLowerCase().matchAll(/\p{L}{3,}/gu)) this.set.add(m[0]);
      this.sorted = [...this.set].sort();
    }
    return this.set;
  }

  has(word: string): boolean {
    return this.words().has(word.toLowerCase());
  }

  /** Some word of the document starts with this. */
  startsWord(prefix: string): boolean {
    this.words();
    const p = prefix.toLowerCase();
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo]!.startsWith(p);
  }

  /** Joins a label's lines, mending words broken between them. */
  mend(lines: string[]): string {
    let out = '';
    for (const raw of lines) {
      const line = raw.trim();
      if (!line) continue;
      if (!out) {
        out = line;
        continue;
      }
      const x = /(\p{L}+)-?$/u.exec(out)?.[1];
      const y = /^(\p{Ll}\p{L}*)/u.exec(line)?.[1];
      const hyphen = out.endsWith('-');
      if (x && y) {
        const joined = x + y;
        const whole = this.has(joined);
        const broken = !this.has(x) || !this.has(y);
        if ((hyphen && (whole || this.startsWord(joined))) || (!hyphen && broken && (whole || this.startsWord(joined)))) {
          out = (hyphen ? out.slice(0, -1) : out) + line;
          continue;
        }
      }
      out = `${out} ${line}`;
    }
    return out.replace(/\s+/g, ' ');
  }
}
