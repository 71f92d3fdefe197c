// Builds the two JSON Schemas (case file, knowledge base) as plain objects.
// The case-file contract lives in ../shared/spec/case-format.md; this is its machine form.
// The schemas are generated rather than hand-written so that the ISO 3166-1 list comes from a
// maintained package and the "keys per action and channel" table is written once.
import { iso31661 } from 'iso-3166';

const CHANNELS = {
  lers: "A platform's law-enforcement portal (Law Enforcement Response System or equivalent): preservation, subscriber info and login IPs; never content.",
  mlat: 'A Mutual Legal Assistance Treaty request, government to government through the central authorities: court-ready evidence, content, bank records, testimony. 6 to 24 months.',
  letter_rogatory: 'A court-to-court letter of request, on comity, where no treaty exists. Discretionary and the slowest route.',
  cloud_act: 'A direct request to a US provider under a CLOUD Act executive agreement, for a state that has one in force. Days to weeks, content included.',
  eu_production_order: 'A European Production Order, Regulation (EU) 2023/1543: a bound member state orders a provider offering services in the EU to hand over data. From 18 August 2026.',
  eu_preservation_order: 'A European Preservation Order, Regulation (EU) 2023/1543: a bound member state orders a provider offering services in the EU to preserve data. From 18 August 2026.',
  interpol: 'An INTERPOL notice or diffusion over I-24/7: locate, identify or warn about a person. Not evidence; compels nothing.',
  eio: 'A European Investigation Order, Directive 2014/41/EU: a judicial decision of one bound member state asking another to gather evidence (bank information, hearings, interception, provisional measures). Replaces mutual legal assistance between bound states (all EU members but Denmark and Ireland) from 22 May 2017. Recognition within 30 days, execution within 90.',
  network_24_7: "An expedited preservation request over the Budapest Convention's 24/7 network (Arts 29, 30, 35): both states must be parties. Preserves only (`preserve`); disclosure needs a mutual legal assistance request (Art. 31). Hours to days.",
};
/** The channels that take `requested_state` and `addressee` (legal-bases.md, keys per channel). */
const ADDRESSED = ['mlat', 'letter_rogatory', 'eio', 'network_24_7'];
const ACTIONS = {
  preserve: 'Data action: freeze data so it is not deleted; discloses nothing.',
  produce: 'Data action: disclose or hand over data or records.',
  testimony: 'Evidence action: take compelled witness testimony.',
  locate: 'Person action: find where a person is.',
  identify: 'Person action: find out who a person is.',
  arrest: 'Person action: provisional arrest with a view to extradition or surrender.',
  warn: "Person action: warn other countries about a person's criminal activities.",
  find_missing: 'Person action: locate a missing person, or identify someone unable to identify themselves.',
};
const DATA = {
  subscriber: 'Registration details, associated email or phone. Not content.',
  ip_logs: 'Login IP history. Not content.',
  traffic: 'Transactional records, metadata. Not content.',
  content: 'Message bodies, photos, stored files. Content: behind the US content wall.',
  bank_records: "Account and transaction records held by a bank. Not content, but never a platform's to give.",
};
const HOLDER_TYPES = {
  platform: 'An online platform (runs a law-enforcement portal).',
  bank: 'A bank or payment institution.',
  telecom: 'A telecom operator or access provider.',
  exchange: 'A crypto-asset exchange (the major ones run law-enforcement portals).',
  other: 'Any other holder.',
};
const NOTICES = {
  red: 'Locate and provisionally arrest a person wanted for prosecution or to serve a sentence, with a view to extradition. Not an international arrest warrant.',
  blue: "Collect information about a person's identity, location or activities in a criminal investigation.",
  green: "Warn about a person's criminal activities where the person is a possible threat to public safety.",
  yellow: 'Locate a missing person, often a minor, or identify someone unable to identify themselves.',
  black: 'Information on unidentified bodies.',
  orange: 'Warn of an event, person, object or process that is a serious and imminent threat.',
  purple: 'Information on modus operandi, objects, devices and concealment methods.',
  silver: 'Trace and locate criminal assets (pilot since January 2025; information only).',
  un_special: 'Individuals and entities subject to UN Security Council sanctions.',
  diffusion: 'Not a notice: a request sent directly by one National Central Bureau to others over I-24/7.',
};
const IDENTIFIER_TYPES = {
  account: 'An account handle or user id, e.g. `instagram:@example`.',
  email: 'An email address.',
  phone: 'A phone number, ideally in E.164 form.',
  ip: 'An IP address.',
  url: 'A URL.',
  wallet: 'A crypto-asset wallet address.',
  device: 'A device identifier (IMEI, serial, advertising id).',
  other: 'Any other identifier.',
};
const URGENCY = {
  routine: 'No special urgency.',
  urgent: 'Urgent: evidence may be lost or a deadline is close.',
  threat_to_life: 'A threat to life: emergency procedures apply (EU orders: 8 hours, Art. 10).',
};

// Who issues the case's requests (forms.md, section 2 and 3): an EU order for traffic or content
// data needs a judge (or a judge's validation), and a letter rogatory is issued by a court.
const AUTHORITY_TYPES = {
  court: 'A court.',
  judge: 'A judge.',
  investigating_judge: 'An investigating judge.',
  prosecutor: "A public prosecutor's office.",
  police: 'A police or other investigating agency.',
  central_authority: "The state's central authority for mutual legal assistance.",
  other: 'Another authority.',
};

// Who may validate an order (Regulation (EU) 2023/1543 Art. 4(1)(b), 4(2)(b); Directive 2014/41/EU Art. 2(c)(ii)).
const VALIDATING_TYPES = {
  court: 'A court.',
  judge: 'A judge.',
  investigating_judge: 'An investigating judge.',
  prosecutor: 'A public prosecutor (not for a production order of traffic or content data: Art. 4(2)).',
};

const STAGES = {
  investigation: 'The investigation (before charges).',
  prosecution: 'The prosecution (charges brought, before trial).',
  trial: 'The trial.',
};

// The conventions the engine knows, by id: a workspace file may correct or complete them, not add
// an instrument whose scope and order no rule knows (it is reported and ignored).
const CONVENTION_IDS = ['budapest', 'eu_mla_2000', 'cets_030', 'oas_a55', 'asean_mla_2004', 'uncac', 'untoc', 'un_drugs_1988'];

