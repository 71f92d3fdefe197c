// Every rule, in the order of the catalogue (rules.md). The id is the file name, the test name,
// the doc page and the diagnostic code.
import type { Rule } from '../core/rule';
import { cloudActNoAgreement } from './cloud-act-no-agreement';
import { placeholderValue } from './placeholder-value';
import { cloudActNonUsHolder } from './cloud-act-non-us-holder';
import { contentViaLers } from './content-via-lers';
import { deadlineVsChannel } from './deadline-vs-channel';
import { duplicateRequestId } from './duplicate-request-id';
import { eEvidenceNotApplicable } from './e-evidence-not-applicable';
import { eEvidenceScope } from './e-evidence-scope';
import { evidenceViaInterpol } from './evidence-via-interpol';
import { fasterRoute } from './faster-route';
import { interpolAlone } from './interpol-alone';
import { lersNonPlatform } from './lers-non-platform';
import { mlatAddressee } from './mlat-addressee';
import { mlatWithoutTreaty } from './mlat-without-treaty';
import { missingElement } from './missing-element';
import { noticePurpose } from './notice-purpose';
import { personViaEvidenceChannel } from './person-via-evidence-channel';
import { preservationViaTreaty } from './preservation-via-treaty';
import { preserveFirst } from './preserve-first';
import { rogatoryWithTreaty } from './rogatory-with-treaty';
import { schema } from './schema';
import { unknownRequestRef } from './unknown-request-ref';
import { unknownPerson } from './unknown-person';
import { yamlSyntax } from './yaml-syntax';
import { eioReplacesMlaRule } from './eio-replaces-mla';
import { eioScope } from './eio-scope';
import { network247Scope } from './network-24-7-scope';
import { holderFacts } from './holder-facts';
import { holderEntity } from './holder-entity';
import { noPortal } from './no-portal';
import { identifierFormat } from './identifier-format';
import { preservationLapse } from './preservation-lapse';
import { emergencyBasis } from './emergency-basis';
import { emergencyAvailable } from './emergency-available';
import { knowledgeOverride } from './knowledge-override';
import { rogatoryIssuer } from './rogatory-issuer';
import { translationRequired } from './translation-required';
import { preservationExpiring } from './preservation-expiring';
import { answerOverdue } from './answer-overdue';
import { euOrderAuthority } from './eu-order-authority';
import { euOrderThreshold } from './eu-order-threshold';

export const RULES: readonly Rule[] = [
  contentViaLers, lersNonPlatform, evidenceViaInterpol, personViaEvidenceChannel, noticePurpose,
  preservationViaTreaty, preserveFirst, rogatoryWithTreaty, mlatWithoutTreaty, mlatAddressee,
  cloudActNoAgreement, cloudActNonUsHolder, eEvidenceScope, eEvidenceNotApplicable, fasterRoute,
  deadlineVsChannel, interpolAlone,
  schema, yamlSyntax, duplicateRequestId, unknownRequestRef, unknownPerson,
  eioReplacesMlaRule, eioScope, network247Scope,
  // providers.md
  holderFacts, holderEntity, noPortal, identifierFormat, preservationLapse, emergencyBasis, emergencyAvailable,
  // forms.md
  rogatoryIssuer, translationRequired, euOrderAuthority, euOrderThreshold,
  missingElement, placeholderValue,
  // register.md: what is due, from today's date
  preservationExpiring, answerOverdue,
  // runs on the workspace knowledge file (core/knowledge-override.ts), not on case files
  knowledgeOverride,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);
export const ruleById = (id: string) => RULES.find((r) => r.meta.id === id);
