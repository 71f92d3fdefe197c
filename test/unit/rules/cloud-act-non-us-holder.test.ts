import { caseFile, ruleTester, PLANNED } from '../harness';

const cloud = (country: string) => caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: H, type: platform, country: ${country} }\n    data: [content]\n  - id: c\n    channel: cloud_act\n    action: produce\n    after: p\n    holder: { name: H, type: platform, country: ${country} }\n    data: [content]\n    sent: 2026-11-01\n`, { state: 'GB' });

ruleTester('cloud-act-non-us-holder', {
  valid: [{ name: 'a US provider', code: cloud('US') }],
  invalid: [
    { name: 'a provider in Ireland', options: { today: PLANNED }, code: cloud('IE'), errors: [{ at: 'IE', from: 'id: c' }], output: cloud('IE').replace('channel: cloud_act', 'channel: mlat\n    addressee: "Minister for Justice (Central Authority for Mutual Assistance), Department of Justice"') },
  ],
});