// The kinds of offence the conventions turn on (UNTOC Arts 3(1)(a), 5, 6, 8, 23; UNCAC Arts 15-25).
export const OFFENCE_CATEGORIES = {
  corruption: 'Corruption: bribery, embezzlement, trading in influence, abuse of functions, illicit enrichment (UN Convention against Corruption, Arts 15-22; UNTOC Art. 8).',
  money_laundering: 'Laundering of the proceeds of crime (UNTOC Art. 6; UNCAC Art. 23 where the proceeds are of corruption).',
  drug_trafficking: 'Illicit trafficking in narcotic drugs or psychotropic substances (the 1988 UN Convention against Illicit Traffic in Narcotic Drugs gives mutual legal assistance for it, Art. 7).',
  cybercrime: 'An offence against or by means of computer systems (Budapest Convention, Arts 2-10).',
  fraud: 'Fraud or another economic offence.',
  child_sexual_abuse: 'Sexual abuse or sexual exploitation of children, including abuse material.',
  trafficking_in_persons: 'Trafficking in persons or smuggling of migrants.',
  terrorism: 'A terrorist offence or its financing.',
  other: 'Any other offence.',
};

export const DATA_ACTIONS = ['preserve', 'produce'];
export const PERSON_ACTIONS = ['locate', 'identify', 'arrest', 'warn', 'find_missing'];

/** An enum property with a description for every value. */
function enumOf(values, description) {
  const keys = Object.keys(values);
  return {
    type: 'string',
    enum: keys,
    description,
    markdownEnumDescriptions: keys.map((k) => values[k]),
  };
}

function countryCodes() {
  const assigned = iso31661.filter((c) => c.state === 'assigned').sort((a, b) => a.alpha2.localeCompare(b.alpha2));
  return Object.fromEntries(assigned.map((c) => [c.alpha2, c.name]));
}

const date = (description) => ({ type: 'string', format: 'date', description, markdownDescription: `${description} \`YYYY-MM-DD\`.` });

