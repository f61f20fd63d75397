import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../organisations/organisation.ts';
import { instructedOrganisation, organisationKindFor, organisationNamed, readReportTitle } from './report-title.ts';

const org = (name: string, shortName: string | null = null): Organisation => ({ id: name, kind: 'committee', name, shortName, parentId: null, servesId: null, sortOrder: 0 });

describe('what a report title says', () => {
  it('reads the cycle, its period and the organisation of an interim report', () => {
    expect(readReportTitle('Delårsrapport augusti 2023 för kommunstyrelsen')).toEqual({
      cycleName: 'Delårsrapport augusti 2023',
      kind: 'interim',
      year: 2023,
      periodStart: '2023-01-01',
      periodEnd: '2023-08-31',
      organisationName: 'kommunstyrelsen',
    });
  });

  it('ends a period on the last day of its month, leap years included', () => {
    expect(readReportTitle('Tertialrapport april 2024 för nämnden för inköp och upphandling')).toMatchObject({
      periodEnd: '2024-04-30',
      organisationName: 'nämnden för inköp och upphandling',
    });
    expect(readReportTitle('Delårsrapport februari 2024 för Kulturnämnden').periodEnd).toBe('2024-02-29');
  });

  it('takes an annual report for the whole year', () => {
    expect(readReportTitle('Årsrapport 2022 för Kulturnämnden')).toMatchObject({ kind: 'annual', cycleName: 'Årsrapport 2022', periodStart: '2022-01-01', periodEnd: '2022-12-31' });
  });

  it('knows nothing it cannot read', () => {
    expect(readReportTitle('Protokoll')).toMatchObject({ cycleName: null, kind: null, periodStart: null, organisationName: null });
    expect(readReportTitle('Delårsrapport 2023 för kommunstyrelsen')).toMatchObject({ kind: 'interim', periodStart: null, organisationName: 'kommunstyrelsen' });
    expect(readReportTitle(null).cycleName).toBeNull();
  });
});

describe('organisations by name', () => {
  const all = [org('Kommunstyrelsen', 'KS'), org('Stadsledningskontoret', 'SLK'), org('Socialnämnden Centrum')];

  it('finds an organisation by its name in any case, or by its short name', () => {
    expect(organisationNamed(all, 'kommunstyrelsen')?.name).toBe('Kommunstyrelsen');
    expect(organisationNamed(all, 'SLK')?.name).toBe('Stadsledningskontoret');
    expect(organisationNamed(all, 'Kulturnämnden')).toBeUndefined();
  });

  it('finds whom a sentence instructs, when it is one of them', () => {
    expect(instructedOrganisation('Stadsledningskontoret får i uppdrag att genom varumärkesregistreringar stärka skyddet', all)?.name).toBe('Stadsledningskontoret');
    expect(instructedOrganisation('Alla nämnder och styrelser får i uppdrag att stärka …', all)).toBeUndefined();
  });

  it('guesses the kind of a missing organisation from its name', () => {
    expect(organisationKindFor('Kommunstyrelsen')).toBe('board');
    expect(organisationKindFor('Stadsledningskontoret')).toBe('administration');
    expect(organisationKindFor('Kulturnämnden')).toBe('committee');
    expect(organisationKindFor('Förvaltnings AB Framtiden')).toBe('company');
  });
});
