export interface FileSet {
  files: string[];
  bytes: number;
}
export const ON_TAP: RegExp;
export const RIDE_PART: RegExp;
export function gzipBytes(dir: string, files: string[]): number;
export function scriptsAtStart(dir: string, htmlFile: string): string[];
export function lazyParts(dir: string, started: string[]): { chunk: string; files: string[] }[];
export function worstOpen(dir: string, htmlFile: string): FileSet;
export function everything(dir: string, htmlFile: string): FileSet;
export function contentScripts(dir: string): FileSet;
export function stylesOf(dir: string, htmlFile: string): FileSet;
export function htmlOf(dir: string, htmlFile: string): FileSet;