export function caseSchema() {
  const countries = countryCodes();
  // One definition, referenced: the 249 codes are compiled once.
  const country = (description) => ({ $ref: '#/definitions/country', description: `${description} ISO 3166-1 alpha-2 code, upper case.` });
  const notIn = (values) => ({ not: { enum: values } });

  const holder = {
    type: 'object',
    description: 'Who holds the data: required for data actions (preserve, produce).',
    additionalProperties: false,
    required: ['name', 'type', 'country'],
    properties: {
      name: { type: 'string', minLength: 1, description: 'The holder\'s legal name, e.g. "Meta Platforms, Inc." (quote it in a flow map: a comma ends a plain value).' },
      type: enumOf(HOLDER_TYPES, 'What kind of holder: platform and exchange data is platform-held (they run law-enforcement portals); platform, exchange and telecom are providers.'),
      country: country('Where the holder is established (its jurisdiction).'),
      eu_services: { type: 'boolean', description: 'Whether the holder offers services in the EU (matters for e-Evidence). Required on the two EU orders; absent elsewhere means unknown.' },
      entity: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'Optional: the provider registry id of the holder (`meta`, `google`, `x`), when the name alone is ambiguous.', markdownDescription: 'Optional: the provider registry id of the holder (`meta`, `google`, `x`), when the name alone is ambiguous. The hover on `name` shows the registry entry.' },
    },
  };
  const person = {
    type: 'object',
    description: 'The person sought (person actions) or the witness (testimony): at least `name` or `description`.',
    additionalProperties: false,
    anyOf: [{ required: ['name'] }, { required: ['description'] }],
    properties: {
      name: { type: 'string', minLength: 1, description: 'Full name as known.' },
      aliases: { type: 'array', items: { type: 'string' }, description: 'Other names, handles or spellings.' },
      nationality: country('Nationality.'),
      born: date('Date of birth.'),
      description: { type: 'string', minLength: 1, description: 'A description where the name is unknown (physical, online persona, role).' },
      // Identity particulars a notice needs (INTERPOL's Rules on the Processing of Data, Arts 82 et seq. on Red Notices; the articles were not read in a primary text): issue 20, forms.md section 6.
      sex: enumOf({ female: 'Female.', male: 'Male.', unknown: 'Not known.' }, 'Sex, as the identity documents record it (a notice\'s identity particulars; INTERPOL\'s Rules on the Processing of Data).'),
      photo: { type: 'boolean', description: '`true`: a photograph of the person is available to attach (a notice\'s identity particulars).' },
      fingerprints: { type: 'boolean', description: '`true`: the person\'s fingerprints are available to attach (a notice\'s identity particulars).' },
      identity_documents: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Identity documents known (type, number, issuing state), one a line: e.g. "passport Z1234567 (IN)".' },
      status: enumOf({ suspect: 'Suspected of the offence.', witness: 'A witness.', victim: 'A victim of the offence.' }, 'The person\'s status in the case: a Blue Notice (information on a person) states it.'),
    },
  };
  const identifier = {
    type: 'object',
    additionalProperties: false,
    required: ['type', 'value'],
    description: 'An identifier the holder can search on.',
    properties: {
      type: enumOf(IDENTIFIER_TYPES, 'What kind of identifier.'),
      value: { type: ['string', 'number'], description: 'The identifier itself.' },
    },
  };

  const offence = {
    description: 'An offence: free text, or `{ name, provision, max_penalty_years, category }`.',
    anyOf: [
      { type: 'string', description: 'The offence, free text.' },
      {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        description: 'An offence with the provision that defines it and its maximum penalty.',
        properties: {
          name: { type: 'string', minLength: 1, description: 'The offence, e.g. "sextortion".' },
          provision: { type: 'string', minLength: 1, description: 'The provision of your law, e.g. "Section 67B, Information Technology Act, 2000".' },
          max_penalty_years: { type: 'number', minimum: 0, description: 'The maximum penalty for this offence, in years (a Red Notice needs at least 2; at least 4 makes it a "serious crime" under the UN Convention against Transnational Organized Crime, Art. 2(b)).' },
          category: enumOf(OFFENCE_CATEGORIES, 'What kind of offence it is, for the conventions that cover only some: `corruption` brings a request within the UN Convention against Corruption (Arts 3(1), 46(1)); `money_laundering` and `corruption` are offences of the UN Convention against Transnational Organized Crime in their own right (Arts 3(1)(a), 6, 8).'),
        },
      },
    ],
  };

  const request = {
    type: 'object',
    description: 'One request: a channel, an action, and what the action needs.',
    additionalProperties: false,
    required: ['id', 'channel', 'action'],
    properties: {
      id: { type: 'string', minLength: 1, description: 'Unique id of the request in this file, used by `after:`.' },
      channel: enumOf(CHANNELS, 'The channel the request goes down.'),
      action: enumOf(ACTIONS, 'What the request asks for: a data action (preserve, produce), an evidence action (testimony) or a person action.'),
      holder,
      data: { type: 'array', minItems: 1, uniqueItems: true, items: enumOf(DATA, 'A data category.'), description: 'Which data categories: required for data actions, at least one.' },
      identifiers: { type: 'array', items: identifier, description: 'Identifiers the holder can search on (data actions).' },
      person,
      notice: enumOf(NOTICES, 'The INTERPOL notice colour (or a diffusion): required on `interpol`, taken by nothing else.'),
      requested_state: country('The state asked for assistance (`mlat`, `letter_rogatory`, `eio`, `network_24_7`). Required for testimony; otherwise defaults to `holder.country`.'),
      addressee: { type: 'string', minLength: 1, description: 'Who the request is addressed to: for `mlat`, the requested state\'s central authority; for `eio`, the executing authority; for `network_24_7`, the requested state\'s 24/7 point.' },
      after: { type: 'string', minLength: 1, description: 'The id of a request this one builds on (typically its preservation request).' },
      sent: date('The date sent, or planned. Date-aware rules use it, and today where it is absent. On or before today the request is a record: no fix changes it (a fix adds a follow-up request instead).'),
      needed_by: date('When the answer is needed.'),
      notes: { type: 'string', description: 'Free notes.' },
      emergency: { type: 'boolean', description: '`true`: an emergency disclosure request (danger of death or serious physical injury). US law lets a provider disclose content voluntarily in an emergency (18 U.S.C. 2702(b)(8)); it is discretionary. Needs `case.urgency: threat_to_life`.' },
      persons: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The persons this request concerns, by their `name` in `case.persons` (listed in an MLA request: UNTOC Art. 18(15)(e)).' },
      questions: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'On a witness request (`action: testimony`): the questions to put to the witness, one an item, listed in the document (the assistance sought, stated precisely: UN Model Treaty on Mutual Assistance in Criminal Matters, Art. 5).' },
      annexes: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The documents annexed to the request (a warrant, a court order, photographs), one an item: listed at the document\'s end.' },
      warrant: {
        type: 'object',
        additionalProperties: false,
        required: ['reference'],
        description: 'On a Red Notice: the arrest warrant or judicial decision it rests on, `{ reference, issued_by, on }` (INTERPOL\'s Rules on the Processing of Data, Arts 82 et seq.: a Red Notice needs a valid arrest warrant or equivalent judicial decision). A warrant without its reference is not one.',
        properties: {
          reference: { type: 'string', minLength: 1, description: 'The warrant\'s number or reference.' },
          issued_by: { type: 'string', minLength: 1, description: 'The court or judge that issued it.' },
          on: date('The date it was issued.'),
        },
      },
      validated_by: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type'],
        description: 'On an EU order (`eu_production_order`, `eu_preservation_order`) or an EIO: the judicial authority that validated it, `{ name, type, on }`, where the issuing authority (`case.authority_type`) may not issue it alone. A European Production Order for traffic data (other than data asked for the sole purpose of identifying the user) or content is issued by a judge, a court or an investigating judge, or validated by one (Regulation (EU) 2023/1543 Art. 4(2)); other orders by a judge, a court, an investigating judge or a public prosecutor, or validated by one (Art. 4(1), (3)); an EIO likewise (Directive 2014/41/EU Art. 2(c)). Rule `eu-order-authority`.',
        properties: {
          name: { type: 'string', minLength: 1, description: 'The validating court, judge or prosecutor\'s office.' },
          type: enumOf(VALIDATING_TYPES, 'What kind of authority validated it.'),
          on: date('The date of the validation.'),
        },
      },
      person_resides: country('On an EU order for traffic or content data: the state where the person whose data are sought resides, where known. The enforcing state is notified (Regulation (EU) 2023/1543 Art. 8) unless the offence was committed in the issuing state and the person resides there.'),
      extradition: { type: 'boolean', description: 'On a Red Notice: `true` where the requesting state gives the assurance that it will seek extradition once the person is arrested (INTERPOL\'s Rules on the Processing of Data, Arts 82 et seq.).' },
      danger: { type: 'string', minLength: 1, description: 'On an emergency request (`emergency: true`): the emergency statement, as a block scalar (`|`). Who is at risk and of what (death, serious physical injury, a child\'s sexual abuse), why the danger is imminent and how recent the information is, and how the data asked for will prevent it. Providers\' emergency forms ask for each (Snap\'s Law Enforcement Emergency Response Form: the nature and recency of the emergency and how the data will help; X\'s emergency disclosure cover sheet: the person in danger and the nature of the emergency).' },
      // The register (register.md): a request's life after it is drafted. All optional; the dates
      // must follow `sent` (checked after the schema, src/core/date-order.ts).
      reference: { type: 'string', minLength: 1, description: 'Your own outgoing number for this request (shown in the drafts\' header).' },
      their_reference: { type: 'string', minLength: 1, description: 'The number the requested side (central authority, provider) gave this request.' },
      acknowledged: date('The date the requested side confirmed receipt.'),
      answered: date('The date the answer arrived (with `partial: true` when only part of it came).'),
      partial: { type: 'boolean', description: '`true`: the answer of `answered` covers only part of the request; the rest is still awaited.' },
      refused: {
        type: 'object',
        additionalProperties: false,
        required: ['on'],
        description: 'The request was refused: `{ on, reason }`.',
        properties: {
          on: date('The date of the refusal.'),
          reason: { type: 'string', minLength: 1, description: 'The ground the requested side stated (e.g. dual criminality, no probable cause).' },
        },
      },
      withdrawn: date('The date the request was withdrawn (the case closed, the person found).'),
      reminders: { type: 'array', uniqueItems: true, maxItems: 100, items: { type: 'string', format: 'date', description: 'A date a reminder was sent, `YYYY-MM-DD`.' }, description: 'The dates on which a reminder was sent about this request.' },
      extended: { type: 'array', uniqueItems: true, maxItems: 100, items: { type: 'string', format: 'date', description: 'A date an extension of the preservation was sent, `YYYY-MM-DD`.' }, description: 'On a `preserve` request: the dates on which an extension of the preservation was sent (a record). Each adds the provider\'s extension period (else the same period again), up to its maximum number of extensions. An extension still to send goes in `planned_extensions`.' },
      planned_extensions: { type: 'array', uniqueItems: true, maxItems: 100, items: { type: 'string', format: 'date', description: 'A date by which an extension of the preservation is to be sent, `YYYY-MM-DD`.' }, description: 'On a `preserve` request: the dates by which an extension is to be sent (a plan, not a record). The plan counts them like `extended`; once an extension is sent, move its date to `extended`.' },
      // Drafting keys (drafting.md): optional; a draft shows a placeholder where one is missing.
      relevance: { type: 'string', minLength: 1, description: 'Why this data or testimony is evidence of the offence: the link the requested side must see. For US content by MLAT, the facts showing probable cause that the account holds evidence of the offence (18 U.S.C. 2703).' },
      date_range: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        description: 'The period the data covers (data actions). Providers refuse "all data".',
        properties: { from: date('First day of the period.'), to: date('Last day of the period.') },
      },
      necessity: { type: 'string', minLength: 1, description: 'Why the data risks being lost (`preserve` only; Budapest Convention Art. 29(2)(e)).' },
      procedure: { type: 'string', minLength: 1, description: 'Formalities the requested side should follow (certification, sworn statements, presence of officials) and why (`mlat`, `letter_rogatory`, `eio`).' },
      confidential: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        description: 'Ask the requested side or the provider not to disclose the request (to the account holder or anyone else).',
        properties: {
          reason: { type: 'string', minLength: 1, description: 'Why disclosure would harm the investigation.' },
          until: date('Until when, where a provider asks for an end date.'),
        },
      },
    },
    // Discriminated on action and channel with if/then so that an error names the branch that
    // applies. Each `then` carries a description: it is the branch's name in messages.
    allOf: [
      {
        if: { required: ['action'], properties: { action: { enum: DATA_ACTIONS } } },
        then: { description: 'a data action (preserve, produce)', required: ['holder', 'data'], properties: { person: false } },
      },
      {
        if: { required: ['action'], properties: { action: { enum: PERSON_ACTIONS } } },
        then: { description: 'a person action (locate, identify, arrest, warn, find_missing)', required: ['person'], properties: { holder: false, identifiers: false } },
      },
      {
        // On interpol, `data` with a person action is the meaning rule evidence-via-interpol's to report.
        if: { required: ['action', 'channel'], properties: { action: { enum: PERSON_ACTIONS }, channel: notIn(['interpol']) } },
        then: { description: 'a person action (locate, identify, arrest, warn, find_missing)', properties: { data: false } },
      },
      {
        if: { required: ['action'], properties: { action: { const: 'testimony' } } },
        then: { description: 'testimony (the witness goes in `person`, the state in `requested_state`)', required: ['person', 'requested_state'], properties: { holder: false, data: false, identifiers: false } },
      },
      {
        if: { required: ['channel'], properties: { channel: { const: 'interpol' } } },
        then: { description: 'channel `interpol`', required: ['notice'] },
      },
      {
        if: { required: ['channel'], properties: { channel: notIn(['interpol']) } },
        then: { description: 'a channel other than `interpol`', properties: { notice: false } },
      },
      {
        if: { required: ['channel'], properties: { channel: { enum: ['eu_production_order', 'eu_preservation_order'] } } },
        then: { description: 'an EU order (Regulation 2023/1543)', properties: { holder: { required: ['eu_services'] } } },
      },
      {
        if: { required: ['channel'], properties: { channel: notIn(ADDRESSED) } },
        then: { description: 'a channel other than `mlat`, `letter_rogatory`, `eio` and `network_24_7`', properties: { addressee: false } },
      },
      {
        if: { required: ['channel', 'action'], properties: { channel: notIn(ADDRESSED), action: { not: { const: 'testimony' } } } },
        then: { description: 'a channel other than `mlat`, `letter_rogatory`, `eio` and `network_24_7`', properties: { requested_state: false } },
      },
      {
        if: { required: ['action'], properties: { action: { not: { const: 'preserve' } } } },
        then: { description: 'an action other than `preserve`', properties: { extended: false, planned_extensions: false } },
      },
      {
        if: { required: ['partial'] },
        then: { description: 'a partial answer (`partial`)', required: ['answered'] },
      },
      {
        if: { required: ['action'], properties: { action: { not: { enum: DATA_ACTIONS } } } },
        then: { description: 'an action that is not a data action', properties: { date_range: false } },
      },
      {
        if: { required: ['action'], properties: { action: { not: { const: 'preserve' } } } },
        then: { description: 'an action other than `preserve`', properties: { necessity: false } },
      },
      {
        if: { required: ['channel'], properties: { channel: notIn(['mlat', 'letter_rogatory', 'eio']) } },
        then: { description: 'a channel other than `mlat`, `letter_rogatory` and `eio`', properties: { procedure: false } },
      },
    ],
  };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'which-channel-case.schema.json',
    title: 'which-channel case file',
    description: 'One cross-border case: who is asking, and every request with its channel.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'case', 'requests'],
    properties: {
      version: { const: 1, description: 'The case-file format version. Always `1`.' },
      case: {
        type: 'object',
        description: 'The case: who is asking, for what offences.',
        additionalProperties: false,
        required: ['id', 'requesting_state'],
        properties: {
          id: { type: 'string', minLength: 1, description: 'Your case reference, e.g. `CYB-2026-0147`.' },
          title: { type: 'string', description: 'A short title.' },
          requesting_state: country('The state making the requests.'),
          requesting_authority: { type: 'string', description: 'The requesting authority, e.g. a police station or prosecutor\'s office.' },
          authority_type: enumOf(AUTHORITY_TYPES, 'What kind of authority issues the requests: a letter rogatory is issued by a court or judge (rule `rogatory-issuer`); an EU order for traffic or content data by a judge, or validated by one (Regulation (EU) 2023/1543 Art. 4).'),
          offences: { type: 'array', items: offence, description: 'The offences: free text, or `{ name, provision, max_penalty_years }` (the provision and penalty go into MLA requests and portal requests).' },
          max_penalty_years: { type: 'number', minimum: 0, description: 'Highest statutory penalty of the offences, in years.' },
          organised_crime: { type: 'boolean', description: '`true` when an organised criminal group (three or more persons, existing for a period of time, acting in concert to commit serious crimes for a financial or other material benefit: UN Convention against Transnational Organized Crime, Art. 2(a)) is involved, or there are reasonable grounds to suspect it (Art. 18(1)); `false` when it is not. Absent: not stated, and a request that rests on that Convention stays conditional.' },
          urgency: enumOf(URGENCY, 'How urgent the case is: `threat_to_life` shortens what the EU orders allow (8 hours).'),
          // Drafting keys (drafting.md).
          facts: { type: 'string', minLength: 1, description: 'A summary of the facts (a block scalar `|`), in the language of the request: who did what, when, to whom, and how the data or witness is linked to it.' },
          stage: enumOf(STAGES, 'The stage of the proceedings (MLA requests state it).'),
          contact: {
            type: 'object',
            additionalProperties: false,
            description: 'Who the requested side or the provider may contact about the requests (an official email: providers refuse free-mail addresses).',
            properties: {
              name: { type: 'string', minLength: 1, description: 'Full name of the officer or prosecutor.' },
              role: { type: 'string', minLength: 1, description: 'Rank or function.' },
              email: { type: 'string', minLength: 1, description: 'Official email address.' },
              phone: { type: 'string', minLength: 1, description: 'Phone number, ideally in E.164 form.' },
            },
          },
          language: { type: 'string', pattern: '^[a-z]{2}$', description: 'ISO 639-1 code of the language of the requests (default `en`; drafts are in English for now). Rule `translation-required` says where the addressee accepts other languages only.' },
          urgency_reason: { type: 'string', minLength: 1, description: 'Why the matter is urgent, when `urgency` is not `routine`.' },
          // Issue 20 section 4: the persons an MLA request concerns (UNTOC Art. 18(15)(e): "where possible, the identity, location and nationality of any person concerned").
          persons: {
            type: 'array',
            description: 'The persons the case concerns, `[{ name, role, born, nationality, address }]`; a request names the ones it concerns by `persons: [name]` and its MLA document lists them (UN Convention against Transnational Organized Crime, Art. 18(15)(e): the identity, location and nationality of any person concerned).',
            items: {
              type: 'object', additionalProperties: false, required: ['name'],
              properties: {
                name: { type: 'string', minLength: 1, description: 'Full name: requests name the person by it.' },
                role: { type: 'string', minLength: 1, description: 'The person\'s part in the case (suspect, witness, victim, account holder...).' },
                born: date('Date of birth.'),
                nationality: country('Nationality.'),
                address: { type: 'string', minLength: 1, description: 'Last known address (the location Art. 18(15)(e) asks for).' },
              },
            },
          },
        },
      },
      requests: { type: 'array', description: 'The requests of this case, one per channel and action.', items: { $ref: '#/definitions/request' } },
    },
    definitions: { request, country: enumOf(countries, 'An ISO 3166-1 alpha-2 country code, upper case.') },
  };
}

