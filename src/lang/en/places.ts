// Countries, their demonyms and a few blocs and large cities: data only.
// Used to type proper-noun mentions (country vs. person vs. organisation) and to phrase
// "where" and "which country" questions.

/** Country (or territory) name -> demonym adjective. */
export const COUNTRIES: Readonly<Record<string, string>> = {
  Afghanistan: 'Afghan', Albania: 'Albanian', Algeria: 'Algerian', Angola: 'Angolan', Argentina: 'Argentine',
  Armenia: 'Armenian', Australia: 'Australian', Austria: 'Austrian', Azerbaijan: 'Azerbaijani', Bahrain: 'Bahraini',
  Bangladesh: 'Bangladeshi', Belarus: 'Belarusian', Belgium: 'Belgian', Bolivia: 'Bolivian', Bosnia: 'Bosnian',
  Botswana: 'Botswanan', Brazil: 'Brazilian', Britain: 'British', Brunei: 'Bruneian', Bulgaria: 'Bulgarian',
  Cambodia: 'Cambodian', Cameroon: 'Cameroonian', Canada: 'Canadian', Chad: 'Chadian', Chile: 'Chilean',
  China: 'Chinese', Colombia: 'Colombian', Congo: 'Congolese', Croatia: 'Croatian', Cuba: 'Cuban', Cyprus: 'Cypriot',
  'Czech Republic': 'Czech', Denmark: 'Danish', Ecuador: 'Ecuadorian', Egypt: 'Egyptian', England: 'English',
  Estonia: 'Estonian', Ethiopia: 'Ethiopian', Finland: 'Finnish', France: 'French', Georgia: 'Georgian',
  Germany: 'German', Ghana: 'Ghanaian', Greece: 'Greek', Guatemala: 'Guatemalan', Haiti: 'Haitian',
  Honduras: 'Honduran', 'Hong Kong': 'Hong Kong', Hungary: 'Hungarian', Iceland: 'Icelandic', India: 'Indian',
  Indonesia: 'Indonesian', Iran: 'Iranian', Iraq: 'Iraqi', Ireland: 'Irish', Israel: 'Israeli', Italy: 'Italian',
  Jamaica: 'Jamaican', Japan: 'Japanese', Jordan: 'Jordanian', Kazakhstan: 'Kazakh', Kenya: 'Kenyan',
  Kosovo: 'Kosovar', Kuwait: 'Kuwaiti', Laos: 'Lao', Latvia: 'Latvian', Lebanon: 'Lebanese', Libya: 'Libyan',
  Lithuania: 'Lithuanian', Luxembourg: 'Luxembourgish', Malaysia: 'Malaysian', Mali: 'Malian', Malta: 'Maltese',
  Mexico: 'Mexican', Moldova: 'Moldovan', Mongolia: 'Mongolian', Morocco: 'Moroccan', Mozambique: 'Mozambican',
  Myanmar: 'Myanmar', Namibia: 'Namibian', Nepal: 'Nepali', Netherlands: 'Dutch', 'New Zealand': 'New Zealand',
  Nicaragua: 'Nicaraguan', Niger: 'Nigerien', Nigeria: 'Nigerian', 'North Korea': 'North Korean', Norway: 'Norwegian',
  Oman: 'Omani', Pakistan: 'Pakistani', Palestine: 'Palestinian', Panama: 'Panamanian', Paraguay: 'Paraguayan',
  Peru: 'Peruvian', Philippines: 'Philippine', Poland: 'Polish', Portugal: 'Portuguese', Qatar: 'Qatari',
  Romania: 'Romanian', Russia: 'Russian', Rwanda: 'Rwandan', 'Saudi Arabia': 'Saudi', Scotland: 'Scottish',
  Senegal: 'Senegalese', Serbia: 'Serbian', Singapore: 'Singaporean', Slovakia: 'Slovak', Slovenia: 'Slovenian',
  Somalia: 'Somali', 'South Africa': 'South African', 'South Korea': 'South Korean', 'South Sudan': 'South Sudanese',
  Spain: 'Spanish', 'Sri Lanka': 'Sri Lankan', Sudan: 'Sudanese', Sweden: 'Swedish', Switzerland: 'Swiss',
  Syria: 'Syrian', Taiwan: 'Taiwanese', Tanzania: 'Tanzanian', Thailand: 'Thai', Tunisia: 'Tunisian',
  Turkey: 'Turkish', Uganda: 'Ugandan', Ukraine: 'Ukrainian', 'United Arab Emirates': 'Emirati',
  'United Kingdom': 'British', 'United States': 'American', Uruguay: 'Uruguayan', Uzbekistan: 'Uzbek',
  Venezuela: 'Venezuelan', Vietnam: 'Vietnamese', Wales: 'Welsh', Yemen: 'Yemeni', Zambia: 'Zambian',
  Zimbabwe: 'Zimbabwean', 'U.S.': 'American', US: 'American', UK: 'British', 'U.K.': 'British', America: 'American',
  Korea: 'Korean', 'Timor-Leste': 'Timorese',
  // Names of their day in older wire copy, and smaller states.
  Zaire: 'Zairean', Burma: 'Burmese', 'Soviet Union': 'Soviet', USSR: 'Soviet', Yugoslavia: 'Yugoslav',
  Czechoslovakia: 'Czechoslovak', 'East Germany': 'East German', 'West Germany': 'West German', Rhodesia: 'Rhodesian',
  Ceylon: 'Ceylonese', 'Ivory Coast': 'Ivorian', 'Costa Rica': 'Costa Rican', 'El Salvador': 'Salvadoran',
  'Dominican Republic': 'Dominican', Gabon: 'Gabonese', Liberia: 'Liberian', 'Sierra Leone': 'Sierra Leonean',
  Guinea: 'Guinean', Benin: 'Beninese', Togo: 'Togolese', 'Burkina Faso': 'Burkinabe', Mauritania: 'Mauritanian',
  Madagascar: 'Malagasy', Malawi: 'Malawian', Eritrea: 'Eritrean', Kyrgyzstan: 'Kyrgyz', Tajikistan: 'Tajik',
  Turkmenistan: 'Turkmen', Montenegro: 'Montenegrin', 'North Macedonia': 'Macedonian', Macedonia: 'Macedonian',
  Bhutan: 'Bhutanese', Maldives: 'Maldivian', Mauritius: 'Mauritian', Fiji: 'Fijian', 'Papua New Guinea': 'Papua New Guinean',
  Bahamas: 'Bahamian', Barbados: 'Barbadian', 'Trinidad and Tobago': 'Trinidadian', Guyana: 'Guyanese',
  Suriname: 'Surinamese', Belize: 'Belizean', 'Puerto Rico': 'Puerto Rican', 'Northern Ireland': 'Northern Irish',
};

