/**
 * Choices with services: a category's switch stands for all its services,
 * and each service has its own. Pure: no rendering, no storage.
 *
 * One flat map carries both (`{"analytics": false, "ga4": true}`), as
 * `consent.get()`/`set()`, the dialog's draft and `data-pv-consent` do (a
 * service's id is never a category's name, see `readServices`); the record,
 * the events and the receipt keep them apart.
 */
import {own} from '../../internal/json-config.js';
import type {ConsentChoices} from './consent-store.js';
import type {ConsentService} from './consent-config.js';

/** Each offered service, on or off. */
export type ServiceChoices = Record<string, boolean>;

/** The services of `category`, in the order declared. */
export function servicesIn(services: readonly ConsentService[], category: string): ConsentService[] {
  return services.filter((s) => s.category === category);
}

/**
 * Splits a flat choice into categories and services. A service takes its own
 * value when it has one, else its category's; a category with services is on
 * when all of them are (its switch is all of them), else it takes its own value.
 */
export function splitChoices(flat: Readonly<Record<string, unknown>>, categories: readonly string[], services: readonly ConsentService[]): {choices: ConsentChoices; services: ServiceChoices} {
  const svc: ServiceChoices = {};
  for (const s of services) {
    const v = own(flat, s.id);
    svc[s.id] = typeof v === 'boolean' ? v : own(flat, s.category) === true;
  }
  const choices: ConsentChoices = {};
  for (const c of categories) {
    const list = servicesIn(services, c);
    choices[c] = list.length ? list.every((s) => svc[s.id]) : own(flat, c) === true;
  }
  return {choices, services: svc};
}

/** The services' state from a choice: the stored one for each service, else its category's (a record made before the service existed). */
export function servicesFrom(choices: ConsentChoices, stored: ServiceChoices | undefined, services: readonly ConsentService[]): ServiceChoices {
  return Object.fromEntries(services.map((s) => [s.id, own(stored, s.id) ?? own(choices, s.category) === true]));
}

/** `flat` with each of `ids` turned on: a category with all its services, a service alone. */
export function grant(flat: ConsentChoices, ids: readonly string[], services: readonly ConsentService[]): ConsentChoices {
  const out = {...flat};
  for (const id of ids) {
    out[id] = true;
    for (const s of servicesIn(services, id)) out[s.id] = true;
  }
  return out;
}

/** The ids on in `before` and not in `after`. */
export function turnedOff(before: Readonly<Record<string, boolean>>, after: Readonly<Record<string, boolean>>): string[] {
  return Object.keys(before).filter((k) => before[k] && own(after, k) !== true);
}
