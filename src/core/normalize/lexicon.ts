import { Fam, K, X, type WordSpec } from './words.js';

/**
 * The English vocabulary of job titles: every surface form (abbreviations and common
 * misspellings included) with the canonical word it stands for and what kind of word it is.
 * One row: [surface forms separated by spaces, canonical word, kinds and values].
 *
 * These are rules about words, not about titles: "production" is manufacturing wherever it
 * appears, "staff" is band 4 wherever it appears.
 */
export type LexRow = readonly [surfaces: string, canonical: string, spec: WordSpec];

const ROLE_RANK = K.ROLE | K.PERSON;

export const ENGLISH: readonly LexRow[] = [
  // The product word.
  ['product', 'product', { k: K.ANCHOR | K.PM_CUE | K.PO_CUE }],
  ['products', 'products', { k: K.ANCHOR | K.PM_CUE | K.PO_CUE }],
  ['prod', 'prod', { k: K.PROD }],
  ['proddev', 'proddev', {}],

  // Disciplines after "product".
  ['management mgmt mgt mngmt mgmnt mangement managment mngt', 'management', { k: K.DISC, fam: Fam.PM }],
  ['marketing mktg mkting mktng', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['analytics analysis', 'analytics', { k: K.DISC, fam: Fam.AN, spec: 'analytics' }],
  ['operations ops operation', 'operations', { k: K.DISC, fam: Fam.OPS }],
  ['strategy strategies', 'strategy', { k: K.DISC, fam: Fam.PM }],
  ['development dev devt developement', 'development', { k: K.DISC, fam: Fam.PM }],
  ['planning', 'planning', { k: K.DISC, fam: Fam.PM }],
  ['ownership', 'ownership', { k: K.DISC, fam: Fam.PO }],
  ['leadership', 'leadership', { k: K.DISC, fam: Fam.PM }],

  // Words that may stand between "product" and its head and keep it a product role.
  ['line lines', 'line', { k: K.MIDDLE }],
  ['portfolio portfolios', 'portfolio', { k: K.MIDDLE }],
  ['growth', 'growth', { k: K.MIDDLE | K.PM_CUE, spec: 'growth' }],
  ['innovation', 'innovation', { k: K.MIDDLE }],
  ['lifecycle', 'lifecycle', { k: K.MIDDLE }],
  ['launch', 'launch', { k: K.MIDDLE }],
  ['onboarding', 'onboarding', { k: K.MIDDLE, spec: 'onboarding' }],
  ['commercialization commercialisation', 'commercialization', { k: K.MIDDLE }],
  ['category', 'category', { k: K.MIDDLE }],
  // "Insight Week", "Insight Day": a students' scheme (early-career.ts joins the pair).
  // "Product Data Insights" (pairs.ts): a product organisation's team of usage analysts.
  ['insights insight', 'insights', { k: K.MIDDLE | K.PAIR, x: X.EARLY }],
  ['strategic', 'strategic', { k: K.MIDDLE }],
  ['experience', 'experience', { k: K.QUALIFIER }],
  ['planner', 'planner', { k: K.ROLE, adj: 'other' }],

  // Person nouns: the heads of titles, with the band they give on their own.
  ['manager managers mgr mgrs mngr mangr manger', 'manager', { k: ROLE_RANK, band: 2, fam: Fam.PM }],
  ['owner owners', 'owner', { k: ROLE_RANK, band: 2, fam: Fam.PO }],
  ['analyst analysts', 'analyst', { k: ROLE_RANK, band: 2, fam: Fam.AN }],
  ['marketer marketers marketeer marketeers', 'marketer', { k: ROLE_RANK, band: 2, fam: Fam.PMM }],
  ['strategist strategists', 'strategist', { k: ROLE_RANK, band: 2, fam: Fam.PM }],
  ['developer developers', 'developer', { k: ROLE_RANK, band: 2, adj: 'engineering' }],
  ['lead leads', 'lead', { k: ROLE_RANK | K.SENIORITY, band: 4, fam: Fam.PM }],
  ['leader leaders', 'leader', { k: ROLE_RANK | K.PAIR, band: 4, fam: Fam.PM }],
  ['director directors dir dr directeur directrice directora diretor diretora direktor direktorin direttore direttrice directeur', 'director', { k: ROLE_RANK | K.EXEC, band: 6, fam: Fam.PM }],
  ['head heads hoofd', 'head', { k: ROLE_RANK | K.EXEC, band: 7, fam: Fam.PM }],
  // "GVP": a group vice president, a vice-president grade of large firms that speakers and profiles write.
  ['vp vps vicepresident vicepresidente gvp', 'vp', { k: ROLE_RANK | K.EXEC, band: 8 }],
  ['svp', 'svp', { k: ROLE_RANK | K.EXEC, band: 9 }],
  ['evp', 'evp', { k: ROLE_RANK | K.EXEC, band: 9 }],
  ['avp', 'avp', { k: ROLE_RANK | K.EXEC, band: 6 }],
  ['president presidente', 'president', { k: ROLE_RANK | K.EXEC, band: 9 }],
  ['vice', 'vice', { k: K.SENIORITY | K.PAIR }],
  ['chief', 'chief', { k: K.EXEC | K.SENIORITY | K.PAIR, band: 10 }],
  ['officer officers', 'officer', { k: ROLE_RANK | K.PAIR, band: 2 }],
  ['founder cofounder founders', 'founder', { k: ROLE_RANK | K.EXEC, band: 7 }],
  // "Learnership": South Africa's registered work-and-study programme; "OJT" (on-the-job training):
  // the student internship of Philippine boards; "Vacationer": Australia's summer intern.
  ['intern interns internship internships trainee trainees apprentice apprenticeship traineeship traineeships coop externship externships extern externs student students learnership learnerships ojt vacationer vacationers', 'intern', { k: ROLE_RANK | K.SENIORITY, band: 0 }],
  // A fellowship programme's member: an early-career rank like a rotational or graduate scheme
  // ("Product Management Fellow", "PM Fellow"); a summer fellowship is an internship (early-career.ts).
  ['fellow fellows fellowship fellowships', 'fellow', { k: ROLE_RANK | K.SENIORITY, band: 1 }],
  ['associate associates assoc', 'associate', { k: ROLE_RANK | K.SENIORITY | K.PAIR, band: 1 }],
  ['assistant asst assistent assistente', 'assistant', { k: ROLE_RANK | K.SENIORITY | K.SERVED | K.PAIR, band: 1 }],
  ['coordinator coordinators coord', 'coordinator', { k: ROLE_RANK, band: 1 }],
  // "Spec": the specialist of HR-system exports, which cut words to four letters ("PROD OPS SPEC").
  ['specialist specialists spec', 'specialist', { k: ROLE_RANK, band: 1, adj: 'support' }],
  ['consultant consultants', 'consultant', { k: ROLE_RANK, band: 2, adj: 'other' }],
  ['executive executives exec', 'executive', { k: ROLE_RANK | K.SENIORITY | K.PAIR, band: 2, adj: 'sales' }],
  ['advisor adviser advisors', 'advisor', { k: ROLE_RANK, band: 3 }],
  ['expert experts', 'expert', { k: ROLE_RANK, band: 3 }],
  // After a French head it is that language's senior (pairs.ts): "Directeur principal".
  ['principal principals prin princ principle', 'principal', { k: ROLE_RANK | K.SENIORITY | K.PAIR, band: 5 }],
  ['partner', 'partner', { k: K.ROLE, adj: 'other' }],
  ['engineer engineers eng engr', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['scientist scientists', 'scientist', { k: K.ROLE | K.NONPROD, band: 2, adj: 'engineering' }],

  // Seniority words.
  ['senior sr snr sen senio seniors', 'senior', { k: K.SENIORITY | K.PAIR }],
  ['junior jr jnr', 'junior', { k: K.SENIORITY | K.PAIR, band: 1 }],
  ['staff', 'staff', { k: K.SENIORITY, band: 4 }],
  ['group grp', 'group', { k: K.SENIORITY, band: 5 }],
  // "Supervisory IT Specialist (Product Manager)": US federal postings mark a position that
  // supervises staff of its own series so; a product manager over product managers, as "Group".
  ['supervisory', 'group', { k: K.SENIORITY, band: 5 }],
  // Above principal on the ladders that have it (the framework's Distinguished Product Manager is band 6).
  ['distinguished', 'distinguished', { k: K.SENIORITY, band: 6 }],
  ['experienced', 'experienced', { k: K.SENIORITY, band: 2 }],
  // HR systems' job profiles name the ladder's mid grade so ("Product Management - Professional",
  // "Senior Professional", "PROD MGMT PROFESSIONAL 3"): a rank word, not a job.
  ['professional professionals', 'professional', { k: K.SENIORITY, band: 2 }],
  // "Semi Senior" (SSr), the Latin American grade between junior and senior.
  ['intermediate mid midlevel medior pleno semisenior ssr', 'mid', { k: K.SENIORITY | K.PAIR, band: 2 }],
  ['entry entrylevel career', 'entry', { k: K.SENIORITY | K.PAIR, band: 1 }],
  // "Fresher": Indian boards' and campus drives' word for a new graduate ("Product Analyst Fresher").
  // "New Grads 2027", "Recent Graduates": boards name the cohort in the plural.
  ['graduate grad fresher freshers graduates grads', 'graduate', { k: K.SENIORITY, band: 1 }],
  // "Degree Apprenticeship", "Fresh Graduate", "Graduate Recruitment", "Job Shadowing", "Jóvenes
  // Profesionales": early-career schemes (early-career.ts joins the pairs). The rarer word of each
  // pair carries the mark, so that the many intern and graduate titles do not pay for the reading.
  ['degree', 'degree', { x: X.EARLY }],
  ['fresh', 'fresh', { x: X.EARLY }],
  ['recruitment', 'recruitment', { x: X.EARLY }],
  ['shadowing', 'shadowing', { x: X.EARLY }],
  ['jovenes', 'jovenes', { x: X.EARLY }],
  // Survey answers and profile headlines name the job by what one does or is: "I run product",
  // "product person" (pairs.ts reads the first as heading the product function, the second as a product manager).
  ['run runs running heading', 'run', { k: K.PAIR }],
  ['person guy gal', 'person', { k: K.PAIR }],
  // "Campus Hire": a new graduate (pairs.ts joins the pair).
  ['campus', 'campus', { k: K.PAIR }],
  // The Spotify model's units: a tribe's lead heads a group of squads (pairs.ts joins "Tribe Lead"),
  // a chapter's lead is the line manager of one discipline across squads (level.ts, as a team lead).
  ['tribe tribes', 'tribe', { k: K.PAIR }],
  ['rotational', 'rotational', { k: K.SENIORITY, band: 1 }],
  ['deputy dy', 'deputy', { k: K.SENIORITY | K.PAIR }],
  ['managing', 'managing', { k: K.SENIORITY }],
  ['general', 'general', { k: K.SENIORITY | K.PAIR }],
  // Corporate grades of South Asian, Gulf and East Asian firms (grades.ts reads them before a product function).
  ['agm', 'agm', { k: K.PAIR }],
  ['dgm', 'dgm', { k: K.PAIR }],
  ['gm', 'gm', { k: K.PAIR }],
  ['section', 'section', { k: K.PAIR }],
  ['department', 'department', { k: K.PAIR }],
  ['former ex', 'former', { k: K.SKIP }],
  ['interim acting', 'interim', { k: K.SKIP }],
  ['founding', 'founding', { k: K.SKIP }],
  // "Working Student" (a student employed part-time, the German Werkstudent): the student is the rank.
  ['working', 'working', { k: K.SKIP }],
  // "University Grad", "College Graduate": where the graduate comes from says nothing of the job.
  ['university college', 'university', { k: K.SKIP }],
  // "Industrial Placement", "Work Placement": the British internship (stream.ts joins the pair).
  // "Industrial Attachment": the same internship on East African boards.
  ['placement placements attachment attachments', 'placement', { k: K.PAIR }],
  // "Year in Industry": the British student placement year (pairs.ts).
  ['industry', 'industry', { k: K.PAIR }],
  // "Co Op": the co-op term written with a space, as some internship boards do (pairs.ts joins it).
  ['op', 'op', { k: K.PAIR }],
  // "CPO Office", "Office of the CEO": an executive's office is a unit, not the executive (stream.ts).
  ['office', 'office', { k: K.PAIR }],
  ['global worldwide international intl regional', 'global', {}],

  // Grades.
  ['i', 'i', { k: K.GRADE, band: 1 }],
  ['ii', 'ii', { k: K.GRADE, band: 2 }],
  ['iii', 'iii', { k: K.GRADE, band: 3 }],
  ['iv', 'iv', { k: K.GRADE, band: 4 }],
  ['v', 'v', { k: K.GRADE | K.PAIR, band: 5 }],

  // Abbreviations the rules decide on.
  ['pm pms', 'pm', { k: K.ABBR | K.TIME }],
  ['apm', 'apm', { k: K.ABBR }],
  ['gpm', 'gpm', { k: K.ABBR }],
  ['pmm pmms', 'pmm', { k: K.ABBR }],
  ['apmm', 'apmm', { k: K.ABBR }],
  ['po', 'po', { k: K.ABBR }],
  // The chief product officer, and the chief product and technology (or design, or growth) officer of start-ups.
  ['cpo cpto ctpo cpdo cpgo', 'cpo', { k: K.ABBR }],
  ['spm', 'spm', { k: K.ABBR }],
  // A technical programme manager in a general list, a technical product manager in a product organisation (context.ts).
  ['tpm', 'tpm', { k: K.ROLE | K.ABBR, adj: 'program-management', spec: 'technical' }],
  // Japanese product teams' "PdM" (product manager): predictive maintenance or product data management
  // elsewhere, and the reader folds case, so a product role only in the product context (context.ts).
  ['pdm', 'pdm', { k: K.ABBR }],
  // "GMP, Checkout": handbooks that title the group product manager "Group Manager, Product"
  // shorten it so; elsewhere it is good manufacturing practice ("GMP Auditor"), so a product
  // role only in the product context, opening the title before its team (abbreviations.ts).
  ['gmp', 'gmp', { k: K.ABBR }],
  ['ceo cto coo cfo cmo cro cio cdo cso chro cco cdao ciso cxo cao cbo', 'cxo', { k: K.ROLE | K.EXEC, band: 10, adj: 'other' }],
  ['am', 'am', { k: K.TIME }],
  ['shift shifts', 'shift', { k: K.TIME | K.NOISE }],

  // Linking words.
  ['of', 'of', { k: K.CONNECT }],
  ['if', 'of', { k: K.CONNECT }],
  ['for', 'for', { k: K.CONNECT | K.QUALIFIER }],
  ['and', 'and', { k: K.COORD }],
  ['or', 'or', { k: K.COORD }],
  // "Chapter" (the Spotify model's discipline group) is passed over like "team": "Chapter Lead, Product Owners".
  ['the a an team chapter', 'the', { k: K.SKIP }],
  ['to', 'to', { k: K.TO }],
  ['at', 'at', { k: K.AT }],
  ['in', 'in', {}],
  ['with w', 'with', { k: K.QUALIFIER | K.GENDER }],
  ['experiences background backgrounds knowledge exp expertise required preferred req', 'required', { k: K.QUALIFIER }],
  // "Aspiring Product Manager": a profile headline of someone who wants the job, not one who has it.
  ['aspiring wannabe', 'aspiring', { k: K.QUALIFIER }],

  // A season says nothing of the job, except in a "Summer Analyst" or "Summer Associate" (early-career.ts).
  ['summer', 'summer', { k: K.NOISE }],
  // The Gulf states' programmes for their nationals name who may apply, not the job
  // ("Emiratisation Graduate Programme", "Saudization"): noise, as a work arrangement is.
  ['emiratisation emiratization saudisation saudization omanisation omanization qatarisation qatarization kuwaitisation kuwaitization', 'noise', { k: K.NOISE }],
  // Noise: work arrangements, pay, hiring talk.
  [
    'fall winter spring autumn seasonal remote remotely hybrid onsite offsite inoffice wfh fulltime parttime ft pt fte temporary temp permanent perm contract contractor contractors freelance w2 c2c 1099 corp urgent urgently immediate immediately hiring needed wanted looking seeking opening openings requirement requirements walkin job jobs opportunity opportunities position positions role roles vacancy requisition backfill backfills usa us only day days night nights nightshift evening evenings overnight weekend weekends hours hrs hourly hour weekly yearly annual annually salary pay bonus plus per diem k new apply ref id eoe sign signon based time full part open mba phd undergraduate undergrad',
    'noise',
    { k: K.NOISE },
  ],
  // "Engineer turned PM", "Ex-banker, now PM": what comes before them in a profile line may be an
  // earlier job (noise.ts); "now" is noise otherwise ("now hiring").
  ['now', 'noise', { k: K.NOISE, x: X.HISTORY }],
  ['turned', 'turned', { x: X.HISTORY }],

  // Specialties.
  ['technical tech technology technologies', 'technical', { k: K.PO_CUE, spec: 'technical' }],
  ['platform platforms', 'platform', { k: K.PM_CUE | K.PO_CUE | K.MIDDLE, spec: 'platform' }],
  ['data', 'data', { k: K.PM_CUE | K.PO_CUE, spec: 'data' }],
  ['ai genai ml llm llms', 'ai', { k: K.PM_CUE, spec: 'ai' }],
  ['mobile', 'mobile', { k: K.PM_CUE, spec: 'mobile' }],
  ['app apps', 'app', { k: K.PM_CUE, spec: 'mobile' }],
  ['api apis', 'api', { k: K.PM_CUE | K.PO_CUE, spec: 'api' }],
  ['saas', 'saas', { k: K.PM_CUE }],
  ['b2b', 'b2b', { k: K.PM_CUE, spec: 'b2b' }],
  ['b2c', 'b2c', { k: K.PM_CUE, spec: 'consumer' }],
  ['monetization monetisation', 'monetization', { k: K.PM_CUE, spec: 'monetization' }],
  ['consumer consumers', 'consumer', { k: K.PM_CUE, spec: 'consumer' }],
  ['marketplace marketplaces', 'marketplace', { k: K.PM_CUE, spec: 'marketplace' }],
  ['search', 'search', { k: K.PM_CUE, spec: 'search' }],
  ['personalization personalisation recommendations recommendation', 'personalization', { k: K.PM_CUE, spec: 'personalization' }],
  ['checkout', 'checkout', { k: K.PM_CUE, spec: 'payments' }],
  ['devex', 'devex', { k: K.PM_CUE, spec: 'platform' }],
  ['payments payment', 'payments', { spec: 'payments' }],
  ['ecommerce', 'ecommerce', { spec: 'ecommerce' }],
  ['hardware', 'hardware', { spec: 'hardware' }],
  ['digital', 'digital', { k: K.PO_CUE }],
  ['software', 'software', { k: K.PO_CUE }],
  ['it', 'it', { k: K.PO_CUE }],
  ['scrum agile safe backlog', 'agile', { k: K.PO_CUE }],
  ['salesforce sap', 'crm', { k: K.PO_CUE }],
  ['ba', 'ba', { k: K.PO_CUE | K.ROLE, adj: 'other' }],

  // After "product": things that are not product roles, with the look-alike family.
  ['design designs', 'design', { k: K.NONPROD | K.FUNCTION, adj: 'product-design' }],
  ['designer designers', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['engineering', 'engineering', { k: K.NONPROD | K.FUNCTION, adj: 'engineering' }],
  ['architect architects architecture', 'architect', { k: K.NONPROD | K.ROLE, adj: 'engineering' }],
  ['test tester testing tests qa', 'test', { k: K.NONPROD | K.ROLE, adj: 'engineering' }],
  ['security', 'security', { k: K.NONPROD | K.FUNCTION, adj: 'engineering', spec: 'security' }],
  ['support', 'support', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  ['success', 'success', { k: K.NONPROD, adj: 'support' }],
  ['sales salesperson salesman salespeople seller', 'sales', { k: K.NONPROD | K.FUNCTION | K.ROLE, adj: 'sales' }],
  ['safety', 'safety', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['quality', 'quality', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['compliance regulatory', 'compliance', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['change', 'change', { k: K.NONPROD, adj: 'other' }],
  ['counsel attorney lawyer legal paralegal', 'counsel', { k: K.NONPROD | K.ROLE | K.FUNCTION, adj: 'other' }],
  ['introduction npi', 'introduction', { k: K.NONPROD, adj: 'engineering' }],
  ['manufacturing manufacture fabrication mfg', 'manufacturing', { k: K.NONPROD | K.FUNCTION, adj: 'production' }],
  ['delivery', 'delivery', { k: K.NONPROD, adj: 'delivery-management' }],
  ['training trainer education', 'training', { k: K.NONPROD, adj: 'other' }],
  // Work for the product organisation itself, when the title says so (phrase.ts, opsCue).
  ['enablement', 'enablement', { k: K.NONPROD, adj: 'other' }],
  ['excellence', 'excellence', { k: K.DISC, fam: Fam.OPS }],
  ['coe', 'coe', {}],
  ['information catalog catalogue content', 'information', { k: K.NONPROD, adj: 'other' }],
  ['packaging', 'packaging', { k: K.NONPROD, adj: 'production' }],
  ['photographer photography', 'photographer', { k: K.NONPROD | K.ROLE, adj: 'other' }],
  ['promoter promoters promotion demonstrator', 'promoter', { k: K.NONPROD | K.ROLE, adj: 'marketing' }],
  ['communications communication comms pr', 'communications', { k: K.NONPROD, adj: 'marketing' }],
  ['research researcher', 'research', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['distribution logistics supply chain', 'supply', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['evaluator inspector examiner grader tender minder', 'inspector', { k: K.NONPROD | K.ROLE, adj: 'production' }],
  // The activity, not the person: "Inspection Product Management" names an area.
  ['inspection inspections', 'inspection', { k: K.NONPROD | K.FUNCTION, adj: 'production' }],
  ['assembler assembly assemblers machine machinist operator operators operative worker workers folder fabricator cutter finisher installer repairer wirer maker packer packers', 'operator', { k: K.NONPROD | K.ROLE, adj: 'production' }],
  ['technician technicians technologist chemist metallurgist agronomist clinician', 'technician', { k: K.NONPROD | K.ROLE, adj: 'other' }],
  ['transfer', 'transfer', { k: K.NONPROD, adj: 'other' }],
  ['performance', 'performance', { k: K.NONPROD, adj: 'other' }],
  ['detail', 'detail', { k: K.NONPROD, adj: 'other' }],
  ['merchandiser merchandising merchandise', 'merchandising', { k: K.NONPROD, adj: 'sales' }],
  ['accounting control controller', 'accounting', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['application applications', 'application', { k: K.NONPROD, adj: 'support' }],
  ['configuration', 'configuration', { k: K.NONPROD, adj: 'other' }],
  ['sustaining', 'sustaining', { k: K.NONPROD, adj: 'engineering' }],
  ['policy', 'policy', { k: K.NONPROD, adj: 'other' }],
  ['integrity', 'integrity', { k: K.NONPROD, adj: 'other' }],
  ['verification validation', 'verification', { k: K.NONPROD, adj: 'engineering' }],
  ['stewardship', 'stewardship', { k: K.NONPROD, adj: 'other' }],
  ['liability', 'liability', { k: K.NONPROD, adj: 'other' }],
  ['specialised specialized', 'specialised', { k: K.NONPROD, adj: 'other' }],
  ['store shop stores shops', 'store', { k: K.NONPROD | K.RETAIL, adj: 'sales' }],

  // Look-alike jobs and functions.
  ['project projects proj', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['pmo', 'pmo', { k: K.FUNCTION | K.ROLE, adj: 'project-management' }],
  // "Scheme" is the British word for an early-career programme ("Graduate Scheme") and for a funded programme.
  ['program programs programme programmes scheme schemes', 'program', { k: K.FUNCTION, adj: 'program-management' }],
  ['production productions postproduction preproduction', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['producer producers', 'producer', { k: K.ROLE | K.NONPROD, adj: 'production' }],
  ['produce', 'produce', { k: K.FUNCTION | K.MATERIAL, adj: 'other' }],
  ['finance financial fp&a', 'finance', { k: K.FUNCTION | K.FINSERV, adj: 'other' }],
  ['recruiting recruiter recruiters sourcer talent acquisition', 'talent', { k: K.FUNCTION | K.SERVED | K.CPO_CONFLICT | K.ROLE | K.PAIR, adj: 'other' }],
  ['hr people', 'hr', { k: K.FUNCTION | K.CPO_CONFLICT, adj: 'other' }],
  ['secretary receptionist', 'secretary', { k: K.ROLE | K.SERVED, adj: 'other' }],
  ['procurement purchasing sourcing buyer buyers', 'procurement', { k: K.FUNCTION | K.CPO_CONFLICT | K.ROLE, adj: 'other' }],
  ['privacy', 'privacy', { k: K.FUNCTION | K.CPO_CONFLICT, adj: 'other' }],
  ['risk', 'risk', { k: K.FUNCTION, adj: 'other' }],
  ['audit auditor tax treasury', 'audit', { k: K.FUNCTION, adj: 'other' }],
  ['customer customers client clients', 'customer', { k: K.FUNCTION, adj: 'support' }],
  ['service services servicing', 'service', { adj: 'support' }],
  ['business', 'business', { k: K.PO_CUE }],
  ['supervisor supervisors foreman superintendent', 'supervisor', { k: K.ROLE, adj: 'other' }],
  ['clerk clerks cashier crewmember attendant host hostess server busser cook runner shipper receiver selector picker sorter driver janitor housekeeper custodian guard aide', 'clerk', { k: K.ROLE, adj: 'other' }],
  // Trades and professions named by their agent noun: another job, so a product segment beside
  // them is their team ("Accountant - Product Development", "Welder, Product Management Team").
  [
    'accountant accountants bookkeeper bookkeepers actuary actuaries statistician statisticians welder welders mechanic mechanics geologist geologists biologist psychologist psychiatrist artist artists checker checkers moulder molder overseer archivist archivists surveyor surveyors fermenter formulator farmer farmers craftsman craftsperson craftswoman laborer laborers labourer labourers linguist linguists investigator investigators librarian librarians electrician electricians plumber plumbers carpenter carpenters painter painters translator translators interpreter interpreters teller tellers gardener gardeners landscaper roofer glazier upholsterer seamstress weaver jeweller jeweler locksmith miner miners driller fisherman sailor courier couriers bartender bartenders barista waiter waitress cleaner cleaners firefighter paramedic paramedics dentist veterinarian optician optometrist midwife caregiver caregivers nanny hygienist radiographer sonographer phlebotomist dietitian nutritionist physiotherapist',
    'tradesperson',
    { k: K.ROLE, adj: 'other' },
  ],
  ['nurse rn lpn cna physician therapist counselor counsellor teacher instructor professor lecturer doctor surgeon pharmacist', 'clinical', { k: K.ROLE, adj: 'other' }],
  ['prosthetist orthotist prosthetic prosthetics orthotic orthotics certified eligible board parole probation police patient', 'clinical', { k: K.CPO_CONFLICT | K.ROLE, adj: 'other' }],
  ['representative rep reps agent agents', 'representative', { k: K.ROLE, adj: 'sales' }],
  ['administrator admin', 'administrator', { k: K.ROLE, adj: 'other' }],
  ['administrative personal', 'administrative', { k: K.PAIR }],
  ['writer editor copywriter', 'writer', { k: K.ROLE, adj: 'other' }],
  ['estimator scheduler dispatcher economist geophysicist', 'estimator', { k: K.ROLE, adj: 'other' }],
  ['programmer', 'programmer', { k: K.ROLE, adj: 'engineering' }],
  ['master', 'master', { k: K.ROLE | K.PO_CUE, adj: 'other' }],
  ['coach mentor', 'coach', { k: K.ROLE, adj: 'other' }],
  ['merchant trader broker banker underwriter adjuster', 'trader', { k: K.ROLE, adj: 'sales' }],
  ['investment investments asset assets fund funds securities derivatives', 'investment', { k: K.FINSERV | K.MATERIAL }],
  ['wealth', 'wealth', { k: K.FINSERV }],
  ['insurance banking bank lending loan loans mortgage credit card cards deposit deposits', 'banking', { k: K.FINSERV }],
  ['ux ui', 'ux', { k: K.PM_CUE }],

  // Goods, food and materials: "X products" are goods, not a product organisation.
  [
    'dairy meat meats tobacco grocery food foods chemical chemicals rubber plastic plastics leather paper paperboard metal metals wood wooden timber textile textiles cardboard glass concrete steel fish seafood bakery agricultural farm forest forestry petroleum pharmaceutical drug drugs finished outgoing structured stone clay ceramic ceramics tire tyre mineral minerals animal fur hides skins wine beverage beverages confectionery sugar tea coffee fruit fruits vegetable vegetables frozen canned oil oils edible cosmetic cosmetics apparel garment garments footwear furniture jewelry jewellery refined fabric fabrics yarn leatherware goods fashion fuel fuels biofuel biofuels biodiesel diesel gasoline lubricant lubricants ethanol',
    'material',
    { k: K.MATERIAL },
  ],
  // Making goods: "Product Formulation" is one unit, a laboratory's work, not a product role (pairs.ts).
  ['formulation formulations', 'formulation', { k: K.MATERIAL | K.PAIR }],

  // Shop-floor retail.
  ['retail mall plaza outlet outlets supermarket warehouse centre shopping boutique', 'retail', { k: K.RETAIL }],
];

/** Joined forms of hyphenated or spaced compounds: "co-founder", "e-commerce", "full-time". */
export const COMPOUNDS: readonly LexRow[] = [
  ['cofounder', 'founder', { k: ROLE_RANK | K.EXEC, band: 7 }],
  ['ecommerce', 'ecommerce', { spec: 'ecommerce' }],
  ['fulltime parttime', 'noise', { k: K.NOISE }],
  ['onsite', 'noise', { k: K.NOISE }],
  ['vicepresident', 'vp', { k: ROLE_RANK | K.EXEC, band: 8 }],
  ['midlevel', 'mid', { k: K.SENIORITY, band: 2 }],
  ['entrylevel', 'entry', { k: K.SENIORITY, band: 1 }],
  ['startup', 'startup', {}],
  // Building work written with a hyphen: "fit-out", "build-out" (context.ts reads them as project work).
  ['fitout', 'fitout', {}],
  ['buildout', 'buildout', {}],
];

/** Words that may precede a hyphen and join the next word: "non-tech", "co-op", "cross-functional". */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  // "Продакт-менеджер": the Russian and Ukrainian loan joined to its head (languages-cjk.ts splits it).
  'продакт',
  'co', 'non', 'sub', 'multi', 'cross', 'pre', 'post', 're', 'semi', 'self', 'anti', 'inter', 'intra', 'e', 'x', 'b', 't', 'on', 'off', 'full', 'part', 'high', 'low', 'real', 'well', 'mid', 'end', 'front', 'back', 'in', 'de', 'micro', 'macro', 'over', 'under', 'out', 'up', 'all', 'one', 'two', 'go', 'start', 'year', 'long', 'short', 'bi', 'tri', 'hands', 'check',
]);
