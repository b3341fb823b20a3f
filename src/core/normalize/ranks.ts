/**
 * Rank words as bit flags: a title's seniority is the set of rank words around its product
 * phrase, wherever they stand ("Senior Product Manager", "Product Manager Senior",
 * "Sr. Associate, Product Marketing").
 */
export const R = {
  SENIOR: 1 << 0,
  JUNIOR: 1 << 1,
  LEAD: 1 << 2,
  STAFF: 1 << 3,
  PRINCIPAL: 1 << 4,
  GROUP: 1 << 5,
  ASSOCIATE: 1 << 6,
  ASSISTANT: 1 << 7,
  INTERN: 1 << 8,
  CHIEF: 1 << 9,
  HEAD: 1 << 10,
  DIRECTOR: 1 << 11,
  VP: 1 << 12,
  SVP: 1 << 13,
  EVP: 1 << 14,
  AVP: 1 << 15,
  PRESIDENT: 1 << 16,
  FOUNDER: 1 << 17,
  EXECUTIVE: 1 << 18,
  MANAGING: 1 << 19,
  DEPUTY: 1 << 20,
  MANAGER: 1 << 21,
  CONSULTANT: 1 << 22,
  SPECIALIST: 1 << 23,
  COORDINATOR: 1 << 24,
  ADVISOR: 1 << 25,
  EXPERT: 1 << 26,
  ANALYST: 1 << 27,
  MID: 1 << 28,
  VICE: 1 << 29,
  DISTINGUISHED: 1 << 30,
} as const;

/** Executive ranks: a title with one of them manages people. */
export const EXEC_BITS = R.CHIEF | R.HEAD | R.DIRECTOR | R.VP | R.SVP | R.EVP | R.AVP | R.PRESIDENT | R.FOUNDER;

const BIT_OF: Record<string, number> = {
  senior: R.SENIOR,
  junior: R.JUNIOR,
  entry: R.JUNIOR,
  graduate: R.JUNIOR,
  rotational: R.JUNIOR,
  fellow: R.JUNIOR,
  lead: R.LEAD,
  leader: R.LEAD,
  staff: R.STAFF,
  principal: R.PRINCIPAL,
  distinguished: R.PRINCIPAL | R.DISTINGUISHED,
  group: R.GROUP,
  associate: R.ASSOCIATE,
  assistant: R.ASSISTANT,
  intern: R.INTERN,
  chief: R.CHIEF,
  head: R.HEAD,
  director: R.DIRECTOR,
  vp: R.VP,
  svp: R.SVP,
  evp: R.EVP,
  avp: R.AVP,
  president: R.PRESIDENT,
  founder: R.FOUNDER,
  executive: R.EXECUTIVE,
  managing: R.MANAGING,
  deputy: R.DEPUTY,
  manager: R.MANAGER,
  consultant: R.CONSULTANT,
  specialist: R.SPECIALIST,
  coordinator: R.COORDINATOR,
  advisor: R.ADVISOR,
  expert: R.EXPERT,
  analyst: R.ANALYST,
  mid: R.MID,
  experienced: R.MID,
  professional: R.MID,
  vice: R.VICE,
};

/** The rank bit of a canonical word, or 0. */
export function rankBit(w: string): number {
  return BIT_OF[w] ?? 0;
}

/** Nouns that can stand alone as a rank ("VP, Product Mgmt", "Advisor - Product Management"). */
export const RANK_NOUN_BITS =
  R.MANAGER | R.DIRECTOR | R.HEAD | R.VP | R.SVP | R.EVP | R.AVP | R.PRESIDENT | R.CHIEF | R.FOUNDER | R.LEAD | R.ASSOCIATE | R.ASSISTANT |
  R.CONSULTANT | R.SPECIALIST | R.COORDINATOR | R.ADVISOR | R.EXPERT | R.ANALYST | R.PRINCIPAL | R.INTERN | R.EXECUTIVE;