const sourced = {
  source: { type: 'string', minLength: 1, description: 'Where the fact comes from.' },
  as_of: { type: 'string', format: 'date', description: 'When the fact was last checked.' },
  verify: { type: 'boolean', description: 'From general knowledge: verify against a primary text.' },
  note: { type: 'string', description: 'A note shown with the fact.' },
};
const code = { type: 'string', pattern: '^[A-Z]{2}$' };
const languageCodes = { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: { type: 'string', pattern: '^[a-z]{2}$' }, description: 'ISO 639-1 codes, e.g. `[de]`, `[nl, en]`.' };
const languageEntry = {
  type: 'object', additionalProperties: false, required: ['state', 'languages', 'source', 'as_of'],
  properties: {
    state: code,
    languages: languageCodes,
    reciprocity: {
      type: 'array', maxItems: 50, description: 'Other languages accepted from some requesting states, on reciprocity.',
      items: { type: 'object', additionalProperties: false, required: ['state', 'languages'], properties: { state: code, languages: languageCodes } },
    },
    ...sourced,
  },
};
const day = { type: 'string', format: 'date' };
const year = { type: 'integer', minimum: 1900, maximum: 2100 };
const complete = { type: 'boolean', description: 'Whether the list is the whole list. While it is not, a state absent from it is unknown, never "no".' };

