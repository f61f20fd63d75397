/**
 * The organisations and parties an imported document names, found in the tenant's register:
 * the body the report and matter belong to, the office that issued the staff report, the
 * parties behind motions and statements. Missing ones refuse the import with a list of what is
 * missing, or are created when the importer asked for it (`--create-organisations`).
 */
import { recordChange } from '../../audit-log/audit-log.store.ts';
import type { Actor } from '../../auth/roles.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../http/errors.ts';
import { assertCan } from '../../http/route.ts';
import { createOrganisation } from '../../organisations/organisation.commands.ts';
import { insertParty, listOrganisations, listParties } from '../../organisations/organisation.store.ts';
import type { Organisation, Party } from '../../organisations/organisation.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import { PARTIES } from '../parties.ts';
import { capitalise, organisationKindFor, organisationNamed } from './report-title.ts';
import type { SummaryLog } from './save-summary.ts';

export interface Register {
  /** The body the report and the matter belong to. */
  body: Organisation;
  /** The administration serving the body that issued the papers, when named. */
  office: Organisation | null;
  /** The organisations the report speaks for: the body and the administrations serving it. */
  covered: Organisation[];
  parties: Map<string, Party>;
}

export interface RegisterNeeds {
  body: string | null;
  office: string | null;
  parties: string[];
}

export async function resolveRegister(trx: Db, actor: Actor, tenant: Tenant, needs: RegisterNeeds, create: boolean, log: SummaryLog): Promise<Register> {
  if (!needs.body) {
    throw new AppError('invalid_input', 'Dokumentet säger inte vilken nämnd eller styrelse rapporten gäller (titeln saknar "… för <organisation>"). Ange den med --organisation <namn>. Inget sparades.');
  }
  let organisations = await listOrganisations(trx, tenant.id);
  const parties = new Map((await listParties(trx, tenant.id)).map((p) => [p.abbreviation, p]));
  const missing: string[] = [];
  if (!organisationNamed(organisations, needs.body)) missing.push(`organisationen "${capitalise(needs.body)}"`);
  if (needs.office && !organisationNamed(organisations, needs.office)) missing.push(`förvaltningen "${capitalise(needs.office)}"`);
  const missingParties = [...new Set(needs.parties)].filter((p) => !parties.has(p));
  missing.push(...missingParties.map((p) => `partiet ${p}`));
  if (missing.length > 0 && !create) {
    throw new AppError(
      'invalid_input',
      `Följande finns inte i kommunens register: ${missing.join(', ')}. Lägg in ${missing.length === 1 ? 'det' : 'dem'} först, eller importera med --create-organisations för att skapa ${missing.length === 1 ? 'det' : 'dem'}. Inget sparades.`,
      { missing },
    );
  }

  let body = organisationNamed(organisations, needs.body);
  if (!body) {
    body = await createOrganisation(trx, actor, tenant.id, { kind: organisationKindFor(needs.body), name: capitalise(needs.body) });
    organisations = [...organisations, body];
    log.add('organisation', body.name, 'created', 'fanns inte i registret och skapades (--create-organisations)', body.id);
  } else log.add('organisation', body.name, 'present', 'finns i registret');

  let office = needs.office ? (organisationNamed(organisations, needs.office) ?? null) : null;
  if (needs.office && !office) {
    office = await createOrganisation(trx, actor, tenant.id, { kind: 'administration', name: capitalise(needs.office), parentId: body.id, servesId: body.id });
    organisations = [...organisations, office];
    log.add('organisation', office.name, 'created', `fanns inte i registret och skapades som förvaltning åt ${body.name} (--create-organisations)`, office.id);
  } else if (office) log.add('organisation', office.name, 'present', 'finns i registret');

  for (const abbreviation of missingParties) {
    assertCan(actor, 'party.manage');
    const name = PARTIES.find((p) => p.abbreviation === abbreviation)?.names[0] ?? abbreviation;
    const party = await insertParty(trx, tenant.id, { abbreviation, name });
    await recordChange(trx, actor, { action: 'party.create', entityType: 'party', entityId: party.id, after: party });
    parties.set(abbreviation, party);
    log.add('party', abbreviation, 'created', `${name} fanns inte i registret och skapades (--create-organisations)`, party.id);
  }

  const covered = [body, ...organisations.filter((o) => o.servesId === body!.id && o.id !== body!.id)];
  return { body, office, covered, parties };
}
