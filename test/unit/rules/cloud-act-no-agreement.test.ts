import { caseFile, ruleTester, PLANNED } from '../harness';

const cloud = (state: string, sent: string) => caseFile(`  - id: p\n    channel: lers\n    action: preserve\n    holder: { name: G, type: platform, country: US }\n    data: [content]\n  - id: c\n    channel: cloud_act\n    action: produce\n    after: p\n    holder: { name: G, type: platform, country: US }\n    data: [content]\n    sent: ${sent}\n`, { state });

ruleTester('cloud-act-no-agreement', {
  valid: [
    { name: 'GB on the day its agreement entered into force', code: cloud('GB', '2022-10-03') },
    { name: 'AU after 2024-01-31', code: cloud('AU', '2024-02-01') },
  ],
  invalid: [
    { name: 'GB the day before', options: { today: PLANNED }, code: cloud('GB', '2022-10-02'), errors: [{ at: 'cloud_act' }], output: cloud('GB', '2022-10-02').replace('channel: cloud_act', 'channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"') },
    { name: 'India has no agreement', code: cloud('IN', '2026-11-01'), errors: [{ at: 'cloud_act' }] },
    { name: 'Canada, still negotiating: no MLAT known either, so MLAT', options: { today: PLANNED }, code: cloud('CA', '2026-11-01'), errors: [{ at: 'cloud_act' }], output: cloud('CA', '2026-11-01').replace('channel: cloud_act', 'channel: mlat\n    addressee: "US Department of Justice, Criminal Division, Office of International Affairs (OIA)"') },
  ],
});
