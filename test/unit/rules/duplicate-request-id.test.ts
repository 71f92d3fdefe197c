import { caseFile, ruleTester } from '../harness';

const req = (id: string) => `  - id: ${id}\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`;

ruleTester('duplicate-request-id', {
  valid: [{ name: 'distinct ids', code: caseFile(req('a') + req('b')) }],
  invalid: [
    { name: 'the second of two', code: caseFile(req('a') + req('a')), errors: [{ at: 'a', from: 'person: { name: P }\n  - id: ' }], output: caseFile(req('a') + req('a-2')) },
  ],
});
