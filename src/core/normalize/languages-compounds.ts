// Compound words of other languages, split into their parts (vocabulary.ts).

/** The beginnings of a compound that is read from its product word ("Produktmanager", "tuoteomistaja", "tootejuht"). */
export const COMPOUND_STARTS: readonly string[] = ['prod', 'tuote', 'termek', 'toote', 'voru'];

/**
 * Parts that compound words are split into, longest first: a word made only of these parts and
 * starting with a product word is read as those words ("productmarketingmanager").
 */
export const COMPOUND_PARTS: readonly (readonly [string, string])[] = [
  ['produkt', 'product'],
  // Afrikaans: "produkbestuurder" (product manager), "produkeienaar", "produkontleder",
  // "produkbemarkingsbestuurder"; "produksiebestuurder" (production) has no such parts.
  ['produk', 'product'],
  ['bestuurder', 'manager'],
  ['eienaar', 'owner'],
  ['ontleder', 'analyst'],
  ['bemarkings', 'marketing'],
  ['bemarking', 'marketing'],
  ['product', 'product'],
  ['produit', 'product'],
  ['management', 'management'],
  // Management as the second half of a compound in Dutch ("productbeheer"; "productbeheerder" is
  // its manager), Danish and Norwegian ("produktledelse"), Swedish ("produktledning") and
  // Finnish ("tuotehallinta", genitive "tuotehallinnan").
  ['beheerder', 'manager'],
  ['beheer', 'management'],
  ['ledelse', 'management'],
  ['ledning', 'management'],
  ['hallinta', 'management'],
  ['hallinnan', 'management'],
  ['managerin', 'manager'],
  ['manager', 'manager'],
  ['mgr', 'manager'], // "ProdMgr", as HR systems and chat handles glue the short forms
  ['marketing', 'marketing'],
  ['owner', 'owner'],
  ['eigenaar', 'owner'],
  ['eigentumer', 'owner'],
  ['analystin', 'analyst'],
  ['analyst', 'analyst'],
  ['analist', 'analyst'],
  ['analytics', 'analytics'],
  ['analyse', 'analytics'],
  ['operations', 'operations'],
  ['ops', 'operations'],
  ['strategie', 'strategy'],
  ['strategy', 'strategy'],
  ['entwicklung', 'development'],
  ['entwickler', 'developer'],
  ['development', 'development'],
  ['leiterin', 'head'],
  ['leiter', 'head'],
  ['leitung', 'head'],
  ['lead', 'lead'],
  ['directeur', 'director'],
  ['direktorin', 'director'],
  ['direktor', 'director'],
  ['designer', 'designer'],
  ['design', 'design'],
  ['verantwortliche', 'manager'],
  ['verantwortlicher', 'manager'],
  ['verantwortlicher', 'manager'],
  ['spezialist', 'specialist'],
  ['specialist', 'specialist'],
  ['berater', 'consultant'],
  ['beraterin', 'consultant'],
  ['line', 'line'],
  ['praktikantin', 'intern'],
  ['praktikant', 'intern'],
  ['praktikum', 'intern'],
  // Scandinavian heads: "produktchef" (a product manager), "produktägare", "produktejer", "produkteier" (product owner).
  ['chef', 'manager'],
  ['ansvarig', 'manager'],
  // Danish and Norwegian "produktansvarlig", Dutch and Flemish "productverantwoordelijke": the one answerable for the product.
  ['ansvarlig', 'manager'],
  ['verantwoordelijke', 'manager'],
  // Swedish "produktledare": the product lead.
  ['ledare', 'lead'],
  // Swedish "produktanalytiker" (product analyst) and "produktmarknadschef" (product marketing
  // manager), as Swedish occupation names write them.
  ['analytiker', 'analyst'],
  ['marknads', 'marketing'],
  // Norwegian and Danish: "produktsjef", "produktleder" (the product manager).
  ['sjef', 'manager'],
  ['leder', 'manager'],
  // Finnish and Hungarian: "tuotepäällikkö", "tuoteomistaja"; "termékmenedzser".
  ['tuote', 'product'],
  ['termek', 'product'],
  ['paallikko', 'manager'],
  // Finnish "tuotejohtaja" (product director), "tuoteanalyytikko" (product analyst) and
  // "tuotemarkkinointipäällikkö" (product marketing manager), as Finnish occupation names write them.
  ['johtaja', 'director'],
  ['analyytikko', 'analyst'],
  ['markkinointi', 'marketing'],
  ['omistaja', 'owner'],
  ['menedzser', 'manager'],
  // Hungarian "terméktulajdonos" (product owner), "termékelemző" (product analyst), "termékmenedzsment".
  ['tulajdonos', 'owner'],
  ['elemzo', 'analyst'],
  ['menedzsment', 'management'],
  ['agare', 'owner'],
  ['ejer', 'owner'],
  ['eier', 'owner'],
  ['linie', 'line'],
  // Development as the middle of a compound: Danish "produktudviklingschef", Norwegian
  // "produktutviklingsleder", Swedish "produktutvecklingschef", Finnish "tuotekehityspäällikkö",
  // Dutch "productontwikkeling", Hungarian "termékfejlesztési".
  ['udviklings', 'development'],
  ['udvikling', 'development'],
  ['utviklings', 'development'],
  ['utvikling', 'development'],
  ['utvecklings', 'development'],
  ['utveckling', 'development'],
  ['kehitys', 'development'],
  ['ontwikkeling', 'development'],
  ['fejlesztesi', 'development'],
  ['fejlesztes', 'development'],
  // Estonian: "tootejuht" (product manager), "tooteomanik", "tooteanalüütik", "tooteturundusjuht",
  // "tootearendusjuht", "tootejuhtimine"; "tootmisjuht" (production) does not start with "toote".
  ['toote', 'product'],
  // Icelandic: "vörustjóri" (product manager), "vörueigandi" (product owner); "verkefnastjóri" is a project manager.
  ['voru', 'product'],
  ['stjori', 'manager'],
  ['eigandi', 'owner'],
  ['juhtimine', 'management'],
  ['juhtimise', 'management'],
  ['juht', 'manager'],
  ['juhi', 'manager'], // the genitive: "tootejuhi assistent" (assistant to a product manager)
  ['omanik', 'owner'],
  ['analuutik', 'analyst'],
  ['turunduse', 'marketing'],
  ['turundus', 'marketing'],
  ['arenduse', 'development'],
  ['arendus', 'development'],
  ['disainer', 'designer'],
  ['spetsialist', 'specialist'],
  ['s', ''], // the German linking s: "Produktsmanager" is rare but harmless
  ['prod', 'prod'], // "ProdOps": read like "Prod Ops" (production, or product shorthand in the product context)
];
