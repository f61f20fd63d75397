import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context.ts';
import { translator, type Locale } from '../i18n/messages.ts';
import type { PageFrame } from './layout.tsx';

const LOCALE_COOKIE = 'uppsikt_lang';

/** Swedish by default; `?lang=en` switches to English and remembers it in a cookie. */
export function pickLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const asked = c.req.query('lang');
    let locale: Locale = getCookie(c, LOCALE_COOKIE) === 'en' ? 'en' : 'sv';
    if (asked === 'en' || asked === 'sv') {
      locale = asked;
      setCookie(c, LOCALE_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
    }
    c.set('locale', locale);
    await next();
  };
}

export function frameOf(c: Context<AppEnv>): PageFrame {
  const locale = c.get('locale');
  return {
    t: translator(locale),
    locale,
    tenantName: c.get('tenant')?.name ?? 'Uppsikt',
    path: c.req.path,
    signedIn: c.get('actor')?.kind === 'user',
    search: new URL(c.req.url).search,
  };
}
