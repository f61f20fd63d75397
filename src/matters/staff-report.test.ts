import { describe, expect, it } from 'vitest';
import { approveAccountSentence, assignmentClause, draftProposalPoints, genitive } from './staff-report.ts';

describe('staff report wording', () => {
  it('takes the "att …" clause from the assignment title, without the note on how it is reported back', () => {
    expect(assignmentClause('Kommunstyrelsen får i uppdrag att ta fram en plan för hur äldre medarbetares kompetens ska tas tillvara.')).toBe(
      'att ta fram en plan för hur äldre medarbetares kompetens ska tas tillvara',
    );
    expect(
      assignmentClause(
        'Samtliga nämnder och styrelser får i uppdrag att möjliggöra för anställningar och praktikplatser för fler personer med funktionsnedsättning, uppdraget återrapporteras i respektive nämnd och styrelse.',
      ),
    ).toBe('att möjliggöra för anställningar och praktikplatser för fler personer med funktionsnedsättning');
    expect(assignmentClause('Ta fram en handlingsplan')).toBe('att ta fram en handlingsplan');
  });

  it('words budget assignments "från budget 2023" and other council assignments without it', () => {
    const base = { assignmentId: 'a', organisationId: 'o', section: '4.1.2.1', proposed: 'done' as const, title: 'Kommunstyrelsen får i uppdrag att stärka X.' };
    expect(approveAccountSentence('Kommunstyrelsen', { ...base, dnr: '1446/22', origin: 'council-budget', originYear: 2023 })).toBe(
      'Kommunstyrelsen godkänner för egen del redovisningen av uppdraget från budget 2023 att stärka X, enligt beskrivning i avsnitt 4.1.2.1, diarienummer 1446/22.',
    );
    expect(approveAccountSentence('Kommunstyrelsen', { ...base, dnr: '1407/22', origin: 'council', originYear: null, section: '4.1.3.1' })).toBe(
      'Kommunstyrelsen godkänner för egen del redovisningen av uppdraget att stärka X, enligt beskrivning i avsnitt 4.1.3.1, diarienummer 1407/22.',
    );
  });

  it('drafts point 1 for the report, then one point per account proposed done, in section order', () => {
    const account = (dnr: string, section: string, proposed: 'done' | 'partial') => ({
      assignmentId: dnr,
      organisationId: 'ks',
      dnr,
      section,
      proposed,
      origin: 'council' as const,
      originYear: null,
      title: `Kommunstyrelsen får i uppdrag att göra ${dnr}.`,
    });
    const points = draftProposalPoints({
      bodyName: 'Kommunstyrelsen',
      reportTitle: 'Delårsrapport augusti 2023 för kommunstyrelsen',
      issuedBy: 'Stadsledningskontoret',
      accounts: [account('3', '4.1.10.1', 'done'), account('1', '4.1.2.1', 'done'), account('2', '4.1.2.2', 'partial'), account('4', '4.1.9.1', 'done')],
    });
    expect(points.map((p) => [p.number, p.assignmentId, p.effect])).toEqual([
      [1, null, 'adopt-report'],
      [2, '1', 'approve-assignment'],
      [3, '4', 'approve-assignment'],
      [4, '3', 'approve-assignment'],
    ]);
    expect(points[0]!.text).toBe('Delårsrapport augusti 2023 för kommunstyrelsen, i enlighet med bilaga 1 till stadsledningskontorets tjänsteutlåtande godkänns.');
    expect(genitive('Stadsledningskontoret')).toBe('stadsledningskontorets');
    expect(genitive('Kulturförvaltningen')).toBe('kulturförvaltningens');
  });
});
