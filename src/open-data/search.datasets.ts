/** A search's results as a dataset: the same ranked hits as /sok, every page at once (at most 1 000). */
import { searchParamsFrom } from '../search/search.pages.tsx';
import { searchPublic } from '../search/search.store.ts';
import type { Dataset } from './dataset.ts';

export const searchDataset: Dataset = {
  key: 'sok',
  filters: ['q', 'typ', 'organisation', 'ar'],
  fields: [
    { name: 'kind', type: 'text' },
    { name: 'id', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'reference', type: 'text' },
    { name: 'year', type: 'integer' },
    { name: 'updatedAt', type: 'datetime' },
    { name: 'rank', type: 'decimal' },
    { name: 'excerpt', type: 'text' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, query, origin }) {
    const { text, filter } = searchParamsFrom(query);
    const result = await searchPublic(db, tenantId, text, filter, { limit: 1000, offset: 0 });
    return result.hits.map((h) => ({
      kind: h.kind,
      id: h.id,
      title: h.title,
      reference: h.reference,
      year: h.year,
      updatedAt: h.updatedAt,
      rank: Math.round(h.rank * 1e6) / 1e6,
      excerpt: h.excerpt.join(''),
      url: new URL(h.url, origin).href,
    }));
  },
};
