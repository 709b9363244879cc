import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import zhErrors from "./messages/zh-CN/errors.json";
import enErrors from "./messages/en/errors.json";
import zhCommon from "./messages/zh-CN/common.json";
import enCommon from "./messages/en/common.json";
import zhAuth from "./messages/zh-CN/auth.json";
import enAuth from "./messages/en/auth.json";
import zhRegistry from "./messages/zh-CN/registry.json";
import enRegistry from "./messages/en/registry.json";
import zhAdmin from "./messages/zh-CN/admin.json";
import zhDashboard from "./messages/zh-CN/dashboard.json";
import enDashboard from "./messages/en/dashboard.json";
import enAdmin from "./messages/en/admin.json";
import zhDomain from "./messages/zh-CN/domain.json";
import enDomain from "./messages/en/domain.json";
import zhToday from "./messages/zh-CN/today.json";
import enToday from "./messages/en/today.json";
import zhContacts from "./messages/zh-CN/contacts.json";
import enContacts from "./messages/en/contacts.json";
import zhCases from "./messages/zh-CN/cases.json";
import enCases from "./messages/en/cases.json";
import zhSites from "./messages/zh-CN/sites.json";
import enSites from "./messages/en/sites.json";
import zhIdentity from "./messages/zh-CN/identity.json";
import enIdentity from "./messages/en/identity.json";
import zhExports from "./messages/zh-CN/exports.json";
import enExports from "./messages/en/exports.json";
import zhAudit from "./messages/zh-CN/audit.json";
import enAudit from "./messages/en/audit.json";
import zhScreening from "./messages/zh-CN/screening.json";
import enScreening from "./messages/en/screening.json";
import zhNotices from "./messages/zh-CN/notices.json";
import enNotices from "./messages/en/notices.json";
import zhChains from "./messages/zh-CN/chains.json";
import enChains from "./messages/en/chains.json";
import zhBulletins from "./messages/zh-CN/bulletins.json";
import enBulletins from "./messages/en/bulletins.json";
import zhImports from "./messages/zh-CN/imports.json";
import enImports from "./messages/en/imports.json";

/**
 * Message catalogues, one JSON file per namespace and locale. The English catalogue is the
 * type of record (see global.d.ts); tests/unit/i18n checks that both have the same keys.
 */
export const CATALOGUES = {
  "zh-CN": {
    errors: zhErrors,
    common: zhCommon,
    auth: zhAuth,
    registry: zhRegistry,
    admin: zhAdmin,
    dashboard: zhDashboard,
    domain: zhDomain,
    today: zhToday,
    contacts: zhContacts,
    cases: zhCases,
    sites: zhSites,
    identity: zhIdentity,
    exports: zhExports,
    audit: zhAudit,
    screening: zhScreening,
    notices: zhNotices,
    chains: zhChains,
    bulletins: zhBulletins,
    imports: zhImports,
  },
  en: {
    errors: enErrors,
    common: enCommon,
    auth: enAuth,
    registry: enRegistry,
    admin: enAdmin,
    dashboard: enDashboard,
    domain: enDomain,
    today: enToday,
    contacts: enContacts,
    cases: enCases,
    sites: enSites,
    identity: enIdentity,
    exports: enExports,
    audit: enAudit,
    screening: enScreening,
    notices: enNotices,
    chains: enChains,
    bulletins: enBulletins,
    imports: enImports,
  },
} as const;

export type Messages = (typeof CATALOGUES)["en"];

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] as unknown as Messages;
}

/** A translator usable outside React (route handlers, error mapping, scripts). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

/** Translate a full catalogue path such as "errors.notFound" or "registry.errors.x". */
export function translate(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const t = translator(locale) as unknown as (k: string, v?: Record<string, string | number>) => string;
  return t(key, values);
}
