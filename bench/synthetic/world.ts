/**
 * The synthetic world the generators draw from: real country names (facts, not dataset content),
 * made-up provinces and towns for most of them, and a few real Afghan and Pakistani places so
 * imports meet the curated seed graph (Kabul, Herat, Nangarhar) the way real data would.
 */
import { PowerLaw, Random } from './random.js';

export interface Province {
  name: string;
  cities: string[];
}

export interface Country {
  name: string;
  /** ISO 3166 alpha-3, the prefix of ACLED event ids. */
  iso3: string;
  region: string;
  provinces: Province[];
}

const COUNTRIES: readonly [string, string, string][] = [
  ['Iraq', 'IRQ', 'Middle East & North Africa'],
  ['Afghanistan', 'AFG', 'South Asia'],
  ['Pakistan', 'PAK', 'South Asia'],
  ['India', 'IND', 'South Asia'],
  ['Colombia', 'COL', 'South America'],
  ['Philippines', 'PHL', 'Southeast Asia'],
  ['Peru', 'PER', 'South America'],
  ['Nigeria', 'NGA', 'Sub-Saharan Africa'],
  ['Somalia', 'SOM', 'Sub-Saharan Africa'],
  ['Syria', 'SYR', 'Middle East & North Africa'],
  ['Yemen', 'YEM', 'Middle East & North Africa'],
  ['Turkey', 'TUR', 'Middle East & North Africa'],
  ['Thailand', 'THA', 'Southeast Asia'],
  ['Algeria', 'DZA', 'Middle East & North Africa'],
  ['Sri Lanka', 'LKA', 'South Asia'],
  ['United Kingdom', 'GBR', 'Western Europe'],
  ['Mali', 'MLI', 'Sub-Saharan Africa'],
  ['Burkina Faso', 'BFA', 'Sub-Saharan Africa'],
  ['Egypt', 'EGY', 'Middle East & North Africa'],
  ['Libya', 'LBY', 'Middle East & North Africa'],
  ['Spain', 'ESP', 'Western Europe'],
  ['Russia', 'RUS', 'Eastern Europe'],
  ['United States', 'USA', 'North America'],
  ['Democratic Republic of the Congo', 'COD', 'Sub-Saharan Africa'],
  ['Mozambique', 'MOZ', 'Sub-Saharan Africa'],
  ['Bangladesh', 'BGD', 'South Asia'],
  ['Lebanon', 'LBN', 'Middle East & North Africa'],
  ['Cameroon', 'CMR', 'Sub-Saharan Africa'],
];

const REAL_PROVINCES: Record<string, Province[]> = {
  Afghanistan: [
    { name: 'Kabul', cities: ['Kabul', 'Paghman', 'Surobi'] },
    { name: 'Nangarhar', cities: ['Jalalabad', 'Achin', 'Khogyani'] },
    { name: 'Herat', cities: ['Herat', 'Shindand'] },
    { name: 'Kunduz', cities: ['Kunduz', 'Imam Sahib'] },
    { name: 'Kandahar', cities: ['Kandahar', 'Spin Boldak'] },
    { name: 'Balkh', cities: ['Mazar-i-Sharif'] },
  ],
  Pakistan: [
    { name: 'Khyber Pakhtunkhwa', cities: ['Peshawar', 'Bannu', 'Dera Ismail Khan'] },
    { name: 'Balochistan', cities: ['Quetta', 'Turbat'] },
    { name: 'Sindh', cities: ['Karachi', 'Hyderabad'] },
    { name: 'Islamabad Capital Territory', cities: ['Islamabad'] },
  ],
};

const SYLLABLES = [
  'ka',
  'ran',
  'do',
  'mi',
  'sha',
  'ter',
  'bal',
  'no',
  'vi',
  'zar',
  'lu',
  'qe',
  'hab',
  'or',
  'tin',
  'gao',
  'mé',
  'sul',
  'ade',
  'kir',
  'pa',
  'ñu',
];

/** A made-up place name of 2–3 syllables, sometimes with a diacritic (UTF-8 beyond ASCII). */
export function placeName(random: Random): string {
  const word = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The countries with their provinces and towns; the same seed always builds the same world. */
export function buildWorld(random: Random): Country[] {
  return COUNTRIES.map(([name, iso3, region]) => ({
    name,
    iso3,
    region,
    provinces:
      REAL_PROVINCES[name] ??
      Array.from({ length: random.int(6, 14) }, () => ({
        name: placeName(random),
        cities: Array.from({ length: random.int(2, 10) }, () => placeName(random)),
      })),
  }));
}

/** Picks a country, province and town, busiest first (the list order is by activity). */
export class PlacePicker {
  private readonly countries: PowerLaw;

  constructor(private readonly world: readonly Country[]) {
    this.countries = new PowerLaw(world.length, 1.0);
  }

  pick(random: Random): { country: Country; province: Province; city: string } {
    const country = this.world[this.countries.sample(random)]!;
    const province = country.provinces[Math.floor(random.next() ** 2 * country.provinces.length)]!;
    const city = province.cities[Math.floor(random.next() ** 2 * province.cities.length)]!;
    return { country, province, city };
  }
}
