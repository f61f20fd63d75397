/**
 * Assignments of section 4.1 as Uppsikt's own PDF prints them: the account follows the item
 * without a blank line, and a page break may cut an item in two. A dnr given as an assignment's
 * that yields no assignment is told, not dropped.
 */
import { describe, expect, it } from 'vitest';
import { importText } from './import-document.ts';

const HEAD = [
  '4 Styrinformation till nämnden',
  '',
  '4.1 Uppdrag',
  '',
  '4.1.2 Uppdrag från kommunfullmäktiges budget',
  '',
  '4.1.2.1 Uppdrag stadsledningskontoret föreslår kommunstyrelsen som nämnd att för egen del',
  'förklara genomförda',
];

describe('assignments in section 4.1', () => {
  it('ends an item at the sentence naming its dnr when the account follows at once', () => {
    const text = [
      ...HEAD,
      '1. Kommunstyrelsen får i uppdrag att ta fram en plan för hur äldre medarbetares kompetens ska tas',
      'tillvara, dnr 1446/22.',
      'Stadsledningskontoret planerar ett försök med mentorprogram.',
      '2. Samtliga nämnder och styrelser får i uppdrag att möjliggöra för anställningar, dnr',
      '0630/23, KF 2023-06-08.',
      'Stadsledningskontoret är ett tillgänglighetsanpassat kontor.',
    ].join('\n');
    const { report, warnings } = importText(text);
    expect(report.assignments.map((a) => [a.dnr, a.title, a.decidedOn, a.account])).toEqual([
      ['1446/22', 'Kommunstyrelsen får i uppdrag att ta fram en plan för hur äldre medarbetares kompetens ska tas tillvara', null, 'Stadsledningskontoret planerar ett försök med mentorprogram.'],
      ['0630/23', 'Samtliga nämnder och styrelser får i uppdrag att möjliggöra för anställningar', '2023-06-08', 'Stadsledningskontoret är ett tillgänglighetsanpassat kontor.'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads an item that a page break and our footer cut in two', () => {
    const text = [
      ...HEAD,
      '1. Kommunstyrelsen får i uppdrag att ta fram en plan, dnr 1446/22.',
      'Ett försök med mentorprogram planeras.',
      '2. Kommunstyrelsen får i uppdrag att inleda förhandlingar med Västra Götalandsregionen för att',
      '',
      '',
      'Delårsrapport augusti 2023 – Kommunstyrelsen',
      '17 (23)\fmöjliggöra ett införande av subvention på periodkorten i Göteborg, dnr 0197/23.',
      'Stadsledningskontoret har genomfört en dialog med Västtrafik.',
      '',
      '',
      'Delårsrapport augusti 2023 – Kommunstyrelsen',
      '18 (23)\f4.1.2.2 Uppdrag stadsledningskontoret delrapporterar till kommunstyrelsen',
      '1. Nämnder och styrelser får i uppdrag att andelen timmar av timanställda inte överstiger fem procent,',
      'dnr 0199/23.',
      'Andelen är 0,5 procent.',
    ].join('\n');
    const { report, warnings } = importText(text);
    expect(report.assignments.map((a) => [a.section, a.dnr])).toEqual([
      ['4.1.2.1', '1446/22'],
      ['4.1.2.1', '0197/23'],
      ['4.1.2.2', '0199/23'],
    ]);
    expect(report.assignments[1]).toMatchObject({
      title: 'Kommunstyrelsen får i uppdrag att inleda förhandlingar med Västra Götalandsregionen för att möjliggöra ett införande av subvention på periodkorten i Göteborg',
      account: 'Stadsledningskontoret har genomfört en dialog med Västtrafik.',
    });
    expect(warnings).toEqual([]);
  });

  it('warns about a dnr given as an assignment that yields none, but not about a dnr referred to', () => {
    const text = [
      ...HEAD,
      '1. Kommunstyrelsen får i uppdrag att ta fram en plan, dnr 1446/22.',
      'Underlaget har bilagts ärendet Förutsättningar för budget 2024 (dnr 0392/23).',
      '',
      'Kommunstyrelsen får i uppdrag att inleda förhandlingar om periodkorten i Göteborg, dnr 0197/23.',
      'Stadsledningskontoret har genomfört en dialog med Västtrafik.',
    ].join('\n');
    const { report, warnings } = importText(text);
    expect(report.assignments.map((a) => a.dnr)).toEqual(['1446/22']);
    expect(warnings).toEqual([{ message: expect.stringMatching(/^Avsnitt 4\.1\.2\.1: dnr 0197\/23 står som ett uppdrags men inget uppdrag kunde läsas med det/), line: 12 }]);
  });
});
