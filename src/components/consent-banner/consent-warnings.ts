/**
 * The words of the JSON configuration's problems (`ConfigProblem`), for the
 * banner and the consent table: each problem gives a key (one warning per key)
 * and its text, made when the warning is logged, in the element's language.
 */
import {msg, str} from '@lit/localize';
import type {ConfigProblem} from './consent-config.js';
import {GRANTABLE_TYPES} from './consent-signals.js';

/** The key and the text of one configuration problem's warning. */
export function configWarning(p: ConfigProblem): [key: string, text: () => string] {
  switch (p.kind) {
    case 'shape':
      return ['json', () => msg('The JSON configuration needs a "categories" object. It is ignored.')];
    case 'category': {
      const name = p.name;
      return [`json-category=${name}`, () => msg(str`JSON configuration: the category "${name}" is left out: a category needs a name of a–z, 0–9, - or _ (not "necessary") and an object.`)];
    }
    case 'list': {
      const field = p.field;
      return [`json-list=${field}`, () => msg(str`JSON configuration: "${field}" must be a list of names (or prefixes ending in *). Other entries are left out.`)];
    }
    case 'origin': {
      const {field, value} = p;
      return [`origin=${value}`, () => msg(str`${field}: "${value}" is not an http(s) origin (such as https://stats.example.org). It is left out.`)];
    }
    case 'consent-type': {
      const {field, value} = p;
      const list = GRANTABLE_TYPES.join(', ');
      return [`json-type=${field}=${value}`, () => msg(str`JSON configuration: "${value}" in "${field}" is not a Consent Mode type (accepted: ${list}). It is left out.`)];
    }
    case 'service': {
      const name = p.name;
      return [`json-service=${name}`, () => msg(str`JSON configuration: the service "${name}" is left out: a service needs a name of a–z, 0–9, - or _ that is not a category's, and an object.`)];
    }
    case 'service-category': {
      const {name, category} = p;
      return [`json-service-category=${name}`, () => msg(str`JSON configuration: the service "${name}" is left out: its category "${category}" is not one of the known categories.`)];
    }
    case 'text': {
      const field = p.field;
      return [`json-text=${field}`, () => msg(str`JSON configuration: "${field}" must be a text, or {"en": …, "fr": …}. It is left out.`)];
    }
    case 'url': {
      const {field, value} = p;
      return [`json-url=${field}`, () => msg(str`JSON configuration: "${field}" is "${value}", not an http(s) or relative URL (or an e-mail address for a contact). It is left out.`)];
    }
  }
}
