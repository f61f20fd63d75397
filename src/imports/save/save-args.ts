/** The flags of `uppsikt import FILE --save …`, read apart from the importer's own. Pure. */
export interface SaveArgs {
  save: boolean;
  tenant: string | null;
  cycle: string | null;
  organisation: string | null;
  createOrganisations: boolean;
  /** The arguments that are not about saving. */
  rest: string[];
  error: string | null;
}

export const SAVE_USAGE =
  '  --save                  spara ärendet och rapporten i kommunens data (uppdrag slås ihop på dnr)\n' +
  '  --tenant <id>           kommunen att spara i (standard: databasens enda kommun)\n' +
  '  --cycle <namn eller id> uppföljningsperioden, om rapportens titel inte säger den\n' +
  '  --organisation <namn>   nämnden eller styrelsen rapporten gäller, om titeln inte säger det\n' +
  '  --create-organisations  skapa organisationer och partier som dokumentet nämner men registret saknar\n';

/** Takes the save flags out of the arguments; `--tenant x` and `--tenant=x` both work. */
export function readSaveArgs(args: readonly string[]): SaveArgs {
  const out: SaveArgs = { save: false, tenant: null, cycle: null, organisation: null, createOrganisations: false, rest: [], error: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--save') out.save = true;
    else if (flag === '--create-organisations') out.createOrganisations = true;
    else if (flag === '--tenant' || flag === '--cycle' || flag === '--organisation') {
      const value = inline ?? args[++i];
      if (!value || value.startsWith('--')) out.error = `${flag} behöver ett värde.`;
      else if (flag === '--tenant') out.tenant = value;
      else if (flag === '--cycle') out.cycle = value;
      else out.organisation = value;
    } else out.rest.push(arg);
  }
  if (!out.save && !out.error && (out.tenant || out.cycle || out.organisation || out.createOrganisations)) {
    out.error = '--tenant, --cycle, --organisation och --create-organisations gäller bara med --save.';
  }
  return out;
}
