/**
 * Setting up a municipality in an installation: the tenant, its council and board, and a first
 * administrator who sets a password through a one-time link (printed to the log when no mail is
 * configured). Everything else (organisations, people, roles) the administrator then does in the
 * workspace.
 */
import { isValidDnrFormat } from '../assignments/dnr.ts';
import { recordChange } from '../audit-log/audit-log.store.ts';
import { sendResetLinkTo, type ResetDelivery } from '../auth/password-reset.commands.ts';
import type { Actor } from '../auth/roles.ts';
import { insertUser } from '../auth/user.store.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { insertOrganisation } from '../organisations/organisation.store.ts';
import { TENANT_ID, type Tenant } from './tenant.ts';
import { findTenant, insertTenant } from './tenant.store.ts';

export interface NewTenantInput {
  id: string;
  name: string;
  hostnames: string[];
  dnrFormats: string[];
  adminEmail: string;
  adminName: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function setUpTenant(trx: Db, input: NewTenantInput, delivery: ResetDelivery): Promise<{ tenant: Tenant; adminId: string }> {
  if (!TENANT_ID.test(input.id)) {
    throw new AppError('invalid_input', `Kommunens id "${input.id}" ska vara 2–40 tecken: små bokstäver, siffror och bindestreck, och börja med en bokstav.`);
  }
  if (input.name.trim().length < 2) throw new AppError('invalid_input', 'Ange kommunens namn.');
  if (!EMAIL.test(input.adminEmail)) throw new AppError('invalid_input', `"${input.adminEmail}" är ingen e-postadress.`);
  const badFormat = input.dnrFormats.find((f) => !isValidDnrFormat(f));
  if (input.dnrFormats.length === 0 || badFormat !== undefined) {
    throw new AppError('invalid_dnr', `Diarienummerformatet "${badFormat ?? ''}" behöver ett löpnummer {seq:N} och ett år {yyyy} eller {yy}, t.ex. "KS-{yyyy}-{seq:5}".`);
  }
  if (await findTenant(trx, input.id)) throw new AppError('duplicate', `Kommunen "${input.id}" finns redan.`);

  const tenant: Tenant = { id: input.id, name: input.name.trim(), hostnames: input.hostnames.map((h) => h.toLowerCase()), dnrFormats: input.dnrFormats };
  await insertTenant(trx, tenant);
  const actor: Actor = { kind: 'system', tenantId: tenant.id, label: 'uppsikt create-tenant' };
  await recordChange(trx, actor, { action: 'tenant.create', entityType: 'tenant', entityId: tenant.id, after: tenant });

  // Every Swedish municipality has a council and a board; the rest of the tree is local.
  const council = await insertOrganisation(trx, tenant.id, { kind: 'council', name: 'Kommunfullmäktige', shortName: 'KF', sortOrder: 0 });
  const board = await insertOrganisation(trx, tenant.id, { kind: 'board', name: 'Kommunstyrelsen', shortName: 'KS', parentId: council.id, sortOrder: 10 });
  for (const organisation of [council, board]) {
    await recordChange(trx, actor, { action: 'organisation.create', entityType: 'organisation', entityId: organisation.id, after: organisation });
  }

  const adminId = await insertUser(trx, tenant.id, {
    email: input.adminEmail,
    name: input.adminName,
    passwordHash: null,
    grants: [{ role: 'administrator', organisationId: null, partyId: null }],
  });
  await recordChange(trx, actor, { action: 'user.create', entityType: 'user', entityId: adminId, after: { email: input.adminEmail, name: input.adminName, role: 'administrator' } });
  await sendResetLinkTo(trx, actor, tenant.id, adminId, delivery);
  return { tenant, adminId };
}