/** The knowledge-base schema. `full` requires the sections the shipped file must have. */
export function knowledgeSchema() {
  const channel = {
    type: 'object',
    additionalProperties: false,
    required: ['source', 'as_of'],
    properties: {
      title: { type: 'string' }, bucket: { enum: ['data', 'evidence', 'person'] },
      delivers: { type: 'string' }, cannot: { type: 'string' }, compels: { type: 'string' },
      speed: { type: 'string' }, limits: { type: 'string' },
      earliest_days: { type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: 3650 }, propertyNames: { enum: [...Object.keys(ACTIONS), 'produce_threat_to_life'] } },
      latest_days: { type: 'object', description: 'The typical latest answer in days, per action (beside `earliest_days`; the plan draws the window between them). From the guide\'s decision matrix ("6 to 24 months" gives 730).', additionalProperties: { type: 'integer', minimum: 0, maximum: 3650 }, propertyNames: { enum: [...Object.keys(ACTIONS), 'produce_threat_to_life'] } },
      latest_open_ended: { type: 'boolean', description: 'The latest answer can be later still ("2 years or more"): the plan says "or more".' },
      hold_days: { type: 'integer', minimum: 1, maximum: 3650, description: 'How long a preservation on this channel holds, in days, where the provider states no period of its own.' },
      hold_extension_days: { type: 'integer', minimum: 1, maximum: 3650, description: 'What one extension of such a preservation adds, in days (default: `hold_days` again).' },
      hold_extension_form: { type: 'string', description: 'The form the law sets for an extension, as a letter names it (e.g. "the form set out in Annex VI to Regulation (EU) 2023/1543"); absent, a letter leaves the form as a placeholder.' },
      hold_basis: { type: 'string', description: 'What the period rests on, as a document cites it (e.g. "18 U.S.C. 2703(f)").' },
      hold_basis_binds: {
        type: 'object', additionalProperties: false,
        description: 'Where `hold_basis` is a law that binds only some requests: the requesting state and the holder\'s country it binds. Otherwise a document says the holder preserves under its own policy.',
        properties: { requesting_state: code, holder_country: code },
      },
      hold_continues_pending_request: { type: 'boolean', description: 'Once the request for assistance that the preservation waits for is received within the hold, the data stays preserved until that request is decided (Budapest Convention Art. 29(7)).' },
      ...sourced,
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'which-channel-knowledge.schema.json',
    title: 'which-channel knowledge base',
    description: 'Facts the rules read, each with a source and an as-of date. A workspace file `.which-channel/knowledge.yaml` of the same shape adds or overrides entries.',
    type: 'object',
    additionalProperties: false,
    properties: {
      version: { const: 1 },
      channels: { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.keys(CHANNELS).map((c) => [c, channel])) },
      content_wall: { type: 'object', additionalProperties: false, required: ['summary', 'source', 'as_of'], properties: { summary: { type: 'string' }, ...sourced } },
      e_evidence: {
        type: 'object', additionalProperties: false, required: ['source', 'as_of'],
        properties: {
          regulation: { type: 'string' }, in_force: day, applies_from: day, members: { type: 'array', items: code, maxItems: 100 }, not_bound: { type: 'array', items: code, maxItems: 100 },
          production_threshold: {
            type: 'object', additionalProperties: false, required: ['years', 'source', 'as_of'],
            description: 'Art. 5(4): a European Production Order for traffic data (other than for identifying the user) or content only for offences punishable by a maximum custodial sentence of at least `years`, or for the offences it lists. `listed_categories`: the offence categories that may be among the listed ones (the rule `eu-order-threshold` is silent on them).',
            properties: { years: { type: 'number', minimum: 0 }, listed_categories: { type: 'array', items: { enum: Object.keys(OFFENCE_CATEGORIES) }, maxItems: 20 }, ...sourced },
          },
          ...sourced,
        },
      },
      cloud_act_agreements: {
        type: 'array', maxItems: 1000,
        items: { type: 'object', additionalProperties: false, required: ['state', 'source', 'as_of'], properties: { state: code, signed: day, in_force: day, ...sourced } },
      },
      central_authorities: {
        type: 'array', maxItems: 1000,
        items: { type: 'object', additionalProperties: false, required: ['state', 'name', 'source', 'as_of'], properties: { state: code, name: { type: 'string', minLength: 1 }, aliases: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 100 }, unknown: { type: 'boolean', description: 'There is no single addressee for ordinary requests: treat the authority as unknown.' }, valid_from: day, ...sourced } },
      },
      mlat_pairs: {
        type: 'array', maxItems: 10000,
        items: {
          type: 'object', additionalProperties: false, required: ['states', 'status', 'source', 'as_of'],
          properties: {
            states: { type: 'array', items: code, minItems: 2, maxItems: 2 }, status: { enum: ['in_force', 'none'] }, signed: day, in_force: day,
            in_force_by: { anyOf: [year, day], description: 'Known to be in force by this year (its end) or date; an earlier date is unknown.' },
            instrument: { type: 'string', description: 'The instrument that provides the pair, where it is not a treaty of its own (the US-EU Agreement).' },
            authorities: {
              type: 'array', maxItems: 2,
              description: 'The central authority the treaty itself names for a state, where it differs from the state\'s own (the India-UAE agreement names the UAE Ministry of Interior): requests under this treaty go there.',
              items: { type: 'object', additionalProperties: false, required: ['state', 'name', 'source'], properties: { state: code, name: { type: 'string', minLength: 1 }, aliases: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 100 }, source: { type: 'string', minLength: 1 }, verify: { type: 'boolean' }, note: { type: 'string' } } },
            },
            ...sourced,
          },
        },
      },
      mlat_lists: {
        type: 'array', maxItems: 300,
        description: "States whose whole list of bilateral MLATs `mlat_pairs` holds, as its source states it on `as_of`: up to that date a pair of that state absent from `mlat_pairs` has no bilateral treaty (an MLA answer can then be `none`); after it, unknown.",
        items: { type: 'object', additionalProperties: false, required: ['state', 'complete', 'source', 'as_of'], properties: { state: code, complete, ...sourced } },
      },
      notices: {
        type: 'object', additionalProperties: false,
        properties: Object.fromEntries(Object.keys(NOTICES).map((n) => [n, { type: 'object', additionalProperties: false, required: ['purpose'], properties: { purpose: { type: 'string' }, fits: { type: 'array', items: { enum: PERSON_ACTIONS } } } }])),
      },
      notices_source: { type: 'object', additionalProperties: false, required: ['source', 'as_of'], properties: sourced },
      ...legalBasesSchema(),
      providers: providersSchema(),
    },
  };
}

