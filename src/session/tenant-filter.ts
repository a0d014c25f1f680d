// Finding a company among hundreds (a consultant's list): the remembered one first, then by name, and a filter that
// matches every typed word in the name or the id, loosely: no case, no accents, Nordic letters spelled out.
import { sameTenantId, type TenantRef } from '../shared/tenant-ref.ts';

/**
 * Lower case without accents, ø/æ/ß spelled out and å, aa and a alike, so "tromso" finds Tromsø, and "alesund",
 * "aalesund" and "ålesund" all find Ålesund.
 */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/aa/g, 'a');
}

/** The remembered company first, the others by name as `collator` orders them (the person's language). */
export function orderTenants(
  tenants: readonly TenantRef[],
  rememberedId: string | undefined,
  collator: Intl.Collator,
): TenantRef[] {
  const remembered = (tenant: TenantRef) => Number(sameTenantId(tenant.id, rememberedId));
  return [...tenants].sort(
    (a, b) => remembered(b) - remembered(a) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
}

/** A filter ready to run on every keystroke: each company's text is folded once. */
export function tenantMatcher(tenants: readonly TenantRef[]): (query: string) => TenantRef[] {
  const texts = tenants.map((tenant) => searchable(`${tenant.name} ${tenant.id}`));
  return (query) => {
    const words = searchable(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [...tenants];
    return tenants.filter((_, index) => words.every((word) => texts[index]!.includes(word)));
  };
}
