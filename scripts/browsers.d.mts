export function findChromium(): string | undefined;
export function findChrome(): string | undefined;
export function findFirefox(): string | undefined;
export function unpackedExtensionId(dir: string): string;
