/**
 * Embedding on partner sites: the options a partner gives (snippet attributes, then the embed page's
 * URL), the partner allow-list file, and every postMessage between the partner page and the frame.
 *
 * public/embed.js (the partner's snippet) is plain JavaScript with no dependencies: it checks the same
 * shapes by hand, and tests/ui/embed-snippet.test.ts holds it to these schemas.
 *
 * None of these carries an answer. The partner's area is a setting of the partner's page (who runs it),
 * not something the person said: it only words one line of the start page, and never reaches the engine.
 */
import * as z from 'zod/mini';
import { KENT_DISTRICTS } from './answers';

export const EMBED_MODES = ['self-service', 'professional'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** The areas a partner can serve: a Kent district or Medway ("outside" and "unknown" are not places). */
export const PARTNER_AREAS = [...KENT_DISTRICTS, 'medway'] as const;
export type PartnerArea = (typeof PARTNER_AREAS)[number];

/** The frame's height is kept within these bounds, whatever a message says (CSS pixels). */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 20_000;

export const clampHeight = (height: number): number =>
  Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what we refuse
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * An address as a URL if it is one the tool may use: https, or plain http to this machine only
 * (tests, local demos); no user name or password. Otherwise null.
 *
 * The partner's snippet (public/embed.js, no dependencies) runs this same function: the build writes
 * its text in (scripts/vite-minify-public.ts). So it names nothing from outside its own body.
 */
export function parseSafeUrl(value: string): URL | null {
  // Refuse rather than clean: browsers skip some control characters and spaces inside a scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what we refuse
  if (/[\u0000-\u001f\u007f\s\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:' && url.hostname) return url;
  if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return url;
  return null;
}

/** An address the quick exit may go to: https (http only for localhost); never javascript: or data:. */
export function isSafeExitUrl(value: string): boolean {
  return parseSafeUrl(value) !== null;
}

/** An origin exactly as a browser writes it (`https://council.example`, no path, no trailing slash). */
export function isWebOrigin(value: string): boolean {
  const url = parseSafeUrl(value);
  return url !== null && url.origin === value;
}

const MAX_URL_LENGTH = 2000;

export const ExitUrl = z
  .string()
  .check(
    z.maxLength(MAX_URL_LENGTH, `at most ${MAX_URL_LENGTH} characters`),
    z.refine(isSafeExitUrl, 'an https:// address (http:// only for localhost)'),
  );

export const WebOrigin = z
  .string()
  .check(
    z.refine(isWebOrigin, 'an origin such as https://www.example.org (https; http:// only for localhost)'),
  );

/** The frame's accessible name (the iframe's `title`): short, one line. */
export const EmbedTitle = z.string().check(
  z.minLength(1, 'some text'),
  z.maxLength(120, 'at most 120 characters'),
  z.refine((value) => value.trim() === value && !CONTROL_CHARACTERS.test(value), {
    message: 'one line of text without leading or trailing spaces',
  }),
);

/**
 * The embed page's URL options (`/embed?mode=…&area=…&exit=…&parent=…`), written by the snippet.
 * `parent` is the partner page's origin: where the frame posts its messages (the server also checks it
 * against the allow-list before the page uses it).
 */
export const embedOptionFields = {
  mode: z.enum(EMBED_MODES),
  area: z.enum(PARTNER_AREAS),
  exit: ExitUrl,
  parent: WebOrigin,
} as const;
export type EmbedOptionName = keyof typeof embedOptionFields;
export const EMBED_OPTION_NAMES = Object.keys(embedOptionFields) as EmbedOptionName[];

/** Every option optional; any other name refused. Each option's schema is listed once, above. */
export const EmbedOptions = z.partial(z.strictObject(embedOptionFields));
export type EmbedOptions = z.infer<typeof EmbedOptions>;

export interface IgnoredOption {
  option: string;
  reason: string;
}

export interface ParsedEmbedOptions {
  options: EmbedOptions;
  /** Every option given and not used, with why: each is ignored alone, the rest still apply. */
  ignored: IgnoredOption[];
}

/** Reads the embed options from a query string. Never throws: a bad option is dropped and named. */
export function parseEmbedOptions(search: string | URLSearchParams): ParsedEmbedOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const options: Record<string, string> = {};
  const ignored: IgnoredOption[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const known = Object.hasOwn(embedOptionFields, name);
    if (seen.has(name)) {
      if (known) ignored.push({ option: name, reason: 'given more than once' });
      continue;
    }
    seen.add(name);
    if (!known) {
      ignored.push({ option: name, reason: `not an embed option (use ${EMBED_OPTION_NAMES.join(', ')})` });
      continue;
    }
    const field = embedOptionFields[name as EmbedOptionName];
    const result = z.safeParse(field, value);
    if (result.success) {
      options[name] = result.data;
    } else {
      ignored.push({ option: name, reason: describeProblem(field, result.error) });
    }
  }
  // A repeated option is not trusted in either copy.
  for (const { option, reason } of ignored) if (reason === 'given more than once') delete options[option];
  return { options: options as EmbedOptions, ignored };
}

function describeProblem(field: z.core.$ZodType, error: z.core.$ZodError): string {
  const def = field._zod.def as { type: string; entries?: Record<string, string> };
  if (def.type === 'enum' && def.entries) return `use one of ${Object.values(def.entries).join(', ')}`;
  return `use ${error.issues[0]?.message ?? 'a valid value'}`;
}

/** The one console warning the app gives for ignored options (never more than one per page). */
export function ignoredOptionsWarning(ignored: readonly IgnoredOption[]): string | null {
  if (ignored.length === 0) return null;
  const list = ignored.map(({ option, reason }) => `${option} (${reason})`).join('; ');
  return `Support Pathway embed: ignored ${ignored.length === 1 ? 'an option' : `${ignored.length} options`}: ${list}.`;
}

/* ------------------------------------------------------------------------------------------------
 * Messages. The frame posts to the partner page with an explicit targetOrigin (the `parent` origin),
 * never "*"; the partner's snippet accepts a message only from the app's origin and from its own
 * frame's window, checks its shape, and ignores everything else.
 */

/** Frame → partner page: the content's height in CSS pixels (clamped by the receiver). */
export const HeightMessage = z.strictObject({
  type: z.literal('pathway:height'),
  height: z.number().check(z.minimum(0), z.maximum(10_000_000)),
});

/** Frame → partner page: the quick exit was used; replace the partner page with the exit page. */
export const ExitMessage = z.strictObject({ type: z.literal('pathway:exit') });

/** Frame → partner page: a new page of the tool is showing; bring the frame's top into view. */
export const TopMessage = z.strictObject({ type: z.literal('pathway:top') });

export const ChildMessage = z.union([HeightMessage, ExitMessage, TopMessage]);
export type ChildMessage = z.infer<typeof ChildMessage>;

/**
 * Partner page → frame: how much of the frame is scrolled out of sight above the partner's window
 * (`hidden`, CSS pixels), so that the frame can keep its quick exit in view, as a sticky bar would.
 */
export const ViewportMessage = z.strictObject({
  type: z.literal('pathway:viewport'),
  hidden: z.number().check(z.minimum(0), z.maximum(10_000_000)),
});
export type ViewportMessage = z.infer<typeof ViewportMessage>;

/* ------------------------------------------------------------------------------------------------
 * The partner allow-list: config/partners.json. The server lets only these origins frame /embed
 * (`Content-Security-Policy: frame-ancestors …`).
 */

export const Partner = z.strictObject({
  /** Who they are, for the people who keep the list. */
  name: z.string().check(z.minLength(1, 'the partner’s name')),
  origin: WebOrigin,
  /** Who asked for it and when, so the list can be reviewed. */
  contact: z.optional(z.string()),
  addedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'))),
});
export type Partner = z.infer<typeof Partner>;

export const PartnersFile = z.strictObject({
  $comment: z.optional(z.string()),
  partners: z
    .array(Partner)
    .check(
      z.refine((list) => new Set(list.map((p) => p.origin)).size === list.length, 'each origin at most once'),
    ),
});
export type PartnersFile = z.infer<typeof PartnersFile>;
