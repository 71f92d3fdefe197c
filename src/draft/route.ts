// How a request leaves the requesting state (forms.md section 3): the `outgoing` knowledge of its
// own state says who transmits its mutual legal assistance requests and which channels go through
// the diplomatic channel. A fact marked `verify` decides nothing; an absent fact is silent.
import { Knowledge, Outgoing } from '../knowledge';

/** The requesting state's own route for its MLA requests, where the knowledge base has it (never a `verify` one). */
export function ownRoute(k: Knowledge, state: string | undefined): Outgoing | undefined {
  return state ? (k.outgoing ?? []).find((o) => o.state === state && !o.verify) : undefined;
}

/** Whether a request on `channel` from `state` travels through the diplomatic channel (the register of "presents its compliments"). */
export function viaDiplomats(k: Knowledge, state: string | undefined, channel: string | undefined): boolean {
  return channel !== undefined && (ownRoute(k, state)?.diplomatic ?? []).includes(channel);
}
