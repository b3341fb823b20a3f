import * as z from 'zod';

export const WorkspaceInfo = z.object({ id: z.string(), name: z.string(), role: z.enum(['owner', 'editor', 'viewer']) }).meta({ id: 'Workspace' });

export const CreateTokenBody = z.strictObject({
  role: z.enum(['owner', 'editor', 'viewer']).describe('viewer reads; editor also changes the framework, rosters and assessments; owner also issues tokens'),
  label: z.string().trim().max(200).optional().describe('what the token is for, e.g. "CI import"'),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe('the token is refused after this many days; without it, it does not expire'),
});
export const CreatedTokenSchema = z.object({
  id: z.string(),
  role: z.enum(['owner', 'editor', 'viewer']),
  token: z.string().describe('shown once: only its hash is kept'),
  expiresAt: z.string().nullable(),
});
export const TokenInfoSchema = z
  .object({
    id: z.string(),
    role: z.enum(['owner', 'editor', 'viewer']),
    label: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable().describe('null: does not expire'),
    lastUsedAt: z.string().nullable().describe('to the minute; null: never used'),
  })
  .meta({ id: 'TokenInfo' });
export const TokenList = z.object({ tokens: z.array(TokenInfoSchema) });

export const WorkspaceFrameworkSchema = z
  .object({
    custom: z.boolean().describe('false while the workspace uses the built-in framework'),
    name: z.string(),
    text: z.string().nullable().describe('the company framework file as uploaded'),
    updatedAt: z.string().nullable(),
    roles: z.number().int(),
  })
  .meta({ id: 'WorkspaceFramework' });

export const RosterCreated = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    source: z.string(),
    people: z.number().int().describe('people stored'),
    rejectedRows: z.array(z.unknown()).describe('rows the parser could not use, with their line and why'),
    columns: z.array(z.unknown()).describe('which column each roster field was read from'),
    effectiveDate: z.string().describe('the day the roster describes: given, read from its effective-date column, or the upload day'),
    sheet: z.string().optional().describe('the sheet a spreadsheet was read from'),
    preset: z.string().optional().describe('the HR system export layout recognised or given'),
    notes: z.array(z.string()).optional().describe('things said about the file as a whole'),
  })
  .meta({ id: 'RosterCreated' });

export const RosterSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  source: z.string(),
  people: z.number().int(),
  rejectedRows: z.number().int(),
  effectiveDate: z.string().nullable(),
});
export const RosterList = z.object({ rosters: z.array(RosterSummarySchema) });

export const RosterSnapshotSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    source: z.string(),
    people: z.array(z.record(z.string(), z.unknown())),
    rejectedRows: z.array(z.unknown()),
    meta: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'RosterSnapshot' });

export const RosterUploadQuery = z.object({
  format: z.enum(['csv', 'json']).optional().describe('sniffed from the content type and text when left out'),
  name: z.string().trim().min(1).max(200).optional().describe('a file name for messages and the snapshot list'),
  map: z.string().max(2000).optional().describe('field=column pairs where the headers are not recognised: "manager_id=Boss,id=Emp #"'),
  sheet: z.string().trim().min(1).max(200).optional().describe('the sheet of a spreadsheet (XLSX) to read; the first when left out'),
  preset: z.enum(['workday', 'bamboohr', 'hibob', 'personio', 'rippling', 'auto']).optional().describe('the HR system the file was exported from; recognised from the header when left out'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('the day the roster describes (YYYY-MM-DD); its effective-date column or the upload day when left out'),
});

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ROSTER_UPLOAD_DOC = {
  'text/csv': { schema: { type: 'string', description: 'a roster CSV: id, name, title, manager_id columns (and optional ones); UTF-8, UTF-16 or Windows-1252, as the charset says or the bytes show' } },
  'application/json': { schema: { type: 'array', items: { type: 'object' }, description: 'a roster as JSON: an array of people' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary', description: 'a roster workbook (XLSX); choose the sheet with ?sheet=' } },
  'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } },
};

export const FRAMEWORK_UPLOAD_DOC = {
  'application/yaml': { schema: { type: 'string', description: 'a company framework file (see examples/company-framework.yaml)' } },
  'text/plain': { schema: { type: 'string' } },
  'application/json': { schema: { type: 'object', description: 'the same file as JSON' } },
};

export const AssessmentItem = z.looseObject({ id: z.string(), person: z.string(), createdAt: z.string() }).meta({ id: 'StoredAssessment' });
export const AssessmentList = z.object({ assessments: z.array(AssessmentItem) });
