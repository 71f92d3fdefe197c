// `npm run coverage`: how much of the world the knowledge base answers for. Over every ordered
// pair of the 193 UN member states on a fixed date, the share of pairs whose MLA basis is
// sourced (`in_force` or `none`; `conditional` and `unknown` are not) for two requests: bank
// records in a case inside the UN Convention against Transnational Organized Crime's scope (an
// organised criminal group, a 10-year offence), and a plain 3-year theft; and how many of the
// 193 states have a known central authority and a 24/7 point of contact. `npm run bench` prints
// the same lines. Not part of the tests: it measures the data, it asserts nothing.
import { centralAuthority, Knowledge, mlaBasis, MlaRequest, point247, SHIPPED } from '../src/knowledge';

/**
 * The 193 member states of the United Nations (ISO 3166-1 alpha-2), as listed by the UN
 * ("Member States", un.org/en/about-us/member-states: 193 members, the latest South Sudan on
 * 14 July 2011; copies of the list with admission dates: cahousing.org/members-united-nations.html,
 * Wikipedia "Member states of the United Nations", archive.fo/aQQkn). Not in it: the observer
 * states (Holy See, Palestine), Cook Islands, Niue, Kosovo, Taiwan and the territories.
 */
export const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO
KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE
IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG
MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL
TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW`.split(/\s+/);

export const COVERAGE_DATE = '2026-12-03';
/** Bank records for a fraud by an organised criminal group, punishable by 10 years. */
export const ORGANISED: MlaRequest = { action: 'produce', data: ['bank_records'], organised_crime: true, offences: [{ category: 'fraud', max_penalty_years: 10 }] };
/** Bank records for a plain theft punishable by 3 years, no organised criminal group. */
export const THEFT: MlaRequest = { action: 'produce', data: ['bank_records'], organised_crime: false, offences: [{ category: 'other', max_penalty_years: 3 }] };

/** Bank records for a drug-trafficking offence punishable by 5 years, no organised criminal group (the 1988 Convention's scope alone). */
export const DRUGS: MlaRequest = { action: 'produce', data: ['bank_records'], organised_crime: false, offences: [{ category: 'drug_trafficking', max_penalty_years: 5 }] };

export interface Coverage { pairs: number; sourced: number; inForce: number; none: number; conditional: number; unknown: number }

/** Every ordered pair of distinct UN members: how many answers are sourced. */
export function pairCoverage(k: Knowledge, request: MlaRequest, date = COVERAGE_DATE): Coverage {
  const c: Coverage = { pairs: 0, sourced: 0, inForce: 0, none: 0, conditional: 0, unknown: 0 };
  for (const s of UN_MEMBERS) for (const t of UN_MEMBERS) {
    if (s === t) continue;
    c.pairs++;
    const status = mlaBasis(k, s, t, date, request).status;
    if (status === 'in_force') c.inForce++;
    else if (status === 'none') c.none++;
    else if (status === 'conditional') c.conditional++;
    else c.unknown++;
  }
  c.sourced = c.inForce + c.none;
  return c;
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/** The coverage lines `npm run coverage` and `npm run bench` print. */
export function coverageLines(k: Knowledge = SHIPPED): string[] {
  const inScope = pairCoverage(k, ORGANISED);
  const theft = pairCoverage(k, THEFT);
  const drugs = pairCoverage(k, DRUGS);
  const authorities = UN_MEMBERS.filter((s) => centralAuthority(k, s)).length;
  const points = UN_MEMBERS.filter((s) => point247(k, s)).length;
  const line = (what: string, c: Coverage) =>
    `- ${what}: ${pct(c.sourced, c.pairs)} of ${c.pairs.toLocaleString('en')} ordered pairs have a sourced answer (${c.inForce.toLocaleString('en')} in force, ${c.none.toLocaleString('en')} none; ${c.conditional.toLocaleString('en')} conditional, ${c.unknown.toLocaleString('en')} unknown)`;
  return [
    `Coverage of the ${UN_MEMBERS.length} UN member states on ${COVERAGE_DATE} (\`npm run coverage\`):`,
    '',
    line('bank records, an organised criminal group and a 10-year offence (inside UNTOC\'s scope; target 90%)', inScope),
    line('bank records, a plain 3-year theft', theft),
    line('bank records, drug trafficking without an organised criminal group', drugs),
    `- central authorities known: ${authorities} of ${UN_MEMBERS.length} states (target 60); 24/7 points of contact: ${points} (target 40)`,
  ];
}

if (require.main === module) console.log(coverageLines().join('\n'));