/** The knowledge sections of the legal bases (legal-bases.md): the EIO, conventions, 24/7 points, facts. */
function legalBasesSchema() {
  const text = { type: 'string' };
  const party = {
    type: 'object', additionalProperties: false, required: ['state', 'source', 'as_of'],
    properties: {
      state: code, in_force: day, in_force_by: { anyOf: [year, day] },
      deposited: { ...day, description: 'The date the state deposited its instrument (ratification, accession, acceptance, approval, succession), read in the source.' },
      computed: { type: 'string', minLength: 1, description: 'The article of the treaty by which `in_force` is computed from `deposited` (e.g. "Art. 38(2)"): a date computed by the treaty\'s own rule from a sourced deposit date is sourced.' },
      ...sourced,
    },
    // A party without a date decides nothing and says nothing: the file must give one.
    anyOf: [{ required: ['in_force'] }, { required: ['in_force_by'] }],
  };
  const offenceScope = {
    type: 'object', additionalProperties: false,
    description: 'Which offences the convention covers (absent: every offence). Read with `case.organised_crime`, `case.offences[].category` and `max_penalty_years`.',
    properties: {
      organised_crime: { type: 'boolean', description: 'Only where an organised criminal group is involved or suspected (UNTOC Arts 3(1), 18(1)).' },
      min_penalty_years: { type: 'number', minimum: 0, description: 'An offence with at least this maximum penalty is covered ("serious crime", UNTOC Art. 2(b)).' },
      categories: { type: 'array', items: { enum: Object.keys(OFFENCE_CATEGORIES) }, description: 'Offence categories covered in their own right, whatever the penalty.' },
      conditional_categories: { type: 'array', items: { enum: Object.keys(OFFENCE_CATEGORIES) }, description: 'Categories covered only on a further fact the case cannot state (laundering of the proceeds of corruption): the answer stays conditional and says so.' },
      conditional_note: { type: 'string', description: 'What a conditional category turns on, in words.' },
      article: { type: 'string', description: 'The articles that set the scope, for messages.' },
    },
  };
  const convention = {
    type: 'object', additionalProperties: false, required: ['title', 'source', 'as_of'],
    properties: {
      title: text, short: text,
      scope: {
        type: 'object', additionalProperties: false, description: 'What requests the convention covers; absent: all.',
        properties: { data: { type: 'array', items: { enum: ['subscriber', 'ip_logs', 'traffic', 'content', 'bank_records'] } }, actions: { type: 'array', items: { enum: ['preserve', 'produce', 'testimony'] } }, offences: offenceScope },
      },
      kind: { enum: ['regional', 'e_evidence', 'universal'], description: 'Where it stands in the order a request relies on (UNTOC Art. 18(7)): `regional` conventions after bilateral treaties, then `e_evidence` (the Budapest Convention), then `universal` (the UN conventions, in `order`).' },
      order: { type: 'integer', minimum: 0, description: 'The position among conventions of the same kind (lower first).' },
      article: { type: 'string', description: 'The article that gives mutual legal assistance, cited in drafts (e.g. "Art. 18").' },
      non_parties: { type: 'array', items: code, maxItems: 300, description: 'States known not to be parties on `as_of` (with `complete: true`, every state absent from `parties` is a non-party up to `as_of`, and unknown after it).' },
      preservation_days: { type: 'integer', minimum: 0 }, dual_criminality_for_preservation: { type: 'boolean' },
      entry_into_force_rule: text, replaced_by_eio: text, parties_note: text, complete,
      parties: { type: 'array', items: party, maxItems: 1000 },
      ...sourced,
    },
  };
  const fact = {
    type: 'object', additionalProperties: false, required: ['title', 'source', 'as_of'],
    properties: {
      title: text, opened: day, adopted: day, in_force: { anyOf: [{ type: 'boolean' }, day] },
      ratifications: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['state', 'date'], properties: { state: code, date: day } } },
      needed: { type: 'integer', minimum: 0 }, signatories: { type: 'integer', minimum: 0 },
      ...sourced,
    },
  };
  return {
    eio: {
      type: 'object', additionalProperties: false, required: ['source', 'as_of'],
      description: 'The European Investigation Order (Directive 2014/41/EU): bound states, the date it applies from, time limits.',
      properties: {
        instrument: text, title: text, applies_from: day,
        bound: { type: 'array', items: code, maxItems: 100 }, not_bound: { type: 'array', items: code, maxItems: 100 },
        formerly_bound: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['state', 'until', 'source', 'as_of'], properties: { state: code, until: day, ...sourced } } },
        time_limits: { type: 'object', additionalProperties: false, properties: { recognise_days: { type: 'integer' }, recognise_extension_days: { type: 'integer' }, execute_days: { type: 'integer' }, provisional_hours: { type: 'integer' }, provisional_verify: { type: 'boolean' } } },
        central_authority_optional: { type: 'boolean' }, complete, replaces: text, transposition_note: text, ireland_note: text,
        ...sourced,
      },
    },
    conventions: {
      type: 'object', description: 'Multilateral conventions that give an MLA basis between their parties, by id.',
      propertyNames: { enum: CONVENTION_IDS }, additionalProperties: convention, maxProperties: 50,
    },
    us_eu_agreement: {
      type: 'object', additionalProperties: false, required: ['title', 'source', 'as_of'],
      description: 'The US-EU Mutual Legal Assistance Agreement: an instrument between the US and each member state listed.',
      properties: { title: text, signed: day, senate_consent: day, in_force: day, states: { type: 'array', items: code, maxItems: 100 }, complete, ...sourced },
    },
    points_24_7: {
      type: 'array', maxItems: 1000, description: 'The 24/7 points of contact of the Budapest Convention (Art. 35).',
      items: { type: 'object', additionalProperties: false, required: ['state', 'name', 'source', 'as_of'], properties: { state: code, name: { type: 'string', minLength: 1 }, ...sourced } },
    },
    languages: {
      type: 'object', additionalProperties: false,
      description: 'The languages a requested state accepts a request in, by kind of request (rule `translation-required`). A state absent from a list is unknown.',
      properties: {
        eio: { type: 'array', maxItems: 300, items: languageEntry, description: 'European Investigation Orders: the languages each executing state accepts (Directive 2014/41/EU Art. 5(2)).' },
        mla: { type: 'array', maxItems: 300, items: languageEntry, description: 'Mutual legal assistance requests: the languages the requested state accepts (UNTOC Art. 18(14), UNCAC Art. 46(14), its law).' },
      },
    },
    outgoing: {
      type: 'array', maxItems: 300,
      description: "How a state's outgoing mutual legal assistance requests leave it: who transmits them and through which channel (forms.md, section 3).",
      items: {
        type: 'object', additionalProperties: false, required: ['state', 'transmits', 'source', 'as_of'],
        properties: {
          state: code,
          transmits: { type: 'string', minLength: 1, description: 'Who issues or transmits the requests.' },
          channel: { type: 'string', minLength: 1, description: 'The channel they travel (central authority, diplomatic).' },
          court_issues_letters_rogatory: { type: 'boolean', description: 'Whether a letter rogatory (letter of request) of this state is issued by a court or judge.' },
          diplomatic: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The channels (ids) whose requests this state sends through the diplomatic channel (a document travelling that way opens with "presents its compliments"; any other opens plainly). From the same source as `channel`.' },
          ...sourced,
        },
      },
    },
    facts: {
      type: 'object', description: 'Dated facts no rule uses yet (the Second Additional Protocol, the UN Convention), by id.',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' }, additionalProperties: fact, maxProperties: 50,
    },
  };
}

