// The plan's renderers for the editor's plan view, bundled apart (dist/plan-render.js) and loaded
// when a plan view first opens: the activation bundle does not carry them.
export { renderSvg, SVG_STYLE } from './svg';
export { renderHtmlTable, PAGE_STYLE } from './table';
