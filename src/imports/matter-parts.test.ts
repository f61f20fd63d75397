import { describe, expect, it } from 'vitest';
import { assignmentOrigin, proposedStatus } from './assignments.ts';
import { goalRole } from './goals.ts';
import { importText } from './import-document.ts';
import { motionEffect } from './motions.ts';
import { partiesIn, partyLine } from './parties.ts';
import { findDate, parseDate } from './swedish-dates.ts';

describe('motion effects', () => {
  it('reads what a motion point does to the proposal', () => {
    expect(motionEffect('Redovisningen av uppdraget …, diarienummer 1443/22, godkännes ej')).toBe('reject');
    expect(motionEffect('Beslutet att för egen del godkänna redovisningen av uppdraget … 0630/23 avslås.')).toBe('reject');
    expect(motionEffect('Stadsledningskontoret får i uppdrag att hålla personalutskottet löpande informerat')).toBe('add');
    expect(motionEffect('Att-sats 3 får följande lydelse: …')).toBe('replace');
    expect(motionEffect('I övrigt bifalla tjänsteutlåtandet.')).toBe('approve-rest');
    expect(motionEffect('Punkt 2 i förslaget bifalles.')).toBe('approve');
    expect(motionEffect('Något helt annat.')).toBeNull();
  });
});

describe('parties, dates, roles and origins', () => {
  it('reads a signature line of parties, and no other line', () => {
    expect(partyLine('Vänsterpartiet, Socialdemokraterna, Miljöpartiet')).toEqual(['V', 'S', 'MP']);
    expect(partyLine('M, L och KD')).toEqual(['M', 'L', 'KD']);
    expect(partyLine('Kommunstyrelsen')).toBeNull();
    expect(partiesIn('Sverigedemokraterna står fast i sin ståndpunkt')).toEqual(['SD']);
  });

  it('reads full and short letterhead dates and rejects impossible ones', () => {
    expect(parseDate('23-10-16')).toBe('2023-10-16');
    expect(parseDate('2023-10-17')).toBe('2023-10-17');
    expect(parseDate('2023-02-30')).toBeNull();
    expect(findDate('dnr 1407/22 - KF 2022-12-08, punkt 1')).toBe('2022-12-08');
  });

  it('reads a goal role and an assignment origin from their wording', () => {
    expect(goalRole('Kommunstyrelsen är ansvarig för målet')).toBe('responsible');
    expect(goalRole('Kommunstyrelsen är huvudansvarig för målet')).toBe('lead');
    expect(goalRole('Kommunstyrelsen och Göteborgs stadshus AB är gemensamt huvudansvariga för målet.')).toBe('joint-lead');
    expect(goalRole('För att nå ut med relevant information om verksamheten')).toBeNull();
    expect(assignmentOrigin('Uppdrag från kommunfullmäktiges budget')).toBe('council-budget');
    expect(assignmentOrigin('Uppdrag från kommunfullmäktige utanför budget')).toBe('council');
    expect(assignmentOrigin('Uppdrag från kommunstyrelsen')).toBe('board');
    expect(proposedStatus('Uppdrag stadsledningskontoret delrapporterar till kommunstyrelsen')).toBe('partial');
  });
});

describe('a small matter', () => {
  const matter = [
    'Yrkande angående Budget 2024',
    'Förslag till beslut',
    '',
    '1. Punkt 2 i förslaget avslås.',
    '2. I övrigt bifalla tjänsteutlåtandet.',
    '',
    'Kommunstyrelsen',
    'Yrkande',
    '2023-11-02',
    'Moderaterna, Liberalerna',
    'Ärende nr: 2.4',
    'Budget 2024',
    'Förslag till beslut',
    '',
    '1. Budgeten godkänns.',
    '2. Kommunstyrelsen godkänner redovisningen av uppdraget, enligt avsnitt 4.1, diarienummer 0012/23.',
    '',
    'Tjänsteutlåtande',
    'Utfärdat 2023-10-20',
    'Diarienummer 0100/23',
  ].join('\n');

  it('reads the motion against the proposal it amends', () => {
    const result = importText(matter);
    expect(result.motions[0]).toMatchObject({ parties: ['M', 'L'], date: '2023-11-02', revised: false });
    expect(result.motions[0]!.points.map((p) => [p.effect, p.targets])).toEqual([
      ['reject', 2],
      ['approve-rest', null],
    ]);
    expect(result.proposal.map((p) => [p.n, p.dnr, p.section])).toEqual([
      [1, null, null],
      [2, '0012/23', '4.1'],
    ]);
    expect(result.matter).toMatchObject({ dnr: '0100/23', issued: '2023-10-20', agendaItem: '2.4' });
  });
});

describe('a letterhead printed before the title', () => {
  it('belongs to the motion below it, not to the paper above', () => {
    const text = [
      'Kommunstyrelsen',
      'Yrkande',
      '2023-11-02',
      'Kristdemokraterna',
      '',
      'Yrkande angående Budget 2024',
      'Förslag till beslut',
      '1. Punkt 1 avslås.',
      '',
      'Kommunstyrelsen',
      'Yrkande',
      '2023-11-03',
      'Centerpartiet',
      '',
      'Yttrande angående Budget 2024',
      '#1: Vi tycker annorlunda.',
    ].join('\n');
    const result = importText(text);
    expect(result.parts.map((p) => [p.id, p.fromLine])).toEqual([
      ['motion-1', 1],
      ['statement-1', 15],
    ]);
    expect(result.motions[0]).toMatchObject({ parties: ['KD'], date: '2023-11-02' });
  });
});