// The provider registry (spec providers.md): one entry per provider id, each fact with its own
// source, checked_on and confidence. A workspace entry with a shipped id corrects that provider
// fact by fact; a new id adds a provider (an agency knows its local banks and telecoms).
const CONFIDENCE = {
  primary: "The provider's own page or an official text. Rules act only on these.",
  secondary: 'A third-party guide, or a third-party copy of a provider document: hovers say "verify".',
  memory: 'Unverified (general knowledge): hovers say "verify".',
};
const providerFact = (required, properties, description) => ({
  type: 'object',
  additionalProperties: false,
  required: [...required, 'source', 'checked_on', 'confidence'],
  description,
  properties: {
    ...properties,
    note: { type: 'string', description: 'A note shown with the fact.' },
    source: { type: 'string', minLength: 1, description: 'Where the fact comes from: an address or a document.' },
    checked_on: { type: 'string', format: 'date', description: 'When the fact was last checked against its source, `YYYY-MM-DD`.' },
    confidence: enumOf(CONFIDENCE, 'How sure the fact is: `primary` (the provider\'s own text), `secondary`, `memory`.'),
  },
});
const REGIONS = 'Where the account holder lives: `default` (everyone not covered by another entity), `eu` (the EU/EEA), `uk`, `us`, or another region name.';

