/**
 * The partner allow-list: the one file that says which sites may embed the tool (config/partners.json
 * by default; PARTNERS_FILE names another). Checked at start: a bad entry stops the server with the
 * file and the field named, rather than silently opening or closing the embed to the wrong sites.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { type Partner, PartnersFile } from '../schemas/embed';
import { formatProblems, problemsOf } from '../schemas/issues';

export function parsePartners(text: string, file: string): Partner[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = z.safeParse(PartnersFile, json);
  if (!result.success) {
    throw new Error(`${file}: not a valid partner list\n${formatProblems(problemsOf(result.error, json))}`);
  }
  return result.data.partners;
}

export function loadPartners(file: string): Partner[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: the partner allow-list is missing (see README, "Embed it on your site")`);
  }
  return parsePartners(text, file);
}
