import { Type } from 'typebox';
import { StringEnum, Uuid } from '../../shared/schemas.ts';
import { DEFAULT_PER_KIND, MAX_PER_KIND, SEARCH_KINDS } from './search.models.ts';

const Kind = StringEnum(SEARCH_KINDS);

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'Part of a title (Chinese or English) or a code; case does not matter' }),
    kinds: Type.Optional(Type.Array(Kind, { maxItems: SEARCH_KINDS.length, description: 'Only these kinds (repeat the parameter); default all the caller may read' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PER_KIND, default: DEFAULT_PER_KIND, description: 'At most this many results of each kind' })),
  },
  { additionalProperties: false },
);

export const SearchHitSchema = Type.Object({
  kind: Kind,
  id: Uuid,
  titleZh: Type.String(),
  titleEn: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.String(), Type.Null()]),
  isDemo: Type.Boolean(),
  link: Type.String({ description: 'Path of the record in the web UI' }),
});

export const SearchResult = Type.Object({
  items: Type.Array(SearchHitSchema),
  /** The kinds that were searched: those asked for that the caller may read. */
  kinds: Type.Array(Kind),
});
