// The entry of dist/draft.js: what the editor needs to draft, as its own bundle loaded on the
// first "Draft request" (the activation bundle stays small). The DOCX writer is loaded from it
// in turn (dist/docx.js).
export { draftCase } from './index';
export { defaultOutDir, writeDrafts } from './files';
export { draftFollowUp } from './follow-up';
