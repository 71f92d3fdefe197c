// Generated case files for the benchmark, the equivalence test and the fuzzer: a realistic mix
// (most requests clean, some tripping rules, comments, flow and block maps), deterministic.
const HOLDERS = [
  '{ name: "Meta Platforms, Inc.", type: platform, country: US }',
  '{ name: Google LLC, type: platform, country: US }',
  '{ name: Example Exchange Ltd, type: exchange, country: SC }',
  '{ name: "Example Bank, N.A.", type: bank, country: US }',
];

/** One request item (block style, two-space list indent), number `i`. */
export function requestText(i: number): string {

  switch (i % 8) {
    case 0:
      return `  # preservation first, always\n  - id: r${i}-preserve\n    channel: lers\n    action: preserve\n    holder:\n      name: Meta Platforms, Inc.\n      type: platform\n      country: US\n    data: [subscriber, ip_logs, content]\n    identifiers:\n      - { type: account, value: "instagram:@user${i}" }\n    sent: 2026-11-0${1 + (i % 9)}\n`;
    case 1:
      return `  - id: r${i}-subscriber\n    channel: lers\n    action: produce\n    after: r${i - 1}-preserve\n    holder: ${HOLDERS[0]}\n    data: [subscriber, ip_logs]\n    sent: 2026-11-10\n    needed_by: 2027-01-15\n`;
    case 2:
      return `  - id: r${i}-content\n    channel: mlat\n    action: produce\n    after: r${i - 2}-preserve\n    addressee: US Department of Justice, Criminal Division, Office of International Affairs\n    holder: ${HOLDERS[0]}\n    data: [content]\n    sent: 2026-11-12\n    notes: Budget well over a year.\n`;
    case 3:
      return `  - id: r${i}-locate\n    channel: interpol\n    action: locate\n    notice: ${i % 3 === 0 ? 'red' : 'blue'}   # red trips notice-purpose\n    person: { name: Suspect ${i}, nationality: IN }\n`;
    case 4:
      return `  - id: r${i}-bank\n    channel: mlat\n    action: produce\n    addressee: OIA\n    holder: ${HOLDERS[3]}\n    data: [bank_records]\n    sent: 2026-11-20\n`;
    case 5:
      return `  - id: r${i}-cloud\n    channel: ${i % 5 === 0 ? 'cloud_act' : 'mlat'}\n    action: produce\n    after: r${i - 5}-preserve\n${i % 5 === 0 ? '' : '    addressee: OIA\n'}    holder: ${HOLDERS[1]}\n    data: [content]\n    sent: 2026-11-21\n`;
    case 6:
      return `  - id: r${i}-exchange\n    channel: lers\n    action: preserve\n    holder: ${HOLDERS[2]}\n    data: [traffic]\n    identifiers:\n      - { type: wallet, value: "bc1q${i}" }\n`;
    default:
      return `  - id: r${i}-witness\n    channel: mlat\n    action: testimony\n    requested_state: US\n    addressee: Office of International Affairs (OIA)\n    person: { name: Witness ${i} }\n    sent: 2026-11-22\n    needed_by: 2027-09-01\n`;
  }

}

export function caseText(n: number): string {
  const head = `# which-channel: case\n# A generated case for a large fraud ring: ${n} requests.\nversion: 1\ncase:\n  id: GEN-${n}\n  title: Generated fraud ring\n  requesting_state: IN\n  offences: [cheating, money laundering]\n  max_penalty_years: 7\n  urgency: routine\nrequests:\n`;
  const parts: string[] = [head];
  for (let i = 0; i < n; i++) parts.push(requestText(i));
  return parts.join('');
}
