// The EU forms (forms.md section 2), in English: the EPOC (Regulation (EU) 2023/1543, Annex I),
// the EPOC-PR (Annex II) and the EIO (Directive 2014/41/EU, Annex A). Headings and preambles are
// the annexes' own words where they were read in a copy of the Official Journal's text; where a
// heading was not read, the section has its letter only and its fields are labelled in plain
// words (never an invented official wording). What was read, and where, is recorded beside each
// entry; the research is ../shared/research/forms-structure-2026-12.md.
//
// Tags: (R) read verbatim in the English text; (S) known only from the Commission's XML schema as
// mirrored by ETSI TS 104 144's reference translator (an element, not a label); (-) not read.

export const FORMS_EN = {
  /** A tick box, ticked or not; on paper and in the Markdown preview alike. */
  ticked: '☒',
  unticked: '☐',
  notApplicable: 'not applicable',
  blank: '…',
  epoc: {
    // (R) eumonitor.eu copy of the annexes of Regulation (EU) 2023/1543 (title, preamble, Sections A and B).
    title: 'EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC) FOR THE PRODUCTION OF ELECTRONIC EVIDENCE',
    subtitle: 'Regulation (EU) 2023/1543, Annex I',
    preamble: [
      'Under Regulation (EU) 2023/1543 of the European Parliament and of the Council the addressee of this European Production Order Certificate (EPOC) must execute this EPOC and must transmit the requested data in accordance with the deadline(s) specified in Section C of this EPOC to the competent authority indicated under point (a) of Section L of this EPOC.',
      'In all cases, the addressee must, upon receipt of the EPOC, act expeditiously to preserve the data requested, unless the information in the EPOC does not allow it to identify those data. The data must continue to be preserved until the data are produced or until the issuing authority or, where applicable, the enforcing authority, indicates that it is no longer necessary to preserve and produce the data.',
      'The addressee must take the necessary measures to ensure the confidentiality, secrecy and integrity of the EPOC and of the data produced or preserved.',
    ],
    a: 'SECTION A: Issuing/validating authority', // (R)
    b: 'SECTION B: Addressee', // (R)
    // (-) The heading of Section C was not read; the preamble calls its content "the deadline(s) specified in Section C".
    c: 'SECTION C',
    d: 'SECTION D', // (S) an earlier EPOC or EPOC-PR the order relates to
    e: 'SECTION E', // (S) `SectionEToF`: one block per identifier, with its time range
    f: 'SECTION F', // (S) the data requested, with tick boxes (ETSI schema descriptions quote "EPOC Form 1 Section F")
    g: 'SECTION G', // (-) the offence and the grounds: not read
    h: 'SECTION H', // (S) `DelayConditions`: informing the user
    i: 'SECTION I', // (R) "details of issuing and validating authority to be provided at the end (Sections I and J)"
    j: 'SECTION J', // (R) idem: the validating authority
    k: 'SECTION K', // (S) `EnforcingAuthority`: the notification of Art. 8
    l: 'SECTION L', // (R) "point (a) of Section L": the authority the data go to
  },
  epocPr: {
    // (R) fantasticsearch.net copy of CELEX 32023R1543, annex_II (title, preamble, start of Section A).
    title: 'EUROPEAN PRESERVATION ORDER CERTIFICATE (EPOC-PR) FOR THE PRESERVATION OF ELECTRONIC EVIDENCE',
    subtitle: 'Regulation (EU) 2023/1543, Annex II',
    preamble: [
      'Under Regulation (EU) 2023/1543 of the European Parliament and of the Council the addressee of this European Preservation Order Certificate (EPOC-PR) must, without undue delay after receiving the EPOC-PR, preserve the data requested. The preservation must cease after 60 days, unless extended by the issuing authority by an additional 30 days, or the issuing authority confirms that a subsequent request for production has been issued. If the issuing authority confirms within those time periods that a subsequent request for production has been issued, the addressee must preserve the data for as long as necessary to produce the data once the subsequent request for production is received.',
      'The addressee must take necessary measures to ensure the confidentiality, secrecy and integrity of the EPOC-PR and of the data preserved.',
    ],
    a: 'SECTION A: Issuing/validating authority', // (R)
    b: 'SECTION B', // (S) the addressee and the emergency flag
    c: 'SECTION C', // (S) the data to be preserved, per identifier
    d: 'SECTION D', // (-) not read
    e: 'SECTION E', // (-) not read
    f: 'SECTION F', // (S) the issuing authority's details
    g: 'SECTION G', // (S) the validating authority's details
  },
  eio: {
    // (R-de) the German text of Annex A (ANHANG A, EUROPÄISCHE ERMITTLUNGSANORDNUNG (EEA)): title,
    // preamble, Sections A and B; the English headings of the other sections were not read.
    title: 'EUROPEAN INVESTIGATION ORDER (EIO)',
    subtitle: 'Directive 2014/41/EU, Annex A',
    a: 'SECTION A',
    b: 'SECTION B',
    c: 'SECTION C',
    d: 'SECTION D',
    e: 'SECTION E',
    f: 'SECTION F',
    g: 'SECTION G',
    h: 'SECTION H',
    i: 'SECTION I',
    j: 'SECTION J',
    k: 'SECTION K',
    l: 'SECTION L',
  },
  // Field labels: the annexes' words where read (R), else plain words.
  labels: {
    issuingState: 'Issuing State', // (R)
    executingState: 'Executing State', // (R-de: Vollstreckungsstaat; the Directive's term, Art. 2(b))
    executingAuthority: 'Executing authority, where known',
    issuingAuthority: 'Issuing authority', // (R)
    validatingAuthority: 'Validating authority (where applicable)', // (R)
    nb: 'NB: details of issuing and validating authority to be provided at the end (Sections I and J)', // (R)
    nbPr: 'NB: details of issuing and validating authority to be provided at the end (Sections F and G)',
    fileIssuing: 'File number of the issuing authority', // (R)
    fileValidating: 'File number of the validating authority', // (R)
    addressee: 'Addressee', // (R)
    designated: 'Designated establishment', // (R)
    representative: 'Legal representative', // (R)
    // (R) the start of the sentence, as far as it was read; the rest of it is not reproduced.
    emergencyAddressee: 'This order is issued in an emergency case to the specified addressee because the designated establishment or the legal representative of a service provider did not react to the EPOC within the deadlines',
    provider: 'Service provider concerned',
    address: 'Address of the addressee',
    deadlines: 'Time for producing the data (Regulation (EU) 2023/1543, Art. 10)',
    tenDays: 'Within 10 days of receipt of the EPOC (Art. 10)',
    eightHours: 'Emergency case: within 8 hours of receipt of the EPOC (Art. 10): an imminent threat to the life, physical integrity or safety of a person',
    neededBy: 'Needed by',
    related: 'This order relates to an earlier European Preservation Order: the EPOC-PR sent on {date}{ref}.',
    relatedPending: 'This order relates to an earlier European Preservation Order (EPOC-PR), sent before this one.',
    notRelated: 'This order does not relate to an earlier EPOC or EPOC-PR.',
    annexV: 'Confirm to the addressee of the EPOC-PR, on the form set out in Annex V, that this order has been issued: without that confirmation the preservation ends after 60 days (Art. 11(1)).',
    identifiers: 'Identifiers of the accounts or data',
    period: 'Time range of the data',
    dataAsked: 'Data requested',
    dataPreserved: 'Data to be preserved',
    // (S, verbatim quotations of the form's Section F boxes in ETSI's EPOC schema descriptions)
    subscriberBoxes: [
      'name, date of birth, postal or geographic address, contact information (email address, phone number) and other relevant information pertaining to the identity of the user/subscription holder',
      'date and time of initial registration, type of registration, copy of a contract, means of verification of identity at the moment of registration, copies of documents provided by the subscriber',
      'type of service and its duration, including identifier(s)',
    ],
    categories: {
      subscriber: 'Subscriber data',
      ip_logs: 'Data requested for the sole purpose of identifying the user (Art. 3(10)): IP addresses and the corresponding source ports and time stamps',
      traffic: 'Traffic data',
      content: 'Content data',
    } as Record<string, string>,
    otherData: 'Other data: {what}',
    offences: 'Criminal offences, the provisions of the law of the issuing State and the maximum penalties',
    facts: 'Summary description of the case and the grounds for the order',
    necessity: 'Why the order is necessary and proportionate',
    threshold: 'Traffic or content data: the offence is punishable in the issuing State by a maximum custodial sentence of at least {years} years, or is one listed in Art. 5(4) (Regulation (EU) 2023/1543)',
    thresholdNo: 'Subscriber data or data requested for the sole purpose of identifying the user: any criminal offence (Art. 5(3))',
    informUser: 'The addressee is asked not to inform the person whose data are sought: {reason}',
    informUserUntil: ' Until {until}.',
    informUserNo: 'No restriction on informing the person whose data are sought is asked for.',
    authorityType: 'Type of issuing authority',
    validatingType: 'Type of validating authority',
    authorityTypes: {
      judge: 'Judge, court or investigating judge',
      prosecutor: 'Public prosecutor',
      other: 'Other competent authority (validation required)',
    } as Record<string, string>,
    validatingTypes: {
      judge: 'Judge, court or investigating judge',
      prosecutor: 'Public prosecutor',
    } as Record<string, string>,
    emergencyCase: 'Emergency case', // (S) `SectionB/EmergencyCase`
    nameOfAuthority: 'Name of the authority',
    representative_: 'Name of its representative',
    post: 'Post held',
    fileReference: 'File reference',
    tel: 'Telephone',
    email: 'Email',
    languages: 'Languages in which the authority can communicate',
    validatedOn: 'Date of the validation',
    noValidation: 'Not applicable: the issuing authority may issue this order without validation.',
    notification: 'Notification of the enforcing State (Art. 8)',
    notifyRequired: 'The enforcing authority of {state} is notified of this order: the order is for traffic or content data and the person whose data are sought resides in {resides}. The enforcing authority may raise a ground for refusal within 10 days of receipt, or within 96 hours in an emergency case.',
    notifyUnlessLocal: 'The person whose data are sought resides in {resides}, the issuing State. The enforcing authority of {state} is notified unless the offence has been committed, is being committed or is likely to be committed in {resides} (Art. 8): the issuing authority confirms which.',
    notifyNone: 'Not required: the order is for subscriber data or for data requested for the sole purpose of identifying the user.',
    transfer: 'Authority to which the data are to be transferred',
    transferIssuing: 'The issuing authority',
    transferValidating: 'The validating authority',
    transferOther: 'Another competent authority',
    // The EIO
    urgency: 'Urgency',
    urgencyEvidence: 'evidence being concealed or destroyed',
    urgencyTrial: 'an imminent trial date',
    urgencyOther: 'any other reason: {reason}',
    notUrgent: 'The EIO is not urgent.',
    measures: 'The investigative measure(s) to be carried out',
    measureData: 'Obtaining the following data held by {holder}:',
    measureTestimony: 'Hearing the following person as a witness:',
    measurePreserve: 'Provisional measure: the preservation of the following data held by {holder} (Art. 32):',
    relatedEio: 'This EIO relates to an earlier request: {what}.',
    notRelatedEio: 'This EIO does not relate to an earlier EIO.',
    persons: 'The person(s) concerned',
    proceedings: 'The type of proceedings',
    proceedingsValue: 'Criminal proceedings; stage: {stage}',
    grounds: 'Grounds for issuing the EIO',
    formalities: 'Formalities and procedures requested for the execution',
    remedies: 'Legal remedies sought against the issuing of this EIO, if any',
    issuing: 'Details of the issuing authority',
    validating: 'Details of the validating authority',
    languagesEio: 'Language of this EIO',
  },
};

export type FormsText = typeof FORMS_EN;
