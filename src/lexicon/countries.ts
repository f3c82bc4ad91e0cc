// Countries: ISO 3166-1 alpha-2 code, the name we print, other names the press
// uses, demonyms/adjectives, and an approximate centroid (lat, lon).
// Data only. One row a line: "ISO2|Name|other names;...|demonyms;...|lat|lon".

export interface CountryRow {
  iso2: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  lat: number;
  lon: number;
}

const ROWS = `
AF|Afghanistan||Afghan;Afghani|33.9|67.7
AL|Albania||Albanian|41.2|20.2
DZ|Algeria||Algerian|28.0|1.7
AD|Andorra||Andorran|42.5|1.5
AO|Angola||Angolan|-11.2|17.9
AG|Antigua and Barbuda||Antiguan|17.1|-61.8
AR|Argentina||Argentine;Argentinian|-38.4|-63.6
AM|Armenia||Armenian|40.1|45.0
AU|Australia||Australian|-25.3|133.8
AT|Austria||Austrian|47.5|14.6
AZ|Azerbaijan||Azerbaijani;Azeri|40.1|47.6
BS|Bahamas|The Bahamas|Bahamian|25.0|-77.4
BH|Bahrain||Bahraini|26.0|50.6
BD|Bangladesh||Bangladeshi|23.7|90.4
BB|Barbados||Barbadian|13.2|-59.5
BY|Belarus||Belarusian|53.7|27.9
BE|Belgium||Belgian|50.5|4.5
BZ|Belize||Belizean|17.2|-88.5
BJ|Benin||Beninese|9.3|2.3
BT|Bhutan||Bhutanese|27.5|90.4
BO|Bolivia||Bolivian|-16.3|-63.6
BA|Bosnia and Herzegovina|Bosnia|Bosnian|43.9|17.7
BW|Botswana||Botswanan|-22.3|24.7
BR|Brazil||Brazilian|-14.2|-51.9
BN|Brunei||Bruneian|4.5|114.7
BG|Bulgaria||Bulgarian|42.7|25.5
BF|Burkina Faso||Burkinabe|12.2|-1.6
BI|Burundi||Burundian|-3.4|29.9
KH|Cambodia||Cambodian|12.6|104.9
CM|Cameroon||Cameroonian|7.4|12.4
CA|Canada||Canadian|56.1|-106.3
CV|Cape Verde|Cabo Verde|Cape Verdean|16.0|-24.0
CF|Central African Republic|CAR|Central African|6.6|20.9
TD|Chad||Chadian|15.5|18.7
CL|Chile||Chilean|-35.7|-71.5
CN|China|People's Republic of China|Chinese|35.9|104.2
CO|Colombia||Colombian|4.6|-74.3
KM|Comoros||Comoran|-11.9|43.9
CG|Republic of the Congo|Congo-Brazzaville;Republic of Congo|Congolese|-0.2|15.8
CD|Democratic Republic of the Congo|DR Congo;D.R. Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo;DR of Congo|Congolese|-4.0|21.8
CR|Costa Rica||Costa Rican|9.7|-83.8
CI|Ivory Coast|Cote d'Ivoire|Ivorian|7.5|-5.5
HR|Croatia||Croatian|45.1|15.2
CU|Cuba||Cuban|21.5|-77.8
CY|Cyprus||Cypriot|35.1|33.4
CZ|Czech Republic|Czechia|Czech|49.8|15.5
DK|Denmark||Danish|56.3|9.5
DJ|Djibouti||Djiboutian|11.8|42.6
DM|Dominica||Dominican|15.4|-61.4
DO|Dominican Republic||Dominican|18.7|-70.2
EC|Ecuador||Ecuadorian|-1.8|-78.2
EG|Egypt||Egyptian|26.8|30.8
SV|El Salvador||Salvadoran|13.8|-88.9
GQ|Equatorial Guinea||Equatoguinean|1.7|10.3
ER|Eritrea||Eritrean|15.2|39.8
EE|Estonia||Estonian|58.6|25.0
SZ|Eswatini|Swaziland|Swazi|-26.5|31.5
ET|Ethiopia||Ethiopian|9.1|40.5
FJ|Fiji||Fijian|-17.7|178.1
FI|Finland||Finnish|61.9|25.7
FR|France||French|46.2|2.2
GA|Gabon||Gabonese|-0.8|11.6
GM|Gambia|The Gambia|Gambian|13.4|-15.3
GE|Georgia||Georgian|42.3|43.4
DE|Germany||German|51.2|10.5
GH|Ghana||Ghanaian|7.9|-1.0
GR|Greece||Greek|39.1|21.8
GD|Grenada||Grenadian|12.1|-61.7
GT|Guatemala||Guatemalan|15.8|-90.2
GN|Guinea||Guinean|9.9|-9.7
GW|Guinea-Bissau||Bissau-Guinean|11.8|-15.2
GY|Guyana||Guyanese|4.9|-58.9
HT|Haiti||Haitian|19.0|-72.3
HN|Honduras||Honduran|15.2|-86.2
HU|Hungary||Hungarian|47.2|19.5
IS|Iceland||Icelandic|64.9|-19.0
IN|India||Indian|20.6|79.0
ID|Indonesia||Indonesian|-0.8|113.9
IR|Iran|Islamic Republic of Iran|Iranian|32.4|53.7
IQ|Iraq|Republic of Iraq|Iraqi|33.2|43.7
IE|Ireland||Irish|53.4|-8.2
IL|Israel||Israeli|31.0|34.9
IT|Italy||Italian|41.9|12.6
JM|Jamaica||Jamaican|18.1|-77.3
JP|Japan||Japanese|36.2|138.3
JO|Jordan||Jordanian|30.6|36.2
KZ|Kazakhstan||Kazakh;Kazakhstani|48.0|66.9
KE|Kenya||Kenyan|-0.0|37.9
KI|Kiribati||I-Kiribati|1.9|-157.4
KP|North Korea|Democratic People's Republic of Korea|North Korean|40.3|127.5
KR|South Korea|Republic of Korea|South Korean|35.9|127.8
XK|Kosovo||Kosovar|42.6|20.9
KW|Kuwait||Kuwaiti|29.3|47.5
KG|Kyrgyzstan||Kyrgyz|41.2|74.8
LA|Laos||Lao;Laotian|19.9|102.5
LV|Latvia||Latvian|56.9|24.6
LB|Lebanon||Lebanese|33.9|35.9
LS|Lesotho||Basotho|-29.6|28.2
LR|Liberia||Liberian|6.4|-9.4
LY|Libya||Libyan|26.3|17.2
LI|Liechtenstein||Liechtensteiner|47.2|9.6
LT|Lithuania||Lithuanian|55.2|23.9
LU|Luxembourg||Luxembourgish|49.8|6.1
MG|Madagascar||Malagasy|-18.8|46.9
MW|Malawi||Malawian|-13.3|34.3
MY|Malaysia||Malaysian|4.2|101.98
MV|Maldives||Maldivian|3.2|73.2
ML|Mali||Malian|17.6|-4.0
MT|Malta||Maltese|35.9|14.4
MH|Marshall Islands||Marshallese|7.1|171.2
MR|Mauritania||Mauritanian|21.0|-10.9
MU|Mauritius||Mauritian|-20.3|57.6
MX|Mexico||Mexican|23.6|-102.6
FM|Micronesia||Micronesian|7.4|150.6
MD|Moldova||Moldovan|47.4|28.4
MC|Monaco||Monegasque|43.7|7.4
MN|Mongolia||Mongolian|46.9|103.8
ME|Montenegro||Montenegrin|42.7|19.4
MA|Morocco||Moroccan|31.8|-7.1
MZ|Mozambique||Mozambican|-18.7|35.5
MM|Myanmar|Burma|Burmese|21.9|95.96
NA|Namibia||Namibian|-22.96|18.5
NR|Nauru||Nauruan|-0.5|166.9
NP|Nepal||Nepali;Nepalese|28.4|84.1
NL|Netherlands|Holland;The Netherlands|Dutch|52.1|5.3
NZ|New Zealand||New Zealander|-40.9|174.9
NI|Nicaragua||Nicaraguan|12.9|-85.2
NE|Niger||Nigerien|17.6|8.1
NG|Nigeria||Nigerian|9.1|8.7
MK|North Macedonia|Macedonia|Macedonian|41.6|21.7
NO|Norway||Norwegian|60.5|8.5
OM|Oman||Omani|21.5|55.9
PK|Pakistan||Pakistani|30.4|69.3
PW|Palau||Palauan|7.5|134.6
PR|Puerto Rico||Puerto Rican|18.2|-66.5
PS|Palestine|Palestinian territories;Palestinian Territories;State of Palestine;Occupied Palestinian Territories;Occupied Palestinian Territory;occupied Palestinian territories;occupied Palestinian territory|Palestinian|31.9|35.2
PA|Panama||Panamanian|8.5|-80.8
PG|Papua New Guinea||Papua New Guinean|-6.3|143.96
PY|Paraguay||Paraguayan|-23.4|-58.4
PE|Peru||Peruvian|-9.2|-75.0
PH|Philippines|The Philippines|Filipino;Philippine|12.9|121.8
PL|Poland||Polish|51.9|19.1
PT|Portugal||Portuguese|39.4|-8.2
QA|Qatar||Qatari|25.4|51.2
RO|Romania||Romanian|45.9|24.97
RU|Russia|Russian Federation|Russian|61.5|105.3
RW|Rwanda||Rwandan|-1.9|29.9
KN|Saint Kitts and Nevis||Kittitian|17.4|-62.8
LC|Saint Lucia||Saint Lucian|13.9|-60.98
VC|Saint Vincent and the Grenadines||Vincentian|12.98|-61.3
WS|Samoa||Samoan|-13.8|-172.1
SM|San Marino||Sammarinese|43.9|12.5
ST|Sao Tome and Principe||Santomean|0.2|6.6
SA|Saudi Arabia|Kingdom of Saudi Arabia|Saudi;Saudi Arabian|23.9|45.1
SN|Senegal||Senegalese|14.5|-14.5
RS|Serbia||Serbian;Serb|44.0|21.0
SC|Seychelles||Seychellois|-4.7|55.5
SL|Sierra Leone||Sierra Leonean|8.5|-11.8
SG|Singapore||Singaporean|1.35|103.8
SK|Slovakia||Slovak|48.7|19.7
SI|Slovenia||Slovenian;Slovene|46.2|14.99
SB|Solomon Islands||Solomon Islander|-9.6|160.2
SO|Somalia||Somali|5.2|46.2
ZA|South Africa||South African|-30.6|22.9
SS|South Sudan||South Sudanese|6.9|31.3
ES|Spain||Spanish|40.5|-3.7
LK|Sri Lanka||Sri Lankan|7.9|80.8
SD|Sudan||Sudanese|12.9|30.2
SR|Suriname||Surinamese|3.9|-56.0
SE|Sweden||Swedish|60.1|18.6
CH|Switzerland||Swiss|46.8|8.2
SY|Syria|Syrian Arab Republic|Syrian|34.8|39.0
TW|Taiwan||Taiwanese|23.7|120.96
TJ|Tajikistan||Tajik|38.9|71.3
TZ|Tanzania||Tanzanian|-6.4|34.9
TH|Thailand||Thai|15.9|100.99
TL|East Timor|Timor-Leste|Timorese|-8.9|125.7
TG|Togo||Togolese|8.6|0.8
TO|Tonga||Tongan|-21.2|-175.2
TT|Trinidad and Tobago||Trinidadian|10.7|-61.2
TN|Tunisia||Tunisian|33.9|9.5
TR|Turkey|Turkiye;Türkiye|Turkish|38.96|35.2
TM|Turkmenistan||Turkmen|38.97|59.6
TV|Tuvalu||Tuvaluan|-7.1|177.6
UG|Uganda||Ugandan|1.4|32.3
UA|Ukraine||Ukrainian|48.4|31.2
AE|United Arab Emirates|UAE;U.A.E.|Emirati|23.4|53.8
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British|55.4|-3.4
US|United States|US;U.S.;USA;U.S.A.;United States of America;America|American|37.1|-95.7
UY|Uruguay||Uruguayan|-32.5|-55.8
UZ|Uzbekistan||Uzbek|41.4|64.6
VU|Vanuatu||Ni-Vanuatu|-15.4|166.96
VA|Vatican City|Holy See;Vatican|Vatican|41.9|12.5
VE|Venezuela||Venezuelan|6.4|-66.6
VN|Vietnam|Viet Nam|Vietnamese|14.1|108.3
YE|Yemen||Yemeni|15.6|48.5
ZM|Zambia||Zambian|-13.1|27.8
ZW|Zimbabwe||Zimbabwean|-19.0|29.2
`;

