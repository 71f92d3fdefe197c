import { caseFile, ruleTester } from '../harness';

const notice = `  - id: l\n    channel: interpol\n    action: locate\n    notice: blue\n    person: { name: P }\n`;

ruleTester('interpol-alone', {
  valid: [
    { name: 'with an evidence request beside it', code: caseFile(`${notice}  - id: w\n    channel: mlat\n    action: testimony\n    addressee: OIA\n    requested_state: US\n    person: { name: W }\n`) },
    { name: 'no INTERPOL request at all', code: caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: H, type: platform, country: US }\n    data: [content]\n`) },
  ],
  invalid: [
    { name: 'INTERPOL only', code: caseFile(`${notice}${notice.replace('id: l', 'id: m')}`), errors: [{ at: 'interpol', severity: 'info' }], output: null },
  ],
});
