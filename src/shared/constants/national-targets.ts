/**
 * National targets that the resource centres' work feeds, from the Concept of state youth policy
 * 2023–2029 (sources in the reference research). They are fixed by the Concept, not by users.
 */
export const NATIONAL_TARGETS = {
  /** Share of young people not in employment, education or training, %: 6.7 in 2023, 3.5 by 2029. */
  neetShare: { baseline: 6.7, baselineYear: 2023, target: 3.5, targetYear: 2029 },
  /** Young people served with social services through resource centres by 2029, from 2023. */
  youthServed: { target: 3_800_000, fromYear: 2023, targetYear: 2029 },
  /** Young people aware of state support measures by 2029, %. */
  awareness: { target: 90, targetYear: 2029 },
} as const;

/** Where the targets are published. */
export const NATIONAL_TARGET_SOURCES = [
  'https://primeminister.kz/en/news/by-2029-one-million-rural-youth-expected-to-be-employed-kydyrali-23417',
  'https://informburo.kz/novosti/trudoustroistvo-granty-i-lgoty-pocti-500-mlrd-tenge-vydelyat-na-podderzku-kazaxstanskoi-molodyozi',
] as const;
