/**
 * Country adjectives → country names (English short names as i18n-iso-countries
 * gives them). A general table: it lets "the Polish-Lithuanian border" name Poland and Lithuania.
 */
export const DEMONYMS: Record<string, string> = {
  Afghan: 'Afghanistan', Albanian: 'Albania', Algerian: 'Algeria', American: 'United States', Argentine: 'Argentina',
  Argentinian: 'Argentina', Armenian: 'Armenia', Australian: 'Australia', Austrian: 'Austria', Azerbaijani: 'Azerbaijan',
  Bahraini: 'Bahrain', Bangladeshi: 'Bangladesh', Belarusian: 'Belarus', Belarussian: 'Belarus', Belgian: 'Belgium',
  Bolivian: 'Bolivia', Bosnian: 'Bosnia and Herzegovina', Brazilian: 'Brazil', British: 'United Kingdom',
  Bulgarian: 'Bulgaria', Burmese: 'Myanmar', Cambodian: 'Cambodia', Canadian: 'Canada', Chilean: 'Chile',
  Chinese: 'China', Colombian: 'Colombia', Croatian: 'Croatia', Cuban: 'Cuba', Cypriot: 'Cyprus', Czech: 'Czechia',
  Danish: 'Denmark', Dutch: 'Netherlands', Ecuadorian: 'Ecuador', Egyptian: 'Egypt', Emirati: 'United Arab Emirates',
  Eritrean: 'Eritrea', Estonian: 'Estonia', Ethiopian: 'Ethiopia', Finnish: 'Finland', French: 'France',
  Georgian: 'Georgia', German: 'Germany', Ghanaian: 'Ghana', Greek: 'Greece', Hungarian: 'Hungary',
  Icelandic: 'Iceland', Indian: 'India', Indonesian: 'Indonesia', Iranian: 'Iran', Iraqi: 'Iraq', Irish: 'Ireland',
  Israeli: 'Israel', Italian: 'Italy', Japanese: 'Japan', Jordanian: 'Jordan', Kazakh: 'Kazakhstan', Kenyan: 'Kenya',
  Kosovar: 'Kosovo', Kuwaiti: 'Kuwait', Kyrgyz: 'Kyrgyzstan', Latvian: 'Latvia', Lebanese: 'Lebanon', Libyan: 'Libya',
  Lithuanian: 'Lithuania', Malaysian: 'Malaysia', Malian: 'Mali', Mexican: 'Mexico', Moldovan: 'Moldova',
  Mongolian: 'Mongolia', Montenegrin: 'Montenegro', Moroccan: 'Morocco', Nepalese: 'Nepal', Nigerian: 'Nigeria',
  Nigerien: 'Niger', 'North Korean': 'North Korea', Norwegian: 'Norway', Pakistani: 'Pakistan', Palestinian: 'Palestine',
  Peruvian: 'Peru', Philippine: 'Philippines', Filipino: 'Philippines', Polish: 'Poland', Portuguese: 'Portugal',
  Qatari: 'Qatar', Romanian: 'Romania', Russian: 'Russia', Rwandan: 'Rwanda', Saudi: 'Saudi Arabia', 'Saudi Arabian': 'Saudi Arabia',
  Serbian: 'Serbia', Singaporean: 'Singapore', Slovak: 'Slovakia', Slovenian: 'Slovenia', Somali: 'Somalia',
  'South African': 'South Africa', 'South Korean': 'South Korea', Spanish: 'Spain', 'Sri Lankan': 'Sri Lanka', 'Costa Rican': 'Costa Rica', 'Sierra Leonean': 'Sierra Leone', 'New Zealand': 'New Zealand', 'Puerto Rican': 'Puerto Rico', 'Dominican': 'Dominican Republic',
  Sudanese: 'Sudan', Swedish: 'Sweden', Swiss: 'Switzerland', Syrian: 'Syria', Taiwanese: 'Taiwan', Tajik: 'Tajikistan',
  Thai: 'Thailand', Tunisian: 'Tunisia', Turkish: 'Turkey', Turkmen: 'Turkmenistan', Ugandan: 'Uganda',
  Ukrainian: 'Ukraine', Uzbek: 'Uzbekistan', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam', Yemeni: 'Yemen',
  Zimbabwean: 'Zimbabwe', Briton: 'United Kingdom', Catalan: 'Spain', Scottish: 'United Kingdom', English: 'United Kingdom', Welsh: 'United Kingdom',
};
