/** A noun's forms after a count, in a language whose plural has more than one (CLDR's categories). */
export interface CountedForms {
  one: string;
  few: string;
  many: string;
}

/**
 * A count and its noun in the form the language's plural rules ask for ("1 событие", "3
 * события", "21 событие", "12 событий"): Intl's rules (CLDR), which know where Polish parts
 * from Russian (21 is "one" in Russian, "many" in Polish). `many` for any other category.
 */
export function counted(language: string, forms: CountedForms): (n: number) => string {
  let rules: Intl.PluralRules | undefined;
  return (n) => `${n} ${forms[(rules ??= new Intl.PluralRules(language)).select(n) as keyof CountedForms] ?? forms.many}`;
}
