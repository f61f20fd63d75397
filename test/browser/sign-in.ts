import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/goteborg-2023.data.ts';

/** Signs a demo account in through the workspace's sign-in form and waits for the workspace start page. */
export async function signInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/arbete/logga-in`);
  await page.getByLabel('E-postadress', { exact: true }).fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/arbete`), page.getByRole('button', { name: 'Logga in' }).click()]);
}