/** Regions, blocs and large cities that behave like places in news text. */
export const PLACES: ReadonlySet<string> = new Set([
  'Europe', 'Asia', 'Africa', 'Latin America', 'North America', 'South America', 'Middle East', 'Gulf',
  'South China Sea', 'East China Sea', 'Indo-Pacific', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica', 'Caribbean',
  'Tokyo', 'Beijing', 'Washington', 'London', 'Paris', 'Berlin', 'Moscow', 'Brussels', 'New York', 'Los Angeles',
  'Chicago', 'San Francisco', 'Seoul', 'Delhi', 'New Delhi', 'Mumbai', 'Jakarta', 'Manila', 'Kuala Lumpur',
  'Bangkok', 'Hanoi', 'Singapore', 'Sydney', 'Melbourne', 'Toronto', 'Ottawa', 'Mexico City', 'Madrid', 'Rome',
  'Geneva', 'Vienna', 'Kyiv', 'Kiev', 'Jerusalem', 'Gaza', 'Tehran', 'Baghdad', 'Cairo', 'Istanbul', 'Ankara',
  'Dubai', 'Riyadh', 'Doha', 'Frankfurt', 'Amsterdam', 'Stockholm', 'Oslo', 'Copenhagen', 'Dublin', 'Edinburgh',
  'Manchester', 'Liverpool', 'Birmingham', 'Glasgow', 'Cardiff', 'Belfast', 'Boston', 'Miami', 'Houston', 'Dallas',
  'Atlanta', 'Seattle', 'Detroit', 'Philadelphia', 'Texas', 'California', 'Florida', 'New Jersey', 'Ohio',
  'Michigan', 'Pennsylvania', 'Arizona', 'Nevada', 'Virginia', 'Iowa', 'Wisconsin', 'Minnesota', 'Colorado',
  'Oregon', 'Massachusetts', 'Illinois', 'Louisiana', 'Alabama', 'Mississippi', 'Tennessee', 'Kentucky',
  'Oklahoma', 'Kansas', 'Missouri', 'Indiana', 'Utah', 'Alaska', 'Hawaii', 'Maryland', 'Connecticut',
  'North Carolina', 'South Carolina', 'Wall Street', 'Silicon Valley', 'Hollywood', 'Westminster', 'Downing Street',
  'Shanghai', 'Hong Kong', 'Taipei', 'Osaka', 'Bonn', 'Buenos Aires', 'Sao Paulo', 'Rio de Janeiro', 'Lagos',
  'Nairobi', 'Johannesburg', 'Cape Town', 'Karachi', 'Islamabad', 'Kabul', 'Damascus', 'Beirut', 'Athens',
  'Lisbon', 'Warsaw', 'Prague', 'Budapest', 'Zurich', 'Milan', 'Munich', 'Scotland', 'Wales', 'England',
]);

/** Organisations that are blocs of countries: "the bloc" refers to them. */
export const BLOCS: ReadonlySet<string> = new Set([
  'ASEAN', 'EU', 'European Union', 'NATO', 'G7', 'G20', 'OPEC', 'African Union', 'UN', 'United Nations', 'BRICS',
  'EEC', 'European Community', 'Mercosur', 'APEC', 'GCC', 'WTO',
]);
