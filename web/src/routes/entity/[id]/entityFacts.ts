/** The type-specific facts of an entity, as a list the page renders in order; empty values are left out. */
import type { EntityDetailFragment } from '../../../lib/generated/graphql';
import { UnreachableCaseError } from '../../../lib/UnreachableCaseError';

/** Fact labels are `field.<name>` messages. */
export type FactField =
  | 'sector' | 'kind' | 'dimensions' | 'partKind' | 'locality' | 'dimension' | 'era' | 'province' | 'adminLevel'
  | 'sizeClass' | 'population' | 'adminCode' | 'coordinates' | 'level' | 'batch' | 'theme' | 'scope' | 'field'
  | 'issuedBy' | 'date' | 'docNumber' | 'value' | 'venue' | 'volume' | 'issue' | 'pages' | 'language' | 'seedDoc'
  | 'url' | 'authorsText' | 'affiliation';

export type Fact =
  | { kind: 'text'; field: FactField; value: string }
  /** Curated enumeration values, shown through `enum.<enumName>.<value>` messages. */
  | { kind: 'enum'; field: FactField; enumName: string; values: string[] }
  | { kind: 'number'; field: FactField; value: number; unit?: string }
  | { kind: 'bilingual'; field: FactField; zh: string | null; en: string | null }
  | { kind: 'coordinates'; field: FactField; lat: number; lng: number }
  | { kind: 'code'; field: FactField; value: string }
  | { kind: 'link'; field: FactField; href: string };

const text = (field: FactField, value: string | null): Fact[] => (value?.trim() ? [{ kind: 'text', field, value }] : []);
const code = (field: FactField, value: string | null): Fact[] => (value?.trim() ? [{ kind: 'code', field, value }] : []);
const num = (field: FactField, value: number | null, unit?: string | null): Fact[] =>
  value === null ? [] : [{ kind: 'number', field, value, ...(unit ? { unit } : {}) }];
const enums = (field: FactField, enumName: string, value: string | readonly string[] | null): Fact[] => {
  const values = (typeof value === 'string' ? [value] : (value ?? [])).filter((v) => v.trim());
  return values.length ? [{ kind: 'enum', field, enumName, values }] : [];
};
const bilingual = (field: FactField, zh: string | null, en: string | null): Fact[] => (zh?.trim() || en?.trim() ? [{ kind: 'bilingual', field, zh, en }] : []);
const coordinates = (lat: number | null, lng: number | null): Fact[] => (lat === null || lng === null ? [] : [{ kind: 'coordinates', field: 'coordinates', lat, lng }]);
/** Only web addresses become links: a curated value is not trusted to be a safe URL scheme. */
const link = (field: FactField, href: string | null): Fact[] => (href && /^https?:\/\//i.test(href) ? [{ kind: 'link', field, href }] : text(field, href));

export function entityFacts(entity: EntityDetailFragment): Fact[] {
  switch (entity.__typename) {
    case 'Actor':
      return enums('sector', 'sector', entity.sector);
    case 'Organization':
      return text('kind', entity.kind);
    case 'Mechanism':
      return [...enums('dimensions', 'dimension', entity.dimensions), ...text('partKind', entity.partKind)];
    case 'Case':
      return [...text('locality', entity.locality), ...enums('dimension', 'dimension', entity.dimension)];
    case 'GovernanceModel':
      return text('era', entity.era);
    case 'City':
      return [
        ...text('province', entity.province),
        ...enums('adminLevel', 'adminLevel', entity.adminLevel),
        ...enums('sizeClass', 'sizeClass', entity.sizeClass),
        ...num('population', entity.population),
        ...code('adminCode', entity.adminCode),
        ...coordinates(entity.lat, entity.lng),
      ];
    case 'Locality':
      return [...enums('level', 'level', entity.level), ...text('province', entity.province)];
    case 'ExperimentZone':
      return [
        ...num('batch', entity.batch),
        ...bilingual('theme', entity.themeZh, entity.themeEn),
        ...text('province', entity.province),
        ...code('adminCode', entity.adminCode),
        ...coordinates(entity.lat, entity.lng),
      ];
    case 'Program':
      return [];
    case 'Problem':
      return text('scope', entity.scope);
    case 'Concept':
      return text('field', entity.field);
    case 'Policy':
      return [...text('issuedBy', entity.issuedBy), ...text('date', entity.date), ...text('docNumber', entity.docNumber)];
    case 'Statistic':
      return num('value', entity.value, entity.unit);
    case 'Publication':
      return [
        ...text('authorsText', entity.authorsText),
        ...enums('kind', 'pubKind', entity.kind),
        ...text('venue', entity.venue),
        ...text('volume', entity.volume),
        ...text('issue', entity.issue),
        ...text('pages', entity.pages),
        ...enums('language', 'language', entity.language),
        ...code('seedDoc', entity.seedDoc),
        ...link('url', entity.url),
      ];
    case 'Person':
      return text('affiliation', entity.affiliation);
    default:
      throw new UnreachableCaseError(entity);
  }
}
