import type { BrowserContext } from 'playwright-core';

export function chromiumArgs(extensionDir?: string, extra?: string[]): string[];
export function launchWithExtension(
  profileDir: string,
  extensionDir: string,
  options?: {
    args?: string[];
    viewport?: { width: number; height: number };
    ignoreHTTPSErrors?: boolean;
  },
): Promise<{ context: BrowserContext; extensionId: string }>;
