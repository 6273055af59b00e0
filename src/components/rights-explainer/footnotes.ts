/**
 * Footnote numbering for one render of the rights explainer. Pure: it hands
 * out numbers and ids, the widget draws the marks and the list.
 *
 * Marks are added in document order, so the numbers follow reading order
 * (first cited = 1, no gaps), and every source knows each place that cites it.
 */
export class Footnotes<Id extends string = string> {
  private readonly order: Id[] = [];
  private readonly refs = new Map<Id, string[]>();

  /** `prefix` starts every id, so that ids stay the same on the server and in the browser. */
  constructor(private readonly prefix: string) {}

  /** The number of a source, giving it the next number on first use. */
  numberOf(id: Id): number {
    if (!this.order.includes(id)) this.order.push(id);
    return this.order.indexOf(id) + 1;
  }

  /** The id of a source's list item. */
  noteId(id: Id): string {
    return `${this.prefix}-note-${this.numberOf(id)}`;
  }

  /** Records one more place citing `id` and returns the id of its mark. */
  addRef(id: Id): string {
    const n = this.numberOf(id);
    const list = this.refs.get(id) ?? [];
    const refId = `${this.prefix}-ref-${n}-${list.length + 1}`;
    list.push(refId);
    this.refs.set(id, list);
    return refId;
  }

  /** Cited sources in number order, with the ids of the marks citing each. */
  entries(): Array<{id: Id; n: number; refs: string[]}> {
    return this.order.map((id, i) => ({id, n: i + 1, refs: this.refs.get(id) ?? []}));
  }
}