function providersSchema() {
  const days = (description) => ({ type: 'integer', minimum: 0, maximum: 3650, description });
  const provider = {
    type: 'object',
    additionalProperties: false,
    description: 'One provider. Every key is optional in a workspace file (it corrects the shipped entry key by key); the shipped registry gives `names`, `type` and `entities` for each.',
    properties: {
      names: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1 }, description: 'Names and brands a user may type, matched leniently (case, punctuation, legal suffixes such as Inc., Ltd, LLC, B.V.).' },
      type: providerFact(['value'], { value: enumOf(HOLDER_TYPES, 'The holder type of this provider.') }, 'What kind of holder the provider is.'),
      entities: {
        type: 'array', maxItems: 50, description: 'Who answers, by where the account holder lives.',
        items: providerFact(['region', 'name'], {
          region: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', description: REGIONS },
          name: { type: 'string', minLength: 1, description: 'The legal entity that answers for that region.' },
          country: { ...code, description: 'Where the entity is established, ISO 3166-1 alpha-2.' },
          eu_services: { type: 'boolean', description: 'Whether the entity (or its group) offers services in the EU.' },
          address: { type: 'string', minLength: 1, maxLength: 200, description: 'The entity\'s postal address for legal process (or its registered office), as the provider\'s own law-enforcement guidelines or legal pages state it; one line. Drafts of CLOUD Act and EU orders address the entity there.' },
        }, 'One legal entity and the region it answers for.'),
      },
      entities_note: { type: 'string', description: 'A note on the entities (for example: the provider names none).' },
      portal: providerFact([], {
        name: { type: 'string', minLength: 1, description: 'The portal\'s name.' },
        address: { type: 'string', pattern: '^https://[^\\s<>"\'`\\[\\]]+$', description: 'Its web address: an `https://` URL (no spaces, quotes or brackets).' },
        none: { const: true, description: '`true`: the provider runs no law-enforcement portal (a `lers` request to it is wrong).' },
        contact: { type: 'string', description: 'Where requests go instead, where there is no portal.' },
      }, 'The law-enforcement portal, or `none: true`.'),
      preservation: providerFact([], {
        days: days('How long a preservation for a foreign request is held, in days.'),
        extension_days: days('How long each extension adds, in days (absent: the same period again).'),
        max_extensions: { type: 'integer', minimum: 0, maximum: 100, description: 'How many extensions the provider grants (absent: not stated).' },
        accepts: { type: 'boolean', description: 'Whether the provider accepts preservation requests (where no period is stated).' },
      }, 'How long a preservation holds.'),
      emergency: providerFact([], {
        accepts: { type: 'boolean', description: 'Whether the provider answers emergency disclosure requests (danger of death or serious physical injury).' },
        how: { type: 'string', description: 'How to send one.' },
        content_outside_us: { type: 'boolean', description: 'Whether, in an emergency, the provider discloses the content of communications to authorities outside the United States, as its own guidelines state (`false`: records only). Absent: not stated. An emergency draft to a state outside the US asks for no content where this is `false`.' },
      }, 'The emergency disclosure policy.'),
      languages: providerFact(['value'], { value: languageCodes }, 'The languages the provider accepts requests in (ISO 639-1), as its own guidelines state them.'),
      content: providerFact(['needs'], { needs: { type: 'string', minLength: 1, description: 'What the provider says foreign authorities need for content.' } }, 'What content needs.'),
      identifiers: {
        type: 'array', maxItems: 50, description: 'The identifier types the provider accepts.',
        items: providerFact(['type'], {
          type: { enum: ['email', 'phone', 'url', 'username', 'user_id', 'ip', 'wallet', 'device', 'other'], description: 'The kind of identifier.' },
          format: { type: 'string', minLength: 1, maxLength: 500, description: 'A regular expression the value must match, where the provider states a format.' },
          description: { type: 'string', description: 'What the provider says about it.' },
        }, 'An identifier type the provider accepts.'),
      },
    },
  };
  return {
    type: 'object',
    description: 'The provider registry, keyed by a short provider id (`meta`, `google`, `x`).',
    maxProperties: 5000,
    propertyNames: { pattern: '^[a-z0-9][a-z0-9_-]*$' },
    additionalProperties: provider,
  };
}

/**
 * The schema given to the Red Hat YAML extension (`yamlValidation`): the same keys, descriptions
 * and values, so its completion and hover work, but nothing that can fail (no required keys, no
 * closed maps, no enums, no branches). which-channel reports every schema problem itself, once,
 * with its fixes; Red Hat YAML would otherwise report each of them a second time.
 */
export function hintsSchema(full) {
  const DROP = new Set(['required', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'format', 'minLength', 'minItems', 'uniqueItems', 'minimum', 'type']);
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (DROP.has(k)) continue;
      if (k === 'enum') out.examples = v;
      else if (k === 'const') out.examples = [v];
      else if (k === 'properties' || k === 'definitions') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, walk(s)]));
      else out[k] = walk(v);
    }
    return out;
  };
  return { ...walk(full), $id: 'which-channel-case.hints.schema.json', title: 'which-channel case file (hints for editors; which-channel validates)' };
}
