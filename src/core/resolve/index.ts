/**
 * The resolver: the one path from a text (an id, a title, a company title, an alias, or any raw
 * title the normalizer can place) to a role of the framework, in a context.
 */
export {
  readRoleTitle,
  resolveRole,
  roleNotFound,
  suggestionsOf,
  describeResolution,
  roleOf,
  findRole,
  getRole,
  normalizerFor,
  MIN_CONFIDENCE,
  ROLE_CONTEXTS,
  SUGGESTION_CODE,
  type RoleContext,
  type ReadBy,
  type ReadOptions,
  type ResolveOptions,
  type TitleReading,
  type TitleReadingLike,
  type RoleResolution,
} from './resolve.js';
export { suggestRoles, matchName, type NameKind, type NameMatch } from './names.js';