export const COUNTRIES: CountryRow[] = ROWS.trim()
  .split("\n")
  .map((line) => {
    const [iso2, name, aliases, demonyms, lat, lon] = line.split("|");
    const list = (s: string) => (s ? s.split(";") : []);
    return { iso2, name, aliases: list(aliases), demonyms: list(demonyms), lat: Number(lat), lon: Number(lon) };
  });

/** Adjectives that name a people or region but no single country: they never become places. */
export const NON_COUNTRY_DEMONYMS = ["Kurdish", "Arab", "Shia", "Shiite", "Sunni", "Yazidi", "Yezidi", "Western", "European", "African", "Asian"];

const NAME_OF = new Map(COUNTRIES.map((c) => [c.iso2, c.name]));
let regionNames: Intl.DisplayNames | null | undefined;

/**
 * The name we print for an ISO 3166-1 alpha-2 code ("SY" → "Syria"): this
 * table's, else the runtime's English region name, else the code itself;
 * null for no code. The one country-name rule of the project.
 */
export function countryName(code: string): string;
export function countryName(code: string | null | undefined): string | null;
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  const iso = code.toUpperCase();
  const own = NAME_OF.get(iso);
  if (own) return own;
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(["en"], { type: "region" });
    } catch {
      regionNames = null;
    }
  }
  const n = regionNames?.of(iso);
  return n && n !== iso ? n : iso;
}
