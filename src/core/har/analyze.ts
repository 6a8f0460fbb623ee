/**
 * `analyzeHar`: a HAR file → the sign-in it records: each entry's role, every token, every error
 * explained, each SAML message decoded, and the reviewer's checks. Pure and bounded (see `read.ts`).
 */
import type { Entry } from 'har-format';
import { redact } from '../redact';
import { decodeSaml } from '../saml/decode';
import { flowChecks, type CheckOptions } from './checks';
import { entryErrors } from './errors';
import { checkHar, readHar, safeUrl, type HarFile } from './read';
import { AUTH_ROLES, roleOf, type HarRole } from './roles';
import { entryTokens } from './tokens';
import type { HarAnalysis, HarCheck, HarExchange, HarSamlLeg } from './types';

export type HarAnalyzeOptions = CheckOptions & { now?: number };

export async function analyzeHar(input: string | HarFile | unknown, options: HarAnalyzeOptions = {}): Promise<HarAnalysis> {
  const file = typeof input === 'string' ? readHar(input) : isHarFile(input) ? input : checkHar(input);
  const { entries } = file;
  const roles: HarRole[] = entries.map(roleOf);
  const exchanges = entries.map((entry, i) => exchange(entry, i, roles[i]!));
  const tokens = entries.flatMap((entry, i) => entryTokens(entry, i));
  const errors = entries.flatMap((entry, i) => entryErrors(entry, i, roles[i]!));
  const checks = await flowChecks(entries, roles, tokens, options);
  const saml = await samlLegs(
    tokens.filter((t) => t.format === 'saml'),
    entries,
    options,
  );
  for (const leg of saml) {
    for (const code of leg.statusCodes.slice(0, 1)) {
      if (!/:Success$/.test(code)) {
        const nested = leg.statusCodes[1];
        const { lookupError } = await import('../errors/catalog/index');
        const entry = lookupError(nested ?? code) ?? lookupError(code);
        errors.push({
          entry: leg.entry,
          code: nested ?? code,
          family: 'saml',
          summary: entry?.summary ?? 'the SAML status is not Success',
          where: leg.where,
        });
      }
    }
    const problems = leg.findings.filter((f) => f.severity !== 'info');
    for (const f of problems) checks.push({ id: `saml_${f.code}`, ok: false, entry: leg.entry, message: `SAML ${leg.kind}: ${f.message}` });
    if (problems.length === 0 && !leg.error)
      checks.push({ id: 'saml', ok: true, entry: leg.entry, message: `SAML ${leg.kind}: nothing wrong seen (signature not verified)` });
  }
  errors.sort((a, b) => a.entry - b.entry);
  return {
    entries: entries.length,
    truncated: file.truncated,
    creator:
      typeof file.har.log?.creator?.name === 'string' ? `${file.har.log.creator.name} ${file.har.log.creator.version ?? ''}`.trim() : null,
    exchanges,
    errors,
    tokens,
    checks: sortChecks(checks),
    saml,
    notes: notes(file, entries),
  };
}

function isHarFile(value: unknown): value is HarFile {
  return !!value && typeof value === 'object' && Array.isArray((value as HarFile).entries) && 'har' in value;
}

function exchange(entry: Entry, index: number, role: HarRole): HarExchange {
  const url = safeUrl(entry.request.url);
  return {
    entry: index,
    role,
    method: entry.request.method,
    url: redact(entry.request.url),
    status: entry.response.status,
    host: url?.host ?? '',
    path: url ? redact(url.pathname) : '',
    startedDateTime: entry.startedDateTime,
    time: Math.round(entry.time * 10) / 10,
    auth: AUTH_ROLES.has(role),
  };
}

/** Failed checks first, then by entry. */
function sortChecks(checks: HarCheck[]): HarCheck[] {
  return checks
    .map((check, i) => ({ check, i }))
    .sort((a, b) => Number(a.check.ok) - Number(b.check.ok) || (a.check.entry ?? -1) - (b.check.entry ?? -1) || a.i - b.i)
    .map(({ check }) => check);
}

async function samlLegs(
  values: { entry: number; where: string; text: string }[],
  entries: Entry[],
  options: HarAnalyzeOptions,
): Promise<HarSamlLeg[]> {
  const legs: HarSamlLeg[] = [];
  let lastRequestId: string | undefined;
  const seen = new Set<string>();
  for (const value of values.slice(0, 200)) {
    if (seen.has(value.text)) continue;
    seen.add(value.text);
    const param = /SAMLRequest$/.test(value.where) ? 'SAMLRequest' : 'SAMLResponse';
    const result = await decodeSaml(`${param}=${encodeURIComponent(value.text)}`, {
      now: options.now ?? (Date.parse(entries[value.entry]?.startedDateTime ?? '') || undefined),
      clockSkewSeconds: options.clockSkewSeconds,
      ...(lastRequestId && param === 'SAMLResponse' ? { requestId: lastRequestId } : {}),
    });
    if (!result.ok) {
      legs.push({
        entry: value.entry,
        where: value.where,
        kind: param,
        binding: null,
        issuer: null,
        id: null,
        inResponseTo: null,
        statusCodes: [],
        findings: [],
        error: result.error.message,
      });
      continue;
    }
    const m = result.saml.message;
    if (m.kind === 'AuthnRequest' && m.id) lastRequestId = m.id;
    legs.push({
      entry: value.entry,
      where: value.where,
      kind: m.kind,
      binding: m.binding,
      issuer: m.issuer,
      id: m.id,
      inResponseTo: m.inResponseTo,
      statusCodes: m.statusCodes,
      findings: result.saml.findings,
    });
  }
  return legs;
}

function notes(file: HarFile, entries: Entry[]): string[] {
  const out: string[] = [];
  if (file.truncated) out.push(`only the first ${entries.length} entries were analysed`);
  const anyCookie = entries.some(
    (e) =>
      e.request.cookies.length > 0 ||
      e.response.cookies.length > 0 ||
      e.request.headers.some((h) => /^(?:set-)?cookie$/i.test(h.name)) ||
      e.response.headers.some((h) => /^set-cookie$/i.test(h.name)),
  );
  if (!anyCookie && entries.length > 0)
    out.push('no cookies anywhere: probably a sanitized export (Chrome 130+ default), so cookie checks cannot run');
  if (entries.some((e) => (e.response.content as { comment?: string }).comment))
    out.push('some bodies were left out by the exporter (see content.comment)');
  return out;
}
