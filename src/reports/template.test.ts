import { describe, expect, it } from 'vitest';
import { GOTEBORG_INTERIM_TEMPLATE } from './goteborg-interim.template.ts';
import { TemplateDefinitionSchema } from './template.schemas.ts';
import { definitionProblems, numberSections, type TemplateDefinition } from './template.ts';

const numberOf = (definition: TemplateDefinition, key: string) => numberSections(definition.sections).find((n) => n.section.key === key)?.number;

describe('template numbering', () => {
  it('numbers the Göteborg template as the August 2023 report is numbered', () => {
    const t = GOTEBORG_INTERIM_TEMPLATE;
    expect(numberOf(t, 'summary')).toBe('1');
    expect(numberOf(t, 'operations-indicators')).toBe('2.1.1');
    expect(numberOf(t, 'council-goals')).toBe('2.2');
    expect(numberOf(t, 'hr-indicators')).toBe('3.1.1');
    expect(numberOf(t, 'competence-actions')).toBe('3.1.3.3');
    expect(numberOf(t, 'economy-summary')).toBe('3.2.1');
    expect(numberOf(t, 'central-funds')).toBe('3.2.4');
    expect(numberOf(t, 'administration-limits')).toBe('3.3.1');
    expect(numberOf(t, 'assignments-council-budget')).toBe('4.1.2');
    expect(numberOf(t, 'assignments-board')).toBe('4.1.4');
    expect(numberOf(t, 'audit-reports')).toBe('4.2.1');
    expect(numberOf(t, 'board-economy')).toBe('4.3');
    expect(numberOf(t, 'board-economy-forecast')).toBe('4.3.2');
  });

  it('renumbers from position: a section inserted in front moves the ones after it', () => {
    const moved: TemplateDefinition = {
      sections: [{ key: 'preface', kind: 'prose', title: 'Förord' }, ...GOTEBORG_INTERIM_TEMPLATE.sections],
    };
    expect(numberOf(moved, 'preface')).toBe('1');
    expect(numberOf(moved, 'operations-indicators')).toBe('3.1.1');
    expect(numberOf(moved, 'board-economy')).toBe('5.3');
  });

  it('gives every section its depth and parent', () => {
    const n = numberSections(GOTEBORG_INTERIM_TEMPLATE.sections).find((x) => x.section.key === 'competence-now')!;
    expect(n).toMatchObject({ number: '3.1.3.1', depth: 4, parentKey: 'competence-supply' });
  });
});

describe('template definitions', () => {
  it('accepts the shipped template, shape and rules', () => {
    expect(TemplateDefinitionSchema.safeParse(GOTEBORG_INTERIM_TEMPLATE).success).toBe(true);
    expect(definitionProblems(GOTEBORG_INTERIM_TEMPLATE)).toEqual([]);
  });

  it('rejects unknown kinds and missing kind settings', () => {
    expect(TemplateDefinitionSchema.safeParse({ sections: [{ key: 'a', kind: 'poem', title: 'Dikt' }] }).success).toBe(false);
    expect(TemplateDefinitionSchema.safeParse({ sections: [{ key: 'a', kind: 'generic-table', title: 'Tabell', caption: 'T' }] }).success).toBe(false);
    expect(
      TemplateDefinitionSchema.safeParse({
        sections: [{ key: 'a', kind: 'generic-table', title: 'Tabell', caption: 'T', columns: [{ key: 'start', label: 'Start', type: 'weekday' }] }],
      }).success,
    ).toBe(false);
  });

  it('names duplicate keys, children under generated sections and a statement sourcing nothing', () => {
    const problems = definitionProblems({
      sections: [
        { key: 'a', kind: 'prose', title: 'A' },
        { key: 'a', kind: 'prose', title: 'A igen' },
        { key: 'goals', kind: 'goal-assessments', title: 'Mål', children: [{ key: 'x', kind: 'prose', title: 'X' }] },
        {
          key: 'summary',
          kind: 'financial-statement',
          title: 'Resultat',
          caption: 'Resultat',
          layout: 'split',
          source: 'nowhere',
          consolidated: { name: 'Hela', rows: ['result'] },
          units: [],
        },
      ],
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"a"');
    expect(problems[1]).toContain('Avsnitt 3 ');
    expect(problems[2]).toContain('"nowhere"');
  });
});
