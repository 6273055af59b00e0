// Every example of every widget, by the widget's first tag: the widgets of
// src/widgets.ts, each with its `<widget>.examples.ts`.
export {examples} from './generated/widgets/examples.js';
export type {WidgetExample} from './widget-example.js';
