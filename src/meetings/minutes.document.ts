/**
 * The minutes (protokoll) of a meeting as a RenderDocument, for PDF and DOCX: one heading per
 * paragraph (§), the decision text, the order of questions, open votes as tables, dissents and
 * minute notes, and the approval and posting lines with the appeal window.
 */
import type { Decision } from '../decisions/decision.store.ts';
import type { RenderBlock, RenderDocument, RichText } from '../render/render-document.ts';
import type { Minutes } from './meeting.ts';

const CHOICE = { yes: 'Ja', no: 'Nej', abstain: 'Avstår' } as const;

function paragraphs(...texts: string[]): RichText {
  return texts.filter((t) => t.trim()).map((text) => ({ type: 'paragraph' as const, runs: [{ text }] }));
}

export function minutesDocument(input: {
  bodyName: string;
  day: string;
  place: string;
  minutes: Minutes;
  items: Array<{ number: string; title: string; dnr: string | null; decision: Decision }>;
}): RenderDocument {
  const blocks: RenderBlock[] = [];
  blocks.push({
    type: 'paragraphs',
    content: paragraphs(
      `Sammanträde ${input.day}, ${input.place}.`,
      input.minutes.approvedOn ? `Justerat ${input.minutes.approvedOn} av ${input.minutes.approvers.join(' och ')}.` : 'Protokollet är inte justerat.',
      input.minutes.postedOn
        ? `Anslaget på kommunens anslagstavla ${input.minutes.postedOn}. Sista dag att överklaga: ${input.minutes.appealEndsOn} (tre veckor från anslagsdagen, nästa vardag om den dagen är en helgdag; kommunallagen 13 kap. 5 §).`
        : '',
    ),
  });
  for (const item of input.items) {
    const d = item.decision;
    // Level 2 under the document title: a paragraph does not need a page of its own.
    blocks.push({ type: 'heading', level: 2, number: `§ ${d.paragraph}`, text: item.title, id: `paragraf-${d.paragraph}` });
    blocks.push({ type: 'paragraphs', content: paragraphs(`Ärende ${item.number}${item.dnr ? `, diarienummer ${item.dnr}` : ''}.`) });
    blocks.push({ type: 'heading', level: 3, text: 'Beslut', id: `beslut-${d.paragraph}` });
    blocks.push({
      type: 'paragraphs',
      content: [
        { type: 'list', ordered: true, items: d.text.split('\n').map((line) => [{ text: line.replace(/^\d+\.\s*/, '') }]) },
        ...(d.note ? paragraphs(d.note) : []),
      ],
    });
    const put = d.points.filter((p) => p.orderOfQuestions && (p.method === 'vote' || p.proposals.length > 1 || p.kind === 'procedural'));
    if (put.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Propositionsordning', id: `propositionsordning-${d.paragraph}` });
      blocks.push({ type: 'paragraphs', content: paragraphs(...put.map((p) => `${p.number ? `Punkt ${p.number}: ` : ''}${p.orderOfQuestions}`)) });
    }
    for (const p of d.points.filter((x) => x.method === 'vote')) {
      blocks.push({
        type: 'table',
        caption: `Omröstning${p.number ? `, punkt ${p.number}` : ''}: ja = ${p.proposals[0]?.label ?? 'bifall'}, nej = ${p.proposals[1]?.label ?? 'avslag'}`,
        columns: [
          { label: 'Ledamot', align: 'left' },
          { label: 'Parti', align: 'left' },
          { label: 'Röst', align: 'left' },
        ],
        rows: [
          ...p.votes.map((v) => ({ cells: [v.personName, v.partyAbbreviation ?? '', CHOICE[v.choice]] })),
          { cells: ['Totalt', '', `${p.tally?.yes ?? 0} ja, ${p.tally?.no ?? 0} nej, ${p.tally?.abstain ?? 0} avstår`], kind: 'sum' as const },
        ],
      });
    }
    const dissents = d.remarks.filter((r) => r.kind === 'dissent');
    if (dissents.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Reservationer', id: `reservationer-${d.paragraph}` });
      blocks.push({ type: 'paragraphs', content: paragraphs(...dissents.map((r) => `${r.partyAbbreviation ?? ''}: ${r.text}`)) });
    }
    const notes = d.remarks.filter((r) => r.kind === 'minute-note');
    if (notes.length) {
      blocks.push({ type: 'heading', level: 3, text: 'Protokollsanteckningar', id: `anteckningar-${d.paragraph}` });
      blocks.push({ type: 'paragraphs', content: paragraphs(...notes.map((r) => `${r.partyAbbreviation ?? ''}: ${r.text}`)) });
    }
  }
  return {
    title: `Protokoll ${input.bodyName} ${input.day}`,
    organisation: input.bodyName,
    documentDate: input.minutes.approvedOn ?? input.day,
    footerLabel: `Protokoll ${input.bodyName} ${input.day}`,
    lang: 'sv',
    titlePage: false,
    contents: false,
    blocks,
  };
}
