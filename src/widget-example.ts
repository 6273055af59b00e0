/** One example of a widget: the exact markup a site pastes (declared in each `<widget>.examples.ts`). */
export interface WidgetExample {
  /** Stable id, used for anchors in the demo. */
  id: string;
  /** A short English title for the demo. */
  title: string;
  /** The snippet, exactly as a site would paste it. */
  html: string;
}
