// Many tenants for the seed without listing them: a consultant's hundreds of customers, the same on every start.
import type { TenantState } from './accounts.ts';

/** What the seed's `generatedTenants` asks for: `count` tenants with ids from `Cust{firstId}` up. */
export interface TenantGenerator {
  firstId: number;
  count: number;
}

export interface GeneratedTenant {
  ctx: string;
  companyName: string;
  state: TenantState;
}

const places = `Alta Arendal Bodø Drammen Fredrikstad Gjøvik Hamar Harstad Haugesund Kongsberg Kristiansand
  Lillehammer Molde Narvik Sandefjord Skien Stavanger Tromsø Trondheim Ålesund`.split(/\s+/);
const trades = `Bygg Consulting Data Eiendom Elektro Fisk Frakt Helse Marine Regnskap Reklame Rør Sikkerhet
  Trelast Turisme`.split(/\s+/);
const forms = ['AS', 'Gruppen AS', 'Partner AS', 'Service AS'];

/** Mostly running; a few of each state a person must be told about, at fixed places in the list. */
function stateOf(index: number): TenantState {
  if (index % 50 === 7) return 'Suspended';
  if (index % 50 === 23) return 'OnlineMaintenance';
  if (index % 75 === 40) return 'OfflineMaintenance';
  return 'Running';
}

/** Unique names (every place with every trade) and ids in order; at most places × trades of them. */
export function generateTenants({ firstId, count }: TenantGenerator): GeneratedTenant[] {
  return Array.from({ length: count }, (_, index) => {
    const place = places[index % places.length];
    const trade = trades[Math.floor(index / places.length) % trades.length];
    const form = forms[Math.floor(index / 3) % forms.length];
    return { ctx: `Cust${firstId + index}`, companyName: `${place} ${trade} ${form}`, state: stateOf(index) };
  });
}

export const maxGeneratedTenants = places.length * trades.length;
